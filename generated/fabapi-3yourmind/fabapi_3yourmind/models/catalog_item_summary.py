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


T = TypeVar("T", bound="CatalogItemSummary")


@_attrs_define
class CatalogItemSummary:
    """A catalog item as created from a basket line in the service panel (a flatter shape).

    Attributes:
        attachments (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        availability (bool | Unset):
        customer_group (None | OpenObject | Unset):
        id (int | Unset):
        title (str | Unset):
        description (None | str | Unset):
        form_fields (None | OpenObject | Unset):
        part_number (None | str | Unset):
        min_production_days (int | Unset):
        max_production_days (int | Unset):
        labels (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        product_title (str | Unset):
        partner_name (str | Unset):
        reference (None | str | Unset):
        unit_price (None | Price | Unset):
        status (str | Unset):  Example: published.
        thumbnail_url (str | Unset):
        post_processing_options (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        post_processing_products (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        price_is_none_reason (str | Unset):  Example: MANUAL_PRICING_REQUIRED.
    """

    attachments: list[Any] | Unset = UNSET
    availability: bool | Unset = UNSET
    customer_group: None | OpenObject | Unset = UNSET
    id: int | Unset = UNSET
    title: str | Unset = UNSET
    description: None | str | Unset = UNSET
    form_fields: None | OpenObject | Unset = UNSET
    part_number: None | str | Unset = UNSET
    min_production_days: int | Unset = UNSET
    max_production_days: int | Unset = UNSET
    labels: list[Any] | Unset = UNSET
    product_title: str | Unset = UNSET
    partner_name: str | Unset = UNSET
    reference: None | str | Unset = UNSET
    unit_price: None | Price | Unset = UNSET
    status: str | Unset = UNSET
    thumbnail_url: str | Unset = UNSET
    post_processing_options: list[Any] | Unset = UNSET
    post_processing_products: list[Any] | Unset = UNSET
    price_is_none_reason: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        availability = self.availability

        customer_group: dict[str, Any] | None | Unset
        if isinstance(self.customer_group, Unset):
            customer_group = UNSET
        elif isinstance(self.customer_group, OpenObject):
            customer_group = self.customer_group.to_dict()
        else:
            customer_group = self.customer_group

        id = self.id

        title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        form_fields: dict[str, Any] | None | Unset
        if isinstance(self.form_fields, Unset):
            form_fields = UNSET
        elif isinstance(self.form_fields, OpenObject):
            form_fields = self.form_fields.to_dict()
        else:
            form_fields = self.form_fields

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

        product_title = self.product_title

        partner_name = self.partner_name

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

        status = self.status

        thumbnail_url = self.thumbnail_url

        post_processing_options: list[Any] | Unset = UNSET
        if not isinstance(self.post_processing_options, Unset):
            post_processing_options = self.post_processing_options

        post_processing_products: list[Any] | Unset = UNSET
        if not isinstance(self.post_processing_products, Unset):
            post_processing_products = self.post_processing_products

        price_is_none_reason = self.price_is_none_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if availability is not UNSET:
            field_dict["availability"] = availability
        if customer_group is not UNSET:
            field_dict["customerGroup"] = customer_group
        if id is not UNSET:
            field_dict["id"] = id
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if form_fields is not UNSET:
            field_dict["formFields"] = form_fields
        if part_number is not UNSET:
            field_dict["partNumber"] = part_number
        if min_production_days is not UNSET:
            field_dict["minProductionDays"] = min_production_days
        if max_production_days is not UNSET:
            field_dict["maxProductionDays"] = max_production_days
        if labels is not UNSET:
            field_dict["labels"] = labels
        if product_title is not UNSET:
            field_dict["productTitle"] = product_title
        if partner_name is not UNSET:
            field_dict["partnerName"] = partner_name
        if reference is not UNSET:
            field_dict["reference"] = reference
        if unit_price is not UNSET:
            field_dict["unitPrice"] = unit_price
        if status is not UNSET:
            field_dict["status"] = status
        if thumbnail_url is not UNSET:
            field_dict["thumbnailUrl"] = thumbnail_url
        if post_processing_options is not UNSET:
            field_dict["postProcessingOptions"] = post_processing_options
        if post_processing_products is not UNSET:
            field_dict["postProcessingProducts"] = post_processing_products
        if price_is_none_reason is not UNSET:
            field_dict["priceIsNoneReason"] = price_is_none_reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415
        from ..models.price import Price  # noqa: PLC0415

        (
            (
                _in_attachments,
                availability,
                _in_customer_group,
                id,
                title,
                _in_description,
                _in_form_fields,
                _in_part_number,
                min_production_days,
                max_production_days,
                _in_labels,
                product_title,
                partner_name,
                _in_reference,
                _in_unit_price,
                status,
                thumbnail_url,
                _in_post_processing_options,
                _in_post_processing_products,
                price_is_none_reason,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        attachments = cast(list[Any], _in_attachments)

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

        _form_fields = _in_form_fields
        form_fields: None | OpenObject | Unset
        if _form_fields is None or _form_fields is UNSET:
            form_fields = _form_fields
        else:
            try:
                if not isinstance(_form_fields, dict):
                    raise TypeError()
                form_fields_type_0 = OpenObject.from_dict(_form_fields)

                form_fields = form_fields_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                form_fields = _form_fields

        part_number: None | str | Unset = _in_part_number

        labels = cast(list[Any], _in_labels)

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

        post_processing_options = cast(list[Any], _in_post_processing_options)

        post_processing_products = cast(list[Any], _in_post_processing_products)

        if cls is CatalogItemSummary:
            catalog_item_summary = cls(
                attachments,
                availability,
                customer_group,
                id,
                title,
                description,
                form_fields,
                part_number,
                min_production_days,
                max_production_days,
                labels,
                product_title,
                partner_name,
                reference,
                unit_price,
                status,
                thumbnail_url,
                post_processing_options,
                post_processing_products,
                price_is_none_reason,
            )
        else:
            catalog_item_summary = cls(
                attachments=attachments,
                availability=availability,
                customer_group=customer_group,
                id=id,
                title=title,
                description=description,
                form_fields=form_fields,
                part_number=part_number,
                min_production_days=min_production_days,
                max_production_days=max_production_days,
                labels=labels,
                product_title=product_title,
                partner_name=partner_name,
                reference=reference,
                unit_price=unit_price,
                status=status,
                thumbnail_url=thumbnail_url,
                post_processing_options=post_processing_options,
                post_processing_products=post_processing_products,
                price_is_none_reason=price_is_none_reason,
            )

        catalog_item_summary.additional_properties = d
        return catalog_item_summary

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
        "attachments",
        "availability",
        "customerGroup",
        "id",
        "title",
        "description",
        "formFields",
        "partNumber",
        "minProductionDays",
        "maxProductionDays",
        "labels",
        "productTitle",
        "partnerName",
        "reference",
        "unitPrice",
        "status",
        "thumbnailUrl",
        "postProcessingOptions",
        "postProcessingProducts",
        "priceIsNoneReason",
    ),
    unset=UNSET,
)
