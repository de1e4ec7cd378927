from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.read_part_version_response_settings_euler import ReadPartVersionResponseSettingsEuler


T = TypeVar("T", bound="ReadPartVersionResponseSettings")


@_attrs_define
class ReadPartVersionResponseSettings:
    """
    Attributes:
        scale (float | Unset):
        euler (ReadPartVersionResponseSettingsEuler | Unset):
        units (str | Unset):
    """

    scale: float | Unset = UNSET
    euler: ReadPartVersionResponseSettingsEuler | Unset = UNSET
    units: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scale = self.scale

        euler: dict[str, Any] | Unset = UNSET
        if not isinstance(self.euler, Unset):
            euler = self.euler.to_dict()

        units = self.units

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if scale is not UNSET:
            field_dict["scale"] = scale
        if euler is not UNSET:
            field_dict["euler"] = euler
        if units is not UNSET:
            field_dict["units"] = units

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.read_part_version_response_settings_euler import ReadPartVersionResponseSettingsEuler  # noqa: PLC0415

        (
            (
                scale,
                _in_euler,
                units,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _euler = _in_euler
        euler: ReadPartVersionResponseSettingsEuler | Unset
        if _euler is UNSET:
            euler = UNSET
        else:
            euler = ReadPartVersionResponseSettingsEuler.from_dict(_euler)

        if cls is ReadPartVersionResponseSettings:
            read_part_version_response_settings = cls(
                scale,
                euler,
                units,
            )
        else:
            read_part_version_response_settings = cls(
                scale=scale,
                euler=euler,
                units=units,
            )

        read_part_version_response_settings.additional_properties = d
        return read_part_version_response_settings

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
        "scale",
        "euler",
        "units",
    ),
    unset=UNSET,
)
