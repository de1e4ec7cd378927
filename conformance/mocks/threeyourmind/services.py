"""Printing services (partners) with their checkout options, and the instance's reference lists."""

from __future__ import annotations

from typing import Any

from . import views
from .calls import Call, Reply, handles
from .pricing import price
from .records import Service
from .seed import REFERENCE_DATA


def _service(service: Service) -> dict[str, Any]:
    return {**views.partner(service), "currency": service.currency}


@handles("list_services", "list_available_services")
def list_services(call: Call) -> Reply:
    return Reply([_service(s) for s in call.store.services.values()])


@handles("list_payment_methods", "list_internal_payment_methods")
def list_payment_methods(call: Call) -> Reply:
    return Reply([dict(m) for m in call.store.service(call.path["service_id"]).payment_methods])


@handles("list_pickup_locations")
def list_pickup_locations(call: Call) -> Reply:
    return Reply([dict(p) for p in call.store.service(call.path["service_id"]).pickup_locations])


@handles("list_shipping_methods")
def list_shipping_methods(call: Call) -> Reply:
    service = call.store.service(call.path["service_id"])
    for name in ("shippingAddressId", "shippingQuoteAddressId"):
        if call.query.get(name) is not None:
            call.store.address(call.query[name])
    return Reply(
        [
            {
                "id": m.id,
                "title": m.title,
                "price": price(m.price, service.currency),
                "deliveryDaysMin": m.days_min,
                "deliveryDaysMax": m.days_max,
            }
            for m in service.shipping_methods
        ]
    )


@handles("list_materials")
def list_materials(call: Call) -> Reply:
    return Reply([views.material_properties(m) for m in call.store.materials.values()])


def _reference(name: str) -> Any:
    def answer(call: Call) -> Reply:
        return Reply([dict(item) for item in REFERENCE_DATA[name]])

    return answer


for _name in REFERENCE_DATA:
    handles(f"list_{_name.replace('-', '_')}")(_reference(_name))
