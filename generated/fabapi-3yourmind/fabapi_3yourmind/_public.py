# Copied from overlays/threeyourmind/_public.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""Hand-written layer of fabapi-3yourmind, imported by the generated package __init__."""

from ._async.threeyourmind import AsyncThreeYourMind
from ._internal_ordering import InternalOrder, UserNotFound
from ._results import FileAnalysisFailed, LineOffer, NoOfferAvailable, PickedOffer, UploadedLine
from ._sync.threeyourmind import ThreeYourMind
from ._threeyourmind import instance_url
from ._webhooks import (
    EVENT_TYPES,
    UnknownWebhookType,
    WebhookDispatcher,
    WebhookEvent,
    WebhookPayloadError,
    parse_webhook,
)

__all__ = [
    "EVENT_TYPES",
    "AsyncThreeYourMind",
    "FileAnalysisFailed",
    "InternalOrder",
    "LineOffer",
    "NoOfferAvailable",
    "PickedOffer",
    "ThreeYourMind",
    "UnknownWebhookType",
    "UploadedLine",
    "UserNotFound",
    "WebhookDispatcher",
    "WebhookEvent",
    "WebhookPayloadError",
    "instance_url",
    "parse_webhook",
]
