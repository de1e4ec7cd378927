"""One deadline per call: a caller's timeout bounds the whole call, retries and waits included.

httpx's timeouts bound each phase of one attempt (connect, each read, each write), so a server
that trickles a byte at a time, or asks for a long `Retry-After` between attempts, could keep a
call alive far past the caller's timeout. Here a call gets a deadline on the monotonic clock when
it starts; every attempt's phase timeouts are cut to what is left of it, a body is read only
until it passes, and no retry waits past it. Helpers that make many calls (a wait, a download)
open a `deadline(...)` block of their own: the earlier of the two deadlines wins.
"""

from __future__ import annotations

import math
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar

# Monotonic time by which the current call (or block) must be over; None: no limit.
_deadline: ContextVar[float | None] = ContextVar("fabapi_deadline", default=None)
_PHASES = ("connect", "read", "write", "pool")


def current() -> float | None:
    """The deadline in force (monotonic seconds), or None."""
    return _deadline.get()


def remaining() -> float | None:
    """Seconds left before the deadline in force (0 when past), or None when there is none."""
    end = _deadline.get()
    return None if end is None else max(0.0, end - time.monotonic())


def earlier(seconds: float | None) -> float | None:
    """The deadline `seconds` from now, or the one in force if that comes first."""
    end = _deadline.get()
    if seconds is None or not math.isfinite(seconds):
        return end
    mine = time.monotonic() + seconds
    return mine if end is None else min(end, mine)


@contextmanager
def deadline(seconds: float | None) -> Iterator[None]:
    """Every call made in the block ends `seconds` from now at the latest (None: no new limit).

    An enclosing deadline that ends sooner still holds.

    Args:
        seconds: Seconds from now, or None for no new limit.

    Returns:
        A context manager; the block runs under the deadline.

    Raises:
        DeadlineExceeded: raised by a call inside the block that the deadline cut short.
    """
    token = _deadline.set(earlier(seconds))
    try:
        yield
    finally:
        _deadline.reset(token)


def set_until(end: float | None) -> object:
    """Put `end` in force; returns the token `reset` takes. For transports, where a block won't do."""
    return _deadline.set(end)


def reset(token: object) -> None:
    _deadline.reset(token)  # type: ignore[arg-type]


def budget(timeout: Mapping[str, float | None] | None) -> float | None:
    """A call's whole budget from an httpx timeout dict: its largest phase limit (None: unlimited).

    `timeout=30` gives every phase 30 s, and so the call 30 s in all.
    """
    if not timeout:
        return None
    limits = [timeout.get(phase) for phase in _PHASES]
    if any(limit is None for limit in limits):
        return None
    return max(float(limit) for limit in limits if limit is not None)


def capped(timeout: Mapping[str, float | None] | None) -> dict[str, float | None] | None:
    """`timeout` with every phase cut to the time left before the deadline (None when none is in force)."""
    left = remaining()
    if left is None:
        return None
    # A phase limit of 0 makes httpx fail at once rather than wait: keep a sliver so the error is a timeout.
    left = max(left, 0.001)
    phases = timeout or {}
    return {phase: left if phases.get(phase) is None else min(float(phases[phase] or 0.0), left) for phase in _PHASES}


def passed() -> bool:
    """Whether the deadline in force is over."""
    end = _deadline.get()
    return end is not None and time.monotonic() >= end
