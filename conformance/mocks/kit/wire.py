"""The URL as sent: a percent-escape that is not UTF-8 is refused before any route reads it.

Servers decode such escapes to U+FFFD and carry on, so a mock would look up, filter by or store a
value the client never sent. No value of any of the specs is text that is not UTF-8.
"""

from __future__ import annotations

from urllib.parse import unquote_to_bytes

from starlette.requests import Request
from starlette.types import ASGIApp, Receive, Scope, Send

from .problems import ErrorShape, Problem


def _utf8(raw: bytes) -> bool:
    try:
        unquote_to_bytes(raw).decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def url_problem(scope: Scope) -> Problem | None:
    """What is not UTF-8 in the request's raw path or query string, if anything."""
    raw_path = scope.get("raw_path")
    if isinstance(raw_path, bytes) and not _utf8(raw_path):
        return Problem("escape", "the path holds a percent-escape that is not UTF-8", ("path",))
    for pair in bytes(scope.get("query_string", b"")).split(b"&"):
        name, _, value = pair.replace(b"+", b" ").partition(b"=")
        if not (_utf8(name) and _utf8(value)):
            label = unquote_to_bytes(name).decode("utf-8", "replace")
            message = f"query parameter {label!r} holds a percent-escape that is not UTF-8"
            return Problem("escape", message, ("query", label))
    return None


class RequireUtf8:
    """ASGI middleware: answer a path or query string that is not UTF-8 with the vendor's error."""

    def __init__(self, app: ASGIApp, shape: ErrorShape) -> None:
        self.app = app
        self.shape = shape

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        problem = url_problem(scope) if scope["type"] == "http" else None
        if problem is None:
            await self.app(scope, receive, send)
            return
        response = self.shape(Request(scope, receive), problem)
        await response(scope, receive, send)
