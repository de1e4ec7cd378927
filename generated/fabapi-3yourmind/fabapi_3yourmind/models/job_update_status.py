from enum import StrEnum


class JobUpdateStatus(StrEnum):
    FINISHED = "finished"
    SCHEDULED = "scheduled"
    SCRAPPED = "scrapped"
    STARTED = "started"

    def __str__(self) -> str:
        return str(self.value)
