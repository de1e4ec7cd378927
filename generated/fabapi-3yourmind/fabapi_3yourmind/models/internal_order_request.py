from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="InternalOrderRequest")


@_attrs_define
class InternalOrderRequest:
    """
    Attributes:
        additional_information (OpenObject): An object the seed collapses in its samples (`{ }`): its fields are not
            documented, so any object is accepted.
        basket_id (int):
        billing_address_id (int):
        pickup_location_id (int | None): Should be null if shipping is given
        shipping (None | OpenObject): Should be null if pickupLocationId is given
        payment (OpenObject): An object the seed collapses in its samples (`{ }`): its fields are not documented, so any
            object is accepted.
        voucher_code (None | str):
        user_id (int):
        fees (list[OpenObject] | Unset): Collapsed in the seed.
        shipping_price (None | str | Unset):
    """

    additional_information: OpenObject
    basket_id: int
    billing_address_id: int
    pickup_location_id: int | None
    shipping: None | OpenObject
    payment: OpenObject
    voucher_code: None | str
    user_id: int
    fees: list[OpenObject] | Unset = UNSET
    shipping_price: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        additional_information = self.additional_information.to_dict()

        basket_id = self.basket_id

        billing_address_id = self.billing_address_id

        pickup_location_id: int | None
        pickup_location_id = self.pickup_location_id

        shipping: dict[str, Any] | None
        if isinstance(self.shipping, OpenObject):
            shipping = self.shipping.to_dict()
        else:
            shipping = self.shipping

        payment = self.payment.to_dict()

        voucher_code: None | str
        voucher_code = self.voucher_code

        user_id = self.user_id

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        shipping_price: None | str | Unset
        if isinstance(self.shipping_price, Unset):
            shipping_price = UNSET
        else:
            shipping_price = self.shipping_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "additionalInformation": additional_information,
                "basketId": basket_id,
                "billingAddressId": billing_address_id,
                "pickupLocationId": pickup_location_id,
                "shipping": shipping,
                "payment": payment,
                "voucherCode": voucher_code,
                "userId": user_id,
            }
        )
        if fees is not UNSET:
            field_dict["fees"] = fees
        if shipping_price is not UNSET:
            field_dict["shippingPrice"] = shipping_price

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                _in_additional_information,
                basket_id,
                billing_address_id,
                _in_pickup_location_id,
                _in_shipping,
                _in_payment,
                _in_voucher_code,
                user_id,
                _in_fees,
                _in_shipping_price,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        additional_information = OpenObject.from_dict(_in_additional_information)

        pickup_location_id: int | None = _in_pickup_location_id

        _shipping = _in_shipping
        shipping: None | OpenObject
        if _shipping is None:
            shipping = _shipping
        else:
            try:
                if not isinstance(_shipping, dict):
                    raise TypeError()
                shipping_type_0 = OpenObject.from_dict(_shipping)

                shipping = shipping_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                shipping = _shipping

        payment = OpenObject.from_dict(_in_payment)

        voucher_code: None | str = _in_voucher_code

        _fees = _in_fees
        fees: list[OpenObject] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = OpenObject.from_dict(fees_item_data)

                fees.append(fees_item)

        shipping_price: None | str | Unset = _in_shipping_price

        if cls is InternalOrderRequest:
            internal_order_request = cls(
                additional_information,
                basket_id,
                billing_address_id,
                pickup_location_id,
                shipping,
                payment,
                voucher_code,
                user_id,
                fees,
                shipping_price,
            )
        else:
            internal_order_request = cls(
                additional_information=additional_information,
                basket_id=basket_id,
                billing_address_id=billing_address_id,
                pickup_location_id=pickup_location_id,
                shipping=shipping,
                payment=payment,
                voucher_code=voucher_code,
                user_id=user_id,
                fees=fees,
                shipping_price=shipping_price,
            )

        internal_order_request.additional_properties = d
        return internal_order_request

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
        "additionalInformation",
        "basketId",
        "billingAddressId",
        "pickupLocationId",
        "shipping",
        "payment",
        "voucherCode",
        "userId",
    ),
    optional=(
        "fees",
        "shippingPrice",
    ),
    unset=UNSET,
)
