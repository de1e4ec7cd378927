from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="AppendToDeviceQueueRequest")


@_attrs_define
class AppendToDeviceQueueRequest:
    """
    Attributes:
        build (UUID): ID of build to append to queue
    """

    build: UUID

    def to_dict(self) -> dict[str, Any]:
        build = str(self.build)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "build": build,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        build = UUID(d.pop("build"))

        append_to_device_queue_request = cls(
            build=build,
        )

        return append_to_device_queue_request
