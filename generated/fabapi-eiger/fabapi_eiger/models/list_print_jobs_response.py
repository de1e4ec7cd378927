from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.print_job_view_extended import PrintJobViewExtended


T = TypeVar("T", bound="ListPrintJobsResponse")


@_attrs_define
class ListPrintJobsResponse:
    """
    Attributes:
        has_more_items (bool): Are there more items available on the next page?
        items (list[PrintJobViewExtended]):
    """

    has_more_items: bool
    items: list[PrintJobViewExtended]

    def to_dict(self) -> dict[str, Any]:
        has_more_items = self.has_more_items

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "has_more_items": has_more_items,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.print_job_view_extended import PrintJobViewExtended  # noqa: PLC0415

        d = dict(src_dict)
        has_more_items = d.pop("has_more_items")

        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = PrintJobViewExtended.from_dict(items_item_data)

            items.append(items_item)

        list_print_jobs_response = cls(
            has_more_items=has_more_items,
            items=items,
        )

        return list_print_jobs_response
