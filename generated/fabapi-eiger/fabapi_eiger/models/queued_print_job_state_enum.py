from enum import StrEnum


class QueuedPrintJobStateEnum(StrEnum):
    QUEUED = "Queued"
    REMOVED = "Removed"
    STARTED = "Started"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
