"""The Prism workflow harness: a value reached through 2xx answers proves the workflow, a typed error or a
refusal proves nothing (inconclusive, not passed), anything else fails; each is written to JUnit."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import httpx
import pytest
from fabapi_core import PollTimeout
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from conformance import workflows
from conformance.serving import serve
from conformance.workflows import PreferDynamic, Workflow, WorkflowResult


def _timeout(client: Any, tmp: Path) -> object:
    raise PollTimeout(last=None, elapsed=3.0, timeout=3.0)


def _crash(client: Any, tmp: Path) -> object:
    answer: dict[str, object] = {}
    return answer["output"]


@dataclass
class FakeVendor:
    """A vendor's workflows module: its client factory and WORKFLOWS, and the origins it opened."""

    opened: list[str] = field(default_factory=list)

    @contextlib.contextmanager
    def client(self, origin: str, credentials: Mapping[str, str], transport: httpx.BaseTransport) -> Iterator[str]:
        assert isinstance(transport, PreferDynamic)
        self.opened.append(origin)
        yield credentials["TOKEN"]

    WORKFLOWS = (
        Workflow("returns", lambda token, tmp: f"used {token} in {tmp.name[:15]}"),
        Workflow("times out", _timeout, "a random status never finishes"),
        Workflow("crashes", _crash),
    )


@pytest.fixture
def fake_vendor() -> FakeVendor:
    return FakeVendor()


def test_outcomes_are_classified_and_written_as_junit(fake_vendor: FakeVendor, tmp_path: Path) -> None:
    results = workflows.run(
        fake_vendor.client, fake_vendor.WORKFLOWS, "http://127.0.0.1:1", {"TOKEN": "t0k"}, vendor="fake"
    )
    assert [(r.name, r.outcome) for r in results] == [
        ("returns", "proved"),
        ("times out", "inconclusive"),
        ("crashes", "failed"),
    ]
    assert results[0].detail.startswith("returns: no HTTP call (done locally); returned 'used t0k in fabapi-workflow")
    assert "PollTimeout" in results[1].detail
    assert results[1].expected == "a random status never finishes"
    assert "KeyError: 'output'" in results[2].detail
    assert fake_vendor.opened == ["http://127.0.0.1:1"] * 3  # a fresh client per workflow
    assert {r.vendor for r in results} == {"fake"}
    assert [r.proved for r in results] == [True, False, False]

    written = workflows.write_junit(results, tmp_path / "fake-prism-workflows.xml")
    suite = ET.parse(written).getroot()  # noqa: S314 - the file this test just wrote
    assert (suite.get("tests"), suite.get("failures"), suite.get("skipped")) == ("3", "1", "1")
    failed = [case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None]
    assert failed == ["crashes"]
    skipped = {case.get("name"): case.find("skipped") for case in suite.iter("testcase")}
    message = skipped["times out"].get("message", "") if skipped["times out"] is not None else ""
    assert message.startswith("inconclusive, proved nothing: PollTimeout")
    assert message.endswith("(expected: a random status never finishes)")
    assert [WorkflowResult.from_dict(r.to_dict()) for r in results] == results


def test_calls_are_recorded_and_a_refusal_on_the_way_proves_nothing() -> None:
    """A value is a proof only when every call got a 2xx; the result names each call."""
    app = FastAPI()

    @app.get("/{name}")
    def read(name: str, request: Request) -> JSONResponse:
        assert request.headers["prefer"] == "dynamic=true"
        return JSONResponse({}, status_code=404 if name == "missing" else 200)

    @contextlib.contextmanager
    def factory(origin: str, credentials: Mapping[str, str], transport: httpx.BaseTransport) -> Iterator[httpx.Client]:
        with httpx.Client(base_url=origin, transport=transport) as client:
            yield client

    flows = [
        Workflow("two reads", lambda c, tmp: (c.get("/a").status_code, c.get("/b").status_code)),
        Workflow("read what is gone", lambda c, tmp: c.get("/missing").status_code),
    ]
    with serve(app) as origin:
        proved, refused = workflows.run(factory, flows, origin, {}, vendor="fake")
    assert proved.outcome == "proved" and proved.calls == ("GET /a 200", "GET /b 200")
    assert proved.detail.startswith("two reads: 2 calls, 2xx each; returned (200, 200)")
    assert refused.outcome == "inconclusive" and refused.calls == ("GET /missing 404",)
    assert "1 call, 1 not 2xx" in refused.detail


def test_prism_is_asked_for_generated_bodies() -> None:
    request = httpx.Request("GET", "http://127.0.0.1:9/ping")  # nothing listens: only the header matters
    with contextlib.suppress(httpx.ConnectError):
        PreferDynamic().handle_request(request)
    assert request.headers["Prefer"] == "dynamic=true"


def test_pagers_are_cut_short() -> None:
    endless = iter(int, 1)  # never stops, like a random server's has_more
    assert workflows.first(endless, 5) == [0, 0, 0, 0, 0]
