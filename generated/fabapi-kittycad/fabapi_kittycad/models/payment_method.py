from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.billing_info import BillingInfo
    from ..models.card_details import CardDetails
    from ..models.payment_method_metadata import PaymentMethodMetadata


T = TypeVar("T", bound="PaymentMethod")


@_attrs_define
class PaymentMethod:
    """A payment method. The reference gives no field list; the fields and types are read from its example response.

    Attributes:
        billing_info (BillingInfo | Unset): The billing information for payments.
        card (CardDetails | Unset): The card details of a payment method. The reference gives no field list; the fields
            and types are read from its example response.
        created_at (datetime.datetime | Unset): Time at which the object was created.
        id (str | Unset): Unique identifier for the object.
        metadata (PaymentMethodMetadata | Unset): Set of key-value pairs.
        type_ (str | Unset): The type of payment method (the example shows `card`; the reference lists no values).
    """

    billing_info: BillingInfo | Unset = UNSET
    card: CardDetails | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    id: str | Unset = UNSET
    metadata: PaymentMethodMetadata | Unset = UNSET
    type_: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        billing_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_info, Unset):
            billing_info = self.billing_info.to_dict()

        card: dict[str, Any] | Unset = UNSET
        if not isinstance(self.card, Unset):
            card = self.card.to_dict()

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if billing_info is not UNSET:
            field_dict["billing_info"] = billing_info
        if card is not UNSET:
            field_dict["card"] = card
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_info import BillingInfo  # noqa: PLC0415
        from ..models.card_details import CardDetails  # noqa: PLC0415
        from ..models.payment_method_metadata import PaymentMethodMetadata  # noqa: PLC0415

        (
            (
                _in_billing_info,
                _in_card,
                _in_created_at,
                id,
                _in_metadata,
                type_,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _billing_info = _in_billing_info
        billing_info: BillingInfo | Unset
        if _billing_info is UNSET:
            billing_info = UNSET
        else:
            billing_info = BillingInfo.from_dict(_billing_info)

        _card = _in_card
        card: CardDetails | Unset
        if _card is UNSET:
            card = UNSET
        else:
            card = CardDetails.from_dict(_card)

        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _metadata = _in_metadata
        metadata: PaymentMethodMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = PaymentMethodMetadata.from_dict(_metadata)

        if cls is PaymentMethod:
            payment_method = cls(
                billing_info,
                card,
                created_at,
                id,
                metadata,
                type_,
            )
        else:
            payment_method = cls(
                billing_info=billing_info,
                card=card,
                created_at=created_at,
                id=id,
                metadata=metadata,
                type_=type_,
            )

        payment_method.additional_properties = d
        return payment_method

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
        "billing_info",
        "card",
        "created_at",
        "id",
        "metadata",
        "type",
    ),
    unset=UNSET,
)
