"""`python -m bench.mock_server`: the KittyCAD mock on loopback, in a process of its own.

It prints its origin on one line, then serves until its standard input is closed. In its own process
the mock does not take turns with the client on one interpreter lock, so the client's cost shows.

The listening socket is made here with IPPROTO_TCP, not through `conformance.serving.serve`: asyncio
sets TCP_NODELAY only on connections accepted from a socket whose protocol is IPPROTO_TCP, and the
socket `serve` binds has protocol 0, so each small answer there waits ~40 ms for a delayed ACK: a wait
of the network stack, not a cost of the client being measured.
"""

from __future__ import annotations

import socket
import sys
import threading

import uvicorn

from conformance.mocks.kittycad import create_app


def main() -> int:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(create_app(), log_level="warning", lifespan="off", access_log=False))

    def announce_then_wait() -> None:
        while not server.started and not server.should_exit:
            threading.Event().wait(0.01)
        print(f"http://127.0.0.1:{sock.getsockname()[1]}", flush=True)
        sys.stdin.read()  # returns when the parent closes the pipe (or exits)
        server.should_exit = True

    threading.Thread(target=announce_then_wait, daemon=True).start()
    server.run(sockets=[sock])
    return 0


if __name__ == "__main__":
    sys.exit(main())
