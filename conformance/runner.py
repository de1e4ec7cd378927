"""Run schemathesis against one vendor on one target and write JUnit XML.

mock  — the vendor's stateful mock from `conformance/mocks/<vendor>/`, served on loopback.
prism — Prism (npm) serving the curated spec: an independent mock nobody here wrote.
live  — the vendor's real API, credentials from the environment; read-only
        operations only unless allowed by name, never `x-fabapi-unsafe` ones.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import sys
import tempfile
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from fabapi_core import Redactor, redact_url

from conformance import config, fixtures, junit, prism, redaction, workflows
from conformance.auth import live_base_url, live_credentials
from conformance.plugins import plugins_for
from conformance.results import RunSummary, answers, tally
from conformance.serving import serve
from conformance.targets import Target
from conformance.workflows import WorkflowResult
from registry.documents import load_document
from registry.vendors import REPO_ROOT, Vendor

REPORTS = REPO_ROOT / "reports" / "conformance"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


@dataclass(frozen=True)
class Outcome:
    vendor: str
    target: str
    status: str  # passed | failed | skipped
    detail: str
    junit: Path | None
    summary: RunSummary | None = None  # masked
    workflows: tuple[WorkflowResult, ...] = ()  # masked


def _operations(spec: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for path, item in spec.get("paths", {}).items():
        for method, operation in item.items():
            if isinstance(operation, Mapping) and "operationId" in operation:
                yield method.upper(), path, operation


def _body_types(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> set[str]:
    body = operation.get("requestBody") or {}
    ref = body.get("$ref")
    if isinstance(ref, str):
        body = spec["components"]["requestBodies"][ref.rsplit("/", 1)[-1]]
    return set(body.get("content", {}))


def operation_checks(vendor: Vendor) -> dict[tuple[str, str], str]:
    """(operationId, check) -> reason: checks the API's documented behaviour rightly fails."""
    return dict(plugins_for(vendor.key).disabled_checks)


def exclusions(spec: Mapping[str, Any], target: Target, allow: frozenset[str]) -> dict[str, str]:
    """operationId -> why the operation is left out on this target."""
    excluded: dict[str, str] = {}
    for method, _path, operation in _operations(spec):
        op_id = str(operation["operationId"])
        if target.skip_multipart and "multipart/form-data" in _body_types(spec, operation):
            excluded[op_id] = f"multipart body: {target.skip_multipart}"
        elif operation.get("x-fabapi-unsafe") and target.real:
            # Unsafe operations never run against anything real, allow-list or not.
            excluded[op_id] = "x-fabapi-unsafe: never called on a real server"
        elif target.read_only and method not in SAFE_METHODS and op_id not in allow:
            excluded[op_id] = f"{method} is not read-only; name it with --allow to run it"
    return excluded


def _filters(spec: Mapping[str, Any], target: Target, allow: frozenset[str]) -> list[str]:
    args: list[str] = []
    for check in sorted(target.disabled_checks):
        args += ["--exclude-checks", check]
    for op_id in exclusions(spec, target, allow):
        args += ["--exclude-operation-id", op_id]
    return args


def _summary(
    vendor: Vendor, target: Target, spec_path: Path, spec: Mapping[str, Any], allow: frozenset[str], exit_code: int,
    ndjson: Path,
) -> RunSummary:  # fmt: skip
    per_operation: dict[str, dict[str, str]] = {}
    for (operation_id, check), reason in operation_checks(vendor).items():
        per_operation.setdefault(operation_id, {})[check] = reason
    return RunSummary(
        vendor=vendor.key,
        target=target.name,
        spec=spec_path.relative_to(REPO_ROOT).as_posix(),
        spec_sha256=hashlib.sha256(spec_path.read_bytes()).hexdigest(),
        exit_code=exit_code,
        operations={f"{method} {path}": str(op["operationId"]) for method, path, op in _operations(spec)},
        excluded=exclusions(spec, target, allow),
        disabled=dict(target.disabled_checks),
        disabled_per_operation=per_operation,
        checks=tally(ndjson) if ndjson.exists() else {},
        answers=answers(ndjson) if ndjson.exists() else {},
    )


@contextlib.contextmanager
def _server(vendor: Vendor, spec_path: Path, target: Target) -> Iterator[tuple[str, dict[str, str]]]:
    """Yield the base URL to test and the environment holding the credentials."""
    if target.name == "mock":
        mock = plugins_for(vendor.key)
        with serve(mock.create_app()) as origin:
            yield origin + vendor.base_path, dict(mock.credentials)
    elif target.name == "prism":
        with prism.serve(spec_path) as origin:
            yield origin, dict(plugins_for(vendor.key).credentials)
    else:
        credentials = live_credentials(vendor, os.environ)
        yield live_base_url(vendor, os.environ), credentials


