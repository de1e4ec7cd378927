"""The conformance report: per-check tallies from schemathesis' event stream, and the HTML matrix."""

from __future__ import annotations

import dataclasses
import html
import json
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from filelock import FileLock

from conformance import junit, report, runs
from conformance.results import AnswerTally, CheckTally, RunSummary, answers, tally

REPO = Path(__file__).resolve().parents[1]


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


def _run(
    target: str, *items: runs.VendorRun, malformed: str | None = None, no_workflows: str | None = None
) -> runs.TargetRun:
    return runs.TargetRun(target, "2026-01-02T03:04:05+00:00", list(items), malformed, no_workflows)


def test_matrix_states_and_totals() -> None:
    checks, rows, totals = report.matrix(_summary())
    assert checks == ["ignored_auth", "negative_data_rejection", "not_a_server_error", "use_after_free"]
    states = {label: [cell.state for cell in cells] for label, _, cells in rows}
    # GET /things has no recorded answer at all: it never got a 2xx, so its passing checks say so.
    assert states["GET /things"] == ["skipped", "not-run", "no-2xx", "no-2xx"]
    assert states["POST /things"] == ["skipped", "failed", "failed", "skipped"]
    assert states["POST /upload"] == ["skipped"] * 4
    assert (totals.passed, totals.no_2xx, totals.failed, totals.skipped, totals.not_run) == (0, 2, 2, 7, 1)


def test_page_names_failures_reasons_and_the_spec_hash() -> None:
    page = report.render(
        [
            _run(
                "mock",
                runs.VendorRun("acme", "failed", "exit 1", _summary()),
                runs.VendorRun("kaedim", "skipped", "set KAEDIM_API_KEY"),
            )
        ]
    )
    assert "ab" * 32 in page
    assert "Malformed requests not refused with a 4xx" in page
    assert "API accepted schema-violating request" in page
    # Reasons are note text, not attributes.
    assert '<li value="5">operation left out: multipart body: crashes Prism</li>' in _notes(page)
    upload = re.search(r'<tr><td class="op"[^>]*>POST /upload</td>(.*?)</tr>', page)
    assert upload and upload.group(1).count('<td class="skipped">skipped [5]</td>') == 4
    assert "use_after_free is off for createThing: ids are reused by design" in _notes(page)
    assert "skipped: set KAEDIM_API_KEY" in page


def _notes(page: str) -> str:
    return "".join(re.findall(r'<ol class="notes">.*?</ol>', page, re.S))


def test_malformed_statement_is_true_for_the_target() -> None:
    passed = _summary(exit_code=0)
    passed.checks["POST /things"] = {"negative_data_rejection": CheckTally(5, 0)}
    passed.answers = {"POST /things": AnswerTally(answers=5, successes=2, malformed=3)}
    mock = report.render([_run("mock", runs.VendorRun("acme", "passed", "exit 0", passed))])
    assert "Every malformed request sent (3 test cases, made to break the spec) got a 4xx" in mock
    positive = dataclasses.replace(passed, target="prism", checks={}, answers={})
    prism = report.render([_run("prism", runs.VendorRun("acme", "passed", "exit 0", positive), malformed="valid only")])
    assert "Malformed requests are not sent on prism: valid only" in prism
    assert "4xx" not in prism
    live = dataclasses.replace(passed, target="live", disabled={"negative_data_rejection": "not worth load"})
    page = report.render([_run("live", runs.VendorRun("acme", "passed", "exit 0", live))])
    assert "whether each got a 4xx is not checked on live: not worth load" in page
    assert "Every malformed request" not in page


def test_a_run_of_one_target_keeps_the_others(tmp_path: Path) -> None:
    runs.save(tmp_path, _run("prism", runs.VendorRun("acme", "passed", "exit 0", _summary())))
    runs.save(tmp_path, _run("mock", runs.VendorRun("acme", "failed", "exit 1", _summary())))
    again = _run("mock", runs.VendorRun("acme", "skipped", "no mock today"))
    runs.save(tmp_path, again)
    found = runs.load_all(tmp_path)
    assert [run.target for run in found] == ["mock", "prism"]
    assert found[0].vendors[0].detail == "no mock today"  # the latest mock run replaced the earlier one
    assert found[1].to_json() == _run("prism", runs.VendorRun("acme", "passed", "exit 0", _summary())).to_json()


