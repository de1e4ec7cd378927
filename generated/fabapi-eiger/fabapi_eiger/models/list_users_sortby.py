from enum import StrEnum


class ListUsersSortby(StrEnum):
    CREATED_AT = "created_at"
    EMAIL = "email"
    NAME = "name"

    def __str__(self) -> str:
        return str(self.value)
