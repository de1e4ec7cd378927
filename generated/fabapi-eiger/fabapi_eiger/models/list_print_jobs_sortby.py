from enum import StrEnum


class ListPrintJobsSortby(StrEnum):
    CREATED_AT = "created_at"
    ENDED_AT = "ended_at"
    STARTED_AT = "started_at"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
