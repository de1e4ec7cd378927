"""Plug a vendor's error shape into a mock: the kit's refusals answered in it."""

from __future__ import annotations

from fastapi import FastAPI
from starlette.requests import Request
from starlette.responses import Response

from .problems import ErrorShape, Invalid, InvalidShape, Malformed
from .wire import RequireUtf8


def install(app: FastAPI, shape: ErrorShape, invalid: InvalidShape | None = None) -> None:
    """Answer `Malformed` (from `read_json`) and undecodable URLs in `shape`, `Invalid` in `invalid`.

    `invalid` is for mocks that check requests against their spec (`operations.route`).

    Call it before adding the mock's own gate (authentication, unknown paths): middleware added
    later runs first, so a request without credentials still gets the vendor's 401 first.

    Nothing else is caught here on purpose: an exception no reader turned into a `Malformed` is a
    mock bug, and stays a 500 that a test (where ASGI transports re-raise it) and schemathesis'
    `not_a_server_error` check both see.
    """

    async def on_malformed(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, Malformed)
        return shape(request, exc.problem)

    app.add_exception_handler(Malformed, on_malformed)
    if invalid is not None:
        answer_invalid = invalid

        async def on_invalid(request: Request, exc: Exception) -> Response:
            assert isinstance(exc, Invalid)
            return answer_invalid(request, exc)

        app.add_exception_handler(Invalid, on_invalid)
    app.add_middleware(RequireUtf8, shape=shape)
