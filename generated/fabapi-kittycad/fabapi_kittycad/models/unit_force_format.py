from enum import StrEnum


class UnitForceFormat(StrEnum):
    DYNE = "dyne"
    KILOPOND = "kilopond"
    NEWTON = "newton"
    POUND = "pound"
    POUNDAL = "poundal"

    def __str__(self) -> str:
        return str(self.value)
