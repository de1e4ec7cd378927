from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogItemFromLine")


@_attrs_define
class CatalogItemFromLine:
    """
    Attributes:
        line_id (int): Basket line id of the line that should be turned into a catalog item
        customer_group (int | None | Unset):
    """

    line_id: int
    customer_group: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        line_id = self.line_id

        customer_group: int | None | Unset
        if isinstance(self.customer_group, Unset):
            customer_group = UNSET
        else:
            customer_group = self.customer_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "lineId": line_id,
            }
        )
        if customer_group is not UNSET:
            field_dict["customerGroup"] = customer_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                line_id,
                _in_customer_group,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        customer_group: int | None | Unset = _in_customer_group

        if cls is CatalogItemFromLine:
            catalog_item_from_line = cls(
                line_id,
                customer_group,
            )
        else:
            catalog_item_from_line = cls(
                line_id=line_id,
                customer_group=customer_group,
            )

        catalog_item_from_line.additional_properties = d
        return catalog_item_from_line

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
    required=("lineId",),
    optional=("customerGroup",),
    unset=UNSET,
)
