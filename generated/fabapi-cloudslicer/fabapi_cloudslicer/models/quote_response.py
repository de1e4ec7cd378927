from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="QuoteResponse")


@_attrs_define
class QuoteResponse:
    """A new quote, computed synchronously from the sliced G-code.

    Attributes:
        quote_id (str):
        user_id (str):
        status (str):
        timestamp (str):
        quote_duration (float): How long the quote took to compute.
        file_path (str):
        gcode_path (str):
        gcode_name (str):
        gcode_file_size (float):
        estimated_time (str): Estimated print time, human-readable.
        estimated_time_seconds (int): Estimated print time in seconds.
        filament_weight (float):
        filament_cost (float):
        total_price (float):
    """

    quote_id: str
    user_id: str
    status: str
    timestamp: str
    quote_duration: float
    file_path: str
    gcode_path: str
    gcode_name: str
    gcode_file_size: float
    estimated_time: str
    estimated_time_seconds: int
    filament_weight: float
    filament_cost: float
    total_price: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        user_id = self.user_id

        status = self.status

        timestamp = self.timestamp

        quote_duration = self.quote_duration

        file_path = self.file_path

        gcode_path = self.gcode_path

        gcode_name = self.gcode_name

        gcode_file_size = self.gcode_file_size

        estimated_time = self.estimated_time

        estimated_time_seconds = self.estimated_time_seconds

        filament_weight = self.filament_weight

        filament_cost = self.filament_cost

        total_price = self.total_price

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quote_id": quote_id,
                "user_id": user_id,
                "status": status,
                "timestamp": timestamp,
                "quote_duration": quote_duration,
                "file_path": file_path,
                "gcode_path": gcode_path,
                "gcode_name": gcode_name,
                "gcode_file_size": gcode_file_size,
                "estimated_time": estimated_time,
                "estimated_time_seconds": estimated_time_seconds,
                "filament_weight": filament_weight,
                "filament_cost": filament_cost,
                "total_price": total_price,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                quote_id,
                user_id,
                status,
                timestamp,
                quote_duration,
                file_path,
                gcode_path,
                gcode_name,
                gcode_file_size,
                estimated_time,
                estimated_time_seconds,
                filament_weight,
                filament_cost,
                total_price,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is QuoteResponse:
            quote_response = cls(
                quote_id,
                user_id,
                status,
                timestamp,
                quote_duration,
                file_path,
                gcode_path,
                gcode_name,
                gcode_file_size,
                estimated_time,
                estimated_time_seconds,
                filament_weight,
                filament_cost,
                total_price,
            )
        else:
            quote_response = cls(
                quote_id=quote_id,
                user_id=user_id,
                status=status,
                timestamp=timestamp,
                quote_duration=quote_duration,
                file_path=file_path,
                gcode_path=gcode_path,
                gcode_name=gcode_name,
                gcode_file_size=gcode_file_size,
                estimated_time=estimated_time,
                estimated_time_seconds=estimated_time_seconds,
                filament_weight=filament_weight,
                filament_cost=filament_cost,
                total_price=total_price,
            )

        quote_response.additional_properties = d
        return quote_response

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
        "quote_id",
        "user_id",
        "status",
        "timestamp",
        "quote_duration",
        "file_path",
        "gcode_path",
        "gcode_name",
        "gcode_file_size",
        "estimated_time",
        "estimated_time_seconds",
        "filament_weight",
        "filament_cost",
        "total_price",
    ),
    optional=(),
    unset=UNSET,
)
