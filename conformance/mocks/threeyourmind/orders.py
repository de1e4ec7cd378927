"""Orders: placed from a basket (user panel, or by a service for a customer), read, and handled."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from . import models, views
from .baskets import decimal, editable, lines_of, new_basket, new_line, ready_upload
from .calls import Call, Reply, created, handles
from .errors import conflict, invalid, not_found
from .filters import products_and_technologies, searched_and_dated
from .offers import shipping_method, totals
from .pagination import number_page, order
from .pricing import price
from .records import Address, Basket, Order, Service
from .store import Store

ORDER_ORDERING = {
    "id": lambda o: o.id,
    "number": lambda o: o.number,
    "title": lambda o: o.title,
    "createdAt": lambda o: o.created,
    "created": lambda o: o.created,
    "datetimePlaced": lambda o: o.created,
    "updatedAt": lambda o: o.updated,
    "totalPrice": lambda o: o.subtotal - o.discount + o.shipping_price,
}


def _int(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def basket_service(store: Store, basket: Basket) -> Service:
    """The one service that prints every line of the basket (409 when there is none, or several)."""
    ids = {store.offers[line.offer_id].service_id for line in lines_of(store, basket) if line.offer_id is not None}
    if basket.service_id is not None:
        ids.add(basket.service_id)
    if len(ids) != 1:
        raise conflict(f"Basket {basket.id} must have its lines printed by one service, not {len(ids)}.")
    return store.service(ids.pop())


def delivery(
    store: Store, service: Service, pickup_location_id: int | None, shipping: Mapping[str, Any] | None,
    billing: Address | None,
) -> tuple[dict[str, Any] | None, dict[str, Any] | None, dict[str, Any] | None, Decimal]:  # fmt: skip
    """(pickup location, shipping method, shipping address, shipping price) of a checkout.

    `shipping` is undocumented (the seed collapses it): `methodId` and `addressId` are read from it,
    defaulting to the service's first method and the billing address.
    """
    if pickup_location_id is not None:
        pickup = next((p for p in service.pickup_locations if p["id"] == pickup_location_id), None)
        if pickup is None:
            raise not_found("Pickup location", pickup_location_id)
        return dict(pickup), None, None, Decimal(0)
    shipping = shipping or {}
    method_id, address_id = _int(shipping.get("methodId")), _int(shipping.get("addressId"))
    method = shipping_method(store, method_id) if method_id is not None else service.shipping_methods[0]
    address = store.address(address_id) if address_id is not None else billing
    method_view = {"id": method.id, "title": method.title, "price": price(method.price, views.CURRENCY)}
    return None, method_view, views.address(address) if address else None, method.price


def one_way_of_delivery(pickup_location_id: int | None, shipping: Any, *, required: bool) -> None:
    """The documented rule: `pickupLocationId` is null when `shipping` is given, and the other way round."""
    if pickup_location_id is not None and shipping is not None:
        raise invalid("shipping", "Give either shipping or pickupLocationId, not both.")
    if required and pickup_location_id is None and shipping is None:
        raise invalid("shipping", "Give either shipping or pickupLocationId.")


def payment_of(service: Service, payment: Mapping[str, Any]) -> dict[str, Any]:
    """The payment as sent, with the service's method it names (its first when it names none)."""
    method_id = _int(payment.get("methodId"))
    method = next((m for m in service.payment_methods if m["id"] == method_id), service.payment_methods[0])
    return {**payment, "method": dict(method)}


def place(
    call: Call, basket: Basket, body: models.CreateOrderRequest | models.InternalOrderRequest,
    shipping_price: Decimal | None = None,
) -> Order:  # fmt: skip
    """Order a basket: every line analysed and priced, one service, and one way of delivery."""
    store = call.store
    with store.lock:
        editable(basket)
        lines = lines_of(store, basket)
        if not lines:
            raise conflict(f"Basket {basket.id} is empty.")
        for line in lines:
            ready_upload(store, line)
        service = basket_service(store, basket)
        billing = store.address(body.billingAddressId)
        shipping = body.shipping.model_dump() if body.shipping is not None else None
        pickup, method, address, shipping_cost = delivery(store, service, body.pickupLocationId, shipping, billing)
        amounts = totals(store, basket, None, body.voucherCode)
        now = store.now()
        placed = Order(
            id=store.next_id("order"),
            number=str(basket.number),
            project_id=basket.project_id,
            basket_id=basket.id,
            service_id=service.id,
            title=basket.title,
            created=now,
            updated=now,
            currency=views.CURRENCY,
            lines=[views.line_snapshot(store, line, unit, call.origin) for line, unit in amounts.lines],
            subtotal=amounts.subtotal,
            shipping_price=shipping_cost if shipping_price is None else shipping_price,
            discount=amounts.discount,
            billing_address=views.address(billing),
            shipping_address=address,
            pickup_location=pickup,
            shipping_method=method,
            payment=payment_of(service, body.payment.model_dump()),
            voucher_code=amounts.voucher,
            additional_information=body.additionalInformation.model_dump(),
        )
        store.orders[placed.id] = placed
        basket.order_id = placed.id
        return placed


def _internal(call: Call) -> tuple[models.InternalOrderRequest, Basket, Decimal | None]:
    body = call.body(models.InternalOrderRequest)
    one_way_of_delivery(body.pickupLocationId, body.shipping, required=True)
    override = decimal(body.shippingPrice, "shippingPrice") if body.shippingPrice is not None else None
    call.store.service(call.path["service_id"])
    call.store.user(body.userId)
    return body, call.store.basket(body.basketId), override


