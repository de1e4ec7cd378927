"""Every argument of the 3YOURMIND workflows refuses hostile values by name, before anything is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fabapi_3yourmind import AsyncThreeYourMind, ThreeYourMind, instance_url

from tests.hostile import Factory, Helper, cases, check

NONE = frozenset({"None"})
BASE_URL = "https://acme.3yourmind.com"
FACTORIES: dict[str, Factory] = {
    "sync": lambda transport: ThreeYourMind("token", base_url=BASE_URL, transport=transport, retries=0),
    "async": lambda transport: AsyncThreeYourMind("token", base_url=BASE_URL, transport=transport, retries=0),
}


def _calling(method: str, *positional: Any, **keywords: Any) -> Any:
    """Helpers for each argument of one workflow: `positional` and `keywords` are valid values."""
    names = list(keywords)

    def at(argument: str, *, accepts: frozenset[str] = frozenset(), path_value: bool = False) -> Helper:
        def run(c: Any, v: Any, f: Path) -> Any:
            given = [
                v if name == argument else value for name, value in zip(_POSITIONAL[method], positional, strict=True)
            ]
            named = {name: v if name == argument else keywords[name] for name in names}
            if argument not in _POSITIONAL[method] and argument not in named:
                named[argument] = v
            return getattr(c, method)(*[f / "part.stl" if value is _FILE else value for value in given], **named)

        return Helper(method, argument, run, accepts=accepts, path_value=path_value)

    return at


_FILE: Any = object()
_POSITIONAL = {
    "upload_to_new_line": ["file"],
    "wait_for_analysis": ["basket_id", "line_id"],
    "offers_for_line": ["basket_id", "line_id"],
    "pick_offer": ["basket_id", "line_id"],
    "price_basket": ["basket_id"],
    "order_basket": ["basket_id"],
    "request_quote": ["basket_id", "partner_id"],
    "order_quote": ["quote_id"],
}

upload = _calling("upload_to_new_line", _FILE, unit="mm")
wait = _calling("wait_for_analysis", 1, 2)
offers = _calling("offers_for_line", 1, 2, country="DE")
pick = _calling("pick_offer", 1, 2, country="DE")
price = _calling("price_basket", 1, currency="EUR")
shipped = _calling("order_basket", 1, billing_address_id=3, payment={"method": "invoice"}, shipping={"method_id": 4})
picked_up = _calling("order_basket", 1, billing_address_id=3, payment={"method": "invoice"}, pickup_location_id=5)
quote = _calling("request_quote", 1, 2)
finalize = _calling("order_quote", 9, billing_address_id=3, shipping_address_id=4, shipping_method_id=5)
collect = _calling("order_quote", 9, billing_address_id=3, pickup_location_id=6)

HELPERS = [
    Helper("instance_url", "instance", lambda c, v, f: instance_url(v), path_value=True),
    upload("file", path_value=True),
    upload("unit"),
    upload("basket_id", accepts=NONE, path_value=True),
    upload("filename", accepts=NONE, path_value=True),
    upload("timeout"),
    upload("interval"),
    *[wait(name, path_value=True) for name in ("basket_id", "line_id")],
    wait("timeout"),
    wait("interval"),
    *[offers(name, path_value=True) for name in ("basket_id", "line_id")],
    offers("country"),
    offers("technology_id", accepts=NONE),
    *[pick(name, path_value=True) for name in ("basket_id", "line_id")],
    pick("country"),
    pick("choose", accepts=NONE),
    pick("quantity", accepts=NONE),
    pick("technology_id", accepts=NONE),
    price("basket_id", path_value=True),
    price("currency"),
    *[price(name, accepts=NONE) for name in ("shipping_method_id", "shipping_address_id", "billing_address_id")],
    price("voucher_code", accepts=NONE),
    shipped("basket_id"),
    shipped("billing_address_id"),
    shipped("payment"),
    shipped("shipping"),
    picked_up("pickup_location_id", accepts=NONE),  # None: neither shipped nor picked up, named `shipping`
    *[shipped(name, accepts=NONE) for name in ("voucher_code", "project_id", "additional_information")],
    quote("basket_id"),
    quote("partner_id"),
    quote("message", accepts=NONE),
    finalize("quote_id", path_value=True),
    finalize("billing_address_id"),
    finalize("shipping_address_id", accepts=NONE),  # the shipping method alone still says "shipped"
    finalize("shipping_method_id", accepts=NONE),
    collect("pickup_location_id", accepts=NONE),
    finalize("delivery_instructions", accepts=NONE),
]


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "part.stl").write_bytes(b"solid part\nfacet normal 0 0 1\nendsolid part\n")
    return tmp_path


@pytest.mark.parametrize("flavor", FACTORIES)
@pytest.mark.parametrize(("helper", "value"), cases(HELPERS))
def test_workflows(flavor: str, helper: Helper, value: object, files: Path) -> None:
    check(FACTORIES[flavor], helper, value, files)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "\ud800"], ids=repr)
def test_a_value_deep_in_an_order_is_named_by_its_path_in_the_body(value: object, files: Path) -> None:
    helper = Helper("order_basket", "body.payment.card.limit", lambda c, v, f: c.order_basket(
        1, billing_address_id=3, payment={"card": {"limit": v}}, shipping={"method_id": 4}))  # fmt: skip
    check(FACTORIES["sync"], helper, value, files)
