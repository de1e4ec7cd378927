"""Hypothesis profiles for the whole suite, the one place its settings live.

A fresh clone has no `.hypothesis/` folder, so hypothesis builds its Unicode tables during the
first text draw of the run (about two seconds): the `too_slow` health check then fails whichever
test draws text first. That check measures the machine, not the code, so both profiles turn it
off, and the deadline with it (a loaded 2-core machine misses any fixed deadline now and then).
`data_too_large` is off too: values drawn from a whole spec (nested bodies, long arrays) are big by
nature, and a draw that outgrows hypothesis' buffer is dropped, never a failure of the code.

- `dev` (the default): the example database in `.hypothesis/`, so a failure found once is
  replayed first next time.
- `ci` (chosen when `CI` is set, or with `HYPOTHESIS_PROFILE=ci`): derandomized, so two runs of one
  commit draw the same examples, and no database, since CI starts from a clean clone anyway; the
  reproduction blob printed with every failure.
"""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

_NOT_THE_CODE = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile("dev", deadline=None, suppress_health_check=_NOT_THE_CODE)
settings.register_profile(
    "ci", deadline=None, suppress_health_check=_NOT_THE_CODE, derandomize=True, database=None, print_blob=True
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))
