"""Retry policy as data, carried out by httpx-retries' `RetryTransport`."""

from __future__ import annotations

import asyncio
import dataclasses
import time
from dataclasses import dataclass
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

from . import _deadline
from ._errors import InvalidArgument
from ._logging import LoggingTransport
from ._transport import FabapiTransport, OutOfTime, Pair, WholeBodyTransport

DEFAULT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Methods a server must treat as idempotent (RFC 9110 §9.2.2); POST and PATCH are not among them.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


class _ExactRetry(Retry):
    """A `Retry` that keeps an empty status or method set empty (the base class would put its defaults
    back), and never waits past the call's deadline: when the next attempt could not start before it,
    it gives up at once with what the last attempt got (`OutOfTime`), rather than sleeping in vain.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        statuses = kwargs.get("status_forcelist")
        if statuses is not None:
            self.status_forcelist = frozenset(statuses)
        methods = kwargs.get("allowed_methods")
        if methods is not None:
            self.allowed_methods = frozenset(str(method).upper() for method in methods)

    def _wait(self, last: httpx.Response | Exception) -> float:
        # httpx-retries' own computation (Retry-After, else backoff, capped), pinned with the library.
        wait = self._calculate_sleep(last.headers if isinstance(last, httpx.Response) else {})
        left = _deadline.remaining()
        if left is not None and wait >= left:
            raise OutOfTime(last)
        return wait

    def sleep(self, response: httpx.Response | Exception) -> None:
        wait = self._wait(response)
        time.sleep(wait)
        self.elapsed_sleep += wait

    async def asleep(self, response: httpx.Response | Exception) -> None:
        wait = self._wait(response)
        await asyncio.sleep(wait)
        self.elapsed_sleep += wait


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to retry a request.

    `attempts` counts retries after the first try. Waits grow as `backoff_factor * 2**n`, scaled by a
    random factor in `[1 - jitter, 1]`, capped at `max_backoff`; a `Retry-After` header wins when
    `respect_retry_after` is set. Connection errors and timeouts are retried like `statuses`, for
    `methods` only. Other methods (POST, PATCH) are retried only when the request provably did not
    take effect (`retry_refused`): the connection was never made, or the server refused it before
    processing — 429, or 503 with `Retry-After` (RFC 9110 §15.5.30, §15.6.4). `max_total_wait`
    caps the sum of all waits.
    """

    attempts: int = 3
    backoff_factor: float = 0.5
    max_backoff: float = 30.0
    jitter: float = 1.0
    statuses: frozenset[int] = DEFAULT_STATUSES
    methods: frozenset[str] = IDEMPOTENT_METHODS
    respect_retry_after: bool = True
    max_total_wait: float | None = None
    retry_refused: bool = True

    def __post_init__(self) -> None:
        if self.attempts < 0:
            raise InvalidArgument("attempts", "must be 0 or more")
        if self.backoff_factor < 0:
            raise InvalidArgument("backoff_factor", "must be 0 or more")
        if self.max_backoff <= 0:
            raise InvalidArgument("max_backoff", "must be more than 0")
        if not 0 <= self.jitter <= 1:
            raise InvalidArgument("jitter", "must be between 0 and 1")
        if self.max_total_wait is not None and self.max_total_wait <= 0:
            raise InvalidArgument("max_total_wait", "must be more than 0, or None")
        # Accept any iterable of statuses or methods, stored normalised so policies compare equal.
        object.__setattr__(self, "statuses", frozenset(int(status) for status in self.statuses))
        object.__setattr__(self, "methods", frozenset(str(method).upper() for method in self.methods))

    @classmethod
    def none(cls) -> RetryPolicy:
        """A policy that never retries.

        Returns:
            The policy, with no attempts.

        Raises:
            InvalidArgument: never; a policy's fields are checked when it is made.
        """
        return cls(attempts=0)

    def with_(self, **changes: Any) -> RetryPolicy:
        """A copy with some fields changed: `policy.with_(attempts=5)`.

        Args:
            **changes: The fields to change, by name.

        Returns:
            The changed copy.

        Raises:
            TypeError: a name that is not a field of the policy.
            InvalidArgument: a value the field refuses.
        """
        return dataclasses.replace(self, **changes)

    def to_retry(self) -> Retry:
        """The equivalent `httpx_retries.Retry`.

        Returns:
            The `Retry` the transport is built on.

        Raises:
            InvalidArgument: never; the policy was checked when it was made.
        """
        return _ExactRetry(
            total=self.attempts,
            backoff_factor=self.backoff_factor,
            backoff_jitter=self.jitter,
            max_backoff_wait=self.max_backoff,
            status_forcelist=self.statuses,
            allowed_methods=self.methods,
            respect_retry_after_header=self.respect_retry_after,
            total_timeout=self.max_total_wait,
        )


