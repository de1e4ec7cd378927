"""3YOURMIND's workflows: upload into a basket line, pick an offer, price, order, quote, webhooks."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import httpx
from fabapi_3yourmind import ThreeYourMind, parse_webhook

from conformance.stl_files import box

from . import Workflow, first

BASKET = 1
LINE = 1
QUOTE = 1
ADDRESS = 1
OPEN_MATERIAL = (
    "The spec's material is an open object, so Prism's random one rarely has the integer id the client needs"
    " (UnexpectedResponse)."
)


def client(origin: str, credentials: Mapping[str, str], transport: httpx.BaseTransport) -> ThreeYourMind:
    return ThreeYourMind(credentials["THREEYOURMIND_API_TOKEN"], base_url=origin, transport=transport, strict=True)


def _upload(tym: ThreeYourMind, tmp: Path) -> object:
    # A random server's status may never leave `analysing`; a short deadline ends in PollTimeout.
    return tym.upload_to_new_line(box(tmp / "bracket.stl", (20, 10, 5)), unit="mm", timeout=3)


def _order(tym: ThreeYourMind, tmp: Path) -> object:
    return tym.order_basket(BASKET, billing_address_id=ADDRESS, payment={"method": "invoice"}, pickup_location_id=1)


def _webhook(tym: ThreeYourMind, tmp: Path) -> object:
    return parse_webhook(b'{"id": 1, "type": "order.created", "created": "2021-02-23T13:48:18.598Z", "data": {}}')


def _pages(tym: ThreeYourMind, tmp: Path) -> int:
    return len(first(tym.basket.list(page_size=10, ordering="-id"))) + len(first(tym.ampi.list_parts()))


WORKFLOWS = [
    Workflow("baskets and AMPI parts across pages", _pages),
    Workflow(
        "upload into a new basket line and wait",
        _upload,
        "Prism's random file status need not leave `analysing` before the 3 s deadline (PollTimeout).",
    ),
    Workflow("offers for a line", lambda t, tmp: t.offers_for_line(BASKET, LINE, country="DE"), OPEN_MATERIAL),
    Workflow("pick an offer", lambda t, tmp: t.pick_offer(BASKET, LINE, country="DE", quantity=2), OPEN_MATERIAL),
    Workflow("price a basket", lambda t, tmp: t.price_basket(BASKET, currency="EUR")),
    Workflow(
        "order a basket",
        _order,
        "Prism's new order id is any integer; the client refuses one that is not positive (UnexpectedResponse).",
    ),
    Workflow("request a quote", lambda t, tmp: t.request_quote(BASKET, 1, message="two, please")),
    Workflow("order a quote", lambda t, tmp: t.order_quote(QUOTE, billing_address_id=ADDRESS, pickup_location_id=1)),
    Workflow("profile and addresses", lambda t, tmp: (t.user_profile.get(), t.user_profile.list_addresses())),
    Workflow("parse a webhook", _webhook),
]
