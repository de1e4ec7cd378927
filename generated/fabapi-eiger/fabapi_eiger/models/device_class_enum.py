from enum import StrEnum


class DeviceClassEnum(StrEnum):
    FURNACE = "Furnace"
    PRINTER = "Printer"
    UNKNOWN = "Unknown"
    WASH = "Wash"

    def __str__(self) -> str:
        return str(self.value)
