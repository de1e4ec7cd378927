from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProcessResponse")


@_attrs_define
class ProcessResponse:
    """
    Attributes:
        status (str):
        request_id (str):
        dev_id (str | Unset):
        message (str | Unset):
    """

    status: str
    request_id: str
    dev_id: str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        request_id = self.request_id

        dev_id = self.dev_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "requestID": request_id,
            }
        )
        if dev_id is not UNSET:
            field_dict["devID"] = dev_id
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                status,
                request_id,
                dev_id,
                message,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is ProcessResponse:
            process_response = cls(
                status,
                request_id,
                dev_id,
                message,
            )
        else:
            process_response = cls(
                status=status,
                request_id=request_id,
                dev_id=dev_id,
                message=message,
            )

        process_response.additional_properties = d
        return process_response

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
        "status",
        "requestID",
    ),
    optional=(
        "devID",
        "message",
    ),
    unset=UNSET,
)
