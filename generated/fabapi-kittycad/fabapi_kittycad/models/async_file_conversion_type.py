from enum import StrEnum


class AsyncFileConversionType(StrEnum):
    FILECONVERSION = "FileConversion"

    def __str__(self) -> str:
        return str(self.value)
