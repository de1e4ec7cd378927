from enum import StrEnum


class UnitChargeFormat(StrEnum):
    AMPERE_HOUR = "ampere_hour"
    COULOMB = "coulomb"

    def __str__(self) -> str:
        return str(self.value)
