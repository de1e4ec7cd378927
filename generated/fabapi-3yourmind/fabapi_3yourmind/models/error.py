from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """The error body the seed shows (its only error sample).

    Attributes:
        code (str | Unset): Machine-readable error code. Example: VALIDATION_ERROR.
        message (str | Unset):  Example: Field validation error.
        more_info (list[Any] | Unset): Details (per field, for validation errors); collapsed in the seed.
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    more_info: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        code = self.code

        message = self.message

        more_info: list[Any] | Unset = UNSET
        if not isinstance(self.more_info, Unset):
            more_info = self.more_info

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if more_info is not UNSET:
            field_dict["moreInfo"] = more_info

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                code,
                message,
                _in_more_info,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        more_info = cast(list[Any], _in_more_info)

        if cls is Error:
            error = cls(
                code,
                message,
                more_info,
            )
        else:
            error = cls(
                code=code,
                message=message,
                more_info=more_info,
            )

        error.additional_properties = d
        return error

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
        "code",
        "message",
        "moreInfo",
    ),
    unset=UNSET,
)
