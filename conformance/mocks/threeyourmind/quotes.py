"""Requests for quote, the quotes a service answers with, and finalizing a quote into an order."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from . import models, views
from .baskets import decimal, editable, lines_of, ready_upload
from .calls import NO_CONTENT, Call, Reply, created, handles
from .errors import conflict, not_found
from .filters import products_and_technologies, searched_and_dated
from .orders import copy_lines, delivery, one_way_of_delivery, payment_of
from .pagination import number_page, order
from .records import Address, Attachment, Basket, Order, Quote, RequestForQuote, Service
from .store import Store, stamp

QUOTE_LIFETIME = timedelta(days=30)
QUOTE_ORDERING = {
    "id": lambda q: q.id,
    "number": lambda q: q.number,
    "title": lambda q: q.title,
    "createdAt": lambda q: q.created,
    "created": lambda q: q.created,
    "datetimePlaced": lambda q: q.created,
    "updatedAt": lambda q: q.updated,
}


@handles("create_request_for_quote")
def create_request_for_quote(call: Call) -> Reply:
    body = call.body(models.RequestForQuoteCreate)
    store = call.store
    with store.lock:
        basket = editable(store.basket(body.basketId))
        service = store.service(body.partnerId)
        lines = lines_of(store, basket)
        if not lines:
            raise conflict(f"Basket {basket.id} is empty: there is nothing to quote.")
        for line in lines:
            ready_upload(store, line)
        request = RequestForQuote(store.next_id("request"), basket.id, service.id, body.message or "", store.now())
        store.requests[request.id] = request
        return created(views.request_for_quote(request))


def _quoted_prices(lines: list[Mapping[str, Any]]) -> dict[int, Decimal]:
    """Line id -> unit price, from the undocumented line objects (`lineId`, `unitPrice`) it can read."""
    prices: dict[int, Decimal] = {}
    for item in lines:
        line_id, unit = item.get("lineId"), item.get("unitPrice")
        if not isinstance(line_id, int) or isinstance(unit, bool) or not isinstance(unit, str | int | float):
            continue
        try:
            value = Decimal(str(unit))
        except InvalidOperation:
            continue
        if value.is_finite() and value >= 0:
            prices[line_id] = value
    return prices


def make_quote(
    call: Call, basket: Basket, service: Service, prices: Mapping[int, Decimal], *, request_id: int | None = None,
    shipping_price: Decimal = Decimal(0), billing: Address | None = None,
    shipping_address: dict[str, Any] | None = None, pickup: dict[str, Any] | None = None,
) -> Quote:  # fmt: skip
    store = call.store
    snapshots: list[dict[str, Any]] = []
    subtotal = Decimal(0)
    for line in lines_of(store, basket):
        unit = prices.get(line.id, views.unit_price(store, line))
        if unit is None:
            raise conflict(f"Line {line.id} has no offer and no quoted price.")
        snapshots.append(views.line_snapshot(store, line, unit, call.origin))
        subtotal += unit * line.quantity
    if not snapshots:
        raise conflict(f"Basket {basket.id} is empty: there is nothing to quote.")
    now = store.now()
    quote = Quote(
        id=store.next_id("quote"),
        number=str(basket.number),
        project_id=basket.project_id,
        service_id=service.id,
        basket_id=basket.id,
        request_id=request_id,
        title=basket.title,
        created=now,
        updated=now,
        expiry=stamp(store.clock() + QUOTE_LIFETIME),
        currency=views.CURRENCY,
        lines=snapshots,
        subtotal=subtotal,
        shipping_price=shipping_price,
        billing_address=views.address(billing) if billing else None,
        shipping_address=shipping_address,
        pickup_location=pickup,
    )
    store.quotes[quote.id] = quote
    return quote


@handles("create_quote_from_request_for_quote")
def create_quote_from_request_for_quote(call: Call) -> Reply:
    body = call.body(models.QuoteFromRequestForQuote)
    store = call.store
    with store.lock:
        service = store.service(call.path["service_id"])
        request = store.request(body.requestForQuoteId)
        if request.partner_id != service.id:
            raise not_found("Request for quote", request.id)
        if request.quote_id is not None:
            raise conflict(f"Request for quote {request.id} was answered with quote {request.quote_id}.")
        basket = store.basket(request.basket_id)
        prices = _quoted_prices([item.model_dump() for item in body.lines])
        quote = make_quote(call, basket, service, prices, request_id=request.id)
        request.quote_id = quote.id
        return created(views.quote(store, quote, store.now()))


@handles("create_quote_from_basket", "create_edited_quote_from_basket")
def create_quote_from_basket(call: Call) -> Reply:
    body = call.body(models.QuoteFromBasket)
    one_way_of_delivery(body.pickupLocationId, body.shipping, required=False)
    override = decimal(body.shippingPrice, "shippingPrice") if body.shippingPrice is not None else None
    store = call.store
    with store.lock:
        service = store.service(call.path["service_id"])
        store.user(body.userId)
        basket = editable(store.basket(body.basketId))
        previous = None
        if call.operation.operation_id == "create_edited_quote_from_basket":
            if basket.source_quote_id is None:
                raise conflict(f"Basket {basket.id} was not made from a quote (create one from the quote first).")
            previous = store.quote(basket.source_quote_id)
        billing = store.address(body.billingAddressId) if body.billingAddressId is not None else None
        pickup = address = None
        cost = Decimal(0)
        if body.pickupLocationId is not None or body.shipping is not None:
            shipping = body.shipping.model_dump() if body.shipping is not None else None
            pickup, _, address, cost = delivery(store, service, body.pickupLocationId, shipping, billing)
        quote = make_quote(
            call, basket, service, {}, shipping_price=cost if override is None else override, billing=billing,
            shipping_address=address, pickup=pickup,
        )  # fmt: skip
        if previous is not None:
            quote.edited = True
            previous.new_quote_id = quote.id
    return created({"id": quote.id})


def _matches(store: Store, found: Quote, query: Mapping[str, Any]) -> bool:
    if not searched_and_dated(found, query):
        return False
    state = "ordered" if found.order_id is not None else "not ordered"
    products, technologies = products_and_technologies(store, found)
    tests: dict[str, Callable[[Any], bool]] = {
        "status": lambda v: state in v,
        "isRejected": lambda v: v is False,  # the mock's services never reject a quote
        "productId": lambda v: bool(products & set(v)),
        "technologyId": lambda v: bool(technologies & set(v)),
    }
    return all(test(query[name]) for name, test in tests.items() if name in query)


@handles("list_service_quotes")
def list_service_quotes(call: Call) -> Reply:
    store = call.store
    with store.lock:
        service = store.service(call.path["service_id"])
        found = [q for q in store.quotes.values() if q.service_id == service.id and _matches(store, q, call.query)]
        page = number_page(order(found, call.query.get("ordering"), QUOTE_ORDERING, "-created,-id"), call.query)
        now = store.now()
        page["results"] = [views.quote(store, q, now) for q in page["results"]]
    return Reply(page)


@handles("list_quotes")
def list_quotes(call: Call) -> Reply:
    store = call.store
    with store.lock:
        now = store.now()
        newest_first = order(list(store.quotes.values()), None, QUOTE_ORDERING, "-created,-id")
        return Reply([views.quote(store, q, now) for q in newest_first])


@handles("get_quote")
def get_quote(call: Call) -> Reply:
    with call.store.lock:
        return Reply(views.quote(call.store, call.store.quote(call.path["quote_id"]), call.store.now()))


@handles("finalize_quote")
def finalize_quote(call: Call) -> Reply:
    body = call.body(models.QuoteFinalize)
    shipping = None
    if body.pickupLocationId is None:
        shipping = {"methodId": body.shippingMethodId, "addressId": body.shippingAddressId}
    checkout = QuoteCheckout(body.billingAddressId, body.pickupLocationId, shipping, body.deliveryInstructions or "")
    placed = order_quote(call.store, call.path["quote_id"], checkout)
    return Reply(views.order(call.store, placed))


@dataclass(frozen=True)
class QuoteCheckout:
    """How a quote is ordered: billing, delivery, and (from Create Order's quote body) payment and voucher."""

    billing_address_id: int | None
    pickup_location_id: int | None
    shipping: dict[str, Any] | None
    delivery_instructions: str = ""
    payment: dict[str, Any] | None = None
    voucher_code: str | None = None
    additional_information: dict[str, Any] = field(default_factory=dict)


def order_quote(store: Store, quote_id: int, checkout: QuoteCheckout) -> Order:
    """Turn a quote into an order once, before it expires (finalize, or Create Order with `quoteId`)."""
    with store.lock:
        quote = store.quote(quote_id)
        if quote.order_id is not None:
            raise conflict(f"Quote {quote.id} was ordered already (order {quote.order_id}).")
        now = store.now()
        if quote.expiry is not None and quote.expiry < now:
            raise conflict(f"Quote {quote.id} expired at {quote.expiry}.")
        billing_id = checkout.billing_address_id
        if billing_id is None:
            billing_id = store.profile["defaultAddressId"]
        if billing_id is None:
            raise conflict("No billing address: give billingAddressId or set a default address.")
        billing = store.address(billing_id)
        service = store.service(quote.service_id)
        pickup, method, address, cost = delivery(
            store, service, checkout.pickup_location_id, checkout.shipping, billing
        )
        placed = Order(
            id=store.next_id("order"),
            number=quote.number,
            project_id=quote.project_id,
            basket_id=quote.basket_id,
            service_id=service.id,
            title=quote.title,
            created=now,
            updated=now,
            currency=quote.currency,
            lines=[dict(line) for line in quote.lines],
            subtotal=quote.subtotal,
            shipping_price=quote.shipping_price or cost,
            discount=Decimal(0),
            billing_address=views.address(billing),
            shipping_address=address,
            pickup_location=pickup,
            shipping_method=method,
            payment=payment_of(service, checkout.payment or {}),
            voucher_code=checkout.voucher_code,
            additional_information=dict(checkout.additional_information),
            delivery_instructions=checkout.delivery_instructions,
            quote_id=quote.id,
        )
        store.orders[placed.id] = placed
        quote.order_id = placed.id
        quote.updated = now
        basket = store.baskets.get(quote.basket_id)
        if basket is not None and basket.order_id is None:
            basket.order_id = placed.id
        return placed


@handles("create_basket_from_quote")
def create_basket_from_quote(call: Call) -> Reply:
    store = call.store
    with store.lock:
        service = store.service(call.path["service_id"])
        source = store.quote(call.path["quote_id"], service.id)
        basket = copy_lines(store, source.lines, service.id, source.title)
        basket.source_quote_id = source.id
        return created(views.service_basket(store, basket))


# -- attachments of a quote (service panel) --------------------------------------------------------------


def _quote_of(call: Call) -> Quote:
    return call.store.quote(call.path["quote_id"], call.store.service(call.path["service_id"]).id)


def _attachment_view(call: Call, quote: Quote, attachment: Attachment) -> dict[str, Any]:
    quote_url = f"{call.origin}/api/v2.0/service-panel/services/{quote.service_id}/quotes/{quote.id}/"
    url = f"{quote_url}attachments/{attachment.id}/"
    return {
        "id": attachment.id,
        "added": attachment.created,
        "filesize": len(attachment.data),
        "name": attachment.name,
        "uploader": views.customer(call.store),
        "url": url,
        "isInternal": False,
    }


@handles("list_quote_attachments")
def list_quote_attachments(call: Call) -> Reply:
    with call.store.lock:
        quote = _quote_of(call)
        return Reply([_attachment_view(call, quote, a) for a in quote.attachments.values()])


@handles("create_quote_attachment")
def create_quote_attachment(call: Call) -> Reply:
    assert call.parsed is not None
    name, data = call.parsed.files.get("file", (None, b""))
    with call.store.lock:
        quote = _quote_of(call)
        attachment = Attachment(call.store.next_id("attachment"), name or "attachment", data, call.store.now())
        quote.attachments[attachment.id] = attachment
        return created(_attachment_view(call, quote, attachment))


@handles("delete_quote_attachment")
def delete_quote_attachment(call: Call) -> Reply:
    with call.store.lock:
        quote = _quote_of(call)
        if quote.attachments.pop(call.path["attachment_id"], None) is None:
            raise not_found("Attachment", call.path["attachment_id"])
    return NO_CONTENT
