"""Printer and pricing profiles with the vendor's defaults, checked before anything is sent.

The generated `PrinterConfig` and `QuoteConfig` already carry the defaults from
the spec; these builders add the range checks the spec states (`fill_density`
0–100, positive sizes and speeds, non-negative prices), so a bad profile fails
here with the field named instead of as a 422 from the server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fabapi_core import InvalidArgument

from .models.dimensions import Dimensions
from .models.printer_config import PrinterConfig
from .models.quote_config import QuoteConfig

# field -> (lowest allowed, highest allowed, lowest excluded?)
_PRINTER_LIMITS: dict[str, tuple[float, float | None, bool]] = {
    "bed_size_x": (1, None, False),
    "bed_size_y": (1, None, False),
    "bed_size_z": (1, None, False),
    "print_speed": (1, None, False),
    "first_layer_speed": (1, None, False),
    "nozzle_diameter": (0, None, True),
    "layer_height": (0, None, True),
    "fill_density": (0, 100, False),
}
_PRICING_LIMITS: dict[str, tuple[float, float | None, bool]] = {
    "cost_per_hour": (0, None, False),
    "cost_per_gram": (0, None, False),
    "base_price": (0, None, False),
}
SUPPORTED_EXTENSIONS = (".stl", ".obj", ".3mf")
MAX_FILE_MB = 200.0


def _check(kind: str, values: dict[str, Any], limits: dict[str, tuple[float, float | None, bool]]) -> None:
    for name, value in values.items():
        if name not in limits:
            continue
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidArgument(name, f"{kind} {name} must be a number, got {value!r}")
        low, high, exclusive = limits[name]
        if (value <= low if exclusive else value < low) or (high is not None and value > high):
            bound = f"more than {low}" if exclusive else f"at least {low}"
            bound += f" and at most {high}" if high is not None else ""
            raise InvalidArgument(name, f"{kind} {name} must be {bound}, got {value!r}")


def printer_profile(**overrides: Any) -> PrinterConfig:
    """A printer profile: the vendor defaults (210×210×250 bed, 0.2 mm layers, 20 % infill, PLA…)
    with `overrides` applied, each checked."""
    unknown = sorted(set(overrides) - set(_fields(PrinterConfig)))
    if unknown:
        raise InvalidArgument(unknown[0], f"printer profiles have no field {unknown[0]!r}")
    _check("printer profile", overrides, _PRINTER_LIMITS)
    return PrinterConfig(**overrides)


def pricing_profile(**overrides: Any) -> QuoteConfig:
    """A pricing profile: USD, 2.5 per hour, 0.02 per gram, 5.0 base price, with `overrides`."""
    unknown = sorted(set(overrides) - set(_fields(QuoteConfig)))
    if unknown:
        raise InvalidArgument(unknown[0], f"pricing profiles have no field {unknown[0]!r}")
    _check("pricing profile", overrides, _PRICING_LIMITS)
    return QuoteConfig(**overrides)


def check_printer(profile: PrinterConfig) -> PrinterConfig:
    """Re-check a profile built by hand (attrs does not validate)."""
    _check("printer profile", profile.to_dict(), _PRINTER_LIMITS)
    return profile


def check_pricing(profile: QuoteConfig) -> QuoteConfig:
    _check("pricing profile", profile.to_dict(), _PRICING_LIMITS)
    return profile


def bed(profile: PrinterConfig) -> Dimensions:
    """The printer's build volume, for the printability check."""
    values = profile.to_dict()
    return Dimensions(x=values["bed_size_x"], y=values["bed_size_y"], z=values["bed_size_z"])


def _fields(cls: type) -> list[str]:
    return [field.name for field in cls.__attrs_attrs__ if field.name != "additional_properties"]  # type: ignore[attr-defined]


def check_model_file(path: Path, max_mb: float = MAX_FILE_MB) -> None:
    """Extension, size and, for STL, the structure a server would reject, before uploading."""
    if path.suffix.lower() not in SUPPORTED_EXTENSIONS:
        allowed = ", ".join(SUPPORTED_EXTENSIONS)
        raise InvalidArgument("path", f"{path.name}: unsupported file type {path.suffix or '(none)'}; use {allowed}")
    if not path.is_file():
        raise InvalidArgument("path", f"{path}: no such file")
    size = path.stat().st_size
    if size == 0:
        raise InvalidArgument("path", f"{path.name} is empty")
    if size > max_mb * 1024 * 1024:
        raise InvalidArgument("path", f"{path.name} is {size / 1048576:.1f} MB; the limit is {max_mb:g} MB")
    if path.suffix.lower() == ".stl" and not _plausible_stl(path, size):
        raise InvalidArgument("path", f"{path.name} is not a valid STL file (neither ASCII nor binary STL)")


def _plausible_stl(path: Path, size: int) -> bool:
    # Only the framing: binary STL is an 80-byte header, a triangle count and 50 bytes per
    # triangle; ASCII STL starts with "solid" and has facets. Geometry is the server's job.
    with path.open("rb") as stream:
        head = stream.read(84)
        if head[:5].lower() == b"solid":
            stream.seek(0)
            text = stream.read(4096).lower()
            if b"facet" in text:
                return True
        if len(head) < 84:
            return False
        triangles = int.from_bytes(head[80:84], "little")
        return triangles > 0 and size == 84 + 50 * triangles
