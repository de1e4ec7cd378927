from enum import StrEnum


class UnitVoltageFormat(StrEnum):
    ABVOLT = "abvolt"
    STATVOLT = "statvolt"
    VOLT = "volt"

    def __str__(self) -> str:
        return str(self.value)
