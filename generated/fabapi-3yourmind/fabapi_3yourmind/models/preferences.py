from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..types import UNSET, Unset

T = TypeVar("T", bound="Preferences")


@_attrs_define
class Preferences:
    """A user's region preferences.

    Attributes:
        country (str | Unset):  Example: DE.
        currency (str | Unset):  Example: EUR.
        language (str | Unset):  Example: en.
        unit (str | Unset):  Example: mm.
    """

    country: str | Unset = UNSET
    currency: str | Unset = UNSET
    language: str | Unset = UNSET
    unit: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        currency = self.currency

        language = self.language

        unit = self.unit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if country is not UNSET:
            field_dict["country"] = country
        if currency is not UNSET:
            field_dict["currency"] = currency
        if language is not UNSET:
            field_dict["language"] = language
        if unit is not UNSET:
            field_dict["unit"] = unit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                country,
                currency,
                language,
                unit,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        if cls is Preferences:
            preferences = cls(
                country,
                currency,
                language,
                unit,
            )
        else:
            preferences = cls(
                country=country,
                currency=currency,
                language=language,
                unit=unit,
            )

        preferences.additional_properties = d
        return preferences

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
        "country",
        "currency",
        "language",
        "unit",
    ),
    unset=UNSET,
)
