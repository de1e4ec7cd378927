"""Retry policy as data, carried out by httpx-retries' `RetryTransport`."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import httpx
from httpx_retries import Retry, RetryTransport

from ._errors import InvalidArgument
from ._transport import FabapiTransport

DEFAULT_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
# Methods a server must treat as idempotent (RFC 9110 §9.2.2); POST and PATCH are not among them.
IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})


class _ExactRetry(Retry):
    """A `Retry` that keeps an empty status or method set empty; the base class would put its defaults back."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        statuses = kwargs.get("status_forcelist")
        if statuses is not None:
            self.status_forcelist = frozenset(statuses)
        methods = kwargs.get("allowed_methods")
        if methods is not None:
            self.allowed_methods = frozenset(str(method).upper() for method in methods)


@dataclass(frozen=True)
class RetryPolicy:
    """When and how long to retry a request.

    `attempts` counts retries after the first try. Waits grow as `backoff_factor * 2**n`, scaled by a
    random factor in `[1 - jitter, 1]`, capped at `max_backoff`; a `Retry-After` header wins when
    `respect_retry_after` is set. Connection errors and timeouts are retried like `statuses`, for
    `methods` only: a POST is never retried by default. `max_total_wait` caps the sum of all waits.
    """

    attempts: int = 3
    backoff_factor: float = 0.5
    max_backoff: float = 30.0
    jitter: float = 1.0
    statuses: frozenset[int] = DEFAULT_STATUSES
    methods: frozenset[str] = IDEMPOTENT_METHODS
    respect_retry_after: bool = True
    max_total_wait: float | None = None

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
        """A policy that never retries."""
        return cls(attempts=0)

    def with_(self, **changes: Any) -> RetryPolicy:
        """A copy with some fields changed: `policy.with_(attempts=5)`."""
        return dataclasses.replace(self, **changes)

    def to_retry(self) -> Retry:
        """The equivalent `httpx_retries.Retry`."""
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


def transport_pair(
    policy: RetryPolicy, sync: httpx.BaseTransport | None, asynchronous: httpx.AsyncBaseTransport | None
) -> FabapiTransport:
    """One `FabapiTransport` retrying over a sync and/or an async transport (which may be one object)."""
    retry = policy.to_retry()
    if sync is not None and isinstance(sync, httpx.AsyncBaseTransport) and sync is asynchronous:
        both = RetryTransport(sync, retry=retry)
        return FabapiTransport(both, both)
    return FabapiTransport(
        RetryTransport(sync, retry=retry) if sync is not None else None,
        RetryTransport(asynchronous, retry=retry) if asynchronous is not None else None,
    )


def retrying_transport(
    policy: RetryPolicy | None = None, inner: httpx.BaseTransport | None = None
) -> httpx.BaseTransport:
    """A transport that retries by `policy` and raises `TransportError` once connection errors run out of retries.

    Without `inner` it sends over real connections, and serves async clients too.
    """
    policy = policy or RetryPolicy()
    if inner is None:
        return transport_pair(policy, httpx.HTTPTransport(), httpx.AsyncHTTPTransport())
    return transport_pair(policy, inner, inner if isinstance(inner, httpx.AsyncBaseTransport) else None)


def async_retrying_transport(
    policy: RetryPolicy | None = None, inner: httpx.AsyncBaseTransport | None = None
) -> httpx.AsyncBaseTransport:
    """The async twin of `retrying_transport`."""
    policy = policy or RetryPolicy()
    if inner is None:
        return transport_pair(policy, httpx.HTTPTransport(), httpx.AsyncHTTPTransport())
    return transport_pair(policy, inner if isinstance(inner, httpx.BaseTransport) else None, inner)
