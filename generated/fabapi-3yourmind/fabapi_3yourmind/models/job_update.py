from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..models.job_update_status import JobUpdateStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.id_and_amount_sequence_representation import IdAndAmountSequenceRepresentation
    from ..models.short_object_representation import ShortObjectRepresentation


T = TypeVar("T", bound="JobUpdate")


@_attrs_define
class JobUpdate:
    """
    Attributes:
        workstation_id (int | Unset):
        name (None | str | Unset):
        start_time (datetime.datetime | None | Unset):
        finish_time (datetime.datetime | None | Unset):
        duration (int | None | Unset):
        sequences (list[IdAndAmountSequenceRepresentation] | Unset):
        employees (list[ShortObjectRepresentation] | Unset):
        material_lots (list[ShortObjectRepresentation] | Unset):
        instructions (None | str | Unset):
        process_parameters (None | str | Unset):
        status (JobUpdateStatus | Unset):
    """

    workstation_id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    finish_time: datetime.datetime | None | Unset = UNSET
    duration: int | None | Unset = UNSET
    sequences: list[IdAndAmountSequenceRepresentation] | Unset = UNSET
    employees: list[ShortObjectRepresentation] | Unset = UNSET
    material_lots: list[ShortObjectRepresentation] | Unset = UNSET
    instructions: None | str | Unset = UNSET
    process_parameters: None | str | Unset = UNSET
    status: JobUpdateStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workstation_id = self.workstation_id

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

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        sequences: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.sequences, Unset):
            sequences = []
            for sequences_item_data in self.sequences:
                sequences_item = sequences_item_data.to_dict()
                sequences.append(sequences_item)

        employees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees, Unset):
            employees = []
            for employees_item_data in self.employees:
                employees_item = employees_item_data.to_dict()
                employees.append(employees_item)

        material_lots: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.material_lots, Unset):
            material_lots = []
            for material_lots_item_data in self.material_lots:
                material_lots_item = material_lots_item_data.to_dict()
                material_lots.append(material_lots_item)

        instructions: None | str | Unset
        if isinstance(self.instructions, Unset):
            instructions = UNSET
        else:
            instructions = self.instructions

        process_parameters: None | str | Unset
        if isinstance(self.process_parameters, Unset):
            process_parameters = UNSET
        else:
            process_parameters = self.process_parameters

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if workstation_id is not UNSET:
            field_dict["workstationId"] = workstation_id
        if name is not UNSET:
            field_dict["name"] = name
        if start_time is not UNSET:
            field_dict["startTime"] = start_time
        if finish_time is not UNSET:
            field_dict["finishTime"] = finish_time
        if duration is not UNSET:
            field_dict["duration"] = duration
        if sequences is not UNSET:
            field_dict["sequences"] = sequences
        if employees is not UNSET:
            field_dict["employees"] = employees
        if material_lots is not UNSET:
            field_dict["materialLots"] = material_lots
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if process_parameters is not UNSET:
            field_dict["processParameters"] = process_parameters
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.id_and_amount_sequence_representation import IdAndAmountSequenceRepresentation  # noqa: PLC0415
        from ..models.short_object_representation import ShortObjectRepresentation  # noqa: PLC0415

        (
            (
                workstation_id,
                _in_name,
                _in_start_time,
                _in_finish_time,
                _in_duration,
                _in_sequences,
                _in_employees,
                _in_material_lots,
                _in_instructions,
                _in_process_parameters,
                _in_status,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

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

        duration: int | None | Unset = _in_duration

        _sequences = _in_sequences
        sequences: list[IdAndAmountSequenceRepresentation] | Unset = UNSET
        if _sequences is not UNSET:
            sequences = []
            for sequences_item_data in _sequences:
                sequences_item = IdAndAmountSequenceRepresentation.from_dict(sequences_item_data)

                sequences.append(sequences_item)

        _employees = _in_employees
        employees: list[ShortObjectRepresentation] | Unset = UNSET
        if _employees is not UNSET:
            employees = []
            for employees_item_data in _employees:
                employees_item = ShortObjectRepresentation.from_dict(employees_item_data)

                employees.append(employees_item)

        _material_lots = _in_material_lots
        material_lots: list[ShortObjectRepresentation] | Unset = UNSET
        if _material_lots is not UNSET:
            material_lots = []
            for material_lots_item_data in _material_lots:
                material_lots_item = ShortObjectRepresentation.from_dict(material_lots_item_data)

                material_lots.append(material_lots_item)

        instructions: None | str | Unset = _in_instructions

        process_parameters: None | str | Unset = _in_process_parameters

        _status = _in_status
        status: JobUpdateStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = cast("JobUpdateStatus", JobUpdateStatus._value2member_map_[_status])
            except (KeyError, TypeError):
                status = JobUpdateStatus(_status)

        if cls is JobUpdate:
            job_update = cls(
                workstation_id,
                name,
                start_time,
                finish_time,
                duration,
                sequences,
                employees,
                material_lots,
                instructions,
                process_parameters,
                status,
            )
        else:
            job_update = cls(
                workstation_id=workstation_id,
                name=name,
                start_time=start_time,
                finish_time=finish_time,
                duration=duration,
                sequences=sequences,
                employees=employees,
                material_lots=material_lots,
                instructions=instructions,
                process_parameters=process_parameters,
                status=status,
            )

        job_update.additional_properties = d
        return job_update

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
        "name",
        "startTime",
        "finishTime",
        "duration",
        "sequences",
        "employees",
        "materialLots",
        "instructions",
        "processParameters",
        "status",
    ),
    unset=UNSET,
)
