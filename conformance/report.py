"""One HTML page for the latest run of every target (mock, Prism, live), one section each.

A section has the run's date and vendors, its totals, what was and was not sent, the workflows'
results, and per vendor a matrix operation × check. Each cell is one of: passed (how many test
cases), passed but the operation never got a 2xx ("no 2xx": only refusals reached it), failed
(with a numbered note holding the failure texts), skipped (with a numbered note holding the
reason: the operation is left out on this target, or the check is off for it), or not reached
(schemathesis generated no test case that reached the check). Every count names its unit.

The runner masks the target's credentials in the summaries before writing them; the page masks
failure texts by the clients' rules again (names and shapes), for a summary written before that.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from fabapi_core import redact_text
from filelock import FileLock

from conformance import runs
from conformance.results import RunSummary
from conformance.runs import TargetRun, VendorRun
from conformance.targets import TARGETS

# Checks whose failure means a malformed request was not refused cleanly with a 4xx.
NEGATIVE_CHECKS = ("not_a_server_error", "negative_data_rejection")


# What each unit counts: the legend on the page, one line each.
UNITS = {
    "operations": "one method on one path of the vendor's spec",
    "checks": "one schemathesis check on one operation: one cell of a vendor's matrix",
    "test cases": "one request schemathesis generated and sent, with its answer;"
    " a cell's number counts the test cases its check ran on",
    "workflows": "one task done through the vendor's client, several calls long",
}


@dataclass(frozen=True)
class Cell:
    state: str  # passed | no-2xx | failed | skipped | not-run
    text: str
    note: str = ""  # the skip reason or the failure texts, shown as a numbered note


@dataclass
class Totals:
    """Counts of checks (cells) by state."""

    passed: int = 0
    no_2xx: int = 0
    failed: int = 0
    skipped: int = 0
    not_run: int = 0

    def add(self, cell: Cell) -> None:
        name = {"passed": "passed", "no-2xx": "no_2xx", "failed": "failed", "skipped": "skipped"}
        field = name.get(cell.state, "not_run")
        setattr(self, field, getattr(self, field) + 1)


def _cases(count: int) -> str:
    return f"{count} test case{'' if count == 1 else 's'}"


def _cell(summary: RunSummary, label: str, operation_id: str, check: str, unreached: set[str]) -> Cell:
    if operation_id in summary.excluded:
        return Cell("skipped", "skipped", f"operation left out: {summary.excluded[operation_id]}")
    if check in summary.disabled:
        return Cell("skipped", "skipped", f"{check} is off on {summary.target}: {summary.disabled[check]}")
    reason = summary.disabled_per_operation.get(operation_id, {}).get(check)
    if reason is not None:
        return Cell("skipped", "skipped", f"{check} is off for {operation_id}: {reason}")
    counts = summary.checks.get(label, {}).get(check)
    if counts is None or counts.passed + counts.failed == 0:
        return Cell("not-run", "– not reached")
    if counts.failed:
        return Cell("failed", f"✗ {_cases(counts.failed)} failed", redact_text("\n".join(counts.failures)))
    if label in unreached:
        # Green would claim the operation works; only refusals reached it.
        return Cell("no-2xx", f"✓ {_cases(counts.passed)}, no 2xx")
    return Cell("passed", f"✓ {_cases(counts.passed)}")


def check_names(summary: RunSummary) -> list[str]:
    names = {name for per in summary.checks.values() for name in per} | set(summary.disabled)
    return sorted(names)


def matrix(summary: RunSummary) -> tuple[list[str], list[tuple[str, str, list[Cell]]], Totals]:
    checks = check_names(summary)
    rows: list[tuple[str, str, list[Cell]]] = []
    totals = Totals()
    unreached = set(summary.unreached())
    for label, operation_id in sorted(summary.operations.items(), key=lambda item: item[0].split(" ", 1)[::-1]):
        cells = [_cell(summary, label, operation_id, check, unreached) for check in checks]
        for cell in cells:
            totals.add(cell)
        rows.append((label, operation_id, cells))
    return checks, rows, totals


def negative_cases(summary: RunSummary) -> int:
    """How many malformed test cases (schemathesis' negative mode) were sent."""
    return sum(counts.malformed for counts in summary.answers.values())


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
th.op, td.op, td.text { text-align: left; }
th.op, td.op, table.matrix td { white-space: nowrap; }
th.check { writing-mode: vertical-rl; transform: rotate(180deg); font-weight: normal; }
td.passed, td.proved { background: #dff5df; } td.failed { background: #f8d0d0; font-weight: bold; }
td.no-2xx, td.inconclusive { background: #fbeecb; } td.skipped { background: #eee; color: #555; }
td.not-run { color: #777; } section.target { border-top: 3px solid #999; margin-top: 2em; }
.ok { color: #176b17; } .bad { color: #a11; } .warn { color: #8a5a00; } code { font-size: 12px; }
ol.notes { font-size: 12px; color: #444; }
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _legend() -> list[str]:
    out = ['<h2>How to read this page</h2><ul id="legend">']
    out += [
        f'<li class="unit" data-unit="{_e(unit)}"><b>{_e(unit)}</b>: {_e(what)}</li>' for unit, what in UNITS.items()
    ]
    out.append(
        "<li>A check's cell: ✓ passed on that many test cases; <b>no 2xx</b>: passed, but the operation never"
        " got a 2xx answer, so only refusals were checked; ✗ failed; skipped or not reached; the number in"
        " brackets points to the note under the matrix with the reason or the failure.</li>"
        "<li>A workflow is <b>proved</b> when it returned a value and each of its calls got a 2xx;"
        " <b>inconclusive</b> when it ended in a typed error or a refusal (it proved nothing and does not"
        " count as passed; some are expected to on Prism, whose answers are random, and say why);"
        " <b>failed</b> when the client broke.</li></ul>"
    )
    return out


def render(target_runs: Iterable[TargetRun]) -> str:
    target_runs = list(target_runs)
    present = {run.target for run in target_runs}
    parts: list[str] = [
        "<!doctype html>",
        '<html lang="en"><head><meta charset="utf-8"><title>fabapi conformance</title>',
        f"<style>{_STYLE}</style></head><body>",
        "<h1>fabapi conformance</h1>",
        "<p>The latest run of each target: <code>python -m conformance --target TARGET</code> writes"
        " <code>TARGET.json</code> beside this page and renders it again from every target's file.</p>",
    ]
    missing = [target for target in TARGETS if target not in present]
    if missing:
        parts.append(f'<p id="missing">No results here for: {_e(", ".join(missing))} (not run yet).</p>')
    parts += _legend()
    for run in target_runs:
        parts.append(_target_section(run))
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _target_section(run: TargetRun) -> str:
    vendors = ", ".join(item.vendor for item in run.vendors) or "none"
    out = [
        f'<section class="target" id="target-{_e(run.target)}" data-target="{_e(run.target)}">',
        f"<h2>Target: {_e(run.target)}</h2>",
        f'<p class="run-meta">Run started <time>{_e(run.started)}</time> (UTC); vendors: {_e(vendors)}.</p>',
    ]
    if run.malformed is not None:
        out.append(f'<p class="malformed">Malformed requests are not sent on {_e(run.target)}: {_e(run.malformed)}</p>')
    out.append(
        '<table class="totals"><thead><tr><th>vendor</th><th>run result</th><th>operations run / in spec</th>'
        "<th>operations with no 2xx</th><th>checks passed</th><th>checks passed, no 2xx</th>"
        "<th>checks failed</th><th>checks skipped</th><th>checks not reached</th><th>test cases sent</th>"
        "<th>workflows proved</th><th>workflows inconclusive</th><th>workflows failed</th>"
        "<th>spec sha256</th></tr></thead><tbody>"
    )
    out += [_totals_row(run, item) for item in run.vendors]
    out.append("</tbody></table>")
    out += _workflows(run)
    for item in run.vendors:
        if item.summary is not None:
            out.append(_vendor_section(run, item.summary))
    out.append("</section>")
    return "\n".join(out)


def _totals_row(run: TargetRun, item: VendorRun) -> str:
    row = f'<tr class="total" data-vendor="{_e(item.vendor)}" data-target="{_e(run.target)}"><td>{_e(item.vendor)}</td>'
    if item.summary is None:
        return row + f'<td class="text" colspan="13">{_e(item.status)}: {_e(redact_text(item.detail))}</td></tr>'
    summary = item.summary
    _, rows, totals = matrix(summary)
    ran = sum(1 for _, op_id, _ in rows if op_id not in summary.excluded)
    result = "no failures" if summary.exit_code == 0 and totals.failed == 0 and item.status != "failed" else "failed"
    flows = [sum(r.outcome == outcome for r in item.workflows) for outcome in ("proved", "inconclusive", "failed")]
    cases = sum(counts.answers for counts in summary.answers.values())
    cells = [
        f'<td class="{"ok" if result == "no failures" else "bad"}">{result}</td>',
        f'<td class="n-operations">{ran} / {len(rows)}</td>',
        f'<td class="n-unreached">{len(summary.unreached())}</td>',
        f'<td class="n-passed">{totals.passed}</td>',
        f'<td class="n-no-2xx">{totals.no_2xx}</td>',
        f'<td class="n-failed">{totals.failed}</td>',
        f'<td class="n-skipped">{totals.skipped}</td>',
        f'<td class="n-not-run">{totals.not_run}</td>',
        f'<td class="n-cases">{cases}</td>',
        *(
            f'<td class="n-workflows-{name}">{count}</td>'
            for name, count in zip(("proved", "inconclusive", "failed"), flows, strict=True)
        ),
        f'<td><code title="{_e(summary.spec_sha256)}">{_e(summary.spec_sha256[:12])}</code></td>',
    ]
    return row + "".join(cells) + "</tr>"


def _workflows(run: TargetRun) -> list[str]:
    if run.no_workflows is not None:
        return [f'<p class="no-workflows">Workflows are not run on {_e(run.target)}: {_e(run.no_workflows)}.</p>']
    out = [
        f"<h3>Workflows on {_e(run.target)}</h3>",
        '<table class="workflows"><thead><tr><th>vendor</th><th>workflow</th><th>outcome</th>'
        "<th>what it proved, or why it proved nothing</th></tr></thead><tbody>",
    ]
    for item in run.vendors:
        for result in item.workflows:
            why = f" Expected on {run.target}: {result.expected}" if result.expected else ""
            calls = f" Calls: {', '.join(result.calls)}." if result.calls else ""
            out.append(
                f'<tr class="workflow" data-vendor="{_e(item.vendor)}" data-outcome="{_e(result.outcome)}">'
                f'<td>{_e(item.vendor)}</td><td class="text">{_e(result.name)}</td>'
                f'<td class="{_e(result.outcome)}">{_e(result.outcome)}</td>'
                f'<td class="text">{_e(redact_text(result.detail[:400]))}{_e(calls)}{_e(why)}</td></tr>'
            )
    out.append("</tbody></table>")
    return out


def _vendor_section(run: TargetRun, summary: RunSummary) -> str:
    checks, rows, _ = matrix(summary)
    out = [
        f'<h3 id="{_e(summary.vendor)}-{_e(run.target)}">{_e(summary.vendor)} on {_e(run.target)}</h3>',
        f"<p>Spec <code>{_e(summary.spec)}</code>, sha256 <code>{_e(summary.spec_sha256)}</code>; "
        f"schemathesis exit {summary.exit_code}.</p>",
    ]
    if run.malformed is None:
        out += _malformed(summary)
    unreached = summary.unreached()
    if unreached:
        out.append("<p class='warn'>Operations that ran and never got a 2xx (only refusals reached them; their"
                   " cells say <b>no 2xx</b>):</p><ul class='unreached'>")  # fmt: skip
        out += [f"<li>{_e(label)}</li>" for label in unreached]
        out.append("</ul>")
    else:
        out.append("<p class='ok'>Every operation that ran got at least one 2xx.</p>")
    notes: dict[str, int] = {}
    header = "".join(f'<th class="check">{_e(check)}</th>' for check in checks)
    out.append(f'<table class="matrix"><thead><tr><th class="op">operation</th>{header}</tr></thead><tbody>')
    for label, operation_id, cells in rows:
        tds = []
        for cell in cells:
            text = cell.text
            if cell.note:
                number = notes.setdefault(cell.note, len(notes) + 1)
                text += f" [{number}]"
            tds.append(f'<td class="{cell.state}">{_e(text)}</td>')
        out.append(f'<tr><td class="op" title="{_e(operation_id)}">{_e(label)}</td>{"".join(tds)}</tr>')
    out.append("</tbody></table>")
    if notes:
        out.append('<ol class="notes">')
        out += [f'<li value="{number}">{_e(note)}</li>' for note, number in notes.items()]
        out.append("</ol>")
    return "\n".join(out)


def _malformed(summary: RunSummary) -> list[str]:
    """The statement about malformed requests, for a target that sends them."""
    if "negative_data_rejection" in summary.disabled:
        return [
            f"<p class='malformed'>Malformed requests were sent; whether each got a 4xx is not checked on"
            f" {_e(summary.target)}: {_e(summary.disabled['negative_data_rejection'])}</p>"
        ]
    negative = negative_failures(summary)
    if negative:
        out = ["<p class='malformed bad'>Malformed requests not refused with a 4xx:</p><ul>"]
        out += [f"<li>{_e(op)}: {_e(check)}: {_e(text)}</li>" for op, check, text in negative]
        return [*out, "</ul>"]
    sent = negative_cases(summary)
    if not sent:
        return ["<p class='malformed warn'>This run sent no malformed request (no negative test case).</p>"]
    return [
        f"<p class='malformed ok'>Every malformed request sent ({_cases(sent)}, made to break the spec) got a"
        " 4xx, none a 5xx: negative_data_rejection and not_a_server_error found no failure.</p>"
    ]


def write(folder: Path, target_runs: Iterable[TargetRun]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    page = folder / "index.html"
    page.write_text(render(target_runs), encoding="utf-8")
    return page


def publish(folder: Path, run: TargetRun) -> tuple[Path, Path]:
    """Save `run` as its target's latest and render the page from every target's latest run: (results
    file, page). Under the folder's lock, so two targets' runs that end at once (CI runs the mocks' and
    Prism's side by side) each read the other's file whole, and the page written last holds both."""
    folder.mkdir(parents=True, exist_ok=True)
    with FileLock(folder / ".lock"):
        saved = runs.save(folder, run)
        return saved, write(folder, runs.load_all(folder))
