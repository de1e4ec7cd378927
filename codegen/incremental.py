"""Regeneration that skips a vendor whose inputs and outputs are as the last run left them.

A vendor is skipped only when both hold: the hash of everything its build reads (its spec folder, the
registry, its overlay, the pipeline and its templates, the runtime, the README and licence, the pinned
generator versions) is the one recorded when its outputs were last written, and those outputs still
hash as they were written. A hand-edited generated file therefore regenerates. `nox -s check` skips on
the same terms (the build would give the bytes already there; `--full` rebuilds all). The record lives
in `.cache/generate/` of the checkout (ignored by git): a fresh clone regenerates everything.
"""

from __future__ import annotations

import hashlib
import json
import sys
from collections.abc import Iterable
from importlib.metadata import version
from pathlib import Path

from codegen.generate import GENERATORS, Outputs, files_of
from registry.vendors import Vendor

CACHE = Path(".cache") / "generate"
# Folders whose every file a build may read, besides the vendor's own spec folder and overlay.
_SHARED = ("codegen", "registry", "runtime")
# The README's "Using <package>" sections and the licence go into every package (codegen/package_files.py).
_SHARED_FILES = ("pyproject.toml", "specs/vendors.toml", "README.md", "LICENSE")
_IGNORED = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", ".nox", ".cache"})


def _digest(paths: Iterable[Path], root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def _files(folder: Path) -> Iterable[Path]:
    return (p for p in folder.rglob("*") if p.is_file() and not _IGNORED.intersection(p.parts))


def inputs_hash(vendor: Vendor, root: Path) -> str:
    """The hash of everything `codegen.generate.build` reads for `vendor`."""
    outputs = Outputs.of(vendor)
    paths = [p for p in _files(vendor.spec_dir(root)) if p != root / outputs.curated]
    paths += _files(vendor.overlay_dir(root))
    for folder in _SHARED:
        paths += _files(root / folder)
    paths += [root / name for name in _SHARED_FILES if (root / name).is_file()]
    tools = {name: version(name) for name in GENERATORS} | {"python": sys.version}
    return hashlib.sha256(f"{_digest(paths, root)}{json.dumps(tools, sort_keys=True)}".encode()).hexdigest()


def outputs_hash(vendor: Vendor, root: Path) -> str:
    return _digest(files_of(Outputs.of(vendor), root).values(), root)


def _record(vendor: Vendor, root: Path) -> Path:
    return root / CACHE / f"{vendor.key}.json"


def unchanged(vendor: Vendor, root: Path, inputs: str) -> bool:
    """Whether the last generation of `vendor` had these inputs and its outputs are still as it wrote them."""
    try:
        recorded = json.loads(_record(vendor, root).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return bool(recorded.get("inputs") == inputs and recorded.get("outputs") == outputs_hash(vendor, root))


def remember(vendor: Vendor, root: Path, inputs: str) -> None:
    """Record the inputs of the outputs just installed."""
    record = _record(vendor, root)
    record.parent.mkdir(parents=True, exist_ok=True)
    state = {"inputs": inputs, "outputs": outputs_hash(vendor, root)}
    record.write_text(json.dumps(state, indent=2, sort_keys=True) + "\n", encoding="utf-8")
