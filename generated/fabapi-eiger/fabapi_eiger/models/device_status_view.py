from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..models.printing_state_enum import PrintingStateEnum
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeviceStatusView")


@_attrs_define
class DeviceStatusView:
    """
    Attributes:
        printing_state (PrintingStateEnum | Unset): State of the print job on the device
        current_layer (int | None | Unset): Current layer number
        layer_count (int | None | Unset): Number of layers
        progress (float | None | Unset): Percentage of completion for print job
        estimated_seconds_remaining (int | None | Unset): Estimated time left in print job in seconds
    """

    printing_state: PrintingStateEnum | Unset = UNSET
    current_layer: int | None | Unset = UNSET
    layer_count: int | None | Unset = UNSET
    progress: float | None | Unset = UNSET
    estimated_seconds_remaining: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        printing_state: str | Unset = UNSET
        if not isinstance(self.printing_state, Unset):
            printing_state = self.printing_state.value

        current_layer: int | None | Unset
        if isinstance(self.current_layer, Unset):
            current_layer = UNSET
        else:
            current_layer = self.current_layer

        layer_count: int | None | Unset
        if isinstance(self.layer_count, Unset):
            layer_count = UNSET
        else:
            layer_count = self.layer_count

        progress: float | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        estimated_seconds_remaining: int | None | Unset
        if isinstance(self.estimated_seconds_remaining, Unset):
            estimated_seconds_remaining = UNSET
        else:
            estimated_seconds_remaining = self.estimated_seconds_remaining

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if printing_state is not UNSET:
            field_dict["printing_state"] = printing_state
        if current_layer is not UNSET:
            field_dict["current_layer"] = current_layer
        if layer_count is not UNSET:
            field_dict["layer_count"] = layer_count
        if progress is not UNSET:
            field_dict["progress"] = progress
        if estimated_seconds_remaining is not UNSET:
            field_dict["estimated_seconds_remaining"] = estimated_seconds_remaining

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_printing_state,
                _in_current_layer,
                _in_layer_count,
                _in_progress,
                _in_estimated_seconds_remaining,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _printing_state = _in_printing_state
        printing_state: PrintingStateEnum | Unset
        if _printing_state is UNSET:
            printing_state = UNSET
        else:
            try:
                printing_state = cast("PrintingStateEnum", PrintingStateEnum._value2member_map_[_printing_state])
            except (KeyError, TypeError):
                printing_state = PrintingStateEnum(_printing_state)

        current_layer: int | None | Unset = _in_current_layer

        layer_count: int | None | Unset = _in_layer_count

        progress: float | None | Unset = _in_progress

        estimated_seconds_remaining: int | None | Unset = _in_estimated_seconds_remaining

        if cls is DeviceStatusView:
            device_status_view = cls(
                printing_state,
                current_layer,
                layer_count,
                progress,
                estimated_seconds_remaining,
            )
        else:
            device_status_view = cls(
                printing_state=printing_state,
                current_layer=current_layer,
                layer_count=layer_count,
                progress=progress,
                estimated_seconds_remaining=estimated_seconds_remaining,
            )

        device_status_view.additional_properties = d
        return device_status_view

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
        "printing_state",
        "current_layer",
        "layer_count",
        "progress",
        "estimated_seconds_remaining",
    ),
    unset=UNSET,
)
