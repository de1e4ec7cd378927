from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_uuid

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
        (
            (
                _in_customer_group_id,
                _in_description,
                _in_label_ids,
                _in_part_number,
                _in_partner_id,
                _in_post_processing_product_ids,
                product_id,
                _in_reference,
                _in_short_description,
                _in_status,
                _in_stl_file_uuid,
                technology_id,
                title,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        customer_group_id: int | None | Unset = _in_customer_group_id

        description: None | str | Unset = _in_description

        label_ids = cast(list[int], _in_label_ids)

        part_number: None | str | Unset = _in_part_number

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

        _stl_file_uuid = _in_stl_file_uuid
        stl_file_uuid: UUID | Unset
        if _stl_file_uuid is UNSET:
            stl_file_uuid = UNSET
        else:
            stl_file_uuid = parse_uuid(_stl_file_uuid)

        if cls is CatalogItemUpdate:
            catalog_item_update = cls(
                customer_group_id,
                description,
                label_ids,
                part_number,
                partner_id,
                post_processing_product_ids,
                product_id,
                reference,
                short_description,
                status,
                stl_file_uuid,
                technology_id,
                title,
            )
        else:
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


# The JSON names of the properties, required then optional, as `from_dict` takes them out.
_PROPERTIES = Properties(
    required=(),
    optional=(
        "customerGroupId",
        "description",
        "labelIds",
        "partNumber",
        "partnerId",
        "postProcessingProductIds",
        "productId",
        "reference",
        "shortDescription",
        "status",
        "stlFileUuid",
        "technologyId",
        "title",
    ),
    unset=UNSET,
)
