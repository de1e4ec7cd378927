from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteConfig")


@_attrs_define
class QuoteConfig:
    """A custom pricing profile: material cost, hourly rate, base cost (a minimum spend) and currency.

    Attributes:
        currency (str | Unset): Currency of the prices. Default: 'USD'.
        cost_per_hour (float | Unset): Machine cost per hour of printing. Default: 2.5.
        cost_per_gram (float | Unset): Material cost per gram of filament. Default: 0.02.
        base_price (float | Unset): Base cost added to every quote (think of it as a minimum spend). Default: 5.0.
    """

    currency: str | Unset = "USD"
    cost_per_hour: float | Unset = 2.5
    cost_per_gram: float | Unset = 0.02
    base_price: float | Unset = 5.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        cost_per_hour = self.cost_per_hour

        cost_per_gram = self.cost_per_gram

        base_price = self.base_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if cost_per_hour is not UNSET:
            field_dict["cost_per_hour"] = cost_per_hour
        if cost_per_gram is not UNSET:
            field_dict["cost_per_gram"] = cost_per_gram
        if base_price is not UNSET:
            field_dict["base_price"] = base_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                currency,
                cost_per_hour,
                cost_per_gram,
                base_price,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is QuoteConfig:
            quote_config = cls(
                currency,
                cost_per_hour,
                cost_per_gram,
                base_price,
            )
        else:
            quote_config = cls(
                currency=currency,
                cost_per_hour=cost_per_hour,
                cost_per_gram=cost_per_gram,
                base_price=base_price,
            )

        quote_config.additional_properties = d
        return quote_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "currency",
        "cost_per_hour",
        "cost_per_gram",
        "base_price",
    ),
    unset=UNSET,
)
