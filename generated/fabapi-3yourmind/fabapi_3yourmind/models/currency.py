from enum import StrEnum


class Currency(StrEnum):
    AUD = "AUD"
    CAD = "CAD"
    CHF = "CHF"
    CNY = "CNY"
    CZK = "CZK"
    DKK = "DKK"
    EUR = "EUR"
    GBP = "GBP"
    HUF = "HUF"
    IDR = "IDR"
    JPY = "JPY"
    MYR = "MYR"
    NOK = "NOK"
    PLN = "PLN"
    RUB = "RUB"
    SEK = "SEK"
    SGD = "SGD"
    TRY = "TRY"
    USD = "USD"
    ZAR = "ZAR"

    def __str__(self) -> str:
        return str(self.value)
