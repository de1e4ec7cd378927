from enum import StrEnum


class UnitTimeFormat(StrEnum):
    DAY = "day"
    GREGORIAN_YEAR = "gregorian_year"
    HOUR = "hour"
    JULIAN_YEAR = "julian_year"
    MINUTE = "minute"
    SECOND = "second"
    WEEK = "week"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
