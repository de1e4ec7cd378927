from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.invoice_line_item import InvoiceLineItem
    from ..models.invoice_metadata import InvoiceMetadata


T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """An invoice. The reference gives no field list; the fields and types are read from its example response.

    Attributes:
        amount_due (float | Unset): Final amount due at this time for this invoice (USD).
        amount_paid (float | Unset): The amount that was paid (USD).
        amount_remaining (float | Unset): The amount remaining that is due (USD).
        attempt_count (int | Unset): Number of payment attempts made for this invoice.
        attempted (bool | Unset): Whether an attempt has been made to pay the invoice.
        created_at (datetime.datetime | Unset): Time at which the object was created.
        currency (str | Unset): Three-letter ISO currency code, lower case. Open set: the currencies the reference lists
            are in x-fabapi-known-values.
        customer_email (str | Unset): The email address for the customer.
        customer_id (str | Unset): Customer ID.
        default_payment_method (str | Unset): Default payment method.
        description (str | Unset): Description of the invoice.
        id (str | Unset): Unique identifier for the object.
        lines (list[InvoiceLineItem] | Unset): The individual line items that make up the invoice.
        metadata (InvoiceMetadata | Unset): Set of key-value pairs.
        number (str | Unset): A unique, identifying string that appears on emails sent to the customer for this invoice.
        paid (bool | Unset): Whether payment was successfully collected for this invoice.
        pdf (str | Unset): The link to download the PDF for the invoice.
        receipt_number (str | Unset): This is the transaction number that appears on email receipts sent for this
            invoice.
        statement_descriptor (str | Unset): Extra information about an invoice for the customer's credit card statement.
        status (str | Unset): The status of the invoice (the example shows `void`; the reference lists no values).
        subtotal (float | Unset): Total of all subscriptions, invoice items, and prorations on the invoice before any
            invoice level discount or tax is applied (USD).
        tax (float | Unset): The amount of tax on this invoice (USD).
        total (float | Unset): Total after discounts and taxes (USD).
        url (str | Unset): The URL for the hosted invoice page.
    """

    amount_due: float | Unset = UNSET
    amount_paid: float | Unset = UNSET
    amount_remaining: float | Unset = UNSET
    attempt_count: int | Unset = UNSET
    attempted: bool | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    currency: str | Unset = UNSET
    customer_email: str | Unset = UNSET
    customer_id: str | Unset = UNSET
    default_payment_method: str | Unset = UNSET
    description: str | Unset = UNSET
    id: str | Unset = UNSET
    lines: list[InvoiceLineItem] | Unset = UNSET
    metadata: InvoiceMetadata | Unset = UNSET
    number: str | Unset = UNSET
    paid: bool | Unset = UNSET
    pdf: str | Unset = UNSET
    receipt_number: str | Unset = UNSET
    statement_descriptor: str | Unset = UNSET
    status: str | Unset = UNSET
    subtotal: float | Unset = UNSET
    tax: float | Unset = UNSET
    total: float | Unset = UNSET
    url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        amount_due = self.amount_due

        amount_paid = self.amount_paid

        amount_remaining = self.amount_remaining

        attempt_count = self.attempt_count

        attempted = self.attempted

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        currency = self.currency

        customer_email = self.customer_email

        customer_id = self.customer_id

        default_payment_method = self.default_payment_method

        description = self.description

        id = self.id

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        number = self.number

        paid = self.paid

        pdf = self.pdf

        receipt_number = self.receipt_number

        statement_descriptor = self.statement_descriptor

        status = self.status

        subtotal = self.subtotal

        tax = self.tax

        total = self.total

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if amount_due is not UNSET:
            field_dict["amount_due"] = amount_due
        if amount_paid is not UNSET:
            field_dict["amount_paid"] = amount_paid
        if amount_remaining is not UNSET:
            field_dict["amount_remaining"] = amount_remaining
        if attempt_count is not UNSET:
            field_dict["attempt_count"] = attempt_count
        if attempted is not UNSET:
            field_dict["attempted"] = attempted
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if customer_email is not UNSET:
            field_dict["customer_email"] = customer_email
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if default_payment_method is not UNSET:
            field_dict["default_payment_method"] = default_payment_method
        if description is not UNSET:
            field_dict["description"] = description
        if id is not UNSET:
            field_dict["id"] = id
        if lines is not UNSET:
            field_dict["lines"] = lines
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if number is not UNSET:
            field_dict["number"] = number
        if paid is not UNSET:
            field_dict["paid"] = paid
        if pdf is not UNSET:
            field_dict["pdf"] = pdf
        if receipt_number is not UNSET:
            field_dict["receipt_number"] = receipt_number
        if statement_descriptor is not UNSET:
            field_dict["statement_descriptor"] = statement_descriptor
        if status is not UNSET:
            field_dict["status"] = status
        if subtotal is not UNSET:
            field_dict["subtotal"] = subtotal
        if tax is not UNSET:
            field_dict["tax"] = tax
        if total is not UNSET:
            field_dict["total"] = total
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.invoice_line_item import InvoiceLineItem  # noqa: PLC0415
        from ..models.invoice_metadata import InvoiceMetadata  # noqa: PLC0415

        (
            (
                amount_due,
                amount_paid,
                amount_remaining,
                attempt_count,
                attempted,
                _in_created_at,
                currency,
                customer_email,
                customer_id,
                default_payment_method,
                description,
                id,
                _in_lines,
                _in_metadata,
                number,
                paid,
                pdf,
                receipt_number,
                statement_descriptor,
                status,
                subtotal,
                tax,
                total,
                url,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _lines = _in_lines
        lines: list[InvoiceLineItem] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = InvoiceLineItem.from_dict(lines_item_data)

                lines.append(lines_item)

        _metadata = _in_metadata
        metadata: InvoiceMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = InvoiceMetadata.from_dict(_metadata)

        if cls is Invoice:
            invoice = cls(
                amount_due,
                amount_paid,
                amount_remaining,
                attempt_count,
                attempted,
                created_at,
                currency,
                customer_email,
                customer_id,
                default_payment_method,
                description,
                id,
                lines,
                metadata,
                number,
                paid,
                pdf,
                receipt_number,
                statement_descriptor,
                status,
                subtotal,
                tax,
                total,
                url,
            )
        else:
            invoice = cls(
                amount_due=amount_due,
                amount_paid=amount_paid,
                amount_remaining=amount_remaining,
                attempt_count=attempt_count,
                attempted=attempted,
                created_at=created_at,
                currency=currency,
                customer_email=customer_email,
                customer_id=customer_id,
                default_payment_method=default_payment_method,
                description=description,
                id=id,
                lines=lines,
                metadata=metadata,
                number=number,
                paid=paid,
                pdf=pdf,
                receipt_number=receipt_number,
                statement_descriptor=statement_descriptor,
                status=status,
                subtotal=subtotal,
                tax=tax,
                total=total,
                url=url,
            )

        invoice.additional_properties = d
        return invoice

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
        "amount_due",
        "amount_paid",
        "amount_remaining",
        "attempt_count",
        "attempted",
        "created_at",
        "currency",
        "customer_email",
        "customer_id",
        "default_payment_method",
        "description",
        "id",
        "lines",
        "metadata",
        "number",
        "paid",
        "pdf",
        "receipt_number",
        "statement_descriptor",
        "status",
        "subtotal",
        "tax",
        "total",
        "url",
    ),
    unset=UNSET,
)
