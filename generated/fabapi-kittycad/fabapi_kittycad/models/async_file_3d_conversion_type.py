from enum import StrEnum


class AsyncFile3DConversionType(StrEnum):
    FILE3DCONVERSION = "File3DConversion"

    def __str__(self) -> str:
        return str(self.value)
