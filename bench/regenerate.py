"""Time to regenerate every package from its spec, in a copy of the repository (the checkout is untouched).

The copy has no record of an earlier run (`.cache/generate/`), so every vendor is built: the time a fresh
clone takes, one process per vendor. Goal: under 15 s on a 2-core machine (issue 20).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from registry.vendors import REPO_ROOT, load_vendors

from .table import Row

GOAL_SECONDS = 15.0


def regenerate() -> list[Row]:
    with tempfile.TemporaryDirectory(prefix="fabapi-bench-") as tmp:
        root = Path(tmp) / "repo"
        # Everything `generate` reads: the registry and specs, the overlays, and the runtime (its sync twins).
        for part in ("specs", "overlays", "runtime", "codegen", "registry"):
            shutil.copytree(REPO_ROOT / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
        shutil.copy(REPO_ROOT / "pyproject.toml", root / "pyproject.toml")
        start = time.perf_counter()
        done = subprocess.run(
            [sys.executable, "-m", "codegen", "generate", "--root", str(root)],
            cwd=REPO_ROOT,
            check=False,
            capture_output=True,
            text=True,
        )
        seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"regeneration failed, so it was not timed:\n{done.stderr[-2000:]}")
    vendors = len(load_vendors())
    return [Row(f"regenerate all {vendors} packages", f"{seconds:.1f} s wall time", seconds, GOAL_SECONDS, unit=" s")]
