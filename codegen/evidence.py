"""Every operation's confidence has evidence behind it: PROVENANCE.md's "Evidence per operation" table.

`x-fabapi-confidence` on an operation says how sure the spec is of it:

- `documented`: the vendor's own document states its method and path;
- `vendor-code`: the vendor's own code (an SDK, a sample app, a plug-in) calls it so;
- `how-to`: a vendor's how-to or guide page shows it, outside the reference;
- `inferred`: guessed from a pattern the vendor's other operations follow.

Each vendor's `specs/<v>/PROVENANCE.md` has a section titled exactly `## Evidence per operation`
with one row per operation of the curated spec:

    | operation | confidence | method and path | body |
    | `GET /devices` | documented | vendor OpenAPI document `002_....txt` | the same document |

The pipeline refuses a spec (`EvidenceError`, naming the vendor, each operation and what is missing)
when an operation has no row or no known confidence, a row names an operation the spec lacks or
another confidence than the spec's, or an evidence cell is empty.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any, Final

from codegen.errors import EvidenceError, EvidenceProblem
from codegen.markdown import MarkdownTableError, Row, section_table
from codegen.resources import HTTP_METHODS
from codegen.validation import CONFIDENCES

SECTION: Final = "Evidence per operation"
HEADER: Final = ("operation", "confidence", "method and path", "body")
PROVENANCE: Final = "PROVENANCE.md"
EXTENSION: Final = "x-fabapi-confidence"
_OPERATION = re.compile(r"`(?P<method>[A-Z]+) (?P<path>/\S*)`")


def operation_name(method: str, path: str) -> str:
    """An operation as the table writes it: `GET /devices/{device_id}`."""
    return f"{method.upper()} {path}"


def confidences(curated: Mapping[str, Any]) -> dict[str, str]:
    """`METHOD /path` -> its `x-fabapi-confidence` ("" when it has none), for every operation."""
    found: dict[str, str] = {}
    for path, item in curated.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping):
                found[operation_name(method, str(path))] = str(operation.get(EXTENSION, ""))
    return found


def counts(curated: Mapping[str, Any]) -> dict[str, int]:
    """How many operations have each confidence; every known confidence is a key, zero included."""
    tally = Counter(confidences(curated).values())
    return {confidence: tally[confidence] for confidence in CONFIDENCES}


def _known(confidence: str) -> str | None:
    """What is wrong with `confidence`, or None when it is one of `CONFIDENCES`."""
    if confidence in CONFIDENCES:
        return None
    shown = repr(confidence) if confidence else "none"
    return f"confidence {shown} is not one of {', '.join(CONFIDENCES)}"


def _rows(rows: Iterable[Row], spec: Mapping[str, str]) -> tuple[dict[str, Row], list[EvidenceProblem]]:
    """The rows by operation, and the problems of the rows themselves."""
    by_operation: dict[str, Row] = {}
    problems: list[EvidenceProblem] = []
    for row in rows:
        cells = dict(zip(HEADER, row.cells, strict=False))
        match = _OPERATION.fullmatch(cells.get("operation", ""))
        if match is None:
            what = f"line {row.line}: the operation cell {cells.get('operation', '')!r} is not `METHOD /path`"
            problems.append(EvidenceProblem(cells.get("operation", "") or f"line {row.line}", what))
            continue
        name = operation_name(match["method"], match["path"])
        if name in by_operation:
            problems.append(
                EvidenceProblem(name, f"line {row.line}: a second row (the first is on line {by_operation[name].line})")
            )
            continue
        by_operation[name] = row
        if name not in spec:
            problems.append(
                EvidenceProblem(name, f"line {row.line}: the row names an operation the spec does not have")
            )
            continue
        confidence = cells.get("confidence", "")
        wrong = _known(confidence)
        if wrong is not None:
            problems.append(EvidenceProblem(name, f"line {row.line}: {wrong}"))
        elif confidence != spec[name] and _known(spec[name]) is None:
            problems.append(
                EvidenceProblem(
                    name, f"line {row.line}: the row says {confidence}, the spec's {EXTENSION} is {spec[name]}"
                )
            )
        for column in HEADER[2:]:
            if not cells.get(column, ""):
                problems.append(EvidenceProblem(name, f"line {row.line}: no evidence for the {column}"))
    return by_operation, problems


def check(vendor: str, curated: Mapping[str, Any], provenance: Path) -> None:
    """Refuse `curated` unless `provenance` backs every operation's confidence; `EvidenceError` lists
    every problem, each naming its operation."""
    spec = confidences(curated)
    try:
        text = provenance.read_text(encoding="utf-8")
    except OSError as err:
        raise EvidenceError(
            vendor, provenance, [EvidenceProblem("every operation", f"unreadable: {err.strerror}")]
        ) from None
    try:
        table = section_table(text, SECTION)
    except MarkdownTableError as err:
        missing = f"{err}; add `## {SECTION}` with the table `| {' | '.join(HEADER)} |`"
        raise EvidenceError(vendor, provenance, [EvidenceProblem("every operation", missing)]) from None
    if table.header != HEADER:
        wrong = f"line {table.line}: the table's header is {' | '.join(table.header)!r}, not {' | '.join(HEADER)!r}"
        raise EvidenceError(vendor, provenance, [EvidenceProblem("every operation", wrong)])
    problems = [
        EvidenceProblem(name, f"the spec's {EXTENSION}: {unknown}")
        for name, confidence in spec.items()
        if (unknown := _known(confidence)) is not None
    ]
    by_operation, row_problems = _rows(table.rows, spec)
    problems += row_problems
    problems += [
        EvidenceProblem(name, "no row: its confidence has no evidence") for name in spec if name not in by_operation
    ]
    if problems:
        raise EvidenceError(vendor, provenance, problems)


def check_vendor(vendor: str, curated: Mapping[str, Any], spec_dir: Path) -> None:
    """`check` against the vendor's own `PROVENANCE.md` beside its spec."""
    check(vendor, curated, spec_dir / PROVENANCE)


def table(rows: Iterable[tuple[str, str, str, str]]) -> str:
    """The section, written: for a scaffold, whose every row is known in advance."""
    lines = [f"## {SECTION}", "", f"| {' | '.join(HEADER)} |", f"|{'---|' * len(HEADER)}"]
    lines += [
        f"| `{operation}` | {confidence} | {method_path} | {body} |"
        for operation, confidence, method_path, body in rows
    ]
    return "\n".join(lines) + "\n"
