# Copied from overlays/threeyourmind/_webhooks.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""Receiving 3YOURMIND's webhooks: parse the ten event payloads into their models and dispatch them.

3YOURMIND POSTs a JSON object to the URL set in its admin panel whenever an event happens; the
object's `type` field says which event it is (`order.created`, `job.finished`, ...). All ten share
one envelope: `{id, created, apiVersion, type, data}`, with `data` left undocumented. The seed
documents no signature, so authenticity is the receiver's concern (a secret URL, an allow-list).

Bodies come from the open internet: they are read with `fabapi_core.loads_untrusted`, so bytes that
are not UTF-8, not JSON, nested too deeply, hold a huge integer or NaN all end in
`WebhookPayloadError` with `.field == "(body)"`, never in a bare ValueError or RecursionError.
Limit the size of a body before it gets here (your web framework's request size limit).
"""

from __future__ import annotations

import enum
import inspect
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final, TypeAlias, TypeVar

from fabapi_core import FabapiError, UntrustedJSONError, loads_untrusted

from .models.webhook_job_finished import WebhookJobFinished
from .models.webhook_job_finished_type import WebhookJobFinishedType
from .models.webhook_job_scrapped import WebhookJobScrapped
from .models.webhook_job_scrapped_type import WebhookJobScrappedType
from .models.webhook_job_started import WebhookJobStarted
from .models.webhook_job_started_type import WebhookJobStartedType
from .models.webhook_order_accepted_in_mes import WebhookOrderAcceptedInMes
from .models.webhook_order_accepted_in_mes_type import WebhookOrderAcceptedInMesType
from .models.webhook_order_created import WebhookOrderCreated
from .models.webhook_order_created_type import WebhookOrderCreatedType
from .models.webhook_order_status_changed import WebhookOrderStatusChanged
from .models.webhook_order_status_changed_type import WebhookOrderStatusChangedType
from .models.webhook_quote_created import WebhookQuoteCreated
from .models.webhook_quote_created_type import WebhookQuoteCreatedType
from .models.webhook_request_for_quote_created import WebhookRequestForQuoteCreated
from .models.webhook_request_for_quote_created_type import WebhookRequestForQuoteCreatedType
from .models.webhook_sales_transaction_rejected import WebhookSalesTransactionRejected
from .models.webhook_sales_transaction_rejected_type import WebhookSalesTransactionRejectedType
from .models.webhook_user_created import WebhookUserCreated
from .models.webhook_user_created_type import WebhookUserCreatedType

WebhookEvent: TypeAlias = (
    WebhookJobFinished
    | WebhookJobScrapped
    | WebhookJobStarted
    | WebhookOrderAcceptedInMes
    | WebhookOrderCreated
    | WebhookOrderStatusChanged
    | WebhookQuoteCreated
    | WebhookRequestForQuoteCreated
    | WebhookSalesTransactionRejected
    | WebhookUserCreated
)
# Each model with the one-member enum its `type` field holds, as the generator wrote them.
_KINDS: Final[tuple[tuple[type[WebhookEvent], type[enum.Enum]], ...]] = (
    (WebhookJobFinished, WebhookJobFinishedType),
    (WebhookJobScrapped, WebhookJobScrappedType),
    (WebhookJobStarted, WebhookJobStartedType),
    (WebhookOrderAcceptedInMes, WebhookOrderAcceptedInMesType),
    (WebhookOrderCreated, WebhookOrderCreatedType),
    (WebhookOrderStatusChanged, WebhookOrderStatusChangedType),
    (WebhookQuoteCreated, WebhookQuoteCreatedType),
    (WebhookRequestForQuoteCreated, WebhookRequestForQuoteCreatedType),
    (WebhookSalesTransactionRejected, WebhookSalesTransactionRejectedType),
    (WebhookUserCreated, WebhookUserCreatedType),
)
_MODELS: Final = tuple(model for model, _ in _KINDS)
# `type` value -> model, read from the generated enums so it cannot drift from the spec.
EVENT_TYPES: Final[Mapping[str, type[WebhookEvent]]] = {str(next(iter(kind)).value): model for model, kind in _KINDS}
# The envelope every event shares, besides `type`: field -> (accepted types, what to say).
_ENVELOPE: Final[Mapping[str, tuple[tuple[type, ...], str]]] = {
    "id": ((int,), "an integer"),
    "created": ((str,), "a string (an ISO 8601 time)"),
    "apiVersion": ((str,), "a string"),
    "data": ((dict,), "an object"),
}

BODY: Final = "(body)"  # `.field` of an error about the body as a whole

E = TypeVar("E", bound=WebhookEvent)
Handler = Callable[[Any], Awaitable[None] | None]


class WebhookPayloadError(FabapiError, ValueError):
    """The body is not a 3YOURMIND event; `.field` names what was wrong ("(body)" for the body itself)."""

    def __init__(self, field: str, message: str) -> None:
        where = "webhook payload" if field == BODY else f"webhook payload field {field!r}"
        super().__init__(f"{where}: {message}")
        self.field = field


class UnknownWebhookType(WebhookPayloadError):
    """A well-formed event of a type this SDK does not know (3YOURMIND may add new ones)."""

    def __init__(self, event_type: str) -> None:
        known = ", ".join(sorted(EVENT_TYPES))
        super().__init__("type", f"unknown event type {event_type!r:.60}; known: {known}")
        self.event_type = event_type


def _decoded(payload: bytes | str | Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(payload, Mapping):
        return dict(payload)
    if not isinstance(payload, bytes | str):
        raise WebhookPayloadError(BODY, f"expected bytes, str or a mapping, got {type(payload).__name__}")
    try:
        decoded = loads_untrusted(payload)
    except UntrustedJSONError as error:
        raise WebhookPayloadError(BODY, str(error)) from error
    if not isinstance(decoded, dict):
        raise WebhookPayloadError(BODY, f"expected a JSON object, got {type(decoded).__name__}")
    return decoded


def parse_webhook(payload: bytes | str | Mapping[str, Any]) -> WebhookEvent:
    """The event model for a delivered body (raw bytes, text, or already-decoded JSON).

    Raises `WebhookPayloadError` naming the field that is missing or of the wrong type ("(body)"
    when the body is not a JSON object at all), and its subclass `UnknownWebhookType` for a `type`
    this SDK does not know. No other exception escapes for any body.
    """
    body = _decoded(payload)
    if "type" not in body:
        raise WebhookPayloadError("type", "missing; every 3YOURMIND event names its type")
    event_type = body["type"]
    if not isinstance(event_type, str):
        raise WebhookPayloadError("type", f"must be a string, got {type(event_type).__name__}")
    model = EVENT_TYPES.get(event_type)
    if model is None:
        raise UnknownWebhookType(event_type)
    for field, (accepted, said) in _ENVELOPE.items():
        if field in body and (not isinstance(body[field], accepted) or isinstance(body[field], bool)):
            raise WebhookPayloadError(field, f"must be {said}, got {type(body[field]).__name__}")
    return model.from_dict(body)


class WebhookDispatcher:
    """Routes each parsed event to the handlers registered for its type.

    >>> hooks = WebhookDispatcher()
    >>> @hooks.on(WebhookOrderCreated)
    ... def created(event: WebhookOrderCreated) -> None:
    ...     print("order", event.data["id"])
    >>> _ = hooks.dispatch(b'{"type": "order.created", "data": {"id": 7}}')
    order 7

    Handlers may be coroutine functions when events go through `adispatch`. Events nobody
    handles are returned all the same; an unknown type raises `UnknownWebhookType` unless
    `ignore_unknown=True` (then `dispatch` returns None).
    """

    def __init__(self, *, ignore_unknown: bool = False) -> None:
        self.ignore_unknown = ignore_unknown
        self._handlers: dict[type[WebhookEvent], list[Handler]] = {}
        self._any: list[Handler] = []

    def on(self, event: type[E] | str | None = None) -> Callable[[Callable[[E], Any]], Callable[[E], Any]]:
        """Decorator: call the function for events of this model or `type` value (None: every event)."""

        def register(handler: Callable[[E], Any]) -> Callable[[E], Any]:
            self.add(event, handler)
            return handler

        return register

    def add(self, event: type[Any] | str | None, handler: Callable[[Any], Any]) -> None:
        if not callable(handler):
            raise TypeError(f"a webhook handler must be callable, got {type(handler).__name__}")
        if event is None:
            self._any.append(handler)
            return
        model = EVENT_TYPES.get(event) if isinstance(event, str) else event
        if model not in _MODELS:
            known = ", ".join(sorted(EVENT_TYPES))
            raise ValueError(f"not a 3YOURMIND event: {event!r}; known types: {known}")
        self._handlers.setdefault(model, []).append(handler)

    def _parsed(self, payload: bytes | str | Mapping[str, Any]) -> tuple[WebhookEvent | None, list[Handler]]:
        try:
            event = parse_webhook(payload)
        except UnknownWebhookType:
            if self.ignore_unknown:
                return None, []
            raise
        return event, [*self._handlers.get(type(event), ()), *self._any]

    def dispatch(self, payload: bytes | str | Mapping[str, Any]) -> WebhookEvent | None:
        """Parse the body and call its handlers in order of registration; the event is returned."""
        event, handlers = self._parsed(payload)
        for handler in handlers:
            if inspect.iscoroutinefunction(handler):
                raise TypeError(f"{handler.__name__} is a coroutine function: deliver through adispatch")
            handler(event)
        return event

    async def adispatch(self, payload: bytes | str | Mapping[str, Any]) -> WebhookEvent | None:
        """As `dispatch`, awaiting handlers that are coroutine functions."""
        event, handlers = self._parsed(payload)
        for handler in handlers:
            outcome = handler(event)
            if inspect.isawaitable(outcome):
                await outcome
        return event
