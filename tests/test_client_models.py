"""Every component schema's generated class round-trips every instance of the schema.

For each component schema of each installed vendor's curated spec that openapi-python-client made
a class for, hypothesis-jsonschema draws schema-valid instances and the class must give them back:
`Model.from_dict(x).to_dict()` equals `x`, and an Enum's `Enum(x).value` is `x`. The comparison
takes only the liberties `spec_strategies.normalized` names (date-times as instants, numbers by
value, files as their bytes).
"""

from __future__ import annotations

import enum
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.budget import examples
from tests.spec_strategies import (
    SPEC_HEALTH_CHECKS,
    component_classes,
    curated_spec,
    installed_vendors,
    normalized,
    values,
    with_binary_as_bytes,
)

CLASSES = [(vendor.key, name, cls) for vendor in installed_vendors() for name, cls in component_classes(vendor.key)]
CASES = [pytest.param(key, name, cls, id=f"{key}:{name}") for key, name, cls in CLASSES]


def test_every_installed_vendor_has_generated_classes_under_test() -> None:
    assert {key for key, _, _ in CLASSES} == {vendor.key for vendor in installed_vendors()}


@pytest.mark.parametrize(("vendor", "name", "cls"), CASES)
@settings(max_examples=examples(15), suppress_health_check=SPEC_HEALTH_CHECKS)
@given(data=st.data())
def test_component_schema_round_trips(vendor: str, name: str, cls: Any, data: st.DataObject) -> None:
    spec = curated_spec(vendor)
    reference = {"$ref": f"#/components/schemas/{name}"}
    instance = data.draw(values(spec, reference), label="instance")
    if issubclass(cls, enum.Enum):
        assert cls(instance).value == instance
        return
    given_value = with_binary_as_bytes(spec, reference, instance)
    back = cls.from_dict(given_value).to_dict()
    assert normalized(back) == normalized(given_value), f"{cls.__name__}.from_dict(x).to_dict() != x"
