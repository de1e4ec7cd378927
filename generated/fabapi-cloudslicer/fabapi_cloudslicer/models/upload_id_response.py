from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="UploadIdResponse")


@_attrs_define
class UploadIdResponse:
    """A single-use upload id (expires after one hour) and the file id the upload will receive.

    Attributes:
        user_id (str):
        upload_id (str):
        file_id (str):
        timestamp (str):
    """

    user_id: str
    upload_id: str
    file_id: str
    timestamp: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        upload_id = self.upload_id

        file_id = self.file_id

        timestamp = self.timestamp

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "upload_id": upload_id,
                "file_id": file_id,
                "timestamp": timestamp,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                user_id,
                upload_id,
                file_id,
                timestamp,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is UploadIdResponse:
            upload_id_response = cls(
                user_id,
                upload_id,
                file_id,
                timestamp,
            )
        else:
            upload_id_response = cls(
                user_id=user_id,
                upload_id=upload_id,
                file_id=file_id,
                timestamp=timestamp,
            )

        upload_id_response.additional_properties = d
        return upload_id_response

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
        "upload_id",
        "file_id",
        "timestamp",
    ),
    optional=(),
    unset=UNSET,
)
