from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="Comment")


@_attrs_define
class Comment:
    """
    Attributes:
        id (int | Unset):
        user_id (int | Unset):
        user_name (str | Unset):
        user_avatar (str | Unset):
        user_email (str | Unset):
        reply_to (int | None | Unset):
        depth (int | Unset):
        message (str | Unset):
        created_time (str | Unset):
        allow_change (bool | Unset):
        allow_deletion (bool | Unset):
        is_internal (bool | Unset):
    """

    id: int | Unset = UNSET
    user_id: int | Unset = UNSET
    user_name: str | Unset = UNSET
    user_avatar: str | Unset = UNSET
    user_email: str | Unset = UNSET
    reply_to: int | None | Unset = UNSET
    depth: int | Unset = UNSET
    message: str | Unset = UNSET
    created_time: str | Unset = UNSET
    allow_change: bool | Unset = UNSET
    allow_deletion: bool | Unset = UNSET
    is_internal: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        user_id = self.user_id

        user_name = self.user_name

        user_avatar = self.user_avatar

        user_email = self.user_email

        reply_to: int | None | Unset
        if isinstance(self.reply_to, Unset):
            reply_to = UNSET
        else:
            reply_to = self.reply_to

        depth = self.depth

        message = self.message

        created_time = self.created_time

        allow_change = self.allow_change

        allow_deletion = self.allow_deletion

        is_internal = self.is_internal

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if user_id is not UNSET:
            field_dict["userId"] = user_id
        if user_name is not UNSET:
            field_dict["userName"] = user_name
        if user_avatar is not UNSET:
            field_dict["userAvatar"] = user_avatar
        if user_email is not UNSET:
            field_dict["userEmail"] = user_email
        if reply_to is not UNSET:
            field_dict["replyTo"] = reply_to
        if depth is not UNSET:
            field_dict["depth"] = depth
        if message is not UNSET:
            field_dict["message"] = message
        if created_time is not UNSET:
            field_dict["createdTime"] = created_time
        if allow_change is not UNSET:
            field_dict["allowChange"] = allow_change
        if allow_deletion is not UNSET:
            field_dict["allowDeletion"] = allow_deletion
        if is_internal is not UNSET:
            field_dict["isInternal"] = is_internal

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                id,
                user_id,
                user_name,
                user_avatar,
                user_email,
                _in_reply_to,
                depth,
                message,
                created_time,
                allow_change,
                allow_deletion,
                is_internal,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        reply_to: int | None | Unset = _in_reply_to

        if cls is Comment:
            comment = cls(
                id,
                user_id,
                user_name,
                user_avatar,
                user_email,
                reply_to,
                depth,
                message,
                created_time,
                allow_change,
                allow_deletion,
                is_internal,
            )
        else:
            comment = cls(
                id=id,
                user_id=user_id,
                user_name=user_name,
                user_avatar=user_avatar,
                user_email=user_email,
                reply_to=reply_to,
                depth=depth,
                message=message,
                created_time=created_time,
                allow_change=allow_change,
                allow_deletion=allow_deletion,
                is_internal=is_internal,
            )

        comment.additional_properties = d
        return comment

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
        "userId",
        "userName",
        "userAvatar",
        "userEmail",
        "replyTo",
        "depth",
        "message",
        "createdTime",
        "allowChange",
        "allowDeletion",
        "isInternal",
    ),
    unset=UNSET,
)
