"""Where an overlay's written-once clients and their generated sync twins sit, and how a twin says so.

Shared by the pipeline (`codegen.generate`, which layers both into the package) and `codegen.unasync`
(which writes the twins); a module of its own so neither has to import the other.
"""

from __future__ import annotations

from pathlib import Path

# An overlay's async sources, and the folder beside them that their sync twins are written to.
OVERLAY_ASYNC = "_async"
OVERLAY_SYNC = "_sync"


def overlay_header(overlay: Path) -> str:
    """The first line of an overlay's sync twin; `overlay` is relative to the repository (`overlays/<key>`),
    `{source}` is left for the async file (`_async/<module>.py`)."""
    return f"# Generated from {overlay.as_posix()}/{{source}} by codegen/unasync.py (`nox -s generate`): do not edit.\n"


def is_twin(relative: Path) -> bool:
    """Whether a file of an overlay (path relative to it) is a generated sync twin, not hand-written."""
    return relative.parts[0] == OVERLAY_SYNC


def twin_source(relative: Path) -> Path:
    """The async source of a sync twin, both relative to the overlay."""
    return Path(OVERLAY_ASYNC, *relative.parts[1:])
