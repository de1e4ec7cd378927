"""One row per measurement: what was measured, the ratio against its reference, and the goal."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal


@dataclass(frozen=True)
class Row:
    name: str
    measured: str  # the numbers behind the ratio, for a reader
    value: float  # the ratio (or the absolute figure) the goal is about
    goal: float | None
    direction: Literal["at most", "at least"] = "at most"
    unit: str = "x"

    @property
    def met(self) -> bool | None:
        if self.goal is None:
            return None
        return self.value <= self.goal if self.direction == "at most" else self.value >= self.goal

    def verdict(self) -> str:
        if self.met is None:
            return "(reference)"
        goal = f"{self.direction} {self.goal:g}{self.unit}"
        return f"met ({goal})" if self.met else f"MISSED ({goal})"


def render(rows: list[Row]) -> str:
    headers = ("measurement", "value", "goal", "measured")
    cells = [(row.name, f"{row.value:.2f}{row.unit}", row.verdict(), row.measured) for row in rows]
    widths = [max(len(h), *(len(c[i]) for c in cells)) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(c.ljust(w) for c, w in zip(cell, widths, strict=True)).rstrip() for cell in cells]
    missed = [row.name for row in rows if row.met is False]
    lines.append(f"{len(missed)} goal(s) missed: {', '.join(missed)}" if missed else "every goal met")
    return "\n".join(lines)
