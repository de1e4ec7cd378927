from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequestForQuoteCreate")


@_attrs_define
class RequestForQuoteCreate:
    """Ask a printing service (partner) for a quote on a basket. Fields as the vendor's client sends them.

    Attributes:
        basket_id (int):
        partner_id (int):
        message (str | Unset):
    """

    basket_id: int
    partner_id: int
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        basket_id = self.basket_id

        partner_id = self.partner_id

        message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "basketId": basket_id,
                "partnerId": partner_id,
            }
        )
        if message is not UNSET:
            field_dict["message"] = message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                basket_id,
                partner_id,
                message,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is RequestForQuoteCreate:
            request_for_quote_create = cls(
                basket_id,
                partner_id,
                message,
            )
        else:
            request_for_quote_create = cls(
                basket_id=basket_id,
                partner_id=partner_id,
                message=message,
            )

        request_for_quote_create.additional_properties = d
        return request_for_quote_create

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
        "basketId",
        "partnerId",
    ),
    optional=("message",),
    unset=UNSET,
)
