from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)
        workstation_id = d.pop("workstationId", UNSET)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_start_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                start_time_type_0 = datetime.datetime.fromisoformat(data)

                return start_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        start_time = _parse_start_time(d.pop("startTime", UNSET))

        def _parse_finish_time(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finish_time_type_0 = datetime.datetime.fromisoformat(data)

                return finish_time_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        finish_time = _parse_finish_time(d.pop("finishTime", UNSET))

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        _sequences = d.pop("sequences", UNSET)
        sequences: list[IdAndAmountSequenceRepresentation] | Unset = UNSET
        if _sequences is not UNSET:
            sequences = []
            for sequences_item_data in _sequences:
                sequences_item = IdAndAmountSequenceRepresentation.from_dict(sequences_item_data)

                sequences.append(sequences_item)

        _employees = d.pop("employees", UNSET)
        employees: list[ShortObjectRepresentation] | Unset = UNSET
        if _employees is not UNSET:
            employees = []
            for employees_item_data in _employees:
                employees_item = ShortObjectRepresentation.from_dict(employees_item_data)

                employees.append(employees_item)

        _material_lots = d.pop("materialLots", UNSET)
        material_lots: list[ShortObjectRepresentation] | Unset = UNSET
        if _material_lots is not UNSET:
            material_lots = []
            for material_lots_item_data in _material_lots:
                material_lots_item = ShortObjectRepresentation.from_dict(material_lots_item_data)

                material_lots.append(material_lots_item)

        def _parse_instructions(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        instructions = _parse_instructions(d.pop("instructions", UNSET))

        def _parse_process_parameters(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        process_parameters = _parse_process_parameters(d.pop("processParameters", UNSET))

        _status = d.pop("status", UNSET)
        status: JobUpdateStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = JobUpdateStatus(_status)

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
