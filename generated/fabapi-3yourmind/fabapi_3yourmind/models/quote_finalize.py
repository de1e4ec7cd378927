from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="QuoteFinalize")


@_attrs_define
class QuoteFinalize:
    """Turn a quote into an order: where to bill and ship it. Fields as the vendor's client sends them.

    Attributes:
        billing_address_id (int | Unset):
        shipping_address_id (int | None | Unset):
        shipping_method_id (int | None | Unset):
        pickup_location_id (int | None | Unset):
        delivery_instructions (str | Unset):
    """

    billing_address_id: int | Unset = UNSET
    shipping_address_id: int | None | Unset = UNSET
    shipping_method_id: int | None | Unset = UNSET
    pickup_location_id: int | None | Unset = UNSET
    delivery_instructions: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_address_id = self.billing_address_id

        shipping_address_id: int | None | Unset
        if isinstance(self.shipping_address_id, Unset):
            shipping_address_id = UNSET
        else:
            shipping_address_id = self.shipping_address_id

        shipping_method_id: int | None | Unset
        if isinstance(self.shipping_method_id, Unset):
            shipping_method_id = UNSET
        else:
            shipping_method_id = self.shipping_method_id

        pickup_location_id: int | None | Unset
        if isinstance(self.pickup_location_id, Unset):
            pickup_location_id = UNSET
        else:
            pickup_location_id = self.pickup_location_id

        delivery_instructions = self.delivery_instructions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_address_id is not UNSET:
            field_dict["billingAddressId"] = billing_address_id
        if shipping_address_id is not UNSET:
            field_dict["shippingAddressId"] = shipping_address_id
        if shipping_method_id is not UNSET:
            field_dict["shippingMethodId"] = shipping_method_id
        if pickup_location_id is not UNSET:
            field_dict["pickupLocationId"] = pickup_location_id
        if delivery_instructions is not UNSET:
            field_dict["deliveryInstructions"] = delivery_instructions

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                billing_address_id,
                _in_shipping_address_id,
                _in_shipping_method_id,
                _in_pickup_location_id,
                delivery_instructions,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        shipping_address_id: int | None | Unset = _in_shipping_address_id

        shipping_method_id: int | None | Unset = _in_shipping_method_id

        pickup_location_id: int | None | Unset = _in_pickup_location_id

        if cls is QuoteFinalize:
            quote_finalize = cls(
                billing_address_id,
                shipping_address_id,
                shipping_method_id,
                pickup_location_id,
                delivery_instructions,
            )
        else:
            quote_finalize = cls(
                billing_address_id=billing_address_id,
                shipping_address_id=shipping_address_id,
                shipping_method_id=shipping_method_id,
                pickup_location_id=pickup_location_id,
                delivery_instructions=delivery_instructions,
            )

        quote_finalize.additional_properties = d
        return quote_finalize

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
        "billingAddressId",
        "shippingAddressId",
        "shippingMethodId",
        "pickupLocationId",
        "deliveryInstructions",
    ),
    unset=UNSET,
)
