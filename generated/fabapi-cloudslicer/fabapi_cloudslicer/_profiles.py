# Copied from overlays/cloudslicer/_profiles.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""Printer and pricing profiles with the vendor's defaults, checked before anything is sent.

The generated `PrinterConfig` and `QuoteConfig` already carry the defaults from
the spec; these builders add the checks the spec states (`fill_density` 0–100,
positive sizes and speeds, non-negative prices) and the field's own type (a whole
number for an integer, a finite number, a bool, text that can be encoded), so a
bad profile fails here with the field named instead of as a 422 from the server,
or as `NaN` in a JSON body.
"""

from __future__ import annotations

import functools
import typing
from pathlib import Path
from typing import Any

from fabapi_core import InvalidArgument, finite_number, local_path, sendable_text, whole_number

from .models.dimensions import Dimensions
from .models.printer_config import PrinterConfig
from .models.quote_config import QuoteConfig
from .types import Unset

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


@functools.cache
def _kinds(cls: type) -> dict[str, type]:
    """Each field's type as the generated model declares it (`int | Unset` -> int)."""
    kinds: dict[str, type] = {}
    for name, hint in typing.get_type_hints(cls).items():
        members = [m for m in typing.get_args(hint) or (hint,) if isinstance(m, type) and m is not Unset]
        if len(members) == 1:
            kinds[name] = members[0]
    return kinds


def _check_field(name: str, value: Any, kind: type, limits: tuple[float, float | None, bool] | None) -> None:
    low, high, exclusive = limits if limits is not None else (None, None, False)
    if kind is bool and not isinstance(value, bool):
        raise InvalidArgument(name, f"argument {name!r} must be True or False, not {type(value).__name__}")
    if kind is int:
        # Only the bounds the spec states; whole_number's own keeps an integer within 64 bits.
        bounds = {"minimum": low, "maximum": high}
        whole_number(value, name, **{key: int(bound) for key, bound in bounds.items() if bound is not None})
    elif kind is float:
        finite_number(value, name, maximum=high, **{"above" if exclusive else "minimum": low})
    elif kind is str:
        sendable_text(value, name)


def _check(cls: type, values: dict[str, Any], limits: dict[str, tuple[float, float | None, bool]]) -> None:
    kinds = _kinds(cls)
    for name, value in values.items():
        if name in kinds:
            _check_field(name, value, kinds[name], limits.get(name))


def printer_profile(**overrides: Any) -> PrinterConfig:
    """A printer profile: the vendor defaults (210×210×250 bed, 0.2 mm layers, 20 % infill, PLA…)
    with `overrides` applied, each checked."""
    unknown = sorted(set(overrides) - set(_fields(PrinterConfig)))
    if unknown:
        raise InvalidArgument(unknown[0], f"printer profiles have no field {unknown[0]!r}")
    _check(PrinterConfig, overrides, _PRINTER_LIMITS)
    return PrinterConfig(**overrides)


def pricing_profile(**overrides: Any) -> QuoteConfig:
    """A pricing profile: USD, 2.5 per hour, 0.02 per gram, 5.0 base price, with `overrides`."""
    unknown = sorted(set(overrides) - set(_fields(QuoteConfig)))
    if unknown:
        raise InvalidArgument(unknown[0], f"pricing profiles have no field {unknown[0]!r}")
    _check(QuoteConfig, overrides, _PRICING_LIMITS)
    return QuoteConfig(**overrides)


def check_printer(profile: object) -> PrinterConfig:
    """Re-check a profile built by hand (attrs does not validate)."""
    if not isinstance(profile, PrinterConfig):
        raise InvalidArgument(
            "printer", f"printer must be a PrinterConfig (see printer_profile), not {type(profile).__name__}"
        )
    _check(PrinterConfig, _set_fields(profile), _PRINTER_LIMITS)
    return profile


def check_pricing(profile: object) -> QuoteConfig:
    if not isinstance(profile, QuoteConfig):
        raise InvalidArgument(
            "pricing", f"pricing must be a QuoteConfig (see pricing_profile), not {type(profile).__name__}"
        )
    _check(QuoteConfig, _set_fields(profile), _PRICING_LIMITS)
    return profile


def _set_fields(profile: Any) -> dict[str, Any]:
    # The fields as set (not their wire form): a bool set where a number belongs stays a bool.
    return {
        name: getattr(profile, name) for name in _fields(type(profile)) if not isinstance(getattr(profile, name), Unset)
    }


def bed(profile: PrinterConfig) -> Dimensions:
    """The printer's build volume, for the printability check (the vendor default for a size left unset)."""
    sizes = [_or_default(profile, name) for name in ("bed_size_x", "bed_size_y", "bed_size_z")]
    return Dimensions(x=sizes[0], y=sizes[1], z=sizes[2])


def _or_default(profile: PrinterConfig, name: str) -> Any:
    value = getattr(profile, name)
    return getattr(PrinterConfig(), name) if isinstance(value, Unset) else value


def _fields(cls: type) -> list[str]:
    return [field.name for field in cls.__attrs_attrs__ if field.name != "additional_properties"]  # type: ignore[attr-defined]


def check_model_file(given: object, max_mb: float = MAX_FILE_MB) -> Path:
    """Extension, size and, for STL, the structure a server would reject, before uploading."""
    path = local_path(given, "path")
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
    return path


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
