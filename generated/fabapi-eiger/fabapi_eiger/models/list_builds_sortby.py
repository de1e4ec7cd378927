from enum import StrEnum


class ListBuildsSortby(StrEnum):
    CREATED_AT = "created_at"
    TITLE = "title"

    def __str__(self) -> str:
        return str(self.value)
