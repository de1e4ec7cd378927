# Copied from overlays/kittycad/_public.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""Hand-written layer of fabapi-kittycad, imported by the generated package __init__."""

from ._async.kittycad import AsyncKittyCAD
from ._kittycad import Operation, OperationFailed, check_conversion
from ._sync.kittycad import KittyCAD

__all__ = ["AsyncKittyCAD", "KittyCAD", "Operation", "OperationFailed", "check_conversion"]
