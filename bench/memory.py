"""Peak memory moving a 1 GiB file through fabapi, measured in a fresh process (its peak RSS).

The server (on loopback, in this process) drains uploads and streams downloads in 1 MiB chunks;
the client runs in a subprocess that reports its peak resident set size before and after the
transfer, so the server's own memory never counts.
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
FILE_CONVERSION = json.dumps(
    {
        "id": "00000000-0000-4000-8000-000000000001",
        "status": "Completed",
        "output": "c29saWQ=",
        "src_format": "stl",
        "output_format": "obj",
    }
).encode()

CLIENT = """
import json, resource, sys
from pathlib import Path
from fabapi_core import download
from fabapi_kittycad import KittyCAD
import httpx

def peak_mib():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

origin, source, mode = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
with KittyCAD("bench", base_url=origin) as kc, httpx.Client() as http:
    kc.meta.ping()  # everything imported and connected before the baseline
    before = peak_mib()
    if mode == "upload":
        kc.convert_file(source, to="obj")
    else:
        download(http, origin + "/download", source.with_name("downloaded.bin"))
    print(json.dumps({"before": before, "after": peak_mib()}))
"""


async def _app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    more = True
    while more:  # drain whatever is sent, keeping none of it
        message = await receive()
        more = message.get("more_body", False)
    if scope["path"] == "/download":
        await send({"type": "http.response.start", "status": 200,
                    "headers": [(b"content-length", str(SIZE).encode())]})  # fmt: skip
        chunk = b"\0" * CHUNK
        for _ in range(SIZE // CHUNK - 1):
            await send({"type": "http.response.body", "body": chunk, "more_body": True})
        await send({"type": "http.response.body", "body": chunk})
        return
    body = FILE_CONVERSION if scope["method"] == "POST" else b'{"message": "pong"}'
    status = 201 if scope["method"] == "POST" else 200
    await send({"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": body})


def _peak(origin: str, source: Path, mode: str) -> tuple[float, float]:
    done = subprocess.run(
        [sys.executable, "-c", CLIENT, origin, str(source), mode], check=True, capture_output=True, text=True
    )
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    return float(figures["before"]), float(figures["after"])


def memory() -> list[Row]:
    rows = []
    with tempfile.TemporaryDirectory(prefix="fabapi-bench-") as tmp, serve(_app) as origin:
        source = Path(tmp) / "part.stl"
        with source.open("wb") as sparse:
            sparse.truncate(SIZE)  # 1 GiB of zeros, without writing them to disk
        for mode in ("upload", "download"):
            before, after = _peak(origin, source, mode)
            rows.append(
                Row(
                    f"peak memory, 1 GiB {mode} above baseline",
                    f"{before:.0f} MiB -> {after:.0f} MiB peak RSS",
                    after - before,
                    64,
                    unit=" MiB",
                )
            )
    return rows
