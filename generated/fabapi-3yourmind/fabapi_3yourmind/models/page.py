from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="Page")


@_attrs_define
class Page:
    """A page of a list: the envelope of about fifteen list operations.

    Attributes:
        count (int | Unset): Number of results in the whole result set. Example: 42.
        current_page (int | Unset):  Example: 42.
        total_pages (int | Unset):  Example: 50.
        page_size (int | Unset):  Example: 30.
        results (list[OpenObject] | Unset): The page's items; collapsed in every sample of the seed.
    """

    count: int | Unset = UNSET
    current_page: int | Unset = UNSET
    total_pages: int | Unset = UNSET
    page_size: int | Unset = UNSET
    results: list[OpenObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        current_page = self.current_page

        total_pages = self.total_pages

        page_size = self.page_size

        results: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.results, Unset):
            results = []
            for results_item_data in self.results:
                results_item = results_item_data.to_dict()
                results.append(results_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if count is not UNSET:
            field_dict["count"] = count
        if current_page is not UNSET:
            field_dict["currentPage"] = current_page
        if total_pages is not UNSET:
            field_dict["totalPages"] = total_pages
        if page_size is not UNSET:
            field_dict["pageSize"] = page_size
        if results is not UNSET:
            field_dict["results"] = results

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                count,
                current_page,
                total_pages,
                page_size,
                _in_results,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _results = _in_results
        results: list[OpenObject] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = OpenObject.from_dict(results_item_data)

                results.append(results_item)

        if cls is Page:
            page = cls(
                count,
                current_page,
                total_pages,
                page_size,
                results,
            )
        else:
            page = cls(
                count=count,
                current_page=current_page,
                total_pages=total_pages,
                page_size=page_size,
                results=results,
            )

        page.additional_properties = d
        return page

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
        "count",
        "currentPage",
        "totalPages",
        "pageSize",
        "results",
    ),
    unset=UNSET,
)
