from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..models.workstation_create_type import WorkstationCreateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.material import Material


T = TypeVar("T", bound="WorkstationCreate")


@_attrs_define
class WorkstationCreate:
    """
    Attributes:
        name (str):
        dimension_x (int):
        dimension_y (int):
        dimension_z (int):
        materials (list[Material]):
        allow_repeated_part_sequence_scheduling (bool | Unset):
        description (None | str | Unset):
        bounding_box_3_d (bool | None | Unset):
        show_in_scheduler (bool | Unset):
        type_ (WorkstationCreateType | Unset):
        current_materials (list[Material] | Unset):
        form (int | None | Unset):
        technology (int | None | Unset):
    """

    name: str
    dimension_x: int
    dimension_y: int
    dimension_z: int
    materials: list[Material]
    allow_repeated_part_sequence_scheduling: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    bounding_box_3_d: bool | None | Unset = UNSET
    show_in_scheduler: bool | Unset = UNSET
    type_: WorkstationCreateType | Unset = UNSET
    current_materials: list[Material] | Unset = UNSET
    form: int | None | Unset = UNSET
    technology: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        dimension_x = self.dimension_x

        dimension_y = self.dimension_y

        dimension_z = self.dimension_z

        materials = []
        for materials_item_data in self.materials:
            materials_item = materials_item_data.to_dict()
            materials.append(materials_item)

        allow_repeated_part_sequence_scheduling = self.allow_repeated_part_sequence_scheduling

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

        show_in_scheduler = self.show_in_scheduler

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        current_materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.current_materials, Unset):
            current_materials = []
            for current_materials_item_data in self.current_materials:
                current_materials_item = current_materials_item_data.to_dict()
                current_materials.append(current_materials_item)

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
        field_dict.update(
            {
                "name": name,
                "dimensionX": dimension_x,
                "dimensionY": dimension_y,
                "dimensionZ": dimension_z,
                "materials": materials,
            }
        )
        if allow_repeated_part_sequence_scheduling is not UNSET:
            field_dict["allowRepeatedPartSequenceScheduling"] = allow_repeated_part_sequence_scheduling
        if description is not UNSET:
            field_dict["description"] = description
        if bounding_box_3_d is not UNSET:
            field_dict["boundingBox3d"] = bounding_box_3_d
        if show_in_scheduler is not UNSET:
            field_dict["showInScheduler"] = show_in_scheduler
        if type_ is not UNSET:
            field_dict["type"] = type_
        if current_materials is not UNSET:
            field_dict["currentMaterials"] = current_materials
        if form is not UNSET:
            field_dict["form"] = form
        if technology is not UNSET:
            field_dict["technology"] = technology

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.material import Material  # noqa: PLC0415

        (
            (
                name,
                dimension_x,
                dimension_y,
                dimension_z,
                _in_materials,
                allow_repeated_part_sequence_scheduling,
                _in_description,
                _in_bounding_box_3_d,
                show_in_scheduler,
                _in_type_,
                _in_current_materials,
                _in_form,
                _in_technology,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        materials = []
        _materials = _in_materials
        for materials_item_data in _materials:
            materials_item = Material.from_dict(materials_item_data)

            materials.append(materials_item)

        description: None | str | Unset = _in_description

        bounding_box_3_d: bool | None | Unset = _in_bounding_box_3_d

        _type_ = _in_type_
        type_: WorkstationCreateType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = cast("WorkstationCreateType", WorkstationCreateType._value2member_map_[_type_])
            except (KeyError, TypeError):
                type_ = WorkstationCreateType(_type_)

        _current_materials = _in_current_materials
        current_materials: list[Material] | Unset = UNSET
        if _current_materials is not UNSET:
            current_materials = []
            for current_materials_item_data in _current_materials:
                current_materials_item = Material.from_dict(current_materials_item_data)

                current_materials.append(current_materials_item)

        form: int | None | Unset = _in_form

        technology: int | None | Unset = _in_technology

        if cls is WorkstationCreate:
            workstation_create = cls(
                name,
                dimension_x,
                dimension_y,
                dimension_z,
                materials,
                allow_repeated_part_sequence_scheduling,
                description,
                bounding_box_3_d,
                show_in_scheduler,
                type_,
                current_materials,
                form,
                technology,
            )
        else:
            workstation_create = cls(
                name=name,
                dimension_x=dimension_x,
                dimension_y=dimension_y,
                dimension_z=dimension_z,
                materials=materials,
                allow_repeated_part_sequence_scheduling=allow_repeated_part_sequence_scheduling,
                description=description,
                bounding_box_3_d=bounding_box_3_d,
                show_in_scheduler=show_in_scheduler,
                type_=type_,
                current_materials=current_materials,
                form=form,
                technology=technology,
            )

        workstation_create.additional_properties = d
        return workstation_create

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
        "name",
        "dimensionX",
        "dimensionY",
        "dimensionZ",
        "materials",
    ),
    optional=(
        "allowRepeatedPartSequenceScheduling",
        "description",
        "boundingBox3d",
        "showInScheduler",
        "type",
        "currentMaterials",
        "form",
        "technology",
    ),
    unset=UNSET,
)
