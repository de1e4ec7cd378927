from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="AmpiPage")


@_attrs_define
class AmpiPage:
    """A page of AMPI parts: a different envelope from Page, with next/previous links.

    Attributes:
        count (int | Unset):
        next_ (None | str | Unset): URL of the next page; null on the last.
        previous (None | str | Unset): URL of the previous page; null on the first.
        page_size (int | Unset):
        results (list[OpenObject] | Unset): The page's AMPI parts; collapsed in the seed's sample.
    """

    count: int | Unset = UNSET
    next_: None | str | Unset = UNSET
    previous: None | str | Unset = UNSET
    page_size: int | Unset = UNSET
    results: list[OpenObject] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        count = self.count

        next_: None | str | Unset
        if isinstance(self.next_, Unset):
            next_ = UNSET
        else:
            next_ = self.next_

        previous: None | str | Unset
        if isinstance(self.previous, Unset):
            previous = UNSET
        else:
            previous = self.previous

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
        if next_ is not UNSET:
            field_dict["next"] = next_
        if previous is not UNSET:
            field_dict["previous"] = previous
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
                _in_next_,
                _in_previous,
                page_size,
                _in_results,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        next_: None | str | Unset = _in_next_

        previous: None | str | Unset = _in_previous

        _results = _in_results
        results: list[OpenObject] | Unset = UNSET
        if _results is not UNSET:
            results = []
            for results_item_data in _results:
                results_item = OpenObject.from_dict(results_item_data)

                results.append(results_item)

        if cls is AmpiPage:
            ampi_page = cls(
                count,
                next_,
                previous,
                page_size,
                results,
            )
        else:
            ampi_page = cls(
                count=count,
                next_=next_,
                previous=previous,
                page_size=page_size,
                results=results,
            )

        ampi_page.additional_properties = d
        return ampi_page

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
        "next",
        "previous",
        "pageSize",
        "results",
    ),
    unset=UNSET,
)
