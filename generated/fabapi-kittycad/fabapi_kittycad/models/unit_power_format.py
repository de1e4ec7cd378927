from enum import StrEnum


class UnitPowerFormat(StrEnum):
    HORSEPOWER = "horsepower"
    MILLIWATT = "milliwatt"
    WATT = "watt"

    def __str__(self) -> str:
        return str(self.value)
