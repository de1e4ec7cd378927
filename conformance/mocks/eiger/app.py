"""FastAPI app implementing the Eiger API v3 over the in-memory :class:`Store`."""

from __future__ import annotations

import base64
import binascii
import logging
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import kit
from . import routes
from .errors import ApiError
from .handling import (
    PREFIX,
    error_response,
    store_of,
)
from .store import Store, StoreError

DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[3] / "specs/eiger/openapi.yaml"

logger = logging.getLogger(__name__)


# -- gate: auth, unknown paths and unsupported methods -----------------------


@dataclass(frozen=True)
class _Resource:
    pattern: re.Pattern[str]
    methods: frozenset[str]
    params: int


class Gate:
    """Answers auth failures, unknown API paths and wrong methods before routing.

    Starlette routes each method separately, so its own 405 would advertise only
    one method of a path; this gate knows every method of every path.
    """

    def __init__(self, app: ASGIApp, *, fastapi: FastAPI, access_key: str, secret_key: str) -> None:
        self.app = app
        self.fastapi = fastapi
        self.access_key = access_key
        self.secret_key = secret_key
        self._resources: list[_Resource] | None = None

    def resources(self) -> list[_Resource]:
        if self._resources is None:
            grouped: dict[str, tuple[re.Pattern[str], set[str], int]] = {}
            for route in self.fastapi.routes:
                if isinstance(route, Route) and route.path.startswith(PREFIX):
                    entry = grouped.setdefault(route.path, (route.path_regex, set(), len(route.param_convertors)))
                    entry[1].update(route.methods or ())
            self._resources = [_Resource(p, frozenset(m - {"HEAD"}), n) for p, m, n in grouped.values()]
        return self._resources

    def authorized(self, scope: Scope) -> bool:
        header = None
        for key, value in scope.get("headers", []):
            if key == b"authorization":
                header = value.decode("latin-1")
                break
        if header is None:
            return False
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "basic" or not token:
            return False
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        user, sep, password = decoded.partition(":")
        return bool(sep) and (
            secrets.compare_digest(user.encode(), self.access_key.encode())
            & secrets.compare_digest(password.encode(), self.secret_key.encode())
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path != PREFIX and not path.startswith(PREFIX + "/"):
            await self.app(scope, receive, send)
            return
        store: Store = self.fastapi.state.store
        if not self.authorized(scope):
            response = error_response(
                401,
                "Unauthorized: provide your API access key and secret key with HTTP Basic authentication",
                store.next_reference(),
                {"WWW-Authenticate": 'Basic realm="Eiger API"'},
            )
            await response(scope, receive, send)
            return
        matches = [r for r in self.resources() if r.pattern.match(path)]
        if not matches:
            response = error_response(404, f"No such resource: {path}", store.next_reference())
            await response(scope, receive, send)
            return
        fewest = min(r.params for r in matches)
        methods = frozenset().union(*(r.methods for r in matches if r.params == fewest))
        method = scope["method"]
        allowed = methods | ({"HEAD"} if "GET" in methods else set())
        if method not in allowed:
            response = error_response(
                405,
                f"Method {method} is not allowed on {path}",
                store.next_reference(),
                {"Allow": ", ".join(sorted(allowed))},
            )
            await response(scope, receive, send)
            return
        if method == "HEAD":
            # FastAPI routes GET only; answer HEAD with the GET response minus its body.
            await self.app({**scope, "method": "GET"}, receive, _without_body(send))
            return
        await self.app(scope, receive, send)


def _without_body(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return wrapped


# -- the app -----------------------------------------------------------------


def create_app(
    *,
    access_key: str = "mock-access-key",
    secret_key: str = "mock-secret-key",  # noqa: S107 - the mock's published test credential
    store: Store | None = None,
    spec_path: Path | None = None,
) -> FastAPI:
    """Build the mock. Pass a ``store`` to inspect or pre-arrange state from a test."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.store = store if store is not None else Store()
    spec_file = spec_path if spec_path is not None else DEFAULT_SPEC_PATH
    _install_error_handlers(app)
    routes.install(app, spec_file)
    app.add_middleware(Gate, fastapi=app, access_key=access_key, secret_key=secret_key)
    return app


def _install_error_handlers(app: FastAPI) -> None:
    def reference(request: Request) -> int:
        return store_of(request).next_reference()

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(exc.status, exc.message, reference(request), exc.headers)

    async def on_store_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StoreError)
        status = {"bad_request": 400, "not_found": 404, "conflict": 409}[exc.kind]
        return error_response(status, exc.message, reference(request))

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return error_response(exc.status_code, str(exc.detail), reference(request), exc.headers)

    async def on_bad_request(request: Request, exc: Exception) -> Response:
        return error_response(400, f"Invalid request: {exc}", reference(request))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError | ValidationError)
        errors = exc.errors()
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in list(errors)[:5])
        return error_response(400, f"Invalid request: {detail}", reference(request))

    def malformed(request: Request, problem: kit.Problem) -> Response:
        # The API documents 400 for a request it cannot read; it names no 415.
        return error_response(400, f"Invalid request: {problem.message}", reference(request))

    async def on_crash(request: Request, exc: Exception) -> Response:
        logger.exception("mock crashed on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "Internal server error", reference(request))

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(StoreError, on_store_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(ValidationError, on_validation)
    app.add_exception_handler(UnicodeDecodeError, on_bad_request)
    app.add_exception_handler(Exception, on_crash)
    kit.install(app, malformed)
