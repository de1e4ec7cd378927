from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET

T = TypeVar("T", bound="PostProcessingCreate")


@_attrs_define
class PostProcessingCreate:
    """
    Attributes:
        bounds_x_min (int):
        bounds_x_max (int):
        bounds_y_min (int):
        bounds_y_max (int):
        bounds_z_min (int):
        bounds_z_max (int):
        production_days_max (int):
        production_days_min (int):
        always_priced_manually (bool):
        colors (list[int]):
        description (str):
        price_formula (str):
        published (bool):
        title (str):
        post_processing_product_id (int):
    """

    bounds_x_min: int
    bounds_x_max: int
    bounds_y_min: int
    bounds_y_max: int
    bounds_z_min: int
    bounds_z_max: int
    production_days_max: int
    production_days_min: int
    always_priced_manually: bool
    colors: list[int]
    description: str
    price_formula: str
    published: bool
    title: str
    post_processing_product_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        bounds_x_min = self.bounds_x_min

        bounds_x_max = self.bounds_x_max

        bounds_y_min = self.bounds_y_min

        bounds_y_max = self.bounds_y_max

        bounds_z_min = self.bounds_z_min

        bounds_z_max = self.bounds_z_max

        production_days_max = self.production_days_max

        production_days_min = self.production_days_min

        always_priced_manually = self.always_priced_manually

        colors = self.colors

        description = self.description

        price_formula = self.price_formula

        published = self.published

        title = self.title

        post_processing_product_id = self.post_processing_product_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "boundsXMin": bounds_x_min,
                "boundsXMax": bounds_x_max,
                "boundsYMin": bounds_y_min,
                "boundsYMax": bounds_y_max,
                "boundsZMin": bounds_z_min,
                "boundsZMax": bounds_z_max,
                "productionDaysMax": production_days_max,
                "productionDaysMin": production_days_min,
                "alwaysPricedManually": always_priced_manually,
                "colors": colors,
                "description": description,
                "priceFormula": price_formula,
                "published": published,
                "title": title,
                "postProcessingProductId": post_processing_product_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                bounds_x_min,
                bounds_x_max,
                bounds_y_min,
                bounds_y_max,
                bounds_z_min,
                bounds_z_max,
                production_days_max,
                production_days_min,
                always_priced_manually,
                _in_colors,
                description,
                price_formula,
                published,
                title,
                post_processing_product_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        colors = cast(list[int], _in_colors)

        if cls is PostProcessingCreate:
            post_processing_create = cls(
                bounds_x_min,
                bounds_x_max,
                bounds_y_min,
                bounds_y_max,
                bounds_z_min,
                bounds_z_max,
                production_days_max,
                production_days_min,
                always_priced_manually,
                colors,
                description,
                price_formula,
                published,
                title,
                post_processing_product_id,
            )
        else:
            post_processing_create = cls(
                bounds_x_min=bounds_x_min,
                bounds_x_max=bounds_x_max,
                bounds_y_min=bounds_y_min,
                bounds_y_max=bounds_y_max,
                bounds_z_min=bounds_z_min,
                bounds_z_max=bounds_z_max,
                production_days_max=production_days_max,
                production_days_min=production_days_min,
                always_priced_manually=always_priced_manually,
                colors=colors,
                description=description,
                price_formula=price_formula,
                published=published,
                title=title,
                post_processing_product_id=post_processing_product_id,
            )

        post_processing_create.additional_properties = d
        return post_processing_create

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
    required=(
        "boundsXMin",
        "boundsXMax",
        "boundsYMin",
        "boundsYMax",
        "boundsZMin",
        "boundsZMax",
        "productionDaysMax",
        "productionDaysMin",
        "alwaysPricedManually",
        "colors",
        "description",
        "priceFormula",
        "published",
        "title",
        "postProcessingProductId",
    ),
    optional=(),
    unset=UNSET,
)
