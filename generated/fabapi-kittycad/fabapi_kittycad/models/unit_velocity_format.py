from enum import StrEnum


class UnitVelocityFormat(StrEnum):
    FEET_PER_SECOND = "feet_per_second"
    KILOMETERS_PER_HOUR = "kilometers_per_hour"
    KNOT = "knot"
    METERS_PER_SECOND = "meters_per_second"
    MILES_PER_HOUR = "miles_per_hour"

    def __str__(self) -> str:
        return str(self.value)
