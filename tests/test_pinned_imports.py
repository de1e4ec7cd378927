"""The hand-written layer depends only on pinned public names (`specs/<v>/names.yaml`).

Every generated name that `overlays/<v>/**.py`, the README's examples and the package README
template use is listed (model classes and modules, api modules, resource group classes, and
`<client>.<group>.<method>(` calls) and each is checked against the vendor's pins, so a vendor
renaming things cannot break what users and the hand-written layer import.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass

import pytest
from openapi_python_client.strings import ClassName, PythonIdentifier

from codegen import names
from codegen.markdown import section_fences
from codegen.resources import snake
from registry.documents import load_document
from registry.vendors import REPO_ROOT, Vendor, load_vendors

VENDORS = list(load_vendors().values())
README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
TEMPLATE = (REPO_ROOT / "codegen" / "templates" / "README.md.jinja").read_text(encoding="utf-8")
# What the resource templates name whatever the vendor (codegen/templates/resources/).
TEMPLATE_CLASSES = {"Resources", "AsyncResources", "RawResources", "AsyncRawResources"}


@dataclass(frozen=True)
class Used:
    """One generated name the hand-written layer uses, and where."""

    kind: str  # model, model module, api module, group class, method
    name: str
    where: str


def _class(name: str) -> str:
    return str(ClassName(name, ""))


class Pinned:
    """What a vendor's pins (and its overlay's own additions, curation too) make public."""

    def __init__(self, vendor: Vendor) -> None:
        spec_dir = vendor.spec_dir(REPO_ROOT)
        pins = names.load_names(spec_dir / names.FILE)
        curated = names.schemas(load_document(spec_dir / "openapi.yaml"))
        source = names.schemas(load_document(spec_dir / "source.yaml"))
        # Schemas the overlay adds are named by the overlay: curation, reviewed, not the vendor's to move.
        public = pins.public_models() | {name for name in curated if name not in source}
        self.models = {_class(name) for name in public}
        # Inline schemas are named from their pinned parent: a model and its property, an operation and its part.
        self.parents = self.models | {_class(pin.operation_id) for pin in pins.operations.values()}
        self.api = {f"{snake(pin.tags[0])}.{snake(pin.operation_id)}" for pin in pins.operations.values()} | {
            f"{ClassName(pin.tags[0], 'tag')}.{snake(pin.operation_id)}" for pin in pins.operations.values()
        }
        self.methods = {(pin.group, pin.method) for pin in pins.operations.values()}
        self.groups = {pin.group for pin in pins.operations.values()}
        classes = {"".join(part.capitalize() for part in group.split("_")) + "Resource" for group in self.groups}
        self.group_classes = {f"{prefix}{name}" for name in classes for prefix in ("", "Async", "Raw", "AsyncRaw")}

    def model(self, name: str) -> bool:
        return name in self.models or any(name.startswith(parent) for parent in self.parents)

    def holds(self, used: Used) -> bool:
        if used.kind == "model":
            return self.model(used.name)
        if used.kind == "model module":
            return any(used.name.startswith(str(PythonIdentifier(parent, "field_"))) for parent in self.parents)
        if used.kind == "api module":
            return used.name in self.api
        if used.kind == "group class":
            return used.name in self.group_classes | TEMPLATE_CLASSES
        group, _, method = used.name.partition(".")
        return (group, method) in self.methods


def _from_generated(module: str, imported: list[str], where: str) -> list[Used]:
    """The generated names in `from <package>.<module> import <imported>` (`module` relative to the package)."""
    parts = module.split(".") if module else []
    if not parts:
        return []
    if parts[0] == "models":
        return [
            *(Used("model module", part, where) for part in parts[1:2]),
            *(Used("model", name, where) for name in imported),
        ]
    if parts[0] == "api":
        if len(parts) == 2:
            return [Used("api module", f"{parts[1]}.{name}", where) for name in imported]
        return [Used("api module", f"{parts[1]}.{parts[2]}", where)] if len(parts) > 2 else []
    if parts[0] == "_resources":
        return [Used("group class", name, where) for name in imported]
    return []


def _overlay_uses(vendor: Vendor) -> list[Used]:
    folder = vendor.overlay_dir(REPO_ROOT)
    found: list[Used] = []
    for path in sorted(folder.rglob("*.py")):
        relative = path.relative_to(folder)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        package = list(relative.parent.parts)  # where a relative import starts, inside the package
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = package[: len(package) - (node.level - 1)] if node.level > 1 else package
                module = ".".join([*base, *(node.module.split(".") if node.module else [])])
                where = f"overlays/{vendor.key}/{relative.as_posix()}:{node.lineno}"
                found += _from_generated(module, [alias.name for alias in node.names], where)
        found += _calls(tree, f"overlays/{vendor.key}/{relative.as_posix()}")
    return found


def _calls(tree: ast.AST, where: str) -> list[Used]:
    """Every `<anything>.<group>.<method>(...)` call in code (docstrings are not dependencies)."""
    return [
        Used("method", f"{node.func.value.attr}.{node.func.attr}", f"{where}:{node.lineno}")
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and isinstance(node.func.value, ast.Attribute)
    ]


def _readme_uses(vendor: Vendor) -> list[Used]:
    found: list[Used] = []
    for fence in section_fences(README, f"Using {vendor.package}"):
        if fence.language != "python":
            continue
        where = f"README.md:{fence.line}"
        tree = ast.parse(fence.code)
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(f"{vendor.module}."):
                module = (node.module or "").removeprefix(f"{vendor.module}.")
                found += _from_generated(module, [alias.name for alias in node.names], where)
        found += _calls(tree, where)
    return found


def _template_uses() -> list[str]:
    """What the package README template imports from the package beyond the client classes."""
    return re.findall(r"from \{\{ package_name \}\}\.([a-z_.]+) import", TEMPLATE)


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda v: v.key)
def test_every_generated_name_the_hand_written_layer_uses_is_pinned(vendor: Vendor) -> None:
    pinned = Pinned(vendor)
    uses = _overlay_uses(vendor) + _readme_uses(vendor)
    # Only the calls on a resource group are generated names; `self._client.get_httpx_client()` is not.
    uses = [u for u in uses if u.kind != "method" or u.name.partition(".")[0] in pinned.groups]
    assert uses, f"{vendor.key}: the hand-written layer uses no generated name: the listing is broken"
    unpinned = [f"{u.where}: {u.kind} {u.name}" for u in uses if not pinned.holds(u)]
    assert unpinned == [], f"not pinned in specs/{vendor.key}/names.yaml"


def test_the_package_readme_template_imports_no_generated_module() -> None:
    # It names the client classes only (`from {{ package_name }} import Client`), which _public.py pins.
    assert _template_uses() == []


def test_an_unpinned_name_is_caught() -> None:
    """The check can fail: a model, a method and a group class nobody pinned are refused."""
    pinned = Pinned(next(v for v in VENDORS if v.key == "eiger"))
    assert pinned.holds(Used("model", "DeviceViewExtended", "x"))
    assert pinned.holds(Used("method", "devices.list_queue", "x"))
    assert not pinned.holds(Used("model", "XYZDeviceView", "x"))
    assert not pinned.holds(Used("method", "devices.list_devices_v1_devices_get", "x"))
    assert not pinned.holds(Used("group class", "AsyncMachinesResource", "x"))
