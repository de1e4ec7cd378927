from enum import StrEnum


class UnitPressureFormat(StrEnum):
    ATMOSPHERE = "atmosphere"
    BAR = "bar"
    MBAR = "mbar"
    PASCAL = "pascal"
    POUNDS_PER_SQUARE_INCH = "pounds_per_square_inch"

    def __str__(self) -> str:
        return str(self.value)
