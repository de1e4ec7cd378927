"""Fault injection for the mocks: a share of requests meets a broken or hostile server.

`with_faults(app, FaultProfile.parse("503=0.2,after=0.1,stall=0.1:3", seed=7), log)` wraps an ASGI
mock served by `conformance.serving.serve`. Each request draws at most one fault kind from the
profile's shares (`slow` is drawn on its own and delays requests that met no other fault). The draw
is seeded: the same requests, sent in the same order, meet the same faults. `FaultLog` counts what
was injected, and which requests the server carried out (see `TAG_HEADER`).

What each kind does, and whether the server carried out the request (changed its state) first:

=========== ===== ==========================================================================
kind        acts  what the client gets
=========== ===== ==========================================================================
503, 429    no    that status with `Retry-After: 0`: refused unprocessed, safe to send again
drop        no    idempotent methods only: a head promising 100 bytes, then the connection closes
slow        yes   the real answer, SECONDS late (`slow=0.2:0.05`, default 0.05)
after       yes   the connection closes before any byte of the answer: the work is done unheard of
cut         yes   the real head, the first N bytes of the body (`cut=0.2:10`, default 10; always
                  at least one byte short), then the connection closes; a bodiless answer is cut
                  before its head
reset       no    the connection closes before any byte of the answer; the server never saw it
truncated   yes   a JSON answer cut in half and framed as whole: Content-Length matches the cut
                  body, the JSON ends mid-document; answers that are not JSON pass
badjson     yes   a JSON answer replaced by invalid JSON, status 200, `application/json`;
                  answers that are not JSON pass
html        no    a proxy's HTML error page with status 200 and `text/html`
500/502/504 no    that status with a JSON body and no Retry-After: says nothing about retrying
retryafter  no    503 or 429 with `Retry-After: VALUE` (`retryafter=0.2:soon`; default
                  1000000000, about 31 years): a wait no client should sit out, or garbage
stall       yes   nothing for SECONDS (`stall=0.2:5`, default 5): the server reads the request,
                  waits, then acts and answers; it acts at once when the client hangs up first
trickle     yes   the real answer, its body 8 bytes at a time spread evenly over SECONDS
                  (`trickle=0.2:10`, default 10), until the client hangs up: each read is quick,
                  the whole answer is not
=========== ===== ==========================================================================

So a client that resends exactly what is safe to resend finishes its work through the "no" kinds
with nothing lost and nothing made twice. Through the "yes" kinds a non-idempotent request (POST,
PATCH) may have been carried out although its answer never arrived whole: the client must raise a
typed error then, never send it again (no vendor here offers idempotency keys).

Connection faults close the connection through uvicorn's transport, so `with_faults` must be the
app uvicorn serves (as `serve(with_faults(...))` does).
"""

from __future__ import annotations

import asyncio
import json
import random
import threading
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping, MutableMapping
from dataclasses import dataclass, field
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
# A client under test may name each request in this header (the same name on every resend of it):
# the log then knows when the server carried out one non-idempotent request twice.
TAG_HEADER = "x-fault-request"
TRICKLE_BYTES = 8
HUGE_RETRY_AFTER = "1000000000"
_HANG_UP_GRACE = 5.0  # seconds uvicorn gets to notice a connection we closed


class FaultProfileError(ValueError):
    """A fault profile string that cannot be read; the message names the bad part."""


class FaultInjectionError(RuntimeError):
    """A fault that cannot be injected where the app is served."""


# -- what the server answered -------------------------------------------------------------------


@dataclass
class Answer:
    """An answer as the app gave it: status, headers and the whole body."""

    status: int
    headers: list[tuple[bytes, bytes]]
    body: bytes

    def header(self, name: bytes) -> bytes:
        return next((value for key, value in self.headers if key.lower() == name), b"")

    @property
    def is_json(self) -> bool:
        kind = self.header(b"content-type").split(b";")[0].strip().lower()
        return bool(self.body) and (kind == b"application/json" or kind.endswith(b"+json"))

    def replaced(self, body: bytes, *, status: int | None = None, content_type: bytes | None = None) -> Answer:
        """This answer with another body (and status, type), its Content-Length set to match."""
        drop = {b"content-length"} | ({b"content-type"} if content_type else set())
        headers = [(key, value) for key, value in self.headers if key.lower() not in drop]
        headers.append((b"content-length", str(len(body)).encode()))
        if content_type:
            headers.append((b"content-type", content_type))
        return Answer(self.status if status is None else status, headers, body)


