# Copied from overlays/kaedim/_webhooks.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""Receiving Kaedim's webhooks: verify the signature, parse either payload shape, deduplicate.

Kaedim POSTs to the registered destination when a request finishes. The `kaedim-signature` header
holds a JSON string `{"t": <timestamp>, "v1": "<hex>"}` with
`v1 = hex(HMAC-SHA256(secret, f"{t}{payload}"))`. Kaedim's own code signs a compact
re-serialization of the JSON body, so the raw body is tried first and then that form.

Two payload shapes exist: the flat one of the API page (`{status, userID, requestID, results:
{obj, fbx, ...}}`, or `{status: "error", requestID, message, cause}`) and the newer one of the
web-hooks page (`{results: {status, requestID, iterationID, type, completedModels, ...}}`).
Both become one `WebhookEvent`.

The receiver faces the open internet, so every delivery is hostile until proven otherwise: the body
is capped (`max_body_bytes`, 1 MiB by default), the header is checked for type and range before
any arithmetic, the body is read with `fabapi_core.loads_untrusted`, and every bad input is a
`WebhookError` (400, or 413 for a body too large). An event counts as handled only once the
handler returned: one that raised is delivered again by Kaedim and handled again.
"""

from __future__ import annotations

import hashlib
import hmac
import inspect
import json
import logging
import math
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, Final

from fabapi_core import FabapiError, InvalidArgument, Secret, UntrustedJSONError, loads_untrusted

SecretLike = str | Secret
EventKey = tuple[str, int | None, str, str | None, str]
Handler = Callable[["WebhookEvent"], Awaitable[None] | None]

SIGNATURE_HEADER: Final = "kaedim-signature"
DEFAULT_TOLERANCE: Final = 300.0
DEFAULT_MAX_BODY_BYTES: Final = 1024 * 1024

logger = logging.getLogger("fabapi.kaedim.webhooks")

# `{"t": 1700000000000, "v1": "<64 hex digits>"}` is ~90 characters; anything far longer is not Kaedim's.
_MAX_HEADER_CHARS: Final = 512
# Seconds or milliseconds since 1970, below the year 5000 either way.
_MAX_TIMESTAMP: Final = 10**14
_TIMESTAMP_TEXT: Final = re.compile(r"[0-9]{1,14}")
_HEX_DIGEST: Final = re.compile(r"[0-9a-fA-F]{64}")
_ITERATION_TEXT: Final = re.compile(r"[0-9]{1,18}")
_MAX_ITERATION: Final = 2**63 - 1
_SHOWN: Final = 40  # characters of a sender's value quoted in an error, at most
_RETRY_AFTER_SECONDS: Final = b"10"


class WebhookError(FabapiError):
    """A delivery that must not be trusted or cannot be read; the receiver answers 400 (413 if too large)."""


class WebhookSignatureError(WebhookError):
    """The signature header is missing, malformed, stale, or does not match the body."""


class WebhookTooLarge(WebhookError):
    """The body is longer than the receiver's `max_body_bytes`; the receiver answers 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"webhook body larger than {limit} bytes")
        self.limit = limit


class WebhookPayloadError(WebhookError):
    """The body is neither payload shape; `.field` names the field that was wrong ("(body)": all of it)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"webhook payload field {field!r}: {message}")
        self.field = field


class WebhookInProgress(FabapiError):
    """Another delivery of this event is being handled right now. Not bad input: answer with a
    status the sender retries (the ASGI app answers 503), so the event is not lost if that
    other handler fails."""

    def __init__(self, request_id: str) -> None:
        super().__init__(f"a delivery of this event (request {request_id!r:.{_SHOWN}}) is being handled already")
        self.request_id = request_id


def _shown(value: object) -> str:
    """A sender's value for an error message: its type for containers, else a short repr."""
    if isinstance(value, dict | list):
        return "an object" if isinstance(value, dict) else "an array"
    text = repr(value)
    return text if len(text) <= _SHOWN else f"{text[:_SHOWN]}..."


