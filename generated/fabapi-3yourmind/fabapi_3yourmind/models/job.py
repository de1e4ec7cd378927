from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="Job")


@_attrs_define
class Job:
    """An MES job: sequences of parts produced on one workstation in one time slot.

    Attributes:
        workstation_id (int | Unset):
        name (None | str | Unset):
        start_time (datetime.datetime | None | Unset):
        finish_time (datetime.datetime | None | Unset):
        id (int | Unset):
        created_at (datetime.datetime | Unset):
        duration (int | None | Unset):
        created_by_name (str | Unset):
        workstation_name (str | Unset):
        workstation_description (str | Unset):
        attachments (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        materials (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        machine_job (None | OpenObject | Unset):
        build_file_attachment (None | OpenObject | Unset):
        suitable_material_lots (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        job_requirements (None | OpenObject | Unset):
        sequences (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        employees (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        material_lots (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        instructions (None | str | Unset):
        process_parameters (None | str | Unset):
        status (str | Unset):  Example: unscheduled.
    """

    workstation_id: int | Unset = UNSET
    name: None | str | Unset = UNSET
    start_time: datetime.datetime | None | Unset = UNSET
    finish_time: datetime.datetime | None | Unset = UNSET
    id: int | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    duration: int | None | Unset = UNSET
    created_by_name: str | Unset = UNSET
    workstation_name: str | Unset = UNSET
    workstation_description: str | Unset = UNSET
    attachments: list[Any] | Unset = UNSET
    materials: list[Any] | Unset = UNSET
    machine_job: None | OpenObject | Unset = UNSET
    build_file_attachment: None | OpenObject | Unset = UNSET
    suitable_material_lots: list[Any] | Unset = UNSET
    job_requirements: None | OpenObject | Unset = UNSET
    sequences: list[Any] | Unset = UNSET
    employees: list[Any] | Unset = UNSET
    material_lots: list[Any] | Unset = UNSET
    instructions: None | str | Unset = UNSET
    process_parameters: None | str | Unset = UNSET
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

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

        id = self.id

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        duration: int | None | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        created_by_name = self.created_by_name

        workstation_name = self.workstation_name

        workstation_description = self.workstation_description

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        materials: list[Any] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = self.materials

        machine_job: dict[str, Any] | None | Unset
        if isinstance(self.machine_job, Unset):
            machine_job = UNSET
        elif isinstance(self.machine_job, OpenObject):
            machine_job = self.machine_job.to_dict()
        else:
            machine_job = self.machine_job

        build_file_attachment: dict[str, Any] | None | Unset
        if isinstance(self.build_file_attachment, Unset):
            build_file_attachment = UNSET
        elif isinstance(self.build_file_attachment, OpenObject):
            build_file_attachment = self.build_file_attachment.to_dict()
        else:
            build_file_attachment = self.build_file_attachment

        suitable_material_lots: list[Any] | Unset = UNSET
        if not isinstance(self.suitable_material_lots, Unset):
            suitable_material_lots = self.suitable_material_lots

        job_requirements: dict[str, Any] | None | Unset
        if isinstance(self.job_requirements, Unset):
            job_requirements = UNSET
        elif isinstance(self.job_requirements, OpenObject):
            job_requirements = self.job_requirements.to_dict()
        else:
            job_requirements = self.job_requirements

        sequences: list[Any] | Unset = UNSET
        if not isinstance(self.sequences, Unset):
            sequences = self.sequences

        employees: list[Any] | Unset = UNSET
        if not isinstance(self.employees, Unset):
            employees = self.employees

        material_lots: list[Any] | Unset = UNSET
        if not isinstance(self.material_lots, Unset):
            material_lots = self.material_lots

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

        status = self.status

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
        if id is not UNSET:
            field_dict["id"] = id
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if created_by_name is not UNSET:
            field_dict["createdByName"] = created_by_name
        if workstation_name is not UNSET:
            field_dict["workstationName"] = workstation_name
        if workstation_description is not UNSET:
            field_dict["workstationDescription"] = workstation_description
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if materials is not UNSET:
            field_dict["materials"] = materials
        if machine_job is not UNSET:
            field_dict["machineJob"] = machine_job
        if build_file_attachment is not UNSET:
            field_dict["buildFileAttachment"] = build_file_attachment
        if suitable_material_lots is not UNSET:
            field_dict["suitableMaterialLots"] = suitable_material_lots
        if job_requirements is not UNSET:
            field_dict["jobRequirements"] = job_requirements
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
        from ..models.open_object import OpenObject  # noqa: PLC0415

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

        id = d.pop("id", UNSET)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        def _parse_duration(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duration = _parse_duration(d.pop("duration", UNSET))

        created_by_name = d.pop("createdByName", UNSET)

        workstation_name = d.pop("workstationName", UNSET)

        workstation_description = d.pop("workstationDescription", UNSET)

        attachments = cast(list[Any], d.pop("attachments", UNSET))

        materials = cast(list[Any], d.pop("materials", UNSET))

        def _parse_machine_job(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                machine_job_type_0 = OpenObject.from_dict(data)

                return machine_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        machine_job = _parse_machine_job(d.pop("machineJob", UNSET))

        def _parse_build_file_attachment(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                build_file_attachment_type_0 = OpenObject.from_dict(data)

                return build_file_attachment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        build_file_attachment = _parse_build_file_attachment(d.pop("buildFileAttachment", UNSET))

        suitable_material_lots = cast(list[Any], d.pop("suitableMaterialLots", UNSET))

        def _parse_job_requirements(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                job_requirements_type_0 = OpenObject.from_dict(data)

                return job_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        job_requirements = _parse_job_requirements(d.pop("jobRequirements", UNSET))

        sequences = cast(list[Any], d.pop("sequences", UNSET))

        employees = cast(list[Any], d.pop("employees", UNSET))

        material_lots = cast(list[Any], d.pop("materialLots", UNSET))

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

        status = d.pop("status", UNSET)

        job = cls(
            workstation_id=workstation_id,
            name=name,
            start_time=start_time,
            finish_time=finish_time,
            id=id,
            created_at=created_at,
            duration=duration,
            created_by_name=created_by_name,
            workstation_name=workstation_name,
            workstation_description=workstation_description,
            attachments=attachments,
            materials=materials,
            machine_job=machine_job,
            build_file_attachment=build_file_attachment,
            suitable_material_lots=suitable_material_lots,
            job_requirements=job_requirements,
            sequences=sequences,
            employees=employees,
            material_lots=material_lots,
            instructions=instructions,
            process_parameters=process_parameters,
            status=status,
        )

        job.additional_properties = d
        return job

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
