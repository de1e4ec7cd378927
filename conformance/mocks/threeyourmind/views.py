"""Records rendered in the API's shapes (checked against the spec's schemas before they are sent)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from .analysis import Geometry
from .pricing import TAX_RATE, amount, price
from .records import Address, AmpiPart, Basket, Line, Material, Offer, Order, Quote, RequestForQuote, Service, Upload
from .seed import CURRENCIES
from .store import AMPI_STATUSES, Store

CURRENCY = CURRENCIES[0]
ZERO = Decimal(0)


# -- prices -----------------------------------------------------------------------------------------


def unit_price(store: Store, line: Line) -> Decimal | None:
    """A service's own price for the line, else its offer's; None while no offer is picked."""
    if line.unit_price is not None:
        return line.unit_price
    if line.offer_id is None or line.offer_id not in store.offers:
        return None
    return store.offers[line.offer_id].unit_price


def _money(value: Decimal | None) -> dict[str, Any] | None:
    return price(value, CURRENCY) if value is not None else None


# -- files ------------------------------------------------------------------------------------------


def analysis_status(store: Store, upload: Upload) -> str:
    """`analysing`, `finished` or `error`, without counting as a read.

    The analysis ends with the last of the `analysis_reads` status reads that answer `analysing`.
    """
    if upload.reads < store.analysis_reads:
        return "analysing"
    return "finished" if upload.geometry is not None else "error"


def fits(geometry: Geometry | None, offer: Offer) -> bool:
    # Parts may be turned to fit, so the sorted extents are compared.
    return geometry is not None and all(
        a <= b for a, b in zip(sorted(geometry.size), sorted(offer.max_size), strict=True)
    )


def file(store: Store, upload: Upload, container: str, container_id: int, origin: str) -> dict[str, Any]:
    base = f"{origin}/api/v2.0/files/{container}/{container_id}/{upload.uuid}/"
    status = analysis_status(store, upload)
    view: dict[str, Any] = {
        "uuid": upload.uuid,
        "name": upload.filename,
        "unit": upload.unit,
        "status": status,
        "downloadOriginalUrl": base + "download/",
        "downloadOptimizedUrl": base + "download/",
    }
    if status == "finished" and upload.geometry is not None:
        view["dimensions"] = geometry(upload.geometry)
    return view


def geometry(found: Geometry) -> dict[str, Any]:
    x, y, z = found.size
    return {
        "w": round(x, 5),
        "h": round(y, 5),
        "d": round(z, 5),
        "volume": round(found.volume, 5),
        "area": round(found.area, 5),
        "faces": found.triangles,
    }


# -- catalogue ---------------------------------------------------------------------------------------


def partner(service: Service) -> dict[str, Any]:
    return {"id": service.id, "name": service.name}


def material(store: Store, found: Material, geometry_: Geometry | None) -> dict[str, Any]:
    offers = [o for o in store.offers.values() if o.material_id == found.id]
    return {
        "id": found.id,
        "title": found.title,
        "fullProductTitle": f"{found.technology} {found.title}",
        "technology": {"id": found.technology_id, "title": found.technology},
        "categoryId": found.category_id,
        "description": found.description,
        "minimumWallThickness": found.minimum_wall,
        "optimalWallThickness": found.optimal_wall,
        "offersCount": len(offers),
        "isPrintable": any(fits(geometry_, o) for o in offers),
    }


def material_properties(found: Material) -> dict[str, Any]:
    return {
        "categoryId": found.category_id,
        "description": found.description,
        "fullProductTitle": f"{found.technology} {found.title}",
        "id": found.id,
        "minimumWallThickness": found.minimum_wall,
        "optimalWallThickness": found.optimal_wall,
    }


def offer(store: Store, found: Offer, geometry_: Geometry | None) -> dict[str, Any]:
    product = store.materials[found.material_id]
    width, height, depth = found.max_size
    return {
        "minimumWallThickness": product.minimum_wall,
        "optimalWallThickness": product.optimal_wall,
        "maxD": depth,
        "maxH": height,
        "maxW": width,
        "minD": 0.0,
        "minH": 0.0,
        "minW": 0.0,
        "id": found.id,
        "hasPostProcessings": False,
        "internalIdentifier": f"offer-{found.id}",
        "printabilityStatus": "printable" if fits(geometry_, found) else "not_printable",
        "title": found.title,
        "maxProductionDays": found.days_max,
        "minProductionDays": found.days_min,
        "isManualPricingRequired": False,
        "isPriceResolutionRequired": False,
        "categoryId": product.category_id,
        "combinablePostProcessings": False,
        "datasheetPdf": "",
        "partner": partner(store.services[found.service_id]),
        "postProcessings": [],
        "price": _money(found.unit_price),  # per part; the line's price is in OfferPrice
        "productId": product.id,
        "unit": "mm",
    }


# -- baskets ------------------------------------------------------------------------------------------


def _lines(store: Store, basket_: Basket) -> list[Line]:
    return [store.lines[i] for i in basket_.line_ids]


def basket(store: Store, found: Basket) -> dict[str, Any]:
    lines = _lines(store, found)
    prices = [unit_price(store, line) for line in lines]
    subtotal = (
        None
        if None in prices
        else sum((p * ln.quantity for p, ln in zip(prices, lines, strict=True) if p is not None), ZERO)
    )
    return {
        "id": found.id,
        "subtotal": _money(subtotal),
        "isManualPricingRequired": False,
        "isPriceResolutionRequired": False,
        "lastModifiedTime": found.modified,
        "lineMeta": [{"id": ln.id, "name": ln.name, "quantity": ln.quantity} for ln in lines],
        "numberOfFiles": sum(1 for ln in lines if ln.file_uuid is not None),
        "number": found.number,
        "projectId": found.project_id,
        "sequenceNumber": 1,
        "title": found.title,
        "unresolvedLines": [ln.id for ln in lines if ln.offer_id is None],
    }


def customer(store: Store) -> dict[str, Any]:
    user = store.profile
    return {"id": user["id"], "email": user["email"], "fullName": full_name(user)}


def service_basket(store: Store, found: Basket) -> dict[str, Any]:
    return {
        **basket(store, found),
        "customer": customer(store) if found.customer_id is not None else None,
        "parentFees": [],
        "parentShippingPrice": None,
    }


def _line_fields(store: Store, found: Line, origin: str) -> dict[str, Any]:
    """What a basket line and the snapshot an order or a quote keeps of it both say."""
    upload = store.uploads.get(found.file_uuid) if found.file_uuid else None
    return {
        "id": found.id,
        "name": found.name,
        "quantity": found.quantity,
        "offerId": found.offer_id,
        "productId": found.product_id,
        "preferredDueDate": found.preferred_due_date,
        "postProcessings": list(found.post_processings),
        "file": file(store, upload, "basket", found.basket_id, origin) if upload else None,
    }


def line(store: Store, found: Line, origin: str) -> dict[str, Any]:
    upload = store.uploads.get(found.file_uuid) if found.file_uuid else None
    unit = unit_price(store, found)
    ready = upload is not None and analysis_status(store, upload) == "finished"
    return {
        **_line_fields(store, found, origin),
        "unitPrice": _money(unit),
        "linePrice": _money(unit * found.quantity if unit is not None else None),
        "canBeOrdered": ready and unit is not None,
        "isInCatalog": found.catalog_item_id is not None,
        "createdAt": found.created,
    }


def service_line(store: Store, found: Line, origin: str) -> dict[str, Any]:
    upload = store.uploads.get(found.file_uuid) if found.file_uuid else None
    chosen = store.offers.get(found.offer_id) if found.offer_id is not None else None
    product = store.materials.get(found.product_id) if found.product_id is not None else None
    unit = unit_price(store, found)
    geometry_ = upload.geometry if upload is not None else None
    width, height, depth = chosen.max_size if chosen else (0.0, 0.0, 0.0)
    return {
        "name": found.name,
        "offerId": found.offer_id,
        "partRequirementsId": found.id,
        "productId": found.product_id,
        "quantity": found.quantity,
        "preferredDueDate": found.preferred_due_date,
        "isInCatalog": found.catalog_item_id is not None,
        "isManualPricingRequired": unit is None,
        "isPriceResolutionRequired": False,
        "maxProductionDays": chosen.days_max if chosen else 0,
        "minProductionDays": chosen.days_min if chosen else 0,
        "canBeOrdered": upload is not None and analysis_status(store, upload) == "finished" and unit is not None,
        "file": file(store, upload, "basket", found.basket_id, origin) if upload else None,
        "fullName": found.name or "",
        "id": found.id,
        "linePrice": _money(unit * found.quantity if unit is not None else None),
        "partRequirements": None,
        "productName": product.title if product else "",
        "offer": offer(store, chosen, geometry_) if chosen else None,
        "unitPrice": _money(unit),
        "maxD": depth,
        "maxH": height,
        "maxW": width,
        "minimumWallThickness": product.minimum_wall if product else "0.00000",
        "optimalWallThickness": product.optimal_wall if product else "0.00000",
        "partner": partner(store.services[chosen.service_id]) if chosen else None,
        "suggestedPrice": _money(chosen.unit_price if chosen else None),
        "unitPrintPrice": _money(found.unit_price),
        "postProcessings": found.post_processings,
    }


def line_snapshot(store: Store, found: Line, unit: Decimal, origin: str) -> dict[str, Any]:
    """A basket line as an order or a quote keeps it: frozen, with its price."""
    return {
        **_line_fields(store, found, origin),
        "fileUuid": found.file_uuid,
        "unitPrice": price(unit, CURRENCY),
        "linePrice": price(unit * found.quantity, CURRENCY),
    }


# -- orders and quotes ---------------------------------------------------------------------------


def status(store: Store, service_id: int, status_id: int) -> dict[str, Any]:
    return next(s for s in store.services[service_id].order_statuses if s["id"] == status_id)


def _delivery(store: Store, lines: list[dict[str, Any]]) -> tuple[int, int]:
    offers = [store.offers[ln["offerId"]] for ln in lines if ln.get("offerId") in store.offers]
    return (max((o.days_min for o in offers), default=1), max((o.days_max for o in offers), default=1))


def _transaction(store: Store, record: Order | Quote, total: Decimal) -> dict[str, Any]:
    low, high = _delivery(store, record.lines)
    return {
        "createdAt": record.created,
        "createdBy": customer(store),
        "currency": record.currency,
        "customer": customer(store),
        "feesPrice": price(ZERO, record.currency),
        "fullNumber": f"{record.number}-{record.title}",
        "id": record.id,
        "isCreatedBySharedUser": False,
        "minPrice": price(ZERO, record.currency),
        "minPriceDiff": price(ZERO, record.currency),
        "number": record.number,
        "numberOfComments": 0,
        "numberOfLines": len(record.lines),
        "partner": partner(store.services[record.service_id]),
        "projectId": record.project_id,
        "sequenceNumber": 1,
        "subtotalPrice": price(record.subtotal, record.currency),
        "taxRate": amount(TAX_RATE),
        "thumbnailUrl": "",
        "title": record.title,
        "totalItemsQuantity": sum(int(ln["quantity"]) for ln in record.lines),
        "totalPrice": price(total, record.currency),
        "isRejected": False,
        "rejectionReason": "",
        "billingAddress": record.billing_address,
        "deliveryDaysMax": high,
        "deliveryDaysMin": low,
        "pickupLocation": record.pickup_location,
        "shippingAddress": record.shipping_address,
        "fees": [],
        "isEdited": record.edited,
        "lines": record.lines,
        "materialPriceBreakdown": [],
        "postProcessingPriceBreakdown": [],
        "updatedAt": record.updated,
    }


def order(store: Store, found: Order) -> dict[str, Any]:
    total = found.subtotal - found.discount + found.shipping_price
    return {
        **_transaction(store, found, total),
        "isRejected": found.rejected,
        "deliveryInstructions": found.delivery_instructions,
        "payment": found.payment,
        "referenceNumber": "",
        "salesTransactionType": "order",
        "status": status(store, found.service_id, found.status_id),
        "shippingMethod": found.shipping_method,
        "voucherDiscount": price(found.discount, found.currency) if found.voucher_code else None,
        "newOrderId": found.new_order_id,
        "printPrice": price(found.subtotal, found.currency),
        "postProcessingsPrice": price(ZERO, found.currency),
        "trackingInformation": found.tracking,
        "isInCatalog": False,
    }


def service_order(store: Store, found: Order) -> dict[str, Any]:
    view = order(store, found)
    del view["isInCatalog"]
    products = sorted({ln["productId"] for ln in found.lines if ln.get("productId") is not None})
    return {
        **view,
        "products": [{"id": p, "title": store.materials[p].title} for p in products if p in store.materials],
        "hasUnfinishedMesSequences": False,
        "shippingPrice": price(found.shipping_price, found.currency),
    }


def quote(store: Store, found: Quote, now: str) -> dict[str, Any]:
    total = found.subtotal + found.shipping_price
    expired = found.expiry is not None and found.expiry < now and found.order_id is None
    return {
        **_transaction(store, found, total),
        "expiryDatetime": found.expiry,
        "isOrdered": found.order_id is not None,
        "isExpired": expired,
        "pdfComment": "",
        "salesTransactionType": "quote",
        "status": "ordered" if found.order_id is not None else ("expired" if expired else "not ordered"),
        "deliveryInstructions": "",
        "shippingMethod": None,
        "shippingPrice": price(found.shipping_price, found.currency),
        "rootBasketId": found.basket_id,
        "newQuoteId": found.new_quote_id,
    }


def request_for_quote(found: RequestForQuote) -> dict[str, Any]:
    return {
        "id": found.id,
        "basketId": found.basket_id,
        "partnerId": found.partner_id,
        "message": found.message,
        "createdAt": found.created,
        "quoteId": found.quote_id,
        "status": "quoted" if found.quote_id is not None else "open",
    }


# -- the user ------------------------------------------------------------------------------------------


def full_name(user: dict[str, Any]) -> str:
    return " ".join(part for part in (user.get("firstName"), user.get("lastName")) if part)


def address(found: Address) -> dict[str, Any]:
    return {"id": found.id, **found.fields}


def profile(store: Store) -> dict[str, Any]:
    user = store.profile
    default = store.addresses.get(user["defaultAddressId"]) if user["defaultAddressId"] is not None else None
    return {
        **user,
        "addressCount": len(store.addresses),
        "fullName": full_name(user),
        "defaultAddress": address(default) if default else None,
    }


# -- AMPI -----------------------------------------------------------------------------------------------


def ampi_part(found: AmpiPart) -> dict[str, Any]:
    status_id = AMPI_STATUSES[found.status_slug]
    return {
        "id": found.id,
        "assemblies": [],
        "author": {"id": 7, "name": "Jane Doe"},
        "assignees": [],
        "branch": found.branch,
        "branchIsAdvanced": found.branch_is_advanced,
        "created": found.created,
        "hasStlFile": found.file_uuid is not None,
        "modified": found.modified,
        "scores": None,
        "shortId": found.short_id,
        "statusId": status_id,
        "status": {"id": status_id, "slug": found.status_slug},
        "values": found.values,
        "stlFile": {"uuid": found.file_uuid} if found.file_uuid else None,
        "parts": [],
        "commentCount": len(found.comments),
        "dataCompleteness": None,
        "permissions": {"canEdit": True, "canDelete": True},
        "tasks": [],
        "technicalDrawingData": {"id": found.technical_drawing} if found.technical_drawing is not None else None,
        "technologyPrintabilityResults": [],
        "readOnlyFields": [],
        "catalogItem": None,
    }
