from enum import StrEnum


class AsyncFile2DVectorConversionType(StrEnum):
    FILE2DVECTORCONVERSION = "File2DVectorConversion"

    def __str__(self) -> str:
        return str(self.value)
