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


T = TypeVar("T", bound="QuoteRequest")


@_attrs_define
class QuoteRequest:
    """The printer and pricing profiles for a quote; each is optional and every field has a default.

    Attributes:
        printer_config (PrinterConfig | Unset): A profile that matches your printer, to dial in the quote's print time
            and material usage. The file is sliced to G-code with these settings.
        quote_config (QuoteConfig | Unset): A custom pricing profile: material cost, hourly rate, base cost (a minimum
            spend) and currency.
    """

    printer_config: PrinterConfig | Unset = UNSET
    quote_config: QuoteConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        printer_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.printer_config, Unset):
            printer_config = self.printer_config.to_dict()

        quote_config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.quote_config, Unset):
            quote_config = self.quote_config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if printer_config is not UNSET:
            field_dict["printer_config"] = printer_config
        if quote_config is not UNSET:
            field_dict["quote_config"] = quote_config

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.printer_config import PrinterConfig  # noqa: PLC0415
        from ..models.quote_config import QuoteConfig  # noqa: PLC0415

        (
            (
                _in_printer_config,
                _in_quote_config,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _printer_config = _in_printer_config
        printer_config: PrinterConfig | Unset
        if _printer_config is UNSET:
            printer_config = UNSET
        else:
            printer_config = PrinterConfig.from_dict(_printer_config)

        _quote_config = _in_quote_config
        quote_config: QuoteConfig | Unset
        if _quote_config is UNSET:
            quote_config = UNSET
        else:
            quote_config = QuoteConfig.from_dict(_quote_config)

        if cls is QuoteRequest:
            quote_request = cls(
                printer_config,
                quote_config,
            )
        else:
            quote_request = cls(
                printer_config=printer_config,
                quote_config=quote_config,
            )

        quote_request.additional_properties = d
        return quote_request

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
        "printer_config",
        "quote_config",
    ),
    unset=UNSET,
)
