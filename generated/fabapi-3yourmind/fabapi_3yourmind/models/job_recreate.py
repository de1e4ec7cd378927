from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET

T = TypeVar("T", bound="JobRecreate")


@_attrs_define
class JobRecreate:
    """
    Attributes:
        start_time (datetime.datetime):
        finish_time (datetime.datetime):
    """

    start_time: datetime.datetime
    finish_time: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time.isoformat()

        finish_time = self.finish_time.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "startTime": start_time,
                "finishTime": finish_time,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_start_time,
                _in_finish_time,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        start_time = parse_datetime(_in_start_time)

        finish_time = parse_datetime(_in_finish_time)

        if cls is JobRecreate:
            job_recreate = cls(
                start_time,
                finish_time,
            )
        else:
            job_recreate = cls(
                start_time=start_time,
                finish_time=finish_time,
            )

        job_recreate.additional_properties = d
        return job_recreate

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
        "startTime",
        "finishTime",
    ),
    optional=(),
    unset=UNSET,
)
