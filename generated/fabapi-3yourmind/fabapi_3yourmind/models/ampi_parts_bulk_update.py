from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmpiPartsBulkUpdate")


@_attrs_define
class AmpiPartsBulkUpdate:
    """
    Attributes:
        status_slug (str):
        parts (list[str]): List of part short ids
        comment (None | str | Unset):
    """

    status_slug: str
    parts: list[str]
    comment: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_slug = self.status_slug

        parts = self.parts

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusSlug": status_slug,
                "parts": parts,
            }
        )
        if comment is not UNSET:
            field_dict["comment"] = comment

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                status_slug,
                _in_parts,
                _in_comment,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        parts = cast(list[str], _in_parts)

        comment: None | str | Unset = _in_comment

        if cls is AmpiPartsBulkUpdate:
            ampi_parts_bulk_update = cls(
                status_slug,
                parts,
                comment,
            )
        else:
            ampi_parts_bulk_update = cls(
                status_slug=status_slug,
                parts=parts,
                comment=comment,
            )

        ampi_parts_bulk_update.additional_properties = d
        return ampi_parts_bulk_update

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
        "statusSlug",
        "parts",
    ),
    optional=("comment",),
    unset=UNSET,
)
