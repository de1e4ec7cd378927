from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..models.currency import Currency
from ..models.language import Language
from ..models.unit import Unit
from ..types import UNSET

T = TypeVar("T", bound="PreferencesReplace")


@_attrs_define
class PreferencesReplace:
    """One or more attributes of the user preferences. The seed renders the body as "Any of" with every field required in
    its first tab.

        Attributes:
            country (str): A country code conforming to alpha2 as specified by ISO-3166-1
            unit (Unit):
            currency (Currency): Currency code (3-letter variation) as defined by ISO 4217:2015. The supported currencies
                are listed here.
            language (Language): Lower case language code as defined by ISO 639-1:2002, Part 1 (two-letter codes). The
                currently supported languages are listed here.
    """

    country: str
    unit: Unit
    currency: Currency
    language: Language
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        country = self.country

        unit = self.unit.value

        currency = self.currency.value

        language = self.language.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "country": country,
                "unit": unit,
                "currency": currency,
                "language": language,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                country,
                _in_unit,
                _in_currency,
                _in_language,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        _unit = _in_unit
        unit: Unit
        try:
            unit = cast("Unit", Unit._value2member_map_[_unit])
        except (KeyError, TypeError):
            unit = Unit(_unit)

        _currency = _in_currency
        currency: Currency
        try:
            currency = cast("Currency", Currency._value2member_map_[_currency])
        except (KeyError, TypeError):
            currency = Currency(_currency)

        _language = _in_language
        language: Language
        try:
            language = cast("Language", Language._value2member_map_[_language])
        except (KeyError, TypeError):
            language = Language(_language)

        if cls is PreferencesReplace:
            preferences_replace = cls(
                country,
                unit,
                currency,
                language,
            )
        else:
            preferences_replace = cls(
                country=country,
                unit=unit,
                currency=currency,
                language=language,
            )

        preferences_replace.additional_properties = d
        return preferences_replace

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
    required=(
        "country",
        "unit",
        "currency",
        "language",
    ),
    optional=(),
    unset=UNSET,
)
