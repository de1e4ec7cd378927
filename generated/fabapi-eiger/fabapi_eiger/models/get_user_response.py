from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..types import UNSET, Unset

T = TypeVar("T", bound="GetUserResponse")


@_attrs_define
class GetUserResponse:
    """
    Attributes:
        id (UUID):
        name (str | Unset):
        email (str | Unset):
        created_at (datetime.datetime | Unset):
        updated_at (datetime.datetime | Unset):
    """

    id: UUID
    name: str | Unset = UNSET
    email: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        email = self.email

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if email is not UNSET:
            field_dict["email"] = email
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_id,
                name,
                email,
                _in_created_at,
                _in_updated_at,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        id = parse_uuid(_in_id)

        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        if cls is GetUserResponse:
            get_user_response = cls(
                id,
                name,
                email,
                created_at,
                updated_at,
            )
        else:
            get_user_response = cls(
                id=id,
                name=name,
                email=email,
                created_at=created_at,
                updated_at=updated_at,
            )

        return get_user_response


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=("id",),
    optional=(
        "name",
        "email",
        "created_at",
        "updated_at",
    ),
    unset=UNSET,
)
