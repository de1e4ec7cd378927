"""Money as the API sends it: decimal strings with five places, in price objects with and without tax."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

TAX_RATE = Decimal("19")  # percent, the rate of the seed's samples
_PLACES = Decimal("0.00001")


def amount(value: Decimal) -> str:
    return str(value.quantize(_PLACES))


def price(net: Decimal, currency: str) -> dict[str, Any]:
    """A price object: the seed collapses its fields, so these are the mock's (net, gross, currency)."""
    gross = net * (1 + TAX_RATE / 100)
    return {"currency": currency, "exclTax": amount(net), "inclTax": amount(gross)}
