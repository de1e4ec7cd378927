from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.new_address import NewAddress


T = TypeVar("T", bound="BillingInfo")


@_attrs_define
class BillingInfo:
    """The billing information for payments.

    Attributes:
        address (NewAddress | Unset): The struct that is used to create a new record. This is automatically generated
            and has all the same fields as the main struct only it is missing the id.
        name (str | Unset): The name of the customer.
        phone (str | Unset): The phone for the customer (the reference labels it Phone Number).
    """

    address: NewAddress | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        name = self.name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.new_address import NewAddress  # noqa: PLC0415

        (
            (
                _in_address,
                name,
                phone,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _address = _in_address
        address: NewAddress | Unset
        if _address is UNSET:
            address = UNSET
        else:
            address = NewAddress.from_dict(_address)

        if cls is BillingInfo:
            billing_info = cls(
                address,
                name,
                phone,
            )
        else:
            billing_info = cls(
                address=address,
                name=name,
                phone=phone,
            )

        billing_info.additional_properties = d
        return billing_info

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
        "address",
        "name",
        "phone",
    ),
    unset=UNSET,
)
