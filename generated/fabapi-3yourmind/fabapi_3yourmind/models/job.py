from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

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

        (
            (
                workstation_id,
                _in_name,
                _in_start_time,
                _in_finish_time,
                id,
                _in_created_at,
                _in_duration,
                created_by_name,
                workstation_name,
                workstation_description,
                _in_attachments,
                _in_materials,
                _in_machine_job,
                _in_build_file_attachment,
                _in_suitable_material_lots,
                _in_job_requirements,
                _in_sequences,
                _in_employees,
                _in_material_lots,
                _in_instructions,
                _in_process_parameters,
                status,
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

        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        duration: int | None | Unset = _in_duration

        attachments = cast(list[Any], _in_attachments)

        materials = cast(list[Any], _in_materials)

        _machine_job = _in_machine_job
        machine_job: None | OpenObject | Unset
        if _machine_job is None or _machine_job is UNSET:
            machine_job = _machine_job
        else:
            try:
                if not isinstance(_machine_job, dict):
                    raise TypeError()
                machine_job_type_0 = OpenObject.from_dict(_machine_job)

                machine_job = machine_job_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                machine_job = _machine_job

        _build_file_attachment = _in_build_file_attachment
        build_file_attachment: None | OpenObject | Unset
        if _build_file_attachment is None or _build_file_attachment is UNSET:
            build_file_attachment = _build_file_attachment
        else:
            try:
                if not isinstance(_build_file_attachment, dict):
                    raise TypeError()
                build_file_attachment_type_0 = OpenObject.from_dict(_build_file_attachment)

                build_file_attachment = build_file_attachment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                build_file_attachment = _build_file_attachment

        suitable_material_lots = cast(list[Any], _in_suitable_material_lots)

        _job_requirements = _in_job_requirements
        job_requirements: None | OpenObject | Unset
        if _job_requirements is None or _job_requirements is UNSET:
            job_requirements = _job_requirements
        else:
            try:
                if not isinstance(_job_requirements, dict):
                    raise TypeError()
                job_requirements_type_0 = OpenObject.from_dict(_job_requirements)

                job_requirements = job_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                job_requirements = _job_requirements

        sequences = cast(list[Any], _in_sequences)

        employees = cast(list[Any], _in_employees)

        material_lots = cast(list[Any], _in_material_lots)

        instructions: None | str | Unset = _in_instructions

        process_parameters: None | str | Unset = _in_process_parameters

        if cls is Job:
            job = cls(
                workstation_id,
                name,
                start_time,
                finish_time,
                id,
                created_at,
                duration,
                created_by_name,
                workstation_name,
                workstation_description,
                attachments,
                materials,
                machine_job,
                build_file_attachment,
                suitable_material_lots,
                job_requirements,
                sequences,
                employees,
                material_lots,
                instructions,
                process_parameters,
                status,
            )
        else:
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


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "workstationId",
        "name",
        "startTime",
        "finishTime",
        "id",
        "createdAt",
        "duration",
        "createdByName",
        "workstationName",
        "workstationDescription",
        "attachments",
        "materials",
        "machineJob",
        "buildFileAttachment",
        "suitableMaterialLots",
        "jobRequirements",
        "sequences",
        "employees",
        "materialLots",
        "instructions",
        "processParameters",
        "status",
    ),
    unset=UNSET,
)
