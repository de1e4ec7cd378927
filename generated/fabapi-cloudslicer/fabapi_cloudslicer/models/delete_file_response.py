from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="DeleteFileResponse")


@_attrs_define
class DeleteFileResponse:
    """A removed file (its quotes are removed with it).

    Attributes:
        user_id (str):
        status (str):
        timestamp (str):
        file_id (str):
        removed_file_path (str):
    """

    user_id: str
    status: str
    timestamp: str
    file_id: str
    removed_file_path: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        status = self.status

        timestamp = self.timestamp

        file_id = self.file_id

        removed_file_path = self.removed_file_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_id": user_id,
                "status": status,
                "timestamp": timestamp,
                "file_id": file_id,
                "removed_file_path": removed_file_path,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                user_id,
                status,
                timestamp,
                file_id,
                removed_file_path,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is DeleteFileResponse:
            delete_file_response = cls(
                user_id,
                status,
                timestamp,
                file_id,
                removed_file_path,
            )
        else:
            delete_file_response = cls(
                user_id=user_id,
                status=status,
                timestamp=timestamp,
                file_id=file_id,
                removed_file_path=removed_file_path,
            )

        delete_file_response.additional_properties = d
        return delete_file_response

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
        "status",
        "timestamp",
        "file_id",
        "removed_file_path",
    ),
    optional=(),
    unset=UNSET,
)
