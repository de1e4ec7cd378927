from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.card_details_checks import CardDetailsChecks


T = TypeVar("T", bound="CardDetails")


@_attrs_define
class CardDetails:
    """The card details of a payment method. The reference gives no field list; the fields and types are read from its
    example response.

        Attributes:
            brand (str | Unset): Card brand.
            checks (CardDetailsChecks | Unset): Card checks. The reference gives no field list; the fields and types are
                read from its example response.
            country (str | Unset): Two-letter ISO code representing the country of the card.
            exp_month (int | Unset): Two-digit number representing the card's expiration month.
            exp_year (int | Unset): Four-digit number representing the card's expiration year.
            fingerprint (str | Unset): Uniquely identifies this particular card number.
            funding (str | Unset): Card funding type.
            last4 (str | Unset): The last four digits of the card.
    """

    brand: str | Unset = UNSET
    checks: CardDetailsChecks | Unset = UNSET
    country: str | Unset = UNSET
    exp_month: int | Unset = UNSET
    exp_year: int | Unset = UNSET
    fingerprint: str | Unset = UNSET
    funding: str | Unset = UNSET
    last4: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        brand = self.brand

        checks: dict[str, Any] | Unset = UNSET
        if not isinstance(self.checks, Unset):
            checks = self.checks.to_dict()

        country = self.country

        exp_month = self.exp_month

        exp_year = self.exp_year

        fingerprint = self.fingerprint

        funding = self.funding

        last4 = self.last4

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if brand is not UNSET:
            field_dict["brand"] = brand
        if checks is not UNSET:
            field_dict["checks"] = checks
        if country is not UNSET:
            field_dict["country"] = country
        if exp_month is not UNSET:
            field_dict["exp_month"] = exp_month
        if exp_year is not UNSET:
            field_dict["exp_year"] = exp_year
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if funding is not UNSET:
            field_dict["funding"] = funding
        if last4 is not UNSET:
            field_dict["last4"] = last4

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.card_details_checks import CardDetailsChecks  # noqa: PLC0415

        (
            (
                brand,
                _in_checks,
                country,
                exp_month,
                exp_year,
                fingerprint,
                funding,
                last4,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _checks = _in_checks
        checks: CardDetailsChecks | Unset
        if _checks is UNSET:
            checks = UNSET
        else:
            checks = CardDetailsChecks.from_dict(_checks)

        if cls is CardDetails:
            card_details = cls(
                brand,
                checks,
                country,
                exp_month,
                exp_year,
                fingerprint,
                funding,
                last4,
            )
        else:
            card_details = cls(
                brand=brand,
                checks=checks,
                country=country,
                exp_month=exp_month,
                exp_year=exp_year,
                fingerprint=fingerprint,
                funding=funding,
                last4=last4,
            )

        card_details.additional_properties = d
        return card_details

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
        "brand",
        "checks",
        "country",
        "exp_month",
        "exp_year",
        "fingerprint",
        "funding",
        "last4",
    ),
    unset=UNSET,
)
