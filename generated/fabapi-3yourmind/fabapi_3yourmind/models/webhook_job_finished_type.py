from enum import StrEnum


class WebhookJobFinishedType(StrEnum):
    JOB_FINISHED = "job.finished"

    def __str__(self) -> str:
        return str(self.value)
