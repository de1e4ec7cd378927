from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from fabapi_core import Properties

from ..models.nullable_language_type_1 import NullableLanguageType1
from ..models.nullable_language_type_2_type_1 import NullableLanguageType2Type1
from ..models.nullable_language_type_3_type_1 import NullableLanguageType3Type1
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderStatusUpdate")


@_attrs_define
class OrderStatusUpdate:
    """
    Attributes:
        status_id (int): Id of the new status, to which the order should be updated
        email_content (None | str): Plain text that will be set as the content of the email
        email_subject (None | str): Plain text that will be set as the subject of the email
        language (None | NullableLanguageType1 | NullableLanguageType2Type1 | NullableLanguageType3Type1): Lower case
            language code as defined by ISO 639-1:2002, Part 1 (two-letter codes). The currently supported languages are
            listed here.
        tracking_information (None | str): Free form tracking information. This may be a URL.
        finish_mes_sequences (bool | Unset):
    """

    status_id: int
    email_content: None | str
    email_subject: None | str
    language: None | NullableLanguageType1 | NullableLanguageType2Type1 | NullableLanguageType3Type1
    tracking_information: None | str
    finish_mes_sequences: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status_id = self.status_id

        email_content: None | str
        email_content = self.email_content

        email_subject: None | str
        email_subject = self.email_subject

        language: None | str
        if isinstance(self.language, NullableLanguageType1):
            language = self.language.value
        elif isinstance(self.language, NullableLanguageType2Type1):
            language = self.language.value
        elif isinstance(self.language, NullableLanguageType3Type1):
            language = self.language.value
        else:
            language = self.language

        tracking_information: None | str
        tracking_information = self.tracking_information

        finish_mes_sequences = self.finish_mes_sequences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "statusId": status_id,
                "emailContent": email_content,
                "emailSubject": email_subject,
                "language": language,
                "trackingInformation": tracking_information,
            }
        )
        if finish_mes_sequences is not UNSET:
            field_dict["finishMesSequences"] = finish_mes_sequences

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        (
            (
                status_id,
                _in_email_content,
                _in_email_subject,
                _in_language,
                _in_tracking_information,
                finish_mes_sequences,
            ),
            d,
        ) = _PROPERTIES.split(src_dict)

        email_content: None | str = _in_email_content

        email_subject: None | str = _in_email_subject

        def _parse_language(
            data: object,
        ) -> None | NullableLanguageType1 | NullableLanguageType2Type1 | NullableLanguageType3Type1:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _componentsschemas_nullable_language_type_1 = data
                componentsschemas_nullable_language_type_1: NullableLanguageType1
                try:
                    componentsschemas_nullable_language_type_1 = cast(
                        "NullableLanguageType1",
                        NullableLanguageType1._value2member_map_[_componentsschemas_nullable_language_type_1],
                    )
                except (KeyError, TypeError):
                    componentsschemas_nullable_language_type_1 = NullableLanguageType1(
                        _componentsschemas_nullable_language_type_1
                    )

                return componentsschemas_nullable_language_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _componentsschemas_nullable_language_type_2_type_1 = data
                componentsschemas_nullable_language_type_2_type_1: NullableLanguageType2Type1
                try:
                    componentsschemas_nullable_language_type_2_type_1 = cast(
                        "NullableLanguageType2Type1",
                        NullableLanguageType2Type1._value2member_map_[
                            _componentsschemas_nullable_language_type_2_type_1
                        ],
                    )
                except (KeyError, TypeError):
                    componentsschemas_nullable_language_type_2_type_1 = NullableLanguageType2Type1(
                        _componentsschemas_nullable_language_type_2_type_1
                    )

                return componentsschemas_nullable_language_type_2_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                _componentsschemas_nullable_language_type_3_type_1 = data
                componentsschemas_nullable_language_type_3_type_1: NullableLanguageType3Type1
                try:
                    componentsschemas_nullable_language_type_3_type_1 = cast(
                        "NullableLanguageType3Type1",
                        NullableLanguageType3Type1._value2member_map_[
                            _componentsschemas_nullable_language_type_3_type_1
                        ],
                    )
                except (KeyError, TypeError):
                    componentsschemas_nullable_language_type_3_type_1 = NullableLanguageType3Type1(
                        _componentsschemas_nullable_language_type_3_type_1
                    )

                return componentsschemas_nullable_language_type_3_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | NullableLanguageType1 | NullableLanguageType2Type1 | NullableLanguageType3Type1, data)

        language = _parse_language(_in_language)

        tracking_information: None | str = _in_tracking_information

        if cls is OrderStatusUpdate:
            order_status_update = cls(
                status_id,
                email_content,
                email_subject,
                language,
                tracking_information,
                finish_mes_sequences,
            )
        else:
            order_status_update = cls(
                status_id=status_id,
                email_content=email_content,
                email_subject=email_subject,
                language=language,
                tracking_information=tracking_information,
                finish_mes_sequences=finish_mes_sequences,
            )

        order_status_update.additional_properties = d
        return order_status_update

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
        "statusId",
        "emailContent",
        "emailSubject",
        "language",
        "trackingInformation",
    ),
    optional=("finishMesSequences",),
    unset=UNSET,
)
