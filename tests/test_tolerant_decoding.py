"""Answers that deviate from their schema, through the clients: tolerant by default, strict on request.

Each server here is a vendor's stateful mock behind a transport that rewrites one answer so that it
strays from its schema (a null where none is allowed, a scalar of another type) or the way a broken one
might (a 5000-digit number, deep nesting, bytes that are no UTF-8). Before tolerant decoding the nulls
raised a bare TypeError out of the client, as Eiger's `requester: null` and Kaedim's `iterations: null`
did until the overlays allowed them (what real servers send is in `conformance/corpus/`).
"""

from __future__ import annotations

import json
import logging
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fabapi_core import InvalidArgument, SchemaDeviationWarning, UnexpectedResponse, located
from fabapi_eiger import Eiger
from fabapi_eiger.types import UNSET
from fabapi_kaedim import Kaedim, TokenStore
from fabapi_kaedim.types import UNSET as KAEDIM_UNSET

from conformance.mocks.eiger import CREDENTIALS as EIGER_CREDENTIALS
from conformance.mocks.eiger import Store as EigerStore
from conformance.mocks.eiger import create_app as create_eiger
from conformance.mocks.kaedim import API_KEY, DEV_ID, REFRESH_TOKEN
from conformance.mocks.kaedim import Store as KaedimStore
from conformance.mocks.kaedim import create_app as create_kaedim
from conformance.serving import serve
from tests.clock import Clock
from tests.rewriting import Rewrite, Rewriting

SECRET = EIGER_CREDENTIALS["EIGER_SECRET_KEY"]


@pytest.fixture
def eiger_url() -> Iterator[str]:
    with serve(create_eiger(store=EigerStore())) as origin:
        yield f"{origin}/api/v3"


def _eiger(url: str, transport: httpx.BaseTransport, **options: Any) -> Eiger:
    keys = (EIGER_CREDENTIALS["EIGER_ACCESS_KEY"], SECRET)
    return Eiger(*keys, base_url=url, transport=transport, retries=0, **options)


def _each_item(change: Callable[[dict[str, Any]], None]) -> Rewrite:
    def rewrite(body: Any) -> Any:
        for item in body["items"]:
            change(item)
        return body

    return rewrite


def _null_initiator(item: dict[str, Any]) -> None:
    item["initiator"] = None


def test_eiger_print_jobs_with_a_null_the_spec_forbids_decode_and_warn_once(eiger_url: str) -> None:
    # The spec says `initiator` is an object or absent (as it said of `requester`, null on real accounts).
    with _eiger(eiger_url, Rewriting("/print_jobs", _each_item(_null_initiator))) as eiger:
        with pytest.warns(SchemaDeviationWarning) as caught:
            jobs = list(eiger.print_jobs.list())
        assert len(jobs) > 1
        assert all(job.initiator is UNSET and job.id and job.build.title for job in jobs)
        assert [(d.key, d.kind, d.received, d.value) for d in jobs[0].deviations] == [
            ("initiator", "null", "null", None)
        ]
        assert jobs[0].to_dict()["initiator"] is None
        ours = [w for w in caught if issubclass(w.category, SchemaDeviationWarning)]
        assert len(ours) == 1 and "GET /print_jobs: $.items[*].initiator deviates" in str(ours[0].message)
        assert ours[0].filename == __file__  # the warning names the caller's line, not fabapi's
        with warnings.catch_warnings():
            warnings.simplefilter("error", SchemaDeviationWarning)
            list(eiger.print_jobs.list())  # once per operation and path: no second warning


def test_eiger_print_jobs_strict_names_the_path_expected_and_received(eiger_url: str) -> None:
    with _eiger(eiger_url, Rewriting("/print_jobs", _each_item(_null_initiator)), strict=True) as eiger:
        with pytest.raises(UnexpectedResponse) as caught:
            list(eiger.print_jobs.list())
        message = str(caught.value)
        assert "$.items[0].initiator (null): expected object PrintJobViewExtendedInitiator, received null" in message
        assert caught.value.status_code == 200
        # Per call: the same client, not strict for one call.
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", SchemaDeviationWarning)
            assert list(eiger.with_options(strict=False).print_jobs.list())


def test_strict_is_off_by_default_and_switchable_per_call(eiger_url: str) -> None:
    with _eiger(eiger_url, Rewriting("/print_jobs", _each_item(_null_initiator))) as eiger:
        with pytest.raises(UnexpectedResponse, match=r"\$\.items\[0\]\.initiator"):
            list(eiger.with_options(strict=True).print_jobs.list())
        with pytest.raises(InvalidArgument, match="strict"):
            eiger.with_options(strict="yes")  # type: ignore[arg-type]


def _scalar_of_wrong_type(item: dict[str, Any]) -> None:
    item["progress"] = "most of it"  # a number field; before, this passed silently into the model
    item["build"]["created_at"] = "last tuesday"  # a nested date-time
    item["initiator"] = ["not", "an", "object"]
    item.pop("state")  # required
    item["vendor_note"] = {"kept": True}  # not in the spec


