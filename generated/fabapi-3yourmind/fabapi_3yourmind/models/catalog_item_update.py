from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.catalog_item_status import CatalogItemStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="CatalogItemUpdate")


@_attrs_define
class CatalogItemUpdate:
    """
    Attributes:
        customer_group_id (int | None | Unset):
        description (None | str | Unset):
        label_ids (list[int] | Unset):
        part_number (None | str | Unset):
        partner_id (int | None | Unset):
        post_processing_product_ids (list[int] | Unset):
        product_id (int | Unset):
        reference (None | str | Unset):
        short_description (None | str | Unset):
        status (CatalogItemStatus | Unset):
        stl_file_uuid (UUID | Unset):
        technology_id (int | Unset):
        title (str | Unset):
    """

    customer_group_id: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    label_ids: list[int] | Unset = UNSET
    part_number: None | str | Unset = UNSET
    partner_id: int | None | Unset = UNSET
    post_processing_product_ids: list[int] | Unset = UNSET
    product_id: int | Unset = UNSET
    reference: None | str | Unset = UNSET
    short_description: None | str | Unset = UNSET
    status: CatalogItemStatus | Unset = UNSET
    stl_file_uuid: UUID | Unset = UNSET
    technology_id: int | Unset = UNSET
    title: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        customer_group_id: int | None | Unset
        if isinstance(self.customer_group_id, Unset):
            customer_group_id = UNSET
        else:
            customer_group_id = self.customer_group_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        label_ids: list[int] | Unset = UNSET
        if not isinstance(self.label_ids, Unset):
            label_ids = self.label_ids

        part_number: None | str | Unset
        if isinstance(self.part_number, Unset):
            part_number = UNSET
        else:
            part_number = self.part_number

        partner_id: int | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        post_processing_product_ids: list[int] | Unset = UNSET
        if not isinstance(self.post_processing_product_ids, Unset):
            post_processing_product_ids = self.post_processing_product_ids

        product_id = self.product_id

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

        stl_file_uuid: str | Unset = UNSET
        if not isinstance(self.stl_file_uuid, Unset):
            stl_file_uuid = str(self.stl_file_uuid)

        technology_id = self.technology_id

        title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer_group_id is not UNSET:
            field_dict["customerGroupId"] = customer_group_id
        if description is not UNSET:
            field_dict["description"] = description
        if label_ids is not UNSET:
            field_dict["labelIds"] = label_ids
        if part_number is not UNSET:
            field_dict["partNumber"] = part_number
        if partner_id is not UNSET:
            field_dict["partnerId"] = partner_id
        if post_processing_product_ids is not UNSET:
            field_dict["postProcessingProductIds"] = post_processing_product_ids
        if product_id is not UNSET:
            field_dict["productId"] = product_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if short_description is not UNSET:
            field_dict["shortDescription"] = short_description
        if status is not UNSET:
            field_dict["status"] = status
        if stl_file_uuid is not UNSET:
            field_dict["stlFileUuid"] = stl_file_uuid
        if technology_id is not UNSET:
            field_dict["technologyId"] = technology_id
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_customer_group_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        customer_group_id = _parse_customer_group_id(d.pop("customerGroupId", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        label_ids = cast(list[int], d.pop("labelIds", UNSET))

        def _parse_part_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        part_number = _parse_part_number(d.pop("partNumber", UNSET))

        def _parse_partner_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partnerId", UNSET))

        post_processing_product_ids = cast(list[int], d.pop("postProcessingProductIds", UNSET))

        product_id = d.pop("productId", UNSET)

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

        _stl_file_uuid = d.pop("stlFileUuid", UNSET)
        stl_file_uuid: UUID | Unset
        if isinstance(_stl_file_uuid, Unset):
            stl_file_uuid = UNSET
        else:
            stl_file_uuid = UUID(_stl_file_uuid)

        technology_id = d.pop("technologyId", UNSET)

        title = d.pop("title", UNSET)

        catalog_item_update = cls(
            customer_group_id=customer_group_id,
            description=description,
            label_ids=label_ids,
            part_number=part_number,
            partner_id=partner_id,
            post_processing_product_ids=post_processing_product_ids,
            product_id=product_id,
            reference=reference,
            short_description=short_description,
            status=status,
            stl_file_uuid=stl_file_uuid,
            technology_id=technology_id,
            title=title,
        )

        catalog_item_update.additional_properties = d
        return catalog_item_update

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
