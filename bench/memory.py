"""Peak memory moving a 1 GiB file through fabapi clients, measured as the peak RSS of a fresh process.

The server (on loopback, in this process) drains uploads and streams downloads in 1 MiB chunks; the
client runs in a subprocess (`bench.memory_client`), so the server's own memory never counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from conformance.serving import serve

from .table import Row

SIZE = 1 << 30
CHUNK = 1 << 20
SMALL = 1 << 10
GOAL_MIB = 64
REPO = Path(__file__).resolve().parents[1]
FILE_CONVERSION = json.dumps(
    {
        "id": "00000000-0000-4000-8000-000000000001",
        "status": "Completed",
        "output": "c29saWQ=",
        "src_format": "stl",
        "output_format": "obj",
    }
).encode()

Scope = dict[str, Any]
Receive = Any
Send = Any


class DrainAndStream:
    """ASGI app: POST bodies are read and dropped (their size kept), GET /v1/file/large streams 1 GiB."""

    def __init__(self) -> None:
        self.largest_body = 0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        received, more = 0, True
        while more:  # nothing of the body is kept
            message = await receive()
            received += len(message.get("body", b""))
            more = message.get("more_body", False)
        self.largest_body = max(self.largest_body, received)
        if scope["method"] == "GET" and scope["path"].startswith("/v1/file/"):
            await self._stream(send, SIZE if scope["path"].endswith("/large") else SMALL)
            return
        await send({"type": "http.response.start", "status": 201, "headers": [(b"content-type", b"application/json")]})
        await send({"type": "http.response.body", "body": FILE_CONVERSION})

    @staticmethod
    async def _stream(send: Send, size: int) -> None:
        headers = [(b"content-type", b"application/octet-stream"), (b"content-length", str(size).encode())]
        await send({"type": "http.response.start", "status": 200, "headers": headers})
        chunk = b"\0" * min(CHUNK, size)
        for sent in range(0, size, len(chunk)):
            await send({"type": "http.response.body", "body": chunk, "more_body": sent + len(chunk) < size})


def _transfer(origin: str, source: Path, mode: str) -> dict[str, Any]:
    done = subprocess.run(
        [sys.executable, "-m", "bench.memory_client", origin, str(source), mode],
        cwd=REPO,
        check=False,
        capture_output=True,
        text=True,
    )
    if done.returncode != 0:
        raise RuntimeError(f"the {mode} subprocess failed:\n{done.stderr[-2000:]}")
    figures: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def memory_row(mode: str, figures: dict[str, Any], moved: int) -> Row:
    before, peak = float(figures["resident_mib"]), float(figures["peak_mib"])
    how = "VmHWM, reset before the transfer" if figures["peak_reset"] else "peak since start: an upper bound"
    measured = f"RSS {before:.0f} MiB -> peak {peak:.0f} MiB ({how}); {moved / (1 << 20):.0f} MiB moved"
    name = f"peak memory above baseline, 1 GiB {mode}"
    if moved != SIZE:  # a transfer that did not happen measures nothing
        return Row(name, f"only {moved} of {SIZE} bytes moved: {measured}", None, GOAL_MIB, unit=" MiB")
    return Row(name, measured, peak - before, GOAL_MIB, unit=" MiB")


def memory() -> list[Row]:
    app = DrainAndStream()
    rows = []
    with tempfile.TemporaryDirectory(prefix="fabapi-bench-") as tmp, serve(app) as origin:
        source = Path(tmp) / "part.stl"
        with source.open("wb") as sparse:
            sparse.truncate(SIZE)  # 1 GiB of zeros, without writing them to disk
        upload = _transfer(origin, source, "upload")
        rows.append(memory_row("upload", upload, app.largest_body))  # what the server received
        download = _transfer(origin, source, "download")
        rows.append(memory_row("download", download, int(download["moved_bytes"])))  # what the client wrote
    return rows
