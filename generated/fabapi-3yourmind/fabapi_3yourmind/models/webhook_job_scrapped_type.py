from enum import StrEnum


class WebhookJobScrappedType(StrEnum):
    JOB_SCRAPPED = "job.scrapped"

    def __str__(self) -> str:
        return str(self.value)
