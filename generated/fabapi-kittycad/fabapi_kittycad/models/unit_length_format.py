from enum import StrEnum


class UnitLengthFormat(StrEnum):
    ANGSTROM = "angstrom"
    ASTRONOMICAL_UNIT = "astronomical_unit"
    CENTIMETER = "centimeter"
    CHAIN = "chain"
    CUBIT = "cubit"
    FATHOM = "fathom"
    FOOT = "foot"
    FURLONG = "furlong"
    HAND = "hand"
    INCH = "inch"
    KILOMETER = "kilometer"
    LEAGUE = "league"
    LIGHTYEAR = "lightyear"
    METER = "meter"
    MIL = "mil"
    MILE = "mile"
    MILLIMETER = "millimeter"
    NAUTICAL_LEAGUE = "nautical_league"
    NAUTICAL_MILE = "nautical_mile"
    PARSEC = "parsec"
    YARD = "yard"

    def __str__(self) -> str:
        return str(self.value)
