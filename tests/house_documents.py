"""A vendor's document in the house layout and names, whatever framework wrote its source.

Tests that need "a document as our curation expects it" start here rather than from `source.yaml`
itself: in the repository the two are the same, but after `fetch --update` takes a vendor's document in
another generator's conventions (the round trip), the source holds that generator's names and
constructs, and a test built on it would test the restyled document instead of the code.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from codegen import names
from codegen.layout import laid_out
from registry.documents import load_document
from registry.vendors import REPO_ROOT


def in_public_names(spec_dir: Path) -> dict[str, Any]:
    """The vendor's source as `generate` has it before the overlay: laid out in the overlay's dialect,
    its pinned names applied."""
    overlay_path = spec_dir / "overlay.yaml"
    laid = laid_out(load_document(spec_dir / "source.yaml"), load_document(overlay_path), overlay_path)
    return names.apply_names(laid.document, names.load_names(spec_dir / names.FILE))


def house_source(vendor: str) -> dict[str, Any]:
    """`in_public_names` of a vendor of the repository; a copy of its own for each caller."""
    return copy.deepcopy(_house_source(vendor))


def committed(path: Path) -> dict[str, Any]:
    """A document the repository holds (`specs/<vendor>/source.yaml`, an overlay), read once per test
    process; a copy of its own for each caller."""
    return copy.deepcopy(_committed(path.resolve()))


# Read once: parametrizations read the same few documents dozens of times while collecting, and every
# pytest-xdist worker collects the whole suite. Tests never write the repository's specs.
@functools.cache
def _house_source(vendor: str) -> dict[str, Any]:
    return in_public_names(REPO_ROOT / "specs" / vendor)


@functools.cache
def _committed(path: Path) -> dict[str, Any]:
    return load_document(path)
