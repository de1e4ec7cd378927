from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="PostProcessing")


@_attrs_define
class PostProcessing:
    """A post-processing of a material offer.

    Attributes:
        bounds_x_min (int | Unset):
        bounds_x_max (int | Unset):
        bounds_y_min (int | Unset):
        bounds_y_max (int | Unset):
        bounds_z_min (int | Unset):
        bounds_z_max (int | Unset):
        production_days_max (int | Unset):
        production_days_min (int | Unset):
        id (int | Unset):
        always_priced_manually (bool | Unset):
        colors (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        datasheet_pdf (str | Unset):
        datasheet_pdf_size (int | Unset):
        description (str | Unset):
        price_formula (str | Unset):
        published (bool | Unset):
        title (str | Unset):
        unit (str | Unset):  Example: mm.
        post_processing_product_id (int | Unset):
        post_processing_product_name (str | Unset):
    """

    bounds_x_min: int | Unset = UNSET
    bounds_x_max: int | Unset = UNSET
    bounds_y_min: int | Unset = UNSET
    bounds_y_max: int | Unset = UNSET
    bounds_z_min: int | Unset = UNSET
    bounds_z_max: int | Unset = UNSET
    production_days_max: int | Unset = UNSET
    production_days_min: int | Unset = UNSET
    id: int | Unset = UNSET
    always_priced_manually: bool | Unset = UNSET
    colors: list[Any] | Unset = UNSET
    datasheet_pdf: str | Unset = UNSET
    datasheet_pdf_size: int | Unset = UNSET
    description: str | Unset = UNSET
    price_formula: str | Unset = UNSET
    published: bool | Unset = UNSET
    title: str | Unset = UNSET
    unit: str | Unset = UNSET
    post_processing_product_id: int | Unset = UNSET
    post_processing_product_name: str | Unset = UNSET
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

        id = self.id

        always_priced_manually = self.always_priced_manually

        colors: list[Any] | Unset = UNSET
        if not isinstance(self.colors, Unset):
            colors = self.colors

        datasheet_pdf = self.datasheet_pdf

        datasheet_pdf_size = self.datasheet_pdf_size

        description = self.description

        price_formula = self.price_formula

        published = self.published

        title = self.title

        unit = self.unit

        post_processing_product_id = self.post_processing_product_id

        post_processing_product_name = self.post_processing_product_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bounds_x_min is not UNSET:
            field_dict["boundsXMin"] = bounds_x_min
        if bounds_x_max is not UNSET:
            field_dict["boundsXMax"] = bounds_x_max
        if bounds_y_min is not UNSET:
            field_dict["boundsYMin"] = bounds_y_min
        if bounds_y_max is not UNSET:
            field_dict["boundsYMax"] = bounds_y_max
        if bounds_z_min is not UNSET:
            field_dict["boundsZMin"] = bounds_z_min
        if bounds_z_max is not UNSET:
            field_dict["boundsZMax"] = bounds_z_max
        if production_days_max is not UNSET:
            field_dict["productionDaysMax"] = production_days_max
        if production_days_min is not UNSET:
            field_dict["productionDaysMin"] = production_days_min
        if id is not UNSET:
            field_dict["id"] = id
        if always_priced_manually is not UNSET:
            field_dict["alwaysPricedManually"] = always_priced_manually
        if colors is not UNSET:
            field_dict["colors"] = colors
        if datasheet_pdf is not UNSET:
            field_dict["datasheetPdf"] = datasheet_pdf
        if datasheet_pdf_size is not UNSET:
            field_dict["datasheetPdfSize"] = datasheet_pdf_size
        if description is not UNSET:
            field_dict["description"] = description
        if price_formula is not UNSET:
            field_dict["priceFormula"] = price_formula
        if published is not UNSET:
            field_dict["published"] = published
        if title is not UNSET:
            field_dict["title"] = title
        if unit is not UNSET:
            field_dict["unit"] = unit
        if post_processing_product_id is not UNSET:
            field_dict["postProcessingProductId"] = post_processing_product_id
        if post_processing_product_name is not UNSET:
            field_dict["postProcessingProductName"] = post_processing_product_name

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
                id,
                always_priced_manually,
                _in_colors,
                datasheet_pdf,
                datasheet_pdf_size,
                description,
                price_formula,
                published,
                title,
                unit,
                post_processing_product_id,
                post_processing_product_name,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        colors = cast(list[Any], _in_colors)

        if cls is PostProcessing:
            post_processing = cls(
                bounds_x_min,
                bounds_x_max,
                bounds_y_min,
                bounds_y_max,
                bounds_z_min,
                bounds_z_max,
                production_days_max,
                production_days_min,
                id,
                always_priced_manually,
                colors,
                datasheet_pdf,
                datasheet_pdf_size,
                description,
                price_formula,
                published,
                title,
                unit,
                post_processing_product_id,
                post_processing_product_name,
            )
        else:
            post_processing = cls(
                bounds_x_min=bounds_x_min,
                bounds_x_max=bounds_x_max,
                bounds_y_min=bounds_y_min,
                bounds_y_max=bounds_y_max,
                bounds_z_min=bounds_z_min,
                bounds_z_max=bounds_z_max,
                production_days_max=production_days_max,
                production_days_min=production_days_min,
                id=id,
                always_priced_manually=always_priced_manually,
                colors=colors,
                datasheet_pdf=datasheet_pdf,
                datasheet_pdf_size=datasheet_pdf_size,
                description=description,
                price_formula=price_formula,
                published=published,
                title=title,
                unit=unit,
                post_processing_product_id=post_processing_product_id,
                post_processing_product_name=post_processing_product_name,
            )

        post_processing.additional_properties = d
        return post_processing

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
        "boundsXMin",
        "boundsXMax",
        "boundsYMin",
        "boundsYMax",
        "boundsZMin",
        "boundsZMax",
        "productionDaysMax",
        "productionDaysMin",
        "id",
        "alwaysPricedManually",
        "colors",
        "datasheetPdf",
        "datasheetPdfSize",
        "description",
        "priceFormula",
        "published",
        "title",
        "unit",
        "postProcessingProductId",
        "postProcessingProductName",
    ),
    unset=UNSET,
)
