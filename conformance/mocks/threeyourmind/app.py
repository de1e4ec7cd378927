"""The 3YOURMIND mock as an ASGI app: every operation of the curated spec, checked and answered in one place.

Every path wants `Authorization: Token <token>` (401 without it, unknown paths included); an
unknown path is a 404 and a known one with the wrong method a 405 with `Allow`. A request's
parameters (`params`) and body (`bodies`) are checked against its operation before a handler
sees it; the handler is the operation's own (`calls.HANDLERS`) or the spec-driven `generic`
one, and its answer is checked against the response schema before it is sent. Errors are
3YOURMIND's `{"code", "message", "moreInfo"}`.
"""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable, Mapping
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from .. import kit
from ..routing import allowed_methods
from . import ampi, baskets, bodies, files, generic, offers, orders, profile, quotes, services
from .calls import HANDLERS, Call, Reply
from .errors import METHOD_NOT_ALLOWED, NOT_AUTHENTICATED, NOT_FOUND, ApiError, Json, error_response, malformed
from .params import ParameterSet
from .schemas import check_answer
from .spec import DEFAULT_SPEC_PATH, Operation, load, operations
from .store import Store

# Importing the feature modules registers their handlers.
FEATURES = (ampi, baskets, files, offers, orders, profile, quotes, services)
Endpoint = Callable[[Request], Awaitable[Response]]


def _authorized(header: str | None, token: str) -> bool:
    scheme, _, value = (header or "").partition(" ")
    # Django REST framework's TokenAuthentication reads the keyword case-insensitively.
    return scheme.lower() == "token" and secrets.compare_digest(value.strip().encode(), token.encode())


def _send(operation: Operation, spec: Mapping[str, Any], reply: Reply) -> Response:
    if reply.content is not None:
        return Response(reply.content, reply.status, dict(reply.headers), operation.answer.media_type)
    if operation.answer.media_type is None or reply.status == 204:
        return Response(status_code=204, headers=dict(reply.headers))
    check_answer(spec, operation.answer.schema, reply.data)
    return Json(reply.data, reply.status, dict(reply.headers))


def _endpoint(operation: Operation, spec: Mapping[str, Any]) -> Endpoint:
    parameters = ParameterSet(operation)
    handler = HANDLERS.get(operation.operation_id)

    async def endpoint(request: Request) -> Response:
        path, query = parameters.read(request.path_params, request.query_params)
        parsed = await bodies.read(request, operation.body, spec) if operation.body is not None else None
        call = Call(request.app.state.store, operation, path, query, parsed, request.url)
        reply = handler(call) if handler is not None else generic.answer(call, spec)
        return _send(operation, spec, reply)

    return endpoint


def create_app(store: Store | None = None, *, spec_path: Path | None = None) -> FastAPI:
    """Build the mock. Pass a `store` to inspect it or to set `analysis_reads` and `clock`."""
    spec = load(spec_path or DEFAULT_SPEC_PATH)
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None, redirect_slashes=False)
    app.state.store = store if store is not None else Store()
    found = list(operations(spec))
    stray = set(HANDLERS) - {op.operation_id for op in found}
    if stray:
        raise ValueError(f"handlers for operations the spec does not have: {sorted(stray)}")
    # Literal segments first: `/catalog/bulk-delete/` is not the catalog item `bulk-delete`.
    for operation in sorted(found, key=lambda op: len(op.path_names)):
        app.add_api_route(operation.route, _endpoint(operation, spec), methods=[operation.method])

    kit.install(app, malformed)  # before the gate: its 401, 404 and 405 come first

    @app.middleware("http")
    async def gate(request: Request, call_next: Endpoint) -> Response:
        state: Store = app.state.store
        if not _authorized(request.headers.get("authorization"), state.token):
            return error_response(
                401,
                NOT_AUTHENTICATED,
                "Authentication credentials were not provided or are not valid.",
                headers={"WWW-Authenticate": "Token"},
            )
        allowed = allowed_methods(app, request.url.path)
        if not allowed:
            return error_response(404, NOT_FOUND, f"No such resource: {request.url.path}")
        if request.method not in allowed.split(", "):
            message = f'Method "{request.method}" not allowed.'
            return error_response(405, METHOD_NOT_ALLOWED, message, headers={"Allow": allowed})
        return await call_next(request)

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> JSONResponse:
        return exc.response()

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        # Routing answers these before the gate could only if the two disagreed; keep the vendor's shape.
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = allowed_methods(app, request.url.path)
            return error_response(405, METHOD_NOT_ALLOWED, str(exc.detail), headers=headers)
        code = NOT_FOUND if exc.status_code == 404 else "ERROR"
        return error_response(exc.status_code, code, str(exc.detail), headers=headers)

    return app
