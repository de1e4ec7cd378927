from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject
    from ..models.price import Price


T = TypeVar("T", bound="ServiceBasketLine")


@_attrs_define
class ServiceBasketLine:
    """A basket line as the service panel returns it.

    Attributes:
        name (None | str | Unset):  Example: 197326-Abjurer-1.
        offer_id (int | None | Unset):  Example: 112.
        part_requirements_id (int | Unset):  Example: 119.
        product_id (int | None | Unset):  Example: 911.
        quantity (int | Unset):  Example: 1.
        preferred_due_date (datetime.date | None | Unset):
        is_in_catalog (bool | Unset):
        is_manual_pricing_required (bool | Unset):
        is_price_resolution_required (bool | Unset):
        max_production_days (int | Unset):  Example: 4.
        min_production_days (int | Unset):  Example: 2.
        can_be_ordered (bool | Unset):
        file (Any | Unset): Rendered empty (`{}`) by the seed: its shape is not documented.
        full_name (str | Unset):
        id (int | Unset):  Example: 42.
        line_price (None | Price | Unset):
        part_requirements (None | OpenObject | Unset):
        product_name (str | Unset):
        offer (None | OpenObject | Unset):
        unit_price (None | Price | Unset):
        max_d (float | Unset): A dimension (the seed's sample shows a whole number).
        max_h (float | Unset): A dimension (the seed's sample shows a whole number).
        max_w (float | Unset): A dimension (the seed's sample shows a whole number).
        minimum_wall_thickness (str | Unset): Decimal number, sent as a string (e.g. "19.00000").
        optimal_wall_thickness (str | Unset): Decimal number, sent as a string (e.g. "19.00000").
        partner (None | OpenObject | Unset):
        suggested_price (None | Price | Unset):
        unit_print_price (None | Price | Unset):
        post_processings (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
    """

    name: None | str | Unset = UNSET
    offer_id: int | None | Unset = UNSET
    part_requirements_id: int | Unset = UNSET
    product_id: int | None | Unset = UNSET
    quantity: int | Unset = UNSET
    preferred_due_date: datetime.date | None | Unset = UNSET
    is_in_catalog: bool | Unset = UNSET
    is_manual_pricing_required: bool | Unset = UNSET
    is_price_resolution_required: bool | Unset = UNSET
    max_production_days: int | Unset = UNSET
    min_production_days: int | Unset = UNSET
    can_be_ordered: bool | Unset = UNSET
    file: Any | Unset = UNSET
    full_name: str | Unset = UNSET
    id: int | Unset = UNSET
    line_price: None | Price | Unset = UNSET
    part_requirements: None | OpenObject | Unset = UNSET
    product_name: str | Unset = UNSET
    offer: None | OpenObject | Unset = UNSET
    unit_price: None | Price | Unset = UNSET
    max_d: float | Unset = UNSET
    max_h: float | Unset = UNSET
    max_w: float | Unset = UNSET
    minimum_wall_thickness: str | Unset = UNSET
    optimal_wall_thickness: str | Unset = UNSET
    partner: None | OpenObject | Unset = UNSET
    suggested_price: None | Price | Unset = UNSET
    unit_print_price: None | Price | Unset = UNSET
    post_processings: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        offer_id: int | None | Unset
        if isinstance(self.offer_id, Unset):
            offer_id = UNSET
        else:
            offer_id = self.offer_id

        part_requirements_id = self.part_requirements_id

        product_id: int | None | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        quantity = self.quantity

        preferred_due_date: None | str | Unset
        if isinstance(self.preferred_due_date, Unset):
            preferred_due_date = UNSET
        elif isinstance(self.preferred_due_date, datetime.date):
            preferred_due_date = self.preferred_due_date.isoformat()
        else:
            preferred_due_date = self.preferred_due_date

        is_in_catalog = self.is_in_catalog

        is_manual_pricing_required = self.is_manual_pricing_required

        is_price_resolution_required = self.is_price_resolution_required

        max_production_days = self.max_production_days

        min_production_days = self.min_production_days

        can_be_ordered = self.can_be_ordered

        file = self.file

        full_name = self.full_name

        id = self.id

        line_price: dict[str, Any] | None | Unset
        if isinstance(self.line_price, Unset):
            line_price = UNSET
        elif isinstance(self.line_price, Price):
            line_price = self.line_price.to_dict()
        else:
            line_price = self.line_price

        part_requirements: dict[str, Any] | None | Unset
        if isinstance(self.part_requirements, Unset):
            part_requirements = UNSET
        elif isinstance(self.part_requirements, OpenObject):
            part_requirements = self.part_requirements.to_dict()
        else:
            part_requirements = self.part_requirements

        product_name = self.product_name

        offer: dict[str, Any] | None | Unset
        if isinstance(self.offer, Unset):
            offer = UNSET
        elif isinstance(self.offer, OpenObject):
            offer = self.offer.to_dict()
        else:
            offer = self.offer

        unit_price: dict[str, Any] | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        elif isinstance(self.unit_price, Price):
            unit_price = self.unit_price.to_dict()
        else:
            unit_price = self.unit_price

        max_d = self.max_d

        max_h = self.max_h

        max_w = self.max_w

        minimum_wall_thickness = self.minimum_wall_thickness

        optimal_wall_thickness = self.optimal_wall_thickness

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, OpenObject):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        suggested_price: dict[str, Any] | None | Unset
        if isinstance(self.suggested_price, Unset):
            suggested_price = UNSET
        elif isinstance(self.suggested_price, Price):
            suggested_price = self.suggested_price.to_dict()
        else:
            suggested_price = self.suggested_price

        unit_print_price: dict[str, Any] | None | Unset
        if isinstance(self.unit_print_price, Unset):
            unit_print_price = UNSET
        elif isinstance(self.unit_print_price, Price):
            unit_print_price = self.unit_print_price.to_dict()
        else:
            unit_print_price = self.unit_print_price

        post_processings: list[Any] | Unset = UNSET
        if not isinstance(self.post_processings, Unset):
            post_processings = self.post_processings

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if offer_id is not UNSET:
            field_dict["offerId"] = offer_id
        if part_requirements_id is not UNSET:
            field_dict["partRequirementsId"] = part_requirements_id
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if preferred_due_date is not UNSET:
            field_dict["preferredDueDate"] = preferred_due_date
        if is_in_catalog is not UNSET:
            field_dict["isInCatalog"] = is_in_catalog
        if is_manual_pricing_required is not UNSET:
            field_dict["isManualPricingRequired"] = is_manual_pricing_required
        if is_price_resolution_required is not UNSET:
            field_dict["isPriceResolutionRequired"] = is_price_resolution_required
        if max_production_days is not UNSET:
            field_dict["maxProductionDays"] = max_production_days
        if min_production_days is not UNSET:
            field_dict["minProductionDays"] = min_production_days
        if can_be_ordered is not UNSET:
            field_dict["canBeOrdered"] = can_be_ordered
        if file is not UNSET:
            field_dict["file"] = file
        if full_name is not UNSET:
            field_dict["fullName"] = full_name
        if id is not UNSET:
            field_dict["id"] = id
        if line_price is not UNSET:
            field_dict["linePrice"] = line_price
        if part_requirements is not UNSET:
            field_dict["partRequirements"] = part_requirements
        if product_name is not UNSET:
            field_dict["productName"] = product_name
        if offer is not UNSET:
            field_dict["offer"] = offer
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if max_d is not UNSET:
            field_dict["maxD"] = max_d
        if max_h is not UNSET:
            field_dict["maxH"] = max_h
        if max_w is not UNSET:
            field_dict["maxW"] = max_w
        if minimum_wall_thickness is not UNSET:
            field_dict["minimumWallThickness"] = minimum_wall_thickness
        if optimal_wall_thickness is not UNSET:
            field_dict["optimalWallThickness"] = optimal_wall_thickness
        if partner is not UNSET:
            field_dict["partner"] = partner
        if suggested_price is not UNSET:
            field_dict["suggestedPrice"] = suggested_price
        if unit_print_price is not UNSET:
            field_dict["unitPrintPrice"] = unit_print_price
        if post_processings is not UNSET:
            field_dict["postProcessings"] = post_processings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        (
            (
                _in_name,
                _in_offer_id,
                part_requirements_id,
                _in_product_id,
                quantity,
                _in_preferred_due_date,
                is_in_catalog,
                is_manual_pricing_required,
                is_price_resolution_required,
                max_production_days,
                min_production_days,
                can_be_ordered,
                file,
                full_name,
                id,
                _in_line_price,
                _in_part_requirements,
                product_name,
                _in_offer,
                _in_unit_price,
                max_d,
                max_h,
                max_w,
                minimum_wall_thickness,
                optimal_wall_thickness,
                _in_partner,
                _in_suggested_price,
                _in_unit_print_price,
                _in_post_processings,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        name: None | str | Unset = _in_name

        offer_id: int | None | Unset = _in_offer_id

        product_id: int | None | Unset = _in_product_id

        _preferred_due_date = _in_preferred_due_date
        preferred_due_date: datetime.date | None | Unset
        if _preferred_due_date is None or _preferred_due_date is UNSET:
            preferred_due_date = _preferred_due_date
        else:
            try:
                if not isinstance(_preferred_due_date, str):
                    raise TypeError()
                preferred_due_date_type_0 = datetime.date.fromisoformat(_preferred_due_date)

                preferred_due_date = preferred_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                preferred_due_date = _preferred_due_date

        _line_price = _in_line_price
        line_price: None | Price | Unset
        if _line_price is None or _line_price is UNSET:
            line_price = _line_price
        else:
            try:
                if not isinstance(_line_price, dict):
                    raise TypeError()
                line_price_type_0 = Price.from_dict(_line_price)

                line_price = line_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                line_price = _line_price

        _part_requirements = _in_part_requirements
        part_requirements: None | OpenObject | Unset
        if _part_requirements is None or _part_requirements is UNSET:
            part_requirements = _part_requirements
        else:
            try:
                if not isinstance(_part_requirements, dict):
                    raise TypeError()
                part_requirements_type_0 = OpenObject.from_dict(_part_requirements)

                part_requirements = part_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                part_requirements = _part_requirements

        _offer = _in_offer
        offer: None | OpenObject | Unset
        if _offer is None or _offer is UNSET:
            offer = _offer
        else:
            try:
                if not isinstance(_offer, dict):
                    raise TypeError()
                offer_type_0 = OpenObject.from_dict(_offer)

                offer = offer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                offer = _offer

        _unit_price = _in_unit_price
        unit_price: None | Price | Unset
        if _unit_price is None or _unit_price is UNSET:
            unit_price = _unit_price
        else:
            try:
                if not isinstance(_unit_price, dict):
                    raise TypeError()
                unit_price_type_0 = Price.from_dict(_unit_price)

                unit_price = unit_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                unit_price = _unit_price

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

        _suggested_price = _in_suggested_price
        suggested_price: None | Price | Unset
        if _suggested_price is None or _suggested_price is UNSET:
            suggested_price = _suggested_price
        else:
            try:
                if not isinstance(_suggested_price, dict):
                    raise TypeError()
                suggested_price_type_0 = Price.from_dict(_suggested_price)

                suggested_price = suggested_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                suggested_price = _suggested_price

        _unit_print_price = _in_unit_print_price
        unit_print_price: None | Price | Unset
        if _unit_print_price is None or _unit_print_price is UNSET:
            unit_print_price = _unit_print_price
        else:
            try:
                if not isinstance(_unit_print_price, dict):
                    raise TypeError()
                unit_print_price_type_0 = Price.from_dict(_unit_print_price)

                unit_print_price = unit_print_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                unit_print_price = _unit_print_price

        post_processings = cast(list[Any], _in_post_processings)

        if cls is ServiceBasketLine:
            service_basket_line = cls(
                name,
                offer_id,
                part_requirements_id,
                product_id,
                quantity,
                preferred_due_date,
                is_in_catalog,
                is_manual_pricing_required,
                is_price_resolution_required,
                max_production_days,
                min_production_days,
                can_be_ordered,
                file,
                full_name,
                id,
                line_price,
                part_requirements,
                product_name,
                offer,
                unit_price,
                max_d,
                max_h,
                max_w,
                minimum_wall_thickness,
                optimal_wall_thickness,
                partner,
                suggested_price,
                unit_print_price,
                post_processings,
            )
        else:
            service_basket_line = cls(
                name=name,
                offer_id=offer_id,
                part_requirements_id=part_requirements_id,
                product_id=product_id,
                quantity=quantity,
                preferred_due_date=preferred_due_date,
                is_in_catalog=is_in_catalog,
                is_manual_pricing_required=is_manual_pricing_required,
                is_price_resolution_required=is_price_resolution_required,
                max_production_days=max_production_days,
                min_production_days=min_production_days,
                can_be_ordered=can_be_ordered,
                file=file,
                full_name=full_name,
                id=id,
                line_price=line_price,
                part_requirements=part_requirements,
                product_name=product_name,
                offer=offer,
                unit_price=unit_price,
                max_d=max_d,
                max_h=max_h,
                max_w=max_w,
                minimum_wall_thickness=minimum_wall_thickness,
                optimal_wall_thickness=optimal_wall_thickness,
                partner=partner,
                suggested_price=suggested_price,
                unit_print_price=unit_print_price,
                post_processings=post_processings,
            )

        service_basket_line.additional_properties = d
        return service_basket_line

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
        "name",
        "offerId",
        "partRequirementsId",
        "productId",
        "quantity",
        "preferredDueDate",
        "isInCatalog",
        "isManualPricingRequired",
        "isPriceResolutionRequired",
        "maxProductionDays",
        "minProductionDays",
        "canBeOrdered",
        "file",
        "fullName",
        "id",
        "linePrice",
        "partRequirements",
        "productName",
        "offer",
        "unitPrice",
        "maxD",
        "maxH",
        "maxW",
        "minimumWallThickness",
        "optimalWallThickness",
        "partner",
        "suggestedPrice",
        "unitPrintPrice",
        "postProcessings",
    ),
    unset=UNSET,
)
