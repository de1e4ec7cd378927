"""Timing: rivals measured in interleaved rounds, so a slow spell of the machine hits them all alike."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Mapping


def _rounds(
    rivals: Mapping[str, Callable[[], object]], rounds: int, number: int, clock: Callable[[], float]
) -> dict[str, list[float]]:
    """Seconds per call of each rival in each of `rounds` rounds of `number` calls, rivals taking turns
    within every round (after one untimed warm-up call each)."""
    if rounds < 1 or number < 1:
        raise ValueError(f"rounds and number must be at least 1, not {rounds} and {number}")
    for run in rivals.values():
        run()
    timings: dict[str, list[float]] = {name: [] for name in rivals}
    for _ in range(rounds):
        for name, run in rivals.items():
            start = clock()
            for _ in range(number):
                run()
            timings[name].append((clock() - start) / number)
    return timings


def fastest(rivals: Mapping[str, Callable[[], object]], *, rounds: int = 15, number: int = 1) -> dict[str, float]:
    """Seconds per call of each rival: the minimum over `rounds` interleaved rounds of wall-clock time.

    The minimum is the least noisy estimate of a cost, since noise only ever adds time.
    """
    timings = _rounds(rivals, rounds, number, time.perf_counter)
    return {name: min(seconds) for name, seconds in timings.items()}


def median_cpu(rivals: Mapping[str, Callable[[], object]], *, rounds: int = 41, number: int = 1) -> dict[str, float]:
    """Seconds per call of each rival: the median over `rounds` interleaved rounds of this process's CPU time
    (`time.process_time`), which another process on a shared machine does not add to."""
    timings = _rounds(rivals, rounds, number, time.process_time)
    return {name: statistics.median(seconds) for name, seconds in timings.items()}
