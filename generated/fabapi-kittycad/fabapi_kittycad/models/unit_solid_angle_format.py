from enum import StrEnum


class UnitSolidAngleFormat(StrEnum):
    DEGREE_SQUARED = "degree_squared"
    SPAT = "spat"
    STERADIAN = "steradian"

    def __str__(self) -> str:
        return str(self.value)
