from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_metadata import CustomerMetadata
    from ..models.new_address import NewAddress


T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """The resource representing a payment "Customer".

    Attributes:
        address (NewAddress | Unset): The struct that is used to create a new record. This is automatically generated
            and has all the same fields as the main struct only it is missing the id.
        balance (float | Unset): Current balance, if any, being stored on the customer in the payments service (USD).

            If negative, the customer has credit to apply to their next invoice. If positive, the customer has an amount
            owed that will be added to their next invoice. The balance does not refer to any unpaid invoices; it solely
            takes into account amounts that have yet to be successfully applied to any invoice. This balance is only taken
            into account as invoices are finalized.
        created_at (datetime.datetime | Unset): Time at which the object was created.
        currency (str | Unset): Three-letter ISO currency code, lower case. Open set: the currencies the reference lists
            are in x-fabapi-known-values.
        delinquent (bool | Unset): When the customer's latest invoice is billed by charging automatically, delinquent is
            true if the invoice's latest charge failed.

            When the customer's latest invoice is billed by sending an invoice, delinquent is true if the invoice isn't paid
            by its due date. If an invoice is marked uncollectible by dunning, delinquent doesn't get reset to false.
        email (str | Unset): The customer's email address.
        id (str | Unset): Unique identifier for the object.
        metadata (CustomerMetadata | Unset): Set of key-value pairs.
        name (str | Unset): The customer's full name or business name.
        phone (str | Unset): The customer's phone number (the reference labels it Phone Number).
    """

    address: NewAddress | Unset = UNSET
    balance: float | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    currency: str | Unset = UNSET
    delinquent: bool | Unset = UNSET
    email: str | Unset = UNSET
    id: str | Unset = UNSET
    metadata: CustomerMetadata | Unset = UNSET
    name: str | Unset = UNSET
    phone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.address, Unset):
            address = self.address.to_dict()

        balance = self.balance

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        currency = self.currency

        delinquent = self.delinquent

        email = self.email

        id = self.id

        metadata: dict[str, Any] | Unset = UNSET
        if not isinstance(self.metadata, Unset):
            metadata = self.metadata.to_dict()

        name = self.name

        phone = self.phone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address is not UNSET:
            field_dict["address"] = address
        if balance is not UNSET:
            field_dict["balance"] = balance
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if currency is not UNSET:
            field_dict["currency"] = currency
        if delinquent is not UNSET:
            field_dict["delinquent"] = delinquent
        if email is not UNSET:
            field_dict["email"] = email
        if id is not UNSET:
            field_dict["id"] = id
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if name is not UNSET:
            field_dict["name"] = name
        if phone is not UNSET:
            field_dict["phone"] = phone

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_metadata import CustomerMetadata  # noqa: PLC0415
        from ..models.new_address import NewAddress  # noqa: PLC0415

        (
            (
                _in_address,
                balance,
                _in_created_at,
                currency,
                delinquent,
                email,
                id,
                _in_metadata,
                name,
                phone,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _address = _in_address
        address: NewAddress | Unset
        if _address is UNSET:
            address = UNSET
        else:
            address = NewAddress.from_dict(_address)

        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _metadata = _in_metadata
        metadata: CustomerMetadata | Unset
        if _metadata is UNSET:
            metadata = UNSET
        else:
            metadata = CustomerMetadata.from_dict(_metadata)

        if cls is Customer:
            customer = cls(
                address,
                balance,
                created_at,
                currency,
                delinquent,
                email,
                id,
                metadata,
                name,
                phone,
            )
        else:
            customer = cls(
                address=address,
                balance=balance,
                created_at=created_at,
                currency=currency,
                delinquent=delinquent,
                email=email,
                id=id,
                metadata=metadata,
                name=name,
                phone=phone,
            )

        customer.additional_properties = d
        return customer

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
        "address",
        "balance",
        "created_at",
        "currency",
        "delinquent",
        "email",
        "id",
        "metadata",
        "name",
        "phone",
    ),
    unset=UNSET,
)
