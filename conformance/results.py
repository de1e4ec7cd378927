"""What one schemathesis run found, per operation and check, read from its NDJSON event stream.

The stream records every case and every check run on it; it is large (every interaction is in it),
so the runner keeps it in a temporary folder and saves only this summary next to the JUnit file.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

SUMMARY_VERSION = 2


@dataclass
class CheckTally:
    passed: int = 0
    failed: int = 0
    failures: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"passed": self.passed, "failed": self.failed, "failures": self.failures[:3]}


def _events(path: Path) -> Iterator[Mapping[str, Any]]:
    with path.open(encoding="utf-8") as stream:
        for line in stream:
            if line.strip():
                yield json.loads(line)


def _failure_text(check: Mapping[str, Any]) -> str:
    info = check.get("failure_info") or {}
    failure = info.get("failure") if isinstance(info, Mapping) else None
    if isinstance(failure, Mapping):
        title = str(failure.get("title", "")).strip()
        message = str(failure.get("message", "")).strip()
        return f"{title}: {message}" if title and message else title or message or "failed"
    return "failed"


@dataclass
class AnswerTally:
    """How often an operation was answered, how often with a success (2xx), and how many of its test
    cases were malformed on purpose (schemathesis' negative mode)."""

    answers: int = 0
    successes: int = 0
    malformed: int = 0

    def to_dict(self) -> dict[str, int]:
        return {"answers": self.answers, "successes": self.successes, "malformed": self.malformed}


def _malformed(case: Mapping[str, Any] | None) -> bool:
    meta = ((case or {}).get("value") or {}).get("meta") or {}
    return bool((meta.get("generation") or {}).get("mode") == "negative")


def _label(case: Mapping[str, Any] | None, fallback: str) -> str:
    value = (case or {}).get("value") or {}
    method, path = value.get("method"), value.get("path")
    return f"{method} {path}" if method and path else fallback


def tally(ndjson: Path) -> dict[str, dict[str, CheckTally]]:
    """operation label ("GET /v1/user") -> check name -> how often it passed and failed."""
    found: dict[str, dict[str, CheckTally]] = {}
    for event in _events(ndjson):
        scenario = event.get("ScenarioFinished")
        if not scenario:
            continue
        recorder = scenario.get("recorder") or {}
        cases = recorder.get("cases") or {}
        for case_id, checks in (recorder.get("checks") or {}).items():
            label = _label(cases.get(case_id), str(recorder.get("label", "?")))
            per_check = found.setdefault(label, {})
            for check in checks:
                counts = per_check.setdefault(str(check.get("name")), CheckTally())
                if check.get("status") == "failure":
                    counts.failed += 1
                    text = _failure_text(check)
                    if text not in counts.failures:
                        counts.failures.append(text)
                else:
                    counts.passed += 1
    return found


def answers(ndjson: Path) -> dict[str, AnswerTally]:
    """operation label -> how many answers it got, and how many were a 2xx.

    An operation that never got a 2xx was only ever refused: the fuzzer did not reach what it does.
    """
    found: dict[str, AnswerTally] = {}
    for event in _events(ndjson):
        scenario = event.get("ScenarioFinished")
        if not scenario:
            continue
        recorder = scenario.get("recorder") or {}
        cases = recorder.get("cases") or {}
        for case_id, interaction in (recorder.get("interactions") or {}).items():
            response = (interaction or {}).get("response")
            if not isinstance(response, Mapping):
                continue
            counts = found.setdefault(_label(cases.get(case_id), str(recorder.get("label", "?"))), AnswerTally())
            counts.answers += 1
            counts.malformed += _malformed(cases.get(case_id))
            if 200 <= int(response.get("status_code", 0)) < 300:
                counts.successes += 1
    return found


@dataclass
class RunSummary:
    vendor: str
    target: str
    spec: str
    spec_sha256: str
    exit_code: int
    operations: dict[str, str]  # label -> operationId, every operation of the spec
    excluded: dict[str, str]  # operationId -> why it was not run
    disabled: dict[str, str]  # check -> why it is off for the whole target
    disabled_per_operation: dict[str, dict[str, str]]  # operationId -> check -> why
    checks: dict[str, dict[str, CheckTally]]
    answers: dict[str, AnswerTally] = field(default_factory=dict)  # label -> answers and successes

    def unreached(self) -> list[str]:
        """Labels of the operations that ran and never got a 2xx (or no answer at all)."""
        ran = [label for label, op_id in self.operations.items() if op_id not in self.excluded]
        return sorted(label for label in ran if self.answers.get(label, AnswerTally()).successes == 0)

    def to_json(self) -> str:
        data = {
            "version": SUMMARY_VERSION,
            "vendor": self.vendor,
            "target": self.target,
            "spec": self.spec,
            "spec_sha256": self.spec_sha256,
            "exit_code": self.exit_code,
            "operations": self.operations,
            "excluded": self.excluded,
            "disabled": self.disabled,
            "disabled_per_operation": self.disabled_per_operation,
            "checks": {
                label: {name: counts.to_dict() for name, counts in sorted(per.items())}
                for label, per in sorted(self.checks.items())
            },
            "answers": {label: counts.to_dict() for label, counts in sorted(self.answers.items())},
        }
        return json.dumps(data, indent=1, sort_keys=True) + "\n"

    @classmethod
    def from_json(cls, text: str) -> RunSummary:
        data = json.loads(text)
        checks = {
            label: {name: CheckTally(**counts) for name, counts in per.items()} for label, per in data["checks"].items()
        }
        return cls(
            vendor=data["vendor"],
            target=data["target"],
            spec=data["spec"],
            spec_sha256=data["spec_sha256"],
            exit_code=data["exit_code"],
            operations=data["operations"],
            excluded=data["excluded"],
            disabled=data["disabled"],
            disabled_per_operation=data["disabled_per_operation"],
            checks=checks,
            answers={label: AnswerTally(**counts) for label, counts in data.get("answers", {}).items()},
        )
