from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="CardDetailsChecks")


@_attrs_define
class CardDetailsChecks:
    """Card checks. The reference gives no field list; the fields and types are read from its example response.

    Attributes:
        address_line1_check (str | Unset): If a address line1 was provided, results of the check.
        address_postal_code_check (str | Unset): If a address postal code was provided, results of the check.
        cvc_check (str | Unset): If a CVC was provided, results of the check.
    """

    address_line1_check: str | Unset = UNSET
    address_postal_code_check: str | Unset = UNSET
    cvc_check: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        address_line1_check = self.address_line1_check

        address_postal_code_check = self.address_postal_code_check

        cvc_check = self.cvc_check

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if address_line1_check is not UNSET:
            field_dict["address_line1_check"] = address_line1_check
        if address_postal_code_check is not UNSET:
            field_dict["address_postal_code_check"] = address_postal_code_check
        if cvc_check is not UNSET:
            field_dict["cvc_check"] = cvc_check

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                address_line1_check,
                address_postal_code_check,
                cvc_check,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is CardDetailsChecks:
            card_details_checks = cls(
                address_line1_check,
                address_postal_code_check,
                cvc_check,
            )
        else:
            card_details_checks = cls(
                address_line1_check=address_line1_check,
                address_postal_code_check=address_postal_code_check,
                cvc_check=cvc_check,
            )

        card_details_checks.additional_properties = d
        return card_details_checks

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
        "address_line1_check",
        "address_postal_code_check",
        "cvc_check",
    ),
    unset=UNSET,
)
