from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="UserProfile")


@_attrs_define
class UserProfile:
    """A user's profile, with the default address and a count of addresses.

    Attributes:
        id (int | str | Unset): The user's id. The seed's samples render it as a string ("2") here and as a number
            elsewhere, so both are accepted. Example: 2.
        address_count (int | Unset):  Example: 1.
        avatar (None | str | Unset):
        date_joined (datetime.datetime | Unset):  Example: 2020-08-21T17:50:35.354652Z.
        email (str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        full_name (str | Unset):
        is_verified (bool | Unset):
        roles (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        organization (str | Unset):
        can_use_service_panel (bool | Unset):
        default_address (None | OpenObject | Unset):
        default_address_id (int | None | Unset):
        customer_number (None | str | Unset):
        last_login (datetime.datetime | None | Unset):
        second_last_login (datetime.datetime | None | Unset):
        verified_status (str | Unset):  Example: pending.
        customer_group (None | OpenObject | Unset):
    """

    id: int | str | Unset = UNSET
    address_count: int | Unset = UNSET
    avatar: None | str | Unset = UNSET
    date_joined: datetime.datetime | Unset = UNSET
    email: str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    full_name: str | Unset = UNSET
    is_verified: bool | Unset = UNSET
    roles: list[Any] | Unset = UNSET
    organization: str | Unset = UNSET
    can_use_service_panel: bool | Unset = UNSET
    default_address: None | OpenObject | Unset = UNSET
    default_address_id: int | None | Unset = UNSET
    customer_number: None | str | Unset = UNSET
    last_login: datetime.datetime | None | Unset = UNSET
    second_last_login: datetime.datetime | None | Unset = UNSET
    verified_status: str | Unset = UNSET
    customer_group: None | OpenObject | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        id: int | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        address_count = self.address_count

        avatar: None | str | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        else:
            avatar = self.avatar

        date_joined: str | Unset = UNSET
        if not isinstance(self.date_joined, Unset):
            date_joined = self.date_joined.isoformat()

        email = self.email

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

        full_name = self.full_name

        is_verified = self.is_verified

        roles: list[Any] | Unset = UNSET
        if not isinstance(self.roles, Unset):
            roles = self.roles

        organization = self.organization

        can_use_service_panel = self.can_use_service_panel

        default_address: dict[str, Any] | None | Unset
        if isinstance(self.default_address, Unset):
            default_address = UNSET
        elif isinstance(self.default_address, OpenObject):
            default_address = self.default_address.to_dict()
        else:
            default_address = self.default_address

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

        last_login: None | str | Unset
        if isinstance(self.last_login, Unset):
            last_login = UNSET
        elif isinstance(self.last_login, datetime.datetime):
            last_login = self.last_login.isoformat()
        else:
            last_login = self.last_login

        second_last_login: None | str | Unset
        if isinstance(self.second_last_login, Unset):
            second_last_login = UNSET
        elif isinstance(self.second_last_login, datetime.datetime):
            second_last_login = self.second_last_login.isoformat()
        else:
            second_last_login = self.second_last_login

        verified_status = self.verified_status

        customer_group: dict[str, Any] | None | Unset
        if isinstance(self.customer_group, Unset):
            customer_group = UNSET
        elif isinstance(self.customer_group, OpenObject):
            customer_group = self.customer_group.to_dict()
        else:
            customer_group = self.customer_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if address_count is not UNSET:
            field_dict["addressCount"] = address_count
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if date_joined is not UNSET:
            field_dict["dateJoined"] = date_joined
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if is_verified is not UNSET:
            field_dict["isVerified"] = is_verified
        if roles is not UNSET:
            field_dict["roles"] = roles
        if organization is not UNSET:
            field_dict["organization"] = organization
        if can_use_service_panel is not UNSET:
            field_dict["canUseServicePanel"] = can_use_service_panel
        if default_address is not UNSET:
            field_dict["defaultAddress"] = default_address
        if default_address_id is not UNSET:
            field_dict["defaultAddressId"] = default_address_id
        if customer_number is not UNSET:
            field_dict["customerNumber"] = customer_number
        if last_login is not UNSET:
            field_dict["lastLogin"] = last_login
        if second_last_login is not UNSET:
            field_dict["secondLastLogin"] = second_last_login
        if verified_status is not UNSET:
            field_dict["verifiedStatus"] = verified_status
        if customer_group is not UNSET:
            field_dict["customerGroup"] = customer_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_id(data: object) -> int | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(int | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        address_count = d.pop("addressCount", UNSET)

        def _parse_avatar(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        _date_joined = d.pop("dateJoined", UNSET)
        date_joined: datetime.datetime | Unset
        if isinstance(_date_joined, Unset):
            date_joined = UNSET
        else:
            date_joined = datetime.datetime.fromisoformat(_date_joined)

        email = d.pop("email", UNSET)

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

        full_name = d.pop("fullName", UNSET)

        is_verified = d.pop("isVerified", UNSET)

        roles = cast(list[Any], d.pop("roles", UNSET))

        organization = d.pop("organization", UNSET)

        can_use_service_panel = d.pop("canUseServicePanel", UNSET)

        def _parse_default_address(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                default_address_type_0 = OpenObject.from_dict(data)

                return default_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        default_address = _parse_default_address(d.pop("defaultAddress", UNSET))

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

        def _parse_last_login(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_login_type_0 = datetime.datetime.fromisoformat(data)

                return last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_login = _parse_last_login(d.pop("lastLogin", UNSET))

        def _parse_second_last_login(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                second_last_login_type_0 = datetime.datetime.fromisoformat(data)

                return second_last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        second_last_login = _parse_second_last_login(d.pop("secondLastLogin", UNSET))

        verified_status = d.pop("verifiedStatus", UNSET)

        def _parse_customer_group(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_group_type_0 = OpenObject.from_dict(data)

                return customer_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        customer_group = _parse_customer_group(d.pop("customerGroup", UNSET))

        user_profile = cls(
            id=id,
            address_count=address_count,
            avatar=avatar,
            date_joined=date_joined,
            email=email,
            first_name=first_name,
            last_name=last_name,
            full_name=full_name,
            is_verified=is_verified,
            roles=roles,
            organization=organization,
            can_use_service_panel=can_use_service_panel,
            default_address=default_address,
            default_address_id=default_address_id,
            customer_number=customer_number,
            last_login=last_login,
            second_last_login=second_last_login,
            verified_status=verified_status,
            customer_group=customer_group,
        )

        user_profile.additional_properties = d
        return user_profile

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
