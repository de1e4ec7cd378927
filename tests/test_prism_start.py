"""Prism's start (`conformance.prism.serve`): ready only when Prism itself listens on the port it was given.

The port is free when chosen and Prism binds it a moment later; a mock of a conformance run beside this
one may take it first. Prism then exits (address in use): that is an error, never a run against the mock.
A stand-in for the Prism binary (a small Python script) plays both ends; the real Prism is the prism
target's (`nox -s conformance -- --target prism`), which needs npm, as the suite does not.
"""

from __future__ import annotations

import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conformance import prism
from conformance.serving import serve


async def _other_server(scope: dict[str, object], receive: object, send: object) -> None:
    assert scope["type"] in ("http", "lifespan")


def _stand_in(tmp_path: Path, body: str) -> Path:
    """An executable taking Prism's arguments (`mock SPEC -p PORT -h HOST`) and running `body`."""
    script = tmp_path / "prism"
    script.write_text(f"#!{sys.executable}\nimport sys, time\nport = sys.argv[4]\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


@pytest.fixture
def taken_port(monkeypatch: pytest.MonkeyPatch) -> Iterator[int]:
    """A port another loopback server holds, handed to `serve` as if it were free."""
    with serve(_other_server) as origin:
        port = int(origin.rsplit(":", 1)[1])
        monkeypatch.setattr(prism, "_free_port", lambda: port)
        yield port


def test_a_port_taken_by_another_server_is_an_error_not_a_run_against_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, taken_port: int
) -> None:
    # As Prism does when the port is taken: a moment of start-up, then the error and exit 1.
    binary = _stand_in(
        tmp_path, "time.sleep(1)\nprint(f'Error: listen EADDRINUSE: address already in use :{port}')\nsys.exit(1)"
    )
    monkeypatch.setattr(prism, "install", lambda: binary)
    with pytest.raises(prism.PrismUnavailable, match=r"exited with 1:\n.*EADDRINUSE"):
        with prism.serve(tmp_path / "openapi.yaml", timeout=30):
            pytest.fail(f"a server on port {taken_port} that is not Prism passed for Prism")


def test_prism_is_ready_once_it_says_it_listens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prism, "_free_port", lambda: 4999)
    said = "print(f'[CLI] start     Prism is listening on http://127.0.0.1:{port}', flush=True)\ntime.sleep(60)"
    monkeypatch.setattr(prism, "install", lambda: _stand_in(tmp_path, said))
    with prism.serve(tmp_path / "openapi.yaml", timeout=30) as origin:
        assert origin == "http://127.0.0.1:4999"


def test_prism_that_never_says_it_listens_is_named_with_its_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        prism, "install", lambda: _stand_in(tmp_path, "print('still loading', flush=True)\ntime.sleep(60)")
    )
    with pytest.raises(
        prism.PrismUnavailable, match=r"did not listen on http://127\.0\.0\.1:\d+ within 1\.0s:\nstill loading"
    ):
        with prism.serve(tmp_path / "openapi.yaml", timeout=1.0):
            pass
