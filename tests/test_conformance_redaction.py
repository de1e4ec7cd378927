"""Conformance reports keep no credential: schemathesis' stream, its JUnit XML, the workflows' JUnit,
the summary JSON and the HTML page are masked with the clients' rules."""

from __future__ import annotations

import io
import sys
import textwrap
from pathlib import Path
from xml.etree import ElementTree as ET

import defusedxml.ElementTree as SafeET
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

from conformance import redaction, report, runner, runs, workflows
from conformance.results import CheckTally, RunSummary
from conformance.serving import serve
from conformance.workflows import WorkflowResult

API_KEY = "listed-api-key-0042"
# Issued by the server: no list holds them.
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJlY2hvIn0.ZWNoby1zaWduYXR1cmU"
REFRESH = "issued-refresh-0123456789"
SECRETS = (API_KEY, JWT, REFRESH)

# What a failing check looks like in schemathesis' output and JUnit file.
FAILURE = textwrap.dedent(
    f"""\
    1. Test Case ID: Vn31Fo

    - ST101 Server error

    [500] Internal Server Error:

        `{{"echo":"{API_KEY}","jwt":"{JWT}","refresh_token":"{REFRESH}"}}`

    Reproduce with:

        curl -X POST -H 'X-API-Key: {API_KEY}' -H 'refresh-token: {REFRESH}' http://127.0.0.1:1/registerHook
    """
)


def _hidden(text: str) -> None:
    for secret in SECRETS:
        assert secret not in text, secret


def test_junit_files_are_rewritten_masked_and_still_junit(tmp_path: Path) -> None:
    junit = tmp_path / "acme-mock.xml"
    suite = ET.Element("testsuite", name="schemathesis", tests="2", failures="1")
    ET.SubElement(suite, "testcase", name="GET /ok")
    case = ET.SubElement(suite, "testcase", name=f"POST /registerHook?token={API_KEY}")
    ET.SubElement(case, "failure", message=f"ST101 {JWT}").text = FAILURE
    ET.ElementTree(suite).write(junit, encoding="utf-8", xml_declaration=True)

    redaction.redact_junit(junit, redaction.redactor_for({"ACME_API_KEY": API_KEY}))
    text = junit.read_text(encoding="utf-8")
    _hidden(text)
    root = SafeET.fromstring(text)
    assert [case.get("name") for case in root.iter("testcase")] == ["GET /ok", "POST /registerHook?token=***"]
    failure = root.find("testcase/failure")
    assert failure is not None and failure.text is not None
    assert "ST101 Server error" in failure.text and "[500] Internal Server Error" in failure.text


def test_a_secret_named_anywhere_in_a_file_is_masked_everywhere_in_it(tmp_path: Path) -> None:
    junit = tmp_path / "acme-mock.xml"
    suite = ET.Element("testsuite")
    # Bare first, named only later: a file is read whole before it is masked.
    ET.SubElement(ET.SubElement(suite, "testcase", name="a"), "failure").text = f"sent {REFRESH} back"
    ET.SubElement(ET.SubElement(suite, "testcase", name="b"), "failure").text = f'{{"refreshToken": "{REFRESH}"}}'
    ET.ElementTree(suite).write(junit, encoding="utf-8", xml_declaration=True)
    redaction.redact_junit(junit, redaction.redactor_for({}))
    _hidden(junit.read_text(encoding="utf-8"))


CHILD = textwrap.dedent(
    """\
    import json, pathlib, sys, time
    flag = pathlib.Path(sys.argv[1])
    print("listed: " + sys.argv[2])
    sys.stdout.flush()
    # The parent has the first line before this one is printed, or the stream is not live.
    for _ in range(1000):
        if flag.exists():
            break
        time.sleep(0.01)
    print("live" if flag.exists() else "not live")
    print(json.dumps({"refresh_token": sys.argv[3], "jwt": sys.argv[4]}))
    print("again " + sys.argv[3], file=sys.stderr)
    sys.exit(3)
    """
)


class Flagging(io.StringIO):
    """Our stdout: creates the flag the child waits for once the first line reaches it."""

    def __init__(self, flag: Path) -> None:
        super().__init__()
        self.flag = flag

    def write(self, text: str) -> int:
        if "listed" in text:
            self.flag.touch()
        return super().write(text)


