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


T = TypeVar("T", bound="CatalogItem")


@_attrs_define
class CatalogItem:
    """A catalog item: a 3D file with its material, post-processings and price, ready to be ordered.

    Attributes:
        id (int | Unset):
        availability (bool | Unset):
        created_by (int | Unset):
        customer_group (None | OpenObject | Unset):
        title (str | Unset):
        description (None | str | Unset):
        has_removed_material (bool | Unset):
        has_removed_post_processing (bool | Unset):
        has_removed_service (bool | Unset):
        has_unpublished_material (bool | Unset):
        has_unpublished_post_processing (bool | Unset):
        part_number (None | str | Unset):
        min_production_days (int | Unset):
        max_production_days (int | Unset):
        labels (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        origin (str | Unset):  Example: ampi.
        part_requirements (None | OpenObject | Unset):
        printability_status (str | Unset):  Example: printable.
        product (None | OpenObject | Unset):
        partner (None | OpenObject | Unset):
        reference (None | str | Unset):
        unit_price (None | Price | Unset):
        short_description (None | str | Unset):
        status (str | Unset):  Example: published.
        stl_file (Any | Unset): Rendered empty (`{}`) by the seed: its shape is not documented.
        post_processing_options (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        post_processing_products (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        attachments (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        technology (None | OpenObject | Unset):
        price_is_none_reason (str | Unset):  Example: MANUAL_PRICING_REQUIRED.
    """

    id: int | Unset = UNSET
    availability: bool | Unset = UNSET
    created_by: int | Unset = UNSET
    customer_group: None | OpenObject | Unset = UNSET
    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    has_removed_material: bool | Unset = UNSET
    has_removed_post_processing: bool | Unset = UNSET
    has_removed_service: bool | Unset = UNSET
    has_unpublished_material: bool | Unset = UNSET
    has_unpublished_post_processing: bool | Unset = UNSET
    part_number: None | str | Unset = UNSET
    min_production_days: int | Unset = UNSET
    max_production_days: int | Unset = UNSET
    labels: list[Any] | Unset = UNSET
    origin: str | Unset = UNSET
    part_requirements: None | OpenObject | Unset = UNSET
    printability_status: str | Unset = UNSET
    product: None | OpenObject | Unset = UNSET
    partner: None | OpenObject | Unset = UNSET
    reference: None | str | Unset = UNSET
    unit_price: None | Price | Unset = UNSET
    short_description: None | str | Unset = UNSET
    status: str | Unset = UNSET
    stl_file: Any | Unset = UNSET
    post_processing_options: list[Any] | Unset = UNSET
    post_processing_products: list[Any] | Unset = UNSET
    attachments: list[Any] | Unset = UNSET
    technology: None | OpenObject | Unset = UNSET
    price_is_none_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        id = self.id

        availability = self.availability

        created_by = self.created_by

        customer_group: dict[str, Any] | None | Unset
        if isinstance(self.customer_group, Unset):
            customer_group = UNSET
        elif isinstance(self.customer_group, OpenObject):
            customer_group = self.customer_group.to_dict()
        else:
            customer_group = self.customer_group

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        has_removed_material = self.has_removed_material

        has_removed_post_processing = self.has_removed_post_processing

        has_removed_service = self.has_removed_service

        has_unpublished_material = self.has_unpublished_material

        has_unpublished_post_processing = self.has_unpublished_post_processing

        part_number: None | str | Unset
        if isinstance(self.part_number, Unset):
            part_number = UNSET
        else:
            part_number = self.part_number

        min_production_days = self.min_production_days

        max_production_days = self.max_production_days

        labels: list[Any] | Unset = UNSET
        if not isinstance(self.labels, Unset):
            labels = self.labels

        origin = self.origin

        part_requirements: dict[str, Any] | None | Unset
        if isinstance(self.part_requirements, Unset):
            part_requirements = UNSET
        elif isinstance(self.part_requirements, OpenObject):
            part_requirements = self.part_requirements.to_dict()
        else:
            part_requirements = self.part_requirements

        printability_status = self.printability_status

        product: dict[str, Any] | None | Unset
        if isinstance(self.product, Unset):
            product = UNSET
        elif isinstance(self.product, OpenObject):
            product = self.product.to_dict()
        else:
            product = self.product

        partner: dict[str, Any] | None | Unset
        if isinstance(self.partner, Unset):
            partner = UNSET
        elif isinstance(self.partner, OpenObject):
            partner = self.partner.to_dict()
        else:
            partner = self.partner

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        unit_price: dict[str, Any] | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        elif isinstance(self.unit_price, Price):
            unit_price = self.unit_price.to_dict()
        else:
            unit_price = self.unit_price

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        status = self.status

        stl_file = self.stl_file

        post_processing_options: list[Any] | Unset = UNSET
        if not isinstance(self.post_processing_options, Unset):
            post_processing_options = self.post_processing_options

        post_processing_products: list[Any] | Unset = UNSET
        if not isinstance(self.post_processing_products, Unset):
            post_processing_products = self.post_processing_products

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        technology: dict[str, Any] | None | Unset
        if isinstance(self.technology, Unset):
            technology = UNSET
        elif isinstance(self.technology, OpenObject):
            technology = self.technology.to_dict()
        else:
            technology = self.technology

        price_is_none_reason = self.price_is_none_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if availability is not UNSET:
            field_dict["availability"] = availability
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if customer_group is not UNSET:
            field_dict["customerGroup"] = customer_group
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if has_removed_material is not UNSET:
            field_dict["hasRemovedMaterial"] = has_removed_material
        if has_removed_post_processing is not UNSET:
            field_dict["hasRemovedPostProcessing"] = has_removed_post_processing
        if has_removed_service is not UNSET:
            field_dict["hasRemovedService"] = has_removed_service
        if has_unpublished_material is not UNSET:
            field_dict["hasUnpublishedMaterial"] = has_unpublished_material
        if has_unpublished_post_processing is not UNSET:
            field_dict["hasUnpublishedPostProcessing"] = has_unpublished_post_processing
        if part_number is not UNSET:
            field_dict["partNumber"] = part_number
        if min_production_days is not UNSET:
            field_dict["minProductionDays"] = min_production_days
        if max_production_days is not UNSET:
            field_dict["maxProductionDays"] = max_production_days
        if labels is not UNSET:
            field_dict["labels"] = labels
        if origin is not UNSET:
            field_dict["origin"] = origin
        if part_requirements is not UNSET:
            field_dict["partRequirements"] = part_requirements
        if printability_status is not UNSET:
            field_dict["printabilityStatus"] = printability_status
        if product is not UNSET:
            field_dict["product"] = product
        if partner is not UNSET:
            field_dict["partner"] = partner
        if reference is not UNSET:
            field_dict["reference"] = reference
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if status is not UNSET:
            field_dict["status"] = status
        if stl_file is not UNSET:
            field_dict["stlFile"] = stl_file
        if post_processing_options is not UNSET:
            field_dict["postProcessingOptions"] = post_processing_options
        if post_processing_products is not UNSET:
            field_dict["postProcessingProducts"] = post_processing_products
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if technology is not UNSET:
            field_dict["technology"] = technology
        if price_is_none_reason is not UNSET:
            field_dict["priceIsNoneReason"] = price_is_none_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        (
            (
                id,
                availability,
                created_by,
                _in_customer_group,
                title,
                _in_description,
                has_removed_material,
                has_removed_post_processing,
                has_removed_service,
                has_unpublished_material,
                has_unpublished_post_processing,
                _in_part_number,
                min_production_days,
                max_production_days,
                _in_labels,
                origin,
                _in_part_requirements,
                printability_status,
                _in_product,
                _in_partner,
                _in_reference,
                _in_unit_price,
                _in_short_description,
                status,
                stl_file,
                _in_post_processing_options,
                _in_post_processing_products,
                _in_attachments,
                _in_technology,
                price_is_none_reason,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _customer_group = _in_customer_group
        customer_group: None | OpenObject | Unset
        if _customer_group is None or _customer_group is UNSET:
            customer_group = _customer_group
        else:
            try:
                if not isinstance(_customer_group, dict):
                    raise TypeError()
                customer_group_type_0 = OpenObject.from_dict(_customer_group)

                customer_group = customer_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                customer_group = _customer_group

        description: None | str | Unset = _in_description

        part_number: None | str | Unset = _in_part_number

        labels = cast(list[Any], _in_labels)

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

        _product = _in_product
        product: None | OpenObject | Unset
        if _product is None or _product is UNSET:
            product = _product
        else:
            try:
                if not isinstance(_product, dict):
                    raise TypeError()
                product_type_0 = OpenObject.from_dict(_product)

                product = product_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                product = _product

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

        reference: None | str | Unset = _in_reference

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

        short_description: None | str | Unset = _in_short_description

        post_processing_options = cast(list[Any], _in_post_processing_options)

        post_processing_products = cast(list[Any], _in_post_processing_products)

        attachments = cast(list[Any], _in_attachments)

        _technology = _in_technology
        technology: None | OpenObject | Unset
        if _technology is None or _technology is UNSET:
            technology = _technology
        else:
            try:
                if not isinstance(_technology, dict):
                    raise TypeError()
                technology_type_0 = OpenObject.from_dict(_technology)

                technology = technology_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                technology = _technology

        if cls is CatalogItem:
            catalog_item = cls(
                id,
                availability,
                created_by,
                customer_group,
                title,
                description,
                has_removed_material,
                has_removed_post_processing,
                has_removed_service,
                has_unpublished_material,
                has_unpublished_post_processing,
                part_number,
                min_production_days,
                max_production_days,
                labels,
                origin,
                part_requirements,
                printability_status,
                product,
                partner,
                reference,
                unit_price,
                short_description,
                status,
                stl_file,
                post_processing_options,
                post_processing_products,
                attachments,
                technology,
                price_is_none_reason,
            )
        else:
            catalog_item = cls(
                id=id,
                availability=availability,
                created_by=created_by,
                customer_group=customer_group,
                title=title,
                description=description,
                has_removed_material=has_removed_material,
                has_removed_post_processing=has_removed_post_processing,
                has_removed_service=has_removed_service,
                has_unpublished_material=has_unpublished_material,
                has_unpublished_post_processing=has_unpublished_post_processing,
                part_number=part_number,
                min_production_days=min_production_days,
                max_production_days=max_production_days,
                labels=labels,
                origin=origin,
                part_requirements=part_requirements,
                printability_status=printability_status,
                product=product,
                partner=partner,
                reference=reference,
                unit_price=unit_price,
                short_description=short_description,
                status=status,
                stl_file=stl_file,
                post_processing_options=post_processing_options,
                post_processing_products=post_processing_products,
                attachments=attachments,
                technology=technology,
                price_is_none_reason=price_is_none_reason,
            )

        catalog_item.additional_properties = d
        return catalog_item

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
        "id",
        "availability",
        "createdBy",
        "customerGroup",
        "title",
        "description",
        "hasRemovedMaterial",
        "hasRemovedPostProcessing",
        "hasRemovedService",
        "hasUnpublishedMaterial",
        "hasUnpublishedPostProcessing",
        "partNumber",
        "minProductionDays",
        "maxProductionDays",
        "labels",
        "origin",
        "partRequirements",
        "printabilityStatus",
        "product",
        "partner",
        "reference",
        "unitPrice",
        "shortDescription",
        "status",
        "stlFile",
        "postProcessingOptions",
        "postProcessingProducts",
        "attachments",
        "technology",
        "priceIsNoneReason",
    ),
    unset=UNSET,
)
