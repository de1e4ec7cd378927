from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="FileUploadResponse")


@_attrs_define
class FileUploadResponse:
    """An uploaded file.

    Attributes:
        user_id (str):
        file_id (str):
        file_path (str):
        status (str):
        timestamp (str):
        file_name (str):
        file_size (float): File size in MB.
    """

    user_id: str
    file_id: str
    file_path: str
    status: str
    timestamp: str
    file_name: str
    file_size: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        file_id = self.file_id

        file_path = self.file_path

        status = self.status

        timestamp = self.timestamp

        file_name = self.file_name

        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "file_id": file_id,
                "file_path": file_path,
                "status": status,
                "timestamp": timestamp,
                "file_name": file_name,
                "file_size": file_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                user_id,
                file_id,
                file_path,
                status,
                timestamp,
                file_name,
                file_size,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is FileUploadResponse:
            file_upload_response = cls(
                user_id,
                file_id,
                file_path,
                status,
                timestamp,
                file_name,
                file_size,
            )
        else:
            file_upload_response = cls(
                user_id=user_id,
                file_id=file_id,
                file_path=file_path,
                status=status,
                timestamp=timestamp,
                file_name=file_name,
                file_size=file_size,
            )

        file_upload_response.additional_properties = d
        return file_upload_response

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
        "file_id",
        "file_path",
        "status",
        "timestamp",
        "file_name",
        "file_size",
    ),
    optional=(),
    unset=UNSET,
)
