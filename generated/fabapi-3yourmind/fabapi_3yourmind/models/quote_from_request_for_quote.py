from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="QuoteFromRequestForQuote")


@_attrs_define
class QuoteFromRequestForQuote:
    """
    Attributes:
        request_for_quote_id (int):
        lines (list[OpenObject]): Collapsed in the seed: the quoted lines.
    """

    request_for_quote_id: int
    lines: list[OpenObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        request_for_quote_id = self.request_for_quote_id

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "requestForQuoteId": request_for_quote_id,
                "lines": lines,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                request_for_quote_id,
                _in_lines,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        lines = []
        _lines = _in_lines
        for lines_item_data in _lines:
            lines_item = OpenObject.from_dict(lines_item_data)

            lines.append(lines_item)

        if cls is QuoteFromRequestForQuote:
            quote_from_request_for_quote = cls(
                request_for_quote_id,
                lines,
            )
        else:
            quote_from_request_for_quote = cls(
                request_for_quote_id=request_for_quote_id,
                lines=lines,
            )

        quote_from_request_for_quote.additional_properties = d
        return quote_from_request_for_quote

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
        "requestForQuoteId",
        "lines",
    ),
    optional=(),
    unset=UNSET,
)
