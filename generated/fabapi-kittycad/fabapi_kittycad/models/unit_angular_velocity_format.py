from enum import StrEnum


class UnitAngularVelocityFormat(StrEnum):
    DEGREES_PER_SECOND = "degrees_per_second"
    MILLIARCSECONDS_PER_YEAR = "milliarcseconds_per_year"
    RADIANS_PER_SECOND = "radians_per_second"
    REVOLUTIONS_PER_MINUTE = "revolutions_per_minute"

    def __str__(self) -> str:
        return str(self.value)
