"""The latest run of each target, one results file per target: `reports/conformance/<target>.json`.

A run writes only its own target's file, so the page, rendered from every file present, shows the
mock, Prism and live runs side by side: a Prism run after the mock run in CI erases nothing.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from conformance.results import RunSummary
from conformance.targets import TARGETS, Target
from conformance.workflows import WorkflowResult

RUN_VERSION = 1
VENDOR_STATUSES = ("passed", "failed", "skipped")


class RunFileError(ValueError):
    """A results file that is not one this module wrote (another version, a missing key)."""


@dataclass
class VendorRun:
    """One vendor on one target: its schemathesis summary, its workflows, or why it did not run."""

    vendor: str
    status: str  # one of VENDOR_STATUSES
    detail: str
    summary: RunSummary | None = None
    workflows: list[WorkflowResult] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "vendor": self.vendor,
            "status": self.status,
            "detail": self.detail,
            "summary": json.loads(self.summary.to_json()) if self.summary else None,
            "workflows": [result.to_dict() for result in self.workflows],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> VendorRun:
        summary = data.get("summary")
        return cls(
            vendor=data["vendor"],
            status=data["status"],
            detail=data["detail"],
            summary=RunSummary.from_json(json.dumps(summary)) if summary else None,
            workflows=[WorkflowResult.from_dict(item) for item in data.get("workflows", [])],
        )


@dataclass
class TargetRun:
    """One `python -m conformance --target T` run: when, which vendors, and what the target allows."""

    target: str
    started: str  # ISO 8601, UTC
    vendors: list[VendorRun]
    malformed: str | None  # why no malformed request is sent here (None: they are sent)
    no_workflows: str | None  # why the workflows do not run here (None: they run)

    @classmethod
    def start(cls, target: Target, started: str) -> TargetRun:
        return cls(target.name, started, [], target.malformed, target.no_workflows)

    def to_json(self) -> str:
        data = {
            "version": RUN_VERSION,
            "target": self.target,
            "started": self.started,
            "malformed": self.malformed,
            "no_workflows": self.no_workflows,
            "vendors": [run.to_dict() for run in self.vendors],
        }
        # Compact: a run holds every check's tally, hundreds of kilobytes pretty-printed.
        return json.dumps(data, sort_keys=True, separators=(",", ":")) + "\n"

    @classmethod
    def from_json(cls, text: str, *, source: str = "results file") -> TargetRun:
        data = json.loads(text)
        if not isinstance(data, dict) or data.get("version") != RUN_VERSION:
            found = data.get("version") if isinstance(data, dict) else type(data).__name__
            raise RunFileError(f"{source}: version {found!r}, expected {RUN_VERSION}; rerun that target")
        try:
            return cls(
                target=data["target"],
                started=data["started"],
                vendors=[VendorRun.from_dict(item) for item in data["vendors"]],
                malformed=data["malformed"],
                no_workflows=data["no_workflows"],
            )
        except KeyError as missing:
            raise RunFileError(f"{source}: no {missing} key; rerun that target") from None


def path_for(folder: Path, target: str) -> Path:
    return folder / f"{target}.json"


def save(folder: Path, run: TargetRun) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = path_for(folder, run.target)
    path.write_text(run.to_json(), encoding="utf-8")
    return path


def load_all(folder: Path) -> list[TargetRun]:
    """Every target's latest run found in `folder`, in the order mock, prism, live."""
    found = []
    for target in TARGETS:
        path = path_for(folder, target)
        if path.is_file():
            found.append(TargetRun.from_json(path.read_text(encoding="utf-8"), source=path.name))
    return found
