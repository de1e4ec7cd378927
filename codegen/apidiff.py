"""What a regeneration breaks in a package's public Python API, against the committed version (git HEAD).

griffe reads both versions from their sources (nothing is imported) and `griffe.find_breaking_changes`
lists every public name removed and every signature changed incompatibly (a parameter removed, renamed,
made required, moved). The package's own exports are compared, and every module of it, private ones
included: a resource class lives in `_resources/` yet is public through the client's attributes.

A breaking change is allowed only when it is recorded: its dotted path (`fabapi_kaedim._sync.kaedim.
Kaedim.submit`) as a code span in CHANGES.md's "Unreleased" section, next to the reason and what to use
instead (the versioning policy at the top of CHANGES.md). `generate` prints every break and fails on an
unrecorded one; `check` prints them for a package that drifted.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import tarfile
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import griffe
from markdown_it import MarkdownIt

from codegen.generate import Outputs
from registry.vendors import Vendor

CHANGES = "CHANGES.md"
UNRELEASED = "Unreleased"


@dataclass(frozen=True)
class ApiBreak:
    path: str  # the object's dotted path, as CHANGES.md records it
    explanation: str  # griffe's one-line explanation
    recorded: bool

    def line(self) -> str:
        return f"{self.explanation}{'' if self.recorded else '  [not recorded in CHANGES.md]'}"


def committed_copy(root: Path, package_dir: Path, dest: Path) -> Path | None:
    """The HEAD version of `package_dir` (relative to `root`) extracted under `dest`, or None when `root`
    is no git checkout or HEAD has no such folder (a new vendor)."""
    git = shutil.which("git")
    if git is None:
        return None
    archive = subprocess.run(
        [git, "archive", "--format=tar", "HEAD", "--", package_dir.as_posix()],
        cwd=root,
        capture_output=True,
        check=False,
    )
    if archive.returncode != 0:
        return None
    with tarfile.open(fileobj=io.BytesIO(archive.stdout)) as tar:
        tar.extractall(dest, filter="data")
    copy = dest / package_dir
    return copy if copy.is_dir() else None


def differs_from_head(root: Path, package_dir: Path) -> bool:
    """Whether the working tree's package differs from HEAD (edited, added or deleted files)."""
    git = shutil.which("git")
    if git is None:
        return False
    status = subprocess.run(
        [git, "status", "--porcelain", "--", package_dir.as_posix()],
        cwd=root,
        capture_output=True,
        text=True,
        check=False,
    )
    return status.returncode == 0 and bool(status.stdout.strip())


def _load(module: str, folder: Path) -> griffe.Object | griffe.Alias:
    return griffe.load(
        module, search_paths=[folder], allow_inspection=False, modules_collection=griffe.ModulesCollection()
    )


def _modules(obj: griffe.Object | griffe.Alias) -> Iterator[griffe.Object | griffe.Alias]:
    yield obj
    for member in obj.modules.values():
        yield from _modules(member)


def breaking_changes(module: str, old_folder: Path, new_folder: Path) -> list[griffe.Breakage]:
    """Every breaking change from the package `module` under `old_folder` to the one under `new_folder`."""
    griffe_logger = logging.getLogger("griffe")
    level = griffe_logger.level
    griffe_logger.setLevel(logging.ERROR)  # docstring-style notes are not API changes
    try:
        old, new = _load(module, old_folder), _load(module, new_folder)
        found: dict[tuple[str, str], griffe.Breakage] = {}
        for old_module in _modules(old):
            relative = old_module.path.removeprefix(module).lstrip(".")
            try:
                new_module = new[relative] if relative else new
            except KeyError:
                continue  # the module itself gone: its removal is reported by its parent
            for breakage in griffe.find_breaking_changes(old_module, new_module):
                found.setdefault((breakage.kind.value, breakage.obj.path + repr(breakage.old_value)), breakage)
        return sorted(found.values(), key=lambda b: (b.obj.path, b.kind.value))
    finally:
        griffe_logger.setLevel(level)


def recorded_paths(changes: Path) -> set[str]:
    """The code spans of CHANGES.md's "Unreleased" section(s), trailing `()` dropped."""
    try:
        text = changes.read_text(encoding="utf-8")
    except OSError:
        return set()
    found: set[str] = set()
    inside = False
    level = 0
    tokens = MarkdownIt("commonmark").parse(text)
    for index, token in enumerate(tokens):
        if token.type == "heading_open":
            heading_level = int(token.tag[1:])
            title = tokens[index + 1].content
            if title.startswith(UNRELEASED):
                inside, level = True, heading_level
            elif heading_level <= level:
                inside = False
        elif inside and token.type == "inline":
            found |= {child.content.removesuffix("()") for child in token.children or [] if child.type == "code_inline"}
    return found


def _explain(breakage: griffe.Breakage) -> str:
    """`path(parameter): what` — griffe's own explanation carries terminal colours and file paths."""
    values = (breakage.old_value, breakage.new_value)
    parameters = [value.name for value in values if isinstance(value, griffe.Parameter)]
    subject = f"{breakage.obj.path}({parameters[0]})" if parameters else breakage.obj.path
    shown = "" if parameters or breakage.new_value is None else f" ({breakage.old_value} -> {breakage.new_value})"
    return f"{subject}: {breakage.kind.value}{shown}"


def api_breaks(module: str, old_folder: Path, new_folder: Path, changes: Path) -> list[ApiBreak]:
    """The breaking changes from `old_folder`'s package to `new_folder`'s, each marked recorded or not."""
    recorded = recorded_paths(changes)
    return [
        ApiBreak(b.obj.path, _explain(b), b.obj.path in recorded)
        for b in breaking_changes(module, old_folder, new_folder)
    ]


def report(package: str, breaks: list[ApiBreak]) -> str:
    if not breaks:
        return f"{package}: public API as committed, nothing removed or changed incompatibly"
    unrecorded = sum(not b.recorded for b in breaks)
    lines = [f"{package}: {len(breaks)} breaking change(s) to the public API against git HEAD:"]
    lines += [f"  {b.line()}" for b in breaks]
    if unrecorded:
        lines.append(
            f"  {unrecorded} not recorded: list each path in CHANGES.md under {UNRELEASED!r} with why and what to"
            " use instead (see its versioning policy), or change the spec or overlay so it does not break"
        )
    return "\n".join(lines)


def against_head(vendor: Vendor, package: Path, root: Path) -> tuple[str, int] | None:
    """(`report`, count of unrecorded breaks) for `package` (a built or installed copy of `vendor`'s package)
    against git HEAD's; None when HEAD has no version to compare (no git checkout, a new vendor)."""
    relative = Outputs.of(vendor).package
    with tempfile.TemporaryDirectory(prefix="fabapi-api-") as tmp:
        committed = committed_copy(root, relative, Path(tmp))
        if committed is None:
            return None
        breaks = api_breaks(vendor.module, committed, package, root / CHANGES)
    return report(relative.name, breaks), sum(not b.recorded for b in breaks)
