from enum import StrEnum


class CreateCommentObjectType(StrEnum):
    AMPI_PART = "ampi_part"
    JOB = "job"
    ORDER = "order"
    PART = "part"
    QUOTE = "quote"
    REQUEST_FOR_QUOTE = "request_for_quote"

    def __str__(self) -> str:
        return str(self.value)
