from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)
        quote_id = d.pop("quote_id")

        user_id = d.pop("user_id")

        status = d.pop("status")

        timestamp = d.pop("timestamp")

        quote_duration = d.pop("quote_duration")

        file_path = d.pop("file_path")

        gcode_file_size = d.pop("gcode_file_size")

        estimated_time = d.pop("estimated_time")

        estimated_time_seconds = d.pop("estimated_time_seconds")

        filament_weight = d.pop("filament_weight")

        filament_cost = d.pop("filament_cost")

        total_price = d.pop("total_price")

        printer_config = PrinterConfig.from_dict(d.pop("printer_config"))

        quote_config = QuoteConfig.from_dict(d.pop("quote_config"))

        def _parse_gcode_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gcode_path = _parse_gcode_path(d.pop("gcode_path", UNSET))

        def _parse_gcode_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        gcode_name = _parse_gcode_name(d.pop("gcode_name", UNSET))

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
