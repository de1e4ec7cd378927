"""Hand-written layer of fabapi-kaedim, imported by the generated package __init__."""

from ._async.kaedim import AsyncKaedim
from ._jwt import KaedimAuth, TokenStore
from ._kaedim import RequestDismissed
from ._sync.kaedim import Kaedim
from ._webhooks import (
    DEFAULT_MAX_BODY_BYTES,
    WebhookError,
    WebhookEvent,
    WebhookInProgress,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookSignatureError,
    WebhookTooLarge,
    parse_event,
    sign,
    verify_signature,
)

__all__ = [
    "DEFAULT_MAX_BODY_BYTES",
    "AsyncKaedim",
    "Kaedim",
    "KaedimAuth",
    "RequestDismissed",
    "TokenStore",
    "WebhookError",
    "WebhookEvent",
    "WebhookInProgress",
    "WebhookPayloadError",
    "WebhookReceiver",
    "WebhookSignatureError",
    "WebhookTooLarge",
    "parse_event",
    "sign",
    "verify_signature",
]
