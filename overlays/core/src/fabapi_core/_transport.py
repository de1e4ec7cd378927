"""The outermost transport: turns httpx connection errors into `TransportError` and records each exchange.

It serves sync and async clients alike, because a generated client hands one set of `httpx_args`
to both its `httpx.Client` and its `httpx.AsyncClient`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass

import httpx

from ._errors import ConfigurationError, TransportError, request_secrets
from ._secrets import redact, redact_url


@dataclass
class Exchange:
    """The last request sent and response received inside a `capture()` block."""

    request: httpx.Request | None = None
    response: httpx.Response | None = None


# Per thread and per asyncio task, so concurrent calls don't see each other's exchanges.
_current: ContextVar[Exchange | None] = ContextVar("fabapi_exchange", default=None)


@contextmanager
def capture() -> Iterator[Exchange]:
    """Record what a `FabapiTransport` sends and receives while the block runs (redirects: the last hop)."""
    exchange = Exchange()
    token = _current.set(exchange)
    try:
        yield exchange
    finally:
        _current.reset(token)


def _record(request: httpx.Request, response: httpx.Response | None) -> None:
    exchange = _current.get()
    if exchange is not None:
        exchange.request = request
        exchange.response = response


def _transport_error(error: httpx.TransportError, request: httpx.Request) -> TransportError:
    secrets = request_secrets(request.headers, request.url)
    url = redact_url(request.url, secrets)
    detail = redact(str(error), secrets) or type(error).__name__
    message = f"{type(error).__name__} on {request.method} {url}: {detail}"
    return TransportError(message, request=request, method=request.method, url=url)


class FabapiTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Delegates to a sync and/or an async transport (usually retrying ones)."""

    def __init__(
        self, sync: httpx.BaseTransport | None = None, asynchronous: httpx.AsyncBaseTransport | None = None
    ) -> None:
        if sync is None and asynchronous is None:
            raise ConfigurationError("FabapiTransport needs a sync or an async transport")
        self._sync = sync
        self._async = asynchronous

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            raise ConfigurationError("this client's transport is async-only; use the async client")
        try:
            response = self._sync.handle_request(request)
        except TransportError:
            raise
        except httpx.TransportError as error:
            _record(request, None)
            raise _transport_error(error, request) from error
        _record(request, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            raise ConfigurationError("this client's transport is sync-only; use the sync client")
        try:
            response = await self._async.handle_async_request(request)
        except TransportError:
            raise
        except httpx.TransportError as error:
            _record(request, None)
            raise _transport_error(error, request) from error
        _record(request, response)
        return response

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
