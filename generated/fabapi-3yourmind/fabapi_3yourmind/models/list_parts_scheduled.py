from enum import StrEnum


class ListPartsScheduled(StrEnum):
    ALL = "All"
    NONE = "None"
    PARTIAL = "Partial"

    def __str__(self) -> str:
        return str(self.value)
