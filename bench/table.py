"""One row per measurement: what was measured, the ratio against its reference, and the goal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Row:
    name: str
    measured: str  # the numbers behind the ratio, for a reader
    value: float | None  # the ratio (or the absolute figure) the goal is about; None when not measured
    goal: float | None  # None: a reference row, shown for comparison only
    direction: Literal["at most", "at least"] = "at most"
    unit: str = "x"

    @classmethod
    def absent(cls, name: str, why: str) -> Row:
        """A row that could not be measured in this environment, saying why."""
        return cls(name, why, None, None)

    @property
    def met(self) -> bool | None:
        if self.goal is None or self.value is None:
            return None
        return self.value <= self.goal if self.direction == "at most" else self.value >= self.goal

    def shown_value(self) -> str:
        return "-" if self.value is None else f"{self.value:.2f}{self.unit}"

    def verdict(self) -> str:
        if self.goal is None:
            return "reference" if self.value is not None else "not measured"
        goal = f"{self.direction} {self.goal:g}{self.unit}"
        if self.met is None:
            return f"NOT MEASURED, goal {goal}"
        return f"met, goal {goal}" if self.met else f"MISSED, goal {goal}"


def render(rows: list[Row]) -> str:
    headers = ("measurement", "value", "verdict", "measured")
    cells = [(row.name, row.shown_value(), row.verdict(), row.measured) for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)).rstrip() for cell in cells]
    goals = [row for row in rows if row.goal is not None]
    missed = [row.name.strip() for row in goals if row.met is False]
    unmeasured = [row.name.strip() for row in goals if row.met is None]
    if missed:
        lines.append(f"{len(missed)} of {len(goals)} goals MISSED: {'; '.join(missed)}")
    if unmeasured:
        lines.append(f"{len(unmeasured)} of {len(goals)} goals not measured: {'; '.join(unmeasured)}")
    if not missed and not unmeasured:
        lines.append(f"all {len(goals)} goals met")
    return "\n".join(lines)
