from enum import StrEnum


class UnitMagneticFluxFormat(StrEnum):
    MAXWELL = "maxwell"
    WEBER = "weber"

    def __str__(self) -> str:
        return str(self.value)
