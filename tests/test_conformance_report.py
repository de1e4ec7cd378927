"""The conformance report: per-check tallies from schemathesis' event stream, and the HTML matrix."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from conformance import report
from conformance.report import Skipped
from conformance.results import CheckTally, RunSummary, answers, tally


def _event(case_id: str, method: str, path: str, checks: list[dict[str, object]]) -> str:
    scenario = {
        "phase": "fuzzing",
        "recorder": {
            "label": f"{method} {path}",
            "cases": {case_id: {"value": {"method": method, "path": path}}},
            "checks": {case_id: checks},
        },
    }
    return json.dumps({"ScenarioFinished": scenario})


def test_tally_counts_each_check_per_operation(tmp_path: Path) -> None:
    failure = {"failure": {"title": "Server error", "message": "500 on POST /things"}}
    lines = [
        json.dumps({"Initialize": {"seed": 1}}),
        _event("a", "GET", "/things", [{"name": "not_a_server_error", "status": "success"}]),
        _event("b", "GET", "/things", [{"name": "not_a_server_error", "status": "success"}]),
        _event("c", "POST", "/things", [{"name": "not_a_server_error", "status": "failure", "failure_info": failure}]),
    ]
    events = tmp_path / "events.ndjson"
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = tally(events)
    assert found["GET /things"]["not_a_server_error"].passed == 2
    post = found["POST /things"]["not_a_server_error"]
    assert (post.passed, post.failed, post.failures) == (0, 1, ["Server error: 500 on POST /things"])


def _summary(exit_code: int = 1) -> RunSummary:
    return RunSummary(
        vendor="acme",
        target="mock",
        spec="specs/acme/openapi.yaml",
        spec_sha256="ab" * 32,
        exit_code=exit_code,
        operations={"GET /things": "listThings", "POST /things": "createThing", "POST /upload": "upload"},
        excluded={"upload": "multipart body: crashes Prism"},
        disabled={"ignored_auth": "the target checks no credentials"},
        disabled_per_operation={"createThing": {"use_after_free": "ids are reused by design"}},
        checks={
            "GET /things": {"not_a_server_error": CheckTally(4, 0), "use_after_free": CheckTally(2, 0)},
            "POST /things": {
                "not_a_server_error": CheckTally(3, 1, ["Server error: 500"]),
                "negative_data_rejection": CheckTally(0, 2, ["API accepted schema-violating request"]),
            },
        },
    )


def test_matrix_states_and_totals() -> None:
    checks, rows, totals = report.matrix(_summary())
    assert checks == ["ignored_auth", "negative_data_rejection", "not_a_server_error", "use_after_free"]
    states = {label: [cell.state for cell in cells] for label, _, cells in rows}
    assert states["GET /things"] == ["skipped", "not-run", "passed", "passed"]
    assert states["POST /things"] == ["skipped", "failed", "failed", "skipped"]
    assert states["POST /upload"] == ["skipped"] * 4
    assert (totals.passed, totals.failed, totals.skipped, totals.not_run) == (2, 2, 7, 1)


def test_page_names_failures_reasons_and_the_spec_hash() -> None:
    page = report.render([_summary()], [Skipped("kaedim", "mock", "set KAEDIM_API_KEY")])
    assert "ab" * 32 in page
    assert "Malformed requests not refused with a 4xx" in page
    assert "API accepted schema-violating request" in page
    assert "ids are reused by design" in page and "multipart body: crashes Prism" in page
    assert "skipped: set KAEDIM_API_KEY" in page


def test_summary_survives_json() -> None:
    summary = _summary()
    again = RunSummary.from_json(summary.to_json())
    assert again.to_json() == summary.to_json()


@pytest.mark.browser
def test_report_renders_its_totals_in_headless_chromium(tmp_path: Path) -> None:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is needed: apt-get install chromium"
    page = report.write(tmp_path / "site", [_summary(), _summary(exit_code=0)], [Skipped("x", "live", "no token")])
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]  # fmt: skip
    dom = subprocess.run(
        [chromium, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    totals = re.search(r'<table id="totals">.*?</table>', dom, re.S)
    assert totals, "the rendered page has no totals table"
    rows = re.findall(r'<tr class="total"[^>]*>(.*?)</tr>', totals.group(0), re.S)
    assert len(rows) == 3
    assert '<td class="n-passed">2</td>' in rows[0] and '<td class="n-failed">2</td>' in rows[0]
    assert "skipped: no token" in rows[2]
    shot = tmp_path / "report.png"
    subprocess.run(
        [chromium, *flags, "--window-size=1200,800", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    assert shot.stat().st_size > 10_000  # a drawn page, not a blank one


def test_answers_count_successes_per_operation_and_name_the_unreached(tmp_path: Path) -> None:
    def answered(case_id: str, method: str, path: str, status: int) -> str:
        scenario = {
            "recorder": {
                "label": f"{method} {path}",
                "cases": {case_id: {"value": {"method": method, "path": path}}},
                "checks": {},
                "interactions": {case_id: {"request": {}, "response": {"status_code": status}}},
            }
        }
        return json.dumps({"ScenarioFinished": scenario})

    events = tmp_path / "events.ndjson"
    lines = [
        answered("a", "GET", "/things", 200),
        answered("b", "GET", "/things", 404),
        answered("c", "POST", "/things", 404),
        answered("d", "POST", "/things", 422),
    ]
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = answers(events)
    assert (found["GET /things"].answers, found["GET /things"].successes) == (2, 1)
    assert (found["POST /things"].answers, found["POST /things"].successes) == (2, 0)
    summary = _summary()
    summary.answers = found
    # POST /upload was excluded: not "unreached", it never ran.
    assert summary.unreached() == ["POST /things"]
    assert RunSummary.from_json(summary.to_json()).answers["GET /things"].successes == 1
    page = report.render([summary])
    assert '<td class="n-unreached">1</td>' in page
    assert "<li>POST /things</li>" in page
