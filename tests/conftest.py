"""The whole suite's settings, the one place they live: hypothesis profiles, and how many workers
`-n auto` starts (at the end).

A fresh clone has no `.hypothesis/` folder, so hypothesis builds its Unicode tables during the
first text draw of the run (about two seconds): the `too_slow` health check then fails whichever
test draws text first. That check measures the machine, not the code, so every profile turns it
off, and the deadline with it (a loaded 2-core machine misses any fixed deadline now and then).
`data_too_large` is off too: values drawn from a whole spec (nested bodies, long arrays) are big by
nature, and a draw that outgrows hypothesis' buffer is dropped, never a failure of the code.

- `dev` (the default): the example database in `.hypothesis/`, so a failure found once is
  replayed first next time.
- `ci` (chosen when `CI` is set, or with `HYPOTHESIS_PROFILE=ci`): derandomized, so two runs of one
  commit draw the same examples, and no database, since CI starts from a clean clone anyway; the
  reproduction blob printed with every failure.
- `recheck`: `ci` with a quarter of the examples, a test's own number included (`tests/budget.py`), for
  a second run of tests that the same CI run has drawn in full on the checkout: the round trip's suite
  (`codegen.roundtrip`, on a copy whose wire it has proven unchanged) and the newest Python and httpx
  (`.ci/run`'s compat step). What those runs look for, a name or an import the copy lost, an API the new
  release changed, fails nearly every example, not a rare one.
"""

from __future__ import annotations

import os

import pytest
from hypothesis import HealthCheck, settings

_NOT_THE_CODE = [HealthCheck.too_slow, HealthCheck.data_too_large]

settings.register_profile("dev", deadline=None, suppress_health_check=_NOT_THE_CODE)
_CI = settings(deadline=None, suppress_health_check=_NOT_THE_CODE, derandomize=True, database=None, print_blob=True)
settings.register_profile("ci", _CI)
settings.register_profile("recheck", _CI, max_examples=25)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "dev"))


# What one worker may hold at its peak: the whole suite in one process reached 0.8 GB (maximum RSS).
WORKER_MEMORY = 1 << 30


def _physical_memory() -> int | None:
    """Bytes of RAM, where the system says (not on Windows)."""
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (AttributeError, ValueError, OSError):
        return None


# Optional: a run with `-p no:xdist` knows no such hook.
@pytest.hookimpl(optionalhook=True)
def pytest_xdist_auto_num_workers(config: pytest.Config) -> int | None:
    """`-n auto` (`nox -s tests`, `compat`, the round trip's suite): two pytest-xdist workers more than the
    machine has cores. Part of the suite waits on purpose (the fault matrix's stalls and trickles,
    deadlines, servers starting), and the spare workers keep the cores busy meanwhile; with
    `--dist worksteal` (below) an idle worker takes tests from a busy one's queue, so no slow file holds
    back the end of the run. Measured on 2 cores, the whole suite: 442 s with two workers sharing by
    `load` (xdist's own `auto`), 365 to 374 s with three and 349 s with four, stealing. No more workers
    than the RAM holds at `WORKER_MEMORY` each, so a machine of many cores and little memory does not
    swap. Where `PYTEST_XDIST_AUTO_NUM_WORKERS` is set, xdist's own answer (None here) reads it."""
    if os.environ.get("PYTEST_XDIST_AUTO_NUM_WORKERS"):
        return None
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1
    memory = _physical_memory()
    return min(cores + 2, max(1, memory // WORKER_MEMORY)) if memory else cores + 2


@pytest.hookimpl(tryfirst=True)
def pytest_cmdline_main(config: pytest.Config) -> None:
    """With `-n` and no `--dist` of the caller's: `worksteal`, before xdist would choose `load`."""
    if getattr(config.option, "numprocesses", None) and getattr(config.option, "dist", None) == "no":
        config.option.dist = "worksteal"
