"""What each package says about itself on PyPI: metadata, README, licence, version and exports."""

from __future__ import annotations

import importlib
import json
import tomllib
from pathlib import Path
from typing import Any

import fabapi_core
import fabapi_core.errors
import pytest
from packaging.requirements import Requirement

from codegen import package_files
from codegen.errors import PipelineError
from registry.vendors import REPO_ROOT, load_vendors

VENDORS = load_vendors()


def _project(path: Path) -> dict[str, Any]:
    return tomllib.loads((path / "pyproject.toml").read_text(encoding="utf-8"))["project"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("key", sorted(VENDORS))
def test_metadata_is_publishable(key: str) -> None:
    vendor = VENDORS[key]
    project = _project(vendor.package_dir())
    core = _project(REPO_ROOT / "runtime")
    assert project["license"] == "Apache-2.0" and project["license-files"] == ["LICENSE"]
    assert "Typing :: Typed" in project["classifiers"]
    assert {"3.11", "3.13"} <= {c.rsplit(" ", 1)[-1] for c in project["classifiers"] if "Python :: 3." in c}
    requirements = {Requirement(text).name: Requirement(text) for text in project["dependencies"]}
    # The core requirement follows fabapi-core's real version, not a copied range.
    assert requirements["fabapi-core"].specifier.contains(core["version"])
    assert not requirements["fabapi-core"].specifier.contains("0.2.0")
    assert requirements["httpx"].specifier.contains("0.28.1") and requirements["httpx"].specifier.contains("0.29.0")
    assert (vendor.package_dir() / "LICENSE").read_bytes() == (REPO_ROOT / "LICENSE").read_bytes()


@pytest.mark.parametrize("key", sorted(VENDORS))
def test_version_and_errors_come_from_the_package(key: str) -> None:
    vendor = VENDORS[key]
    module = importlib.import_module(vendor.module)
    assert module.__version__ == _project(vendor.package_dir())["version"] == vendor.version
    for name in fabapi_core.errors.__all__:
        assert getattr(module, name) is getattr(fabapi_core, name), name
        assert name in module.__all__


@pytest.mark.parametrize("key", sorted(VENDORS))
def test_readme_is_the_vendors_not_the_generators(key: str) -> None:
    vendor = VENDORS[key]
    readme = (vendor.package_dir() / "README.md").read_text(encoding="utf-8")
    stats = json.loads((vendor.package_dir() / "stats.json").read_text(encoding="utf-8"))
    for template_text in ("api.example.com", "MyDataModel", "proxies=", "AuthenticatedClient"):
        assert template_text not in readme
    assert f"pip install {vendor.package}" in readme and f"from {vendor.module} import {vendor.client}" in readme
    for names in {**vendor.env, **vendor.optional_env}.values():
        assert all(f"`{name}`" in readme for name in names)
    assert f"{stats['operations']} operations" in readme
    assert "Install from a checkout" not in readme  # the repository README's set-up paragraph is replaced


def test_every_error_of_the_core_is_in_its_errors_module() -> None:
    raised = {
        name
        for name in fabapi_core.__all__
        if isinstance(getattr(fabapi_core, name), type)
        and issubclass(getattr(fabapi_core, name), (fabapi_core.FabapiError, Warning))
    }
    assert raised == set(fabapi_core.errors.__all__)


@pytest.mark.parametrize(
    ("version", "requirement"),
    [("0.1.0", "fabapi-core>=0.1.0,<0.2"), ("0.9.3", "fabapi-core>=0.9.3,<0.10"), ("1.4.2", "fabapi-core>=1.4.2,<2")],
)
def test_core_requirement_allows_up_to_the_next_breaking_release(version: str, requirement: str) -> None:
    assert package_files.core_requirement(version) == requirement


def test_core_requirement_refuses_a_version_it_cannot_read() -> None:
    with pytest.raises(PipelineError, match=r"'next' is not MAJOR\.MINOR"):
        package_files.core_requirement("next")


def test_the_usage_section_is_the_repository_readmes_without_its_checkout_paragraph(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text(
        "# x\n\n## Using fabapi-eiger\n\nInstall from a checkout.\n\n```python\nEiger()\n```\n\n## Next\nmore\n",
        encoding="utf-8",
    )
    assert package_files.using_section(VENDORS["eiger"], tmp_path) == "```python\nEiger()\n```"
    assert package_files.using_section(VENDORS["kaedim"], tmp_path) is None
