"""Seed check for a spec rebuilt from a rendered API page (3YOURMIND's Redoc page as text).

Such a seed is no OpenAPI document, so the token re-flatten of `seedcheck` does not apply. What
can be checked against it:

- every operation whose title (`summary`) is not a line of the page, and every webhook likewise,
  is one the page does not render: it must say where it came from (`x-fabapi-confidence:
  vendor-code` or `how-to` in the curated spec), never pass for a transcription;
- the page renders one `Responses` heading per item; PROVENANCE.md's per-section table counts
  the items (`distinct items`, `repeats of items shown earlier`), and those counts must add up
  to the page's headings, with an operation or webhook of the spec for every distinct item.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import yaml

from codegen.validation import OUTSIDE_REFERENCE

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
_ROW = re.compile(r"^\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*(\d+)\s*\|\s*$")
_TABLE_HEADER = "| seed section | first item's line | distinct items | repeats of items shown earlier |"


@dataclass
class PageResult:
    headings: int  # `Responses` headings on the page: one per rendered item
    on_page: int  # operations and webhooks of the spec whose title the page renders
    distinct: int  # PROVENANCE's count of distinct items
    repeats: int  # PROVENANCE's count of items rendered again under another section
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def section_counts(provenance: str) -> tuple[int, int]:
    """(distinct items, repeats) summed over PROVENANCE.md's per-section table."""
    lines = provenance.splitlines()
    if _TABLE_HEADER not in lines:
        raise ValueError(f"PROVENANCE.md has no table headed {_TABLE_HEADER!r}")
    distinct = repeats = 0
    for line in lines[lines.index(_TABLE_HEADER) + 2 :]:
        row = _ROW.match(line)
        if row is None:
            break
        distinct += int(row.group(3))
        repeats += int(row.group(4))
    return distinct, repeats


def _titled(document: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(operationId or webhook name, title) of every operation and webhook."""
    found = []
    for item in document.get("paths", {}).values():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                found.append((str(operation.get("operationId")), str(operation.get("summary", ""))))
    for name, item in document.get("webhooks", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                found.append((f"webhook {name}", str(operation.get("summary", ""))))
    return found


def _confidences(curated: Mapping[str, Any]) -> dict[str, str]:
    return {
        str(operation.get("operationId")): str(operation.get("x-fabapi-confidence", ""))
        for item in curated.get("paths", {}).values()
        for method in HTTP_METHODS
        if isinstance(operation := item.get(method), Mapping)
    }


def check_page(source: str, curated: str, page: str, provenance: str) -> PageResult:
    """Check a rebuilt spec (`source` and its `curated` form) against the rendered `page`."""
    lines = {line.strip() for line in page.splitlines()}
    headings = sum(1 for line in page.splitlines() if line.strip() == "Responses")
    distinct, repeats = section_counts(provenance)
    confidence = _confidences(yaml.safe_load(curated))
    titled = _titled(yaml.safe_load(source))
    result = PageResult(headings, sum(title.strip() in lines for _, title in titled), distinct, repeats)
    for name, title in titled:
        if title.strip() not in lines and confidence.get(name) not in OUTSIDE_REFERENCE:
            result.problems.append(
                f"{name}: its title {title!r} is not on the page, yet it is not marked x-fabapi-confidence:"
                f" {' or '.join(OUTSIDE_REFERENCE)}"
            )
    if distinct + repeats != headings:
        result.problems.append(
            f"PROVENANCE counts {distinct} items + {repeats} repeats, the page renders {headings} `Responses` headings"
        )
    # At least: an operation added from the vendor's code may share a rendered item's title.
    if result.on_page < distinct:
        result.problems.append(
            f"PROVENANCE counts {distinct} distinct items, but only {result.on_page} operations and webhooks"
            " of the spec carry a title from the page: an item is missing"
        )
    return result
