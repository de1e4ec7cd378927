# Copied from overlays/kittycad/_public.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""Hand-written layer of fabapi-kittycad, imported by the generated package __init__."""

from ._kittycad import AsyncKittyCAD, KittyCAD, OperationFailed, check_conversion

__all__ = ["AsyncKittyCAD", "KittyCAD", "OperationFailed", "check_conversion"]
