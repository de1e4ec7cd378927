from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="ApproveBuildsRequest")


@_attrs_define
class ApproveBuildsRequest:
    """
    Attributes:
        builds (list[UUID]): IDs of builds to approve
    """

    builds: list[UUID]

    def to_dict(self) -> dict[str, Any]:
        builds = []
        for builds_item_data in self.builds:
            builds_item = str(builds_item_data)
            builds.append(builds_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "builds": builds,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        builds = []
        _builds = d.pop("builds")
        for builds_item_data in _builds:
            builds_item = UUID(builds_item_data)

            builds.append(builds_item)

        approve_builds_request = cls(
            builds=builds,
        )

        return approve_builds_request
