from enum import StrEnum


class AsyncFileMassType(StrEnum):
    FILEMASS = "FileMass"

    def __str__(self) -> str:
        return str(self.value)
