"""Timing helpers: the best of several repeats, which is the least noisy estimate of a cost."""

from __future__ import annotations

import time
from collections.abc import Callable


def best(run: Callable[[], object], *, repeat: int = 7, number: int = 1) -> float:
    """Seconds per call of `run`: the minimum over `repeat` batches of `number` calls."""
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        for _ in range(number):
            run()
        timings.append((time.perf_counter() - start) / number)
    return min(timings)