@dataclass(frozen=True)
class WebhookEvent:
    """One delivery, whichever shape it came in (`shape` is "flat" or "results")."""

    status: str
    request_id: str
    shape: str
    models: Mapping[str, str] = field(default_factory=dict)
    user_id: str | None = None
    dev_id: str | None = None
    studio_id: str | None = None
    iteration_id: int | None = None
    type: str | None = None
    name: str | None = None
    image: str | None = None
    is_revision: bool | None = None
    asset_complete: bool | None = None
    created_at: str | None = None
    completed_at: str | None = None
    message: str | None = None
    cause: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def failed(self) -> bool:
        return self.status == "error"

    @property
    def key(self) -> EventKey:
        """What makes a delivery unique; Kaedim documents no idempotency key of its own.

        The request, iteration, status and type, and a digest of what the delivery carries (model
        links, message, cause, completion): an exact redelivery has the same key, while a later
        delivery with new links (the flat shape has no iteration to tell them apart) does not.
        """
        carried = [sorted(self.models.items()), self.message, self.cause, self.asset_complete, self.completed_at]
        digest = hashlib.sha256(json.dumps(carried).encode()).hexdigest()
        return (self.request_id, self.iteration_id, self.status, self.type, digest)


# -- signature -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Signature:
    prefix: bytes  # `t` as Kaedim wrote it in front of the payload
    seconds: float
    digest: str  # lowercase hex


def _timestamp(value: object) -> tuple[str, float]:
    """`t` as text and in seconds; its type and range are checked before any arithmetic."""
    wrong = "signature timestamp `t` must be a non-negative number of seconds or milliseconds"
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise WebhookSignatureError(f"{wrong}, got {type(value).__name__}")
    if isinstance(value, int):
        if not 0 <= value < _MAX_TIMESTAMP:
            raise WebhookSignatureError(f"{wrong}, got one out of range")
        text = str(value)
    elif isinstance(value, float):
        if not (math.isfinite(value) and 0 <= value < _MAX_TIMESTAMP):
            raise WebhookSignatureError(f"{wrong}, got one out of range")
        text = json.dumps(value)
    else:
        if not _TIMESTAMP_TEXT.fullmatch(value):
            raise WebhookSignatureError(f"{wrong}, got a string of something else")
        text = value
    number = float(text)
    # JavaScript's Date.now() is in milliseconds; a seconds value this large would be year 5000+.
    return text, number / 1000.0 if number > 1e11 else number


def _parse_header(header: str | None) -> _Signature:
    if not header:
        raise WebhookSignatureError(f"missing {SIGNATURE_HEADER} header")
    if len(header) > _MAX_HEADER_CHARS:
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} is longer than {_MAX_HEADER_CHARS} characters")
    try:
        parsed = loads_untrusted(header, max_depth=2)
    except UntrustedJSONError as error:
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} is not JSON: {error}") from None
    if not isinstance(parsed, dict) or "t" not in parsed or "v1" not in parsed:
        raise WebhookSignatureError(f'{SIGNATURE_HEADER} must be {{"t": ..., "v1": "..."}}')
    text, seconds = _timestamp(parsed["t"])
    digest = parsed["v1"]
    if not isinstance(digest, str) or not _HEX_DIGEST.fullmatch(digest):
        raise WebhookSignatureError("signature `v1` must be 64 hexadecimal digits (an HMAC-SHA256)")
    return _Signature(prefix=text.encode(), seconds=seconds, digest=digest.lower())


def _compact(payload: object) -> bytes | None:
    """The body as Kaedim's Node code serializes it before signing (None if it cannot be)."""
    try:
        return json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()
    except UnicodeEncodeError:  # a lone surrogate, from a \\ud800 escape
        return None


class _Unparsed:
    """Marks that the body was not parsed while checking the signature."""


_UNPARSED: Final = _Unparsed()


def _verify(secret: Secret, header: str | None, body: bytes, *, tolerance: float, now: float) -> object | _Unparsed:
    """Check the signature; the parsed body when it had to be parsed for the compact form."""
    signature = _parse_header(header)
    age = abs(now - signature.seconds)
    if not age <= tolerance:  # `not <=`: a NaN from a broken clock is stale too
        raise WebhookSignatureError(f"signature is {age:.0f} s old (tolerance {tolerance:g} s)")
    key = secret.reveal().encode()

    def matches(candidate: bytes) -> bool:
        expected = hmac.new(key, signature.prefix + candidate, hashlib.sha256).hexdigest()
        return hmac.compare_digest(expected, signature.digest)

    if matches(body):
        return _UNPARSED
    try:
        payload: object = loads_untrusted(body)
    except UntrustedJSONError:
        # Not JSON, so there is no compact form either: an unauthenticated body, refused as such.
        raise WebhookSignatureError("signature does not match the body") from None
    compact = _compact(payload)
    if compact is None or not matches(compact):
        raise WebhookSignatureError("signature does not match the body")
    return payload


