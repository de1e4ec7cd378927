from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStatusUpdate")


@_attrs_define
class WorkflowStatusUpdate:
    """
    Attributes:
        description (None | str | Unset):
        workflow_step_id (int | Unset):
        estimated_duration (int | None | Unset):
        position (int | Unset):
        production_sheet (bool | Unset):
        possible_workstations (list[int] | Unset):
    """

    description: None | str | Unset = UNSET
    workflow_step_id: int | Unset = UNSET
    estimated_duration: int | None | Unset = UNSET
    position: int | Unset = UNSET
    production_sheet: bool | Unset = UNSET
    possible_workstations: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        workflow_step_id = self.workflow_step_id

        estimated_duration: int | None | Unset
        if isinstance(self.estimated_duration, Unset):
            estimated_duration = UNSET
        else:
            estimated_duration = self.estimated_duration

        position = self.position

        production_sheet = self.production_sheet

        possible_workstations: list[int] | Unset = UNSET
        if not isinstance(self.possible_workstations, Unset):
            possible_workstations = self.possible_workstations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if workflow_step_id is not UNSET:
            field_dict["workflowStepId"] = workflow_step_id
        if estimated_duration is not UNSET:
            field_dict["estimatedDuration"] = estimated_duration
        if position is not UNSET:
            field_dict["position"] = position
        if production_sheet is not UNSET:
            field_dict["productionSheet"] = production_sheet
        if possible_workstations is not UNSET:
            field_dict["possibleWorkstations"] = possible_workstations

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_description,
                workflow_step_id,
                _in_estimated_duration,
                position,
                production_sheet,
                _in_possible_workstations,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        description: None | str | Unset = _in_description

        estimated_duration: int | None | Unset = _in_estimated_duration

        possible_workstations = cast(list[int], _in_possible_workstations)

        if cls is WorkflowStatusUpdate:
            workflow_status_update = cls(
                description,
                workflow_step_id,
                estimated_duration,
                position,
                production_sheet,
                possible_workstations,
            )
        else:
            workflow_status_update = cls(
                description=description,
                workflow_step_id=workflow_step_id,
                estimated_duration=estimated_duration,
                position=position,
                production_sheet=production_sheet,
                possible_workstations=possible_workstations,
            )

        workflow_status_update.additional_properties = d
        return workflow_status_update

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
        "description",
        "workflowStepId",
        "estimatedDuration",
        "position",
        "productionSheet",
        "possibleWorkstations",
    ),
    unset=UNSET,
)
