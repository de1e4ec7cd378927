from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.api_call_with_price import ApiCallWithPrice


T = TypeVar("T", bound="ApiCallWithPriceResultsPage")


@_attrs_define
class ApiCallWithPriceResultsPage:
    """A single page of results of API calls.

    Attributes:
        items (list[ApiCallWithPrice] | Unset): list of items on this page of results
        next_page (None | str | Unset): token used to fetch the next page of results (if any)
    """

    items: list[ApiCallWithPrice] | Unset = UNSET
    next_page: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.items, Unset):
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        next_page: None | str | Unset
        if isinstance(self.next_page, Unset):
            next_page = UNSET
        else:
            next_page = self.next_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if items is not UNSET:
            field_dict["items"] = items
        if next_page is not UNSET:
            field_dict["next_page"] = next_page

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.api_call_with_price import ApiCallWithPrice  # noqa: PLC0415

        (
            (
                _in_items,
                _in_next_page,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _items = _in_items
        items: list[ApiCallWithPrice] | Unset = UNSET
        if _items is not UNSET:
            items = []
            for items_item_data in _items:
                items_item = ApiCallWithPrice.from_dict(items_item_data)

                items.append(items_item)

        next_page: None | str | Unset = _in_next_page

        if cls is ApiCallWithPriceResultsPage:
            api_call_with_price_results_page = cls(
                items,
                next_page,
            )
        else:
            api_call_with_price_results_page = cls(
                items=items,
                next_page=next_page,
            )

        api_call_with_price_results_page.additional_properties = d
        return api_call_with_price_results_page

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
    required=(),
    optional=(
        "items",
        "next_page",
    ),
    unset=UNSET,
)
