from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_line_item_metadata import InvoiceLineItemMetadata


T = TypeVar("T", bound="InvoiceLineItem")


@_attrs_define
class InvoiceLineItem:
    """An invoice line item. The reference gives no field list; the fields and types are read from its example response.

    Attributes:
        amount (float | Unset): The amount (USD).
        currency (str | Unset): Three-letter ISO currency code, lower case. Open set: the currencies the reference lists
            are in x-fabapi-known-values.
        description (str | Unset): The description.
        id (str | Unset): Unique identifier for the object.
        invoice_item (str | Unset): The ID of the invoice item associated with this line item if any.
        metadata (InvoiceLineItemMetadata | Unset): Set of key-value pairs.
    """

    amount: float | Unset = UNSET
    currency: str | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    invoice_item: str | Unset = UNSET
    metadata: InvoiceLineItemMetadata | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        currency = self.currency

        description = self.description

        id = self.id

        invoice_item = self.invoice_item

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount is not UNSET:
            field_dict["amount"] = amount
        if currency is not UNSET:
            field_dict["currency"] = currency
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if invoice_item is not UNSET:
            field_dict["invoice_item"] = invoice_item
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line_item_metadata import InvoiceLineItemMetadata  # noqa: PLC0415

        (
            (
                amount,
                currency,
                description,
                id,
                invoice_item,
                _in_metadata,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _metadata = _in_metadata
        metadata: InvoiceLineItemMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = InvoiceLineItemMetadata.from_dict(_metadata)

        if cls is InvoiceLineItem:
            invoice_line_item = cls(
                amount,
                currency,
                description,
                id,
                invoice_item,
                metadata,
            )
        else:
            invoice_line_item = cls(
                amount=amount,
                currency=currency,
                description=description,
                id=id,
                invoice_item=invoice_item,
                metadata=metadata,
            )

        invoice_line_item.additional_properties = d
        return invoice_line_item

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
        "amount",
        "currency",
        "description",
        "id",
        "invoice_item",
        "metadata",
    ),
    unset=UNSET,
)
