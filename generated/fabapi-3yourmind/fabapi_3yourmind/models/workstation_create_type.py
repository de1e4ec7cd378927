from enum import StrEnum


class WorkstationCreateType(StrEnum):
    OTHER = "other"
    PRINTING = "printing"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
