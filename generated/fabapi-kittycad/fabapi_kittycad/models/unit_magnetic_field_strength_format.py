from enum import StrEnum


class UnitMagneticFieldStrengthFormat(StrEnum):
    GAUSS = "gauss"
    TESLA = "tesla"

    def __str__(self) -> str:
        return str(self.value)
