"""The mock's state: one user's instance of 3YOURMIND, in memory.

The feature modules (`baskets`, `orders`, `quotes`, ...) change it; this module holds it, hands out
ids, and finds records or answers 404. Tests may set `analysis_reads` (how many status reads an
uploaded file stays `analysing`) and `clock`.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from . import seed
from .errors import not_found
from .records import (
    Address,
    AmpiPart,
    Basket,
    Line,
    Material,
    Offer,
    Order,
    Quote,
    RequestForQuote,
    Service,
    Upload,
)

AMPI_STATUSES = {"new": 1, "in-review": 2, "approved": 3, "rejected": 4}


def stamp(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Store:
    token: str = seed.TOKEN
    analysis_reads: int = 1
    clock: Callable[[], datetime] = field(default=lambda: datetime.now(UTC))
    lock: threading.RLock = field(default_factory=threading.RLock)
    profile: dict[str, Any] = field(default_factory=seed.profile)
    preferences: dict[str, str] = field(default_factory=seed.preferences)
    addresses: dict[int, Address] = field(default_factory=dict)
    materials: dict[int, Material] = field(default_factory=lambda: {m.id: m for m in seed.MATERIALS})
    services: dict[int, Service] = field(default_factory=lambda: {seed.SERVICE.id: seed.SERVICE})
    offers: dict[int, Offer] = field(default_factory=lambda: {o.id: o for o in seed.OFFERS})
    uploads: dict[str, Upload] = field(default_factory=dict)
    baskets: dict[int, Basket] = field(default_factory=dict)
    lines: dict[int, Line] = field(default_factory=dict)
    orders: dict[int, Order] = field(default_factory=dict)
    requests: dict[int, RequestForQuote] = field(default_factory=dict)
    quotes: dict[int, Quote] = field(default_factory=dict)
    ampi_parts: dict[str, AmpiPart] = field(default_factory=dict)
    # Concrete paths the generic layer deleted: they, and everything below them, are gone.
    deleted: set[str] = field(default_factory=set)
    _ids: dict[str, Iterator[int]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for fields in seed.addresses():
            address = Address(self.next_id("address"), fields)
            self.addresses[address.id] = address
        created = seed.JOINED
        for number in range(1, 13):
            part = AmpiPart(
                id=self.next_id("ampi"),
                short_id=f"P-{number:04d}",
                branch=1,
                branch_is_advanced=False,
                values={"name": f"Bracket {number}", "material": "AlSi10Mg"},
                created=created,
                modified=created,
            )
            self.ampi_parts[part.short_id] = part

    # -- bookkeeping ---------------------------------------------------------------------------

    def now(self) -> str:
        return stamp(self.clock())

    def next_id(self, kind: str, start: int = 1) -> int:
        with self.lock:
            counter = self._ids.setdefault(kind, itertools.count(start))
            return next(counter)

    # -- lookups (404 when unknown) ------------------------------------------------------------

    def address(self, address_id: int) -> Address:
        if address_id not in self.addresses:
            raise not_found("Address", address_id)
        return self.addresses[address_id]

    def material(self, material_id: int) -> Material:
        if material_id not in self.materials:
            raise not_found("Material", material_id)
        return self.materials[material_id]

    def service(self, service_id: int) -> Service:
        if service_id not in self.services:
            raise not_found("Service", service_id)
        return self.services[service_id]

    def offer(self, offer_id: int) -> Offer:
        if offer_id not in self.offers:
            raise not_found("Offer", offer_id)
        return self.offers[offer_id]

    def upload(self, uuid: str) -> Upload:
        if uuid not in self.uploads:
            raise not_found("File", uuid)
        return self.uploads[uuid]

    def basket(self, basket_id: int, service_id: int | None = None) -> Basket:
        """A basket; in the service panel, only one made there for that service."""
        basket = self.baskets.get(basket_id)
        if basket is None or (service_id is not None and basket.service_id != service_id):
            raise not_found("Basket", basket_id)
        return basket

    def line(self, basket: Basket, line_id: int) -> Line:
        if line_id not in basket.line_ids:
            raise not_found("Line", line_id)
        return self.lines[line_id]

    def order(self, order_id: int, service_id: int | None = None) -> Order:
        order = self.orders.get(order_id)
        if order is None or (service_id is not None and order.service_id != service_id):
            raise not_found("Order", order_id)
        return order

    def request(self, request_id: int) -> RequestForQuote:
        if request_id not in self.requests:
            raise not_found("Request for quote", request_id)
        return self.requests[request_id]

    def quote(self, quote_id: int, service_id: int | None = None) -> Quote:
        quote = self.quotes.get(quote_id)
        if quote is None or (service_id is not None and quote.service_id != service_id):
            raise not_found("Quote", quote_id)
        return quote

    def ampi_part(self, short_id: str) -> AmpiPart:
        if short_id not in self.ampi_parts:
            raise not_found("Part", short_id)
        return self.ampi_parts[short_id]

    def user(self, user_id: int | float) -> dict[str, Any]:
        """The instance's one user (the service panel names customers by id)."""
        if user_id != self.profile["id"]:
            raise not_found("User", user_id)
        return self.profile

    def upload_by_token(self, token: str) -> Upload:
        found = next((u for u in self.uploads.values() if u.token == token), None)
        if found is None:
            raise not_found("File token", token)
        return found
