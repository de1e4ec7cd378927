"""Hand-written layer of fabapi-kaedim, imported by the generated package __init__."""

from ._jwt import KaedimAuth, TokenStore
from ._kaedim import AsyncKaedim, Kaedim, RequestDismissed
from ._webhooks import (
    WebhookError,
    WebhookEvent,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookSignatureError,
    parse_event,
    sign,
    verify_signature,
)

__all__ = [
    "AsyncKaedim",
    "Kaedim",
    "KaedimAuth",
    "RequestDismissed",
    "TokenStore",
    "WebhookError",
    "WebhookEvent",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookSignatureError",
    "parse_event",
    "sign",
    "verify_signature",
]
