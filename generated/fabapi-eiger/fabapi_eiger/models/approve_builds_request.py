from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from fabapi_core import Properties, parse_uuid

from ..types import UNSET

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
        (_in_builds,), d = _PROPERTIES.split(src_dict)
        builds = []
        _builds = _in_builds
        for builds_item_data in _builds:
            builds_item = parse_uuid(builds_item_data)

            builds.append(builds_item)

        if cls is ApproveBuildsRequest:
            approve_builds_request = cls(
                builds,
            )
        else:
            approve_builds_request = cls(
                builds=builds,
            )

        return approve_builds_request


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=("builds",),
    optional=(),
    unset=UNSET,
)
