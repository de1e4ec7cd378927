from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_group_nullable import CustomerGroupNullable


T = TypeVar("T", bound="UserProfileUpdate")


@_attrs_define
class UserProfileUpdate:
    """
    Attributes:
        avatar (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        default_address_id (int | None | Unset):
        customer_number (None | str | Unset):
        customer_group (CustomerGroupNullable | None | Unset):
    """

    avatar: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    default_address_id: int | None | Unset = UNSET
    customer_number: None | str | Unset = UNSET
    customer_group: CustomerGroupNullable | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_group_nullable import CustomerGroupNullable  # noqa: PLC0415

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        default_address_id: int | None | Unset
        if isinstance(self.default_address_id, Unset):
            default_address_id = UNSET
        else:
            default_address_id = self.default_address_id

        customer_number: None | str | Unset
        if isinstance(self.customer_number, Unset):
            customer_number = UNSET
        else:
            customer_number = self.customer_number

        customer_group: dict[str, Any] | None | Unset
        if isinstance(self.customer_group, Unset):
            customer_group = UNSET
        elif isinstance(self.customer_group, CustomerGroupNullable):
            customer_group = self.customer_group.to_dict()
        else:
            customer_group = self.customer_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if default_address_id is not UNSET:
            field_dict["defaultAddressId"] = default_address_id
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if customer_group is not UNSET:
            field_dict["customerGroup"] = customer_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_group_nullable import CustomerGroupNullable  # noqa: PLC0415

        (
            (
                _in_avatar,
                _in_first_name,
                _in_last_name,
                _in_default_address_id,
                _in_customer_number,
                _in_customer_group,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        avatar: None | str | Unset = _in_avatar

        first_name: None | str | Unset = _in_first_name

        last_name: None | str | Unset = _in_last_name

        default_address_id: int | None | Unset = _in_default_address_id

        customer_number: None | str | Unset = _in_customer_number

        _customer_group = _in_customer_group
        customer_group: CustomerGroupNullable | None | Unset
        if _customer_group is None or _customer_group is UNSET:
            customer_group = _customer_group
        else:
            try:
                if not isinstance(_customer_group, dict):
                    raise TypeError()
                customer_group_type_0 = CustomerGroupNullable.from_dict(_customer_group)

                customer_group = customer_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                customer_group = _customer_group

        if cls is UserProfileUpdate:
            user_profile_update = cls(
                avatar,
                first_name,
                last_name,
                default_address_id,
                customer_number,
                customer_group,
            )
        else:
            user_profile_update = cls(
                avatar=avatar,
                first_name=first_name,
                last_name=last_name,
                default_address_id=default_address_id,
                customer_number=customer_number,
                customer_group=customer_group,
            )

        user_profile_update.additional_properties = d
        return user_profile_update

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
        "avatar",
        "firstName",
        "lastName",
        "defaultAddressId",
        "customerNumber",
        "customerGroup",
    ),
    unset=UNSET,
)
