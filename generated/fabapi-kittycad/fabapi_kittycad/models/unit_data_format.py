from enum import StrEnum


class UnitDataFormat(StrEnum):
    BIT = "bit"
    BYTE = "byte"
    EXABIT = "exabit"
    EXABYTE = "exabyte"

    def __str__(self) -> str:
        return str(self.value)
