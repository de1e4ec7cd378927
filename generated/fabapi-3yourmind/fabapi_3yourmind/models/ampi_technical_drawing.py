from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmpiTechnicalDrawing")


@_attrs_define
class AmpiTechnicalDrawing:
    """
    Attributes:
        author (int | Unset):
        id (int | Unset):
        name (str | Unset):
        size (int | Unset):
    """

    author: int | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author = self.author

        id = self.id

        name = self.name

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                author,
                id,
                name,
                size,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is AmpiTechnicalDrawing:
            ampi_technical_drawing = cls(
                author,
                id,
                name,
                size,
            )
        else:
            ampi_technical_drawing = cls(
                author=author,
                id=id,
                name=name,
                size=size,
            )

        ampi_technical_drawing.additional_properties = d
        return ampi_technical_drawing

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
        "author",
        "id",
        "name",
        "size",
    ),
    unset=UNSET,
)
