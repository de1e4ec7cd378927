from enum import StrEnum


class File2DVectorOutputFormat(StrEnum):
    DXF = "dxf"
    JSON = "json"
    PNG = "png"
    PS = "ps"
    SVG = "svg"

    def __str__(self) -> str:
        return str(self.value)
