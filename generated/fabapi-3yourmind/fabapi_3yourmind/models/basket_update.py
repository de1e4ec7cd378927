from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasketUpdate")


@_attrs_define
class BasketUpdate:
    """
    Attributes:
        recalculate_prices (bool | Unset):
        title (str | Unset):  Example: 3D Project 100001.
    """

    recalculate_prices: bool | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        recalculate_prices = self.recalculate_prices

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if recalculate_prices is not UNSET:
            field_dict["recalculatePrices"] = recalculate_prices
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                recalculate_prices,
                title,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is BasketUpdate:
            basket_update = cls(
                recalculate_prices,
                title,
            )
        else:
            basket_update = cls(
                recalculate_prices=recalculate_prices,
                title=title,
            )

        basket_update.additional_properties = d
        return basket_update

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
        "recalculatePrices",
        "title",
    ),
    unset=UNSET,
)
