from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileStatus")


@_attrs_define
class FileStatus:
    """The analysis status of a line's uploaded file.

    Attributes:
        uuid (str | Unset):  Example: 49482d31-61fb-4605-90e6-ab18348832f2.
        status (str | Unset): `analysing` while the file is being analysed; `finished` when the upload finished
            successfully, `error` when it finished with an error. Example: analysing.
    """

    uuid: str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        uuid = self.uuid

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                uuid,
                status,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is FileStatus:
            file_status = cls(
                uuid,
                status,
            )
        else:
            file_status = cls(
                uuid=uuid,
                status=status,
            )

        file_status.additional_properties = d
        return file_status

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
        "uuid",
        "status",
    ),
    unset=UNSET,
)
