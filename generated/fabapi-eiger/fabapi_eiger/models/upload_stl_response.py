from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_uuid

from ..types import UNSET, Unset

T = TypeVar("T", bound="UploadStlResponse")


@_attrs_define
class UploadStlResponse:
    """
    Attributes:
        slice_job_id (UUID | Unset):
        part_version_id (UUID | Unset):
    """

    slice_job_id: UUID | Unset = UNSET
    part_version_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        slice_job_id: str | Unset = UNSET
        if not isinstance(self.slice_job_id, Unset):
            slice_job_id = str(self.slice_job_id)

        part_version_id: str | Unset = UNSET
        if not isinstance(self.part_version_id, Unset):
            part_version_id = str(self.part_version_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if slice_job_id is not UNSET:
            field_dict["slice_job_id"] = slice_job_id
        if part_version_id is not UNSET:
            field_dict["part_version_id"] = part_version_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_slice_job_id,
                _in_part_version_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _slice_job_id = _in_slice_job_id
        slice_job_id: UUID | Unset
        if _slice_job_id is UNSET:
            slice_job_id = UNSET
        else:
            slice_job_id = parse_uuid(_slice_job_id)

        _part_version_id = _in_part_version_id
        part_version_id: UUID | Unset
        if _part_version_id is UNSET:
            part_version_id = UNSET
        else:
            part_version_id = parse_uuid(_part_version_id)

        if cls is UploadStlResponse:
            upload_stl_response = cls(
                slice_job_id,
                part_version_id,
            )
        else:
            upload_stl_response = cls(
                slice_job_id=slice_job_id,
                part_version_id=part_version_id,
            )

        upload_stl_response.additional_properties = d
        return upload_stl_response

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
        "slice_job_id",
        "part_version_id",
    ),
    unset=UNSET,
)
