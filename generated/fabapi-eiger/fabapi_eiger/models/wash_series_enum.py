from enum import StrEnum


class WashSeriesEnum(StrEnum):
    WASH_1 = "Wash-1"

    def __str__(self) -> str:
        return str(self.value)
