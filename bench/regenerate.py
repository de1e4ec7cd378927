"""Generation times, each against its goal (issue 20), in copies of the repository (the checkout is untouched).

- regenerate every package: a copy with no record of an earlier run (`.cache/generate/`), so every vendor
  is built, one process per vendor: the time a fresh clone takes. Goal: under 15 s on a 2-core machine.
- regenerate a 330-operation, 560-schema document: KittyCAD's source, whatever its style, grown by renamed
  copies (`bench/large_document.py`), its evidence rows and its pins (names.yaml) copied alike, generated
  alone. Goal: under 30 s.
- `check` with nothing changed since that generation, in the same copy. Goal: under 10 s.

Each row shows the wall time (what the goal is about) with the CPU time and the load average beside it:
on a machine others share, the wall time of a parallel build says little without them.
"""

from __future__ import annotations

import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from codegen import names
from codegen.evidence import PROVENANCE
from codegen.resources import operation_key
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
# How `bench/large_document.py` names a copy: `/bench2/path`, `NameBench2`; a pinned inline variant of a
# union (dropshot's tagged enums) is `Union[tag=value]`, as in `codegen.names`.
_COPIED_PATH = re.compile(r"/bench(?P<index>\d+)(?P<path>/.*)")
_COPIED_SCHEMA = re.compile(r"(?P<name>.+)Bench(?P<index>\d+)")
_VARIANT = re.compile(r"(?P<union>[^\[]+)(?P<tag>\[.*\])")


def _copy(tmp: str) -> Path:
    root = Path(tmp) / "repo"
    for part in _PARTS:
        shutil.copytree(REPO_ROOT / part, root / part, ignore=shutil.ignore_patterns("__pycache__"))
    for name in _FILES:
        shutil.copy(REPO_ROOT / name, root / name)
    return root


@dataclass(frozen=True)
class _Run:
    wall: float
    cpu: float  # user + system seconds of the child processes (the pipeline's workers included)
    status: int

    def measured(self, extra: str = "") -> str:
        """Wall time, then the CPU time and the load, so a reader can tell a busy machine from a slow build."""
        load = os.getloadavg()[0]
        return f"{self.wall:.1f} s wall, {self.cpu:.1f} s CPU, load {load:.1f}{extra}"


