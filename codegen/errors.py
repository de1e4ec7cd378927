"""Typed pipeline errors: each names the file and the place in it that is at fault.

The registry's and the documents' own errors live in `registry.errors`; the pipeline reports
them to a maintainer like its own (`REPORTED`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from registry.errors import RegistryError, SpecError


class PipelineError(Exception):
    """Base of every error the pipeline itself reports to a maintainer."""


class OverlayActionError(PipelineError):
    """An overlay action that cannot be applied (for example, a stale target)."""

    def __init__(self, path: Path, index: int, target: str, description: str, message: str) -> None:
        self.path = path
        self.index = index
        self.target = target
        self.description = description
        super().__init__(f"{path}: actions[{index}] (target {target!r}: {description!r}): {message}")


class DeviationRecordError(PipelineError):
    """A recorded schema deviation (`FABAPI_RECORD`) that cannot be read or matched to its spec."""

    def __init__(self, path: Path, line: int, message: str) -> None:
        self.path = path
        self.line = line
        self.message = message
        super().__init__(f"{path}:{line}: {message}" if line else f"{path}: {message}")


@dataclass(frozen=True)
class EvidenceProblem:
    """One operation (`METHOD /path`) whose confidence is not backed, and what is missing or wrong."""

    operation: str
    problem: str


class EvidenceError(PipelineError):
    """A spec whose operations' confidences PROVENANCE.md does not back (`codegen.evidence`)."""

    def __init__(self, vendor: str, path: Path, problems: Sequence[EvidenceProblem]) -> None:
        self.vendor = vendor
        self.path = path
        self.problems = tuple(problems)
        listed = "\n".join(f"  {p.operation}: {p.problem}" for p in self.problems)
        count = f"{len(self.problems)} problem{'s' if len(self.problems) > 1 else ''}"
        super().__init__(f"{path}: [{vendor}] confidence without evidence ({count}):\n{listed}")


@dataclass(frozen=True)
class NameProblem:
    """One public name that does not line up with the source (`codegen.names`).

    `kind` is one of: `stale pin` (a pinned operation the source no longer has), `unpinned operation`
    (a new one), `unfollowed rename` (a public model whose vendor name the source no longer has),
    `unpinned model` (a new schema), `collision` (two things pinned to one name)."""

    kind: str
    subject: str  # `METHOD /path`, a model name, or the name two pins share
    problem: str


class NamesError(PipelineError):
    """`names.yaml` and the source disagree: every problem, so a maintainer fixes them in one go."""

    def __init__(self, path: Path, problems: Sequence[NameProblem]) -> None:
        self.path = path
        self.problems = tuple(problems)
        listed = "\n".join(f"  {p.kind}: {p.subject}: {p.problem}" for p in self.problems)
        super().__init__(f"{path}: {len(self.problems)} public name problem(s):\n{listed}")


class GeneratorFailed(PipelineError):
    """A code generator reported an error or a warning we do not accept."""


class GenerationLoss(PipelineError):
    """A generator dropped or degraded parts of a document that no `x-fabapi-excluded` excuses."""

    def __init__(self, vendor: str, losses: list[str], stale: list[str]) -> None:
        self.vendor = vendor
        self.losses = losses
        self.stale = stale
        lines = [f"{vendor}: the generators lost {len(losses)} part(s) of specs/{vendor}/openapi.yaml:"]
        lines += [f"- {loss}" for loss in losses]
        if stale:
            lines.append(f"{len(stale)} x-fabapi-excluded mark(s) excuse nothing any more (remove them):")
            lines += [f"- {mark}" for mark in stale]
        lines.append("Fix the spec through its overlay, or exclude a part with `x-fabapi-excluded: <why>`.")
        super().__init__("\n".join(lines))


# Every error the command line prints as `error: ...` (exit 2) instead of a traceback.
REPORTED = (PipelineError, RegistryError, SpecError)
