from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="FileOptimizationStatus")


@_attrs_define
class FileOptimizationStatus:
    """
    Attributes:
        status (str | Unset): `finished` or `failed` once done. Example: failed.
        message (str | Unset):  Example: The file could not be processed. Make sure it is a valid 3D Model..
    """

    status: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                status,
                message,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is FileOptimizationStatus:
            file_optimization_status = cls(
                status,
                message,
            )
        else:
            file_optimization_status = cls(
                status=status,
                message=message,
            )

        file_optimization_status.additional_properties = d
        return file_optimization_status

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
        "status",
        "message",
    ),
    unset=UNSET,
)