def sign(secret: SecretLike, body: bytes, timestamp: int) -> str:
    """The `kaedim-signature` value for `body` at `timestamp`, as Kaedim computes it."""
    key = Secret(secret).reveal().encode()
    digest = hmac.new(key, str(timestamp).encode() + body, hashlib.sha256).hexdigest()
    return json.dumps({"t": timestamp, "v1": digest})


def verify_signature(
    secret: SecretLike,
    header: str | None,
    body: bytes,
    *,
    tolerance: float = DEFAULT_TOLERANCE,
    now: float | None = None,
) -> None:
    """Raise `WebhookSignatureError` unless `header` signs `body` (raw or compact) within `tolerance`.

    A malformed header of any kind (not JSON, `t` not a non-negative finite number or digits,
    `v1` not 64 hex digits) is a `WebhookSignatureError` too.
    """
    _verify(Secret(secret), header, body, tolerance=tolerance, now=time.time() if now is None else now)


# -- payload ----------------------------------------------------------------------------------------


def _text(data: Mapping[str, Any], name: str, where: str, *, required: bool = False) -> str | None:
    value = data.get(name)
    if value is None:
        if required:
            raise WebhookPayloadError(f"{where}{name}", "missing")
        return None
    if not isinstance(value, str):
        raise WebhookPayloadError(f"{where}{name}", f"expected a string, got {type(value).__name__}")
    return value


def _flag(data: Mapping[str, Any], name: str, where: str) -> bool | None:
    value = data.get(name)
    if value is None or isinstance(value, bool):
        return value
    raise WebhookPayloadError(f"{where}{name}", f"expected true or false, got {_shown(value)}")


def _links(value: object, where: str) -> dict[str, str]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise WebhookPayloadError(where, f"expected an object of download links, got {type(value).__name__}")
    links: dict[str, str] = {}
    for name, url in value.items():
        if url is None:
            continue
        if not isinstance(url, str):
            field = f"{where}.{name:.{_SHOWN}}"
            raise WebhookPayloadError(field, f"expected a URL string, got {type(url).__name__}")
        links[str(name)] = url
    return links


def _iteration(value: object) -> int | None:
    if value is None:
        return None
    number: int | None = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and _ITERATION_TEXT.fullmatch(value):  # ASCII digits only: int("²") fails
        number = int(value)
    if number is None or not 0 <= number <= _MAX_ITERATION:
        raise WebhookPayloadError("results.iterationID", f"expected a non-negative number, got {_shown(value)}")
    return number


def parse_event(payload: object) -> WebhookEvent:
    """One `WebhookEvent` from either documented shape; `WebhookPayloadError` names the bad field."""
    if not isinstance(payload, Mapping):
        raise WebhookPayloadError("(body)", f"expected a JSON object, got {type(payload).__name__}")
    results = payload.get("results")
    # An object under `results` and no top-level requestID: the newer shape (flat ones carry links there).
    if isinstance(results, Mapping) and "requestID" not in payload and "status" not in payload:
        where = "results."
        return WebhookEvent(
            shape="results",
            status=_text(results, "status", where, required=True) or "",
            request_id=_text(results, "requestID", where, required=True) or "",
            models=_links(results.get("completedModels"), "results.completedModels"),
            user_id=_text(results, "userID", where),
            dev_id=_text(results, "devID", where),
            studio_id=_text(results, "studioID", where),
            iteration_id=_iteration(results.get("iterationID")),
            type=_text(results, "type", where),
            name=_text(results, "name", where),
            image=_text(results, "image", where),
            is_revision=_flag(results, "isRevision", where),
            asset_complete=_flag(results, "assetComplete", where),
            created_at=_text(results, "createdAt", where),
            completed_at=_text(results, "completedAt", where),
            raw=payload,
        )
    if "requestID" in payload or "status" in payload:
        status = _text(payload, "status", "", required=True) or ""
        return WebhookEvent(
            shape="flat",
            status=status,
            request_id=_text(payload, "requestID", "", required=True) or "",
            models=_links(results, "results") if status != "error" else {},
            user_id=_text(payload, "userID", ""),
            message=_text(payload, "message", ""),
            cause=_text(payload, "cause", ""),
            raw=payload,
        )
    raise WebhookPayloadError("requestID", "neither shape: no `requestID` at the top or under `results`")


# -- receiving --------------------------------------------------------------------------------------


