from enum import StrEnum


class UnitIlluminanceFormat(StrEnum):
    FOOTCANDLE = "footcandle"
    LUMENS_PER_SQUARE_INCH = "lumens_per_square_inch"
    LUX = "lux"
    PHOT = "phot"

    def __str__(self) -> str:
        return str(self.value)
