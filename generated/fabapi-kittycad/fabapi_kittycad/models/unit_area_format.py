from enum import StrEnum


class UnitAreaFormat(StrEnum):
    ACRE = "acre"
    HECTARE = "hectare"
    SQUARE_FOOT = "square_foot"
    SQUARE_INCH = "square_inch"
    SQUARE_KILOMETER = "square_kilometer"
    SQUARE_METER = "square_meter"
    SQUARE_MILE = "square_mile"

    def __str__(self) -> str:
        return str(self.value)
