"""Request logging through `logging`, switched on with `FABAPI_LOG=debug|info|warning|error`.

The logger is `fabapi`. `info` logs one line per attempt: method, URL, status and time, and
marks retries; `debug` adds the request and response headers. Credentials are redacted from
URLs and headers with the same rules as error messages (credential names, JWTs, auth schemes,
the client's own secrets); bodies are never logged, since they carry tokens too (Kaedim's JWT,
refresh tokens, passwords in profile updates).
"""

from __future__ import annotations

import logging
import os
import sys
import time
import warnings
from collections.abc import Iterable
from contextvars import ContextVar
from typing import Final

import httpx

from ._errors import ConfigurationError, request_secrets
from ._redaction import Redactor
from ._secrets import SecretLike, redact_headers, redact_url

logger = logging.getLogger("fabapi")
ENV_VAR: Final = "FABAPI_LOG"
_LEVELS: Final = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}

# Attempts of the current call, counted by the innermost transport; reset by the outermost one.
_attempt: ContextVar[int] = ContextVar("fabapi_attempt", default=0)


def configure_from_env(environ: dict[str, str] | None = None) -> None:
    """Honour `FABAPI_LOG`: give the `fabapi` logger a stderr handler at that level, once.

    An application that configures `logging` itself keeps control: a logger that already has
    handlers is left alone.
    """
    value = (os.environ if environ is None else environ).get(ENV_VAR, "").strip().lower()
    if not value:
        return
    if value not in _LEVELS:
        # A typo in an environment variable must not stop every client from being built.
        warnings.warn(f"{ENV_VAR}={value!r} ignored: use one of {', '.join(_LEVELS)}", RuntimeWarning, stacklevel=2)
        return
    logger.setLevel(_LEVELS[value])
    if not logger.handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(logging.Formatter("%(asctime)s %(name)s %(levelname)s %(message)s"))
        logger.addHandler(handler)


def start_call() -> None:
    """Called once per call by the outermost transport, so attempts count from 1 again."""
    _attempt.set(0)


def _describe(request: httpx.Request, secrets: Iterable[SecretLike]) -> tuple[str, Redactor]:
    redactor = Redactor([*secrets, *request_secrets(request.headers, request.url)])
    return f"{request.method} {redactor(redact_url(request.url, redactor.secrets))}", redactor


def _headers(headers: httpx.Headers, redactor: Redactor) -> dict[str, str]:
    # Credential-named headers masked whole; any other value by the text rules (a JWT an answer issues).
    return {name: redactor(value) for name, value in redact_headers(headers, redactor.secrets).items()}


class LoggingTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Logs each attempt that reaches the wire; sits under the retrying transport."""

    def __init__(
        self,
        sync: httpx.BaseTransport | None,
        asynchronous: httpx.AsyncBaseTransport | None,
        secrets: Iterable[SecretLike] = (),
    ) -> None:
        self._sync = sync
        self._async = asynchronous
        self._secrets = tuple(secrets)

    def _before(self, request: httpx.Request) -> tuple[int, float]:
        attempt = _attempt.get() + 1
        _attempt.set(attempt)
        if logger.isEnabledFor(logging.DEBUG):
            what, redactor = _describe(request, self._secrets)
            logger.debug("request %s headers=%s", what, _headers(request.headers, redactor))
        return attempt, time.perf_counter()

    def _after(
        self, request: httpx.Request, attempt: int, started: float, response: httpx.Response | None, error: str = ""
    ) -> None:
        if not logger.isEnabledFor(logging.INFO):
            return
        what, redactor = _describe(request, self._secrets)
        elapsed = (time.perf_counter() - started) * 1000
        retry = f" (retry {attempt - 1})" if attempt > 1 else ""
        if response is None:
            logger.info("HTTP %s failed after %.1f ms%s: %s", what, elapsed, retry, error)
            return
        logger.info("HTTP %s -> %d in %.1f ms%s", what, response.status_code, elapsed, retry)
        if logger.isEnabledFor(logging.DEBUG):
            logger.debug("response %s headers=%s", what, _headers(response.headers, redactor))

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            raise ConfigurationError("this client's transport is async-only; use the async client")
        attempt, started = self._before(request)
        try:
            response = self._sync.handle_request(request)
        except httpx.TransportError as error:
            self._after(request, attempt, started, None, type(error).__name__)
            raise
        self._after(request, attempt, started, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            raise ConfigurationError("this client's transport is sync-only; use the sync client")
        attempt, started = self._before(request)
        try:
            response = await self._async.handle_async_request(request)
        except httpx.TransportError as error:
            self._after(request, attempt, started, None, type(error).__name__)
            raise
        self._after(request, attempt, started, response)
        return response

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
