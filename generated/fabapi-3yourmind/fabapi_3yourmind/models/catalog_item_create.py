from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..models.catalog_item_status import CatalogItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogItemCreate")


@_attrs_define
class CatalogItemCreate:
    """The seed renders this body as "One of" with only its first variant's fields; this is that variant.

    Attributes:
        detailed_description (None | str):
        product_id (int):
        stl_file_uuid (str):
        technology_id (int):
        title (str):
        customer_group_id (int | None | Unset):
        label_ids (list[int] | Unset):
        partner_id (int | None | Unset):
        post_processing_product_ids (list[int] | Unset):
        reference (None | str | Unset):
        short_description (None | str | Unset):
        status (CatalogItemStatus | Unset):
    """

    detailed_description: None | str
    product_id: int
    stl_file_uuid: str
    technology_id: int
    title: str
    customer_group_id: int | None | Unset = UNSET
    label_ids: list[int] | Unset = UNSET
    partner_id: int | None | Unset = UNSET
    post_processing_product_ids: list[int] | Unset = UNSET
    reference: None | str | Unset = UNSET
    short_description: None | str | Unset = UNSET
    status: CatalogItemStatus | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detailed_description: None | str
        detailed_description = self.detailed_description

        product_id = self.product_id

        stl_file_uuid = self.stl_file_uuid

        technology_id = self.technology_id

        title = self.title

        customer_group_id: int | None | Unset
        if isinstance(self.customer_group_id, Unset):
            customer_group_id = UNSET
        else:
            customer_group_id = self.customer_group_id

        label_ids: list[int] | Unset = UNSET
        if not isinstance(self.label_ids, Unset):
            label_ids = self.label_ids

        partner_id: int | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        post_processing_product_ids: list[int] | Unset = UNSET
        if not isinstance(self.post_processing_product_ids, Unset):
            post_processing_product_ids = self.post_processing_product_ids

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        short_description: None | str | Unset
        if isinstance(self.short_description, Unset):
            short_description = UNSET
        else:
            short_description = self.short_description

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detailedDescription": detailed_description,
                "productId": product_id,
                "stlFileUuid": stl_file_uuid,
                "technologyId": technology_id,
                "title": title,
            }
        )
        if customer_group_id is not UNSET:
            field_dict["customerGroupId"] = customer_group_id
        if label_ids is not UNSET:
            field_dict["labelIds"] = label_ids
        if partner_id is not UNSET:
            field_dict["partnerId"] = partner_id
        if post_processing_product_ids is not UNSET:
            field_dict["postProcessingProductIds"] = post_processing_product_ids
        if reference is not UNSET:
            field_dict["reference"] = reference
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if status is not UNSET:
            field_dict["status"] = status

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_detailed_description,
                product_id,
                stl_file_uuid,
                technology_id,
                title,
                _in_customer_group_id,
                _in_label_ids,
                _in_partner_id,
                _in_post_processing_product_ids,
                _in_reference,
                _in_short_description,
                _in_status,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        detailed_description: None | str = _in_detailed_description

        customer_group_id: int | None | Unset = _in_customer_group_id

        label_ids = cast(list[int], _in_label_ids)

        partner_id: int | None | Unset = _in_partner_id

        post_processing_product_ids = cast(list[int], _in_post_processing_product_ids)

        reference: None | str | Unset = _in_reference

        short_description: None | str | Unset = _in_short_description

        _status = _in_status
        status: CatalogItemStatus | Unset
        if _status is UNSET:
            status = UNSET
        else:
            try:
                status = cast("CatalogItemStatus", CatalogItemStatus._value2member_map_[_status])
            except (KeyError, TypeError):
                status = CatalogItemStatus(_status)

        if cls is CatalogItemCreate:
            catalog_item_create = cls(
                detailed_description,
                product_id,
                stl_file_uuid,
                technology_id,
                title,
                customer_group_id,
                label_ids,
                partner_id,
                post_processing_product_ids,
                reference,
                short_description,
                status,
            )
        else:
            catalog_item_create = cls(
                detailed_description=detailed_description,
                product_id=product_id,
                stl_file_uuid=stl_file_uuid,
                technology_id=technology_id,
                title=title,
                customer_group_id=customer_group_id,
                label_ids=label_ids,
                partner_id=partner_id,
                post_processing_product_ids=post_processing_product_ids,
                reference=reference,
                short_description=short_description,
                status=status,
            )

        catalog_item_create.additional_properties = d
        return catalog_item_create

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
        "detailedDescription",
        "productId",
        "stlFileUuid",
        "technologyId",
        "title",
    ),
    optional=(
        "customerGroupId",
        "labelIds",
        "partnerId",
        "postProcessingProductIds",
        "reference",
        "shortDescription",
        "status",
    ),
    unset=UNSET,
)
