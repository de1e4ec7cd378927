from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkflowStep")


@_attrs_define
class WorkflowStep:
    """
    Attributes:
        id (int | Unset):
        name (str | Unset):
        category (str | Unset):  Example: printing.
        processing_type (str | Unset):  Example: single.
        is_automated (bool | Unset):
    """

    id: int | Unset = UNSET
    name: str | Unset = UNSET
    category: str | Unset = UNSET
    processing_type: str | Unset = UNSET
    is_automated: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        category = self.category

        processing_type = self.processing_type

        is_automated = self.is_automated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if category is not UNSET:
            field_dict["category"] = category
        if processing_type is not UNSET:
            field_dict["processingType"] = processing_type
        if is_automated is not UNSET:
            field_dict["isAutomated"] = is_automated

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                id,
                name,
                category,
                processing_type,
                is_automated,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is WorkflowStep:
            workflow_step = cls(
                id,
                name,
                category,
                processing_type,
                is_automated,
            )
        else:
            workflow_step = cls(
                id=id,
                name=name,
                category=category,
                processing_type=processing_type,
                is_automated=is_automated,
            )

        workflow_step.additional_properties = d
        return workflow_step

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
        "name",
        "category",
        "processingType",
        "isAutomated",
    ),
    unset=UNSET,
)
