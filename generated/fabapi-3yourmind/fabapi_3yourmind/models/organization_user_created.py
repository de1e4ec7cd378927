from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationUserCreated")


@_attrs_define
class OrganizationUserCreated:
    """
    Attributes:
        id (int | Unset):
        email (str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        is_active (bool | Unset):
    """

    id: int | Unset = UNSET
    email: str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    is_active: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

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

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if first_name is not UNSET:
            field_dict["firstName"] = first_name
        if last_name is not UNSET:
            field_dict["lastName"] = last_name
        if is_active is not UNSET:
            field_dict["isActive"] = is_active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                id,
                email,
                _in_first_name,
                _in_last_name,
                is_active,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        first_name: None | str | Unset = _in_first_name

        last_name: None | str | Unset = _in_last_name

        if cls is OrganizationUserCreated:
            organization_user_created = cls(
                id,
                email,
                first_name,
                last_name,
                is_active,
            )
        else:
            organization_user_created = cls(
                id=id,
                email=email,
                first_name=first_name,
                last_name=last_name,
                is_active=is_active,
            )

        organization_user_created.additional_properties = d
        return organization_user_created

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
        "email",
        "firstName",
        "lastName",
        "isActive",
    ),
    unset=UNSET,
)