def _timed(args: list[str], what: str) -> _Run:
    """`python -m codegen ARGS`, timed; `RuntimeError` when it failed (exit 2)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "codegen", *args], cwd=REPO_ROOT, check=False,
                          capture_output=True, text=True)  # fmt: skip
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode == 2:
        raise RuntimeError(f"{what} failed, so it was not timed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return _Run(wall, cpu, done.returncode)


def with_copied_evidence(provenance: str, paths: Mapping[str, Any]) -> str:
    """PROVENANCE.md with each evidence row repeated for every renamed copy of its operation in `paths` (the
    last copy of a path may hold only some of its operations)."""
    lines: list[str] = []
    for line in provenance.splitlines():
        lines.append(line)
        row = _EVIDENCE_ROW.match(line)
        if row:
            copies = sorted(
                p
                for p, item in paths.items()
                if re.fullmatch(r"/bench\d+" + re.escape(row["path"]), p) and row["method"].lower() in item
            )
            lines += [f"| `{row['method']} {p}` |{row['rest']}" for p in copies]
    return "\n".join(lines) + "\n"


def with_copied_pins(pins: names.Names, document: Mapping[str, Any]) -> names.Names:
    """`pins` with a pin for each renamed copy in `document` of something they pin, as `generate` refuses an
    operation or schema nothing pins. A copied operation keeps its original's tags, so it joins the
    original's group (one tag makes one group), its method and operationId suffixed with the copy's; a
    copied schema is a model of its own name, or written inline where its original is."""
    operations = dict(pins.operations)
    # The original paths whose parameters the vendor renamed: their copies are pinned under the pinned path.
    moved = names.path_renames(document, pins)
    for key, method, path, _ in names.operations(document):
        copied = _COPIED_PATH.fullmatch(path)
        if copied is None or key in operations:
            continue
        original = moved.get(copied["path"], copied["path"])
        pin = pins.operations.get(operation_key(method, original))
        if pin is not None:  # a copy of an unpinned operation stays unpinned, as generate reports its original
            suffix = f"_bench{copied['index']}"
            operations[operation_key(method, f"/bench{copied['index']}{original}")] = replace(
                pin, operation_id=pin.operation_id + suffix, method=pin.method + suffix
            )
    models, inline = dict(pins.models), list(pins.inline)
    for name in names.schemas(document):
        copied = _COPIED_SCHEMA.fullmatch(name)
        if not copied or name in models or name in inline:
            continue
        if copied["name"] in pins.inline:
            inline.append(name)
        elif copied["name"] in pins.models:
            models[name] = name
            # A copied union holds its original's inline variants: each pinned alike, or it would stay inline.
            for vendor, public in pins.models.items():
                variant = _VARIANT.fullmatch(vendor)
                if variant and variant["union"] == copied["name"]:
                    models[f"{name}{variant['tag']}"] = f"{public}Bench{copied['index']}"
    return replace(pins, operations=operations, models=models, inline=tuple(inline))


def write_copied_pins(spec_dir: Path, document: Mapping[str, Any], title: str, key: str) -> None:
    """`spec_dir`'s names.yaml with the pins of `document`'s copies (none to write where it has none: every
    name is then derived)."""
    path = spec_dir / names.FILE
    if path.exists():
        path.write_text(names.dump_names(with_copied_pins(names.load_names(path), document), title, key),
                        encoding="utf-8")  # fmt: skip


def _all_packages_then_check() -> list[Row]:
    """Every package into a fresh copy, then `check` in that copy: nothing changed since that generation."""
    with tempfile.TemporaryDirectory(prefix="fabapi-bench-") as tmp:
        root = _copy(tmp)
        generated = _timed(["generate", "--root", str(root)], "regeneration")
        checked = _timed(["check", "--root", str(root)], "check")
    vendors = len(load_vendors())
    rows = [Row(f"regenerate all {vendors} packages", generated.measured(), generated.wall, GOAL_SECONDS, unit=" s")]
    name = "check, nothing changed"
    if checked.status != 0:
        rows.append(Row(name, "not measured: generated files drifted", None, CHECK_GOAL_SECONDS, unit=" s"))
    else:
        rows.append(Row(name, checked.measured(), checked.wall, CHECK_GOAL_SECONDS, unit=" s"))
    return rows


def _large_document() -> Row:
    with tempfile.TemporaryDirectory(prefix="fabapi-bench-") as tmp:
        root = _copy(tmp)
        spec_dir = root / "specs" / LARGE_VENDOR
        document = scaled(load_document(spec_dir / "source.yaml"))
        (spec_dir / "source.yaml").write_text(dump_document(document, "# bench: renamed copies"), encoding="utf-8")
        provenance = spec_dir / PROVENANCE
        provenance.write_text(with_copied_evidence(provenance.read_text(encoding="utf-8"), document["paths"]),
                              encoding="utf-8")  # fmt: skip
        write_copied_pins(spec_dir, document, load_vendors()[LARGE_VENDOR].title, LARGE_VENDOR)
        run = _timed(["generate", LARGE_VENDOR, "--root", str(root)], "the large document's generation")
    size = f"{count_operations(document['paths'])} operations, {len(document['components']['schemas'])} schemas"
    return Row(f"regenerate a {OPERATIONS}-operation, {SCHEMAS}-schema document", run.measured(f" ({size})"),
               run.wall, LARGE_GOAL_SECONDS, unit=" s")  # fmt: skip


def regenerate() -> list[Row]:
    return [*_all_packages_then_check(), _large_document()]
