from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)
        line_id = d.pop("lineId")

        def _parse_customer_group(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_group = _parse_customer_group(d.pop("customerGroup", UNSET))

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
