from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReservedTimeUpdate")


@_attrs_define
class ReservedTimeUpdate:
    """
    Attributes:
        workstation_id (int | Unset):
        description (str | Unset):
        name (str | Unset):
        start_time (datetime.datetime | Unset):
        finish_time (datetime.datetime | Unset):
    """

    workstation_id: int | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    finish_time: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workstation_id = self.workstation_id

        description = self.description

        name = self.name

        start_time: str | Unset = UNSET
        if not isinstance(self.start_time, Unset):
            start_time = self.start_time.isoformat()

        finish_time: str | Unset = UNSET
        if not isinstance(self.finish_time, Unset):
            finish_time = self.finish_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workstation_id is not UNSET:
            field_dict["workstationId"] = workstation_id
        if description is not UNSET:
            field_dict["description"] = description
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                workstation_id,
                description,
                name,
                _in_start_time,
                _in_finish_time,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _start_time = _in_start_time
        start_time: datetime.datetime | Unset
        if _start_time is UNSET:
            start_time = UNSET
        else:
            start_time = parse_datetime(_start_time)

        _finish_time = _in_finish_time
        finish_time: datetime.datetime | Unset
        if _finish_time is UNSET:
            finish_time = UNSET
        else:
            finish_time = parse_datetime(_finish_time)

        if cls is ReservedTimeUpdate:
            reserved_time_update = cls(
                workstation_id,
                description,
                name,
                start_time,
                finish_time,
            )
        else:
            reserved_time_update = cls(
                workstation_id=workstation_id,
                description=description,
                name=name,
                start_time=start_time,
                finish_time=finish_time,
            )

        reserved_time_update.additional_properties = d
        return reserved_time_update

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
        "workstationId",
        "description",
        "name",
        "startTime",
        "finishTime",
    ),
    unset=UNSET,
)
