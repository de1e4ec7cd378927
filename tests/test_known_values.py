"""`x-fabapi-known-values` in a curated spec reaches the generated docs of the field that carries it."""

from __future__ import annotations

import importlib

import pytest

from registry.documents import load_document
from registry.vendors import load_vendors

# (vendor, schema listing the values, generated model, attribute whose docs must list them)
CASES = [
    ("eiger", "PrinterStateEnum", "DeviceView", "state"),
    ("eiger", "SliceJobStatus", "SliceStatusResponse", "status"),
    ("kittycad", "Currency", "Invoice", "currency"),
]


@pytest.mark.parametrize(("key", "schema", "model", "attribute"), CASES, ids=lambda value: str(value))
def test_the_known_values_of_a_named_schema_are_in_the_model_docstring(
    key: str, schema: str, model: str, attribute: str
) -> None:
    vendor = load_vendors()[key]
    values = load_document(vendor.spec_dir() / "openapi.yaml")["components"]["schemas"][schema]["x-fabapi-known-values"]
    doc = " ".join(str(getattr(importlib.import_module(f"{vendor.module}.models"), model).__doc__).split())
    line = doc[doc.index(f"{attribute} (") :]
    assert values and line.startswith(f"{attribute} (")
    listed = line[line.index("Known values: ") : line.index("(others may appear).")]
    assert all(f"`{value}`" in listed for value in values), (schema, model)


def test_the_known_values_of_an_inline_field_are_in_the_model_docstring() -> None:
    vendor = load_vendors()["cloudslicer"]
    spec = load_document(vendor.spec_dir() / "openapi.yaml")
    values = spec["components"]["schemas"]["PrinterConfig"]["properties"]["filament_type"]["x-fabapi-known-values"]
    doc = " ".join(str(importlib.import_module("fabapi_cloudslicer.models").PrinterConfig.__doc__).split())
    assert f"Known values: {', '.join(f'`{value}`' for value in values)} (others may appear)." in doc
