"""Every public method documents its arguments, answer and errors; `help()` reads well (issue 19, item 5)."""

from __future__ import annotations

import importlib
import pydoc
from pathlib import Path

import griffe
import pytest

from registry.vendors import Vendor, load_vendors
from tests.docstring_sections import gaps, public_functions, search_paths

VENDORS = [vendor for vendor in load_vendors().values() if vendor.package_dir().exists()]


@pytest.fixture(scope="module")
def loader() -> griffe.GriffeLoader:
    found = griffe.GriffeLoader(search_paths=search_paths(VENDORS))
    found.load("fabapi_core")
    for vendor in VENDORS:
        found.load(vendor.module)
    found.resolve_aliases(external=False)
    return found


def test_fabapi_cores_public_api_has_args_returns_and_raises(loader: griffe.GriffeLoader) -> None:
    core = loader.modules_collection["fabapi_core"]
    assert core.exports, "fabapi_core has no __all__ to read its public API from"
    exported = [core[name] for name in sorted(core.exports)]
    assert gaps(public_functions(exported)) == {}


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_entry_clients_sync_and_async_have_args_returns_and_raises(loader: griffe.GriffeLoader, vendor: Vendor) -> None:
    package = loader.modules_collection[vendor.module]
    clients = [package[vendor.client], package[f"Async{vendor.client}"]]
    assert gaps(public_functions(clients)) == {}


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_resource_methods_have_args_returns_and_raises(loader: griffe.GriffeLoader, vendor: Vendor) -> None:
    resources = loader.modules_collection[f"{vendor.module}._resources"]
    classes = [cls for module in resources.modules.values() for cls in module.classes.values() if not cls.is_alias]
    assert len(classes) >= 4  # sync, async and their raw twins of at least one group
    assert gaps(public_functions(classes)) == {}


def test_the_check_names_each_missing_section() -> None:
    source = '''
class Client:
    def bare(self, name: str) -> int:
        """Nothing but a summary."""

    def half(self, name: str, size: int) -> int:
        """A summary.

        Args:
            name: The name.

        Returns:
            A number.
        """

    def whole(self, name: str) -> None:
        """A summary.

        Args:
            name: The name.

        Raises:
            ValueError: never.
        """
'''
    module = griffe.visit("example", filepath=Path("example.py"), code=source, docstring_parser=griffe.Parser.google)
    assert gaps(public_functions([module["Client"]])) == {
        "example.Client.bare": ["Args", "Returns", "Raises"],
        "example.Client.half": ["Args of size", "Raises"],
    }


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_help_shows_unset_defaults_by_name(vendor: Vendor) -> None:
    types = importlib.import_module(f"{vendor.module}.types")
    assert repr(types.UNSET) == "UNSET"
    text = pydoc.render_doc(importlib.import_module(f"{vendor.module}._resources"), renderer=pydoc.TextDoc())
    assert "= UNSET" in text
    assert "<Unset object" not in text
