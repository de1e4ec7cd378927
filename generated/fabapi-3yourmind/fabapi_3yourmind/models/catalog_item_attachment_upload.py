from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="CatalogItemAttachmentUpload")


@_attrs_define
class CatalogItemAttachmentUpload:
    """
    Attributes:
        file (File):
        is_in_gallery (bool | Unset):
    """

    file: File
    is_in_gallery: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        is_in_gallery = self.is_in_gallery

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if is_in_gallery is not UNSET:
            field_dict["is_in_gallery"] = is_in_gallery

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.is_in_gallery, Unset):
            files.append(("is_in_gallery", (None, str(self.is_in_gallery).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_file,
                is_in_gallery,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        file = File(payload=BytesIO(_in_file))

        if cls is CatalogItemAttachmentUpload:
            catalog_item_attachment_upload = cls(
                file,
                is_in_gallery,
            )
        else:
            catalog_item_attachment_upload = cls(
                file=file,
                is_in_gallery=is_in_gallery,
            )

        catalog_item_attachment_upload.additional_properties = d
        return catalog_item_attachment_upload

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
    required=("file",),
    optional=("is_in_gallery",),
    unset=UNSET,
)
