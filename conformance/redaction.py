"""Masking credentials in everything a conformance run shows or writes, with the clients' own rules.

A failing check prints the response body verbatim, to the terminal and into the JUnit file: the
target's credentials echoed back, a JWT or refresh token it just issued. Live runs above all must
not publish them. The rules are fabapi_core's (`Redactor`): the target's credentials (the mock's
`CREDENTIALS` or the live ones from the environment), every string under a credential name, JWTs,
and what follows `Bearer`/`Basic`/`Token`. A `Redactor` remembers what it found, so a refresh token
seen under its name once is masked wherever it shows later in the run.
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import IO
from xml.etree import ElementTree as ET

import defusedxml.ElementTree as SafeET
from fabapi_core import Redactor

from conformance.results import CheckTally, RunSummary
from conformance.workflows import WorkflowResult


def redactor_for(credentials: Mapping[str, str]) -> Redactor:
    """A redactor that knows the target's credentials (variable name -> value)."""
    return Redactor(value for value in credentials.values() if value)


def run_redacted(
    command: Sequence[str],
    *,
    env: Mapping[str, str] | None,
    cwd: Path,
    redactor: Redactor,
    out: IO[str] | None = None,
) -> int:
    """Run `command` with its stdout and stderr piped through `redactor` to `out`, line by line as
    they come; answers its exit code.

    One pipe for both, so lines keep the order the child wrote them in: a secret one line names is
    known before a later line shows it bare. The child is told not to buffer (PYTHONUNBUFFERED), so
    a long run stays live.
    """
    out = out if out is not None else sys.stdout
    child_env = {**(os.environ if env is None else env), "PYTHONUNBUFFERED": "1"}
    with subprocess.Popen(
        list(command),
        env=child_env,
        cwd=cwd,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        stdin=subprocess.DEVNULL,
        text=True,
        encoding="utf-8",
        errors="replace",
        bufsize=1,
    ) as process:
        if process.stdout is None:
            raise RuntimeError("subprocess.PIPE gave no pipe")
        for line in process.stdout:
            out.write(redactor(line))
            out.flush()
        return process.wait()


def redact_junit(path: Path, redactor: Redactor) -> None:
    """Rewrite a JUnit file with every text and attribute masked.

    Parsed with defusedxml (the file holds what a server sent), written with ElementTree. Every text
    is read before any is masked, so a secret named late in the file is masked where it showed first.
    """
    tree = SafeET.parse(path)
    elements = list(tree.iter())
    for element in elements:
        for text in (element.text, element.tail, *element.attrib.values()):
            if text:
                redactor.learn_text(text)
    for element in elements:
        if element.text:
            element.text = redactor(element.text)
        if element.tail:
            element.tail = redactor(element.tail)
        for key, value in element.attrib.items():
            element.set(key, redactor(value))
    ET.ElementTree(tree.getroot()).write(path, encoding="utf-8", xml_declaration=True)


def redact_summary(summary: RunSummary, redactor: Redactor) -> RunSummary:
    """The summary with its failure texts (server answers quoted by schemathesis) masked."""
    checks = {
        label: {
            name: CheckTally(tally.passed, tally.failed, [redactor(text) for text in tally.failures])
            for name, tally in per.items()
        }
        for label, per in summary.checks.items()
    }
    return dataclasses.replace(summary, checks=checks)


def redact_results(results: Iterable[WorkflowResult], redactor: Redactor) -> list[WorkflowResult]:
    """Workflow results with their details (tracebacks, error messages, values) masked."""
    return [dataclasses.replace(result, detail=redactor(result.detail)) for result in results]
