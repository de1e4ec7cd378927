"""Checking JSON values against a spec's component schemas: its generated models, plus what they lose.

datamodel-code-generator writes an optional property as `X | None = None` whether or not the
schema allows null, and drops `minProperties`; both are read from the spec itself here. Bodies
are checked on the way in (a 400), answers on the way out (a mock bug: never sent).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from types import ModuleType
from typing import Any

from pydantic import BaseModel, ValidationError

from .spec import Schema, ref_name, resolve

_JSON_TYPES: dict[type, tuple[str, ...]] = {
    bool: ("boolean",),
    int: ("integer", "number"),
    float: ("number",),
    str: ("string",),
    list: ("array",),
    dict: ("object",),
}


def model(models: ModuleType, name: str) -> type[BaseModel]:
    """The generated model of the component schema `name` (datamodel-code-generator's module)."""
    found: type[BaseModel] = getattr(models, name)
    return found


def _types(schema: Schema) -> list[str] | None:
    kind = schema.get("type")
    if kind is None:
        return None
    return list(kind) if isinstance(kind, list) else [kind]


def nullable(spec: Mapping[str, Any], schema: Schema) -> bool:
    schema = resolve(spec, schema)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        return any(nullable(spec, branch) for branch in branches)
    if "enum" in schema:
        return None in schema["enum"]
    kinds = _types(schema)
    return kinds is None or "null" in kinds


def _admits(schema: Schema, value: Any) -> bool:
    kinds = _types(schema)
    return kinds is None or any(k in kinds for k in _JSON_TYPES.get(type(value), ()))


def _join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def problems(spec: Mapping[str, Any], schema: Schema, value: Any, where: str = "") -> Iterator[dict[str, str]]:
    """Nulls where the schema has none, and objects with fewer properties than `minProperties`."""
    schema = resolve(spec, schema)
    if value is None:
        if not nullable(spec, schema):
            yield {"field": where or "body", "message": "This field may not be null."}
        return
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        # Type mismatches are the models' to report; follow the branch of the value's own type.
        for branch in (resolve(spec, b) for b in branches):
            if _admits(branch, value):
                yield from problems(spec, branch, value, where)
                return
        return
    if isinstance(value, dict):
        least = schema.get("minProperties", 0)
        if len(value) < least:
            yield {"field": where or "body", "message": f"Give at least {least} field(s)."}
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        for key, item in value.items():
            sub = properties.get(key, extra if isinstance(extra, Mapping) else None)
            if sub is not None:
                yield from problems(spec, sub, item, _join(where, key))
    elif isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        for index, item in enumerate(value):
            yield from problems(spec, schema["items"], item, _join(where, index))


def integral(spec: Mapping[str, Any], schema: Schema, value: Any) -> Any:
    """`value` with floats that are whole numbers turned into ints where the schema wants an integer.

    JSON Schema counts 2.0 as an integer; the models, strict, take only 2.
    """
    schema = resolve(spec, schema)
    branches = schema.get("anyOf") or schema.get("oneOf")
    if branches:
        for branch in (resolve(spec, b) for b in branches):
            if _admits(branch, value) or (isinstance(value, float) and "integer" in (_types(branch) or [])):
                return integral(spec, branch, value)
        return value
    kinds = _types(schema) or []
    if isinstance(value, float) and value.is_integer() and "integer" in kinds and "number" not in kinds:
        return int(value)
    if isinstance(value, dict):
        properties = schema.get("properties", {})
        extra = schema.get("additionalProperties")
        converted = {}
        for key, item in value.items():
            sub = properties.get(key, extra if isinstance(extra, Mapping) else None)
            converted[key] = integral(spec, sub, item) if sub is not None else item
        return converted
    if isinstance(value, list) and isinstance(schema.get("items"), Mapping):
        return [integral(spec, schema["items"], item) for item in value]
    return value


def model_errors(exc: ValidationError) -> list[dict[str, str]]:
    return [
        {"field": ".".join(str(part) for part in error["loc"]) or "body", "message": error["msg"]}
        for error in exc.errors()
    ]


def check_answer(spec: Mapping[str, Any], models: ModuleType, schema: Schema, data: Any) -> None:
    """Refuse to send an answer the spec does not allow: a bug in the mock, not in the request."""
    wrong = list(problems(spec, schema, data))
    try:
        for name, item in _models_for(spec, schema, data):
            model(models, name).model_validate_json(json.dumps(item), strict=True)
    except ValidationError as exc:
        wrong += model_errors(exc)
    if wrong:
        raise RuntimeError(f"answer does not match its schema: {wrong[:5]}")


def _models_for(spec: Mapping[str, Any], schema: Schema, data: Any) -> Iterator[tuple[str, Any]]:
    name = ref_name(schema)
    if name is not None:
        yield name, data
        return
    items = schema.get("items")
    if schema.get("type") == "array" and isinstance(items, Mapping) and isinstance(data, list):
        item_name = ref_name(items)
        if item_name is not None:
            yield from ((item_name, item) for item in data)
