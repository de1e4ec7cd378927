"""A clock tests move by hand, so expiry (upload ids, JWTs, signed links) is checked without waiting."""

from __future__ import annotations


class Clock:
    def __init__(self, now: float = 1_700_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now
