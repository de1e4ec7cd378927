"""How many examples a property test draws, in proportion to the loaded hypothesis profile's.

A test that sets its own number (`@settings(max_examples=examples(8))`) draws it under the profiles
that keep hypothesis' default of 100 examples (`dev`, `ci`), and its share of it under one that draws
fewer (`recheck`, tests/conftest.py, for a second run of tests already drawn in full).
"""

from __future__ import annotations

import math

from hypothesis import settings

# hypothesis' own default, the number the tests' own budgets are written against.
FULL = 100


def examples(own: int, profile: settings | None = None) -> int:
    """`own`, scaled by `profile`'s examples (the loaded profile's) against hypothesis' default; at least one."""
    chosen = profile or settings.default
    if chosen is None:  # only while hypothesis itself is being imported
        raise RuntimeError("no hypothesis settings are loaded yet")
    return max(1, math.ceil(own * chosen.max_examples / FULL))
