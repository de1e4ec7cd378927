from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="AmpiFileAttachment")


@_attrs_define
class AmpiFileAttachment:
    """
    Attributes:
        author (int | Unset):
        id (int | Unset):
        content_type (str | Unset):
        name (str | Unset):
        should_force_download (bool | Unset):
        size (int | Unset):
    """

    author: int | Unset = UNSET
    id: int | Unset = UNSET
    content_type: str | Unset = UNSET
    name: str | Unset = UNSET
    should_force_download: bool | Unset = UNSET
    size: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author = self.author

        id = self.id

        content_type = self.content_type

        name = self.name

        should_force_download = self.should_force_download

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if id is not UNSET:
            field_dict["id"] = id
        if content_type is not UNSET:
            field_dict["contentType"] = content_type
        if name is not UNSET:
            field_dict["name"] = name
        if should_force_download is not UNSET:
            field_dict["shouldForceDownload"] = should_force_download
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                author,
                id,
                content_type,
                name,
                should_force_download,
                size,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is AmpiFileAttachment:
            ampi_file_attachment = cls(
                author,
                id,
                content_type,
                name,
                should_force_download,
                size,
            )
        else:
            ampi_file_attachment = cls(
                author=author,
                id=id,
                content_type=content_type,
                name=name,
                should_force_download=should_force_download,
                size=size,
            )

        ampi_file_attachment.additional_properties = d
        return ampi_file_attachment

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
        "contentType",
        "name",
        "shouldForceDownload",
        "size",
    ),
    unset=UNSET,
)
