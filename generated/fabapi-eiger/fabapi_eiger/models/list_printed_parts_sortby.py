from enum import StrEnum


class ListPrintedPartsSortby(StrEnum):
    PRINTED_AT = "printed_at"
    UPDATED_AT = "updated_at"

    def __str__(self) -> str:
        return str(self.value)
