"""A valid instance of any schema of the spec, for answers that no state backs.

Every property is filled: with the spec's own example where it has one, else with the plainest
value of its type and format. Arrays are empty (no schema here sets `minItems`), nullable
references take their object branch.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

from .spec import Schema, resolve

TIMESTAMP = "2024-01-15T09:30:00Z"
DATE = "2024-01-15"
UUID = "49482d31-61fb-4605-90e6-ab18348832f2"
_PYTHON_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}
_MAX_DEPTH = 6


def _kinds(schema: Schema) -> list[str]:
    kind = schema.get("type")
    if kind is None:
        return []
    return list(kind) if isinstance(kind, list) else [kind]


def _fits(schema: Schema, value: Any) -> bool:
    kinds = [k for k in _kinds(schema) if k != "null"]
    if not kinds:
        return True
    if isinstance(value, bool) and "boolean" not in kinds:
        return False
    return any(isinstance(value, _PYTHON_TYPES[k]) for k in kinds)


def sample(spec: Mapping[str, Any], schema: Schema, depth: int = 0) -> Any:
    schema = resolve(spec, schema)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        solid = [b for b in branches if _kinds(resolve(spec, b)) != ["null"]]
        return sample(spec, (solid or branches)[0], depth)
    if "example" in schema and _fits(schema, schema["example"]):
        return copy.deepcopy(schema["example"])
    if "enum" in schema:
        return next((v for v in schema["enum"] if v is not None), None)
    kinds = [k for k in _kinds(schema) if k != "null"]
    kind = kinds[0] if kinds else ("object" if "properties" in schema else None)
    if kind == "object":
        if depth >= _MAX_DEPTH:
            return {}
        return {name: sample(spec, prop, depth + 1) for name, prop in schema.get("properties", {}).items()}
    if kind == "array":
        return []
    if kind == "string":
        return _string(schema)
    if kind == "integer":
        return int(schema.get("minimum", 1))
    if kind == "number":
        return float(schema.get("minimum", 1))
    if kind == "boolean":
        return False
    if _kinds(schema) == ["null"]:
        return None
    return {}  # an undocumented value: any JSON is allowed, an empty object is the plainest


def _string(schema: Schema) -> str:
    fmt = schema.get("format")
    if fmt == "date-time":
        return TIMESTAMP
    if fmt == "date":
        return DATE
    if fmt == "uuid":
        return UUID
    if fmt == "binary":
        return ""
    return "x" * int(schema.get("minLength", 0)) or "string"
