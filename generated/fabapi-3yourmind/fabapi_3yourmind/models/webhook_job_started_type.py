from enum import StrEnum


class WebhookJobStartedType(StrEnum):
    JOB_STARTED = "job.started"

    def __str__(self) -> str:
        return str(self.value)
