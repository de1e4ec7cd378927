from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.project import Project


T = TypeVar("T", bound="FetchProjectsResponse")


@_attrs_define
class FetchProjectsResponse:
    """
    Attributes:
        message (list[Project]):
        status (str | Unset):
    """

    message: list[Project]
    status: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        message = []
        for message_item_data in self.message:
            message_item = message_item_data.to_dict()
            message.append(message_item)

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.project import Project  # noqa: PLC0415

        (
            (
                _in_message,
                status,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        message = []
        _message = _in_message
        for message_item_data in _message:
            message_item = Project.from_dict(message_item_data)

            message.append(message_item)

        if cls is FetchProjectsResponse:
            fetch_projects_response = cls(
                message,
                status,
            )
        else:
            fetch_projects_response = cls(
                message=message,
                status=status,
            )

        fetch_projects_response.additional_properties = d
        return fetch_projects_response

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
    required=("message",),
    optional=("status",),
    unset=UNSET,
)
