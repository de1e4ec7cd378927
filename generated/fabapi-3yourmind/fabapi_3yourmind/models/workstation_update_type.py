from enum import StrEnum


class WorkstationUpdateType(StrEnum):
    OTHER = "other"
    PRINTING = "printing"
    PROCESSING = "processing"

    def __str__(self) -> str:
        return str(self.value)
