from enum import StrEnum


class UnitEnergyFormat(StrEnum):
    BRITISH_THERMAL_UNIT = "british_thermal_unit"
    BRITISH_THERMAL_UNIT59 = "british_thermal_unit59"
    BRITISH_THERMAL_UNIT_ISO = "british_thermal_unit_iso"
    CALORIE = "calorie"
    FOOT_POUND = "foot_pound"
    JOULE = "joule"
    KILOWATT_HOUR = "kilowatt_hour"
    THERM = "therm"
    WATT_HOUR = "watt_hour"

    def __str__(self) -> str:
        return str(self.value)
