from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties, parse_datetime, parse_uuid

from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomerBalance")


@_attrs_define
class CustomerBalance:
    """A balance for a user.

    This holds information about the financial balance for the user.

        Attributes:
            created_at (datetime.datetime | Unset): The date and time the balance was created.
            id (UUID | Unset): The unique identifier for the balance. A uuid.

                A Version 4 UUID is a universally unique identifier that is generated using random numbers.
            monthly_credits_remaining (float | Unset): The monthy credits remaining in the balance (USD). This gets re-upped
                every month, but if the credits are not used for a month they do not carry over to the next month. It is a
                stable amount granted to the user per month.
            pre_pay_cash_remaining (float | Unset): The amount of pre-pay cash remaining in the balance (USD). This number
                goes down as the user uses their pre-paid credits. The reason we track this amount is if a user ever wants to
                withdraw their pre-pay cash, we can use this amount to determine how much to give them. Say a user has $100 in
                pre-paid cash, their bill is worth, $50 after subtracting any other credits (like monthly etc.) Their bill is
                $50, their pre-pay cash remaining will be subtracted by 50 to pay the bill and their pre_pay_credits_remaining
                will be subtracted by 50 to pay the bill. This way if they want to withdraw money after, they can only withdraw
                $50 since that is the amount of cash they have remaining.
            pre_pay_credits_remaining (float | Unset): The amount of credits remaining in the balance (USD). This is
                typically the amount of cash * some multiplier they get for pre-paying their account. This number lowers every
                time a bill is paid with the balance. This number increases every time a user adds funds to their balance. This
                may be through a subscription or a one off payment.
            total_due (float | Unset): This includes any outstanding, draft, or open invoices and any pending invoice items
                (USD). This does not include any credits the user has on their account.
            updated_at (datetime.datetime | Unset): The date and time the balance was last updated.
            user_id (str | Unset): The user ID the balance belongs to.
    """

    created_at: datetime.datetime | Unset = UNSET
    id: UUID | Unset = UNSET
    monthly_credits_remaining: float | Unset = UNSET
    pre_pay_cash_remaining: float | Unset = UNSET
    pre_pay_credits_remaining: float | Unset = UNSET
    total_due: float | Unset = UNSET
    updated_at: datetime.datetime | Unset = UNSET
    user_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat()

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        monthly_credits_remaining = self.monthly_credits_remaining

        pre_pay_cash_remaining = self.pre_pay_cash_remaining

        pre_pay_credits_remaining = self.pre_pay_credits_remaining

        total_due = self.total_due

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat()

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if monthly_credits_remaining is not UNSET:
            field_dict["monthly_credits_remaining"] = monthly_credits_remaining
        if pre_pay_cash_remaining is not UNSET:
            field_dict["pre_pay_cash_remaining"] = pre_pay_cash_remaining
        if pre_pay_credits_remaining is not UNSET:
            field_dict["pre_pay_credits_remaining"] = pre_pay_credits_remaining
        if total_due is not UNSET:
            field_dict["total_due"] = total_due
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                _in_created_at,
                _in_id,
                monthly_credits_remaining,
                pre_pay_cash_remaining,
                pre_pay_credits_remaining,
                total_due,
                _in_updated_at,
                user_id,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)
        _created_at = _in_created_at
        created_at: datetime.datetime | Unset
        if _created_at is UNSET:
            created_at = UNSET
        else:
            created_at = parse_datetime(_created_at)

        _id = _in_id
        id: UUID | Unset
        if _id is UNSET:
            id = UNSET
        else:
            id = parse_uuid(_id)

        _updated_at = _in_updated_at
        updated_at: datetime.datetime | Unset
        if _updated_at is UNSET:
            updated_at = UNSET
        else:
            updated_at = parse_datetime(_updated_at)

        if cls is CustomerBalance:
            customer_balance = cls(
                created_at,
                id,
                monthly_credits_remaining,
                pre_pay_cash_remaining,
                pre_pay_credits_remaining,
                total_due,
                updated_at,
                user_id,
            )
        else:
            customer_balance = cls(
                created_at=created_at,
                id=id,
                monthly_credits_remaining=monthly_credits_remaining,
                pre_pay_cash_remaining=pre_pay_cash_remaining,
                pre_pay_credits_remaining=pre_pay_credits_remaining,
                total_due=total_due,
                updated_at=updated_at,
                user_id=user_id,
            )

        customer_balance.additional_properties = d
        return customer_balance

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
        "created_at",
        "id",
        "monthly_credits_remaining",
        "pre_pay_cash_remaining",
        "pre_pay_credits_remaining",
        "total_due",
        "updated_at",
        "user_id",
    ),
    unset=UNSET,
)