def test_the_stream_is_masked_line_by_line_and_live(tmp_path: Path) -> None:
    flag = tmp_path / "first-line-arrived"
    out = Flagging(flag)
    command = [sys.executable, "-c", CHILD, str(flag), API_KEY, REFRESH, JWT]
    redactor = redaction.redactor_for({"ACME_API_KEY": API_KEY})
    code = redaction.run_redacted(command, env=None, cwd=tmp_path, redactor=redactor, out=out)
    assert code == 3
    lines = out.getvalue().splitlines()
    assert lines[:2] == ["listed: ***", "live"]
    # stderr comes through the same pipe, in order: the refresh token named a line before is known.
    assert lines[-1] == "again ***"
    _hidden(out.getvalue())


def test_summary_failures_and_the_page_are_masked() -> None:
    summary = RunSummary(
        vendor="acme",
        target="live",
        spec="specs/acme/openapi.yaml",
        spec_sha256="ab" * 32,
        exit_code=1,
        operations={"POST /registerHook": "registerHook"},
        excluded={},
        disabled={},
        disabled_per_operation={},
        checks={"POST /registerHook": {"not_a_server_error": CheckTally(0, 1, [FAILURE])}},
    )
    masked = redaction.redact_summary(summary, redaction.redactor_for({"ACME_API_KEY": API_KEY}))
    _hidden(masked.to_json())
    assert masked.checks["POST /registerHook"]["not_a_server_error"].failed == 1
    # The page masks by name and shape even given a summary written before (no list of secrets there).
    run = runs.TargetRun("live", "2026-01-01T00:00:00+00:00", [], None, "not here")
    run.vendors += [
        runs.VendorRun("acme", "failed", "exit 1", summary),
        runs.VendorRun("other", "skipped", f"fixtures: {JWT}"),
    ]
    page = report.render([run])
    assert JWT not in page and REFRESH not in page


def test_workflow_results_are_masked_before_they_are_printed_or_written(tmp_path: Path) -> None:
    results = [
        WorkflowResult("acme", "register", "failed", f"Traceback ...\nKeyError: {{'jwt': '{JWT}'}} {API_KEY}", 0.1),
        WorkflowResult("acme", "list", "inconclusive", f"AuthenticationError: refresh_token={REFRESH}", 0.1),
    ]
    masked = redaction.redact_results(results, redaction.redactor_for({"ACME_API_KEY": API_KEY}))
    path = workflows.write_junit(masked, tmp_path / "acme-prism-workflows.xml")
    _hidden(path.read_text(encoding="utf-8"))
    assert [result.outcome for result in masked] == ["failed", "inconclusive"]


SPEC = textwrap.dedent(
    """\
    openapi: 3.0.3
    info: {title: echo, version: "1"}
    paths:
      /registerHook:
        get:
          operationId: registerHook
          security: [{apiKey: []}]
          responses:
            '200':
              description: ok
              content:
                application/json:
                  schema: {type: object, properties: {ok: {type: boolean}}}
    components:
      securitySchemes:
        apiKey: {type: apiKey, in: header, name: X-API-Key}
    """
)


def _echoing_app() -> FastAPI:
    """A server that fails a check and echoes the credential it was sent, plus a JWT and refresh token it issues."""
    app = FastAPI()

    @app.get("/registerHook")
    def register(request: Request) -> JSONResponse:
        body = {"echo": request.headers.get("x-api-key"), "jwt": JWT, "refresh_token": REFRESH}
        return JSONResponse(body, status_code=500)

    return app


def test_schemathesis_run_end_to_end_leaves_no_credential(tmp_path: Path) -> None:
    spec = tmp_path / "openapi.yaml"
    spec.write_text(SPEC, encoding="utf-8")
    config = tmp_path / "schemathesis.toml"
    config.write_text('[auth.openapi.apiKey]\napi_key = "${ACME_API_KEY}"\n', encoding="utf-8")
    junit = tmp_path / "acme-mock.xml"
    out = io.StringIO()
    with serve(_echoing_app()) as origin:
        command = [
            str(Path(sys.executable).parent / "schemathesis"),
            "--config-file", str(config),
            "run", str(spec),
            "--url", origin,
            "--phases", "fuzzing",
            "--max-examples", "2",
            "--workers", "1",
            "--generation-database", "none",
            "--report", "junit",
            "--report-junit-path", str(junit),
            "--no-color",
        ]  # fmt: skip
        credentials = {"ACME_API_KEY": API_KEY}
        code = runner.run_schemathesis(command, credentials=credentials, env={}, cwd=tmp_path, junit=junit, out=out)
    assert code != 0, "the check was meant to fail"
    shown = out.getvalue()
    assert "ST101" in shown or "Server error" in shown
    _hidden(shown)
    _hidden(junit.read_text(encoding="utf-8"))
    # Masked, not dropped: the failure still says what came back.
    assert '"jwt":"***","refresh_token":"***"' in junit.read_text(encoding="utf-8")
