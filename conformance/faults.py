"""Fault injection for the mocks: a share of requests gets 503, 429, a dropped connection, or a delay.

`with_faults(app, FaultProfile.parse("503=0.2,429=0.1,drop=0.1,slow=0.2:0.05", seed=7))` wraps any
ASGI mock. Faults happen before the mock sees the request, so an injected failure never changes
state: a client that retries exactly what is safe to retry completes its work with nothing lost and
nothing created twice.

- `503` and `429` answer with `Retry-After: 0`, which tells a client the request was not processed.
- `drop` closes the connection without an answer. It is injected on idempotent methods only: for a
  POST, a lost answer is indistinguishable from a dropped request, and no vendor here offers an
  idempotency key that would make resending it safe.
- `slow` delays the answer by the given seconds.
The draw is seeded, so a run is repeatable.
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
_KINDS = ("503", "429", "drop", "slow")


class FaultProfileError(ValueError):
    """A fault profile string that cannot be read; the message names the bad part."""


@dataclass(frozen=True)
class FaultProfile:
    unavailable: float = 0.0  # share of requests answered 503
    throttled: float = 0.0  # share answered 429
    dropped: float = 0.0  # share of idempotent requests whose connection is closed unanswered
    slow: float = 0.0  # share delayed by `delay` seconds
    delay: float = 0.05
    seed: int = 0

    def __post_init__(self) -> None:
        for name in ("unavailable", "throttled", "dropped", "slow"):
            value = getattr(self, name)
            if not 0.0 <= value <= 1.0:
                raise FaultProfileError(f"fault share {name}={value} must be between 0 and 1")
        if self.unavailable + self.throttled + self.dropped > 1.0:
            raise FaultProfileError("503, 429 and drop shares add up to more than 1")
        if self.delay < 0:
            raise FaultProfileError(f"slow delay {self.delay} must not be negative")

    @classmethod
    def parse(cls, text: str, *, seed: int = 0) -> FaultProfile:
        """`"503=0.2,429=0.1,drop=0.05,slow=0.2:0.1"` (slow's `:seconds` is optional)."""
        values: dict[str, float] = {}
        delay = 0.05
        for part in filter(None, (item.strip() for item in text.split(","))):
            kind, sep, share = part.partition("=")
            if not sep or kind not in _KINDS:
                raise FaultProfileError(f"fault {part!r}: use {', '.join(k + '=SHARE' for k in _KINDS)}")
            if kind == "slow" and ":" in share:
                share, seconds = share.split(":", 1)
                delay = _number(part, seconds)
            values[kind] = _number(part, share)
        return cls(
            unavailable=values.get("503", 0.0),
            throttled=values.get("429", 0.0),
            dropped=values.get("drop", 0.0),
            slow=values.get("slow", 0.0),
            delay=delay,
            seed=seed,
        )


def _number(part: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise FaultProfileError(f"fault {part!r}: {text!r} is not a number") from None


@dataclass
class FaultLog:
    """What was injected, by kind, for tests to check that faults really happened."""

    counts: Counter[str] = field(default_factory=Counter)
    passed: int = 0


class _Dropped(Exception):
    """Raised after a response start, so the server closes the connection mid-answer."""


def with_faults(app: ASGIApp, profile: FaultProfile, log: FaultLog | None = None) -> ASGIApp:
    rng = random.Random(profile.seed)  # noqa: S311 - repeatable test faults, not security
    lock = threading.Lock()
    record = log if log is not None else FaultLog()

    async def faulty(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        with lock:
            draw, slow_draw = rng.random(), rng.random()
        method = str(scope.get("method", "GET")).upper()
        if draw < profile.unavailable:
            record.counts["503"] += 1
            await _refuse(send, 503)
            return
        draw -= profile.unavailable
        if draw < profile.throttled:
            record.counts["429"] += 1
            await _refuse(send, 429)
            return
        draw -= profile.throttled
        if draw < profile.dropped and method in IDEMPOTENT:
            record.counts["drop"] += 1
            # A start with a length the body never reaches: the server must cut the connection.
            await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
            raise _Dropped("fault injection: connection dropped")
        if slow_draw < profile.slow:
            record.counts["slow"] += 1
            await asyncio.sleep(profile.delay)
        record.passed += 1
        await app(scope, receive, send)

    return faulty


def drop_answers(app: ASGIApp, when: Callable[[Scope], bool]) -> ASGIApp:
    """`app`, except that for requests `when` picks it acts in full and then cuts the connection
    before its answer leaves: the work is done, the client never hears of it."""

    async def acting(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not when(scope):
            await app(scope, receive, send)
            return

        async def swallow(message: MutableMapping[str, Any]) -> None:
            return None

        await app(scope, receive, swallow)
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
        raise _Dropped("fault injection: connection dropped after the server acted")

    return acting


async def _refuse(send: Send, status: int) -> None:
    body = json.dumps({"message": "fault injection: try again", "status": status}).encode()
    headers = [
        (b"content-type", b"application/json"),
        (b"retry-after", b"0"),
        (b"content-length", str(len(body)).encode()),
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
