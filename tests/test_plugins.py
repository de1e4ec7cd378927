"""One loader finds every vendor's conformance parts; a missing one names the file to write."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from conformance.fixtures import Fixtures
from conformance.plugins import PluginError, mock_for, plugins_for
from registry.vendors import load_vendors

KEY = "acme_plugin_probe"  # no real vendor: its modules are written to a temporary package path


@pytest.fixture
def parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A folder searched as part of `conformance`'s subpackages, for the fake vendor's modules."""
    root = tmp_path / "conformance"
    for sub in ("mocks", "fixtures", "workflows", "hooks"):
        (root / sub).mkdir(parents=True)
        package = importlib.import_module(f"conformance.{sub}")
        monkeypatch.setattr(package, "__path__", [*package.__path__, str(root / sub)])
    yield root
    for name in [name for name in sys.modules if name.endswith(f".{KEY}")]:
        del sys.modules[name]


MOCK = "CREDENTIALS = {'ACME_TOKEN': 't0k'}\ndef create_app():\n    return 'app'\n"


def test_a_vendor_without_a_mock_names_the_file_to_write(parts: Path) -> None:
    with pytest.raises(
        PluginError, match=rf"^conformance/mocks/{KEY}/__init__.py must define create_app and CREDENTIALS$"
    ):
        plugins_for(KEY)


def test_a_mock_without_credentials_says_what_it_lacks(parts: Path) -> None:
    (parts / "mocks" / KEY).mkdir()
    (parts / "mocks" / KEY / "__init__.py").write_text("def create_app():\n    return 'app'\n", encoding="utf-8")
    with pytest.raises(PluginError, match=rf"conformance/mocks/{KEY}/__init__.py must define .*lacks CREDENTIALS"):
        plugins_for(KEY)


def test_the_optional_parts_may_be_absent(parts: Path) -> None:
    (parts / "mocks" / KEY).mkdir()
    (parts / "mocks" / KEY / "__init__.py").write_text(MOCK, encoding="utf-8")
    plugins = plugins_for(KEY)
    assert (plugins.create_app(), plugins.credentials) == ("app", {"ACME_TOKEN": "t0k"})
    assert (plugins.populate, plugins.client, plugins.workflows, plugins.hooks) == (None, None, (), None)
    assert plugins.disabled_checks == {}
    assert plugins.fixtures("http://127.0.0.1:9", {}) == Fixtures()


def test_an_optional_part_that_is_there_must_be_complete(parts: Path) -> None:
    (parts / "mocks" / KEY).mkdir()
    (parts / "mocks" / KEY / "__init__.py").write_text(MOCK, encoding="utf-8")
    (parts / "workflows" / f"{KEY}.py").write_text("WORKFLOWS = []\n", encoding="utf-8")
    with pytest.raises(PluginError, match=rf"conformance/workflows/{KEY}.py must define client and WORKFLOWS"):
        plugins_for(KEY)


def test_a_part_that_fails_to_import_is_not_taken_for_absent(parts: Path) -> None:
    (parts / "mocks" / KEY).mkdir()
    (parts / "mocks" / KEY / "__init__.py").write_text(MOCK, encoding="utf-8")
    (parts / "fixtures" / f"{KEY}.py").write_text("import no_such_module_anywhere\n", encoding="utf-8")
    with pytest.raises(ModuleNotFoundError, match="no_such_module_anywhere"):
        plugins_for(KEY)


@pytest.mark.parametrize("key", list(load_vendors()))
def test_every_vendor_loads(key: str) -> None:
    plugins = plugins_for(key)
    assert callable(plugins.create_app) and plugins.credentials
    assert plugins.populate is not None and plugins.client is not None and plugins.workflows
    assert plugins.hooks == ("conformance.hooks.kaedim" if key == "kaedim" else None)
    # The mock alone, as the wheels check serves it (without the clients the other parts import).
    mock = mock_for(key)
    assert (mock.credentials, mock.disabled_checks) == (plugins.credentials, plugins.disabled_checks)
