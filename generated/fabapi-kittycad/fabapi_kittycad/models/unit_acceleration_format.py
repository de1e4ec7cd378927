from enum import StrEnum


class UnitAccelerationFormat(StrEnum):
    FEET_PER_SECOND_SQUARED = "feet_per_second_squared"
    METERS_PER_SECOND_SQUARED = "meters_per_second_squared"
    STANDARD_GRAVITY = "standard_gravity"

    def __str__(self) -> str:
        return str(self.value)
