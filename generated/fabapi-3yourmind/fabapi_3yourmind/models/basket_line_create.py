from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasketLineCreate")


@_attrs_define
class BasketLineCreate:
    """Any of: nothing (an empty line), cloneLine, or catalogItemId. The seed renders the choice as "Any of" with only
    catalogItemId in its first tab; cloneLine comes from the prose and the request sample.

        Attributes:
            catalog_item_id (int | Unset): Create this basket line from the given Catalog Item.
            clone_line (int | Unset): Id of a line to clone: all its attributes are copied to the new line (named in the
                prose and the request sample).
    """

    catalog_item_id: int | Unset = UNSET
    clone_line: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_item_id = self.catalog_item_id

        clone_line = self.clone_line

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catalog_item_id is not UNSET:
            field_dict["catalogItemId"] = catalog_item_id
        if clone_line is not UNSET:
            field_dict["cloneLine"] = clone_line

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                catalog_item_id,
                clone_line,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is BasketLineCreate:
            basket_line_create = cls(
                catalog_item_id,
                clone_line,
            )
        else:
            basket_line_create = cls(
                catalog_item_id=catalog_item_id,
                clone_line=clone_line,
            )

        basket_line_create.additional_properties = d
        return basket_line_create

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
        "catalogItemId",
        "cloneLine",
    ),
    unset=UNSET,
)
