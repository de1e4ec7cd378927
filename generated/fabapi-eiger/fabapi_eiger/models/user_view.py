from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_uuid

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserView")


@_attrs_define
class UserView:
    """
    Attributes:
        id (None | Unset | UUID): ID of the User
        name (None | str | Unset): Name of the User
        email (None | str | Unset): Email of the User
    """

    id: None | Unset | UUID = UNSET
    name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        elif isinstance(self.id, UUID):
            id = str(self.id)
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_id,
                _in_name,
                _in_email,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _id = _in_id
        id: None | Unset | UUID
        if _id is None or _id is UNSET:
            id = _id
        else:
            try:
                if not isinstance(_id, str):
                    raise TypeError()
                id_type_0 = parse_uuid(_id)

                id = id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                id = _id

        name: None | str | Unset = _in_name

        email: None | str | Unset = _in_email

        if cls is UserView:
            user_view = cls(
                id,
                name,
                email,
            )
        else:
            user_view = cls(
                id=id,
                name=name,
                email=email,
            )

        user_view.additional_properties = d
        return user_view

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
        "name",
        "email",
    ),
    unset=UNSET,
)
