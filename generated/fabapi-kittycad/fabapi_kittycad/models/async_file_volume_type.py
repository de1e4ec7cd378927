from enum import StrEnum


class AsyncFileVolumeType(StrEnum):
    FILEVOLUME = "FileVolume"

    def __str__(self) -> str:
        return str(self.value)
