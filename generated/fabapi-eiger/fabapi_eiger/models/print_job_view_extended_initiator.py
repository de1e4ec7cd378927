from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_uuid

from ..types import UNSET, Unset

T = TypeVar("T", bound="PrintJobViewExtendedInitiator")


@_attrs_define
class PrintJobViewExtendedInitiator:
    """If applicable, who initiated the print

    Attributes:
        id (UUID | Unset):
        email (str | Unset):
        name (None | str | Unset):
    """

    id: UUID | Unset = UNSET
    email: str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        email = self.email

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_id,
                email,
                _in_name,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _id = _in_id
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = parse_uuid(_id)

        name: None | str | Unset = _in_name

        if cls is PrintJobViewExtendedInitiator:
            print_job_view_extended_initiator = cls(
                id,
                email,
                name,
            )
        else:
            print_job_view_extended_initiator = cls(
                id=id,
                email=email,
                name=name,
            )

        print_job_view_extended_initiator.additional_properties = d
        return print_job_view_extended_initiator

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
        "name",
    ),
    unset=UNSET,
)
