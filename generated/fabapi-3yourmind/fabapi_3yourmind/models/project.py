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


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """A 3D project: the container of a customer's baskets, quotes and orders.

    Attributes:
        customer (None | OpenObject | Unset):
        id (int | Unset):
        date_created (datetime.datetime | Unset):
        full_number (str | Unset):  Example: 100001-3D-Project-O2.
        last_modified (datetime.datetime | Unset):
        latest_transaction_type (str | Unset):  Example: Order.
        latest_transaction (None | OpenObject | Unset):
        number (int | Unset):  Example: 100001.
        shared_with (list[Any] | Unset): Collapsed in the seed's sample: item shape not documented.
    """

    customer: None | OpenObject | Unset = UNSET
    id: int | Unset = UNSET
    date_created: datetime.datetime | Unset = UNSET
    full_number: str | Unset = UNSET
    last_modified: datetime.datetime | Unset = UNSET
    latest_transaction_type: str | Unset = UNSET
    latest_transaction: None | OpenObject | Unset = UNSET
    number: int | Unset = UNSET
    shared_with: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, OpenObject):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        id = self.id

        date_created: str | Unset = UNSET
        if not isinstance(self.date_created, Unset):
            date_created = self.date_created.isoformat()

        full_number = self.full_number

        last_modified: str | Unset = UNSET
        if not isinstance(self.last_modified, Unset):
            last_modified = self.last_modified.isoformat()

        latest_transaction_type = self.latest_transaction_type

        latest_transaction: dict[str, Any] | None | Unset
        if isinstance(self.latest_transaction, Unset):
            latest_transaction = UNSET
        elif isinstance(self.latest_transaction, OpenObject):
            latest_transaction = self.latest_transaction.to_dict()
        else:
            latest_transaction = self.latest_transaction

        number = self.number

        shared_with: list[Any] | Unset = UNSET
        if not isinstance(self.shared_with, Unset):
            shared_with = self.shared_with

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if customer is not UNSET:
            field_dict["customer"] = customer
        if id is not UNSET:
            field_dict["id"] = id
        if date_created is not UNSET:
            field_dict["dateCreated"] = date_created
        if full_number is not UNSET:
            field_dict["fullNumber"] = full_number
        if last_modified is not UNSET:
            field_dict["lastModified"] = last_modified
        if latest_transaction_type is not UNSET:
            field_dict["latestTransactionType"] = latest_transaction_type
        if latest_transaction is not UNSET:
            field_dict["latestTransaction"] = latest_transaction
        if number is not UNSET:
            field_dict["number"] = number
        if shared_with is not UNSET:
            field_dict["sharedWith"] = shared_with

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.open_object import OpenObject  # noqa: PLC0415

        (
            (
                _in_customer,
                id,
                _in_date_created,
                full_number,
                _in_last_modified,
                latest_transaction_type,
                _in_latest_transaction,
                number,
                _in_shared_with,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _customer = _in_customer
        customer: None | OpenObject | Unset
        if _customer is None or _customer is UNSET:
            customer = _customer
        else:
            try:
                if not isinstance(_customer, dict):
                    raise TypeError()
                customer_type_0 = OpenObject.from_dict(_customer)

                customer = customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                customer = _customer

        _date_created = _in_date_created
        date_created: datetime.datetime | Unset
        if _date_created is UNSET:
            date_created = UNSET
        else:
            date_created = parse_datetime(_date_created)

        _last_modified = _in_last_modified
        last_modified: datetime.datetime | Unset
        if _last_modified is UNSET:
            last_modified = UNSET
        else:
            last_modified = parse_datetime(_last_modified)

        _latest_transaction = _in_latest_transaction
        latest_transaction: None | OpenObject | Unset
        if _latest_transaction is None or _latest_transaction is UNSET:
            latest_transaction = _latest_transaction
        else:
            try:
                if not isinstance(_latest_transaction, dict):
                    raise TypeError()
                latest_transaction_type_0 = OpenObject.from_dict(_latest_transaction)

                latest_transaction = latest_transaction_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                latest_transaction = _latest_transaction

        shared_with = cast(list[Any], _in_shared_with)

        if cls is Project:
            project = cls(
                customer,
                id,
                date_created,
                full_number,
                last_modified,
                latest_transaction_type,
                latest_transaction,
                number,
                shared_with,
            )
        else:
            project = cls(
                customer=customer,
                id=id,
                date_created=date_created,
                full_number=full_number,
                last_modified=last_modified,
                latest_transaction_type=latest_transaction_type,
                latest_transaction=latest_transaction,
                number=number,
                shared_with=shared_with,
            )

        project.additional_properties = d
        return project

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
        "customer",
        "id",
        "dateCreated",
        "fullNumber",
        "lastModified",
        "latestTransactionType",
        "latestTransaction",
        "number",
        "sharedWith",
    ),
    unset=UNSET,
)
