from enum import StrEnum


class UnitRadioactivityFormat(StrEnum):
    BECQUEREL = "becquerel"
    CURIE = "curie"
    RUTHERFORD = "rutherford"

    def __str__(self) -> str:
        return str(self.value)
