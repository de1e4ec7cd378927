"""dropshot's conventions (KittyCAD's server): OpenAPI 3.0.3 as schemars and dropshot write it.

Tagged unions carry their variants inline; a `$ref` with a doc comment is `allOf [$ref]` beside its
description; a documented enum is a `oneOf` of single values; paginated operations say
`x-dropshot-pagination`; operationIds are the handlers' snake_case names, tags kebab-case; the
parameters are shared from `components/parameters` (this restyler's choice, to move them too).
"""

from __future__ import annotations

from typing import Any

from codegen.restyle.common import (
    SCHEMAS,
    Schema,
    kebab,
    lift_parameters,
    map_schemas,
    operations,
    pascal,
    rename_schemas,
    retag,
    set_operation_ids,
    snake,
)
from codegen.restyle.dialect import to_30

PAGE_TOKEN = "page_token"  # noqa: S105 - the pagination parameter's name, no secret


def restyle(source: dict[str, Any]) -> dict[str, Any]:
    document = to_30(source)
    schemas: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
    rename_schemas(document, {name: pascal(name) for name in schemas})
    _inline_tagged_variants(document)
    _wrap_documented_refs(document)
    map_schemas(document, _documented_enum)
    for _, _, operation in operations(document):
        names = {p.get("name") for p in operation.get("parameters", []) if isinstance(p, dict)}
        if PAGE_TOKEN in names:
            operation["x-dropshot-pagination"] = {"required": []}
    set_operation_ids(document, lambda path, method, op: snake(str(op.get("operationId") or f"{method} {path}")))
    retag(document, lambda path, method, op: [kebab(str(tag)) for tag in op.get("tags", [])], keep_list=True)
    lift_parameters(document, lambda parameter: pascal(f"{parameter['name']} {parameter['in']}"))
    return document


def _ref_counts(document: Any) -> dict[str, int]:
    counts: dict[str, int] = {}

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMAS):
                counts[ref] = counts.get(ref, 0) + 1
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(document)
    return counts


def _inline_tagged_variants(document: dict[str, Any]) -> None:
    """A `oneOf` of `$ref`s to objects each used only there, all tagged by one required single-value
    property, gets its variants inline (the components go): how schemars writes a tagged Rust enum."""
    schemas: dict[str, Any] = document["components"]["schemas"]
    counts = _ref_counts(document)
    for name in list(schemas):
        union = schemas.get(name)
        if not isinstance(union, dict):
            continue
        members = union.get("oneOf")
        if not isinstance(members, list) or not members or not all(set(m) == {"$ref"} for m in members):
            continue
        refs = [m["$ref"] for m in members]
        targets = [_flattened(schemas.get(ref.removeprefix(SCHEMAS)), schemas) for ref in refs]
        # Only the union's own `$ref` (its discriminator mapping goes with it).
        if any(counts.get(ref) != 1 for ref in refs) or not all(_tagged(t) for t in targets):
            continue
        union["oneOf"] = targets
        union.pop("discriminator", None)
        for ref in refs:
            del schemas[ref.removeprefix(SCHEMAS)]


def _plain_object(schema: Any) -> bool:
    """An object schema of properties only: two of them with distinct properties merge into one."""
    keys = {"type", "properties", "required", "description", "title"}
    return isinstance(schema, dict) and schema.get("type", "object") == "object" and not set(schema) - keys


def _flattened(schema: Any, schemas: dict[str, Any]) -> Any:
    """`allOf [$ref to an object, {the tag}]` as the one object serde's flattening makes of it; else as it is."""
    members = schema.get("allOf") if isinstance(schema, dict) else None
    if not (isinstance(members, list) and len(members) == 2 and set(schema) <= {"allOf", "description", "title"}):
        return schema
    found = [schemas.get(str(m["$ref"]).removeprefix(SCHEMAS)) if set(m) == {"$ref"} else m for m in members]
    parts: list[dict[str, Any]] = [part for part in found if isinstance(part, dict) and _plain_object(part)]
    if len(parts) != len(found) or not any(part.get("type") == "object" for part in parts):
        return schema
    names = [set(part.get("properties", {})) for part in parts]
    if names[0] & names[1]:
        return schema
    merged: dict[str, Any] = {"description": schema["description"]} if "description" in schema else {}
    merged["type"] = "object"
    merged["properties"] = {name: prop for part in parts for name, prop in part.get("properties", {}).items()}
    required = [name for part in parts for name in part.get("required", [])]
    return {**merged, "required": required} if required else merged


def _tagged(schema: Any) -> bool:
    """An object variant with a property of one value (serde's tag)."""
    if not isinstance(schema, dict) or schema.get("type") != "object":
        return False
    return any(
        isinstance(prop, dict) and isinstance(prop.get("enum"), list) and len(prop["enum"]) == 1
        for prop in schema.get("properties", {}).values()
    )


def _wrap_documented_refs(document: dict[str, Any]) -> None:
    """A property that is a bare `$ref` to a described component becomes `allOf [$ref]` with that description."""
    schemas: dict[str, Any] = document["components"]["schemas"]

    def wrap(schema: Schema) -> Schema:
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            return schema
        for name, prop in properties.items():
            if isinstance(prop, dict) and set(prop) == {"$ref"}:
                target = schemas.get(str(prop["$ref"]).removeprefix(SCHEMAS), {})
                if isinstance(target, dict) and isinstance(target.get("description"), str):
                    properties[name] = {"allOf": [prop], "description": target["description"]}
        return schema

    map_schemas(document, wrap)


def _documented_enum(schema: Schema) -> Schema:
    """A string enum of several values (not nullable) as schemars writes a documented one."""
    values = schema.get("enum")
    if schema.get("type") != "string" or not isinstance(values, list) or len(values) < 2 or schema.get("nullable"):
        return schema
    if not all(isinstance(value, str) for value in values) or len(set(values)) != len(values):
        return schema
    # The convention's list beside the values (None where a value has none).
    described = schema.get("x-enum-descriptions")
    described = described if isinstance(described, list) and len(described) == len(values) else [None] * len(values)
    rest = {key: value for key, value in schema.items() if key not in ("type", "enum", "x-enum-descriptions")}
    variants = [
        {"type": "string", "enum": [value], **({"description": note} if isinstance(note, str) else {})}
        for value, note in zip(values, described, strict=True)
    ]
    return {**rest, "oneOf": variants}
