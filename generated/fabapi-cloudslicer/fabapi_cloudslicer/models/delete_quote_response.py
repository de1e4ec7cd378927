from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="DeleteQuoteResponse")


@_attrs_define
class DeleteQuoteResponse:
    """A removed quote and its G-code.

    Attributes:
        user_id (str):
        quote_id (str):
        status (str):
        timestamp (str):
        removed_gcode_path (str):
    """

    user_id: str
    quote_id: str
    status: str
    timestamp: str
    removed_gcode_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        quote_id = self.quote_id

        status = self.status

        timestamp = self.timestamp

        removed_gcode_path = self.removed_gcode_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "quote_id": quote_id,
                "status": status,
                "timestamp": timestamp,
                "removed_gcode_path": removed_gcode_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                user_id,
                quote_id,
                status,
                timestamp,
                removed_gcode_path,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is DeleteQuoteResponse:
            delete_quote_response = cls(
                user_id,
                quote_id,
                status,
                timestamp,
                removed_gcode_path,
            )
        else:
            delete_quote_response = cls(
                user_id=user_id,
                quote_id=quote_id,
                status=status,
                timestamp=timestamp,
                removed_gcode_path=removed_gcode_path,
            )

        delete_quote_response.additional_properties = d
        return delete_quote_response

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
        "user_id",
        "quote_id",
        "status",
        "timestamp",
        "removed_gcode_path",
    ),
    optional=(),
    unset=UNSET,
)
