from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("firstName", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("lastName", UNSET))

        def _parse_default_address_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        default_address_id = _parse_default_address_id(d.pop("defaultAddressId", UNSET))

        def _parse_customer_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_number = _parse_customer_number(d.pop("customerNumber", UNSET))

        def _parse_customer_group(data: object) -> CustomerGroupNullable | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_group_type_0 = CustomerGroupNullable.from_dict(data)

                return customer_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerGroupNullable | None | Unset, data)

        customer_group = _parse_customer_group(d.pop("customerGroup", UNSET))

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
