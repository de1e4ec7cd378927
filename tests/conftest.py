"""Hypothesis profiles for the whole suite.

A fresh clone has no `.hypothesis/` folder, so hypothesis builds its Unicode tables during the
first text draw of the run (about two seconds): the `too_slow` health check then fails whichever
test draws text first. That check measures the machine, not the code, so both profiles turn it
off, and the deadline with it (a loaded 2-core machine misses any fixed deadline now and then).

- `dev` (the default): the example database in `.hypothesis/`, so a failure found once is
  replayed first next time.
- `ci` (chosen when `CI` is set, or with `HYPOTHESIS_PROFILE=ci`): no database, since CI starts
  from a clean clone anyway, and the reproduction blob printed with every failure.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_MACHINE_DEPENDENT = [HealthCheck.too_slow]

settings.register_profile("dev", deadline=None, suppress_health_check=_MACHINE_DEPENDENT)
settings.register_profile("ci", deadline=None, suppress_health_check=_MACHINE_DEPENDENT, database=None, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
