from enum import StrEnum


class UnitTemperatureFormat(StrEnum):
    CELSIUS = "celsius"
    FAHRENHEIT = "fahrenheit"
    KELVIN = "kelvin"
    RANKINE = "rankine"
    REAUMUR = "reaumur"

    def __str__(self) -> str:
        return str(self.value)
