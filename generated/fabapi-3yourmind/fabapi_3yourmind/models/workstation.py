from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="Workstation")


@_attrs_define
class Workstation:
    """A workstation: a printer or a processing station in the MES.

    Attributes:
        id (int | Unset):
        unread_count (int | Unset):
        running_machine_job_id (int | None | Unset):
        next_mes_job_id (int | None | Unset):
        machine (None | OpenObject | Unset):
        current_materials (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        order (int | Unset):
        allow_repeated_part_sequence_scheduling (bool | Unset):
        name (str | Unset):
        description (None | str | Unset):
        bounding_box_3_d (bool | None | Unset):
        dimension_x (int | Unset):
        dimension_y (int | Unset):
        dimension_z (int | Unset):
        materials (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        show_in_scheduler (bool | Unset):
        type_ (str | Unset):  Example: printing.
        volume (float | Unset):
        form (int | None | Unset):
        technology (int | None | Unset):
    """

    id: int | Unset = UNSET
    unread_count: int | Unset = UNSET
    running_machine_job_id: int | None | Unset = UNSET
    next_mes_job_id: int | None | Unset = UNSET
    machine: None | OpenObject | Unset = UNSET
    current_materials: list[Any] | Unset = UNSET
    order: int | Unset = UNSET
    allow_repeated_part_sequence_scheduling: bool | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    bounding_box_3_d: bool | None | Unset = UNSET
    dimension_x: int | Unset = UNSET
    dimension_y: int | Unset = UNSET
    dimension_z: int | Unset = UNSET
    materials: list[Any] | Unset = UNSET
    show_in_scheduler: bool | Unset = UNSET
    type_: str | Unset = UNSET
    volume: float | Unset = UNSET
    form: int | None | Unset = UNSET
    technology: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        id = self.id

        unread_count = self.unread_count

        running_machine_job_id: int | None | Unset
        if isinstance(self.running_machine_job_id, Unset):
            running_machine_job_id = UNSET
        else:
            running_machine_job_id = self.running_machine_job_id

        next_mes_job_id: int | None | Unset
        if isinstance(self.next_mes_job_id, Unset):
            next_mes_job_id = UNSET
        else:
            next_mes_job_id = self.next_mes_job_id

        machine: dict[str, Any] | None | Unset
        if isinstance(self.machine, Unset):
            machine = UNSET
        elif isinstance(self.machine, OpenObject):
            machine = self.machine.to_dict()
        else:
            machine = self.machine

        current_materials: list[Any] | Unset = UNSET
        if not isinstance(self.current_materials, Unset):
            current_materials = self.current_materials

        order = self.order

        allow_repeated_part_sequence_scheduling = self.allow_repeated_part_sequence_scheduling

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        bounding_box_3_d: bool | None | Unset
        if isinstance(self.bounding_box_3_d, Unset):
            bounding_box_3_d = UNSET
        else:
            bounding_box_3_d = self.bounding_box_3_d

        dimension_x = self.dimension_x

        dimension_y = self.dimension_y

        dimension_z = self.dimension_z

        materials: list[Any] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = self.materials

        show_in_scheduler = self.show_in_scheduler

        type_ = self.type_

        volume = self.volume

        form: int | None | Unset
        if isinstance(self.form, Unset):
            form = UNSET
        else:
            form = self.form

        technology: int | None | Unset
        if isinstance(self.technology, Unset):
            technology = UNSET
        else:
            technology = self.technology

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if unread_count is not UNSET:
            field_dict["unreadCount"] = unread_count
        if running_machine_job_id is not UNSET:
            field_dict["runningMachineJobId"] = running_machine_job_id
        if next_mes_job_id is not UNSET:
            field_dict["nextMesJobId"] = next_mes_job_id
        if machine is not UNSET:
            field_dict["machine"] = machine
        if current_materials is not UNSET:
            field_dict["currentMaterials"] = current_materials
        if order is not UNSET:
            field_dict["order"] = order
        if allow_repeated_part_sequence_scheduling is not UNSET:
            field_dict["allowRepeatedPartSequenceScheduling"] = allow_repeated_part_sequence_scheduling
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if bounding_box_3_d is not UNSET:
            field_dict["boundingBox3d"] = bounding_box_3_d
        if dimension_x is not UNSET:
            field_dict["dimensionX"] = dimension_x
        if dimension_y is not UNSET:
            field_dict["dimensionY"] = dimension_y
        if dimension_z is not UNSET:
            field_dict["dimensionZ"] = dimension_z
        if materials is not UNSET:
            field_dict["materials"] = materials
        if show_in_scheduler is not UNSET:
            field_dict["showInScheduler"] = show_in_scheduler
        if type_ is not UNSET:
            field_dict["type"] = type_
        if volume is not UNSET:
            field_dict["volume"] = volume
        if form is not UNSET:
            field_dict["form"] = form
        if technology is not UNSET:
            field_dict["technology"] = technology

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                id,
                unread_count,
                _in_running_machine_job_id,
                _in_next_mes_job_id,
                _in_machine,
                _in_current_materials,
                order,
                allow_repeated_part_sequence_scheduling,
                name,
                _in_description,
                _in_bounding_box_3_d,
                dimension_x,
                dimension_y,
                dimension_z,
                _in_materials,
                show_in_scheduler,
                type_,
                volume,
                _in_form,
                _in_technology,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        running_machine_job_id: int | None | Unset = _in_running_machine_job_id

        next_mes_job_id: int | None | Unset = _in_next_mes_job_id

        _machine = _in_machine
        machine: None | OpenObject | Unset
        if _machine is None or _machine is UNSET:
            machine = _machine
        else:
            try:
                if not isinstance(_machine, dict):
                    raise TypeError()
                machine_type_0 = OpenObject.from_dict(_machine)

                machine = machine_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                machine = _machine

        current_materials = cast(list[Any], _in_current_materials)

        description: None | str | Unset = _in_description

        bounding_box_3_d: bool | None | Unset = _in_bounding_box_3_d

        materials = cast(list[Any], _in_materials)

        form: int | None | Unset = _in_form

        technology: int | None | Unset = _in_technology

        if cls is Workstation:
            workstation = cls(
                id,
                unread_count,
                running_machine_job_id,
                next_mes_job_id,
                machine,
                current_materials,
                order,
                allow_repeated_part_sequence_scheduling,
                name,
                description,
                bounding_box_3_d,
                dimension_x,
                dimension_y,
                dimension_z,
                materials,
                show_in_scheduler,
                type_,
                volume,
                form,
                technology,
            )
        else:
            workstation = cls(
                id=id,
                unread_count=unread_count,
                running_machine_job_id=running_machine_job_id,
                next_mes_job_id=next_mes_job_id,
                machine=machine,
                current_materials=current_materials,
                order=order,
                allow_repeated_part_sequence_scheduling=allow_repeated_part_sequence_scheduling,
                name=name,
                description=description,
                bounding_box_3_d=bounding_box_3_d,
                dimension_x=dimension_x,
                dimension_y=dimension_y,
                dimension_z=dimension_z,
                materials=materials,
                show_in_scheduler=show_in_scheduler,
                type_=type_,
                volume=volume,
                form=form,
                technology=technology,
            )

        workstation.additional_properties = d
        return workstation

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
        "id",
        "unreadCount",
        "runningMachineJobId",
        "nextMesJobId",
        "machine",
        "currentMaterials",
        "order",
        "allowRepeatedPartSequenceScheduling",
        "name",
        "description",
        "boundingBox3d",
        "dimensionX",
        "dimensionY",
        "dimensionZ",
        "materials",
        "showInScheduler",
        "type",
        "volume",
        "form",
        "technology",
    ),
    unset=UNSET,
)
