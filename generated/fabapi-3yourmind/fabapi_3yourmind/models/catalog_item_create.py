from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

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
        d = dict(src_dict)

        def _parse_detailed_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        detailed_description = _parse_detailed_description(d.pop("detailedDescription"))

        product_id = d.pop("productId")

        stl_file_uuid = d.pop("stlFileUuid")

        technology_id = d.pop("technologyId")

        title = d.pop("title")

        def _parse_customer_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_group_id = _parse_customer_group_id(d.pop("customerGroupId", UNSET))

        label_ids = cast(list[int], d.pop("labelIds", UNSET))

        def _parse_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partnerId", UNSET))

        post_processing_product_ids = cast(list[int], d.pop("postProcessingProductIds", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_short_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_description = _parse_short_description(d.pop("shortDescription", UNSET))

        _status = d.pop("status", UNSET)
        status: CatalogItemStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CatalogItemStatus(_status)

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
