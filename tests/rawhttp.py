"""A loopback HTTP server that sends exactly the bytes a test scripts, then closes the connection.

For answers no well-behaved server library would send: a body shorter than its Content-Length, a
chunked body cut before its last chunk, a compressed stream cut short, a byte every quarter second.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

# A part of the answer: bytes to send, or seconds to wait before the next part.
Part = bytes | float


def head(status: int = 200, **headers: str) -> bytes:
    lines = [f"HTTP/1.1 {status} X"] + [f"{name.replace('_', '-')}: {value}" for name, value in headers.items()]
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


@contextmanager
def scripted(*answers: Sequence[Part]) -> Iterator[tuple[str, list[bytes]]]:
    """Serve one scripted answer per connection, the last one again for any further connection.

    Yields the base URL and the list of requests received (raw bytes, up to the blank line).
    """
    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    listener.settimeout(0.2)
    received: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        index = 0
        while not stop.is_set():
            try:
                connection, _ = listener.accept()
            except TimeoutError:
                continue
            with connection:
                request = b""
                while b"\r\n\r\n" not in request:
                    chunk = connection.recv(65536)
                    if not chunk:
                        break
                    request += chunk
                received.append(request)
                for part in answers[min(index, len(answers) - 1)]:
                    if isinstance(part, float):
                        time.sleep(part)
                    else:
                        try:
                            connection.sendall(part)
                        except OSError:
                            break
                index += 1

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{listener.getsockname()[1]}", received
    finally:
        stop.set()
        thread.join(5)
        listener.close()
