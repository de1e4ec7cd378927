"""The official `kittycad` client from PyPI, the reference rows: installed by `nox -s bench`, optional elsewhere.

It is imported by name at run time, so this package type-checks and runs where it is absent (the
development environment pins attrs 26, which the official client does not accept).
"""

from __future__ import annotations

import importlib
from types import ModuleType


def official(module: str = "kittycad") -> ModuleType | None:
    """`kittycad` or one of its submodules, or None when the official client is not installed."""
    try:
        return importlib.import_module(module)
    except ImportError:
        return None
