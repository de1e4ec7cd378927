"""A `oneOf` request body is exactly one of its alternatives, checked by `check_arguments` before sending.

The resource layer passes the alternatives (model class, required wire names) as the body's
constraints, for any vendor; no vendor's models are needed to check the rule itself.
"""

from __future__ import annotations

from typing import Any

import pytest
from fabapi_core import InvalidArgument
from fabapi_core._arguments import check_arguments


class FromBasket:
    def __init__(self, basket_id: int, extra: dict[str, Any] | None = None) -> None:
        self.basket_id, self.extra = basket_id, extra or {}

    def to_dict(self) -> dict[str, Any]:
        return {"basketId": self.basket_id, **self.extra}

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> FromBasket:
        return cls(src["basketId"], {k: v for k, v in src.items() if k != "basketId"})


class FromQuote:
    def __init__(self, quote_id: int, payment: dict[str, Any]) -> None:
        self.quote_id, self.payment = quote_id, payment

    def to_dict(self) -> dict[str, Any]:
        return {"quoteId": self.quote_id, "payment": self.payment}

    @classmethod
    def from_dict(cls, src: dict[str, Any]) -> FromQuote:
        return cls(src["quoteId"], src["payment"])


def _operation(*, body: FromBasket | FromQuote) -> None:
    """Stands in for a generated operation function whose body is a union of two models."""


ONE_OF = {"body": {"oneOf": [["FromBasket", ["basketId"]], ["FromQuote", ["quoteId", "payment"]]]}}


def _checked(body: Any) -> Any:
    return check_arguments(_operation, {"body": body}, {}, ONE_OF)["body"]


def test_a_model_of_either_alternative_passes_unchanged() -> None:
    basket, quote = FromBasket(3), FromQuote(4, {"methodId": 1})
    assert _checked(basket) is basket
    assert _checked(quote) is quote


def test_a_json_form_is_built_into_the_one_alternative_it_fits() -> None:
    built = _checked({"quoteId": 4, "payment": {"methodId": 1}})
    assert isinstance(built, FromQuote) and built.quote_id == 4
    assert isinstance(_checked({"basketId": 3, "note": "x"}), FromBasket)


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ({"basketId": 3, "quoteId": 4, "payment": {}}, "it has the required fields of FromBasket and FromQuote"),
        (FromBasket(3, {"quoteId": 4, "payment": {}}), "it has the required fields of FromBasket and FromQuote"),
        ({"quoteId": 4}, "it has the required fields of none of them"),
        ({}, "it has the required fields of none of them"),
    ],
)
def test_both_alternatives_or_neither_is_refused_naming_them(body: Any, found: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        _checked(body)
    assert caught.value.argument == "body"
    assert str(caught.value) == (
        "argument 'body' must be exactly one of FromBasket (basketId) or FromQuote (quoteId, payment); " + found
    )


def test_a_body_without_alternatives_is_not_checked_for_them() -> None:
    body = FromBasket(3, {"quoteId": 4, "payment": {}})
    assert check_arguments(_operation, {"body": body}, {}, None)["body"] is body
