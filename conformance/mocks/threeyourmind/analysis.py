"""The analysis of an uploaded 3D file: numpy-stl reads it, or it is not a readable 3D file."""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
from stl import mesh

INCH = 25.4  # millimetres


@dataclass(frozen=True)
class Geometry:
    size: tuple[float, float, float]  # bounding box, millimetres
    volume: float  # cubic millimetres
    area: float  # square millimetres
    triangles: int


def measure(data: bytes, unit: str) -> Geometry | None:
    """The file's geometry in millimetres, or None when it is not an STL numpy-stl can read."""
    if not data:
        return None
    try:
        solid = mesh.Mesh.from_file("upload.stl", fh=io.BytesIO(data))
    except (ValueError, AssertionError, RuntimeError, EOFError, IndexError, TypeError):
        return None
    if len(solid.vectors) == 0 or not np.isfinite(solid.vectors).all() or not solid.areas.sum() > 0:
        return None
    scale = INCH if unit == "inch" else 1.0
    extent = (solid.max_ - solid.min_) * scale
    with np.errstate(all="ignore"):  # an open mesh has no meaningful volume; numpy-stl says so in its log
        volume = abs(float(np.nan_to_num(solid.get_mass_properties()[0]))) * scale**3
    area = float(solid.areas.sum()) * scale**2
    return Geometry((float(extent[0]), float(extent[1]), float(extent[2])), volume, area, len(solid.vectors))
