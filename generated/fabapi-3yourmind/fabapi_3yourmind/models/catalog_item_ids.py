from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="CatalogItemIds")


@_attrs_define
class CatalogItemIds:
    """
    Attributes:
        id (list[int]): Array of Catalog item ids that should be deleted.
    """

    id: list[int]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (_in_id,), d = _PROPERTIES.split(src_dict)
        id = cast(list[int], _in_id)

        if cls is CatalogItemIds:
            catalog_item_ids = cls(
                id,
            )
        else:
            catalog_item_ids = cls(
                id=id,
            )

        catalog_item_ids.additional_properties = d
        return catalog_item_ids

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
    required=("id",),
    optional=(),
    unset=UNSET,
)