@handles("create_internal_order")
def create_internal_order(call: Call) -> Reply:
    body, basket, override = _internal(call)
    return created({"id": place(call, basket, body, override).id})


@handles("edit_service_order")
def edit_service_order(call: Call) -> Reply:
    body, basket, override = _internal(call)
    with call.store.lock:
        if basket.source_order_id is None:
            raise conflict(f"Basket {basket.id} was not made from an order (create one from the order first).")
        previous = call.store.order(basket.source_order_id)
        edited = place(call, basket, body, override)
        edited.edited = True
        previous.new_order_id = edited.id
    return created({"id": edited.id})


def _matches(store: Store, found: Order, query: Mapping[str, Any]) -> bool:
    if not searched_and_dated(found, query):
        return False
    products, technologies = products_and_technologies(store, found)
    shipping_id = (found.shipping_method or {}).get("id")
    tests: dict[str, Callable[[Any], bool]] = {
        "serviceId": lambda v: found.service_id == v,
        "isRejected": lambda v: found.rejected == v,
        "status": lambda v: found.status_id in v,
        "id": lambda v: found.id in v,
        "productId": lambda v: bool(products & set(v)),
        "technologyId": lambda v: bool(technologies & set(v)),
        "shippingMethodId": lambda v: shipping_id in v,
        "paymentMethodId": lambda v: found.payment["method"]["id"] in v,
    }
    return all(test(query[name]) for name, test in tests.items() if name in query)


@handles("list_orders", "list_service_orders")
def list_orders(call: Call) -> Reply:
    store = call.store
    service_id = call.path.get("service_id")
    with store.lock:
        if service_id is not None:
            store.service(service_id)
        found = [
            o
            for o in store.orders.values()
            if (service_id is None or o.service_id == service_id) and _matches(store, o, call.query)
        ]
        page = number_page(order(found, call.query.get("ordering"), ORDER_ORDERING, "-created,-id"), call.query)
        render = views.service_order if service_id is not None else views.order
        page["results"] = [render(store, o) for o in page["results"]]
    return Reply(page)


@handles("get_order")
def get_order(call: Call) -> Reply:
    with call.store.lock:
        return Reply(views.order(call.store, call.store.order(call.path["order_id"])))


@handles("get_order_line")
def get_order_line(call: Call) -> Reply:
    with call.store.lock:
        found = call.store.order(call.path["order_id"])
        line = next((ln for ln in found.lines if ln["id"] == call.path["line_id"]), None)
        if line is None:
            raise not_found("Order line", call.path["line_id"])
        return Reply(line)


# -- the service panel's side of an order -------------------------------------------------------------


def _service_order(call: Call) -> Order:
    return call.store.order(call.path["order_id"], call.store.service(call.path["service_id"]).id)


@handles("get_service_order")
def get_service_order(call: Call) -> Reply:
    with call.store.lock:
        return Reply(views.service_order(call.store, _service_order(call)))


@handles("update_service_order")
def update_service_order(call: Call) -> Reply:
    body = call.body(models.ServiceOrderUpdate)
    with call.store.lock:
        found = _service_order(call)
        if body.title is not None:
            found.title = body.title
        found.updated = call.store.now()
        return Reply(views.service_order(call.store, found))


@handles("update_service_order_status")
def update_service_order_status(call: Call) -> Reply:
    body = call.body(models.OrderStatusUpdate)
    with call.store.lock:
        found = _service_order(call)
        statuses = {s["id"] for s in call.store.services[found.service_id].order_statuses}
        if body.statusId not in statuses:
            raise not_found("Order status", body.statusId)
        found.status_id = body.statusId
        tracking = body.trackingInformation.root if body.trackingInformation is not None else None
        if tracking is not None:
            found.tracking = tracking
        found.updated = call.store.now()
        return Reply(views.service_order(call.store, found))


@handles("list_available_order_statuses")
def list_available_order_statuses(call: Call) -> Reply:
    with call.store.lock:
        found = _service_order(call)
        return Reply([dict(s) for s in call.store.services[found.service_id].order_statuses])


@handles("get_order_tracking_service_panel")
def get_tracking(call: Call) -> Reply:
    with call.store.lock:
        return Reply({"info": _service_order(call).tracking})


@handles("update_order_tracking_service_panel")
def update_tracking(call: Call) -> Reply:
    body = call.body(models.OrderTrackingUpdate)
    with call.store.lock:
        found = _service_order(call)
        found.tracking = body.info
        found.updated = call.store.now()
        return Reply({"info": found.tracking})


@handles("create_basket_from_order")
def create_basket_from_order(call: Call) -> Reply:
    store = call.store
    with store.lock:
        service = store.service(call.path["service_id"])
        source = store.order(call.path["sale_transaction_id"], service.id)
        basket = copy_lines(store, source.lines, service.id, source.title)
        basket.source_order_id = source.id
        return created(views.service_basket(store, basket))


def copy_lines(store: Store, lines: list[dict[str, Any]], service_id: int, title: str) -> Basket:
    """A service panel basket holding the frozen lines of an order or a quote, at their prices."""
    basket = new_basket(store, title=title, service_id=service_id)
    for snapshot in lines:
        new_line(
            store,
            basket,
            name=snapshot["name"],
            quantity=snapshot["quantity"],
            offer_id=snapshot["offerId"],
            product_id=snapshot["productId"],
            preferred_due_date=snapshot["preferredDueDate"],
            post_processings=list(snapshot["postProcessings"]),
            file_uuid=snapshot["fileUuid"],
            unit_price=Decimal(snapshot["unitPrice"]["exclTax"]),
        )
    return basket
