from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.printer_config import PrinterConfig
    from ..models.quote_config import QuoteConfig


T = TypeVar("T", bound="QuoteRecord")


@_attrs_define
class QuoteRecord:
    """A stored quote, with the profiles it was made with.

    Attributes:
        quote_id (str):
        user_id (str):
        status (str):
        timestamp (str):
        quote_duration (float): How long the quote took to compute.
        file_path (str):
        gcode_file_size (float):
        estimated_time (str): Estimated print time, human-readable.
        estimated_time_seconds (int): Estimated print time in seconds.
        filament_weight (float):
        filament_cost (float):
        total_price (float):
        printer_config (PrinterConfig): A profile that matches your printer, to dial in the quote's print time and
            material usage. The file is sliced to G-code with these settings.
        quote_config (QuoteConfig): A custom pricing profile: material cost, hourly rate, base cost (a minimum spend)
            and currency.
        gcode_path (None | str | Unset):
        gcode_name (None | str | Unset):
    """

    quote_id: str
    user_id: str
    status: str
    timestamp: str
    quote_duration: float
    file_path: str
    gcode_file_size: float
    estimated_time: str
    estimated_time_seconds: int
    filament_weight: float
    filament_cost: float
    total_price: float
    printer_config: PrinterConfig
    quote_config: QuoteConfig
    gcode_path: None | str | Unset = UNSET
    gcode_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quote_id = self.quote_id

        user_id = self.user_id

        status = self.status

        timestamp = self.timestamp

        quote_duration = self.quote_duration

        file_path = self.file_path

        gcode_file_size = self.gcode_file_size

        estimated_time = self.estimated_time

        estimated_time_seconds = self.estimated_time_seconds

        filament_weight = self.filament_weight

        filament_cost = self.filament_cost

        total_price = self.total_price

        printer_config = self.printer_config.to_dict()

        quote_config = self.quote_config.to_dict()

        gcode_path: None | str | Unset
        if isinstance(self.gcode_path, Unset):
            gcode_path = UNSET
        else:
            gcode_path = self.gcode_path

        gcode_name: None | str | Unset
        if isinstance(self.gcode_name, Unset):
            gcode_name = UNSET
        else:
            gcode_name = self.gcode_name

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
                "gcode_file_size": gcode_file_size,
                "estimated_time": estimated_time,
                "estimated_time_seconds": estimated_time_seconds,
                "filament_weight": filament_weight,
                "filament_cost": filament_cost,
                "total_price": total_price,
                "printer_config": printer_config,
                "quote_config": quote_config,
            }
        )
        if gcode_path is not UNSET:
            field_dict["gcode_path"] = gcode_path
        if gcode_name is not UNSET:
            field_dict["gcode_name"] = gcode_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.printer_config import PrinterConfig  # noqa: PLC0415
        from ..models.quote_config import QuoteConfig  # noqa: PLC0415

        (
            (
                quote_id,
                user_id,
                status,
                timestamp,
                quote_duration,
                file_path,
                gcode_file_size,
                estimated_time,
                estimated_time_seconds,
                filament_weight,
                filament_cost,
                total_price,
                _in_printer_config,
                _in_quote_config,
                _in_gcode_path,
                _in_gcode_name,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        printer_config = PrinterConfig.from_dict(_in_printer_config)

        quote_config = QuoteConfig.from_dict(_in_quote_config)

        gcode_path: None | str | Unset = _in_gcode_path

        gcode_name: None | str | Unset = _in_gcode_name

        if cls is QuoteRecord:
            quote_record = cls(
                quote_id,
                user_id,
                status,
                timestamp,
                quote_duration,
                file_path,
                gcode_file_size,
                estimated_time,
                estimated_time_seconds,
                filament_weight,
                filament_cost,
                total_price,
                printer_config,
                quote_config,
                gcode_path,
                gcode_name,
            )
        else:
            quote_record = cls(
                quote_id=quote_id,
                user_id=user_id,
                status=status,
                timestamp=timestamp,
                quote_duration=quote_duration,
                file_path=file_path,
                gcode_file_size=gcode_file_size,
                estimated_time=estimated_time,
                estimated_time_seconds=estimated_time_seconds,
                filament_weight=filament_weight,
                filament_cost=filament_cost,
                total_price=total_price,
                printer_config=printer_config,
                quote_config=quote_config,
                gcode_path=gcode_path,
                gcode_name=gcode_name,
            )

        quote_record.additional_properties = d
        return quote_record

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
        "gcode_file_size",
        "estimated_time",
        "estimated_time_seconds",
        "filament_weight",
        "filament_cost",
        "total_price",
        "printer_config",
        "quote_config",
    ),
    optional=(
        "gcode_path",
        "gcode_name",
    ),
    unset=UNSET,
)
