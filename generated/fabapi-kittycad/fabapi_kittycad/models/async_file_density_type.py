from enum import StrEnum


class AsyncFileDensityType(StrEnum):
    FILEDENSITY = "FileDensity"

    def __str__(self) -> str:
        return str(self.value)
