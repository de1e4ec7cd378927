from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject
    from ..models.price import Price


T = TypeVar("T", bound="Offer")


@_attrs_define
class Offer:
    """An offer: a material from one printing service, with its limits and price.

    Attributes:
        minimum_wall_thickness (str | Unset): Decimal number, sent as a string (e.g. "19.00000").
        optimal_wall_thickness (str | Unset): Decimal number, sent as a string (e.g. "19.00000").
        max_d (float | Unset): A dimension (the seed's sample shows a whole number).
        max_h (float | Unset): A dimension (the seed's sample shows a whole number).
        max_w (float | Unset): A dimension (the seed's sample shows a whole number).
        min_d (float | Unset): A dimension (the seed's sample shows a whole number).
        min_h (float | Unset): A dimension (the seed's sample shows a whole number).
        min_w (float | Unset): A dimension (the seed's sample shows a whole number).
        id (int | Unset):  Example: 42.
        has_post_processings (bool | Unset):
        internal_identifier (str | Unset):
        printability_status (str | Unset):  Example: printable.
        title (str | Unset):  Example: PLA.
        max_production_days (int | Unset):  Example: 4.
        min_production_days (int | Unset):  Example: 2.
        is_manual_pricing_required (bool | Unset):
        is_price_resolution_required (bool | Unset):
        category_id (int | Unset):
        combinable_post_processings (bool | Unset):
        datasheet_pdf (str | Unset):
        partner (None | OpenObject | Unset):
        post_processings (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        price (None | Price | Unset):
        product_id (int | Unset):
        unit (str | Unset):  Example: mm.
    """

    minimum_wall_thickness: str | Unset = UNSET
    optimal_wall_thickness: str | Unset = UNSET
    max_d: float | Unset = UNSET
    max_h: float | Unset = UNSET
    max_w: float | Unset = UNSET
    min_d: float | Unset = UNSET
    min_h: float | Unset = UNSET
    min_w: float | Unset = UNSET
    id: int | Unset = UNSET
    has_post_processings: bool | Unset = UNSET
    internal_identifier: str | Unset = UNSET
    printability_status: str | Unset = UNSET
    title: str | Unset = UNSET
    max_production_days: int | Unset = UNSET
    min_production_days: int | Unset = UNSET
    is_manual_pricing_required: bool | Unset = UNSET
    is_price_resolution_required: bool | Unset = UNSET
    category_id: int | Unset = UNSET
    combinable_post_processings: bool | Unset = UNSET
    datasheet_pdf: str | Unset = UNSET
    partner: None | OpenObject | Unset = UNSET
    post_processings: list[Any] | Unset = UNSET
    price: None | Price | Unset = UNSET
    product_id: int | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        minimum_wall_thickness = self.minimum_wall_thickness

        optimal_wall_thickness = self.optimal_wall_thickness

        max_d = self.max_d

        max_h = self.max_h

        max_w = self.max_w

        min_d = self.min_d

        min_h = self.min_h

        min_w = self.min_w

        id = self.id

        has_post_processings = self.has_post_processings

        internal_identifier = self.internal_identifier

        printability_status = self.printability_status

        title = self.title

        max_production_days = self.max_production_days

        min_production_days = self.min_production_days

        is_manual_pricing_required = self.is_manual_pricing_required

        is_price_resolution_required = self.is_price_resolution_required

        category_id = self.category_id

        combinable_post_processings = self.combinable_post_processings

        datasheet_pdf = self.datasheet_pdf

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, OpenObject):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        post_processings: list[Any] | Unset = UNSET
        if not isinstance(self.post_processings, Unset):
            post_processings = self.post_processings

        price: dict[str, Any] | None | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        elif isinstance(self.price, Price):
            price = self.price.to_dict()
        else:
            price = self.price

        product_id = self.product_id

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if minimum_wall_thickness is not UNSET:
            field_dict["minimumWallThickness"] = minimum_wall_thickness
        if optimal_wall_thickness is not UNSET:
            field_dict["optimalWallThickness"] = optimal_wall_thickness
        if max_d is not UNSET:
            field_dict["maxD"] = max_d
        if max_h is not UNSET:
            field_dict["maxH"] = max_h
        if max_w is not UNSET:
            field_dict["maxW"] = max_w
        if min_d is not UNSET:
            field_dict["minD"] = min_d
        if min_h is not UNSET:
            field_dict["minH"] = min_h
        if min_w is not UNSET:
            field_dict["minW"] = min_w
        if id is not UNSET:
            field_dict["id"] = id
        if has_post_processings is not UNSET:
            field_dict["hasPostProcessings"] = has_post_processings
        if internal_identifier is not UNSET:
            field_dict["internalIdentifier"] = internal_identifier
        if printability_status is not UNSET:
            field_dict["printabilityStatus"] = printability_status
        if title is not UNSET:
            field_dict["title"] = title
        if max_production_days is not UNSET:
            field_dict["maxProductionDays"] = max_production_days
        if min_production_days is not UNSET:
            field_dict["minProductionDays"] = min_production_days
        if is_manual_pricing_required is not UNSET:
            field_dict["isManualPricingRequired"] = is_manual_pricing_required
        if is_price_resolution_required is not UNSET:
            field_dict["isPriceResolutionRequired"] = is_price_resolution_required
        if category_id is not UNSET:
            field_dict["categoryId"] = category_id
        if combinable_post_processings is not UNSET:
            field_dict["combinablePostProcessings"] = combinable_post_processings
        if datasheet_pdf is not UNSET:
            field_dict["datasheetPdf"] = datasheet_pdf
        if partner is not UNSET:
            field_dict["partner"] = partner
        if post_processings is not UNSET:
            field_dict["postProcessings"] = post_processings
        if price is not UNSET:
            field_dict["price"] = price
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        (
            (
                minimum_wall_thickness,
                optimal_wall_thickness,
                max_d,
                max_h,
                max_w,
                min_d,
                min_h,
                min_w,
                id,
                has_post_processings,
                internal_identifier,
                printability_status,
                title,
                max_production_days,
                min_production_days,
                is_manual_pricing_required,
                is_price_resolution_required,
                category_id,
                combinable_post_processings,
                datasheet_pdf,
                _in_partner,
                _in_post_processings,
                _in_price,
                product_id,
                unit,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _partner = _in_partner
        partner: None | OpenObject | Unset
        if _partner is None or _partner is UNSET:
            partner = _partner
        else:
            try:
                if not isinstance(_partner, dict):
                    raise TypeError()
                partner_type_0 = OpenObject.from_dict(_partner)

                partner = partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                partner = _partner

        post_processings = cast(list[Any], _in_post_processings)

        _price = _in_price
        price: None | Price | Unset
        if _price is None or _price is UNSET:
            price = _price
        else:
            try:
                if not isinstance(_price, dict):
                    raise TypeError()
                price_type_0 = Price.from_dict(_price)

                price = price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                price = _price

        if cls is Offer:
            offer = cls(
                minimum_wall_thickness,
                optimal_wall_thickness,
                max_d,
                max_h,
                max_w,
                min_d,
                min_h,
                min_w,
                id,
                has_post_processings,
                internal_identifier,
                printability_status,
                title,
                max_production_days,
                min_production_days,
                is_manual_pricing_required,
                is_price_resolution_required,
                category_id,
                combinable_post_processings,
                datasheet_pdf,
                partner,
                post_processings,
                price,
                product_id,
                unit,
            )
        else:
            offer = cls(
                minimum_wall_thickness=minimum_wall_thickness,
                optimal_wall_thickness=optimal_wall_thickness,
                max_d=max_d,
                max_h=max_h,
                max_w=max_w,
                min_d=min_d,
                min_h=min_h,
                min_w=min_w,
                id=id,
                has_post_processings=has_post_processings,
                internal_identifier=internal_identifier,
                printability_status=printability_status,
                title=title,
                max_production_days=max_production_days,
                min_production_days=min_production_days,
                is_manual_pricing_required=is_manual_pricing_required,
                is_price_resolution_required=is_price_resolution_required,
                category_id=category_id,
                combinable_post_processings=combinable_post_processings,
                datasheet_pdf=datasheet_pdf,
                partner=partner,
                post_processings=post_processings,
                price=price,
                product_id=product_id,
                unit=unit,
            )

        offer.additional_properties = d
        return offer

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
        "minimumWallThickness",
        "optimalWallThickness",
        "maxD",
        "maxH",
        "maxW",
        "minD",
        "minH",
        "minW",
        "id",
        "hasPostProcessings",
        "internalIdentifier",
        "printabilityStatus",
        "title",
        "maxProductionDays",
        "minProductionDays",
        "isManualPricingRequired",
        "isPriceResolutionRequired",
        "categoryId",
        "combinablePostProcessings",
        "datasheetPdf",
        "partner",
        "postProcessings",
        "price",
        "productId",
        "unit",
    ),
    unset=UNSET,
)
