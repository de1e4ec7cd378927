from enum import StrEnum


class UnitAngleFormat(StrEnum):
    ARCMINUTE = "arcminute"
    ARCSECOND = "arcsecond"
    DEGREE = "degree"
    GRADIAN = "gradian"
    MILLIARCSECOND = "milliarcsecond"
    RADIAN = "radian"
    TURN = "turn"

    def __str__(self) -> str:
        return str(self.value)