def test_two_targets_published_at_once_both_reach_the_page(tmp_path: Path) -> None:
    """A run publishes under the report folder's lock: while another target's run holds it (saving its
    results file), this one waits, then reads that file and writes a page with both."""
    prism = _run("prism", runs.VendorRun("acme", "passed", "exit 0", _summary()))
    mock = _run("mock", runs.VendorRun("acme", "failed", "exit 1", _summary()))
    published: list[tuple[Path, Path]] = []
    with FileLock(tmp_path / ".lock"):
        waiting = threading.Thread(target=lambda: published.append(report.publish(tmp_path, prism)))
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive() and not (tmp_path / "prism.json").exists(), "publish did not wait for the lock"
        runs.save(tmp_path, mock)  # the other run, still holding the lock
    waiting.join(30)
    assert published == [(tmp_path / "prism.json", tmp_path / "index.html")]
    page = published[0][1].read_text(encoding="utf-8")
    assert 'id="target-mock"' in page and 'id="target-prism"' in page


def test_a_results_file_of_another_version_is_named(tmp_path: Path) -> None:
    (tmp_path / "live.json").write_text('{"version": 0}', encoding="utf-8")
    with pytest.raises(runs.RunFileError, match=r"live.json: version 0, expected 1"):
        runs.load_all(tmp_path)


def test_skips_reach_junit_and_the_ci_summary_counts_them(tmp_path: Path) -> None:
    suite = tmp_path / "acme-mock.xml"
    suite.write_text(
        '<testsuites tests="1" skipped="0"><testsuite name="schemathesis" tests="1" skipped="0" failures="0">'
        '<testcase name="GET /things"/></testsuite></testsuites>',
        encoding="utf-8",
    )
    junit.add_skips(suite, {"POST /upload": "left out: multipart body"})
    junit.write_skipped(tmp_path / "acme-live.xml", "conformance", "acme on live", "set ACME_API_KEY")
    junit.write_failed(tmp_path / "acme-prism.xml", "conformance", "acme on prism", "npm is not on PATH")
    cases = {case.get("name"): case for case in ET.parse(suite).getroot().iter("testcase")}  # noqa: S314
    skipped = cases["POST /upload"].find("skipped")
    assert skipped is not None and skipped.get("message") == "left out: multipart body"
    done = subprocess.run(
        [sys.executable, str(REPO / ".ci" / "summary.py"), str(tmp_path)], capture_output=True, text=True, check=False
    )
    assert done.stdout.splitlines()[-1] == "tests: 1 passed, 1 failed, 2 skipped"
    assert done.returncode == 1  # the broken run fails CI's closing line


def test_summary_survives_json() -> None:
    summary = _summary()
    again = RunSummary.from_json(summary.to_json())
    assert again.to_json() == summary.to_json()


RUNS = Path(__file__).parent / "fixtures" / "conformance_runs"