def run(
    vendor: Vendor,
    target: Target,
    *,
    allow: frozenset[str] = frozenset(),
    max_examples: int | None = None,
    seed: int = 1,
) -> Outcome:
    spec_path = vendor.spec_dir() / "openapi.yaml"
    spec = load_document(spec_path)
    REPORTS.mkdir(parents=True, exist_ok=True)
    junit_path = REPORTS / f"{vendor.key}-{target.name}.xml"
    with tempfile.TemporaryDirectory(prefix="fabapi-conformance-") as tmp:
        ndjson = Path(tmp) / "events.ndjson"
        config_path = Path(tmp) / "schemathesis.toml"
        disabled = operation_checks(vendor)
        for (operation_id, check), reason in sorted(disabled.items()):
            print(f"{vendor.key}: check {check} is off for {operation_id}: {reason}")
        hooks = _hooks(vendor, target)
        with _server(vendor, spec_path, target) as (url, credentials):
            # Everything this run prints or writes from here on passes through it.
            redactor = redaction.redactor_for(credentials)
            # Only a mock gets fixtures: Prism keeps no state, and nothing is created on a live API.
            made = fixtures.Fixtures()
            try:
                if target.name == "mock":
                    made = plugins_for(vendor.key).fixtures(url, credentials)
                known = fixtures.settings(made, (str(op["operationId"]) for _, _, op in _operations(spec)))
            except fixtures.FixtureError as error:
                return Outcome(vendor.key, target.name, "failed", redactor(f"{vendor.key} fixtures: {error}"), None)
            for line in fixtures.describe(made):
                print(redactor(f"{vendor.key}: {line}"))
            settings = config.build(vendor, spec, target, fixtures=known, disabled=disabled, hooks=bool(hooks))
            config.write(config_path, settings)
            command = [
                str(Path(sys.executable).parent / "schemathesis"),
                "--config-file", str(config_path),
                "run", str(spec_path),
                "--url", url,
                "--mode", target.mode,
                "--phases", ",".join(target.phases),
                "--max-examples", str(max_examples or target.max_examples),
                "--seed", str(seed),
                "--workers", "1",
                "--generation-database", "none",
                "--report", "junit,ndjson",
                "--report-ndjson-path", str(ndjson),
                "--report-dir", tmp,
                "--report-junit-path", str(junit_path),
                "--no-color",
                *_filters(spec, target, allow),
            ]  # fmt: skip
            shown_url = redactor(redact_url(url))
            print(f"$ schemathesis run {spec_path.relative_to(REPO_ROOT)} --url {shown_url} ...", flush=True)
            returncode = _run_schemathesis(command, redactor, env={**hooks}, credentials=credentials, cwd=Path(tmp))
            _redact_junit(junit_path, redactor)
            ran = _workflows(vendor, target, url, credentials, redactor)
        summary = redaction.redact_summary(
            _summary(vendor, target, spec_path, spec, allow, returncode, ndjson), redactor
        )
    labels = {op_id: label for label, op_id in summary.operations.items()}
    junit.add_skips(junit_path, {labels[op_id]: f"left out: {why}" for op_id, why in summary.excluded.items()})
    broken = [result.name for result in ran if result.failed]
    status = "passed" if returncode == 0 and not broken else "failed"
    detail = f"schemathesis exit {returncode}" + (f"; workflows broken: {', '.join(broken)}" if broken else "")
    return Outcome(vendor.key, target.name, status, detail, junit_path, summary, tuple(ran))


def run_schemathesis(
    command: list[str],
    *,
    credentials: Mapping[str, str],
    env: Mapping[str, str],
    cwd: Path,
    junit: Path,
    out: IO[str] | None = None,
) -> int:
    """Run schemathesis with `credentials` in its environment, its output (stdout and stderr, to
    `out`) masked live, then its JUnit file masked; answers its exit code. Nothing it prints or
    writes keeps a credential."""
    redactor = redaction.redactor_for(credentials)
    returncode = _run_schemathesis(command, redactor, env=env, credentials=credentials, cwd=cwd, out=out)
    _redact_junit(junit, redactor)
    return returncode


def _run_schemathesis(
    command: list[str],
    redactor: Redactor,
    *,
    env: Mapping[str, str],
    credentials: Mapping[str, str],
    cwd: Path,
    out: IO[str] | None = None,
) -> int:
    full_env = {**os.environ, **credentials, **env}
    return redaction.run_redacted(command, env=full_env, cwd=cwd, redactor=redactor, out=out)


def _redact_junit(junit: Path, redactor: Redactor) -> None:
    # schemathesis may stop before writing it (a bad config): then there is nothing to mask.
    if junit.is_file():
        redaction.redact_junit(junit, redactor)


def _hooks(vendor: Vendor, target: Target) -> dict[str, str]:
    """The environment that loads the vendor's hooks module into schemathesis, on a mock.

    Only a mock: Prism checks no credentials, and on a live API a rotated JWT would end the
    account's own sessions.
    """
    hooks = plugins_for(vendor.key).hooks
    if target.name != "mock" or hooks is None:
        return {}
    path = os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")]))
    return {"SCHEMATHESIS_HOOKS": hooks, "PYTHONPATH": path}


def _workflows(
    vendor: Vendor, target: Target, url: str, credentials: Mapping[str, str], redactor: Redactor
) -> list[WorkflowResult]:
    """Where the target runs them (Prism), the vendor's workflows through its client; masked."""
    plugins = plugins_for(vendor.key)
    if target.no_workflows is not None or plugins.client is None or not plugins.workflows:
        return []
    ran = workflows.run(plugins.client, plugins.workflows, url, credentials, vendor=vendor.key)
    results = redaction.redact_results(ran, redactor)
    for result in results:
        expected = f" [expected on {target.name}: {result.expected}]" if result.expected else ""
        shown = f"{result.outcome} ({result.detail[:160]}){expected}"
        print(f"{vendor.key} workflow {result.name!r} on {target.name}: {shown}")
        if result.failed:
            print(result.detail)
    workflows.write_junit(results, REPORTS / f"{vendor.key}-{target.name}-workflows.xml")
    return results
