from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrganizationUserCreate")


@_attrs_define
class OrganizationUserCreate:
    """
    Attributes:
        email (str):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        is_active (bool | Unset):  Default: True.
    """

    email: str
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    is_active: bool | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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
        field_dict.update(
            {
                "email": email,
            }
        )
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
                email,
                _in_first_name,
                _in_last_name,
                is_active,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        first_name: None | str | Unset = _in_first_name

        last_name: None | str | Unset = _in_last_name

        if cls is OrganizationUserCreate:
            organization_user_create = cls(
                email,
                first_name,
                last_name,
                is_active,
            )
        else:
            organization_user_create = cls(
                email=email,
                first_name=first_name,
                last_name=last_name,
                is_active=is_active,
            )

        organization_user_create.additional_properties = d
        return organization_user_create

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
    required=("email",),
    optional=(
        "firstName",
        "lastName",
        "isActive",
    ),
    unset=UNSET,
)
