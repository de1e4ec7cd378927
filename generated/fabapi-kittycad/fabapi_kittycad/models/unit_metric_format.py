from enum import StrEnum


class UnitMetricFormat(StrEnum):
    ATTO = "atto"
    CENTI = "centi"
    DECA = "deca"
    DECI = "deci"
    EXA = "exa"
    FEMTO = "femto"
    GIGA = "giga"
    HECTO = "hecto"
    KILO = "kilo"
    MEGA = "mega"
    MICRO = "micro"
    MILLI = "milli"
    NANO = "nano"
    PETA = "peta"
    PICO = "pico"
    TERA = "tera"
    UNIT = "unit"

    def __str__(self) -> str:
        return str(self.value)
