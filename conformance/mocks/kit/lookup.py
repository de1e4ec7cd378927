"""Get-or-404: a stored object by its key, or the mock's own not-found error naming it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypeVar

K = TypeVar("K")
V = TypeVar("V")


def found(mapping: Mapping[K, V], key: K, what: str, missing: Callable[[str], Exception]) -> V:
    """`mapping[key]`, or `missing("<what> <key>")` raised: each mock words and shapes its 404."""
    if key not in mapping:
        raise missing(f"{what} {key}")
    return mapping[key]
