from enum import StrEnum


class UnitRadiationFormat(StrEnum):
    GRAY = "gray"
    RAD = "rad"
    SIEVERT = "sievert"

    def __str__(self) -> str:
        return str(self.value)
