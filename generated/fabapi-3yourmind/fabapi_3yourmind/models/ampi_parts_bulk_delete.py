from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="AmpiPartsBulkDelete")


@_attrs_define
class AmpiPartsBulkDelete:
    """
    Attributes:
        parts (list[str]): List of part short ids
    """

    parts: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        parts = self.parts

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "parts": parts,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_in_parts,), d = _PROPERTIES.split(src_dict)
        parts = cast(list[str], _in_parts)

        if cls is AmpiPartsBulkDelete:
            ampi_parts_bulk_delete = cls(
                parts,
            )
        else:
            ampi_parts_bulk_delete = cls(
                parts=parts,
            )

        ampi_parts_bulk_delete.additional_properties = d
        return ampi_parts_bulk_delete

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
    required=("parts",),
    optional=(),
    unset=UNSET,
)
