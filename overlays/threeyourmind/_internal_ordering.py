"""Internal ordering (a service orders a basket for one of its users), sync and async alike: the result,
the user lookup's error, and how the answers of the three reads before the order are read.

The how-to page "Place Orders Programmatically" runs it as: search the user, read the user's
addresses and the service's payment methods for internal ordering, create the internal order.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from fabapi_core import InvalidArgument, UnexpectedResponse

from . import _results as results
from .models.internal_order_request import InternalOrderRequest
from .models.open_object import OpenObject
from .models.service_order import ServiceOrder


@dataclass(frozen=True)
class InternalOrder:
    """An order placed for another user: who it is for, how it is billed and paid, and the order."""

    order_id: int
    user_id: int
    billing_address_id: int
    payment_method_id: int
    order: ServiceOrder


class UserNotFound(InvalidArgument):
    """The user search for an internal order found no user, or several, for what was given."""

    def __init__(self, search: str, matches: int) -> None:
        detail = "no user" if matches == 0 else f"{matches} users; give the e-mail address"
        super().__init__("user", f"searching the users of the service for {search!r:.80} found {detail}")
        self.search = search
        self.matches = matches


def _records(answer: Any, what: str) -> list[Mapping[str, Any]]:
    """The objects of a list answer: a plain array, or a page whose `results` are the array."""
    if isinstance(answer, Mapping) and isinstance(answer.get("results"), list):
        answer = answer["results"]
    if isinstance(answer, OpenObject):
        answer = answer.additional_properties
    if not isinstance(answer, Sequence) or isinstance(answer, str | bytes):
        raise UnexpectedResponse(f"3YOURMIND answered {what} that is not a list: {answer!r:.200}", status_code=200)
    found = []
    for item in answer:
        fields = item.additional_properties if isinstance(item, OpenObject) else item
        if not isinstance(fields, Mapping):
            raise UnexpectedResponse(f"3YOURMIND answered {what} holding {fields!r:.200}", status_code=200)
        found.append(fields)
    return found


def _ident(record: Mapping[str, Any], what: str) -> int:
    ident = record.get("id")
    if not isinstance(ident, int) or isinstance(ident, bool) or ident < 1:
        raise UnexpectedResponse(
            f"3YOURMIND answered {what} without a positive integer id: {record!r:.200}", status_code=200
        )
    return ident


def the_user(answer: Any, search: str) -> int:
    """The one user the search means: the one whose e-mail is `search`, else the only one found."""
    users = _records(answer, "users")
    exact = [user for user in users if str(user.get("email", "")).casefold() == search.casefold()]
    chosen = exact or users
    if len(chosen) != 1:
        raise UserNotFound(search, len(chosen))
    return _ident(chosen[0], "a user")


def chosen_id(answer: Any, given: int | None, what: str, argument: str) -> int:
    """`given` when the list has it (InvalidArgument when not), else the list's first item."""
    idents = [_ident(record, what) for record in _records(answer, f"{what}s")]
    if given is not None:
        if given not in idents:
            raise InvalidArgument(argument, f"{argument} {given} is not one of the {what}s offered: {idents}")
        return given
    if not idents:
        raise UnexpectedResponse(f"3YOURMIND offers no {what} for this internal order", status_code=200)
    return idents[0]


def check_search(user: object) -> str:
    text = results.optional_text(user, "user", allow_empty=False)
    if text is None:
        raise InvalidArgument("user", "user must be the name or e-mail address to search for")
    return text


def internal_order_body(
    basket_id: int,
    user_id: int,
    billing_address_id: int,
    payment_method_id: int,
    shipping: Mapping[str, Any] | None,
    pickup_location_id: int | None,
    shipping_price: str | None,
    voucher_code: str | None,
    additional_information: Mapping[str, Any] | None,
) -> InternalOrderRequest:
    body = InternalOrderRequest(
        basket_id=basket_id,
        user_id=user_id,
        billing_address_id=billing_address_id,
        payment=OpenObject.from_dict({"methodId": payment_method_id}),
        pickup_location_id=pickup_location_id,
        shipping=None if shipping is None else OpenObject.from_dict(results.check_mapping("shipping", shipping)),
        voucher_code=voucher_code,
        additional_information=OpenObject.from_dict(
            results.check_mapping("additional_information", additional_information or {})
        ),
    )
    if shipping_price is not None:
        body.shipping_price = shipping_price
    return body
