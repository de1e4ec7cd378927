"""FastAPI's conventions (Cloud Slicer's server): OpenAPI 3.1 as FastAPI and pydantic write it.

operationIds are FastAPI's generated unique ids (`get_user_info_v1_user_get`: the handler's name,
the path, the method); tags as the routers name them, without a top-level list; nullables are
`anyOf [X, {type: null}]`; every property has a title; a multipart or form body is a `Body_<id>`
component; every operation documents a 422 `HTTPValidationError` answer.

The 422 is the one wire addition of any restyler: FastAPI validates every request and documents
the answer it gives when that fails. `ADDED_RESPONSES` names it so the round trip can tell it from
a change.
"""

from __future__ import annotations

import copy
import re
from typing import Any, Final

from codegen.restyle.common import (
    ANNOTATIONS,
    SCHEMAS,
    Schema,
    free_name,
    kebab,
    map_schemas,
    operations,
    pascal,
    rename_schemas,
    retag,
    set_operation_ids,
    snake,
)
from codegen.restyle.dialect import to_31

VALIDATION_STATUS: Final = "422"
# What every restyled operation answers besides the vendor's own answers.
ADDED_RESPONSES: Final = frozenset({VALIDATION_STATUS})
_FORMS = ("multipart/form-data", "application/x-www-form-urlencoded")
_VALIDATION_ERROR: Final[dict[str, Any]] = {
    "properties": {
        "loc": {
            "items": {"anyOf": [{"type": "string"}, {"type": "integer"}]},
            "type": "array",
            "title": "Location",
        },
        "msg": {"type": "string", "title": "Message"},
        "type": {"type": "string", "title": "Error Type"},
    },
    "type": "object",
    "required": ["loc", "msg", "type"],
    "title": "ValidationError",
}


def restyle(source: dict[str, Any]) -> dict[str, Any]:
    document = to_31(source)
    schemas: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
    rename_schemas(document, {name: pascal(name) for name in schemas})
    map_schemas(document, _nullable_as_anyof)
    map_schemas(document, _titled_properties)
    for name, schema in schemas.items():
        if isinstance(schema, dict) and "$ref" not in schema:
            schema.setdefault("title", name)
    set_operation_ids(document, _unique_id)
    _form_bodies(document)
    _validation_answers(document)
    retag(document, lambda path, method, op: [kebab(str(tag)) for tag in op.get("tags", [])], keep_list=False)
    return document


def _unique_id(path: str, method: str, operation: Schema) -> str:
    """FastAPI's `generate_unique_id`: route name + path, non-word characters as `_`, + method."""
    name = snake(str(operation.get("operationId") or f"{method} {path}"))
    return re.sub(r"\W", "_", f"{name}{path}") + f"_{method}"


def _nullable_as_anyof(schema: Schema) -> Schema:
    """`type: [T, null]` -> `anyOf [{type: T, ...}, {type: null}]`, annotations outside (pydantic's form)."""
    types = schema.get("type")
    if not (isinstance(types, list) and "null" in types):
        return schema
    kinds = [kind for kind in types if kind != "null"]
    enum = schema.get("enum")
    if isinstance(enum, list) and None not in enum:
        return {**schema, "type": kinds[0] if len(kinds) == 1 else kinds}  # the enum refuses null anyway
    outer = {key: value for key, value in schema.items() if key in ANNOTATIONS or key.startswith("x-")}
    inner = {key: value for key, value in schema.items() if key not in outer}
    inner["type"] = kinds[0] if len(kinds) == 1 else kinds
    if isinstance(enum, list):
        inner["enum"] = [value for value in enum if value is not None]
    return {**outer, "anyOf": [inner, {"type": "null"}]}


def _titled_properties(schema: Schema) -> Schema:
    properties = schema.get("properties")
    if isinstance(properties, dict):
        for name, prop in properties.items():
            if isinstance(prop, dict) and "$ref" not in prop and "title" not in prop:
                properties[name] = {**prop, "title": name.replace("_", " ").title()}
    return schema


def _form_bodies(document: dict[str, Any]) -> None:
    """A multipart or form body's schema becomes the `Body_<operationId>` component."""
    schemas: dict[str, Any] = document["components"]["schemas"]
    renames: dict[str, str] = {}
    for _, _, operation in operations(document):
        content = operation.get("requestBody", {}).get("content", {})
        for media_type in _FORMS:
            media = content.get(media_type)
            if not isinstance(media, dict) or not isinstance(media.get("schema"), dict):
                continue
            name = free_name(f"Body_{operation['operationId']}", schemas.keys() | set(renames.values()))
            schema = media["schema"]
            if "$ref" not in schema:
                schemas[name] = {**schema, "title": name}
                media["schema"] = {"$ref": f"{SCHEMAS}{name}"}
            elif _uses(document, schema["$ref"]) == 1 and schema["$ref"].removeprefix(SCHEMAS) not in renames:
                renames[schema["$ref"].removeprefix(SCHEMAS)] = name
    if renames:
        rename_schemas(document, renames)


def _uses(node: Any, ref: str) -> int:
    if isinstance(node, dict):
        return (node.get("$ref") == ref) + sum(_uses(value, ref) for value in node.values())
    if isinstance(node, list):
        return sum(_uses(value, ref) for value in node)
    return 0


def _validation_answers(document: dict[str, Any]) -> None:
    schemas: dict[str, Any] = document["components"]["schemas"]
    error = free_name("ValidationError", schemas) if schemas.get("ValidationError") != _VALIDATION_ERROR else None
    error_name = error or "ValidationError"
    schemas.setdefault(error_name, copy.deepcopy(_VALIDATION_ERROR))
    wanted = {
        "properties": {"detail": {"items": {"$ref": f"{SCHEMAS}{error_name}"}, "type": "array", "title": "Detail"}},
        "type": "object",
        "title": "HTTPValidationError",
    }
    name = "HTTPValidationError"
    if schemas.get(name, wanted) != wanted:
        name = free_name(name, schemas)
    schemas[name] = wanted
    answer = {
        "description": "Validation Error",
        "content": {"application/json": {"schema": {"$ref": f"{SCHEMAS}{name}"}}},
    }
    for _, _, operation in operations(document):
        responses = operation.setdefault("responses", {})
        if VALIDATION_STATUS not in responses:
            responses[VALIDATION_STATUS] = copy.deepcopy(answer)
