from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="QuoteFromBasket")


@_attrs_define
class QuoteFromBasket:
    """
    Attributes:
        basket_id (int):
        user_id (float):
        additional_information (OpenObject | Unset): An object the seed collapses in its samples (`{ }`): its fields are
            not documented, so any object is accepted.
        billing_address_id (int | None | Unset):
        fees (list[OpenObject] | Unset): Collapsed in the seed.
        pickup_location_id (int | None | Unset): Should be null if shipping is given
        shipping_price (None | str | Unset):
        shipping (None | OpenObject | Unset): Should be null if pickupLocationId is given
    """

    basket_id: int
    user_id: float
    additional_information: OpenObject | Unset = UNSET
    billing_address_id: int | None | Unset = UNSET
    fees: list[OpenObject] | Unset = UNSET
    pickup_location_id: int | None | Unset = UNSET
    shipping_price: None | str | Unset = UNSET
    shipping: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        basket_id = self.basket_id

        user_id = self.user_id

        additional_information: dict[str, Any] | Unset = UNSET
        if not isinstance(self.additional_information, Unset):
            additional_information = self.additional_information.to_dict()

        billing_address_id: int | None | Unset
        if isinstance(self.billing_address_id, Unset):
            billing_address_id = UNSET
        else:
            billing_address_id = self.billing_address_id

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        pickup_location_id: int | None | Unset
        if isinstance(self.pickup_location_id, Unset):
            pickup_location_id = UNSET
        else:
            pickup_location_id = self.pickup_location_id

        shipping_price: None | str | Unset
        if isinstance(self.shipping_price, Unset):
            shipping_price = UNSET
        else:
            shipping_price = self.shipping_price

        shipping: dict[str, Any] | None | Unset
        if isinstance(self.shipping, Unset):
            shipping = UNSET
        elif isinstance(self.shipping, OpenObject):
            shipping = self.shipping.to_dict()
        else:
            shipping = self.shipping

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basketId": basket_id,
                "userId": user_id,
            }
        )
        if additional_information is not UNSET:
            field_dict["additionalInformation"] = additional_information
        if billing_address_id is not UNSET:
            field_dict["billingAddressId"] = billing_address_id
        if fees is not UNSET:
            field_dict["fees"] = fees
        if pickup_location_id is not UNSET:
            field_dict["pickupLocationId"] = pickup_location_id
        if shipping_price is not UNSET:
            field_dict["shippingPrice"] = shipping_price
        if shipping is not UNSET:
            field_dict["shipping"] = shipping

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                basket_id,
                user_id,
                _in_additional_information,
                _in_billing_address_id,
                _in_fees,
                _in_pickup_location_id,
                _in_shipping_price,
                _in_shipping,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _additional_information = _in_additional_information
        additional_information: OpenObject | Unset
        if _additional_information is UNSET:
            additional_information = UNSET
        else:
            additional_information = OpenObject.from_dict(_additional_information)

        billing_address_id: int | None | Unset = _in_billing_address_id

        _fees = _in_fees
        fees: list[OpenObject] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = OpenObject.from_dict(fees_item_data)

                fees.append(fees_item)

        pickup_location_id: int | None | Unset = _in_pickup_location_id

        shipping_price: None | str | Unset = _in_shipping_price

        _shipping = _in_shipping
        shipping: None | OpenObject | Unset
        if _shipping is None or _shipping is UNSET:
            shipping = _shipping
        else:
            try:
                if not isinstance(_shipping, dict):
                    raise TypeError()
                shipping_type_0 = OpenObject.from_dict(_shipping)

                shipping = shipping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shipping = _shipping

        if cls is QuoteFromBasket:
            quote_from_basket = cls(
                basket_id,
                user_id,
                additional_information,
                billing_address_id,
                fees,
                pickup_location_id,
                shipping_price,
                shipping,
            )
        else:
            quote_from_basket = cls(
                basket_id=basket_id,
                user_id=user_id,
                additional_information=additional_information,
                billing_address_id=billing_address_id,
                fees=fees,
                pickup_location_id=pickup_location_id,
                shipping_price=shipping_price,
                shipping=shipping,
            )

        quote_from_basket.additional_properties = d
        return quote_from_basket

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
    required=(
        "basketId",
        "userId",
    ),
    optional=(
        "additionalInformation",
        "billingAddressId",
        "fees",
        "pickupLocationId",
        "shippingPrice",
        "shipping",
    ),
    unset=UNSET,
)
