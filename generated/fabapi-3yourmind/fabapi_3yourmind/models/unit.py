from enum import StrEnum


class Unit(StrEnum):
    INCH = "inch"
    MM = "mm"

    def __str__(self) -> str:
        return str(self.value)
