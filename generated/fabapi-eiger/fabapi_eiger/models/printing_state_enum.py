from enum import StrEnum


class PrintingStateEnum(StrEnum):
    COOLING_DOWN = "Cooling Down"
    DOWNLOADING = "Downloading"
    HEATING = "Heating"
    PERFORMING_AUTOMATIC_CHANGEOVER = "Performing Automatic Changeover"
    PRINTING = "Printing"
    SCANNING = "Scanning"
    STABILIZING_BUILD_CHAMBER = "Stabilizing Build Chamber"
    UNKNOWN = "Unknown"

    def __str__(self) -> str:
        return str(self.value)
