"""The workflows 3YOURMIND's own client and how-to pages run, each one call, against the stateful mock:
an order from a quote, a catalog item from a basket line, a line's part requirements, and internal
ordering for another user; and Create Order's and Create Catalog Item's "One of" bodies."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import httpx
import pytest
from fabapi_3yourmind import AsyncThreeYourMind, InternalOrder, ThreeYourMind, UserNotFound
from fabapi_3yourmind.models import (
    CatalogItemFromLine,
    CreateOrderFromQuoteRequest,
    CreateOrderRequest,
    OpenObject,
    OrderPayment,
    QuoteFromRequestForQuote,
)
from fabapi_core import Conflict, InvalidArgument, NotFound

from conformance.stl_files import box

from .conftest import TOKEN

SERVICE = 1  # the seeded printing service
USER_EMAIL = "jane.doe@example.com"  # the seeded user


@pytest.fixture
def line(tym: ThreeYourMind, tmp_path: Path) -> tuple[int, int]:
    uploaded = tym.upload_to_new_line(box(tmp_path / "bracket.stl", (40, 20, 10)), unit="mm")
    tym.pick_offer(uploaded.basket_id, uploaded.line_id, country="DE")
    return uploaded.basket_id, uploaded.line_id


def _quote(tym: ThreeYourMind, basket_id: int) -> int:
    request = tym.request_quote(basket_id, SERVICE)
    quote = tym.quote.create_from_request_for_quote(
        SERVICE, body=QuoteFromRequestForQuote(request_for_quote_id=request["id"], lines=[])
    )
    assert isinstance(quote.id, int)
    return quote.id


# -- an order from a quote (the vendor's place_order_from_quote) ------------------------------------


def test_a_quote_is_ordered_through_create_order(tym: ThreeYourMind, store: Any, line: tuple[int, int]) -> None:
    quote_id = _quote(tym, line[0])
    order = tym.place_order_from_quote(
        quote_id, payment_method_id=2, currency="eur", authorized_amount="19.00000", reference="PO-4711"
    )
    (placed,) = store.orders.values()
    assert order.id == placed.id and placed.quote_id == quote_id
    assert placed.payment["method"]["id"] == 2 and placed.payment["currency"] == "EUR"
    assert placed.payment["authorizedAmount"] == "19.00000"
    assert placed.additional_information == {"reference": "PO-4711"}
    with pytest.raises(Conflict):  # a quote is ordered once
        tym.place_order_from_quote(quote_id, payment_method_id=2, currency="EUR")
    assert len(store.orders) == 1


def test_an_order_from_a_quote_checks_its_arguments_before_sending(tym: ThreeYourMind, store: Any) -> None:
    with pytest.raises(InvalidArgument, match="currency"):
        tym.place_order_from_quote(1, payment_method_id=2, currency="euro")
    with pytest.raises(InvalidArgument, match="quote_id"):
        tym.place_order_from_quote(0, payment_method_id=2, currency="EUR")
    assert not store.orders


# -- a catalog item from a basket line; a line's part requirements ---------------------------------


def test_a_basket_line_becomes_a_catalog_item(tym: ThreeYourMind, store: Any, line: tuple[int, int]) -> None:
    item = tym.catalog_item_from_line(line[1])
    assert isinstance(item.id, int) and item.title == store.lines[line[1]].name
    with pytest.raises(NotFound):
        tym.catalog_item_from_line(999)


def test_part_requirements_are_answered_for_a_line(tym: ThreeYourMind, store: Any, line: tuple[int, int]) -> None:
    answers = {"tolerance": "ISO 2768-m", "certificate": True, "notes": ["deburr", "no logo"]}
    answered = tym.add_part_requirements(line[1], answers)
    assert store.lines[line[1]].requirements == answers
    assert answered["lineId"] == line[1]
    tym.add_part_requirements(line[1], {"tolerance": "ISO 2768-f"})  # answering again replaces
    assert store.lines[line[1]].requirements == {"tolerance": "ISO 2768-f"}
    with pytest.raises(NotFound):
        tym.add_part_requirements(999, answers)
    with pytest.raises(InvalidArgument, match=r"body\.bad"):  # checked deep inside, before sending
        tym.add_part_requirements(line[1], {"bad": float("nan")})


# -- internal ordering for another user (the how-to's search -> addresses -> payment -> order) -------


def test_an_order_is_placed_for_another_user(tym: ThreeYourMind, store: Any, line: tuple[int, int]) -> None:
    # An address created since is one the service sees for the user at once.
    created = tym.user_profile.create_address(body=_address("Office"))
    assert isinstance(created.id, int)
    placed = tym.order_for_user(
        SERVICE, line[0], user=USER_EMAIL.upper(), billing_address_id=created.id, payment_method_id=2,
        pickup_location_id=1,
    )  # fmt: skip
    assert isinstance(placed, InternalOrder)
    order = store.orders[placed.order_id]
    assert placed.user_id == store.profile["id"] and placed.payment_method_id == 2
    assert order.billing_address["id"] == created.id and order.payment["method"]["id"] == 2
    assert placed.order.id == placed.order_id
    # Defaults: the user's first address, the first payment method; found by name as well.
    second = _second_basket(tym, line)
    default = tym.order_for_user(SERVICE, second, user="Jane", pickup_location_id=1)
    assert default.billing_address_id == 1 and default.payment_method_id == 1
    # The internal order is a service order like any other.
    listed = [o["id"] for o in tym.service_orders.list(SERVICE)]
    assert sorted(listed) == sorted([placed.order_id, default.order_id])


def test_internal_ordering_refuses_what_it_cannot_resolve_before_ordering(
    tym: ThreeYourMind, store: Any, line: tuple[int, int]
) -> None:
    with pytest.raises(UserNotFound) as caught:
        tym.order_for_user(SERVICE, line[0], user="nobody@example.com", pickup_location_id=1)
    assert caught.value.matches == 0 and caught.value.argument == "user"
    with pytest.raises(InvalidArgument, match="payment_method_id 9 is not one of"):
        tym.order_for_user(SERVICE, line[0], user=USER_EMAIL, payment_method_id=9, pickup_location_id=1)
    with pytest.raises(InvalidArgument, match="billing_address_id 99 is not one of"):
        tym.order_for_user(SERVICE, line[0], user=USER_EMAIL, billing_address_id=99, pickup_location_id=1)
    with pytest.raises(InvalidArgument, match="exactly one of shipping= and pickup_location_id="):
        tym.order_for_user(SERVICE, line[0], user=USER_EMAIL)
    assert not store.orders


def test_an_internal_order_is_edited_from_a_basket_made_of_it(
    tym: ThreeYourMind, store: Any, line: tuple[int, int]
) -> None:
    placed = tym.order_for_user(SERVICE, line[0], user=USER_EMAIL, pickup_location_id=1)
    basket = tym.basket.create_from_order(SERVICE, placed.order_id)
    assert isinstance(basket.id, int)
    edited = tym.service_orders.edit(SERVICE, body=_internal_body(basket.id, placed))
    assert store.orders[placed.order_id].new_order_id == edited.id and store.orders[edited.id].edited


async def test_the_async_twin_orders_for_another_user(origin: str, store: Any, tmp_path: Path) -> None:
    async with AsyncThreeYourMind(TOKEN, base_url=origin) as tym:
        uploaded = await tym.upload_to_new_line(box(tmp_path / "b.stl", (40, 20, 10)), unit="mm")
        await tym.pick_offer(uploaded.basket_id, uploaded.line_id, country="DE")
        placed = await tym.order_for_user(SERVICE, uploaded.basket_id, user=USER_EMAIL, pickup_location_id=1)
        assert store.orders[placed.order_id].basket_id == uploaded.basket_id
        item = await tym.catalog_item_from_line(uploaded.line_id)
        assert isinstance(item.id, int)


# -- "One of" bodies: exactly one alternative, either way ---------------------------------------------


def test_a_one_of_body_is_sent_as_a_model_or_as_its_json_form(
    tym: ThreeYourMind, store: Any, line: tuple[int, int]
) -> None:
    quote_id = _quote(tym, line[0])
    sent = tym.orders.create(body={"quoteId": quote_id, "payment": {"methodId": 1, "currency": "EUR"}})
    assert store.orders[sent.id].quote_id == quote_id
    item = tym.catalog.create_item(body=CatalogItemFromLine(line_id=line[1]))
    assert isinstance(item.id, int)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        # A quote order that also carries a whole basket order's fields: both alternatives.
        ({"quoteId": 1, "payment": {}, "basketId": 1, "billingAddressId": 1, "pickupLocationId": 1,
          "shipping": None, "voucherCode": None, "additionalInformation": {}},
         "the required fields of CreateOrderRequest and CreateOrderFromQuoteRequest"),
        ({"payment": {"methodId": 1}}, "the required fields of none of them"),
    ],
)  # fmt: skip
def test_a_one_of_body_with_both_alternatives_or_neither_is_refused_before_sending(
    tym: ThreeYourMind, store: Any, body: dict[str, Any], found: str
) -> None:
    with pytest.raises(InvalidArgument) as caught:
        tym.orders.create(body=body)
    message = str(caught.value)
    assert caught.value.argument == "body" and found in message
    assert "CreateOrderRequest (basketId, " in message and "CreateOrderFromQuoteRequest (quoteId, payment)" in message
    assert not store.orders


def test_a_model_carrying_the_other_alternatives_fields_is_refused_too(tym: ThreeYourMind) -> None:
    quote_order = CreateOrderFromQuoteRequest(quote_id=1, payment=OrderPayment(method_id=1))
    quote_order.additional_properties.update(
        basketId=1, billingAddressId=1, pickupLocationId=1, shipping=None, voucherCode=None, additionalInformation={}
    )
    with pytest.raises(InvalidArgument, match="CreateOrderRequest and CreateOrderFromQuoteRequest"):
        tym.orders.create(body=quote_order)
    basket_order = CreateOrderRequest(
        basket_id=1, billing_address_id=1, pickup_location_id=1, shipping=None, payment=OpenObject(),
        voucher_code=None, additional_information=OpenObject(),
    )  # fmt: skip
    basket_order.additional_properties["quoteId"] = 1  # and the quote body's fields besides: both
    with pytest.raises(InvalidArgument, match="CreateOrderRequest and CreateOrderFromQuoteRequest"):
        tym.orders.create(body=basket_order)
    with pytest.raises(InvalidArgument) as caught:
        tym.catalog.create_item(body={"title": "Bracket"})  # neither of Create Catalog Item's bodies
    assert "CatalogItemCreate (" in str(caught.value) and "CatalogItemFromLine (lineId)" in str(caught.value)


def test_a_json_form_that_does_not_fit_its_alternative_is_named_by_its_path(tym: ThreeYourMind) -> None:
    with pytest.raises(InvalidArgument) as caught:
        tym.orders.create(body={"quoteId": "seven", "payment": {}})
    assert caught.value.argument == "body.quoteId"


# -- customers' own domains -----------------------------------------------------------------------


def test_any_https_origin_is_an_instance_and_instance_is_a_shortcut() -> None:
    seen: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(str(request.url))
        return httpx.Response(200, json={"id": 7, "email": USER_EMAIL})

    transport = httpx.MockTransport(answer)
    with ThreeYourMind(TOKEN, base_url="https://instantquote.maker-example.com", transport=transport) as tym:
        tym.user_profile.get()
    with ThreeYourMind(TOKEN, instance="acme", transport=transport) as tym:
        tym.user_profile.get()
    assert seen == [
        "https://instantquote.maker-example.com/api/v2.0/my-profile/profile/",
        "https://acme.3yourmind.com/api/v2.0/my-profile/profile/",
    ]
    with pytest.raises(InvalidArgument, match="allow_insecure_http"):  # the existing refusal
        ThreeYourMind(TOKEN, base_url="http://instantquote.maker-example.com")


# -- helpers ----------------------------------------------------------------------------------------


def _address(title: str) -> Any:
    from fabapi_3yourmind.models import AddressWrite

    return AddressWrite(
        city="Berlin", company_name=title, country="DE", department=None, first_name="Jane", last_name="Doe",
        line1="Hauptstrasse 2", line2=None, phone_number="+4930123456", state=None, title=None, vat_id=None,
        zip_code="10115",
    )  # fmt: skip


def _second_basket(tym: ThreeYourMind, line: tuple[int, int]) -> int:
    copy = tym.basket.create()
    assert isinstance(copy.id, int)
    made = tym.basket.create_line(copy.id, body=_clone(line[1]))
    assert isinstance(made.id, int)
    return copy.id


def _clone(line_id: int) -> Any:
    from fabapi_3yourmind.models import BasketLineCreate

    return BasketLineCreate(clone_line=line_id)


def _internal_body(basket_id: int, placed: InternalOrder) -> Any:
    from fabapi_3yourmind.models import InternalOrderRequest

    return InternalOrderRequest(
        basket_id=basket_id, user_id=placed.user_id, billing_address_id=placed.billing_address_id,
        payment=OpenObject.from_dict({"methodId": placed.payment_method_id}), pickup_location_id=1, shipping=None,
        voucher_code=None, additional_information=OpenObject(),
    )  # fmt: skip
