from enum import StrEnum


class LevelOfQuality(StrEnum):
    HIGH = "high"
    STANDARD = "standard"
    ULTRA = "ultra"

    def __str__(self) -> str:
        return str(self.value)
