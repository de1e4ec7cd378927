from enum import StrEnum


class ListServiceQuotesStatusItem(StrEnum):
    NOT_ORDERED = "not ordered"
    ORDERED = "ordered"

    def __str__(self) -> str:
        return str(self.value)
