from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="PartAttachmentUpload")


@_attrs_define
class PartAttachmentUpload:
    """
    Attributes:
        file (File):
        part_id (int | Unset):
    """

    file: File
    part_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        part_id = self.part_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if part_id is not UNSET:
            field_dict["partId"] = part_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.part_id, Unset):
            files.append(("partId", (None, str(self.part_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_file,
                part_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        file = File(payload=BytesIO(_in_file))

        if cls is PartAttachmentUpload:
            part_attachment_upload = cls(
                file,
                part_id,
            )
        else:
            part_attachment_upload = cls(
                file=file,
                part_id=part_id,
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
    required=("file",),
    optional=("partId",),
    unset=UNSET,
)
