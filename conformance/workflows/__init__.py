"""Each vendor's workflows, run through its client against a server no one here wrote (Prism).

Prism answers with random schema-valid data (`Prefer: dynamic=true`). Each workflow ends in one of:

- proved: it returned a value and every call it made got a 2xx; the result names the calls.
- inconclusive: it ended in one of fabapi's typed errors (a `PollTimeout`, an `UnexpectedResponse`,
  a `TransportError`, a failed job) or a call was refused. The client coped, but the workflow proved
  nothing; it counts as not passed. Where Prism's nature makes that the usual end (a random status
  never has to reach "done", a random string is no URL), the workflow says so (`prism_inconclusive`).
- failed: anything else (a KeyError, a TypeError, a decoding crash): the client broke on an answer
  its own spec allows. The clients are strict (`strict=True`), and an answer they find not to match
  the schema is a failure too: the spec and the client disagree.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import httpx
from fabapi_core import FabapiError, UnexpectedResponse

# Iteration over a random server's pages stops here: its `has_more` never has to turn false.
MAX_ITEMS = 60


OUTCOMES = ("proved", "inconclusive", "failed")


@dataclass(frozen=True)
class Workflow:
    name: str
    run: Callable[[Any, Path], object]
    # Why Prism's random answers usually leave this workflow unfinished (None: they need not).
    prism_inconclusive: str | None = None


@dataclass(frozen=True)
class WorkflowResult:
    vendor: str
    name: str
    outcome: str  # one of OUTCOMES
    detail: str
    seconds: float
    calls: tuple[str, ...] = ()  # "GET /devices 200", in the order they were made
    expected: str | None = None  # why an inconclusive end is the usual one on this target

    @property
    def failed(self) -> bool:
        return self.outcome == "failed"

    @property
    def proved(self) -> bool:
        return self.outcome == "proved"

    def to_dict(self) -> dict[str, Any]:
        return {**asdict(self), "calls": list(self.calls)}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> WorkflowResult:
        return cls(**{**data, "calls": tuple(data.get("calls", ()))})


class PreferDynamic(httpx.HTTPTransport):
    """Asks Prism for generated (not example) bodies on every request, and records each call."""

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str, int]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.headers["Prefer"] = "dynamic=true"
        response = super().handle_request(request)
        self.calls.append((request.method, request.url.path, response.status_code))
        return response


def _calls_text(calls: Sequence[tuple[str, str, int]]) -> str:
    if not calls:
        return "no HTTP call (done locally)"
    refused = [status for _, _, status in calls if not 200 <= status < 300]
    each = "2xx each" if not refused else f"{len(refused)} not 2xx"
    return f"{len(calls)} call{'s' if len(calls) != 1 else ''}, {each}"


ClientFactory = Callable[[str, Mapping[str, str], httpx.BaseTransport], AbstractContextManager[Any]]


def run(
    factory: ClientFactory,
    workflows: Sequence[Workflow],
    origin: str,
    credentials: Mapping[str, str],
    *,
    vendor: str,
) -> list[WorkflowResult]:
    """Run `workflows`, each on a fresh client from `factory` (a vendor's `conformance/workflows/<key>.py`)."""
    results = []
    for workflow in workflows:
        started = time.perf_counter()
        transport = PreferDynamic()
        with tempfile.TemporaryDirectory(prefix="fabapi-workflow-") as tmp:
            try:
                with factory(origin, credentials, transport) as client:
                    value = workflow.run(client, Path(tmp))
                refused = any(not 200 <= status < 300 for _, _, status in transport.calls)
                # A value reached through a refusal (a 404 read as "none") proves less than its name.
                outcome = "inconclusive" if refused else "proved"
                detail = f"{workflow.name}: {_calls_text(transport.calls)}; returned {_shown(value)}"
            except UnexpectedResponse as err:
                # A schema-valid answer the strict client refuses: client and spec disagree.
                failed = "does not match the schema" in str(err)
                outcome, detail = ("failed" if failed else "inconclusive"), f"{type(err).__name__}: {err}"[:1500]
            except FabapiError as err:
                outcome, detail = "inconclusive", f"{type(err).__name__}: {err}"[:300]
            except Exception as err:  # the client broke on a schema-valid answer
                outcome = "failed"
                detail = "".join(traceback.format_exception(err))[-1500:]
        calls = tuple(f"{method} {path} {status}" for method, path, status in transport.calls)
        expected = workflow.prism_inconclusive if outcome == "inconclusive" else None
        seconds = time.perf_counter() - started
        results.append(WorkflowResult(vendor, workflow.name, outcome, detail, seconds, calls, expected))
    return results


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 200 else text[:200] + "..."


def first(items: Iterator[Any] | Any, count: int = MAX_ITEMS) -> list[Any]:
    """At most `count` items of a pager, however many pages a random server claims."""
    out = []
    for item in items:
        out.append(item)
        if len(out) >= count:
            break
    return out


def write_junit(results: list[WorkflowResult], path: Path) -> Path:
    suite = ET.Element(
        "testsuite",
        name=path.stem,
        tests=str(len(results)),
        failures=str(sum(r.failed for r in results)),
        skipped=str(sum(r.outcome == "inconclusive" for r in results)),
        errors="0",
    )
    for result in results:
        case = ET.SubElement(
            suite, "testcase", classname=f"workflows.{result.vendor}", name=result.name, time=f"{result.seconds:.3f}"
        )
        if result.failed:
            ET.SubElement(case, "failure", message="the client broke on a schema-valid answer").text = result.detail
        elif result.outcome == "inconclusive":
            # Not passed and not a failure: JUnit's "skipped", with the reason readers count by.
            why = f" (expected: {result.expected})" if result.expected else ""
            ET.SubElement(case, "skipped", message=f"inconclusive, proved nothing: {result.detail[:300]}{why}")
        else:
            ET.SubElement(case, "system-out").text = f"proved: {result.detail}"
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
    return path
