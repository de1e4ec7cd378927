"""The KittyCAD mock as an ASGI app, answering in KittyCAD's own shapes.

Every request needs `Authorization: Bearer <token>` (`/` and `/ping` included): the account
token, or an API token created through `/user/api-tokens` and not deleted. Errors are
`{"error_code", "message", "request_id"}` with the request id also in `X-Request-Id`; a
malformed request (a unit or format outside the enum, a missing query value, a body that is not
the JSON object asked for) gets 400. Every authenticated request is recorded as an API call.
Responses are validated with the datamodel-code-generator models before they are sent.
"""

from __future__ import annotations

import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import kit
from ..routing import allowed_methods
from . import models, routes
from .handling import (
    DEFAULT_SPEC_PATH,
    ApiError,
    describe_errors,
    error_response,
    is_uuid,
    load_spec,
    request_id,
)
from .store import USER_ID, BadRequest, NotFound, Store


def create_app(
    *,
    store: Store | None = None,
    spec_path: Path | None = None,
) -> FastAPI:
    """Build the mock. Pass a `store` to inspect it, move its operations, or set `async_threshold`."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    state = store if store is not None else Store()
    spec = load_spec(spec_path or DEFAULT_SPEC_PATH)
    _install_error_handlers(app)
    _install_gate(app, state)
    routes.install(app, state, spec)
    return app


def _install_error_handlers(app: FastAPI) -> None:
    def malformed(request: Request, problem: kit.Problem) -> Response:
        # Dropshot answers a body of the wrong content type, or one it cannot parse, with 400.
        prefix = "" if problem.kind in ("media_type", "escape") else "unable to parse JSON body: "
        return error_response(request, 400, prefix + problem.message, "invalid_request")

    kit.install(app, malformed)  # before the gate: a request without a token gets its 401 first

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> Response:
        return error_response(request, exc.status, exc.message, exc.code)

    @app.exception_handler(BadRequest)
    async def on_bad_request(request: Request, exc: BadRequest) -> Response:
        return error_response(request, 400, str(exc), "invalid_request")

    @app.exception_handler(NotFound)
    async def on_not_found(request: Request, exc: NotFound) -> Response:
        return error_response(request, 404, f"not found: {exc.what}", "object_not_found")

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        return error_response(request, 400, f"bad request: {describe_errors(list(exc.errors()))}", "invalid_request")

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = allowed_methods(app, request.url.path)
            return error_response(request, 405, "method not allowed", "method_not_allowed", headers)
        if exc.status_code == 404:
            return error_response(request, 404, f"not found: {request.url.path}", "not_found", headers)
        return error_response(request, exc.status_code, str(exc.detail), "http_error", headers)


def _install_gate(app: FastAPI, state: Store) -> None:
    """Every request is authenticated, answered with its request id, and recorded as an API call."""

    @app.middleware("http")
    async def gate(request: Request, call_next: Any) -> Response:
        started = time.perf_counter()
        opened = datetime.now(UTC)
        presented = kit.bearer_token(request.headers.get("authorization"))
        token = state.authenticates(presented) if presented is not None else None
        if token is None:
            response = error_response(
                request, 401, "authentication failed: a valid bearer token is required", "unauthorized"
            )
        else:
            response = await call_next(request)
            _record(request, response, token, opened, time.perf_counter() - started)
        response.headers["X-Request-Id"] = request_id(request)
        return response

    def _record(request: Request, response: Response, token: str, opened: datetime, seconds: float) -> None:
        now = state.now()
        state.record_call(
            {
                "id": request_id(request),
                "created_at": now,
                "updated_at": now,
                "started_at": opened.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "completed_at": now,
                "duration": int(seconds * 1e9),  # nanoseconds, as the API reports them
                "email": state.user["email"],
                "endpoint": request.url.path,
                "ip_address": request.client.host if request.client else "127.0.0.1",
                "litterbox": False,
                "method": request.method if request.method in models.Method.__members__ else "EXTENSION",
                "minutes": 0,
                "origin": request.headers.get("origin", ""),
                "price": 0.0,
                "request_body": "",
                "request_query_params": request.url.query,
                "response_body": "",
                "status_code": response.status_code,
                "stripe_invoice_item_id": "",
                "token": token if is_uuid(token) else str(uuid.UUID(int=0)),
                "user_agent": request.headers.get("user-agent", ""),
                "user_id": USER_ID,
            }
        )
