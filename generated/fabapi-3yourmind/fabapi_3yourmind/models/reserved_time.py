from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReservedTime")


@_attrs_define
class ReservedTime:
    """A time slot reserved on a workstation.

    Attributes:
        workstation_id (int | Unset):
        description (str | Unset):
        name (str | Unset):
        start_time (datetime.datetime | Unset):
        finish_time (datetime.datetime | Unset):
        id (int | Unset):
        duration (int | Unset):
    """

    workstation_id: int | Unset = UNSET
    description: str | Unset = UNSET
    name: str | Unset = UNSET
    start_time: datetime.datetime | Unset = UNSET
    finish_time: datetime.datetime | Unset = UNSET
    id: int | Unset = UNSET
    duration: int | Unset = UNSET
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

        id = self.id

        duration = self.duration

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
        if id is not UNSET:
            field_dict["id"] = id
        if duration is not UNSET:
            field_dict["duration"] = duration

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workstation_id = d.pop("workstationId", UNSET)

        description = d.pop("description", UNSET)

        name = d.pop("name", UNSET)

        _start_time = d.pop("startTime", UNSET)
        start_time: datetime.datetime | Unset
        if isinstance(_start_time, Unset):
            start_time = UNSET
        else:
            start_time = datetime.datetime.fromisoformat(_start_time)

        _finish_time = d.pop("finishTime", UNSET)
        finish_time: datetime.datetime | Unset
        if isinstance(_finish_time, Unset):
            finish_time = UNSET
        else:
            finish_time = datetime.datetime.fromisoformat(_finish_time)

        id = d.pop("id", UNSET)

        duration = d.pop("duration", UNSET)

        reserved_time = cls(
            workstation_id=workstation_id,
            description=description,
            name=name,
            start_time=start_time,
            finish_time=finish_time,
            id=id,
            duration=duration,
        )

        reserved_time.additional_properties = d
        return reserved_time

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
