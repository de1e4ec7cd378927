from enum import StrEnum


class PrintJobStateEnum(StrEnum):
    BACKLOGGED = "Backlogged"
    CANCELED = "Canceled"
    COMPLETED = "Completed"
    FAILED = "Failed"
    PAUSED = "Paused"
    PRINTING = "Printing"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
