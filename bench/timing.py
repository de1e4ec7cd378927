"""Timing: rivals measured in interleaved rounds, so a slow spell of the machine hits them all alike."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping


def fastest(rivals: Mapping[str, Callable[[], object]], *, rounds: int = 15, number: int = 1) -> dict[str, float]:
    """Seconds per call of each rival: the minimum over `rounds` rounds of `number` calls each.

    Every round runs each rival in turn (after one untimed warm-up call each); the minimum is the
    least noisy estimate of a cost, since noise only ever adds time.
    """
    if rounds < 1 or number < 1:
        raise ValueError(f"rounds and number must be at least 1, not {rounds} and {number}")
    for run in rivals.values():
        run()
    timings: dict[str, list[float]] = {name: [] for name in rivals}
    for _ in range(rounds):
        for name, run in rivals.items():
            start = time.perf_counter()
            for _ in range(number):
                run()
            timings[name].append((time.perf_counter() - start) / number)
    return {name: min(seconds) for name, seconds in timings.items()}
