"""Serve an ASGI app over real loopback HTTP for tests (vendor-agnostic)."""

from __future__ import annotations

import asyncio
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import uvicorn

_STARTUP_TIMEOUT = 10.0


class _Server(uvicorn.Server):
    # Signal handlers can only be installed on the main thread; the server runs in a worker.
    def install_signal_handlers(self) -> None:
        return None


@contextmanager
def serve(app: Any, *, host: str = "127.0.0.1", port: int = 0, tls: tuple[str, str] | None = None) -> Iterator[str]:
    """Run ``app`` with uvicorn on ``port`` (0: an ephemeral one); yield its base URL. ``tls``: the
    server's certificate chain and key files (PEM), to serve https."""
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on connections accepted from such a socket;
    # without it every small answer waits ~40 ms for a delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    # Binding here (port 0) lets us know the port before uvicorn starts, with no race.
    sock.bind((host, port))
    port = sock.getsockname()[1]
    certificate, key = tls if tls is not None else (None, None)
    config = uvicorn.Config(
        app, log_level="warning", lifespan="off", access_log=False, ssl_certfile=certificate, ssl_keyfile=key
    )
    server = _Server(config)
    errors: list[BaseException] = []

    def run() -> None:
        try:
            asyncio.run(server.serve(sockets=[sock]))
        except BaseException as exc:  # surfaced to the caller below
            errors.append(exc)

    thread = threading.Thread(target=run, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + _STARTUP_TIMEOUT
    while not server.started:
        if errors or not thread.is_alive():
            sock.close()
            raise RuntimeError("server failed to start") from (errors[0] if errors else None)
        if time.monotonic() > deadline:
            server.should_exit = True
            thread.join(_STARTUP_TIMEOUT)
            sock.close()
            raise RuntimeError("server did not start in time")
        time.sleep(0.01)
    try:
        yield f"{'https' if tls else 'http'}://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(_STARTUP_TIMEOUT)
        sock.close()
