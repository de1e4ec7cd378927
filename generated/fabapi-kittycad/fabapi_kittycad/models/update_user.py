from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateUser")


@_attrs_define
class UpdateUser:
    """The user-modifiable parts of a User.

    Attributes:
        company (str | Unset): The user's company.
        discord (str | Unset): The user's Discord handle.
        first_name (str | Unset): The user's first name.
        github (str | Unset): The user's GitHub handle.
        last_name (str | Unset): The user's last name.
        phone (str | Unset): The user's phone number (the reference labels it Phone Number).
    """

    company: str | Unset = UNSET
    discord: str | Unset = UNSET
    first_name: str | Unset = UNSET
    github: str | Unset = UNSET
    last_name: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company = self.company

        discord = self.discord

        first_name = self.first_name

        github = self.github

        last_name = self.last_name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if company is not UNSET:
            field_dict["company"] = company
        if discord is not UNSET:
            field_dict["discord"] = discord
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if github is not UNSET:
            field_dict["github"] = github
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                company,
                discord,
                first_name,
                github,
                last_name,
                phone,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is UpdateUser:
            update_user = cls(
                company,
                discord,
                first_name,
                github,
                last_name,
                phone,
            )
        else:
            update_user = cls(
                company=company,
                discord=discord,
                first_name=first_name,
                github=github,
                last_name=last_name,
                phone=phone,
            )

        update_user.additional_properties = d
        return update_user

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
        "company",
        "discord",
        "first_name",
        "github",
        "last_name",
        "phone",
    ),
    unset=UNSET,
)
