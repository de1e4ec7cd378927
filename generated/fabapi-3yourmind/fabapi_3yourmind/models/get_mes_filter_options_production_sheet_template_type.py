from enum import StrEnum


class GetMesFilterOptionsProductionSheetTemplateType(StrEnum):
    JOB = "job"
    PART = "part"
    SEQUENCE = "sequence"

    def __str__(self) -> str:
        return str(self.value)
