from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="MaterialProperties")


@_attrs_define
class MaterialProperties:
    """
    Attributes:
        category_id (int | Unset):  Example: 14234.
        description (str | Unset):  Example: Relatively high stability and fine-rough surface..
        full_product_title (str | Unset):  Example: SuperBrand PA12.
        id (int | Unset):  Example: 42.
        minimum_wall_thickness (str | Unset): Decimal number, sent as a string (e.g. "19.00000").
        optimal_wall_thickness (str | Unset): Decimal number, sent as a string (e.g. "19.00000").
    """

    category_id: int | Unset = UNSET
    description: str | Unset = UNSET
    full_product_title: str | Unset = UNSET
    id: int | Unset = UNSET
    minimum_wall_thickness: str | Unset = UNSET
    optimal_wall_thickness: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        category_id = self.category_id

        description = self.description

        full_product_title = self.full_product_title

        id = self.id

        minimum_wall_thickness = self.minimum_wall_thickness

        optimal_wall_thickness = self.optimal_wall_thickness

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if description is not UNSET:
            field_dict["description"] = description
        if full_product_title is not UNSET:
            field_dict["fullProductTitle"] = full_product_title
        if id is not UNSET:
            field_dict["id"] = id
        if minimum_wall_thickness is not UNSET:
            field_dict["minimumWallThickness"] = minimum_wall_thickness
        if optimal_wall_thickness is not UNSET:
            field_dict["optimalWallThickness"] = optimal_wall_thickness

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                category_id,
                description,
                full_product_title,
                id,
                minimum_wall_thickness,
                optimal_wall_thickness,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is MaterialProperties:
            material_properties = cls(
                category_id,
                description,
                full_product_title,
                id,
                minimum_wall_thickness,
                optimal_wall_thickness,
            )
        else:
            material_properties = cls(
                category_id=category_id,
                description=description,
                full_product_title=full_product_title,
                id=id,
                minimum_wall_thickness=minimum_wall_thickness,
                optimal_wall_thickness=optimal_wall_thickness,
            )

        material_properties.additional_properties = d
        return material_properties

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
        "categoryId",
        "description",
        "fullProductTitle",
        "id",
        "minimumWallThickness",
        "optimalWallThickness",
    ),
    unset=UNSET,
)
