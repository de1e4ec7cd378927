from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_uuid

from ..types import UNSET, Unset

T = TypeVar("T", bound="PoseView")


@_attrs_define
class PoseView:
    """
    Attributes:
        id (UUID | Unset):
        x (int | Unset):
        y (int | Unset):
        theta (int | Unset):
    """

    id: UUID | Unset = UNSET
    x: int | Unset = UNSET
    y: int | Unset = UNSET
    theta: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        x = self.x

        y = self.y

        theta = self.theta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if x is not UNSET:
            field_dict["x"] = x
        if y is not UNSET:
            field_dict["y"] = y
        if theta is not UNSET:
            field_dict["theta"] = theta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_id,
                x,
                y,
                theta,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _id = _in_id
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = parse_uuid(_id)

        if cls is PoseView:
            pose_view = cls(
                id,
                x,
                y,
                theta,
            )
        else:
            pose_view = cls(
                id=id,
                x=x,
                y=y,
                theta=theta,
            )

        pose_view.additional_properties = d
        return pose_view

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
        "x",
        "y",
        "theta",
    ),
    unset=UNSET,
)
