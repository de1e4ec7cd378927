"""Generation times, each against its goal (issue 20), in copies of the repository (the checkout is untouched).

- regenerate every package: a copy with no record of an earlier run (`.cache/generate/`), so every vendor
  is built, one process per vendor: the time a fresh clone takes. Goal: under 15 s on a 2-core machine.
- regenerate a 330-operation, 560-schema document: KittyCAD's source grown by renamed copies
  (`bench/large_document.py`), its evidence rows copied alike, generated alone. Goal: under 30 s.
- `check` with nothing changed, on the checkout itself (check only reads it). Goal: under 10 s.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from codegen.evidence import PROVENANCE
from registry.documents import dump_document, load_document
from registry.vendors import REPO_ROOT, load_vendors

from .large_document import OPERATIONS, SCHEMAS, count_operations, scaled
from .table import Row

GOAL_SECONDS = 15.0
LARGE_GOAL_SECONDS = 30.0
CHECK_GOAL_SECONDS = 10.0
LARGE_VENDOR = "kittycad"
# Everything `generate` reads: the registry and specs, the overlays, the runtime (its sync twins), the pipeline.
_PARTS = ("specs", "overlays", "runtime", "codegen", "registry")
_FILES = ("pyproject.toml", "README.md", "LICENSE")
_EVIDENCE_ROW = re.compile(r"^\| `(?P<method>[A-Z]+) (?P<path>/\S*)` \|(?P<rest>.*)$")


def _copy(tmp: str) -> Path:
    root = Path(tmp) / "repo"
    for part in _PARTS:
        shutil.copytree(REPO_ROOT / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    for name in _FILES:
        shutil.copy(REPO_ROOT / name, root / name)
    return root


def _timed(args: list[str], what: str) -> tuple[float, int]:
    """Wall seconds and exit status of `python -m codegen ARGS`; `RuntimeError` when it failed (2)."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "codegen", *args], cwd=REPO_ROOT, check=False,
                          capture_output=True, text=True)  # fmt: skip
    seconds = time.perf_counter() - start
    if done.returncode == 2:
        raise RuntimeError(f"{what} failed, so it was not timed:\n{done.stderr[-2000:]}")
    return seconds, done.returncode


def with_copied_evidence(provenance: str, paths: Mapping[str, Any]) -> str:
    """PROVENANCE.md with each evidence row repeated for every renamed copy of its path in `paths`."""
    lines: list[str] = []
    for line in provenance.splitlines():
        lines.append(line)
        row = _EVIDENCE_ROW.match(line)
        if row:
            copies = sorted(p for p in paths if re.fullmatch(r"/bench\d+" + re.escape(row["path"]), p))
            lines += [f"| `{row['method']} {p}` |{row['rest']}" for p in copies]
    return "\n".join(lines) + "\n"


def _all_packages() -> Row:
    with tempfile.TemporaryDirectory(prefix="fabapi-bench-") as tmp:
        root = _copy(tmp)
        seconds, _ = _timed(["generate", "--root", str(root)], "regeneration")
    vendors = len(load_vendors())
    return Row(f"regenerate all {vendors} packages", f"{seconds:.1f} s wall time", seconds, GOAL_SECONDS, unit=" s")


def _large_document() -> Row:
    with tempfile.TemporaryDirectory(prefix="fabapi-bench-") as tmp:
        root = _copy(tmp)
        spec_dir = root / "specs" / LARGE_VENDOR
        document = scaled(load_document(spec_dir / "source.yaml"))
        (spec_dir / "source.yaml").write_text(dump_document(document, "# bench: renamed copies"), encoding="utf-8")
        provenance = spec_dir / PROVENANCE
        provenance.write_text(with_copied_evidence(provenance.read_text(encoding="utf-8"), document["paths"]),
                              encoding="utf-8")  # fmt: skip
        seconds, _ = _timed(["generate", LARGE_VENDOR, "--root", str(root)], "the large document's generation")
    size = f"{count_operations(document['paths'])} operations, {len(document['components']['schemas'])} schemas"
    return Row(f"regenerate a {OPERATIONS}-operation, {SCHEMAS}-schema document", f"{seconds:.1f} s wall time ({size})",
               seconds, LARGE_GOAL_SECONDS, unit=" s")  # fmt: skip


def _check_unchanged() -> Row:
    name = "check, nothing changed"
    seconds, status = _timed(["check"], "check")
    if status != 0:
        return Row(name, "not measured: the checkout's generated files drifted", None, CHECK_GOAL_SECONDS, unit=" s")
    return Row(name, f"{seconds:.1f} s wall time", seconds, CHECK_GOAL_SECONDS, unit=" s")


def regenerate() -> list[Row]:
    return [_all_packages(), _large_document(), _check_unchanged()]
