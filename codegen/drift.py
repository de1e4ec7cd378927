"""Drift: what differs between a fresh build and what the repository holds."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from codegen.generate import Outputs, files_of


@dataclass(frozen=True)
class Drift:
    changed: tuple[str, ...]
    missing: tuple[str, ...]  # built but absent from the repository
    extra: tuple[str, ...]  # in the repository but not built

    def __bool__(self) -> bool:
        return bool(self.changed or self.missing or self.extra)

    def report(self) -> str:
        lines = [f"  changed: {path}" for path in self.changed]
        lines += [f"  missing: {path}" for path in self.missing]
        lines += [f"  not generated: {path}" for path in self.extra]
        return "\n".join(lines)


def compare(outputs: Outputs, staging: Path, root: Path) -> Drift:
    return compare_files(files_of(outputs, staging), files_of(outputs, root))


def compare_files(built: Mapping[str, Path], present: Mapping[str, Path]) -> Drift:
    """Files a fresh build wrote against those the repository holds, both keyed by repository path."""
    changed = [p for p in built if p in present and built[p].read_bytes() != present[p].read_bytes()]
    return Drift(
        changed=tuple(sorted(changed)),
        missing=tuple(sorted(set(built) - set(present))),
        extra=tuple(sorted(set(present) - set(built))),
    )
