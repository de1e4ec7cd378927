"""The outermost transport: turns httpx connection errors into `TransportError` and records each exchange.

It serves sync and async clients alike, because a generated client hands one set of `httpx_args`
to both its `httpx.Client` and its `httpx.AsyncClient`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import httpx

from ._errors import ConfigurationError, TransportError, request_secrets
from ._logging import start_call
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


# Pass as `extensions=` to `client.stream(...)`: the answer is read by the caller, chunk by chunk.
STREAMING: dict[str, Any] = {"fabapi_stream": True}


class WholeBodyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Reads each answer's body before handing it up, unless the request is marked `STREAMING`.

    A connection cut mid-body then fails inside the retrying transport, which can resend an
    idempotent request, instead of later in the caller, where nothing retries.
    """

    def __init__(self, sync: httpx.BaseTransport | None, asynchronous: httpx.AsyncBaseTransport | None) -> None:
        self._sync = sync
        self._async = asynchronous

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            raise ConfigurationError("this client's transport is async-only; use the async client")
        response = self._sync.handle_request(request)
        if not request.extensions.get("fabapi_stream"):
            try:
                response.read()
            except BaseException:
                response.close()
                raise
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            raise ConfigurationError("this client's transport is sync-only; use the sync client")
        response = await self._async.handle_async_request(request)
        if not request.extensions.get("fabapi_stream"):
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        return response

    def close(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()


@dataclass(frozen=True)
class CallOptions:
    """Per-call overrides of a client's settings; None keeps the client's own."""

    timeout: httpx.Timeout | None = None
    retries: Hashable | None = None  # a RetryPolicy; typed loosely to keep this module below _retries

    def merged(self, other: CallOptions) -> CallOptions:
        return CallOptions(
            timeout=other.timeout if other.timeout is not None else self.timeout,
            retries=other.retries if other.retries is not None else self.retries,
        )


_options: ContextVar[CallOptions | None] = ContextVar("fabapi_call_options", default=None)


class calling:
    """`capture()` and `call_options(options)` in one block, for the caller's every call.

    A plain class, not a generator-based context manager: two of those cost a few microseconds a
    call, a noticeable share of a small request on a fast transport.
    """

    __slots__ = ("_exchange", "_options", "_tokens")

    def __init__(self, options: CallOptions | None) -> None:
        self._options = options
        self._exchange = Exchange()

    def __enter__(self) -> Exchange:
        self._tokens = (_current.set(self._exchange), _options.set(self._options))
        return self._exchange

    def __exit__(self, *exc_info: object) -> None:
        exchange_token, options_token = self._tokens
        _options.reset(options_token)
        _current.reset(exchange_token)


@contextmanager
def call_options(options: CallOptions | None) -> Iterator[None]:
    """Apply `options` to the requests sent while the block runs (this thread or task only)."""
    token = _options.set(options)
    try:
        yield
    finally:
        _options.reset(token)


Pair = tuple[httpx.BaseTransport | None, httpx.AsyncBaseTransport | None]


class FabapiTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Delegates to a sync and/or an async transport (usually retrying ones).

    `build(policy)` makes the retrying pair for a retry policy; the default pair is built once, and
    others on demand when a call asks for different retries (`client.with_options(retries=...)`).
    """

    def __init__(
        self,
        sync: httpx.BaseTransport | None = None,
        asynchronous: httpx.AsyncBaseTransport | None = None,
        *,
        build: Callable[[Any], Pair] | None = None,
    ) -> None:
        if sync is None and asynchronous is None:
            raise ConfigurationError("FabapiTransport needs a sync or an async transport")
        self._sync = sync
        self._async = asynchronous
        self._build = build
        self._pairs: dict[Hashable, Pair] = {}
        self._lock = threading.Lock()

    def _pair(self, request: httpx.Request) -> Pair:
        options = _options.get()
        if options is None:
            return self._sync, self._async
        if options.timeout is not None:
            request.extensions = {**request.extensions, "timeout": options.timeout.as_dict()}
        if options.retries is None or self._build is None:
            return self._sync, self._async
        with self._lock:
            pair = self._pairs.get(options.retries)
            if pair is None:
                pair = self._pairs[options.retries] = self._build(options.retries)
        return pair

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sync, _ = self._pair(request)
        if sync is None:
            raise ConfigurationError("this client's transport is async-only; use the async client")
        start_call()
        try:
            response = sync.handle_request(request)
        except TransportError:
            raise
        except httpx.TransportError as error:
            _record(request, None)
            raise _transport_error(error, request) from error
        _record(request, response)
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _, asynchronous = self._pair(request)
        if asynchronous is None:
            raise ConfigurationError("this client's transport is sync-only; use the sync client")
        start_call()
        try:
            response = await asynchronous.handle_async_request(request)
        except TransportError:
            raise
        except httpx.TransportError as error:
            _record(request, None)
            raise _transport_error(error, request) from error
        _record(request, response)
        return response

    def close(self) -> None:
        # Pairs built for other policies wrap the same connections; closing the default closes them.
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
