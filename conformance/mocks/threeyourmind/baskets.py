"""Baskets and their lines, in the user panel and (for a service's own baskets) the service panel."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import Any

from . import models, views
from .calls import NO_CONTENT, Call, Reply, created, handles
from .errors import conflict, invalid, not_found
from .pagination import number_page, order
from .records import Attachment, Basket, Line, Upload
from .store import Store

BASKET_ORDERING = {
    "id": lambda b: b.id,
    "title": lambda b: b.title,
    "number": lambda b: b.number,
    "createdAt": lambda b: b.created,
    "created": lambda b: b.created,
    "lastModifiedTime": lambda b: b.modified,
    "modified": lambda b: b.modified,
}


# -- shared with uploads, orders and quotes -------------------------------------------------------


def new_basket(store: Store, title: str | None = None, service_id: int | None = None) -> Basket:
    with store.lock:
        ident = store.next_id("basket")
        now = store.now()
        basket = Basket(
            id=ident,
            number=100000 + ident,
            project_id=store.next_id("project", 42),
            title=title or f"3D Project {100000 + ident}",
            created=now,
            modified=now,
            service_id=service_id,
            customer_id=store.profile["id"] if service_id is not None else None,
        )
        store.baskets[ident] = basket
        return basket


def new_line(store: Store, basket: Basket, **fields: Any) -> Line:
    with store.lock:
        line = Line(id=store.next_id("line"), basket_id=basket.id, created=store.now(), **fields)
        store.lines[line.id] = line
        basket.line_ids.append(line.id)
        touch(store, basket)
        return line


def touch(store: Store, basket: Basket) -> None:
    basket.modified = store.now()


def editable(basket: Basket) -> Basket:
    if basket.order_id is not None:
        raise conflict(f"Basket {basket.id} was ordered (order {basket.order_id}) and can no longer change.")
    return basket


def lines_of(store: Store, basket: Basket) -> list[Line]:
    return [store.lines[i] for i in basket.line_ids]


def decimal(text: str, field: str) -> Decimal:
    """A decimal amount sent as a string (the API's money format)."""
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise invalid(field, f"{text!r} is not a decimal number.") from None
    if not value.is_finite() or value < 0:
        raise invalid(field, f"{text!r} is not a non-negative amount.")
    return value


def _service_id(call: Call) -> int | None:
    """The service panel's service (checked), or None in the user panel."""
    if "service_id" not in call.path:
        return None
    return call.store.service(call.path["service_id"]).id


def basket_of(call: Call) -> Basket:
    return call.store.basket(call.path["basket_id"], _service_id(call))


def line_of(call: Call) -> Line:
    return call.store.line(basket_of(call), call.path["line_id"])


def _basket_view(call: Call, basket: Basket) -> dict[str, Any]:
    # The spec answers the service panel's basket creation with a plain Basket, its reads with a ServiceBasket.
    in_service = "service_id" in call.path and call.operation.operation_id != "create_service_basket"
    return views.service_basket(call.store, basket) if in_service else views.basket(call.store, basket)


def _line_view(call: Call, line: Line) -> dict[str, Any]:
    if "service_id" in call.path:
        return views.service_line(call.store, line, call.origin)
    return views.line(call.store, line, call.origin)


# -- baskets -------------------------------------------------------------------------------------------


@handles("list_baskets", "list_service_baskets")
def list_baskets(call: Call) -> Reply:
    service_id = _service_id(call)
    with call.store.lock:
        found = [b for b in call.store.baskets.values() if service_id is None or b.service_id == service_id]
        ordered = order(found, call.query.get("ordering"), BASKET_ORDERING, "-created,-id")
        page = number_page(ordered, call.query)
        page["results"] = [_basket_view(call, b) for b in page["results"]]
    return Reply(page)


@handles("create_basket", "create_service_basket")
def create_basket(call: Call) -> Reply:
    return created(_basket_view(call, new_basket(call.store, service_id=_service_id(call))))


@handles("get_basket", "get_service_basket")
def get_basket(call: Call) -> Reply:
    with call.store.lock:
        return Reply(_basket_view(call, basket_of(call)))


@handles("update_basket", "update_service_basket")
def update_basket(call: Call) -> Reply:
    body: models.BasketUpdate | models.ServiceBasketUpdate
    if "service_id" in call.path:
        body = call.body(models.ServiceBasketUpdate)
    else:
        body = call.body(models.BasketUpdate)
    with call.store.lock:
        basket = editable(basket_of(call))
        if isinstance(body, models.ServiceBasketUpdate) and body.customerId is not None:
            basket.customer_id = call.store.user(body.customerId)["id"]
        if body.title is not None:
            basket.title = body.title
        touch(call.store, basket)
        return Reply(_basket_view(call, basket))


@handles("delete_basket", "delete_service_basket")
def delete_basket(call: Call) -> Reply:
    with call.store.lock:
        basket = basket_of(call)
        for line_id in basket.line_ids:
            del call.store.lines[line_id]
        del call.store.baskets[basket.id]
    return NO_CONTENT


# -- lines -------------------------------------------------------------------------------------------------


@handles("list_basket_lines", "list_service_basket_lines")
def list_lines(call: Call) -> Reply:
    with call.store.lock:
        return Reply([_line_view(call, line) for line in lines_of(call.store, basket_of(call))])


@handles("create_basket_line", "create_service_basket_line")
def create_line(call: Call) -> Reply:
    body = call.body(models.BasketLineCreate)
    store = call.store
    with store.lock:
        basket = editable(basket_of(call))
        fields: dict[str, Any] = {}
        if body.cloneLine is not None:
            source = store.lines.get(body.cloneLine)
            if source is None:
                raise not_found("Line", body.cloneLine)
            fields = {
                "name": source.name,
                "quantity": source.quantity,
                "offer_id": source.offer_id,
                "product_id": source.product_id,
                "preferred_due_date": source.preferred_due_date,
                "post_processings": list(source.post_processings),
                "file_uuid": source.file_uuid,
                "unit_price": source.unit_price,
            }
        if body.catalogItemId is not None:
            fields["catalog_item_id"] = body.catalogItemId
            fields.setdefault("name", f"Catalog item {body.catalogItemId}")
        line = new_line(store, basket, **fields)
        return created(_line_view(call, line))


@handles("get_basket_line", "get_service_basket_line")
def get_line(call: Call) -> Reply:
    with call.store.lock:
        return Reply(_line_view(call, line_of(call)))


@handles("update_basket_line", "update_service_basket_line")
def update_line(call: Call) -> Reply:
    body: models.BasketLineUpdate | models.ServiceBasketLineUpdate
    if "service_id" in call.path:
        body = call.body(models.ServiceBasketLineUpdate)
    else:
        body = call.body(models.BasketLineUpdate)
    store = call.store
    with store.lock:
        basket = editable(basket_of(call))
        line = store.line(basket, call.path["line_id"])
        if "offerId" in call.sent:
            if body.offerId is None:
                line.offer_id = None
            else:
                choose_offer(store, line, body.offerId)
        elif "productId" in call.sent:
            line.product_id = None if body.productId is None else store.material(body.productId).id
            chosen = store.offers.get(line.offer_id) if line.offer_id is not None else None
            if chosen is not None and chosen.material_id != line.product_id:
                line.offer_id = None  # the offer was for another material
        if "name" in call.sent:
            line.name = body.name
        if body.quantity is not None:
            line.quantity = body.quantity
        if "preferredDueDate" in call.sent:
            line.preferred_due_date = body.preferredDueDate.isoformat() if body.preferredDueDate else None
        if body.postProcessings is not None:
            line.post_processings = [item.model_dump() for item in body.postProcessings]
        if isinstance(body, models.ServiceBasketLineUpdate):
            if "unitPrintPrice" in call.sent:
                line.unit_price = (
                    None if body.unitPrintPrice is None else decimal(body.unitPrintPrice, "unitPrintPrice")
                )
            if body.autoSetPrice:
                line.unit_price = None  # back to the offer's price
        touch(store, basket)
        return Reply(_line_view(call, line))


def choose_offer(store: Store, line: Line, offer_id: int) -> None:
    """Pick an offer for a line: it sets the material too, so it needs the file's analysis done."""
    chosen = store.offer(offer_id)
    upload = ready_upload(store, line)
    if not views.fits(upload.geometry, chosen):
        raise conflict(f"Offer {offer_id} cannot print the file of line {line.id}: it is too large.")
    line.offer_id = chosen.id
    line.product_id = chosen.material_id  # the offer decides the material


def ready_upload(store: Store, line: Line) -> Upload:
    """The line's analysed file; 409 while there is none, or it is being analysed, or it failed."""
    if line.file_uuid is None:
        raise conflict(f"Line {line.id} has no 3D file yet: upload one first.")
    upload = store.upload(line.file_uuid)
    state = views.analysis_status(store, upload)
    if state == "analysing":
        raise conflict(f"The file of line {line.id} is still being analysed.")
    if state == "error":
        raise conflict(f"The file of line {line.id} could not be analysed: it is not a valid 3D model.")
    return upload


@handles("delete_basket_line", "delete_service_basket_line")
def delete_line(call: Call) -> Reply:
    with call.store.lock:
        basket = editable(basket_of(call))
        line = call.store.line(basket, call.path["line_id"])
        basket.line_ids.remove(line.id)
        del call.store.lines[line.id]
        touch(call.store, basket)
    return NO_CONTENT


# -- line attachments --------------------------------------------------------------------------------------


def _attachment_view(call: Call, line: Line, attachment: Attachment) -> dict[str, Any]:
    url = f"{call.origin}/api/v2.0/user-panel/baskets/{line.basket_id}/lines/{line.id}/attachments/{attachment.id}/"
    return {"id": attachment.id, "filesize": len(attachment.data), "name": attachment.name, "url": url}


@handles("list_line_attachments")
def list_attachments(call: Call) -> Reply:
    with call.store.lock:
        line = line_of(call)
        return Reply([_attachment_view(call, line, a) for a in line.attachments.values()])


@handles("create_line_attachment")
def create_attachment(call: Call) -> Reply:
    assert call.parsed is not None
    name, data = call.parsed.files.get("file", (None, b""))
    with call.store.lock:
        line = line_of(call)
        editable(call.store.basket(line.basket_id))
        attachment = Attachment(call.store.next_id("attachment"), name or "attachment", data, call.store.now())
        line.attachments[attachment.id] = attachment
        return created(_attachment_view(call, line, attachment))


@handles("delete_line_attachment")
def delete_attachment(call: Call) -> Reply:
    with call.store.lock:
        line = line_of(call)
        if line.attachments.pop(call.path["attachment_id"], None) is None:
            raise not_found("Attachment", call.path["attachment_id"])
    return NO_CONTENT


def any_line(store: Store, line_id: int) -> Line:
    """A line by its id alone (the forms and catalog calls name no basket)."""
    if line_id not in store.lines:
        raise not_found("Line", line_id)
    return store.lines[line_id]


@handles("add_part_requirements_to_basket_line")
def add_part_requirements(call: Call) -> Reply:
    """The form's answers replace the line's earlier ones; an ordered basket's lines stay as they were."""
    assert call.parsed is not None
    with call.store.lock:
        line = any_line(call.store, call.path["line_id"])
        editable(call.store.basket(line.basket_id))
        line.requirements = dict(call.parsed.data)
        return created({"lineId": line.id, **line.requirements})
