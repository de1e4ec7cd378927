from enum import StrEnum


class GetCustomAnalyticsCsvFiltertimespaneq(StrEnum):
    ALL_TIME = "all_time"
    DAY = "day"
    MONTH = "month"
    QUARTER = "quarter"
    WEEK = "week"
    YEAR = "year"

    def __str__(self) -> str:
        return str(self.value)