async def _answer(send: Send, answer: Answer) -> None:
    await send({"type": "http.response.start", "status": answer.status, "headers": answer.headers})
    await send({"type": "http.response.body", "body": answer.body})


async def _carry_out(app: ASGIApp, scope: Scope, receive: Receive) -> Answer:
    """Run the app to the end, keeping its answer instead of sending it."""
    answer = Answer(500, [], b"")
    parts: list[bytes] = []

    async def keep(message: Message) -> None:
        if message["type"] == "http.response.start":
            answer.status = int(message["status"])
            answer.headers = [(bytes(key), bytes(value)) for key, value in message.get("headers", [])]
        elif message["type"] == "http.response.body":
            parts.append(bytes(message.get("body", b"")))

    await app(scope, receive, keep)
    answer.body = b"".join(parts)
    return answer


def _status(status: int, headers: Mapping[str, str] | None = None) -> Answer:
    body = json.dumps({"message": f"fault injection: {status}", "status": status}).encode()
    listed = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    listed += [(name.encode(), value.encode()) for name, value in (headers or {}).items()]
    return Answer(status, listed, body)


# -- the connection -------------------------------------------------------------------------------


async def _hang_up(send: Send, receive: Receive) -> None:
    """Close the connection now (after what was sent so far), and wait until uvicorn has noticed,
    so that it neither answers 500 for us nor logs an error."""
    transport = getattr(getattr(send, "__self__", None), "transport", None)
    if transport is None:
        raise FaultInjectionError("connection faults need the app served by uvicorn: serve(with_faults(...))")
    transport.close()
    async with asyncio.timeout(_HANG_UP_GRACE):
        while (await receive())["type"] != "http.disconnect":
            pass


async def _read_request(receive: Receive) -> list[Message]:
    """The request's body messages, read to their end."""
    messages = [await receive()]
    while messages[-1]["type"] == "http.request" and messages[-1].get("more_body", False):
        messages.append(await receive())
    return messages


def _replay(messages: list[Message], receive: Receive) -> Receive:
    """A `receive` that gives the app the request read earlier, then what the connection says."""
    queue = list(messages)

    async def replayed() -> Message:
        return queue.pop(0) if queue else await receive()

    return replayed


async def _gone(receive: Receive) -> None:
    """Returns once the client has hung up (call only after the request body was read)."""
    while (await receive())["type"] != "http.disconnect":
        pass


# -- one function per kind ---------------------------------------------------------------------------


@dataclass
class Call:
    """One request meeting a fault: the app, the request, the kind's parameter, and where in the
    kind's share its draw fell (0 to 1), for kinds that vary their answer."""

    app: ASGIApp
    scope: Scope
    receive: Receive
    send: Send
    param: Any
    position: float


# An injector answers the request its way; False means the fault did not apply and the request
# got its real answer (the log then counts it as passed).
Injector = Callable[[Call], Awaitable[bool]]


async def _refuse(call: Call, status: int) -> bool:
    await _answer(call.send, _status(status, {"Retry-After": "0"}))
    return True


async def _fail(call: Call, status: int) -> bool:
    await _answer(call.send, _status(status))
    return True


async def _drop(call: Call) -> bool:
    await call.send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
    await _hang_up(call.send, call.receive)
    return True


async def _after(call: Call) -> bool:
    await _carry_out(call.app, call.scope, call.receive)
    await _hang_up(call.send, call.receive)
    return True


