from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkstationFreeTime")


@_attrs_define
class WorkstationFreeTime:
    """
    Attributes:
        free_time (datetime.datetime | None | Unset):
    """

    free_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        free_time: None | str | Unset
        if isinstance(self.free_time, Unset):
            free_time = UNSET
        elif isinstance(self.free_time, datetime.datetime):
            free_time = self.free_time.isoformat()
        else:
            free_time = self.free_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if free_time is not UNSET:
            field_dict["freeTime"] = free_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_in_free_time,), d = _PROPERTIES.split(src_dict)
        _free_time = _in_free_time
        free_time: datetime.datetime | None | Unset
        if _free_time is None or _free_time is UNSET:
            free_time = _free_time
        else:
            try:
                if not isinstance(_free_time, str):
                    raise TypeError()
                free_time_type_0 = parse_datetime(_free_time)

                free_time = free_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                free_time = _free_time

        if cls is WorkstationFreeTime:
            workstation_free_time = cls(
                free_time,
            )
        else:
            workstation_free_time = cls(
                free_time=free_time,
            )

        workstation_free_time.additional_properties = d
        return workstation_free_time

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
    optional=("freeTime",),
    unset=UNSET,
)
