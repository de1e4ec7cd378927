"""Small real STL files for the tests and the workflows, written with numpy-stl."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from stl import Mode, mesh

# The 12 triangles of a unit cube, as vertex indices into its 8 corners.
_CORNERS = np.array([[x, y, z] for x in (0, 1) for y in (0, 1) for z in (0, 1)], dtype=float)
_FACES = np.array([
    [0, 1, 3], [0, 3, 2], [4, 6, 7], [4, 7, 5], [0, 4, 5], [0, 5, 1],
    [2, 3, 7], [2, 7, 6], [0, 2, 6], [0, 6, 4], [1, 5, 7], [1, 7, 3],
])  # fmt: skip


def box(path: Path, size: tuple[float, float, float], *, ascii_: bool = False) -> Path:
    """A closed box of `size` millimetres, as ASCII or binary STL."""
    solid = mesh.Mesh(np.zeros(len(_FACES), dtype=mesh.Mesh.dtype))
    solid.vectors[:] = _CORNERS[_FACES] * np.array(size)
    solid.save(str(path), mode=Mode.ASCII if ascii_ else Mode.BINARY)
    return path


def repeated_boxes(path: Path, size_bytes: int) -> Path:
    """A binary STL of at least `size_bytes`: the unit cube's 12 triangles, repeated.

    Written record by record with numpy, so a file past KittyCAD's 25 MB limit costs no
    Python loop; its enclosed volume is the number of cubes (each repeat adds one).
    """
    copies = -(-(size_bytes - 84) // (50 * len(_FACES)))
    records = np.zeros(copies * len(_FACES), dtype=mesh.Mesh.dtype)
    records["vectors"] = np.tile(_CORNERS[_FACES], (copies, 1, 1))
    with path.open("wb") as out:
        out.write(b"repeated unit cubes".ljust(80, b" "))
        out.write(np.uint32(len(records)).tobytes())
        out.write(records.tobytes())
    return path
