from enum import StrEnum


class AsyncFileSurfaceAreaType(StrEnum):
    FILESURFACEAREA = "FileSurfaceArea"

    def __str__(self) -> str:
        return str(self.value)
