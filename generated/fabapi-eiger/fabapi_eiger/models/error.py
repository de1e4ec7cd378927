from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="Error")


@_attrs_define
class Error:
    """
    Attributes:
        message (str): Message describing to developer what went wrong
    """

    message: str

    def to_dict(self) -> dict[str, Any]:
        message = self.message

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "message": message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (message,), d = _PROPERTIES.split(src_dict)

        if cls is Error:
            error = cls(
                message,
            )
        else:
            error = cls(
                message=message,
            )

        return error


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=("message",),
    optional=(),
    unset=UNSET,
)
