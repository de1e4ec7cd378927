"""The 3YOURMIND mock as an ASGI app: every operation of the curated spec, checked and answered in one place.

Every path wants `Authorization: Token <token>` (401 without it, unknown paths included); an
unknown path is a 404 and a known one with the wrong method a 405 with `Allow`. A request's
parameters (`params`) and body (`bodies`) are checked against its operation before a handler
sees it (`kit.operations`); the handler is the operation's own (`calls.HANDLERS`) or the spec-driven `generic`
one, and its answer is checked against the response schema before it is sent. Errors are
3YOURMIND's `{"code", "message", "moreInfo"}`.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

from fastapi import FastAPI, Request
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, Response

from .. import kit
from ..kit.operations import SpecDriven, route
from ..kit.spec import load, operations
from ..routing import allowed_methods
from . import (
    ampi,
    baskets,
    catalog,
    checkout,
    files,
    generic,
    internal,
    models,
    offers,
    orders,
    profile,
    quotes,
    services,
)
from .calls import HANDLERS
from .errors import (
    METHOD_NOT_ALLOWED,
    NOT_AUTHENTICATED,
    NOT_FOUND,
    ApiError,
    error_response,
    invalid_request,
    malformed,
)
from .store import Store

DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[3] / "specs" / "threeyourmind" / "openapi.yaml"
# Importing the feature modules registers their handlers.
FEATURES = (ampi, baskets, catalog, checkout, files, internal, offers, orders, profile, quotes, services)
# Django REST framework's JSONParser: a body without a Content-Type matches no parser (415).
JSON_RULES = kit.JsonRules(untyped_is_json=False)
Endpoint = Callable[[Request], Awaitable[Response]]


def _authorized(header: str | None, token: str) -> bool:
    # Django REST framework's TokenAuthentication reads the keyword case-insensitively.
    return kit.matches(kit.bearer_token(header, "Token"), token)


def create_app(store: Store | None = None, *, spec_path: Path | None = None) -> FastAPI:
    """Build the mock. Pass a `store` to inspect it or to set `analysis_reads` and `clock`."""
    spec = load(spec_path or DEFAULT_SPEC_PATH)
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None, redirect_slashes=False)
    app.state.store = store if store is not None else Store()
    mock = SpecDriven(spec, models, HANDLERS, lambda call: generic.answer(call, spec), JSON_RULES)
    route(app, mock, list(operations(spec)))

    kit.install(app, malformed, invalid_request)  # before the gate: its 401, 404 and 405 come first

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
