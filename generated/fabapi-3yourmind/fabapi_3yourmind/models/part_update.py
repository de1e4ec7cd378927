from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="PartUpdate")


@_attrs_define
class PartUpdate:
    """Part detail

    Attributes:
        target_date (datetime.date | None | Unset):
        instructions (str | Unset):
        status_id (int | Unset):
        uuid (str | Unset):
        move_to_next_status (bool | Unset):
        workflow_template_id (int | Unset):
        employees (list[OpenObject] | Unset): Collapsed in the seed.
    """

    target_date: datetime.date | None | Unset = UNSET
    instructions: str | Unset = UNSET
    status_id: int | Unset = UNSET
    uuid: str | Unset = UNSET
    move_to_next_status: bool | Unset = UNSET
    workflow_template_id: int | Unset = UNSET
    employees: list[OpenObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_date: None | str | Unset
        if isinstance(self.target_date, Unset):
            target_date = UNSET
        elif isinstance(self.target_date, datetime.date):
            target_date = self.target_date.isoformat()
        else:
            target_date = self.target_date

        instructions = self.instructions

        status_id = self.status_id

        uuid = self.uuid

        move_to_next_status = self.move_to_next_status

        workflow_template_id = self.workflow_template_id

        employees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.employees, Unset):
            employees = []
            for employees_item_data in self.employees:
                employees_item = employees_item_data.to_dict()
                employees.append(employees_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_date is not UNSET:
            field_dict["targetDate"] = target_date
        if instructions is not UNSET:
            field_dict["instructions"] = instructions
        if status_id is not UNSET:
            field_dict["statusId"] = status_id
        if uuid is not UNSET:
            field_dict["uuid"] = uuid
        if move_to_next_status is not UNSET:
            field_dict["moveToNextStatus"] = move_to_next_status
        if workflow_template_id is not UNSET:
            field_dict["workflowTemplateId"] = workflow_template_id
        if employees is not UNSET:
            field_dict["employees"] = employees

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                _in_target_date,
                instructions,
                status_id,
                uuid,
                move_to_next_status,
                workflow_template_id,
                _in_employees,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _target_date = _in_target_date
        target_date: datetime.date | None | Unset
        if _target_date is None or _target_date is UNSET:
            target_date = _target_date
        else:
            try:
                if not isinstance(_target_date, str):
                    raise TypeError()
                target_date_type_0 = datetime.date.fromisoformat(_target_date)

                target_date = target_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                target_date = _target_date

        _employees = _in_employees
        employees: list[OpenObject] | Unset = UNSET
        if _employees is not UNSET:
            employees = []
            for employees_item_data in _employees:
                employees_item = OpenObject.from_dict(employees_item_data)

                employees.append(employees_item)

        if cls is PartUpdate:
            part_update = cls(
                target_date,
                instructions,
                status_id,
                uuid,
                move_to_next_status,
                workflow_template_id,
                employees,
            )
        else:
            part_update = cls(
                target_date=target_date,
                instructions=instructions,
                status_id=status_id,
                uuid=uuid,
                move_to_next_status=move_to_next_status,
                workflow_template_id=workflow_template_id,
                employees=employees,
            )

        part_update.additional_properties = d
        return part_update

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
        "targetDate",
        "instructions",
        "statusId",
        "uuid",
        "moveToNextStatus",
        "workflowTemplateId",
        "employees",
    ),
    unset=UNSET,
)
