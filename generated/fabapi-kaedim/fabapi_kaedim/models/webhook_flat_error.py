from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookFlatError")


@_attrs_define
class WebhookFlatError:
    """The Web API page's failure notification.

    Example:
        {'status': 'error', 'requestID': '1248947ds7an-ad98q3yhans92S-2Asda9212', 'message': 'Asset creation failed',
            'cause': 'The request was too complex, we aim to deal with...'}

    Attributes:
        status (str): "error".
        request_id (str):
        message (str | Unset):
        cause (str | Unset):
    """

    status: str
    request_id: str
    message: str | Unset = UNSET
    cause: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        request_id = self.request_id

        message = self.message

        cause = self.cause

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "requestID": request_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message
        if cause is not UNSET:
            field_dict["cause"] = cause

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                status,
                request_id,
                message,
                cause,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is WebhookFlatError:
            webhook_flat_error = cls(
                status,
                request_id,
                message,
                cause,
            )
        else:
            webhook_flat_error = cls(
                status=status,
                request_id=request_id,
                message=message,
                cause=cause,
            )

        webhook_flat_error.additional_properties = d
        return webhook_flat_error

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
        "message",
        "cause",
    ),
    unset=UNSET,
)
