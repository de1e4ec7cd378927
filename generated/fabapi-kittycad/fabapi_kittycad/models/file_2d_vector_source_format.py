from enum import StrEnum


class File2DVectorSourceFormat(StrEnum):
    DXF = "dxf"
    SVG = "svg"

    def __str__(self) -> str:
        return str(self.value)
