from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationUserUpdate")


@_attrs_define
class OrganizationUserUpdate:
    """
    Attributes:
        customer_number (str | Unset):
        verified_status (str | Unset):
        default_address_id (int | None | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        avatar (None | str | Unset):
    """

    customer_number: str | Unset = UNSET
    verified_status: str | Unset = UNSET
    default_address_id: int | None | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    avatar: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_number = self.customer_number

        verified_status = self.verified_status

        default_address_id: int | None | Unset
        if isinstance(self.default_address_id, Unset):
            default_address_id = UNSET
        else:
            default_address_id = self.default_address_id

        first_name = self.first_name

        last_name = self.last_name

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if verified_status is not UNSET:
            field_dict["verifiedStatus"] = verified_status
        if default_address_id is not UNSET:
            field_dict["defaultAddressId"] = default_address_id
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                customer_number,
                verified_status,
                _in_default_address_id,
                first_name,
                last_name,
                _in_avatar,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        default_address_id: int | None | Unset = _in_default_address_id

        avatar: None | str | Unset = _in_avatar

        if cls is OrganizationUserUpdate:
            organization_user_update = cls(
                customer_number,
                verified_status,
                default_address_id,
                first_name,
                last_name,
                avatar,
            )
        else:
            organization_user_update = cls(
                customer_number=customer_number,
                verified_status=verified_status,
                default_address_id=default_address_id,
                first_name=first_name,
                last_name=last_name,
                avatar=avatar,
            )

        organization_user_update.additional_properties = d
        return organization_user_update

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
        "customerNumber",
        "verifiedStatus",
        "defaultAddressId",
        "firstName",
        "lastName",
        "avatar",
    ),
    unset=UNSET,
)
