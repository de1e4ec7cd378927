from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="GetPrintedPartScanReportResponse")


@_attrs_define
class GetPrintedPartScanReportResponse:
    """
    Attributes:
        scan_report_url (None | str):
    """

    scan_report_url: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scan_report_url: None | str
        scan_report_url = self.scan_report_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scan_report_url": scan_report_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_in_scan_report_url,), d = _PROPERTIES.split(src_dict)
        scan_report_url: None | str = _in_scan_report_url

        if cls is GetPrintedPartScanReportResponse:
            get_printed_part_scan_report_response = cls(
                scan_report_url,
            )
        else:
            get_printed_part_scan_report_response = cls(
                scan_report_url=scan_report_url,
            )

        get_printed_part_scan_report_response.additional_properties = d
        return get_printed_part_scan_report_response

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
    required=("scan_report_url",),
    optional=(),
    unset=UNSET,
)
