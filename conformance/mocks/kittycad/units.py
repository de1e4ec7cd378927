"""Unit arithmetic for `/unit/conversion/{family}/{src}/{out}`: every family the spec lists.

Each family maps its units to a factor onto one reference unit (SI where there is one);
temperature is affine and has its own pair of functions. Length, mass, volume and
temperature use exact definitions (the international inch, pound and gallon) and exact
rational arithmetic, so 1 inch is 25.4 mm and 100 °C is 212 °F to the last bit; the rest use
the usual defined or CODATA values.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from fractions import Fraction as Q

_INCH = Q("0.0254")
_FOOT = 12 * _INCH
_YARD = 3 * _FOOT
_MILE = 1760 * _YARD
_POUND = Q("0.45359237")
_OUNCE = _POUND / 16
_GALLON = 231 * _INCH**3  # US liquid gallon
_CUBIC_FOOT = _FOOT**3
_DAY = Q(86_400)
_AU = Q(149_597_870_700)
_LIGHTYEAR = Q(9_460_730_472_580_800)
_G0 = Q("9.80665")
_PI = Q(math.pi)
_BUSHEL = Q("2150.42") * _INCH**3

# The metric families convert between SI prefixes; `squared` and `cubed` raise the ratio to 2 and 3.
_PREFIXES = {
    "atto": -18,
    "femto": -15,
    "pico": -12,
    "nano": -9,
    "micro": -6,
    "milli": -3,
    "centi": -2,
    "deci": -1,
    "unit": 0,
    "deca": 1,
    "hecto": 2,
    "kilo": 3,
    "mega": 6,
    "giga": 9,
    "tera": 12,
    "peta": 15,
    "exa": 18,
}


def _metric(power: int) -> dict[str, Q]:
    return {name: Q(10) ** (exponent * power) for name, exponent in _PREFIXES.items()}


def _exact(table: Mapping[str, object]) -> dict[str, Q]:
    return {name: value if isinstance(value, Q) else Q(str(value)) for name, value in table.items()}


_TABLES: Mapping[str, Mapping[str, object]] = {
    "acceleration": {"meters_per_second_squared": 1.0, "feet_per_second_squared": _FOOT, "standard_gravity": _G0},
    "angle": {
        "radian": 1.0,
        "degree": _PI / 180,
        "arcminute": _PI / 180 / 60,
        "arcsecond": _PI / 180 / 3600,
        "milliarcsecond": _PI / 180 / 3_600_000,
        "turn": 2 * _PI,
        "gradian": _PI / 200,
    },
    "angular-velocity": {
        "radians_per_second": 1.0,
        "degrees_per_second": _PI / 180,
        "revolutions_per_minute": 2 * _PI / 60,
        "milliarcseconds_per_year": _PI / 180 / 3_600_000 / (365.25 * _DAY),
    },
    "area": {
        "square_meter": 1.0,
        "square_foot": _FOOT**2,
        "square_inch": _INCH**2,
        "square_mile": _MILE**2,
        "square_kilometer": 1e6,
        "hectare": 1e4,
        "acre": 4046.8564224,
    },
    "charge": {"coulomb": 1.0, "ampere_hour": 3600.0},
    "concentration": {
        "parts_per_million": 1e-6,
        "parts_per_billion": 1e-9,
        "parts_per_trillion": 1e-12,
        "percent": 1e-2,
    },
    "data-transfer-rate": {
        "bytes_per_second": 8.0,
        "exabytes_per_second": 8e18,
        "bits_per_second": 1.0,
        "exabits_per_second": 1e18,
    },
    "data": {"byte": 8.0, "exabyte": 8e18, "bit": 1.0, "exabit": 1e18},
    "density": {
        "kilograms_per_cubic_meter": 1.0,
        "grams_per_milliliter": 1000.0,
        "kilograms_per_liter": 1000.0,
        "ounces_per_cubic_foot": _OUNCE / _CUBIC_FOOT,
        "ounces_per_cubic_inch": _OUNCE / _INCH**3,
        "ounces_per_gallon": _OUNCE / _GALLON,
        "pounds_per_cubic_foot": _POUND / _CUBIC_FOOT,
        "pounds_per_cubic_inch": _POUND / _INCH**3,
        "pounds_per_gallon": _POUND / _GALLON,
        "slugs_per_cubic_foot": _POUND * _G0 / _FOOT / _CUBIC_FOOT,
    },
    "energy": {
        "joule": 1.0,
        "calorie": 4.184,
        "kilowatt_hour": 3.6e6,
        "watt_hour": 3600.0,
        "british_thermal_unit": 1055.05585262,
        "british_thermal_unit_iso": 1055.056,
        "british_thermal_unit59": 1054.804,
        "therm": 105_505_585.262,
        "foot_pound": _FOOT * _POUND * _G0,
    },
    "force": {
        "newton": 1.0,
        "pound": _POUND * _G0,
        "dyne": 1e-5,
        "kilopond": _G0,
        "poundal": _POUND * _FOOT,
    },
    "illuminance": {"lux": 1.0, "footcandle": 1 / _FOOT**2, "lumens_per_square_inch": 1 / _INCH**2, "phot": 1e4},
    "length": {
        "meter": 1.0,
        "millimeter": 1e-3,
        "centimeter": 1e-2,
        "kilometer": 1e3,
        "foot": _FOOT,
        "mil": _INCH / 1000,
        "inch": _INCH,
        "mile": _MILE,
        "nautical_mile": 1852.0,
        "astronomical_unit": _AU,
        "lightyear": _LIGHTYEAR,
        "parsec": _AU * 648_000 / _PI,
        "angstrom": 1e-10,
        "cubit": 18 * _INCH,
        "fathom": 2 * _YARD,
        "chain": 22 * _YARD,
        "furlong": 220 * _YARD,
        "hand": 4 * _INCH,
        "league": 3 * _MILE,
        "nautical_league": 3 * 1852.0,
        "yard": _YARD,
    },
    "magnetic-field-strength": {"tesla": 1.0, "gauss": 1e-4},
    "magnetic-flux": {"weber": 1.0, "maxwell": 1e-8},
    "mass": {
        "gram": 1e-3,
        "kilogram": 1.0,
        "metric_ton": 1e3,
        "pound": _POUND,
        "long_ton": 2240 * _POUND,
        "short_ton": 2000 * _POUND,
        "stone": 14 * _POUND,
        "ounce": _OUNCE,
        "carat": 2e-4,
        "slug": _POUND * _G0 / _FOOT,
    },
    "metric/cubed": _metric(3),
    "metric/power": _metric(1),
    "metric/squared": _metric(2),
    "power": {"watt": 1.0, "horsepower": 745.69987158227022, "milliwatt": 1e-3},
    "pressure": {
        "pascal": 1.0,
        "bar": 1e5,
        "mbar": 1e2,
        "atmosphere": 101_325.0,
        "pounds_per_square_inch": _POUND * _G0 / _INCH**2,
    },
    "radiation": {"gray": 1.0, "sievert": 1.0, "rad": 1e-2},
    "radioactivity": {"becquerel": 1.0, "curie": 3.7e10, "rutherford": 1e6},
    "solid-angle": {"steradian": 1.0, "degree_squared": (_PI / 180) ** 2, "spat": 4 * _PI},
    "time": {
        "second": 1.0,
        "minute": 60.0,
        "hour": 3600.0,
        "day": _DAY,
        "week": 7 * _DAY,
        "year": 365 * _DAY,  # a common year; the Julian and Gregorian years are their own units
        "julian_year": 365.25 * _DAY,
        "gregorian_year": 365.2425 * _DAY,
    },
    "velocity": {
        "meters_per_second": 1.0,
        "feet_per_second": _FOOT,
        "miles_per_hour": _MILE / 3600,
        "kilometers_per_hour": 1000 / 3600,
        "knot": 1852 / 3600,
    },
    "voltage": {"volt": 1.0, "statvolt": 299.792458, "abvolt": 1e-8},
    "volume": {
        "cubic_meter": 1.0,
        "cubic_centimeter": 1e-6,
        "cubic_millimeter": 1e-9,
        "cubic_kilometer": 1e9,
        "liter": 1e-3,
        "cubic_inch": _INCH**3,
        "cubic_foot": _CUBIC_FOOT,
        "cubic_yard": _YARD**3,
        "cubic_mile": _MILE**3,
        "gallon": _GALLON,
        "quart": _GALLON / 4,
        "pint": _GALLON / 8,
        "cup": _GALLON / 16,
        "fluid_ounce": _GALLON / 128,
        "barrel": 42 * _GALLON,  # the oil barrel
        "bushel": _BUSHEL,
        "cord": 128 * _CUBIC_FOOT,
        "cubic_fathom": (2 * _YARD) ** 3,
        "tablespoon": _GALLON / 256,
        "teaspoon": _GALLON / 768,
        "pinch": _GALLON / 768 / 16,
        "dash": _GALLON / 768 / 8,
        "drop": _GALLON / 128 / 576,
        "fifth": _GALLON / 5,
        "dram": _GALLON / 1024,
        "gill": _GALLON / 32,
        "peck": _BUSHEL / 4,
        "sack": 3 * _BUSHEL,
        "shot": _GALLON / 128 * 1.5,
        "strike": 2 * _BUSHEL,
    },
}

FACTORS: Mapping[str, Mapping[str, Q]] = {family: _exact(table) for family, table in _TABLES.items()}

# Temperature: to and from kelvin.
_ZERO_C = Q("273.15")
_ZERO_F = Q("459.67")
_TO_KELVIN: Mapping[str, Callable[[Q], Q]] = {
    "kelvin": lambda v: v,
    "celsius": lambda v: v + _ZERO_C,
    "fahrenheit": lambda v: (v + _ZERO_F) * 5 / 9,
    "reaumur": lambda v: v * 5 / 4 + _ZERO_C,
    "rankine": lambda v: v * 5 / 9,
}
_FROM_KELVIN: Mapping[str, Callable[[Q], Q]] = {
    "kelvin": lambda k: k,
    "celsius": lambda k: k - _ZERO_C,
    "fahrenheit": lambda k: k * 9 / 5 - _ZERO_F,
    "reaumur": lambda k: (k - _ZERO_C) * 4 / 5,
    "rankine": lambda k: k * 9 / 5,
}


class UnknownUnit(ValueError):
    pass


def convert(family: str, src: str, out: str, value: float) -> float:
    """`value` in `src` expressed in `out`, both units of `family` (a path segment: `metric/cubed`).

    A result too large for a float is `inf`; the caller refuses it.
    """
    try:
        return _convert(family, src, out, value)
    except OverflowError:
        return math.inf


def _convert(family: str, src: str, out: str, value: float) -> float:
    if family == "temperature":
        if src not in _TO_KELVIN or out not in _FROM_KELVIN:
            raise UnknownUnit(f"unknown temperature unit in {src!r} -> {out!r}")
        return float(_FROM_KELVIN[out](_TO_KELVIN[src](Q(value))))
    factors = FACTORS.get(family)
    if factors is None:
        raise UnknownUnit(f"unknown unit family {family!r}")
    if src not in factors or out not in factors:
        raise UnknownUnit(f"unknown {family} unit in {src!r} -> {out!r}")
    if src == out:
        return value
    # Exact rational arithmetic, rounded once: the float nearest the true answer.
    return float(Q(value) * factors[src] / factors[out])
