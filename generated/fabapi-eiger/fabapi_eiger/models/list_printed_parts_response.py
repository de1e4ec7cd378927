from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.printed_part_view_extended import PrintedPartViewExtended


T = TypeVar("T", bound="ListPrintedPartsResponse")


@_attrs_define
class ListPrintedPartsResponse:
    """
    Attributes:
        has_more_items (bool): Are there more items available on the next page?
        items (list[PrintedPartViewExtended]):
    """

    has_more_items: bool
    items: list[PrintedPartViewExtended]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_more_items = self.has_more_items

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_more_items": has_more_items,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.printed_part_view_extended import PrintedPartViewExtended  # noqa: PLC0415

        (
            (
                has_more_items,
                _in_items,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        items = []
        _items = _in_items
        for items_item_data in _items:
            items_item = PrintedPartViewExtended.from_dict(items_item_data)

            items.append(items_item)

        if cls is ListPrintedPartsResponse:
            list_printed_parts_response = cls(
                has_more_items,
                items,
            )
        else:
            list_printed_parts_response = cls(
                has_more_items=has_more_items,
                items=items,
            )

        list_printed_parts_response.additional_properties = d
        return list_printed_parts_response

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
        "has_more_items",
        "items",
    ),
    optional=(),
    unset=UNSET,
)
