from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="DataUsage")


@_attrs_define
class DataUsage:
    """Quota and storage usage in the current period.

    Attributes:
        quotes_used (int):
        quotes_limit (int):
        storage_used (float):
        storage_limit (float):
        files (int): Number of stored files.
        days_till_reset (int):
        reset_date (str):
        last_updated (str):
    """

    quotes_used: int
    quotes_limit: int
    storage_used: float
    storage_limit: float
    files: int
    days_till_reset: int
    reset_date: str
    last_updated: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quotes_used = self.quotes_used

        quotes_limit = self.quotes_limit

        storage_used = self.storage_used

        storage_limit = self.storage_limit

        files = self.files

        days_till_reset = self.days_till_reset

        reset_date = self.reset_date

        last_updated = self.last_updated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "quotes_used": quotes_used,
                "quotes_limit": quotes_limit,
                "storage_used": storage_used,
                "storage_limit": storage_limit,
                "files": files,
                "days_till_reset": days_till_reset,
                "reset_date": reset_date,
                "last_updated": last_updated,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                quotes_used,
                quotes_limit,
                storage_used,
                storage_limit,
                files,
                days_till_reset,
                reset_date,
                last_updated,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is DataUsage:
            data_usage = cls(
                quotes_used,
                quotes_limit,
                storage_used,
                storage_limit,
                files,
                days_till_reset,
                reset_date,
                last_updated,
            )
        else:
            data_usage = cls(
                quotes_used=quotes_used,
                quotes_limit=quotes_limit,
                storage_used=storage_used,
                storage_limit=storage_limit,
                files=files,
                days_till_reset=days_till_reset,
                reset_date=reset_date,
                last_updated=last_updated,
            )

        data_usage.additional_properties = d
        return data_usage

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
        "quotes_used",
        "quotes_limit",
        "storage_used",
        "storage_limit",
        "files",
        "days_till_reset",
        "reset_date",
        "last_updated",
    ),
    optional=(),
    unset=UNSET,
)
