"""What `poll` and `apoll` (in `_sync/` and `_async/` polling.py) check before they wait."""

from __future__ import annotations

from ._values import finite_number


def check_poll_settings(timeout: float, interval: float, max_interval: float, backoff: float) -> None:
    # Finite numbers only: a NaN deadline is never reached, and time.sleep refuses NaN with a bare ValueError.
    finite_number(timeout, "timeout", minimum=0)
    finite_number(interval, "interval", minimum=0)
    finite_number(max_interval, "max_interval", minimum=interval)
    finite_number(backoff, "backoff", minimum=1)
