from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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

        d = dict(src_dict)

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_offer_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        offer_id = _parse_offer_id(d.pop("offerId", UNSET))

        part_requirements_id = d.pop("partRequirementsId", UNSET)

        def _parse_product_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        product_id = _parse_product_id(d.pop("productId", UNSET))

        quantity = d.pop("quantity", UNSET)

        def _parse_preferred_due_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                preferred_due_date_type_0 = datetime.date.fromisoformat(data)

                return preferred_due_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        preferred_due_date = _parse_preferred_due_date(d.pop("preferredDueDate", UNSET))

        is_in_catalog = d.pop("isInCatalog", UNSET)

        is_manual_pricing_required = d.pop("isManualPricingRequired", UNSET)

        is_price_resolution_required = d.pop("isPriceResolutionRequired", UNSET)

        max_production_days = d.pop("maxProductionDays", UNSET)

        min_production_days = d.pop("minProductionDays", UNSET)

        can_be_ordered = d.pop("canBeOrdered", UNSET)

        file = d.pop("file", UNSET)

        full_name = d.pop("fullName", UNSET)

        id = d.pop("id", UNSET)

        def _parse_line_price(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                line_price_type_0 = Price.from_dict(data)

                return line_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        line_price = _parse_line_price(d.pop("linePrice", UNSET))

        def _parse_part_requirements(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                part_requirements_type_0 = OpenObject.from_dict(data)

                return part_requirements_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        part_requirements = _parse_part_requirements(d.pop("partRequirements", UNSET))

        product_name = d.pop("productName", UNSET)

        def _parse_offer(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                offer_type_0 = OpenObject.from_dict(data)

                return offer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        offer = _parse_offer(d.pop("offer", UNSET))

        def _parse_unit_price(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_price_type_0 = Price.from_dict(data)

                return unit_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        unit_price = _parse_unit_price(d.pop("unitPrice", UNSET))

        max_d = d.pop("maxD", UNSET)

        max_h = d.pop("maxH", UNSET)

        max_w = d.pop("maxW", UNSET)

        minimum_wall_thickness = d.pop("minimumWallThickness", UNSET)

        optimal_wall_thickness = d.pop("optimalWallThickness", UNSET)

        def _parse_partner(data: object) -> None | OpenObject | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_type_0 = OpenObject.from_dict(data)

                return partner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpenObject | Unset, data)

        partner = _parse_partner(d.pop("partner", UNSET))

        def _parse_suggested_price(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                suggested_price_type_0 = Price.from_dict(data)

                return suggested_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        suggested_price = _parse_suggested_price(d.pop("suggestedPrice", UNSET))

        def _parse_unit_print_price(data: object) -> None | Price | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                unit_print_price_type_0 = Price.from_dict(data)

                return unit_print_price_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Price | Unset, data)

        unit_print_price = _parse_unit_print_price(d.pop("unitPrintPrice", UNSET))

        post_processings = cast(list[Any], d.pop("postProcessings", UNSET))

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
