from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """
    Attributes:
        project_id (str | Unset):
        name (str | Unset):
        studio_id (str | Unset):
    """

    project_id: str | Unset = UNSET
    name: str | Unset = UNSET
    studio_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        project_id = self.project_id

        name = self.name

        studio_id = self.studio_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if project_id is not UNSET:
            field_dict["projectID"] = project_id
        if name is not UNSET:
            field_dict["name"] = name
        if studio_id is not UNSET:
            field_dict["studioID"] = studio_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                project_id,
                name,
                studio_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is Project:
            project = cls(
                project_id,
                name,
                studio_id,
            )
        else:
            project = cls(
                project_id=project_id,
                name=name,
                studio_id=studio_id,
            )

        project.additional_properties = d
        return project

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
        "projectID",
        "name",
        "studioID",
    ),
    unset=UNSET,
)
