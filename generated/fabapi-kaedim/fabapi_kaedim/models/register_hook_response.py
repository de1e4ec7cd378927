from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="RegisterHookResponse")


@_attrs_define
class RegisterHookResponse:
    """
    Attributes:
        status (str):
        jwt (str): A JSON Web Token (three base64url segments), sent back in `Authorization`.
        user_id (str | Unset):
        session_expire_at (str | Unset): When the JWT expires.
        refresh_token (str | Unset):
    """

    status: str
    jwt: str
    user_id: str | Unset = UNSET
    session_expire_at: str | Unset = UNSET
    refresh_token: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        jwt = self.jwt

        user_id = self.user_id

        session_expire_at = self.session_expire_at

        refresh_token = self.refresh_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "jwt": jwt,
            }
        )
        if user_id is not UNSET:
            field_dict["userID"] = user_id
        if session_expire_at is not UNSET:
            field_dict["sessionExpireAt"] = session_expire_at
        if refresh_token is not UNSET:
            field_dict["refreshToken"] = refresh_token

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                status,
                jwt,
                user_id,
                session_expire_at,
                refresh_token,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is RegisterHookResponse:
            register_hook_response = cls(
                status,
                jwt,
                user_id,
                session_expire_at,
                refresh_token,
            )
        else:
            register_hook_response = cls(
                status=status,
                jwt=jwt,
                user_id=user_id,
                session_expire_at=session_expire_at,
                refresh_token=refresh_token,
            )

        register_hook_response.additional_properties = d
        return register_hook_response

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
    required=(
        "status",
        "jwt",
    ),
    optional=(
        "userID",
        "sessionExpireAt",
        "refreshToken",
    ),
    unset=UNSET,
)
