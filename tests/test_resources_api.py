"""The generated resource classes keep their public face: class names, methods, signatures, docstrings.

The listings in tests/fixtures/resources_api/ were taken from the pipeline's output; a change to the
templates that moves any of it fails here. After a deliberate change, rewrite them with
`python -m tests.resources_listing` and review the diff.
"""

from __future__ import annotations

import pytest

from registry.vendors import Vendor, load_vendors
from tests.resources_listing import LISTINGS, listing

VENDORS = [vendor for vendor in load_vendors().values() if vendor.package_dir().exists()]


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_the_resource_classes_match_the_committed_listing(vendor: Vendor) -> None:
    expected = (LISTINGS / f"{vendor.key}.txt").read_text(encoding="utf-8").splitlines()
    assert listing(f"{vendor.module}._resources") == expected
