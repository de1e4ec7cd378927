from enum import StrEnum


class PrinterSeriesEnum(StrEnum):
    DESKTOP_SERIES = "Desktop Series"
    FX20 = "FX20"
    INDUSTRIAL_SERIES = "Industrial Series"
    MARK_ONE = "Mark One"
    METAL_X = "Metal X"

    def __str__(self) -> str:
        return str(self.value)
