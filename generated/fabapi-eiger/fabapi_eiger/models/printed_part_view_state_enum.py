from enum import StrEnum


class PrintedPartViewStateEnum(StrEnum):
    DISCARDED = "Discarded"
    DRIED = "Dried"
    DRYING = "Drying"
    PRINTED = "Printed"
    PRINTING = "Printing"
    PRINT_FAILED = "Print Failed"
    SINTERED = "Sintered"
    SINTERING = "Sintering"
    SINTER_FAILED = "Sinter Failed"
    UNKNOWN = "Unknown"
    WASHED = "Washed"
    WASHING = "Washing"
    WASH_ABORTED = "Wash Aborted"

    def __str__(self) -> str:
        return str(self.value)
