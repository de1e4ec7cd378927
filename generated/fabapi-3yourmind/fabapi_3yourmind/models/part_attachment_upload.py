from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from .. import types
from ..types import UNSET, File, FileTypes, Unset

T = TypeVar("T", bound="PartAttachmentUpload")


@_attrs_define
class PartAttachmentUpload:
    """
    Attributes:
        part_id (int | Unset):
        file (File | Unset):
    """

    part_id: int | Unset = UNSET
    file: File | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        part_id = self.part_id

        file: FileTypes | Unset = UNSET
        if not isinstance(self.file, Unset):
            file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if part_id is not UNSET:
            field_dict["partId"] = part_id
        if file is not UNSET:
            field_dict["file"] = file

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        if not isinstance(self.part_id, Unset):
            files.append(("partId", (None, str(self.part_id).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                part_id,
                _in_file,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _file = _in_file
        file: File | Unset
        if _file is UNSET:
            file = UNSET
        else:
            file = File(payload=BytesIO(_file))

        if cls is PartAttachmentUpload:
            part_attachment_upload = cls(
                part_id,
                file,
            )
        else:
            part_attachment_upload = cls(
                part_id=part_id,
                file=file,
            )

        part_attachment_upload.additional_properties = d
        return part_attachment_upload

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
        "partId",
        "file",
    ),
    unset=UNSET,
)
