from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="CatalogItemBulkUpdate")


@_attrs_define
class CatalogItemBulkUpdate:
    """
    Attributes:
        catalog_items (list[OpenObject]): Collapsed in the seed.
    """

    catalog_items: list[OpenObject]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        catalog_items = []
        for catalog_items_item_data in self.catalog_items:
            catalog_items_item = catalog_items_item_data.to_dict()
            catalog_items.append(catalog_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "catalogItems": catalog_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (_in_catalog_items,), d = _PROPERTIES.split(src_dict)
        catalog_items = []
        _catalog_items = _in_catalog_items
        for catalog_items_item_data in _catalog_items:
            catalog_items_item = OpenObject.from_dict(catalog_items_item_data)

            catalog_items.append(catalog_items_item)

        if cls is CatalogItemBulkUpdate:
            catalog_item_bulk_update = cls(
                catalog_items,
            )
        else:
            catalog_item_bulk_update = cls(
                catalog_items=catalog_items,
            )

        catalog_item_bulk_update.additional_properties = d
        return catalog_item_bulk_update

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
    required=("catalogItems",),
    optional=(),
    unset=UNSET,
)
