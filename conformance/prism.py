"""Prism from the npm registry: installed from the lockfile beside this module, run as a child process."""

from __future__ import annotations

import contextlib
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent / "prism"
BINARY = HERE / "node_modules" / ".bin" / "prism"


class PrismUnavailable(RuntimeError):
    pass


def install() -> Path:
    """`npm ci` the pinned prism-cli once; the binary's path."""
    if BINARY.exists():
        return BINARY
    npm = shutil.which("npm")
    if npm is None:
        raise PrismUnavailable("npm is not on PATH; Prism is installed from the npm registry with it")
    command = [npm, "ci" if (HERE / "package-lock.json").exists() else "install", "--no-audit", "--no-fund"]
    result = subprocess.run(command, cwd=HERE, capture_output=True, text=True, check=False)
    if result.returncode != 0 or not BINARY.exists():
        raise PrismUnavailable(f"installing Prism failed:\n{result.stderr[-2000:]}")
    return BINARY


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextlib.contextmanager
def serve(spec: Path, *, timeout: float = 60.0) -> Iterator[str]:
    """Run `prism mock` on a loopback port; yield its origin; stop it afterwards.

    Ready when Prism itself says it listens there, not when something answers on the port: the port is
    free when chosen, but another process (a mock of a run beside this one) may bind it before Prism
    does, and must not pass for Prism. Prism then exits (address in use) and that is the error."""
    binary = install()
    port = _free_port()
    # A file, not a pipe: an undrained pipe would stall a chatty Prism.
    log = tempfile.TemporaryFile(mode="w+")
    # The binary, not npx, so the pid we stop is Prism's own.
    process = subprocess.Popen(
        [str(binary), "mock", str(spec), "-p", str(port), "-h", "127.0.0.1"],
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    origin = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            exited = process.poll() is not None
            log.seek(0)
            output = log.read()
            if exited:
                raise PrismUnavailable(f"Prism exited with {process.returncode}:\n{output[-2000:]}")
            if f"Prism is listening on {origin}" in output:
                break
            if time.monotonic() > deadline:
                raise PrismUnavailable(f"Prism did not listen on {origin} within {timeout}s:\n{output[-2000:]}")
            time.sleep(0.25)
        yield origin
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        log.close()
