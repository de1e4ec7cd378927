"""Workflows through mocks that inject faults: 503s and 429s with Retry-After, dropped connections
and slow answers. The clients must finish each workflow with nothing lost and nothing made twice."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fabapi_3yourmind import ThreeYourMind
from fabapi_cloudslicer import CloudSlicer
from fabapi_core import RetryPolicy
from fabapi_eiger import AsyncEiger, Eiger
from fabapi_kaedim import Kaedim, TokenStore
from fabapi_kittycad import KittyCAD

from conformance.faults import FaultLog, FaultProfile, FaultProfileError, with_faults
from conformance.mocks import cloudslicer as slicer_mock
from conformance.mocks import eiger as eiger_mock
from conformance.mocks import kaedim as kaedim_mock
from conformance.mocks import kittycad as kittycad_mock
from conformance.mocks import threeyourmind as tym_mock
from conformance.mocks.eiger.store import seeded_id
from conformance.serving import serve
from conformance.stl_files import box

PROFILE = FaultProfile.parse("503=0.2,429=0.1,drop=0.1,slow=0.2:0.01", seed=5)
# Patient enough that a run of faults never exhausts it; waits are short because Retry-After is 0.
PATIENT = RetryPolicy(attempts=12, backoff_factor=0.001, max_backoff=0.01)


def _served(app: Any, log: FaultLog) -> Any:
    return serve(with_faults(app, PROFILE, log))


@pytest.fixture
def faults() -> FaultLog:
    return FaultLog()


@pytest.fixture
def slicer_store() -> slicer_mock.Store:
    return slicer_mock.Store()


@pytest.fixture
def slicer(slicer_store: slicer_mock.Store, faults: FaultLog) -> Iterator[CloudSlicer]:
    token = slicer_mock.CREDENTIALS["CLOUDSLICER_API_TOKEN"]
    with (
        _served(slicer_mock.create_app(store=slicer_store), faults) as origin,
        CloudSlicer(token, base_url=origin, retries=PATIENT) as client,
    ):
        yield client


def test_cloudslicer_quote_flows_survive_faults(
    slicer: CloudSlicer, slicer_store: slicer_mock.Store, faults: FaultLog, tmp_path: Path
) -> None:
    quoted = []
    for index in range(4):
        stl = box(tmp_path / f"part{index}.stl", (10 + index, 20, 5))
        quoted.append(slicer.quote_file(stl, gcode_to=tmp_path / f"part{index}.gcode"))
        # Reads, which may also be dropped mid-answer, and a streamed download of the upload.
        assert slicer.quotes.get(quoted[-1].quote.quote_id).quote_id == quoted[-1].quote.quote_id
        assert (
            slicer.download_file(quoted[-1].file.file_id, tmp_path / f"back{index}.stl").read_bytes()
            == stl.read_bytes()
        )
    # Every upload and quote exists exactly once: refused requests were resent, nothing else was.
    assert sorted(slicer_store.files) == sorted(q.file.file_id for q in quoted)
    assert sorted(slicer_store.quotes) == sorted(q.quote.quote_id for q in quoted)
    assert all(q.gcode_path is not None and q.gcode_path.stat().st_size > 0 for q in quoted)
    assert faults.counts["503"] and faults.counts["429"] and faults.counts["drop"] and faults.counts["slow"]


EIGER_KEYS = (eiger_mock.CREDENTIALS["EIGER_ACCESS_KEY"], eiger_mock.CREDENTIALS["EIGER_SECRET_KEY"])
PRINTER = seeded_id("device", "Printer01")
BUILDS = [seeded_id("build", name) for name in ("Build01", "Bracket Batch", "Gear Housing")]


def test_eiger_queue_workflow_survives_faults(faults: FaultLog) -> None:
    store = eiger_mock.Store()
    before = len(store.queue_of(PRINTER))
    with _served(eiger_mock.create_app(store=store), faults) as origin:
        with Eiger(*EIGER_KEYS, base_url=origin + "/api/v3", retries=PATIENT) as eiger:
            added = [eiger.add_to_queue(PRINTER, build) for build in BUILDS]
            listed = [device.id for device in eiger.devices.list(page_size=1)]
            assert eiger.remove_build_from_queue(PRINTER, BUILDS[0])
    queue = store.queue_of(PRINTER)
    # Three appended, one removed: no job was queued twice by a retry.
    assert len(queue) == before + 2
    assert {job.id for job in queue} >= {job.id for job in added[1:]}
    assert PRINTER in listed and len(listed) == len(set(listed))
    assert sum(faults.counts.values()) > 0


async def test_async_eiger_pages_survive_faults(faults: FaultLog) -> None:
    with _served(eiger_mock.create_app(store=eiger_mock.Store()), faults) as origin:
        async with AsyncEiger(*EIGER_KEYS, base_url=origin + "/api/v3", retries=PATIENT) as eiger:
            builds = [build.id async for build in eiger.builds.list(page_size=2)]
    assert len(builds) == len(set(builds)) >= 3  # every page once, none repeated after a retry
    assert faults.passed > 0


def test_without_retries_the_same_faults_surface_as_typed_errors(faults: FaultLog) -> None:
    from fabapi_core import APIError, TransportError

    failures = 0
    with (
        _served(eiger_mock.create_app(store=eiger_mock.Store()), faults) as origin,
        Eiger(*EIGER_KEYS, base_url=origin + "/api/v3", retries=0) as eiger,
    ):
        for _ in range(30):
            try:
                eiger.devices.get(PRINTER)
            except (APIError, TransportError):
                failures += 1
    assert failures == faults.counts["503"] + faults.counts["429"] + faults.counts["drop"] > 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("503=2", "between 0 and 1"),
        ("teapot=0.1", "use 503=SHARE"),
        ("429=x", "not a number"),
        ("503=0.6,429=0.6", "more than 1"),
    ],
)
def test_bad_profiles_are_named(text: str, message: str) -> None:
    with pytest.raises(FaultProfileError, match=message):
        FaultProfile.parse(text)


def test_a_profile_is_repeatable() -> None:
    def pattern() -> list[int]:
        statuses = []
        with (
            serve(with_faults(eiger_mock.create_app(store=eiger_mock.Store()), PROFILE)) as origin,
            httpx.Client(base_url=origin + "/api/v3", auth=EIGER_KEYS) as client,
        ):
            for _ in range(20):
                # POSTs are never dropped, so every draw ends in an answer.
                statuses.append(client.post("/builds/approve", json={"builds": []}).status_code)
        return statuses

    first = pattern()
    assert first == pattern() and {503, 429} & set(first)


def test_kittycad_streamed_files_survive_faults(faults: FaultLog, tmp_path: Path) -> None:
    store = kittycad_mock.Store()
    store.async_threshold = 100  # every file goes through the queue, so waits are retried reads too
    token = kittycad_mock.CREDENTIALS["KITTYCAD_API_TOKEN"]
    with (
        _served(kittycad_mock.create_app(store=store), faults) as origin,
        KittyCAD(token, base_url=origin, retries=PATIENT) as kc,
    ):
        volumes = [kc.volume(box(tmp_path / f"part{i}.stl", (1 + i, 2, 3))) for i in range(4)]
        converted = kc.convert_file(tmp_path / "part0.stl", to="obj")
    assert volumes == pytest.approx([6, 12, 18, 24])
    assert isinstance(converted, bytes) and converted.count(b"\nf ") == 12
    # One operation per call: a refused upload was sent again whole, an answered one never twice.
    assert len(store.operations) == 5
    assert faults.counts["503"] and faults.counts["429"]


def test_kaedim_submit_wait_download_survive_faults(faults: FaultLog, tmp_path: Path) -> None:
    store = kaedim_mock.Store(processing_seconds=None)
    with (
        _served(kaedim_mock.create_app(store=store), faults) as origin,
        Kaedim(
            kaedim_mock.API_KEY,
            kaedim_mock.DEV_ID,
            kaedim_mock.REFRESH_TOKEN,
            base_url=origin + "/api/v1",
            retries=PATIENT,
            token_store=TokenStore(),
        ) as kaedim,
    ):
        sent = [kaedim.submit(urls=[f"https://example.com/{n}.png"]) for n in range(4)]
        for request in sent:
            store.complete(request.request_id)
            kaedim.wait(request.request_id, interval=0.01)
            written = kaedim.download(request.request_id, ["obj"], tmp_path / request.request_id)
            assert written["obj"].read_bytes().startswith(b"# Kaedim mock")
    # One request per submit: refused ones were resent, answered ones never twice.
    assert sorted(store.jobs) == sorted(r.request_id for r in sent)
    assert faults.counts["503"] and faults.counts["429"]


def test_3yourmind_upload_pick_and_order_survive_faults(faults: FaultLog, tmp_path: Path) -> None:
    store = tym_mock.Store()
    token = tym_mock.CREDENTIALS["THREEYOURMIND_API_TOKEN"]
    with (
        _served(tym_mock.create_app(store=store), faults) as origin,
        ThreeYourMind(token, base_url=origin, retries=PATIENT) as tym,
    ):
        line = tym.upload_to_new_line(box(tmp_path / "part.stl", (4, 5, 6)), unit="mm")
        second = tym.upload_to_new_line(box(tmp_path / "twin.stl", (6, 5, 4)), unit="mm", basket_id=line.basket_id)
        for uploaded in (line, second):
            tym.pick_offer(uploaded.basket_id, uploaded.line_id, country="DE", quantity=2)
        assert tym.price_basket(line.basket_id, currency="EUR").total_price is not None
        order = tym.order_basket(line.basket_id, billing_address_id=1, payment={}, pickup_location_id=1)
    # One of each: refused requests were resent (uploads whole), answered ones never twice.
    assert list(store.baskets) == [line.basket_id]
    assert sorted(store.lines) == sorted([line.line_id, second.line_id])
    assert sorted(store.uploads) == sorted(str(uploaded.uuid) for uploaded in (line, second))
    assert [placed.id for placed in store.orders.values()] == [order.id]
    assert all(store.lines[ident].quantity == 2 for ident in store.lines)
    assert faults.counts["503"] and faults.counts["429"]
