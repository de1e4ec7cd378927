from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)

        def _parse_free_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                free_time_type_0 = datetime.datetime.fromisoformat(data)

                return free_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        free_time = _parse_free_time(d.pop("freeTime", UNSET))

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
