from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStatusCreate")


@_attrs_define
class WorkflowStatusCreate:
    """
    Attributes:
        workflow_step_id (int):
        estimated_duration (int | None):
        production_sheet (bool):
        possible_workstations (list[int]):
        description (None | str | Unset):
        position (int | Unset):
    """

    workflow_step_id: int
    estimated_duration: int | None
    production_sheet: bool
    possible_workstations: list[int]
    description: None | str | Unset = UNSET
    position: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workflow_step_id = self.workflow_step_id

        estimated_duration: int | None
        estimated_duration = self.estimated_duration

        production_sheet = self.production_sheet

        possible_workstations = self.possible_workstations

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        position = self.position

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflowStepId": workflow_step_id,
                "estimatedDuration": estimated_duration,
                "productionSheet": production_sheet,
                "possibleWorkstations": possible_workstations,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if position is not UNSET:
            field_dict["position"] = position

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                workflow_step_id,
                _in_estimated_duration,
                production_sheet,
                _in_possible_workstations,
                _in_description,
                position,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        estimated_duration: int | None = _in_estimated_duration

        possible_workstations = cast(list[int], _in_possible_workstations)

        description: None | str | Unset = _in_description

        if cls is WorkflowStatusCreate:
            workflow_status_create = cls(
                workflow_step_id,
                estimated_duration,
                production_sheet,
                possible_workstations,
                description,
                position,
            )
        else:
            workflow_status_create = cls(
                workflow_step_id=workflow_step_id,
                estimated_duration=estimated_duration,
                production_sheet=production_sheet,
                possible_workstations=possible_workstations,
                description=description,
                position=position,
            )

        workflow_status_create.additional_properties = d
        return workflow_status_create

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
        "workflowStepId",
        "estimatedDuration",
        "productionSheet",
        "possibleWorkstations",
    ),
    optional=(
        "description",
        "position",
    ),
    unset=UNSET,
)
