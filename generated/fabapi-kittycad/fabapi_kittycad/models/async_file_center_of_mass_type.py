from enum import StrEnum


class AsyncFileCenterOfMassType(StrEnum):
    FILECENTEROFMASS = "FileCenterOfMass"

    def __str__(self) -> str:
        return str(self.value)
