"""`python -m conformance.mocks VENDOR`: the mock a person starts by hand, and the exports it prints.

Each runs as a person runs it, in a process of its own: the printed `export` lines alone must point
the vendor's entry client at the mock, and Ctrl-C must end it cleanly.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from codegen.markdown import section_fences
from conformance.plugins import mock_for
from conformance.wheels import SMOKE
from registry.vendors import REPO_ROOT, Vendor, load_vendors

VENDORS = list(load_vendors().values())
_LAST_LINE = "Serving until Ctrl-C."


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "conformance.mocks", *args]


@contextmanager
def _running(*args: str) -> Iterator[tuple[subprocess.Popen[str], list[str]]]:
    """The command started, and what it printed up to the line saying it serves."""
    process = subprocess.Popen(_command(*args), cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    try:
        printed: list[str] = []
        while (line := process.stdout.readline()) and line.rstrip("\n") != _LAST_LINE:
            printed.append(line.rstrip("\n"))
        assert line, f"the command ended before serving: {printed}"
        yield process, printed
    finally:
        if process.poll() is None:
            process.kill()
        process.wait(10)
        process.stdout.close()


def _exports(printed: list[str]) -> dict[str, str]:
    """The variables of the `export NAME=VALUE` lines, as a shell would read them."""
    pairs = [shlex.split(line.removeprefix("export "))[0] for line in printed if line.startswith("export ")]
    return dict(pair.split("=", 1) for pair in pairs)


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_the_printed_exports_alone_point_the_client_at_the_mock(vendor: Vendor) -> None:
    mock = mock_for(vendor.key)
    with _running(vendor.key) as (process, printed):
        exported = _exports(printed)
        base_url = exported.get(vendor.env_var("base_url"), "")
        assert exported == {**mock.credentials, **mock.example_env, vendor.env_var("base_url"): base_url}
        assert base_url.startswith("http://127.0.0.1:") and base_url.endswith(vendor.base_path)
        assert printed[0].startswith(f"{vendor.title} mock at {base_url} ")
        # Nothing of this machine's own settings for the vendor: only what was printed.
        environ = {name: value for name, value in os.environ.items() if not any(
            name in names for names in [*vendor.env.values(), *vendor.optional_env.values()])}  # fmt: skip
        record = {"module": vendor.module, "client": vendor.client, "env": dict(vendor.env)}
        called = subprocess.run(
            [sys.executable, "-c", SMOKE, json.dumps(record)],
            env={**environ, **exported},
            capture_output=True,
            text=True,
            check=False,
        )
        assert called.returncode == 0, called.stderr
        assert called.stdout.endswith("from the mock\n")
        process.send_signal(signal.SIGINT)  # Ctrl-C
        assert process.wait(10) == 0


def test_ctrl_c_stops_a_mock_started_as_a_background_job() -> None:
    # A background job (`cmd &`) starts with SIGINT ignored; exec keeps that, as the shell's does.
    ignoring = (
        "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_IGN); os.execv(sys.argv[1], sys.argv[1:])"
    )
    command = [sys.executable, "-c", ignoring, *_command("kaedim")]
    process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    try:
        while (line := process.stdout.readline()) and line.rstrip("\n") != _LAST_LINE:
            pass
        assert line, "the command ended before serving"
        process.send_signal(signal.SIGINT)
        assert process.wait(10) == 0
    finally:
        if process.poll() is None:
            process.kill()
            process.wait(10)
        process.stdout.close()


def test_an_unknown_vendor_is_named_with_the_known_ones() -> None:
    done = subprocess.run(_command("acme"), cwd=REPO_ROOT, capture_output=True, text=True, check=False)
    assert done.returncode == 2
    assert f"unknown vendor acme; known: {', '.join(vendor.key for vendor in VENDORS)}" in done.stderr


def test_a_port_in_use_is_named() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            _command("eiger", "--port", str(port)), cwd=REPO_ROOT, capture_output=True, text=True, check=False
        )
    assert done.returncode == 2
    assert f"cannot listen on 127.0.0.1:{port}" in done.stderr


def test_the_readme_shows_what_the_command_prints() -> None:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    (shown,) = [fence for fence in section_fences(readme, "Trying it against a mock") if fence.language == "text"]
    lines = shown.code.splitlines()
    (command,) = [line for line in lines if line.startswith("nox > python -m conformance.mocks ")]
    shown_run = re.fullmatch(r"nox > python -m conformance.mocks (\w+) --port (\d+)", command)
    assert shown_run is not None, command
    vendor, port = shown_run.groups()
    output = lines[lines.index(command) + 1 :]
    with _running(vendor) as (_, printed):
        match = re.search(r"127\.0\.0\.1:(\d+)", printed[0])
        assert match is not None
        # The same lines but for the port (a fixed one could be taken on this machine).
        assert [line.replace(f":{match[1]}", f":{port}") for line in printed] + [_LAST_LINE] == output
