from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReadPartVersionResponseSettingsEuler")


@_attrs_define
class ReadPartVersionResponseSettingsEuler:
    """
    Attributes:
        x (float | Unset):
        y (float | Unset):
        z (float | Unset):
    """

    x: float | Unset = UNSET
    y: float | Unset = UNSET
    z: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x = self.x

        y = self.y

        z = self.z

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if z is not UNSET:
            field_dict["z"] = z

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                x,
                y,
                z,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is ReadPartVersionResponseSettingsEuler:
            read_part_version_response_settings_euler = cls(
                x,
                y,
                z,
            )
        else:
            read_part_version_response_settings_euler = cls(
                x=x,
                y=y,
                z=z,
            )

        read_part_version_response_settings_euler.additional_properties = d
        return read_part_version_response_settings_euler

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
        "x",
        "y",
        "z",
    ),
    unset=UNSET,
)