def _non_negative(name: str, value: object, *, allow_float: bool = False) -> None:
    number = isinstance(value, int) or (allow_float and isinstance(value, float) and math.isfinite(value))
    if isinstance(value, bool) or not number or not isinstance(value, int | float) or value < 0:
        kind = "a non-negative finite number" if allow_float else "a non-negative integer"
        raise InvalidArgument(name, f"{name} must be {kind}, got {value!r}")


class WebhookReceiver:
    """Verifies, parses and deduplicates deliveries. Thread-safe; remembers the last `memory` handled events.

    Three ways to use it, from the most to the least automatic:

    - `asgi(handler)`: an ASGI app that does everything below and answers Kaedim.
    - `with receiver.handling(headers, body) as event:` runs your code for a new event (`event` is
      None for a duplicate); the event counts as handled when the block ends without an exception.
      A concurrent delivery of the same event meanwhile raises `WebhookInProgress`.
    - `receive(headers, body)` returns the event (None if already handled) and marks nothing: call
      `mark_handled(event)` once you have processed it, or a redelivery returns it again.

    Bodies over `max_body_bytes` (1 MiB by default; Kaedim's payloads are a few kB) are refused.
    """

    def __init__(
        self,
        secret: SecretLike,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        memory: int = 10_000,
        max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
        clock: Callable[[], float] = time.time,
    ) -> None:
        _non_negative("tolerance", tolerance, allow_float=True)
        _non_negative("memory", memory)
        _non_negative("max_body_bytes", max_body_bytes)
        self._secret = Secret(secret)
        self.tolerance = tolerance
        self.memory = memory
        self.max_body_bytes = max_body_bytes
        self.clock = clock
        self._handled: OrderedDict[EventKey, None] = OrderedDict()
        self._in_flight: set[EventKey] = set()
        self._lock = threading.Lock()

    def parse(self, headers: Mapping[str, str], body: bytes) -> WebhookEvent:
        """Verify and parse one delivery, with no regard to duplicates. Raises `WebhookError`."""
        if len(body) > self.max_body_bytes:
            raise WebhookTooLarge(self.max_body_bytes)
        header = next((value for name, value in headers.items() if name.lower() == SIGNATURE_HEADER), None)
        payload = _verify(self._secret, header, body, tolerance=self.tolerance, now=self.clock())
        if isinstance(payload, _Unparsed):
            try:
                payload = loads_untrusted(body)
            except UntrustedJSONError as error:
                raise WebhookPayloadError("(body)", str(error)) from error
        return parse_event(payload)

    def receive(self, headers: Mapping[str, str], body: bytes) -> WebhookEvent | None:
        """The event, or None when it was handled already. Raises `WebhookError`.

        Nothing is marked: call `mark_handled(event)` after processing it. Until then a redelivery
        returns the event again, so an event whose processing failed is not lost.
        """
        event = self.parse(headers, body)
        return None if self.is_handled(event) else event

    def is_handled(self, event: WebhookEvent) -> bool:
        with self._lock:
            return event.key in self._handled

    def mark_handled(self, event: WebhookEvent) -> None:
        """Remember `event` as processed: later deliveries of it are duplicates."""
        with self._lock:
            self._in_flight.discard(event.key)
            self._handled[event.key] = None
            self._handled.move_to_end(event.key)
            while len(self._handled) > self.memory:
                self._handled.popitem(last=False)

    @contextmanager
    def handling(self, headers: Mapping[str, str], body: bytes) -> Iterator[WebhookEvent | None]:
        """Verify, parse and claim a delivery for the `with` block; None for a duplicate.

        The event is marked handled when the block ends normally. If it raises, the claim is
        released and the event stays unhandled, so Kaedim's redelivery runs it again. While the
        block runs, another delivery of the same event raises `WebhookInProgress` (rather than
        running the handler twice at once, or acknowledging an event whose handler may yet fail).
        """
        event = self.parse(headers, body)
        with self._lock:
            if event.key in self._handled:
                duplicate = True
            elif event.key in self._in_flight:
                raise WebhookInProgress(event.request_id)
            else:
                duplicate = False
                self._in_flight.add(event.key)
        if duplicate:
            yield None
            return
        try:
            yield event
        except BaseException:
            with self._lock:
                self._in_flight.discard(event.key)
            raise
        self.mark_handled(event)

    def asgi(self, on_event: Handler) -> Callable[..., Awaitable[None]]:
        """A minimal ASGI app that calls `on_event` (a function or coroutine function) once per event.

        Answers: 200 for a delivery handled now or before; 400 with the reason for a bad one; 413
        for a body over `max_body_bytes` (a Content-Length that announces one is refused unread);
        405 for anything but POST; 503 with Retry-After while another delivery of the event is
        being handled; 500, without the exception's text, when `on_event` raised (the exception
        is logged on the `fabapi.kaedim.webhooks` logger, and Kaedim's redelivery retries it).
        """

        async def app(scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]], send: Any) -> None:
            if scope.get("type") != "http":
                return
            if scope.get("method") != "POST":
                await _answer(send, 405, "POST only", [(b"allow", b"POST")])
                return
            raw_headers: list[tuple[bytes, bytes]] = list(scope.get("headers") or [])
            if _announced_too_much(raw_headers, self.max_body_bytes):
                await _answer(send, 413, str(WebhookTooLarge(self.max_body_bytes)))
                return
            try:
                body = await _read_body(receive, self.max_body_bytes)
            except _Disconnected:
                return  # nobody left to answer
            if body is None:
                await _answer(send, 413, str(WebhookTooLarge(self.max_body_bytes)))
                return
            status, message, extra = await self._deliver(_decoded_headers(raw_headers), body, on_event)
            await _answer(send, status, message, extra)

        return app

    async def _deliver(
        self, headers: Mapping[str, str] | None, body: bytes, on_event: Handler
    ) -> tuple[int, str | None, list[tuple[bytes, bytes]]]:
        """Status, message and extra headers of the answer to one delivery."""
        if headers is None:
            return 400, f"more than one {SIGNATURE_HEADER} header", []
        try:
            with self.handling(headers, body) as event:
                if event is not None:
                    outcome = on_event(event)
                    if inspect.isawaitable(outcome):
                        await outcome
        except WebhookTooLarge as error:
            return 413, str(error), []
        except WebhookError as error:
            return 400, str(error), []
        except WebhookInProgress:
            return 503, "this event is being handled; deliver it again later", [(b"retry-after", _RETRY_AFTER_SECONDS)]
        except Exception as error:  # the handler's: reported to the log, never to the sender
            failure = type(error).__name__
            logger.error("webhook handler failed (%s); answered 500 so Kaedim delivers again", failure, exc_info=error)
            return 500, "the event could not be handled; deliver it again later", []
        return 200, None, []

    def __repr__(self) -> str:
        return (
            f"WebhookReceiver(secret={self._secret!r}, tolerance={self.tolerance:g}, "
            f"max_body_bytes={self.max_body_bytes})"
        )


