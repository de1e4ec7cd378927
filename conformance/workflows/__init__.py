"""Each vendor's workflows, run through its client against a server no one here wrote (Prism).

Prism answers with random schema-valid data (`Prefer: dynamic=true`), so a workflow may end in
a value or in one of fabapi's typed errors (a failed job, a timeout, an API error): both show
the client coped. Anything else (a KeyError, a TypeError, a decoding crash) is a failure: the
client broke on an answer its own spec allows. The clients are strict (`strict=True`), and an
answer they find not to match the schema is a failure too: the spec and the client disagree.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import httpx
from fabapi_core import FabapiError, UnexpectedResponse

# Iteration over a random server's pages stops here: its `has_more` never has to turn false.
MAX_ITEMS = 60


@dataclass(frozen=True)
class Workflow:
    name: str
    run: Callable[[Any, Path], object]


@dataclass(frozen=True)
class WorkflowResult:
    vendor: str
    name: str
    outcome: str  # "value", "typed error" or "failure"
    detail: str
    seconds: float

    @property
    def failed(self) -> bool:
        return self.outcome == "failure"


class PreferDynamic(httpx.HTTPTransport):
    """Asks Prism for generated (not example) bodies on every request."""

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.headers["Prefer"] = "dynamic=true"
        return super().handle_request(request)


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
        with tempfile.TemporaryDirectory(prefix="fabapi-workflow-") as tmp:
            try:
                with factory(origin, credentials, PreferDynamic()) as client:
                    value = workflow.run(client, Path(tmp))
                outcome, detail = "value", _shown(value)
            except UnexpectedResponse as err:
                # A schema-valid answer the strict client refuses: client and spec disagree.
                failed = "does not match the schema" in str(err)
                outcome, detail = ("failure" if failed else "typed error"), f"{type(err).__name__}: {err}"[:1500]
            except FabapiError as err:
                outcome, detail = "typed error", f"{type(err).__name__}: {err}"[:300]
            except Exception as err:  # the client broke on a schema-valid answer
                outcome = "failure"
                detail = "".join(traceback.format_exception(err))[-1500:]
        results.append(WorkflowResult(vendor, workflow.name, outcome, detail, time.perf_counter() - started))
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
        skipped="0",
        errors="0",
    )
    for result in results:
        case = ET.SubElement(
            suite, "testcase", classname=f"workflows.{result.vendor}", name=result.name, time=f"{result.seconds:.3f}"
        )
        if result.failed:
            ET.SubElement(case, "failure", message="the client broke on a schema-valid answer").text = result.detail
        else:
            ET.SubElement(case, "system-out").text = f"{result.outcome}: {result.detail}"
    path.parent.mkdir(parents=True, exist_ok=True)
    ET.ElementTree(suite).write(path, encoding="utf-8", xml_declaration=True)
    return path
