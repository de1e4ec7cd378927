# Generated from fabapi_core/_async/polling.py by codegen/unasync.py (`nox -s generate`): do not edit.
"""One polling primitive for long-running jobs: fetch, check, back off, give up at a deadline."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from .._deadline import deadline, passed
from .._errors import DeadlineExceeded, JobFailed, PollTimeout
from .._flavours import sleep
from .._polling import check_poll_settings

T = TypeVar("T")


def poll(
    fetch: Callable[[], T],
    *,
    until: Callable[[T], bool],
    timeout: float = 600.0,
    interval: float = 1.0,
    max_interval: float = 30.0,
    backoff: float = 1.5,
    on_progress: Callable[[T], None] | None = None,
    failed: Callable[[T], bool] | None = None,
    sleep: Callable[[float], object] = sleep,
    clock: Callable[[], float] = time.monotonic,
) -> T:
    """Call `fetch` until `until(value)` holds, and return that value.

    Waits `interval` seconds, growing by `backoff` up to `max_interval`, never past the deadline.
    `on_progress` sees every value. Raises `JobFailed` when `failed(value)` holds, and `PollTimeout`
    (with the last value) once `timeout` seconds have passed. The timeout bounds the whole wait:
    every fetch, with its retries, must end before it, and one that cannot ends the poll. A fetch
    that runs out of its own (shorter) timeout raises its `DeadlineExceeded`, like any other error.
    In the async flavour, cancelling the task stops the wait at once.

    Args:
        fetch: Fetches the current value (one request).
        until: True for the value to stop at.
        timeout: Seconds for the whole wait, every fetch included.
        interval: Seconds before the second fetch.
        max_interval: The longest wait between fetches.
        backoff: The factor each wait grows by.
        on_progress: Called with every value fetched, never awaited.
        failed: True for a value that means the job failed.
        sleep: Waits a number of seconds (tests pass a fake).
        clock: Seconds of a monotonic clock (tests pass a fake).

    Returns:
        The first value for which `until` holds.

    Raises:
        InvalidArgument: a timeout, interval, max_interval or backoff that is not a positive number.
        JobFailed: `failed(value)` held.
        PollTimeout: `timeout` seconds passed first (with the last value).
        APIError: a fetch raised it; so does any other error of `fetch`.
    """
    check_poll_settings(timeout, interval, max_interval, backoff)
    start = clock()
    delay = interval
    last: object = None
    # Every fetch, its retries included, ends by the poll's deadline: the timeout bounds the whole wait.
    with deadline(timeout):
        while True:
            try:
                value = fetch()
            except DeadlineExceeded as error:
                if not passed():
                    raise  # the request's own timeout, long before the wait's: a stalled server, not a late job
                raise PollTimeout(last=last, elapsed=clock() - start, timeout=timeout) from error
            last = value
            if on_progress is not None:
                on_progress(value)
            elapsed = clock() - start
            if failed is not None and failed(value):
                raise JobFailed(last=value, elapsed=elapsed)
            if until(value):
                return value
            remaining = timeout - elapsed
            if remaining <= 0:
                raise PollTimeout(last=value, elapsed=elapsed, timeout=timeout)
            sleep(min(delay, remaining))
            delay = min(delay * backoff, max_interval)
