from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..types import UNSET, Unset

T = TypeVar("T", bound="Session")


@_attrs_define
class Session:
    """An authentication session.

    Attributes:
        created_at (datetime.datetime | Unset): The date and time the session was created.
        expires (datetime.datetime | Unset): The date and time the session expires.
        id (str | Unset): The unique identifier for the session.
        session_token (UUID | Unset): The session token. A uuid.

            A Version 4 UUID is a universally unique identifier that is generated using random numbers.
        updated_at (datetime.datetime | Unset): The date and time the session was last updated.
        user_id (str | Unset): The user ID of the user that the session belongs to.
    """

    created_at: datetime.datetime | Unset = UNSET
    expires: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    session_token: UUID | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        expires: str | Unset = UNSET
        if not isinstance(self.expires, Unset):
            expires = self.expires.isoformat()

        id = self.id

        session_token: str | Unset = UNSET
        if not isinstance(self.session_token, Unset):
            session_token = str(self.session_token)

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if expires is not UNSET:
            field_dict["expires"] = expires
        if id is not UNSET:
            field_dict["id"] = id
        if session_token is not UNSET:
            field_dict["session_token"] = session_token
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
                _in_expires,
                id,
                _in_session_token,
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

        _expires = _in_expires
        expires: datetime.datetime | Unset
        if _expires is UNSET:
            expires = UNSET
        else:
            expires = parse_datetime(_expires)

        _session_token = _in_session_token
        session_token: UUID | Unset
        if _session_token is UNSET:
            session_token = UNSET
        else:
            session_token = parse_uuid(_session_token)

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        if cls is Session:
            session = cls(
                created_at,
                expires,
                id,
                session_token,
                updated_at,
                user_id,
            )
        else:
            session = cls(
                created_at=created_at,
                expires=expires,
                id=id,
                session_token=session_token,
                updated_at=updated_at,
                user_id=user_id,
            )

        session.additional_properties = d
        return session

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
        "expires",
        "id",
        "session_token",
        "updated_at",
        "user_id",
    ),
    unset=UNSET,
)
