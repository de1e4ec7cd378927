from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..models.workstation_update_type import WorkstationUpdateType
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.material import Material


T = TypeVar("T", bound="WorkstationUpdate")


@_attrs_define
class WorkstationUpdate:
    """
    Attributes:
        allow_repeated_part_sequence_scheduling (bool | Unset):
        name (str | Unset):
        dimension_x (int | Unset):
        dimension_y (int | Unset):
        dimension_z (int | Unset):
        materials (list[Material] | Unset):
        description (None | str | Unset):
        bounding_box_3_d (bool | None | Unset):
        show_in_scheduler (bool | Unset):
        type_ (WorkstationUpdateType | Unset):
        current_materials (list[Material] | Unset):
        form (int | None | Unset):
        technology (int | None | Unset):
    """

    allow_repeated_part_sequence_scheduling: bool | Unset = UNSET
    name: str | Unset = UNSET
    dimension_x: int | Unset = UNSET
    dimension_y: int | Unset = UNSET
    dimension_z: int | Unset = UNSET
    materials: list[Material] | Unset = UNSET
    description: None | str | Unset = UNSET
    bounding_box_3_d: bool | None | Unset = UNSET
    show_in_scheduler: bool | Unset = UNSET
    type_: WorkstationUpdateType | Unset = UNSET
    current_materials: list[Material] | Unset = UNSET
    form: int | None | Unset = UNSET
    technology: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        allow_repeated_part_sequence_scheduling = self.allow_repeated_part_sequence_scheduling

        name = self.name

        dimension_x = self.dimension_x

        dimension_y = self.dimension_y

        dimension_z = self.dimension_z

        materials: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.materials, Unset):
            materials = []
            for materials_item_data in self.materials:
                materials_item = materials_item_data.to_dict()
                materials.append(materials_item)

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
        field_dict.update({})
        if allow_repeated_part_sequence_scheduling is not UNSET:
            field_dict["allowRepeatedPartSequenceScheduling"] = allow_repeated_part_sequence_scheduling
        if name is not UNSET:
            field_dict["name"] = name
        if dimension_x is not UNSET:
            field_dict["dimensionX"] = dimension_x
        if dimension_y is not UNSET:
            field_dict["dimensionY"] = dimension_y
        if dimension_z is not UNSET:
            field_dict["dimensionZ"] = dimension_z
        if materials is not UNSET:
            field_dict["materials"] = materials
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
                allow_repeated_part_sequence_scheduling,
                name,
                dimension_x,
                dimension_y,
                dimension_z,
                _in_materials,
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

        _materials = _in_materials
        materials: list[Material] | Unset = UNSET
        if _materials is not UNSET:
            materials = []
            for materials_item_data in _materials:
                materials_item = Material.from_dict(materials_item_data)

                materials.append(materials_item)

        description: None | str | Unset = _in_description

        bounding_box_3_d: bool | None | Unset = _in_bounding_box_3_d

        _type_ = _in_type_
        type_: WorkstationUpdateType | Unset
        if _type_ is UNSET:
            type_ = UNSET
        else:
            try:
                type_ = cast("WorkstationUpdateType", WorkstationUpdateType._value2member_map_[_type_])
            except (KeyError, TypeError):
                type_ = WorkstationUpdateType(_type_)

        _current_materials = _in_current_materials
        current_materials: list[Material] | Unset = UNSET
        if _current_materials is not UNSET:
            current_materials = []
            for current_materials_item_data in _current_materials:
                current_materials_item = Material.from_dict(current_materials_item_data)

                current_materials.append(current_materials_item)

        form: int | None | Unset = _in_form

        technology: int | None | Unset = _in_technology

        if cls is WorkstationUpdate:
            workstation_update = cls(
                allow_repeated_part_sequence_scheduling,
                name,
                dimension_x,
                dimension_y,
                dimension_z,
                materials,
                description,
                bounding_box_3_d,
                show_in_scheduler,
                type_,
                current_materials,
                form,
                technology,
            )
        else:
            workstation_update = cls(
                allow_repeated_part_sequence_scheduling=allow_repeated_part_sequence_scheduling,
                name=name,
                dimension_x=dimension_x,
                dimension_y=dimension_y,
                dimension_z=dimension_z,
                materials=materials,
                description=description,
                bounding_box_3_d=bounding_box_3_d,
                show_in_scheduler=show_in_scheduler,
                type_=type_,
                current_materials=current_materials,
                form=form,
                technology=technology,
            )

        workstation_update.additional_properties = d
        return workstation_update

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
        "allowRepeatedPartSequenceScheduling",
        "name",
        "dimensionX",
        "dimensionY",
        "dimensionZ",
        "materials",
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
