"""Materials and offers for a basket line, and prices: of an offer, and of a whole basket."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from . import models, views
from .baskets import basket_of, line_of, lines_of, ready_upload
from .calls import Call, Reply, handles
from .errors import conflict, not_found
from .pricing import TAX_RATE, amount, price
from .records import Basket, Line, Offer, ShippingMethod
from .seed import CURRENCIES, VOUCHERS
from .store import Store

ZERO = Decimal(0)


def _offer_of(call: Call) -> Offer:
    material = call.store.material(call.path["material_id"])
    found = call.store.offer(call.path["offer_id"])
    if found.material_id != material.id:
        raise not_found("Offer", found.id)
    return found


@handles("list_basket_line_materials")
def list_materials(call: Call) -> Reply:
    store = call.store
    with store.lock:
        upload = ready_upload(store, line_of(call))
        technology = call.query.get("technologyId")
        found = [m for m in store.materials.values() if technology is None or m.technology_id == technology]
        return Reply([views.material(store, m, upload.geometry) for m in found])


@handles("get_material_properties")
def material_properties(call: Call) -> Reply:
    with call.store.lock:
        line_of(call)
        return Reply(views.material_properties(call.store.material(call.path["material_id"])))


@handles("list_offers")
def list_offers(call: Call) -> Reply:
    store = call.store
    with store.lock:
        line = line_of(call)
        upload = ready_upload(store, line)
        material = store.material(call.path["material_id"])
        technology = call.query.get("technologyId")
        if technology is not None and material.technology_id != technology:
            return Reply([])
        found = [o for o in store.offers.values() if o.material_id == material.id]
        return Reply([views.offer(store, o, upload.geometry) for o in found])


@handles("get_offer")
def get_offer(call: Call) -> Reply:
    with call.store.lock:
        line = line_of(call)
        upload = ready_upload(call.store, line)
        return Reply(views.offer(call.store, _offer_of(call), upload.geometry))


def _offer_price(found: Offer, quantity: int) -> dict[str, Any]:
    return {
        "isManualPricingRequired": False,
        "isPriceResolutionRequired": False,
        "linePrice": price(found.unit_price * quantity, views.CURRENCY),
        "price": price(found.unit_price, views.CURRENCY),
    }


@handles("get_offer_price")
def get_offer_price(call: Call) -> Reply:
    with call.store.lock:
        line = line_of(call)
        ready_upload(call.store, line)
        quantity = call.query.get("quantity", line.quantity)
        return Reply(_offer_price(_offer_of(call), quantity))


@handles("trigger_price_resolution")
def trigger_price_resolution(call: Call) -> Reply:
    body = call.body(models.PriceResolutionRequest)
    store = call.store
    with store.lock:
        line = line_of(call)
        ready_upload(store, line)
        offers = [store.offer(offer_id) for offer_id in body.offers]
        # Orientation optimisation is instant here: every requested price is resolved at once.
        return Reply([{"offerId": o.id, **_offer_price(o, line.quantity)} for o in offers])


# -- the basket's price -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Totals:
    lines: list[tuple[Line, Decimal]]  # each line with its unit price
    subtotal: Decimal
    discount: Decimal
    shipping: Decimal
    voucher: str | None  # the voucher code, when it is one the service knows

    @property
    def total(self) -> Decimal:
        return self.subtotal - self.discount + self.shipping


def totals(store: Store, basket: Basket, shipping: ShippingMethod | None, voucher: str | None) -> Totals:
    """The basket's amounts; 409 while a line has no offer (nothing to price it with)."""
    lines = lines_of(store, basket)
    priced = [(line, views.unit_price(store, line)) for line in lines]
    missing = [line.id for line, unit in priced if unit is None]
    if missing:
        raise conflict(f"Basket {basket.id} cannot be priced: lines {missing} have no offer yet.")
    units = [(line, unit) for line, unit in priced if unit is not None]
    subtotal = sum((unit * line.quantity for line, unit in units), ZERO)
    percent = VOUCHERS.get(voucher or "")
    discount = subtotal * percent / 100 if percent is not None else ZERO
    return Totals(units, subtotal, discount, shipping.price if shipping else ZERO, voucher if percent else None)


def shipping_method(store: Store, method_id: int) -> ShippingMethod:
    for service in store.services.values():
        for method in service.shipping_methods:
            if method.id == method_id:
                return method
    raise not_found("Shipping method", method_id)


@handles("get_basket_price")
def basket_price(call: Call) -> Reply:
    store, query = call.store, call.query
    with store.lock:
        basket = basket_of(call)
        for name in ("shippingAddressId", "billingAddressId"):
            if query.get(name) is not None:
                store.address(query[name])
        method = shipping_method(store, query["shippingMethodId"]) if "shippingMethodId" in query else None
        found = totals(store, basket, method, query.get("voucherCode"))
    currency = views.CURRENCY
    return Reply(
        {
            "currencySupported": query["currency"] in CURRENCIES,
            "fees": [],
            "feesPrice": price(ZERO, currency),
            "lines": [
                {
                    "lineId": line.id,
                    "quantity": line.quantity,
                    "unitPrice": price(unit, currency),
                    "linePrice": price(unit * line.quantity, currency),
                }
                for line, unit in found.lines
            ],
            "minPrice": price(ZERO, currency),
            "minPriceDiffPrice": price(ZERO, currency),
            "shippingPrice": price(found.shipping, currency),
            "subtotalPrice": price(found.subtotal, currency),
            "taxRate": amount(TAX_RATE),
            "taxType": "vat",
            "totalPrice": price(found.total, currency),
            "voucherDiscountPrice": price(found.discount, currency) if found.voucher else None,
        }
    )
