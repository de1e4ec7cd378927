from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

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

        (
            (
                _in_id,
                address_count,
                _in_avatar,
                _in_date_joined,
                email,
                _in_first_name,
                _in_last_name,
                full_name,
                is_verified,
                _in_roles,
                organization,
                can_use_service_panel,
                _in_default_address,
                _in_default_address_id,
                _in_customer_number,
                _in_last_login,
                _in_second_last_login,
                verified_status,
                _in_customer_group,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        id: int | str | Unset = _in_id

        avatar: None | str | Unset = _in_avatar

        _date_joined = _in_date_joined
        date_joined: datetime.datetime | Unset
        if _date_joined is UNSET:
            date_joined = UNSET
        else:
            date_joined = parse_datetime(_date_joined)

        first_name: None | str | Unset = _in_first_name

        last_name: None | str | Unset = _in_last_name

        roles = cast(list[Any], _in_roles)

        _default_address = _in_default_address
        default_address: None | OpenObject | Unset
        if _default_address is None or _default_address is UNSET:
            default_address = _default_address
        else:
            try:
                if not isinstance(_default_address, dict):
                    raise TypeError()
                default_address_type_0 = OpenObject.from_dict(_default_address)

                default_address = default_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                default_address = _default_address

        default_address_id: int | None | Unset = _in_default_address_id

        customer_number: None | str | Unset = _in_customer_number

        _last_login = _in_last_login
        last_login: datetime.datetime | None | Unset
        if _last_login is None or _last_login is UNSET:
            last_login = _last_login
        else:
            try:
                if not isinstance(_last_login, str):
                    raise TypeError()
                last_login_type_0 = parse_datetime(_last_login)

                last_login = last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                last_login = _last_login

        _second_last_login = _in_second_last_login
        second_last_login: datetime.datetime | None | Unset
        if _second_last_login is None or _second_last_login is UNSET:
            second_last_login = _second_last_login
        else:
            try:
                if not isinstance(_second_last_login, str):
                    raise TypeError()
                second_last_login_type_0 = parse_datetime(_second_last_login)

                second_last_login = second_last_login_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                second_last_login = _second_last_login

        _customer_group = _in_customer_group
        customer_group: None | OpenObject | Unset
        if _customer_group is None or _customer_group is UNSET:
            customer_group = _customer_group
        else:
            try:
                if not isinstance(_customer_group, dict):
                    raise TypeError()
                customer_group_type_0 = OpenObject.from_dict(_customer_group)

                customer_group = customer_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                customer_group = _customer_group

        if cls is UserProfile:
            user_profile = cls(
                id,
                address_count,
                avatar,
                date_joined,
                email,
                first_name,
                last_name,
                full_name,
                is_verified,
                roles,
                organization,
                can_use_service_panel,
                default_address,
                default_address_id,
                customer_number,
                last_login,
                second_last_login,
                verified_status,
                customer_group,
            )
        else:
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


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "id",
        "addressCount",
        "avatar",
        "dateJoined",
        "email",
        "firstName",
        "lastName",
        "fullName",
        "isVerified",
        "roles",
        "organization",
        "canUseServicePanel",
        "defaultAddress",
        "defaultAddressId",
        "customerNumber",
        "lastLogin",
        "secondLastLogin",
        "verifiedStatus",
        "customerGroup",
    ),
    unset=UNSET,
)