def test_nested_deviations_keep_everything_and_are_found_by_path(eiger_url: str) -> None:
    with _eiger(eiger_url, Rewriting("/print_jobs", _each_item(_scalar_of_wrong_type))) as eiger:
        with pytest.warns(SchemaDeviationWarning):
            page = eiger.with_options().print_jobs.list().pages().__next__()
    job = page.items[0]
    # An optional field that deviated is UNSET; a required one is absent (tests/test_deviated_fields.py).
    fields: tuple[object, ...] = (job.progress, job.initiator)
    assert fields == (UNSET, UNSET)
    assert not hasattr(job, "state") and not hasattr(job.build, "created_at")
    assert job.additional_properties == {"vendor_note": {"kept": True}}
    found = {(path, item.kind) for path, item in located(job, "$.items[0]")}
    assert found == {
        ("$.items[0].state", "missing"),
        ("$.items[0].build.created_at", "format"),
        ("$.items[0].progress", "type"),
        ("$.items[0].initiator", "type"),
    }
    back = job.to_dict()
    assert back["progress"] == "most of it" and back["initiator"] == ["not", "an", "object"]
    assert back["build"]["created_at"] == "last tuesday" and "state" not in back


def test_deviations_are_logged_and_recorded_without_values(
    eiger_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv("FABAPI_RECORD", str(tmp_path / "records"))

    def secret_in_the_wrong_place(item: dict[str, Any]) -> None:
        item["source"] = {"password": SECRET}

    with _eiger(eiger_url, Rewriting("/print_jobs", _each_item(secret_in_the_wrong_place))) as eiger:
        with caplog.at_level(logging.INFO, logger="fabapi"), warnings.catch_warnings():
            warnings.simplefilter("ignore", SchemaDeviationWarning)
            list(eiger.print_jobs.list())
        with pytest.raises(UnexpectedResponse) as caught:
            list(eiger.with_options(strict=True).print_jobs.list())
    assert SECRET not in str(caught.value) and "$.items[0].source (type): expected string" in str(caught.value)
    (record,) = [r for r in caplog.records if hasattr(r, "fabapi_deviation")]
    logged = record.fabapi_deviation
    assert (logged["json_path"], logged["kind"], logged["received"]) == ("$.items[*].source", "type", "object")
    lines = (tmp_path / "records" / "fabapi_eiger.jsonl").read_text().splitlines()
    assert [json.loads(line) for line in lines] == [
        {
            "package": "fabapi_eiger",
            "operation": "GET /print_jobs",
            "path": "/print_jobs",
            "json_path": "$.items[*].source",
            "kind": "type",
            "expected": "string",
            "received": "object",
            "count": logged["count"],
        }
    ]
    assert SECRET not in "".join(lines) and logged["count"] > 1


@pytest.mark.parametrize(
    "raw",
    [
        b'{"has_more_items": false, "items": [], "n": 1' + b"7" * 5000 + b"}",
        b'{"items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        b'{"has_more_items": false, "items": [], "note": "\xff\xfe"}',
        b"<html>a proxy</html>",
        b"[1, 2, 3]",
    ],
    ids=["5000-digit number", "deep nesting", "invalid UTF-8", "not JSON", "not an object"],
)
@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
def test_unusable_bodies_are_unexpected_responses_in_both_modes(eiger_url: str, raw: bytes, strict: bool) -> None:
    with _eiger(eiger_url, Rewriting("/print_jobs", raw=raw), strict=strict) as eiger:
        with pytest.raises(UnexpectedResponse):
            list(eiger.print_jobs.list())


def test_kaedim_fetch_all_with_iterations_null_and_a_null_the_spec_forbids() -> None:
    # Kaedim's own Cinema 4D add-on guards against `iterations: null` on an asset: the spec allows it
    # now. An `image` list that is null is a null the spec still forbids.
    clock = Clock()
    store = KaedimStore(clock=clock, processing_seconds=None)

    def nulls(body: Any) -> Any:
        for asset in body["assets"]:
            asset["iterations"] = None
            asset["image"] = None
        return body

    try:
        with serve(create_kaedim(store=store)) as origin:
            options: dict[str, Any] = {"token_store": TokenStore(clock=clock), "refresh_token": REFRESH_TOKEN}
            transport = Rewriting("/fetchAll", nulls)
            with Kaedim(API_KEY, DEV_ID, base_url=origin + "/api/v1", transport=transport, **options) as kaedim:
                sent = kaedim.submit(urls=["https://example.com/chair.png"])
                with pytest.warns(SchemaDeviationWarning, match="image"):
                    (asset,) = kaedim.fetch_all()
                assert asset.request_id == sent.request_id and asset.iterations is None
                assert asset.image is KAEDIM_UNSET and asset.to_dict()["image"] is None
                assert [(d.key, d.kind) for d in asset.deviations] == [("image", "null")]
                with pytest.raises(UnexpectedResponse, match=r"\$\.assets\[0\]\.image \(null\)"):
                    kaedim.with_options(strict=True).fetch_all()
    finally:
        store.stop()