def _text(fragment: str) -> str:
    """What a reader sees: tags and their attributes (tooltips included) dropped."""
    text = html.unescape(re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", fragment)))
    return re.sub(r" ([:;,.)])", r"\1", text)  # the space a dropped tag left before punctuation


def _dom(chromium: str, page: Path, tmp_path: Path) -> str:
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]  # fmt: skip
    dom = subprocess.run(
        [chromium, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120, check=True
    ).stdout
    shot = tmp_path / "report.png"
    subprocess.run(
        [chromium, *flags, "--window-size=1200,800", f"--screenshot={shot}", page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )  # fmt: skip
    assert shot.stat().st_size > 10_000  # a drawn page, not a blank one
    return dom


@pytest.mark.browser
def test_the_page_of_real_runs_tells_the_truth_in_headless_chromium(tmp_path: Path) -> None:
    """The page from the results files of real runs (mock, Prism, and a live run without credentials),
    as Chromium renders it. The files are copies of `reports/conformance/<target>.json` written by
    `python -m conformance --target T --max-examples 3 eiger kittycad`; rerun those to refresh them."""
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is needed: apt-get install chromium"
    folder = tmp_path / "site"
    folder.mkdir()
    for target in ("mock", "prism", "live"):
        shutil.copy(RUNS / f"{target}.json", folder)
    found = runs.load_all(folder)
    assert [run.target for run in found] == ["mock", "prism", "live"]
    dom = _dom(chromium, report.write(folder, found), tmp_path)
    sections = dict(re.findall(r'<section class="target" id="target-(\w+)".*?>(.*?)</section>', dom, re.S))

    # 1. One page, one section per target, each with its date, vendors and workflow results.
    assert list(sections) == ["mock", "prism", "live"]
    for run in found:
        text = _text(sections[run.target])
        vendors = ", ".join(item.vendor for item in run.vendors)
        assert f"Run started {run.started} (UTC); vendors: {vendors}." in text
    assert "Workflows are not run on mock:" in _text(sections["mock"])
    assert "Workflows are not run on live:" in _text(sections["live"])
    prism_flows = re.findall(
        r'<tr class="workflow" data-vendor="\w+" data-outcome="(\w+)">(.*?)</tr>', sections["prism"], re.S
    )
    assert len(prism_flows) == sum(len(item.workflows) for item in found[1].vendors) > 0

    # 2. One named unit per count, a legend line for each, no bare "passed".
    legend = _text(re.search(r'<ul id="legend">.*?</ul>', dom, re.S).group(0))  # type: ignore[union-attr]
    for unit in ("operations", "checks", "test cases", "workflows"):
        assert f"{unit}: " in legend
    headers = [_text(h).strip() for h in re.findall(r"<th>(.*?)</th>", dom, re.S)]
    counted = [h for h in headers if h not in ("vendor", "workflow", "outcome", "spec sha256", "run result")]
    assert counted and all(h.split()[0] in ("operations", "checks", "test", "workflows", "what") for h in counted), (
        counted
    )
    cells = [_text(c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", dom, re.S)]
    assert "passed" not in cells

    # 3. The malformed-request statement only where such requests were sent.
    assert "got a 4xx" in _text(sections["mock"]) or "not refused with a 4xx" in _text(sections["mock"])
    assert "Malformed requests are not sent on prism:" in _text(sections["prism"])
    assert "got a 4xx" not in _text(sections["prism"])

    # 4. An operation that never got a 2xx is marked in its cells, none green.
    unreached = [
        (run.target, s.vendor, label)
        for run in found
        for s in [v.summary for v in run.vendors if v.summary]
        for label in s.unreached()
    ]
    assert unreached, "the recorded runs hold no operation without a 2xx; rerun them or pick one that has"
    for target, vendor, label in unreached:
        part = sections[target].split(f'id="{vendor}-{target}"', 1)[1]
        row = re.search(rf'<tr><td class="op"[^>]*>{re.escape(html.escape(label))}</td>(.*?)</tr>', part, re.S)
        assert row, label
        assert 'class="passed"' not in row.group(1) and "no 2xx" in _text(row.group(1))

    # 5. Workflows: a typed error proved nothing; the ones Prism's nature leaves unfinished say why.
    for outcome, row in prism_flows:
        text = _text(row)
        if any(name in text for name in ("PollTimeout", "UnexpectedResponse", "TransportError")):
            assert outcome != "proved", text
        if outcome == "proved":
            assert re.search(r"(\d+ calls?, 2xx each|no HTTP call)", text), text
    assert any("Expected on prism:" in _text(row) for outcome, row in prism_flows if outcome == "inconclusive")

    # 6. Skip reasons as text: Prism's disabled checks and the live run without credentials.
    assert "ignored_auth is off on prism: Prism does not check credentials" in _text(sections["prism"])
    live = _text(sections["live"])
    skipped_live = [item for item in found[2].vendors if item.status == "skipped"]
    assert skipped_live
    for item in skipped_live:
        assert f"skipped: {item.detail}" in live


def test_answers_count_successes_per_operation_and_name_the_unreached(tmp_path: Path) -> None:
    def answered(case_id: str, method: str, path: str, status: int, mode: str = "positive") -> str:
        value = {"method": method, "path": path, "meta": {"generation": {"mode": mode}}}
        scenario = {
            "recorder": {
                "label": f"{method} {path}",
                "cases": {case_id: {"value": value}},
                "checks": {},
                "interactions": {case_id: {"request": {}, "response": {"status_code": status}}},
            }
        }
        return json.dumps({"ScenarioFinished": scenario})

    events = tmp_path / "events.ndjson"
    lines = [
        answered("a", "GET", "/things", 200, "negative"),
        answered("b", "GET", "/things", 404),
        answered("c", "POST", "/things", 404),
        answered("d", "POST", "/things", 422),
    ]
    events.write_text("\n".join(lines) + "\n", encoding="utf-8")
    found = answers(events)
    assert (found["GET /things"].answers, found["GET /things"].successes) == (2, 1)
    assert (found["POST /things"].answers, found["POST /things"].successes) == (2, 0)
    assert (found["GET /things"].malformed, found["POST /things"].malformed) == (1, 0)
    summary = _summary()
    summary.answers = found
    # POST /upload was excluded: not "unreached", it never ran.
    assert summary.unreached() == ["POST /things"]
    assert RunSummary.from_json(summary.to_json()).answers["GET /things"].successes == 1
    page = report.render([_run("mock", runs.VendorRun("acme", "failed", "exit 1", summary))])
    assert '<td class="n-unreached">1</td>' in page
    assert "<li>POST /things</li>" in page
    assert "no 2xx" in page
