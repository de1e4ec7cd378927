"""Receiving Kaedim's webhooks: verify the signature, parse either payload shape, deduplicate.

Kaedim POSTs to the registered destination when a request finishes. The `kaedim-signature` header
holds a JSON string `{"t": <timestamp>, "v1": "<hex>"}` with
`v1 = hex(HMAC-SHA256(secret, f"{t}{payload}"))`. Kaedim's own code signs a compact
re-serialization of the JSON body, so the raw body is tried first and then that form.

Two payload shapes exist: the flat one of the API page (`{status, userID, requestID, results:
{obj, fbx, ...}}`, or `{status: "error", requestID, message, cause}`) and the newer one of the
web-hooks page (`{results: {status, requestID, iterationID, type, completedModels, ...}}`).
Both become one `WebhookEvent`.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Final

from fabapi_core import FabapiError, Secret

SecretLike = str | Secret

SIGNATURE_HEADER: Final = "kaedim-signature"
DEFAULT_TOLERANCE: Final = 300.0
MODEL_FORMATS: Final = ("obj", "fbx", "glb", "gltf", "mtl", "usd")


class WebhookError(FabapiError):
    """A webhook delivery that must not be trusted or cannot be read; the receiver answers 400."""


class WebhookSignatureError(WebhookError):
    """The signature header is missing, malformed, stale, or does not match the body."""


class WebhookPayloadError(WebhookError):
    """The body is neither payload shape; `.field` names the field that was wrong."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"webhook payload field {field!r}: {message}")
        self.field = field


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
    def key(self) -> tuple[str, int | None, str, str | None]:
        """What makes a delivery unique; Kaedim documents no idempotency key of its own."""
        return (self.request_id, self.iteration_id, self.status, self.type)


# -- signature -----------------------------------------------------------------------------------


def _timestamp_seconds(value: object) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise WebhookSignatureError("signature timestamp `t` is not a number")
    try:
        number = float(value)
    except ValueError:
        raise WebhookSignatureError("signature timestamp `t` is not a number") from None
    # JavaScript's Date.now() is in milliseconds; a seconds value this large would be year 5000+.
    return number / 1000.0 if number > 1e11 else number


def _compact(body: bytes) -> bytes | None:
    try:
        return json.dumps(json.loads(body), separators=(",", ":"), ensure_ascii=False).encode()
    except (ValueError, UnicodeDecodeError):
        return None


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
    """Raise `WebhookSignatureError` unless `header` signs `body` (raw or compact) within `tolerance`."""
    if not header:
        raise WebhookSignatureError(f"missing {SIGNATURE_HEADER} header")
    try:
        parsed = json.loads(header)
    except ValueError:
        raise WebhookSignatureError(f"{SIGNATURE_HEADER} is not JSON") from None
    if not isinstance(parsed, dict) or "t" not in parsed or not isinstance(parsed.get("v1"), str):
        raise WebhookSignatureError(f'{SIGNATURE_HEADER} must be {{"t": ..., "v1": "..."}}')
    sent_at = _timestamp_seconds(parsed["t"])
    current = time.time() if now is None else now
    if abs(current - sent_at) > tolerance:
        raise WebhookSignatureError(f"signature is {abs(current - sent_at):.0f} s old (tolerance {tolerance:g} s)")
    key = Secret(secret).reveal().encode()
    prefix = (str(parsed["t"]) if not isinstance(parsed["t"], float) else json.dumps(parsed["t"])).encode()
    for candidate in (body, _compact(body)):
        if candidate is None:
            continue
        expected = hmac.new(key, prefix + candidate, hashlib.sha256).hexdigest()
        if hmac.compare_digest(expected, parsed["v1"].lower()):
            return
    raise WebhookSignatureError("signature does not match the body")


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
    raise WebhookPayloadError(f"{where}{name}", f"expected true or false, got {value!r}")


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
            raise WebhookPayloadError(f"{where}.{name}", f"expected a URL string, got {type(url).__name__}")
        links[str(name)] = url
    return links


def _iteration(value: object) -> int | None:
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    raise WebhookPayloadError("results.iterationID", f"expected a number, got {value!r}")


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


class WebhookReceiver:
    """Verifies, parses and deduplicates deliveries. Thread-safe; remembers the last `memory` keys."""

    def __init__(
        self,
        secret: SecretLike,
        *,
        tolerance: float = DEFAULT_TOLERANCE,
        memory: int = 10_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._secret = Secret(secret)
        self.tolerance = tolerance
        self.memory = memory
        self.clock = clock
        self._seen: OrderedDict[tuple[str, int | None, str, str | None], None] = OrderedDict()
        self._lock = threading.Lock()

    def receive(self, headers: Mapping[str, str], body: bytes) -> WebhookEvent | None:
        """The event, or None when this delivery was already received. Raises `WebhookError`."""
        header = next((value for name, value in headers.items() if name.lower() == SIGNATURE_HEADER), None)
        verify_signature(self._secret, header, body, tolerance=self.tolerance, now=self.clock())
        try:
            payload = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            raise WebhookPayloadError("(body)", "not JSON") from None
        event = parse_event(payload)
        with self._lock:
            if event.key in self._seen:
                return None
            self._seen[event.key] = None
            while len(self._seen) > self.memory:
                self._seen.popitem(last=False)
        return event

    def asgi(self, on_event: Callable[[WebhookEvent], Awaitable[None] | None]) -> Callable[..., Awaitable[None]]:
        """A minimal ASGI app: 200 for a delivery (new or repeated), 400 with a reason for a bad one."""

        async def app(scope: dict[str, Any], receive: Callable[[], Awaitable[dict[str, Any]]], send: Any) -> None:
            if scope["type"] != "http":
                return
            body = b""
            while True:
                message = await receive()
                body += message.get("body", b"")
                if not message.get("more_body"):
                    break
            headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in scope["headers"]}
            status, answer = 200, b'{"status":"success"}'
            if scope["method"] != "POST":
                status, answer = 405, b'{"status":"error","message":"POST only"}'
            else:
                try:
                    event = self.receive(headers, body)
                except WebhookError as err:
                    status, answer = 400, json.dumps({"status": "error", "message": str(err)}).encode()
                else:
                    if event is not None:
                        result = on_event(event)
                        if result is not None:
                            await result
            await send(
                {"type": "http.response.start", "status": status, "headers": [(b"content-type", b"application/json")]}
            )
            await send({"type": "http.response.body", "body": answer})

        return app

    def __repr__(self) -> str:
        return f"WebhookReceiver(secret={self._secret!r}, tolerance={self.tolerance:g})"
