from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="AlreadyRegisteredResponse")


@_attrs_define
class AlreadyRegisteredResponse:
    """
    Attributes:
        status (str):
        jwt (str): A JSON Web Token (three base64url segments), sent back in `Authorization`.
        message (str | Unset): "Webhook already registered".
    """

    status: str
    jwt: str
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        jwt = self.jwt

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "jwt": jwt,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                status,
                jwt,
                message,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is AlreadyRegisteredResponse:
            already_registered_response = cls(
                status,
                jwt,
                message,
            )
        else:
            already_registered_response = cls(
                status=status,
                jwt=jwt,
                message=message,
            )

        already_registered_response.additional_properties = d
        return already_registered_response

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
    optional=("message",),
    unset=UNSET,
)
