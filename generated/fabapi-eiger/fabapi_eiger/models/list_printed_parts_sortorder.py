from enum import StrEnum


class ListPrintedPartsSortorder(StrEnum):
    ASC = "asc"
    DESC = "desc"

    def __str__(self) -> str:
        return str(self.value)
