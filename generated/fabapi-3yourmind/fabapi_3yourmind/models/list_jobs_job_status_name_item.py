from enum import StrEnum


class ListJobsJobStatusNameItem(StrEnum):
    FINISHED = "Finished"
    RECREATED = "Recreated"
    SCHEDULED = "Scheduled"
    SCRAPPED = "Scrapped"
    STARTED = "Started"
    UNSCHEDULED = "Unscheduled"

    def __str__(self) -> str:
        return str(self.value)
