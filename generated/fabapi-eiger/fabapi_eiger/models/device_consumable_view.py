from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceConsumableView")


@_attrs_define
class DeviceConsumableView:
    """
    Attributes:
        consumable_title (str | Unset): The consumable name
        status (str | Unset): The current status action of the consumable
        usage_remaining (float | Unset): Percentage of usage remaining of the consumable
    """

    consumable_title: str | Unset = UNSET
    status: str | Unset = UNSET
    usage_remaining: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consumable_title = self.consumable_title

        status = self.status

        usage_remaining = self.usage_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if consumable_title is not UNSET:
            field_dict["consumable_title"] = consumable_title
        if status is not UNSET:
            field_dict["status"] = status
        if usage_remaining is not UNSET:
            field_dict["usage_remaining"] = usage_remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                consumable_title,
                status,
                usage_remaining,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is DeviceConsumableView:
            device_consumable_view = cls(
                consumable_title,
                status,
                usage_remaining,
            )
        else:
            device_consumable_view = cls(
                consumable_title=consumable_title,
                status=status,
                usage_remaining=usage_remaining,
            )

        device_consumable_view.additional_properties = d
        return device_consumable_view

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
        "consumable_title",
        "status",
        "usage_remaining",
    ),
    unset=UNSET,
)
