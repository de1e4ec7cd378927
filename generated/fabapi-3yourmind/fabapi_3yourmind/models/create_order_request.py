from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="CreateOrderRequest")


@_attrs_define
class CreateOrderRequest:
    """Create an order from a basket. The seed renders the body as "One of" two variants (from a basket, from a quote) but
    only the first variant's fields survive; this is that variant.

        Attributes:
            basket_id (int):
            billing_address_id (int):
            pickup_location_id (int | None): Should be null if shipping is given
            shipping (None | OpenObject): Should be null if pickupLocationId is given
            payment (OpenObject): An object the seed collapses in its samples (`{ }`): its fields are not documented, so any
                object is accepted.
            voucher_code (None | str):
            additional_information (OpenObject): An object the seed collapses in its samples (`{ }`): its fields are not
                documented, so any object is accepted.
            project_id (int | Unset):
    """

    basket_id: int
    billing_address_id: int
    pickup_location_id: int | None
    shipping: None | OpenObject
    payment: OpenObject
    voucher_code: None | str
    additional_information: OpenObject
    project_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

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

        additional_information = self.additional_information.to_dict()

        project_id = self.project_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basketId": basket_id,
                "billingAddressId": billing_address_id,
                "pickupLocationId": pickup_location_id,
                "shipping": shipping,
                "payment": payment,
                "voucherCode": voucher_code,
                "additionalInformation": additional_information,
            }
        )
        if project_id is not UNSET:
            field_dict["projectId"] = project_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                basket_id,
                billing_address_id,
                _in_pickup_location_id,
                _in_shipping,
                _in_payment,
                _in_voucher_code,
                _in_additional_information,
                project_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

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

        additional_information = OpenObject.from_dict(_in_additional_information)

        if cls is CreateOrderRequest:
            create_order_request = cls(
                basket_id,
                billing_address_id,
                pickup_location_id,
                shipping,
                payment,
                voucher_code,
                additional_information,
                project_id,
            )
        else:
            create_order_request = cls(
                basket_id=basket_id,
                billing_address_id=billing_address_id,
                pickup_location_id=pickup_location_id,
                shipping=shipping,
                payment=payment,
                voucher_code=voucher_code,
                additional_information=additional_information,
                project_id=project_id,
            )

        create_order_request.additional_properties = d
        return create_order_request

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
        "billingAddressId",
        "pickupLocationId",
        "shipping",
        "payment",
        "voucherCode",
        "additionalInformation",
    ),
    optional=("projectId",),
    unset=UNSET,
)
