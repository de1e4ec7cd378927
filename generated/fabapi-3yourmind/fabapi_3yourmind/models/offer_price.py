from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.price import Price


T = TypeVar("T", bound="OfferPrice")


@_attrs_define
class OfferPrice:
    """
    Attributes:
        is_manual_pricing_required (bool | Unset):
        is_price_resolution_required (bool | Unset):
        line_price (None | Price | Unset):
        price (None | Price | Unset):
    """

    is_manual_pricing_required: bool | Unset = UNSET
    is_price_resolution_required: bool | Unset = UNSET
    line_price: None | Price | Unset = UNSET
    price: None | Price | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.price import Price  # noqa: PLC0415

        is_manual_pricing_required = self.is_manual_pricing_required

        is_price_resolution_required = self.is_price_resolution_required

        line_price: dict[str, Any] | None | Unset
        if isinstance(self.line_price, Unset):
            line_price = UNSET
        elif isinstance(self.line_price, Price):
            line_price = self.line_price.to_dict()
        else:
            line_price = self.line_price

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Price):
            price = self.price.to_dict()
        else:
            price = self.price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_manual_pricing_required is not UNSET:
            field_dict["isManualPricingRequired"] = is_manual_pricing_required
        if is_price_resolution_required is not UNSET:
            field_dict["isPriceResolutionRequired"] = is_price_resolution_required
        if line_price is not UNSET:
            field_dict["linePrice"] = line_price
        if price is not UNSET:
            field_dict["price"] = price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.price import Price  # noqa: PLC0415

        (
            (
                is_manual_pricing_required,
                is_price_resolution_required,
                _in_line_price,
                _in_price,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _line_price = _in_line_price
        line_price: None | Price | Unset
        if _line_price is None or _line_price is UNSET:
            line_price = _line_price
        else:
            try:
                if not isinstance(_line_price, dict):
                    raise TypeError()
                line_price_type_0 = Price.from_dict(_line_price)

                line_price = line_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                line_price = _line_price

        _price = _in_price
        price: None | Price | Unset
        if _price is None or _price is UNSET:
            price = _price
        else:
            try:
                if not isinstance(_price, dict):
                    raise TypeError()
                price_type_0 = Price.from_dict(_price)

                price = price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                price = _price

        if cls is OfferPrice:
            offer_price = cls(
                is_manual_pricing_required,
                is_price_resolution_required,
                line_price,
                price,
            )
        else:
            offer_price = cls(
                is_manual_pricing_required=is_manual_pricing_required,
                is_price_resolution_required=is_price_resolution_required,
                line_price=line_price,
                price=price,
            )

        offer_price.additional_properties = d
        return offer_price

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
        "isManualPricingRequired",
        "isPriceResolutionRequired",
        "linePrice",
        "price",
    ),
    unset=UNSET,
)
