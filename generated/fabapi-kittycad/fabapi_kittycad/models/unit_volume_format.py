from enum import StrEnum


class UnitVolumeFormat(StrEnum):
    BARREL = "barrel"
    BUSHEL = "bushel"
    CORD = "cord"
    CUBIC_CENTIMETER = "cubic_centimeter"
    CUBIC_FATHOM = "cubic_fathom"
    CUBIC_FOOT = "cubic_foot"
    CUBIC_INCH = "cubic_inch"
    CUBIC_KILOMETER = "cubic_kilometer"
    CUBIC_METER = "cubic_meter"
    CUBIC_MILE = "cubic_mile"
    CUBIC_MILLIMETER = "cubic_millimeter"
    CUBIC_YARD = "cubic_yard"
    CUP = "cup"
    DASH = "dash"
    DRAM = "dram"
    DROP = "drop"
    FIFTH = "fifth"
    FLUID_OUNCE = "fluid_ounce"
    GALLON = "gallon"
    GILL = "gill"
    LITER = "liter"
    PECK = "peck"
    PINCH = "pinch"
    PINT = "pint"
    QUART = "quart"
    SACK = "sack"
    SHOT = "shot"
    STRIKE = "strike"
    TABLESPOON = "tablespoon"
    TEASPOON = "teaspoon"

    def __str__(self) -> str:
        return str(self.value)
