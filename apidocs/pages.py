"""The reference's page sources and mkdocs configuration, derived from the registry (`nox -s docs`).

One page for fabapi-core and one per vendor package: its entry clients (sync and async), its resource
groups, an index of its models and its errors. Nothing here is committed per vendor: a vendor the
registry gains gets its page on the next build.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from pathlib import Path

import yaml

from registry.vendors import REPO_ROOT, Vendor, load_vendors

CORE = "fabapi_core"


@dataclass(frozen=True)
class Page:
    name: str  # file name under the docs folder
    title: str
    text: str


def _package_dir(vendor: Vendor, root: Path) -> Path:
    return root / "generated" / vendor.package / vendor.module


def _names(path: Path) -> list[str]:
    """A module's literal `__all__` (a list or tuple of names), or [] when it has none."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "__all__" for t in node.targets):
            value = ast.literal_eval(node.value)
            return [str(name) for name in value]
    return []


def _directive(identifier: str, **options: object) -> str:
    lines = [f"::: {identifier}"]
    if options:
        lines.append("    options:")
        lines += [
            f"      {key}: {yaml.safe_dump(value, default_flow_style=True).strip()}" for key, value in options.items()
        ]
    return "\n".join(lines)


def core_page() -> Page:
    text = "\n\n".join(
        [
            "# fabapi-core",
            "The runtime every vendor package depends on: errors, retries, pagination, polling, downloads, "
            "redaction and the one client set-up.",
            _directive(CORE, show_root_heading=False, members_order="alphabetical"),
        ]
    )
    return Page("fabapi-core.md", "fabapi-core", text + "\n")


def vendor_page(vendor: Vendor, root: Path = REPO_ROOT) -> Page:
    package = _package_dir(vendor, root)
    groups = sorted(path.stem for path in (package / "_resources").glob("*.py") if path.stem != "__init__")
    models = _names(package / "models" / "__init__.py")
    parts = [
        f"# {vendor.package}",
        f"`pip install {vendor.package}`, `import {vendor.module}`: the {vendor.title} API.",
        "## Entry clients",
        _directive(f"{vendor.module}.{vendor.client}", heading_level=3),
        _directive(f"{vendor.module}.Async{vendor.client}", heading_level=3),
        "## Resource groups",
        f"Reached as attributes of the entry client (`{vendor.key}.{groups[0] if groups else 'group'}`); "
        "`with_raw_response` gives the same methods answering status, headers and bytes.",
        *(
            _directive(f"{vendor.module}._resources.{group}", heading_level=3, show_root_heading=True)
            for group in groups
        ),
        "## Models",
        f"Every model of `{vendor.module}.models`, in the order of its `__all__`:",
        "\n".join(f"- `{name}`" for name in models) or "(none)",
        "## Errors",
        f"fabapi-core's errors, importable from `{vendor.module}` too.",
        _directive(f"{vendor.module}.errors", heading_level=3, show_root_heading=False),
    ]
    return Page(f"{vendor.package}.md", vendor.package, "\n\n".join(parts) + "\n")


def pages(root: Path = REPO_ROOT) -> list[Page]:
    vendors = sorted(load_vendors().values(), key=lambda vendor: vendor.package)
    return [core_page(), *(vendor_page(vendor, root) for vendor in vendors)]


def index(found: list[Page]) -> Page:
    lines = ["# fabapi API reference", "", "One page per package, built from the docstrings:", ""]
    lines += [f"- [{page.title}]({page.name})" for page in found]
    return Page("index.md", "Home", "\n".join(lines) + "\n")


def config(docs_dir: Path, site_dir: Path, found: list[Page], root: Path = REPO_ROOT) -> dict[str, object]:
    """The mkdocs configuration: griffe reads the sources (no import), Google-style docstrings."""
    # The folders holding the packages (griffe finds `fabapi_<vendor>` inside each), not the packages.
    vendors = sorted(load_vendors().values(), key=lambda vendor: vendor.package)
    paths = [str(root / "runtime" / "src"), *(str(root / "generated" / vendor.package) for vendor in vendors)]
    return {
        "site_name": "fabapi API reference",
        "docs_dir": str(docs_dir),
        "site_dir": str(site_dir),
        "theme": {"name": "mkdocs"},
        "use_directory_urls": False,
        "nav": [{"Home": "index.md"}, *({page.title: page.name} for page in found)],
        "plugins": [
            {
                "mkdocstrings": {
                    "handlers": {
                        "python": {
                            "paths": paths,
                            "options": {
                                "docstring_style": "google",
                                "show_source": False,
                                "show_signature_annotations": True,
                                "separate_signature": True,
                                "members_order": "source",
                                "show_if_no_docstring": True,
                                "filters": ["!^_[^_]"],
                            },
                        }
                    }
                }
            }
        ],
    }


def write(out: Path, site_dir: Path, root: Path = REPO_ROOT) -> Path:
    """Write the page sources and `mkdocs.yml` into `out`; answers the configuration's path."""
    docs_dir = out / "pages"
    docs_dir.mkdir(parents=True, exist_ok=True)
    found = pages(root)
    for page in [index(found), *found]:
        (docs_dir / page.name).write_text(page.text, encoding="utf-8")
    path = out / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config(docs_dir, site_dir, found, root), sort_keys=False), encoding="utf-8")
    return path