async def _cut(call: Call) -> bool:
    answer = await _carry_out(call.app, call.scope, call.receive)
    if answer.body:
        await call.send({"type": "http.response.start", "status": answer.status, "headers": answer.headers})
        kept = answer.body[: min(int(call.param), len(answer.body) - 1)]
        await call.send({"type": "http.response.body", "body": kept, "more_body": True})
    await _hang_up(call.send, call.receive)
    return True


async def _reset(call: Call) -> bool:
    await _hang_up(call.send, call.receive)
    return True


async def _truncated(call: Call) -> bool:
    answer = await _carry_out(call.app, call.scope, call.receive)
    if not answer.is_json:
        await _answer(call.send, answer)
        return False
    await _answer(call.send, answer.replaced(answer.body[: len(answer.body) // 2]))
    return True


async def _badjson(call: Call) -> bool:
    answer = await _carry_out(call.app, call.scope, call.receive)
    if not answer.is_json:
        await _answer(call.send, answer)
        return False
    broken = b'{"status": "ok", "id": 12, "result": [1, 2,, }'
    await _answer(call.send, answer.replaced(broken, status=200, content_type=b"application/json"))
    return True


_HTML = (
    b"<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>\n"
    b"<body><h1>Bad Gateway</h1><p>The proxy server received an invalid response.</p></body></html>\n"
)


async def _html(call: Call) -> bool:
    await _answer(call.send, Answer(200, [], b"").replaced(_HTML, content_type=b"text/html; charset=utf-8"))
    return True


async def _retry_after(call: Call) -> bool:
    # The first half of the kind's share answers 503, the second 429: both kinds of refusal.
    status = 503 if call.position < 0.5 else 429
    await _answer(call.send, _status(status, {"Retry-After": str(call.param)}))
    return True


async def _stall(call: Call) -> bool:
    request = await _read_request(call.receive)
    try:
        await asyncio.wait_for(_gone(call.receive), timeout=float(call.param))
    except TimeoutError:
        pass
    # The client may have hung up: the server acts all the same, its answer goes nowhere.
    await call.app(call.scope, _replay(request, call.receive), call.send)
    return True


async def _trickle(call: Call) -> bool:
    answer = await _carry_out(call.app, call.scope, call.receive)
    watcher = asyncio.ensure_future(_gone(call.receive))
    pieces = range(0, len(answer.body), TRICKLE_BYTES)
    pause = float(call.param) / max(1, len(pieces))
    try:
        await call.send({"type": "http.response.start", "status": answer.status, "headers": answer.headers})
        for start in pieces:
            if watcher.done():
                break
            piece = answer.body[start : start + TRICKLE_BYTES]
            await call.send({"type": "http.response.body", "body": piece, "more_body": True})
            await asyncio.wait({watcher}, timeout=pause)
        await call.send({"type": "http.response.body", "body": b""})
    finally:
        watcher.cancel()
    return True


@dataclass(frozen=True)
class Kind:
    """A fault kind: how it answers, which methods it applies to, and its parameter, if any."""

    inject: Injector
    acts: bool  # whether the server carries out the request before the fault
    idempotent_only: bool = False
    parse: Callable[[str], Any] | None = None
    default: Any = None


def _seconds(text: str) -> float:
    value = float(text)
    if not value >= 0:
        raise ValueError(f"{text!r} is not a number of seconds")
    return value


def _bytes(text: str) -> int:
    value = int(text)
    if value < 0:
        raise ValueError(f"{text!r} is not a number of bytes")
    return value


def _header_value(text: str) -> str:
    if not text or not text.isprintable():
        raise ValueError(f"{text!r} cannot be a header value")
    return text


def _with_status(injector: Callable[[Call, int], Awaitable[bool]], status: int) -> Injector:
    async def inject(call: Call) -> bool:
        return await injector(call, status)

    return inject


# In the order the draw goes through them: 503, 429 and drop first, so that older profiles draw as before.
KINDS: dict[str, Kind] = {
    "503": Kind(_with_status(_refuse, 503), acts=False),
    "429": Kind(_with_status(_refuse, 429), acts=False),
    "drop": Kind(_drop, acts=False, idempotent_only=True),
    "after": Kind(_after, acts=True),
    "cut": Kind(_cut, acts=True, parse=_bytes, default=10),
    "reset": Kind(_reset, acts=False),
    "truncated": Kind(_truncated, acts=True),
    "badjson": Kind(_badjson, acts=True),
    "html": Kind(_html, acts=False),
    "500": Kind(_with_status(_fail, 500), acts=False),
    "502": Kind(_with_status(_fail, 502), acts=False),
    "504": Kind(_with_status(_fail, 504), acts=False),
    "retryafter": Kind(_retry_after, acts=False, parse=_header_value, default=HUGE_RETRY_AFTER),
    "stall": Kind(_stall, acts=True, parse=_seconds, default=5.0),
    "trickle": Kind(_trickle, acts=True, parse=_seconds, default=10.0),
}
# Drawn on its own: it delays a request that met no other fault.
SLOW = "slow"
SLOW_DEFAULT = 0.05
_ALL = (*KINDS, SLOW)


# -- profiles -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FaultProfile:
    """Shares of requests per fault kind (the kinds other than `slow` add up to at most 1), their
    parameters (a kind without one gets its default), and the seed of the draw."""

    shares: Mapping[str, float] = field(default_factory=dict)
    params: Mapping[str, Any] = field(default_factory=dict)
    seed: int = 0

    def __post_init__(self) -> None:
        for kind, share in self.shares.items():
            if kind not in _ALL:
                raise FaultProfileError(f"unknown fault kind {kind!r}: use one of {', '.join(_ALL)}")
            if not 0.0 <= share <= 1.0:
                raise FaultProfileError(f"fault share {kind}={share} must be between 0 and 1")
        exclusive = [kind for kind in self.shares if kind != SLOW and self.shares[kind] > 0]
        if sum(self.shares[kind] for kind in exclusive) > 1.0 + 1e-9:
            raise FaultProfileError(f"the shares of {', '.join(exclusive)} add up to more than 1")

    @classmethod
    def parse(cls, text: str, *, seed: int = 0) -> FaultProfile:
        """`"503=0.2,after=0.1,cut=0.1:20,slow=0.2:0.1"`: `kind=SHARE` or `kind=SHARE:PARAM`."""
        shares: dict[str, float] = {}
        params: dict[str, Any] = {}
        for part in filter(None, (item.strip() for item in text.split(","))):
            name, sep, value = part.partition("=")
            if not sep or name not in _ALL:
                raise FaultProfileError(f"fault {part!r}: use KIND=SHARE[:PARAM] with KIND one of {', '.join(_ALL)}")
            if name in shares:
                raise FaultProfileError(f"fault {part!r}: {name} is given twice")
            share, has_param, param = value.partition(":")
            shares[name] = _number(part, share)
            if has_param:
                params[name] = _param(part, name, param)
        return cls(shares=shares, params=params, seed=seed)

    def share(self, kind: str) -> float:
        return self.shares.get(kind, 0.0)

    def param(self, kind: str) -> Any:
        if kind == SLOW:
            return self.params.get(SLOW, SLOW_DEFAULT)
        return self.params.get(kind, KINDS[kind].default)

    def pick(self, draw: float) -> tuple[str, float] | None:
        """The kind a draw in [0, 1) falls on, with where in its share it fell (0 to 1); None: no fault."""
        for kind in KINDS:
            share = self.share(kind)
            if draw < share:
                return kind, draw / share
            draw -= share
        return None


def _number(part: str, text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise FaultProfileError(f"fault {part!r}: {text!r} is not a number") from None


def _param(part: str, kind: str, text: str) -> Any:
    parse = _seconds if kind == SLOW else KINDS[kind].parse
    if parse is None:
        raise FaultProfileError(f"fault {part!r}: {kind} takes no parameter")
    try:
        return parse(text)
    except ValueError:
        raise FaultProfileError(f"fault {part!r}: {text!r} is not a valid parameter for {kind}") from None


# -- the log ------------------------------------------------------------------------------------------


@dataclass
class FaultLog:
    """What was injected, by kind, and which tagged requests the server carried out.

    `counts` counts injected faults, `passed` the requests that met none. `carried_out` lists, per
    tag (see `TAG_HEADER`), each time the app ran a request with it, as "METHOD /path STATUS" (0
    when the app answered nothing). An answer of 2xx or 3xx counts as carried out; one the app
    refused (4xx, an expired token, say) or failed (5xx) did not change anything.
    """

    counts: Counter[str] = field(default_factory=Counter)
    passed: int = 0
    carried_out: dict[str, list[str]] = field(default_factory=dict)
    _active: int = field(default=0, init=False, repr=False)
    _idle: threading.Condition = field(default_factory=threading.Condition, init=False, repr=False)

    def carried_out_twice(self) -> list[str]:
        """Non-idempotent requests the server carried out more than once: a client resent one that
        had been acted on."""
        with self._idle:
            found = []
            for runs in self.carried_out.values():
                acted = [run for run in runs if run.split(" ")[0] not in IDEMPOTENT and _succeeded(run)]
                if len(acted) > 1:
                    found.append(f"{acted[0].rsplit(' ', 1)[0]} ({len(acted)} times)")
            return found

    def settle(self, timeout: float = 10.0) -> bool:
        """Wait until no request is being served (a stalled one may act after its client left)."""
        with self._idle:
            return self._idle.wait_for(lambda: self._active == 0, timeout)

    def _start(self) -> None:
        with self._idle:
            self._active += 1

    def _end(self, kind: str | None) -> None:
        with self._idle:
            self._active -= 1
            if kind is None:
                self.passed += 1
            else:
                self.counts[kind] += 1
            self._idle.notify_all()

    def _carried_out(self, scope: Scope, status: int) -> None:
        tag = _header(scope, TAG_HEADER)
        if tag:
            run = f"{scope.get('method', 'GET')} {scope.get('path', '')} {status}"
            with self._idle:
                self.carried_out.setdefault(tag, []).append(run)


def _succeeded(run: str) -> bool:
    return 200 <= int(run.rsplit(" ", 1)[1]) < 400


def _header(scope: Scope, name: str) -> str:
    wanted = name.encode()
    return next((value.decode("latin-1") for key, value in scope.get("headers", []) if key.lower() == wanted), "")


# -- the wrappers ---------------------------------------------------------------------------------------


def with_faults(app: ASGIApp, profile: FaultProfile, log: FaultLog | None = None) -> ASGIApp:
    """`app` behind the faults of `profile`, recorded in `log`."""
    rng = random.Random(profile.seed)  # noqa: S311 - repeatable test faults, not security
    lock = threading.Lock()
    record = log if log is not None else FaultLog()

    async def carried_out(scope: Scope, receive: Receive, send: Send) -> None:
        status = 0

        async def noting(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = int(message["status"])
            await send(message)

        try:
            await app(scope, receive, noting)
        finally:
            record._carried_out(scope, status)

    async def faulty(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await app(scope, receive, send)
            return
        with lock:
            draw, slow_draw = rng.random(), rng.random()
        method = str(scope.get("method", "GET")).upper()
        picked = profile.pick(draw)
        if picked is not None and KINDS[picked[0]].idempotent_only and method not in IDEMPOTENT:
            picked = None
        record._start()
        injected: str | None = None
        try:
            if picked is not None:
                kind, position = picked
                call = Call(carried_out, scope, receive, send, profile.param(kind), position)
                injected = kind if await KINDS[kind].inject(call) else None
            else:
                if slow_draw < profile.share(SLOW):
                    injected = SLOW
                    await asyncio.sleep(profile.param(SLOW))
                await carried_out(scope, receive, send)
        finally:
            record._end(injected)

    return faulty


def drop_answers(app: ASGIApp, when: Callable[[Scope], bool]) -> ASGIApp:
    """`app`, except that for requests `when` picks it acts in full and then cuts the connection
    before its answer leaves (the `after` kind): the work is done, the client never hears of it."""

    async def acting(scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or not when(scope):
            await app(scope, receive, send)
            return
        await _after(Call(app, scope, receive, send, None, 0.0))

    return acting
