from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.open_object import OpenObject


T = TypeVar("T", bound="MaterialLot")


@_attrs_define
class MaterialLot:
    """A lot of material (powder, filament, ...) tracked in the MES.

    Attributes:
        id (int | Unset):
        amount (str | Unset): Decimal number, sent as a string (e.g. "19.00000").
        amount_last_modified_at (datetime.datetime | None | Unset):
        amount_last_modified_by (None | OpenObject | Unset):
        attachments (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
        created_at (datetime.datetime | Unset):
        created_by (None | OpenObject | Unset):
        external_lot_id (str | Unset):
        internal_lot_number (str | Unset):
        material (None | OpenObject | Unset):
        material_form (str | Unset):  Example: powder.
        technologies (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
    """

    id: int | Unset = UNSET
    amount: str | Unset = UNSET
    amount_last_modified_at: datetime.datetime | None | Unset = UNSET
    amount_last_modified_by: None | OpenObject | Unset = UNSET
    attachments: list[Any] | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    created_by: None | OpenObject | Unset = UNSET
    external_lot_id: str | Unset = UNSET
    internal_lot_number: str | Unset = UNSET
    material: None | OpenObject | Unset = UNSET
    material_form: str | Unset = UNSET
    technologies: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        id = self.id

        amount = self.amount

        amount_last_modified_at: None | str | Unset
        if isinstance(self.amount_last_modified_at, Unset):
            amount_last_modified_at = UNSET
        elif isinstance(self.amount_last_modified_at, datetime.datetime):
            amount_last_modified_at = self.amount_last_modified_at.isoformat()
        else:
            amount_last_modified_at = self.amount_last_modified_at

        amount_last_modified_by: dict[str, Any] | None | Unset
        if isinstance(self.amount_last_modified_by, Unset):
            amount_last_modified_by = UNSET
        elif isinstance(self.amount_last_modified_by, OpenObject):
            amount_last_modified_by = self.amount_last_modified_by.to_dict()
        else:
            amount_last_modified_by = self.amount_last_modified_by

        attachments: list[Any] | Unset = UNSET
        if not isinstance(self.attachments, Unset):
            attachments = self.attachments

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        created_by: dict[str, Any] | None | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, OpenObject):
            created_by = self.created_by.to_dict()
        else:
            created_by = self.created_by

        external_lot_id = self.external_lot_id

        internal_lot_number = self.internal_lot_number

        material: dict[str, Any] | None | Unset
        if isinstance(self.material, Unset):
            material = UNSET
        elif isinstance(self.material, OpenObject):
            material = self.material.to_dict()
        else:
            material = self.material

        material_form = self.material_form

        technologies: list[Any] | Unset = UNSET
        if not isinstance(self.technologies, Unset):
            technologies = self.technologies

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if amount is not UNSET:
            field_dict["amount"] = amount
        if amount_last_modified_at is not UNSET:
            field_dict["amountLastModifiedAt"] = amount_last_modified_at
        if amount_last_modified_by is not UNSET:
            field_dict["amountLastModifiedBy"] = amount_last_modified_by
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if created_by is not UNSET:
            field_dict["createdBy"] = created_by
        if external_lot_id is not UNSET:
            field_dict["externalLotId"] = external_lot_id
        if internal_lot_number is not UNSET:
            field_dict["internalLotNumber"] = internal_lot_number
        if material is not UNSET:
            field_dict["material"] = material
        if material_form is not UNSET:
            field_dict["materialForm"] = material_form
        if technologies is not UNSET:
            field_dict["technologies"] = technologies

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                id,
                amount,
                _in_amount_last_modified_at,
                _in_amount_last_modified_by,
                _in_attachments,
                _in_created_at,
                _in_created_by,
                external_lot_id,
                internal_lot_number,
                _in_material,
                material_form,
                _in_technologies,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _amount_last_modified_at = _in_amount_last_modified_at
        amount_last_modified_at: datetime.datetime | None | Unset
        if _amount_last_modified_at is None or _amount_last_modified_at is UNSET:
            amount_last_modified_at = _amount_last_modified_at
        else:
            try:
                if not isinstance(_amount_last_modified_at, str):
                    raise TypeError()
                amount_last_modified_at_type_0 = parse_datetime(_amount_last_modified_at)

                amount_last_modified_at = amount_last_modified_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                amount_last_modified_at = _amount_last_modified_at

        _amount_last_modified_by = _in_amount_last_modified_by
        amount_last_modified_by: None | OpenObject | Unset
        if _amount_last_modified_by is None or _amount_last_modified_by is UNSET:
            amount_last_modified_by = _amount_last_modified_by
        else:
            try:
                if not isinstance(_amount_last_modified_by, dict):
                    raise TypeError()
                amount_last_modified_by_type_0 = OpenObject.from_dict(_amount_last_modified_by)

                amount_last_modified_by = amount_last_modified_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                amount_last_modified_by = _amount_last_modified_by

        attachments = cast(list[Any], _in_attachments)

        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _created_by = _in_created_by
        created_by: None | OpenObject | Unset
        if _created_by is None or _created_by is UNSET:
            created_by = _created_by
        else:
            try:
                if not isinstance(_created_by, dict):
                    raise TypeError()
                created_by_type_0 = OpenObject.from_dict(_created_by)

                created_by = created_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                created_by = _created_by

        _material = _in_material
        material: None | OpenObject | Unset
        if _material is None or _material is UNSET:
            material = _material
        else:
            try:
                if not isinstance(_material, dict):
                    raise TypeError()
                material_type_0 = OpenObject.from_dict(_material)

                material = material_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                material = _material

        technologies = cast(list[Any], _in_technologies)

        if cls is MaterialLot:
            material_lot = cls(
                id,
                amount,
                amount_last_modified_at,
                amount_last_modified_by,
                attachments,
                created_at,
                created_by,
                external_lot_id,
                internal_lot_number,
                material,
                material_form,
                technologies,
            )
        else:
            material_lot = cls(
                id=id,
                amount=amount,
                amount_last_modified_at=amount_last_modified_at,
                amount_last_modified_by=amount_last_modified_by,
                attachments=attachments,
                created_at=created_at,
                created_by=created_by,
                external_lot_id=external_lot_id,
                internal_lot_number=internal_lot_number,
                material=material,
                material_form=material_form,
                technologies=technologies,
            )

        material_lot.additional_properties = d
        return material_lot

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
        "amount",
        "amountLastModifiedAt",
        "amountLastModifiedBy",
        "attachments",
        "createdAt",
        "createdBy",
        "externalLotId",
        "internalLotNumber",
        "material",
        "materialForm",
        "technologies",
    ),
    unset=UNSET,
)
