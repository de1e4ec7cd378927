from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_and_amount_sequence_representation import IdAndAmountSequenceRepresentation


T = TypeVar("T", bound="JobCreate")


@_attrs_define
class JobCreate:
    """
    Attributes:
        workstation_id (int):
        sequences (list[IdAndAmountSequenceRepresentation]):
        name (None | str | Unset):
        start_time (datetime.datetime | None | Unset):
        finish_time (datetime.datetime | None | Unset):
    """

    workstation_id: int
    sequences: list[IdAndAmountSequenceRepresentation]
    name: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    finish_time: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workstation_id = self.workstation_id

        sequences = []
        for sequences_item_data in self.sequences:
            sequences_item = sequences_item_data.to_dict()
            sequences.append(sequences_item)

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        start_time: None | str | Unset
        if isinstance(self.start_time, Unset):
            start_time = UNSET
        elif isinstance(self.start_time, datetime.datetime):
            start_time = self.start_time.isoformat()
        else:
            start_time = self.start_time

        finish_time: None | str | Unset
        if isinstance(self.finish_time, Unset):
            finish_time = UNSET
        elif isinstance(self.finish_time, datetime.datetime):
            finish_time = self.finish_time.isoformat()
        else:
            finish_time = self.finish_time

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workstationId": workstation_id,
                "sequences": sequences,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_and_amount_sequence_representation import IdAndAmountSequenceRepresentation  # noqa: PLC0415

        (
            (
                workstation_id,
                _in_sequences,
                _in_name,
                _in_start_time,
                _in_finish_time,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        sequences = []
        _sequences = _in_sequences
        for sequences_item_data in _sequences:
            sequences_item = IdAndAmountSequenceRepresentation.from_dict(sequences_item_data)

            sequences.append(sequences_item)

        name: None | str | Unset = _in_name

        _start_time = _in_start_time
        start_time: datetime.datetime | None | Unset
        if _start_time is None or _start_time is UNSET:
            start_time = _start_time
        else:
            try:
                if not isinstance(_start_time, str):
                    raise TypeError()
                start_time_type_0 = parse_datetime(_start_time)

                start_time = start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                start_time = _start_time

        _finish_time = _in_finish_time
        finish_time: datetime.datetime | None | Unset
        if _finish_time is None or _finish_time is UNSET:
            finish_time = _finish_time
        else:
            try:
                if not isinstance(_finish_time, str):
                    raise TypeError()
                finish_time_type_0 = parse_datetime(_finish_time)

                finish_time = finish_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                finish_time = _finish_time

        if cls is JobCreate:
            job_create = cls(
                workstation_id,
                sequences,
                name,
                start_time,
                finish_time,
            )
        else:
            job_create = cls(
                workstation_id=workstation_id,
                sequences=sequences,
                name=name,
                start_time=start_time,
                finish_time=finish_time,
            )

        job_create.additional_properties = d
        return job_create

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
        "workstationId",
        "sequences",
    ),
    optional=(
        "name",
        "startTime",
        "finishTime",
    ),
    unset=UNSET,
)
