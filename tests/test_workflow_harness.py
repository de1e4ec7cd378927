"""The Prism workflow harness: a value or a typed error passes, anything else fails and is reported."""

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

from conformance import workflows
from conformance.workflows import PreferDynamic, Workflow


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
        Workflow("times out", _timeout),
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
        ("returns", "value"),
        ("times out", "typed error"),
        ("crashes", "failure"),
    ]
    assert results[0].detail.startswith("'used t0k in fabapi-workflow")
    assert "PollTimeout" in results[1].detail
    assert "KeyError: 'output'" in results[2].detail
    assert fake_vendor.opened == ["http://127.0.0.1:1"] * 3  # a fresh client per workflow
    assert {r.vendor for r in results} == {"fake"}

    written = workflows.write_junit(results, tmp_path / "fake-prism-workflows.xml")
    suite = ET.parse(written).getroot()  # noqa: S314 - the file this test just wrote
    assert (suite.get("tests"), suite.get("failures")) == ("3", "1")
    failed = [case.get("name") for case in suite.iter("testcase") if case.find("failure") is not None]
    assert failed == ["crashes"]


def test_prism_is_asked_for_generated_bodies() -> None:
    request = httpx.Request("GET", "http://127.0.0.1:9/ping")  # nothing listens: only the header matters
    with contextlib.suppress(httpx.ConnectError):
        PreferDynamic().handle_request(request)
    assert request.headers["Prefer"] == "dynamic=true"


def test_pagers_are_cut_short() -> None:
    endless = iter(int, 1)  # never stops, like a random server's has_more
    assert workflows.first(endless, 5) == [0, 0, 0, 0, 0]