# -- ASGI plumbing ----------------------------------------------------------------------------------


def _announced_too_much(headers: Iterable[tuple[bytes, bytes]], limit: int) -> bool:
    """Whether a Content-Length header announces more than `limit` (a malformed one is the server's to refuse)."""
    for name, value in headers:
        if name.lower() == b"content-length" and value.isdigit():
            # Compare lengths first: int() of a 5000-digit value would raise.
            if len(value.lstrip(b"0")) > len(str(limit)) or int(value) > limit:
                return True
    return False


class _Disconnected(Exception):
    """The sender went away before the whole body arrived."""


async def _read_body(receive: Callable[[], Awaitable[dict[str, Any]]], limit: int) -> bytes | None:
    """The body, read in chunks (linear time); None as soon as it passes `limit` bytes."""
    chunks: list[bytes] = []
    total = 0
    while True:
        message = await receive()
        if message.get("type") == "http.disconnect":
            raise _Disconnected
        chunk = bytes(message.get("body") or b"")
        total += len(chunk)
        if total > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body"):
            break
    return b"".join(chunks)


def _decoded_headers(raw: Iterable[tuple[bytes, bytes]]) -> dict[str, str] | None:
    """Headers by lowercase name; None when the signature header comes more than once (ambiguous)."""
    headers: dict[str, str] = {}
    for name, value in raw:
        key = name.decode("latin-1").lower()
        if key == SIGNATURE_HEADER and key in headers:
            return None
        headers[key] = value.decode("latin-1")
    return headers


def _answer_body(status: int, message: str | None) -> bytes:
    if status == 200:
        return b'{"status":"success"}'
    text = json.dumps({"status": "error", "message": message or ""})  # ensure_ascii: every non-ASCII escaped
    # As Go's encoder does: no raw <, > or & reaches a client that might sniff the body as HTML.
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026").encode()


async def _answer(
    send: Any, status: int, message: str | None = None, extra: Iterable[tuple[bytes, bytes]] = ()
) -> None:
    body = _answer_body(status, message)
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        (b"x-content-type-options", b"nosniff"),
        (b"cache-control", b"no-store"),
        *extra,
    ]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
