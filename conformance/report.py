"""One HTML page for a conformance run: vendor × operation × check, totals, and the spec hash.

Each cell is one of: passed (how many cases), failed (with the first failure texts), skipped
(with the reason: the operation is left out on this target, or the check is off for it), or not
run (schemathesis generated no case that reached the check).

The runner masks the target's credentials in the summaries before writing them; the page masks
failure texts by the clients' rules again (names and shapes), for a summary written before that.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fabapi_core import redact_text

from conformance.results import RunSummary

# Checks whose failure means a malformed request was not refused cleanly with a 4xx.
NEGATIVE_CHECKS = ("not_a_server_error", "negative_data_rejection")


@dataclass(frozen=True)
class Cell:
    state: str  # passed | failed | skipped | not-run
    text: str
    title: str = ""


@dataclass
class Totals:
    passed: int = 0
    failed: int = 0
    skipped: int = 0
    not_run: int = 0

    def add(self, cell: Cell) -> None:
        if cell.state == "passed":
            self.passed += 1
        elif cell.state == "failed":
            self.failed += 1
        elif cell.state == "skipped":
            self.skipped += 1
        else:
            self.not_run += 1


@dataclass(frozen=True)
class Skipped:
    """A vendor that did not run on this target at all (no credentials, Prism missing)."""

    vendor: str
    target: str
    reason: str


def _cell(summary: RunSummary, label: str, operation_id: str, check: str) -> Cell:
    if operation_id in summary.excluded:
        return Cell("skipped", "skipped", summary.excluded[operation_id])
    if check in summary.disabled:
        return Cell("skipped", "skipped", summary.disabled[check])
    reason = summary.disabled_per_operation.get(operation_id, {}).get(check)
    if reason is not None:
        return Cell("skipped", "skipped", reason)
    counts = summary.checks.get(label, {}).get(check)
    if counts is None or counts.passed + counts.failed == 0:
        return Cell("not-run", "–", "no generated case reached this check")
    if counts.failed:
        return Cell("failed", f"✗ {counts.failed}", redact_text("\n".join(counts.failures)))
    return Cell("passed", f"✓ {counts.passed}", f"{counts.passed} cases passed")


def check_names(summary: RunSummary) -> list[str]:
    names = {name for per in summary.checks.values() for name in per} | set(summary.disabled)
    return sorted(names)


def matrix(summary: RunSummary) -> tuple[list[str], list[tuple[str, str, list[Cell]]], Totals]:
    checks = check_names(summary)
    rows: list[tuple[str, str, list[Cell]]] = []
    totals = Totals()
    for label, operation_id in sorted(summary.operations.items(), key=lambda item: item[0].split(" ", 1)[::-1]):
        cells = [_cell(summary, label, operation_id, check) for check in checks]
        for cell in cells:
            totals.add(cell)
        rows.append((label, operation_id, cells))
    return checks, rows, totals


def negative_failures(summary: RunSummary) -> list[tuple[str, str, str]]:
    """(operation, check, first failure) where a malformed request was not refused with a 4xx."""
    found: list[tuple[str, str, str]] = []
    for label, per in sorted(summary.checks.items()):
        for check in NEGATIVE_CHECKS:
            counts = per.get(check)
            if counts is not None and counts.failed:
                found.append((label, check, redact_text(counts.failures[0]) if counts.failures else "failed"))
    return found


_STYLE = """
body { font: 14px/1.4 system-ui, sans-serif; margin: 2em; color: #222; }
table { border-collapse: collapse; margin: 0.5em 0 1.5em; }
th, td { border: 1px solid #ccc; padding: 2px 6px; text-align: center; }
th.op, td.op { text-align: left; white-space: nowrap; }
th.check { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: normal; }
td.passed { background: #dff5df; } td.failed { background: #f8d0d0; font-weight: bold; }
td.skipped { background: #eee; color: #666; } td.not-run { color: #999; }
.ok { color: #176b17; } .bad { color: #a11; } .warn { color: #8a5a00; } code { font-size: 12px; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def render(summaries: Iterable[RunSummary], skipped: Iterable[Skipped] = ()) -> str:
    summaries = list(summaries)
    skipped = list(skipped)
    parts: list[str] = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8"><title>fabapi conformance</title>',
        f"<style>{_STYLE}</style></head><body>",
        "<h1>fabapi conformance</h1>",
        "<h2>Totals</h2>",
        '<table id="totals"><thead><tr><th>vendor</th><th>target</th><th>result</th><th>operations</th>'
        "<th>passed</th><th>failed</th><th>skipped</th><th>not run</th>"
        '<th title="operations that ran and never got a 2xx">no success</th>'
        "<th>spec sha256</th></tr></thead><tbody>",
    ]
    sections: list[str] = []
    for summary in summaries:
        checks, rows, totals = matrix(summary)
        ran = sum(1 for _, op_id, _ in rows if op_id not in summary.excluded)
        result = "passed" if summary.exit_code == 0 and totals.failed == 0 else "failed"
        css = "ok" if result == "passed" else "bad"
        parts.append(
            f'<tr class="total" data-vendor="{_e(summary.vendor)}" data-target="{_e(summary.target)}">'
            f"<td>{_e(summary.vendor)}</td><td>{_e(summary.target)}</td>"
            f'<td class="{css}">{result}</td><td>{ran}/{len(rows)}</td>'
            f'<td class="n-passed">{totals.passed}</td><td class="n-failed">{totals.failed}</td>'
            f'<td class="n-skipped">{totals.skipped}</td><td>{totals.not_run}</td>'
            f'<td class="n-unreached">{len(summary.unreached())}</td>'
            f'<td><code title="{_e(summary.spec_sha256)}">{_e(summary.spec_sha256[:12])}</code></td></tr>'
        )
        sections.append(_section(summary, checks, rows))
    for item in skipped:
        parts.append(
            f'<tr class="total" data-vendor="{_e(item.vendor)}" data-target="{_e(item.target)}">'
            f"<td>{_e(item.vendor)}</td><td>{_e(item.target)}</td>"
            f'<td colspan="8">skipped: {_e(redact_text(item.reason))}</td></tr>'
        )
    parts.append("</tbody></table>")
    parts += sections
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _section(summary: RunSummary, checks: list[str], rows: list[tuple[str, str, list[Cell]]]) -> str:
    out = [
        f"<h2>{_e(summary.vendor)} on {_e(summary.target)}</h2>",
        f"<p>Spec <code>{_e(summary.spec)}</code>, sha256 <code>{_e(summary.spec_sha256)}</code>; "
        f"schemathesis exit {summary.exit_code}.</p>",
    ]
    negative = negative_failures(summary)
    if negative:
        out.append("<p class='bad'>Malformed requests not refused with a 4xx:</p><ul>")
        out += [f"<li>{_e(op)}: {_e(check)}: {_e(text)}</li>" for op, check, text in negative]
        out.append("</ul>")
    else:
        out.append("<p class='ok'>Every malformed request that was sent got a 4xx, none a 5xx.</p>")
    unreached = summary.unreached()
    if unreached:
        out.append("<p class='warn'>Operations that ran and never got a 2xx (only refusals reached them):</p><ul>")
        out += [f"<li>{_e(label)}</li>" for label in unreached]
        out.append("</ul>")
    else:
        out.append("<p class='ok'>Every operation that ran got at least one 2xx.</p>")
    header = "".join(f'<th class="check">{_e(check)}</th>' for check in checks)
    out.append(f'<table class="matrix"><thead><tr><th class="op">operation</th>{header}</tr></thead><tbody>')
    for label, operation_id, cells in rows:
        tds = "".join(f'<td class="{cell.state}" title="{_e(cell.title)}">{_e(cell.text)}</td>' for cell in cells)
        out.append(f'<tr><td class="op" title="{_e(operation_id)}">{_e(label)}</td>{tds}</tr>')
    out.append("</tbody></table>")
    return "\n".join(out)


def write(folder: Path, summaries: Iterable[RunSummary], skipped: Iterable[Skipped] = ()) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "index.html"
    page.write_text(render(summaries, skipped), encoding="utf-8")
    return page
