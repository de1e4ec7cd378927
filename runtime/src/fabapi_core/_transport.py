"""The outermost transport: turns httpx connection errors into `TransportError` and records each exchange.

It serves sync and async clients alike, because a generated client hands one set of `httpx_args`
to both its `httpx.Client` and its `httpx.AsyncClient`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import AsyncIterator, Callable, Hashable, Iterator
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

import httpx

from . import _deadline
from ._errors import ConfigurationError, DeadlineExceeded, TransportError, request_secrets
from ._extras import NO_EXTRAS, Extras, apply_extras
from ._logging import start_call
from ._secrets import redact, redact_url

# Failures that happen before a request can have reached the server, and statuses that say the
# server refused it unprocessed: after these, a retry cannot be repeating work that was done.
_UNSENT_FAILURES = frozenset({"ConnectError", "ConnectTimeout", "PoolTimeout", "UnsupportedProtocol"})
_REFUSALS = frozenset({"408", "429", "503"})


@dataclass
class Exchange:
    """The last request sent and response received inside a `capture()` block."""

    request: httpx.Request | None = None
    response: httpx.Response | None = None

    @property
    def attempts(self) -> list[str]:
        """Each attempt of the last request: its status as text, or the name of its error; oldest first."""
        return attempts_of(self.request) if self.request is not None else []

    @property
    def earlier_attempt_may_have_acted(self) -> bool:
        """Whether an attempt before the last may have been carried out by the server (its answer lost)."""
        return any(outcome not in _UNSENT_FAILURES | _REFUSALS for outcome in self.attempts[:-1])


# Per thread and per asyncio task, so concurrent calls don't see each other's exchanges.
_current: ContextVar[Exchange | None] = ContextVar("fabapi_exchange", default=None)


def _record(request: httpx.Request, response: httpx.Response | None) -> None:
    exchange = _current.get()
    if exchange is not None:
        exchange.request = request
        exchange.response = response


def _record_attempt(request: httpx.Request, outcome: str) -> None:
    # On the request itself: retries resend the same object, while an auth flow's own requests
    # (a token refresh) are others, which must not count as attempts of this one.
    request.extensions.setdefault("fabapi_attempts", []).append(outcome)


def attempts_of(request: httpx.Request) -> list[str]:
    found = request.extensions.get("fabapi_attempts", [])
    return list(found) if isinstance(found, list) else []


def _transport_error(error: BaseException, request: httpx.Request, *, out_of_time: bool = False) -> TransportError:
    secrets = request_secrets(request.headers, request.url)
    url = redact_url(request.url, secrets)
    detail = redact(str(error), secrets) or type(error).__name__
    message = f"{type(error).__name__} on {request.method} {url}: {detail}"
    if out_of_time:
        message += "; the call's timeout left no time to try again"
    cls = DeadlineExceeded if out_of_time or isinstance(error, DeadlinePassed) else TransportError
    return cls(message, request=request, method=request.method, url=url)


class DeadlinePassed(httpx.ReadTimeout):
    """The call's deadline passed while an answer's body was still arriving."""


class OutOfTime(Exception):
    """Raised instead of waiting for a retry that would start after the call's deadline.

    `last` is what the last attempt got: its (already read) response, or its error.
    """

    def __init__(self, last: httpx.Response | BaseException) -> None:
        super().__init__("no time left for another attempt")
        self.last = last


class _BoundedStream(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that raises a read timeout once the deadline passes, however steadily it trickles in."""

    def __init__(self, stream: Any, end: float, request: httpx.Request) -> None:
        self._stream = stream
        self._end = end
        self._request = request

    def _check(self) -> None:
        if time.monotonic() >= self._end:
            raise DeadlinePassed("the call's timeout passed while the answer was arriving", request=self._request)

    def __iter__(self) -> Iterator[bytes]:
        for chunk in self._stream:
            self._check()
            yield chunk

    async def __aiter__(self) -> AsyncIterator[bytes]:
        async for chunk in self._stream:
            self._check()
            yield chunk

    def close(self) -> None:
        self._stream.close()

    async def aclose(self) -> None:
        await self._stream.aclose()


def bound(response: httpx.Response, end: float | None, request: httpx.Request) -> httpx.Response:
    """`response` whose body, read from now on, stops at `end` (monotonic) with a read timeout."""
    if end is not None:
        response.stream = _BoundedStream(response.stream, end, request)
    return response


# Pass as `extensions=` to `client.stream(...)`: the answer is read by the caller, chunk by chunk.
STREAMING: dict[str, Any] = {"fabapi_stream": True}


def _attempt_timeout(request: httpx.Request) -> None:
    """Cut this attempt's phase timeouts to what is left of the call's deadline."""
    original = request.extensions.setdefault("fabapi_timeout", request.extensions.get("timeout"))
    capped = _deadline.capped(original)
    if capped is not None:
        request.extensions = {**request.extensions, "timeout": capped}


def _whole(request: httpx.Request, response: httpx.Response) -> bool:
    # A streamed answer is read by the caller, except an error's, which a retry or the error needs.
    return not request.extensions.get("fabapi_stream") or response.status_code >= 400


class WholeBodyTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends one attempt within the call's deadline and reads the answer's body before handing it up
    (unless the request is marked `STREAMING`); records the attempt's outcome.

    A connection cut mid-body then fails inside the retrying transport, which can resend an
    idempotent request, instead of later in the caller, where nothing retries.
    """

    def __init__(self, sync: httpx.BaseTransport | None, asynchronous: httpx.AsyncBaseTransport | None) -> None:
        self._sync = sync
        self._async = asynchronous

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if self._sync is None:
            raise ConfigurationError("this client's transport is async-only; use the async client")
        _attempt_timeout(request)
        try:
            response = self._sync.handle_request(request)
            if _whole(request, response):
                bound(response, _deadline.current(), request)
                try:
                    response.read()
                except BaseException:
                    response.close()
                    raise
        except Exception as error:
            _record_attempt(request, type(error).__name__)
            raise
        _record_attempt(request, str(response.status_code))
        return response

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._async is None:
            raise ConfigurationError("this client's transport is sync-only; use the sync client")
        _attempt_timeout(request)
        try:
            response = await self._async.handle_async_request(request)
            if _whole(request, response):
                bound(response, _deadline.current(), request)
                try:
                    await response.aread()
                except BaseException:
                    await response.aclose()
                    raise
        except Exception as error:
            _record_attempt(request, type(error).__name__)
            raise
        _record_attempt(request, str(response.status_code))
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
    # True: an answer that deviates from its schema raises UnexpectedResponse instead of decoding.
    strict: bool | None = None
    # Headers, query parameters and JSON body fields every request of the call carries besides its own.
    extras: Extras = NO_EXTRAS

    def merged(self, other: CallOptions) -> CallOptions:
        return CallOptions(
            timeout=other.timeout if other.timeout is not None else self.timeout,
            retries=other.retries if other.retries is not None else self.retries,
            strict=other.strict if other.strict is not None else self.strict,
            extras=self.extras.merged(other.extras),
        )


_options: ContextVar[CallOptions | None] = ContextVar("fabapi_call_options", default=None)


class calling:
    """Records the exchange of, and applies `options` to, the requests a call sends (this thread or task only).

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


Pair = tuple[httpx.BaseTransport | None, httpx.AsyncBaseTransport | None]


def _streamed(request: httpx.Request, response: httpx.Response, outer: float | None) -> httpx.Response:
    """A streamed answer's body is read after the call: only a deadline from outside the call bounds it."""
    if request.extensions.get("fabapi_stream") and response.status_code < 400:
        return bound(response, outer, request)
    return response


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

    def _pair(self, request: httpx.Request) -> tuple[httpx.Request, Pair]:
        """The request as the call's options make it (timeout, extras), and the transports to send it with."""
        options = _options.get()
        if options is None:
            return request, (self._sync, self._async)
        if options.timeout is not None:
            request.extensions = {**request.extensions, "timeout": options.timeout.as_dict()}
        if options.extras:
            request = apply_extras(request, options.extras)
        if options.retries is None or self._build is None:
            return request, (self._sync, self._async)
        with self._lock:
            pair = self._pairs.get(options.retries)
            if pair is None:
                pair = self._pairs[options.retries] = self._build(options.retries)
        return request, pair

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request, (sync, _) = self._pair(request)
        if sync is None:
            raise ConfigurationError("this client's transport is async-only; use the async client")
        start_call()
        outer = _deadline.current()
        token = _deadline.set_until(_deadline.earlier(_deadline.budget(request.extensions.get("timeout"))))
        try:
            response = sync.handle_request(request)
        except OutOfTime as stop:
            response = self._last(request, stop)
        except TransportError:
            raise
        except httpx.TransportError as error:
            _record(request, None)
            raise _transport_error(error, request) from error
        finally:
            _deadline.reset(token)
        _record(request, response)
        return _streamed(request, response, outer)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        request, (_, asynchronous) = self._pair(request)
        if asynchronous is None:
            raise ConfigurationError("this client's transport is sync-only; use the sync client")
        start_call()
        outer = _deadline.current()
        token = _deadline.set_until(_deadline.earlier(_deadline.budget(request.extensions.get("timeout"))))
        try:
            response = await asynchronous.handle_async_request(request)
        except OutOfTime as stop:
            response = self._last(request, stop)
        except TransportError:
            raise
        except httpx.TransportError as error:
            _record(request, None)
            raise _transport_error(error, request) from error
        finally:
            _deadline.reset(token)
        _record(request, response)
        return _streamed(request, response, outer)

    @staticmethod
    def _last(request: httpx.Request, stop: OutOfTime) -> httpx.Response:
        """What the last attempt got, when no time is left to try again: its answer, or its error raised."""
        if isinstance(stop.last, httpx.Response):
            return stop.last
        _record(request, None)
        raise _transport_error(stop.last, request, out_of_time=True) from stop.last

    def close(self) -> None:
        # Pairs built for other policies wrap the same connections; closing the default closes them.
        if self._sync is not None:
            self._sync.close()

    async def aclose(self) -> None:
        if self._async is not None:
            await self._async.aclose()
