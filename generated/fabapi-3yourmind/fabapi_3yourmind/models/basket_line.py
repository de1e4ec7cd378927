from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="BasketLine")


@_attrs_define
class BasketLine:
    """A basket line as the user panel returns it. The seed's samples of this shape are empty (`{}`), so only the id every
    caller needs is declared; any other field is accepted. The service panel's line (ServiceBasketLine) shows what a
    line can carry.

        Attributes:
            id (int | Unset): The line's id (what the later calls take as line_id).
    """

    id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (id,), d = _PROPERTIES.split(src_dict)

        if cls is BasketLine:
            basket_line = cls(
                id,
            )
        else:
            basket_line = cls(
                id=id,
            )

        basket_line.additional_properties = d
        return basket_line

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
    optional=("id",),
    unset=UNSET,
)
