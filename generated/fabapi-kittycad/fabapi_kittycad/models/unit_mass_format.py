from enum import StrEnum


class UnitMassFormat(StrEnum):
    CARAT = "carat"
    GRAM = "gram"
    KILOGRAM = "kilogram"
    LONG_TON = "long_ton"
    METRIC_TON = "metric_ton"
    OUNCE = "ounce"
    POUND = "pound"
    SHORT_TON = "short_ton"
    SLUG = "slug"
    STONE = "stone"

    def __str__(self) -> str:
        return str(self.value)
