from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobCsvImport")


@_attrs_define
class JobCsvImport:
    """
    Attributes:
        sequences (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        report (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
    """

    sequences: list[Any] | Unset = UNSET
    report: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sequences: list[Any] | Unset = UNSET
        if not isinstance(self.sequences, Unset):
            sequences = self.sequences

        report: list[Any] | Unset = UNSET
        if not isinstance(self.report, Unset):
            report = self.report

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sequences is not UNSET:
            field_dict["sequences"] = sequences
        if report is not UNSET:
            field_dict["report"] = report

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_sequences,
                _in_report,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        sequences = cast(list[Any], _in_sequences)

        report = cast(list[Any], _in_report)

        if cls is JobCsvImport:
            job_csv_import = cls(
                sequences,
                report,
            )
        else:
            job_csv_import = cls(
                sequences=sequences,
                report=report,
            )

        job_csv_import.additional_properties = d
        return job_csv_import

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
        "sequences",
        "report",
    ),
    unset=UNSET,
)
