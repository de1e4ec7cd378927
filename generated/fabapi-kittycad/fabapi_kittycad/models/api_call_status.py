from enum import StrEnum


class ApiCallStatus(StrEnum):
    COMPLETED = "Completed"
    FAILED = "Failed"
    IN_PROGRESS = "In Progress"
    QUEUED = "Queued"
    UPLOADED = "Uploaded"

    def __str__(self) -> str:
        return str(self.value)
