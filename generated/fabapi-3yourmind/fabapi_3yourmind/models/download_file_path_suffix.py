from enum import StrEnum


class DownloadFilePathSuffix(StrEnum):
    DOWNLOAD = "download"
    PRINTABILITY = "printability"

    def __str__(self) -> str:
        return str(self.value)
