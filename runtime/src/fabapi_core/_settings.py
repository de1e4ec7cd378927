"""Checking the settings a client or a call takes, before any request: timeouts and retries."""

from __future__ import annotations

import httpx

from ._errors import InvalidArgument
from ._retries import RetryPolicy
from ._values import brief, finite_number


class _Keep:
    """Marks a per-call setting that was not given, so the client's own applies."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


def check_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """`timeout` as an `httpx.Timeout`; `InvalidArgument` naming it when it is not a positive number or None."""
    if isinstance(timeout, httpx.Timeout):
        parts = timeout.as_dict().items()
    elif (isinstance(timeout, int | float) and not isinstance(timeout, bool)) or timeout is None:
        parts = {"timeout": timeout}.items()
    else:
        raise InvalidArgument("timeout", f"expected seconds as a number, an httpx.Timeout or None, not {timeout!r}")
    for name, value in parts:
        if value is None:
            continue
        try:
            # inf and 10**400 are refused too: the socket layer cannot hold them (None is "no limit").
            finite_number(value, "timeout", above=0)
        except InvalidArgument:
            reason = f"{name} must be a finite number of seconds over 0 (or None for no limit), not {brief(value)}"
            raise InvalidArgument("timeout", reason) from None
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def as_policy(retries: RetryPolicy | int | None) -> RetryPolicy:
    """`retries` as a policy: None is the default policy, a number is how many retries it allows."""
    if retries is None:
        return RetryPolicy()
    if isinstance(retries, RetryPolicy):
        return retries
    if isinstance(retries, int) and not isinstance(retries, bool):
        if retries < 0:
            raise InvalidArgument("retries", f"must be 0 or more, not {retries}")
        return RetryPolicy(attempts=retries)
    raise InvalidArgument("retries", f"expected a RetryPolicy, a number of retries or None, not {retries!r}")
