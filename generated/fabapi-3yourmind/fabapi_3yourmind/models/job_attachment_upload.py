from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from .. import types
from ..types import UNSET, File, Unset

T = TypeVar("T", bound="JobAttachmentUpload")


@_attrs_define
class JobAttachmentUpload:
    """
    Attributes:
        file (File):
        job_id (int | Unset):
    """

    file: File
    job_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        job_id = self.job_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
            }
        )
        if job_id is not UNSET:
            field_dict["jobId"] = job_id

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        if not isinstance(self.job_id, Unset):
            files.append(("jobId", (None, str(self.job_id).encode(), "text/plain")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_file,
                job_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        file = File(payload=BytesIO(_in_file))

        if cls is JobAttachmentUpload:
            job_attachment_upload = cls(
                file,
                job_id,
            )
        else:
            job_attachment_upload = cls(
                file=file,
                job_id=job_id,
            )

        job_attachment_upload.additional_properties = d
        return job_attachment_upload

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
    optional=("jobId",),
    unset=UNSET,
)
