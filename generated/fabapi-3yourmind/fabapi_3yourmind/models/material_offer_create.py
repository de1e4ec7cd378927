from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterialOfferCreate")


@_attrs_define
class MaterialOfferCreate:
    """
    Attributes:
        finishing (int):
        technology_id (int | Unset):
    """

    finishing: int
    technology_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        finishing = self.finishing

        technology_id = self.technology_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "finishing": finishing,
            }
        )
        if technology_id is not UNSET:
            field_dict["technologyId"] = technology_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                finishing,
                technology_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is MaterialOfferCreate:
            material_offer_create = cls(
                finishing,
                technology_id,
            )
        else:
            material_offer_create = cls(
                finishing=finishing,
                technology_id=technology_id,
            )

        material_offer_create.additional_properties = d
        return material_offer_create

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
    required=("finishing",),
    optional=("technologyId",),
    unset=UNSET,
)
