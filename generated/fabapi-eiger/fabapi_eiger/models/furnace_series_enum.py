from enum import StrEnum


class FurnaceSeriesEnum(StrEnum):
    SINTER_1 = "Sinter-1"
    SINTER_2 = "Sinter-2"

    def __str__(self) -> str:
        return str(self.value)
