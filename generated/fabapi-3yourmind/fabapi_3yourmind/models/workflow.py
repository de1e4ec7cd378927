from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="Workflow")


@_attrs_define
class Workflow:
    """A workflow (template or a part's instance) with its statuses.

    Attributes:
        description (None | str | Unset):
        id (int | Unset):
        name (str | Unset):
        statuses (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
    """

    description: None | str | Unset = UNSET
    id: int | Unset = UNSET
    name: str | Unset = UNSET
    statuses: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        id = self.id

        name = self.name

        statuses: list[Any] | Unset = UNSET
        if not isinstance(self.statuses, Unset):
            statuses = self.statuses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if statuses is not UNSET:
            field_dict["statuses"] = statuses

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_description,
                id,
                name,
                _in_statuses,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        description: None | str | Unset = _in_description

        statuses = cast(list[Any], _in_statuses)

        if cls is Workflow:
            workflow = cls(
                description,
                id,
                name,
                statuses,
            )
        else:
            workflow = cls(
                description=description,
                id=id,
                name=name,
                statuses=statuses,
            )

        workflow.additional_properties = d
        return workflow

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
        "id",
        "name",
        "statuses",
    ),
    unset=UNSET,
)
