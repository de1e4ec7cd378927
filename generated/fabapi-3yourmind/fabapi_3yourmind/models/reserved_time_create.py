from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ReservedTimeCreate")


@_attrs_define
class ReservedTimeCreate:
    """
    Attributes:
        workstation_id (int):
        description (str):
        name (str):
        start_time (datetime.datetime):
        finish_time (datetime.datetime):
    """

    workstation_id: int
    description: str
    name: str
    start_time: datetime.datetime
    finish_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workstation_id = self.workstation_id

        description = self.description

        name = self.name

        start_time = self.start_time.isoformat()

        finish_time = self.finish_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workstationId": workstation_id,
                "description": description,
                "name": name,
                "startTime": start_time,
                "finishTime": finish_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workstation_id = d.pop("workstationId")

        description = d.pop("description")

        name = d.pop("name")

        start_time = datetime.datetime.fromisoformat(d.pop("startTime"))

        finish_time = datetime.datetime.fromisoformat(d.pop("finishTime"))

        reserved_time_create = cls(
            workstation_id=workstation_id,
            description=description,
            name=name,
            start_time=start_time,
            finish_time=finish_time,
        )

        reserved_time_create.additional_properties = d
        return reserved_time_create

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
