from enum import StrEnum


class NullableLanguageType3Type1(StrEnum):
    DE = "de"
    EN = "en"
    ES = "es"
    FR = "fr"
    IT = "it"
    JA = "ja"
    PL = "pl"

    def __str__(self) -> str:
        return str(self.value)
