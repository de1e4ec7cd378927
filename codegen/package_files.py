"""What a vendor package says about itself on PyPI: its metadata, its README and its licence.

All of it comes from the registry entry, the curated spec, fabapi-core's own metadata and the
repository README's "Using <package>" section, so none of it is written twice. The values reach
openapi-python-client's templates (`pyproject_uv.toml.jinja`, `README.md.jinja`,
`package_init.py.jinja`) as Jinja globals.
"""

from __future__ import annotations

import ast
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from codegen import evidence
from codegen.errors import PipelineError
from codegen.resources import HTTP_METHODS
from registry.vendors import REPO_ROOT, Vendor

LICENSE_FILE = "LICENSE"
LICENSE_EXPRESSION = "Apache-2.0"
PYTHON_VERSIONS = ("3.11", "3.12", "3.13")
# The run-time libraries every package needs, as ranges: the lowest is tested, and so is the newest.
HTTPX_REQUIREMENT = "httpx>=0.28,<0.30"
ATTRS_REQUIREMENT = "attrs>=22.2.0"


@dataclass(frozen=True)
class PackageInfo:
    """Everything the package templates say about one vendor package."""

    vendor: Vendor
    summary: str
    requirements: tuple[str, ...]
    classifiers: tuple[str, ...]
    urls: Mapping[str, str]
    operations: int
    unsafe: tuple[str, ...]
    confidence: Mapping[str, int]
    reflects: str
    usage: str | None
    env: Mapping[str, tuple[str, ...]]  # setting -> its environment variables, in the order read


# fabapi-core is part of the toolchain, like the templates: read from this checkout, whatever `root`
# the vendors are built from.
def core_version(root: Path = REPO_ROOT) -> str:
    path = root / "runtime" / "pyproject.toml"
    try:
        return str(tomllib.loads(path.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError) as error:
        raise PipelineError(f"{path}: cannot read fabapi-core's version ({error})") from error


def core_requirement(version: str) -> str:
    """fabapi-core from `version` up to its next breaking release (the next minor while it is 0.x)."""
    parts = version.split(".")
    if len(parts) < 2 or not all(part.isdigit() for part in parts[:2]):
        raise PipelineError(f"runtime/pyproject.toml: fabapi-core's version {version!r} is not MAJOR.MINOR[.PATCH]")
    major, minor = int(parts[0]), int(parts[1])
    upper = f"{major}.{minor + 1}" if major == 0 else f"{major + 1}"
    return f"fabapi-core>={version},<{upper}"


def public_errors(root: Path = REPO_ROOT) -> list[str]:
    """The names of `fabapi_core.errors.__all__`, which every vendor package re-exports."""
    path = root / "runtime" / "src" / "fabapi_core" / "errors.py"
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            names = ast.literal_eval(node.value)
            if isinstance(names, list) and all(isinstance(name, str) for name in names):
                return names
    raise PipelineError(f"{path}: no literal `__all__` list of names to re-export")


def using_section(vendor: Vendor, root: Path = REPO_ROOT) -> str | None:
    """The repository README's "## Using <package>" section without its first paragraph (installing
    from a checkout, which the package README replaces with its own set-up); None when it has none
    (a vendor just scaffolded)."""
    path = root / "README.md"
    text = path.read_text(encoding="utf-8") if path.is_file() else ""
    heading = f"## Using {vendor.package}\n"
    start = text.find(heading)
    if start < 0:
        return None
    body = text[start + len(heading) :]
    end = re.search(r"^## ", body, flags=re.MULTILINE)
    body = body[: end.start()] if end else body
    paragraphs = body.strip().split("\n\n", 1)
    return paragraphs[1].strip() if len(paragraphs) == 2 else ""


def _operations(curated: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    return [
        operation
        for item in curated.get("paths", {}).values()
        for method, operation in item.items()
        if method in HTTP_METHODS and isinstance(operation, Mapping)
    ]


def package_info(vendor: Vendor, curated: Mapping[str, Any], root: Path = REPO_ROOT) -> PackageInfo:
    operations = _operations(curated)
    urls = {}
    if vendor.upstream and "{" not in vendor.upstream:
        urls["Vendor API"] = vendor.upstream
    return PackageInfo(
        vendor=vendor,
        summary=f"Python SDK for the {vendor.title} API: typed models, sync and async clients that retry, page"
        " and wait",
        requirements=(HTTPX_REQUIREMENT, ATTRS_REQUIREMENT, core_requirement(core_version()), *vendor.dependencies),
        classifiers=(
            "Development Status :: 3 - Alpha",
            "Intended Audience :: Developers",
            "Operating System :: OS Independent",
            "Programming Language :: Python :: 3",
            "Programming Language :: Python :: 3 :: Only",
            *(f"Programming Language :: Python :: {python}" for python in PYTHON_VERSIONS),
            "Topic :: Software Development :: Libraries :: Python Modules",
            "Typing :: Typed",
        ),
        urls=urls,
        operations=len(operations),
        unsafe=tuple(sorted(str(op.get("operationId", "?")) for op in operations if op.get("x-fabapi-unsafe"))),
        confidence=evidence.counts(curated),
        reflects=vendor.document.rstrip("."),
        usage=using_section(vendor, root),
        env={**vendor.env, **vendor.optional_env},
    )


def template_globals(vendor: Vendor, curated: Mapping[str, Any], root: Path = REPO_ROOT) -> dict[str, Any]:
    """The Jinja globals the package templates read."""
    return {
        "fabapi": package_info(vendor, curated, root),
        "fabapi_errors": public_errors(),
        "fabapi_licence": LICENSE_EXPRESSION,
        "fabapi_python": PYTHON_VERSIONS,
    }


def copy_licence(project_dir: Path) -> None:
    """The project's licence, the same for every package this toolchain builds."""
    source = REPO_ROOT / LICENSE_FILE
    if not source.is_file():
        raise PipelineError(f"{source}: missing; every package ships the repository's licence")
    (project_dir / LICENSE_FILE).write_bytes(source.read_bytes())
