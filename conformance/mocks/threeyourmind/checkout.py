"""Create Order's two bodies ("One of"): an order from a basket, or from a quote (`quoteId` + `payment`)."""

from __future__ import annotations

from . import models
from .calls import Call, Reply, created, handles
from .orders import one_way_of_delivery, place
from .quotes import QuoteCheckout, order_quote


@handles("create_order")
def create_order(call: Call) -> Reply:
    body = call.body(models.CreateOrderBody).root
    if isinstance(body, models.CreateOrderFromQuoteRequest):
        # The vendor's `place_order_from_quote`: billing and delivery as the quote has them (the
        # customer's default address, the service's first shipping method), paid as the body says.
        checkout = QuoteCheckout(
            billing_address_id=None,
            pickup_location_id=None,
            shipping=None,
            payment=body.payment.model_dump(exclude_none=True),
            voucher_code=body.voucherCode,
            additional_information=body.additionalInformation.model_dump(exclude_none=True)
            if body.additionalInformation is not None
            else {},
        )
        return created({"id": order_quote(call.store, body.quoteId, checkout).id})
    one_way_of_delivery(body.pickupLocationId, body.shipping, required=True)
    placed = place(call, call.store.basket(body.basketId), body)
    return created({"id": placed.id})
