from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiToken")


@_attrs_define
class ApiToken:
    """An API token. These are used to authenticate users with Bearer authentication.

    Attributes:
        created_at (datetime.datetime | Unset): The date and time the API token was created.
        id (str | Unset): The unique identifier for the API token.
        is_valid (bool | Unset): If the token is valid. We never delete API tokens, but we can mark them as invalid. We
            save them for ever to preserve the history of the API token.
        token (UUID | Unset): The API token itself. A uuid.

            A Version 4 UUID is a universally unique identifier that is generated using random numbers.
        updated_at (datetime.datetime | Unset): The date and time the API token was last updated.
        user_id (str | Unset): The ID of the user that owns the API token.
    """

    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    is_valid: bool | Unset = UNSET
    token: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        is_valid = self.is_valid

        token: str | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = str(self.token)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if is_valid is not UNSET:
            field_dict["is_valid"] = is_valid
        if token is not UNSET:
            field_dict["token"] = token
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_created_at,
                id,
                is_valid,
                _in_token,
                _in_updated_at,
                user_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _token = _in_token
        token: UUID | Unset
        if _token is UNSET:
            token = UNSET
        else:
            token = parse_uuid(_token)

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        if cls is ApiToken:
            api_token = cls(
                created_at,
                id,
                is_valid,
                token,
                updated_at,
                user_id,
            )
        else:
            api_token = cls(
                created_at=created_at,
                id=id,
                is_valid=is_valid,
                token=token,
                updated_at=updated_at,
                user_id=user_id,
            )

        api_token.additional_properties = d
        return api_token

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
        "created_at",
        "id",
        "is_valid",
        "token",
        "updated_at",
        "user_id",
    ),
    unset=UNSET,
)
