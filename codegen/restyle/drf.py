"""drf-spectacular's conventions (3YOURMIND's server): OpenAPI 3.0.3 as Django REST framework writes it.

A component a request sends is split: `XRequest` (or `PatchedX` for a PATCH) for the request, `X`
for the answers, whose `id` is `readOnly` where no request can reach it; enums are `$ref`'d
components named `<Field>Enum` with `x-spec-enum-id`; operationIds are the path's words and the
view action (`user_panel_baskets_list`), the tag is the path's first word after `api/v<N>`.
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
from typing import Any

from codegen.restyle.common import (
    ANNOTATIONS,
    SCHEMAS,
    Schema,
    free_name,
    operations,
    pascal,
    rename_schemas,
    retag,
    set_operation_ids,
)
from codegen.restyle.dialect import to_30

_PREFIX = re.compile(r"(api|v\d+(\.\d+)*)\Z")
_ACTIONS = {"post": "create", "put": "update", "patch": "partial_update", "delete": "destroy"}
_READ_ONLY = ("id", "created", "updated", "created_at", "updated_at")


def restyle(source: dict[str, Any]) -> dict[str, Any]:
    document = to_30(source)
    schemas: dict[str, Any] = document.setdefault("components", {}).setdefault("schemas", {})
    rename_schemas(document, {name: pascal(name) for name in schemas})
    _enum_components(document)
    _request_splits(document)
    _read_only_ids(document)
    set_operation_ids(document, _operation_id)
    retag(document, lambda path, method, op: [_words(path)[0] if _words(path) else "root"], keep_list=True)
    return document


def _words(path: str) -> list[str]:
    """The path's literal segments after drf-spectacular's prefix (`api`, `v2.0`)."""
    words = [part for part in path.strip("/").split("/") if part and not part.startswith("{")]
    while words and _PREFIX.match(words[0]):
        words = words[1:]
    return words


def _operation_id(path: str, method: str, operation: Schema) -> str:
    words = [re.sub(r"\W", "_", word.replace("-", "_")) for word in _words(path)]
    if method == "get":
        action = "retrieve" if path.rstrip("/").endswith("}") or not _lists(operation) else "list"
    else:
        action = _ACTIONS.get(method, method)
    return "_".join([*words, action])


def _lists(operation: Schema) -> bool:
    for status, response in operation.get("responses", {}).items():
        if str(status).startswith("2") and isinstance(response, dict):
            for media in response.get("content", {}).values():
                if isinstance(media, dict) and media.get("schema", {}).get("type") == "array":
                    return True
    return False


def _enum_id(values: list[Any]) -> str:
    return hashlib.sha256(json.dumps(values, sort_keys=True, default=str).encode()).hexdigest()[:32]


def _enum_components(document: dict[str, Any]) -> None:
    """Each enum a property writes inline becomes a `<Field>Enum` component (equal enums share one); a
    component enum gets the `Enum` suffix. Nullable enums stay inline, as drf's would be a `oneOf` with
    `NullEnum` (a union, so a different generated type)."""
    schemas: dict[str, Any] = document["components"]["schemas"]
    renames = {
        name: free_name(f"{name.removesuffix('Enum')}Enum", set(schemas) - {name})
        for name, schema in schemas.items()
        if _plain_enum(schema)
    }
    rename_schemas(document, renames)
    for schema in schemas.values():
        if _plain_enum(schema):
            schema["x-spec-enum-id"] = _enum_id(schema["enum"])
    by_values: dict[str, str] = {}

    def lift(schema: Schema) -> Schema:
        properties = schema.get("properties")
        if not isinstance(properties, dict):
            return schema
        for field, prop in properties.items():
            if not _plain_enum(prop):
                continue
            core = {key: value for key, value in prop.items() if key not in ANNOTATIONS}
            key = json.dumps(core, sort_keys=True, default=str)
            name = by_values.get(key)
            if name is None:
                name = free_name(f"{pascal(field)}Enum", schemas)
                schemas[name] = {**core, "x-spec-enum-id": _enum_id(core["enum"])}
                by_values[key] = name
            notes = {key: value for key, value in prop.items() if key in ANNOTATIONS}
            ref = {"$ref": f"{SCHEMAS}{name}"}
            properties[field] = {"allOf": [ref], **notes} if notes else ref
        return schema

    for name in list(schemas):
        schemas[name] = lift(schemas[name])


def _plain_enum(schema: Any) -> bool:
    """An enum of strings or integers and nothing else that constrains (annotations allowed)."""
    if not isinstance(schema, dict) or not isinstance(schema.get("enum"), list) or schema.get("nullable"):
        return False
    if schema.get("type") not in ("string", "integer") or None in schema["enum"]:
        return False
    return not set(schema) - ANNOTATIONS - {"type", "enum"} - {k for k in schema if k.startswith("x-")}


def _request_splits(document: dict[str, Any]) -> None:
    """A body that `$ref`s a component sends its copy: `XRequest`, or `PatchedX` for a PATCH."""
    schemas: dict[str, Any] = document["components"]["schemas"]
    for _, method, operation in operations(document):
        for media in operation.get("requestBody", {}).get("content", {}).values():
            ref = media.get("schema", {}).get("$ref") if isinstance(media, dict) else None
            if not isinstance(ref, str) or not ref.startswith(SCHEMAS):
                continue
            base = ref.removeprefix(SCHEMAS)
            wanted = f"Patched{base}" if method == "patch" else f"{base}Request"
            if wanted not in schemas:
                # Its own title or none (drf-spectacular writes none): the generator names models by title.
                schemas[wanted] = {k: v for k, v in copy.deepcopy(schemas[base]).items() if k != "title"}
            media["schema"] = {"$ref": f"{SCHEMAS}{wanted}"}


def _reachable(document: dict[str, Any], roots: list[Any]) -> set[str]:
    """The schema components `roots` reach, through the shared parts (`components/responses`, ...) too."""
    components: dict[str, Any] = document["components"]
    followed: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith("#/components/") and ref not in followed:
                followed.add(ref)
                section, _, name = ref.removeprefix("#/components/").partition("/")
                walk(components.get(section, {}).get(name))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(roots)
    return {ref.removeprefix(SCHEMAS) for ref in followed if ref.startswith(SCHEMAS)}


def _read_only_ids(document: dict[str, Any]) -> None:
    """`readOnly` on the server-set fields of every component used and no request sends (an annotation
    only). Not on one nothing uses: the split leaves a request-only `X` behind, which drf-spectacular would
    not write at all, and whose fields are what requests send."""
    requests = [part for _, _, operation in operations(document) for part in (operation.get("requestBody"),
                operation.get("parameters"))]  # fmt: skip
    sent = _reachable(document, requests)
    used = _reachable(document, [value for key, value in document.items() if key != "components"])

    def mark(schema: Schema) -> Schema:
        for field, prop in schema.get("properties", {}).items():
            if field in _READ_ONLY and isinstance(prop, dict) and "$ref" not in prop:
                prop["readOnly"] = True
        return schema

    for name, schema in document["components"]["schemas"].items():
        if name in used and name not in sent and isinstance(schema, dict):
            mark(schema)
