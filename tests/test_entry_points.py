"""Every operation of every vendor's spec is reachable from its entry clients, sync and async, raw and parsed."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import pytest

from registry.documents import load_document
from registry.vendors import Vendor, load_vendors

VENDORS = [vendor for vendor in load_vendors().values() if vendor.package_dir().exists()]


def _operation_ids(vendor: Vendor) -> dict[str, bool]:
    """operationId -> whether the curated spec marks it unsafe."""
    spec = load_document(vendor.spec_dir() / "openapi.yaml")
    return {
        str(op["operationId"]): bool(op.get("x-fabapi-unsafe"))
        for item in spec["paths"].values()
        for op in item.values()
        if isinstance(op, dict) and "operationId" in op
    }


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda v: v.key)
def test_every_operation_has_a_method_on_every_entry_point(vendor: Vendor) -> None:
    module = importlib.import_module(vendor.module)
    resources = importlib.import_module(f"{vendor.module}._resources")
    operations = _operation_ids(vendor)
    assert set(resources.OPERATIONS) == set(operations)
    sync, asynchronous = getattr(module, vendor.client), getattr(module, f"Async{vendor.client}")
    for operation_id, info in resources.OPERATIONS.items():
        assert info.unsafe == operations[operation_id], operation_id
        group = info.resource
        for owner, raw, awaited in (
            (resources.Resources, resources.RawResources, False),
            (resources.AsyncResources, resources.AsyncRawResources, True),
        ):
            method = getattr(_group_class(owner, group), info.method)
            assert inspect.iscoroutinefunction(method) == awaited or info.paginated, (operation_id, owner)
            assert method.__doc__, f"{operation_id}: no docstring from the spec"
            assert callable(getattr(_group_class(raw, group), info.method))
        assert issubclass(sync, resources.Resources) and issubclass(asynchronous, resources.AsyncResources)


def _group_class(owner: type, group: str) -> type:
    """The class of the resource group attribute `group`, read from the owner's __init__ annotations."""
    instance: Any = object.__new__(owner)
    owner.__init__(instance, None)  # type: ignore[misc]
    return type(getattr(instance, group))


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda v: v.key)
def test_every_public_method_of_the_async_client_has_a_docstring(vendor: Vendor) -> None:
    asynchronous = getattr(importlib.import_module(vendor.module), f"Async{vendor.client}")
    methods = {
        name: member
        for name, member in inspect.getmembers(asynchronous)
        if not name.startswith("_") and (inspect.isfunction(member) or isinstance(member, property))
    }
    assert methods, f"Async{vendor.client} has no public method"
    undocumented = sorted(name for name, member in methods.items() if not (member.__doc__ or "").strip())
    assert not undocumented, f"Async{vendor.client}: no docstring on {', '.join(undocumented)}"