class _Refused(Exception):
    """A request the server turned away without processing it; safe to send again whatever its method."""


def _refused(response: httpx.Response) -> None:
    if response.status_code == 429 or (response.status_code == 503 and "retry-after" in response.headers):
        raise _Refused(f"{response.status_code} with Retry-After {response.headers.get('retry-after')!r}")


# Failures before any byte of the request left: the server cannot have acted on it.
_NOT_SENT: tuple[type[Exception], ...] = (httpx.ConnectError, httpx.ConnectTimeout, _Refused)


def _refusal_retry(policy: RetryPolicy) -> Retry:
    """The retry for non-idempotent methods: refusals and unmade connections only."""
    return _ExactRetry(
        total=policy.attempts if policy.retry_refused else 0,
        backoff_factor=policy.backoff_factor,
        backoff_jitter=policy.jitter,
        max_backoff_wait=policy.max_backoff,
        status_forcelist=(),
        allowed_methods=("GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE", "POST", "PATCH", "CONNECT"),
        respect_retry_after_header=policy.respect_retry_after,
        total_timeout=policy.max_total_wait,
        retry_on_exceptions=_NOT_SENT,
        validate_response=_refused,
    )


class _ByMethod(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Idempotent methods go through one retrying transport, the others through the refusal-only one."""

    def __init__(self, idempotent: RetryTransport, other: RetryTransport, methods: frozenset[str]) -> None:
        self._idempotent = idempotent
        self._other = other
        self._methods = methods

    def _pick(self, request: httpx.Request) -> RetryTransport:
        return self._idempotent if request.method.upper() in self._methods else self._other

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        return self._pick(request).handle_request(request)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        return await self._pick(request).handle_async_request(request)

    def close(self) -> None:
        self._idempotent.close()

    async def aclose(self) -> None:
        await self._idempotent.aclose()


def _retrying(policy: RetryPolicy, sync: Any, asynchronous: Any) -> _ByMethod:
    inner = LoggingTransport(WholeBodyTransport(sync, None), WholeBodyTransport(None, asynchronous))
    return _ByMethod(
        RetryTransport(inner, retry=policy.to_retry()),
        RetryTransport(inner, retry=_refusal_retry(policy)),
        policy.methods,
    )


def transport_pair(
    policy: RetryPolicy, sync: httpx.BaseTransport | None, asynchronous: httpx.AsyncBaseTransport | None
) -> FabapiTransport:
    """One `FabapiTransport` retrying over a sync and/or an async transport (which may be one object)."""

    def build(chosen: RetryPolicy) -> Pair:
        if sync is not None and isinstance(sync, httpx.AsyncBaseTransport) and sync is asynchronous:
            both = _retrying(chosen, sync, sync)
            return both, both
        return (
            _retrying(chosen, sync, None) if sync is not None else None,
            _retrying(chosen, None, asynchronous) if asynchronous is not None else None,
        )

    default_sync, default_async = build(policy)
    return FabapiTransport(default_sync, default_async, build=build)


def retrying_transport(
    policy: RetryPolicy | None = None, inner: httpx.BaseTransport | None = None
) -> httpx.BaseTransport:
    """A transport that retries by `policy` and raises `TransportError` once connection errors run out of retries.

    Without `inner` it sends over real connections, and serves async clients too.

    Args:
        policy: The retry policy; `RetryPolicy()` when None.
        inner: The transport to retry around; real connections when None.

    Returns:
        The retrying transport.

    Raises:
        TransportError: raised by the transport's requests once connection errors run out of retries.
    """
    policy = policy or RetryPolicy()
    if inner is None:
        return transport_pair(policy, httpx.HTTPTransport(), httpx.AsyncHTTPTransport())
    return transport_pair(policy, inner, inner if isinstance(inner, httpx.AsyncBaseTransport) else None)


def async_retrying_transport(
    policy: RetryPolicy | None = None, inner: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncBaseTransport:
    """The async twin of `retrying_transport`.

    Args:
        policy: The retry policy; `RetryPolicy()` when None.
        inner: The transport to retry around; real connections when None.

    Returns:
        The retrying transport.

    Raises:
        TransportError: raised by the transport's requests once connection errors run out of retries.
    """
    policy = policy or RetryPolicy()
    if inner is None:
        return transport_pair(policy, httpx.HTTPTransport(), httpx.AsyncHTTPTransport())
    return transport_pair(policy, inner if isinstance(inner, httpx.BaseTransport) else None, inner)
