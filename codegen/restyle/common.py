"""What every restyler does to a document: walk its schemas, rename components, move parameters.

Each helper keeps the wire: it changes names, places and annotations, never what an instance may be.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from codegen.errors import PipelineError

SCHEMAS = "#/components/schemas/"
PARAMETERS = "#/components/parameters/"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Keywords beside which nothing about an instance's validity changes.
ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly", "externalDocs", "default"}
)
_SCHEMA_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else")
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS = ("properties", "patternProperties", "dependentSchemas")

Schema = dict[str, Any]


class RestyleError(PipelineError):
    """A construct a restyler cannot rewrite without changing the wire; the message names where."""


def snake(text: str) -> str:
    """`getUserInfo`, `Get user info`, `get-user-info` -> `get_user_info`."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", text)
    return "_".join(word for word in re.split(r"[^0-9A-Za-z]+", spaced) if word).lower()


def pascal(text: str) -> str:
    """`file_conversion`, `Basket-Line` -> `FileConversion`, `BasketLine`; inner capitals kept."""
    return "".join(word[:1].upper() + word[1:] for word in re.split(r"[^0-9A-Za-z]+", text) if word)


def kebab(text: str) -> str:
    return snake(text).replace("_", "-")


def operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, Schema]]:
    """(path, method, operation) in document order."""
    for path, item in document.get("paths", {}).items():
        for method in item:
            if method in HTTP_METHODS and isinstance(item[method], dict):
                yield path, method, item[method]


def map_schemas(document: dict[str, Any], rewrite: Callable[[Schema], Schema]) -> None:
    """Replace every schema of the document (components, parameters, bodies, responses, headers,
    webhooks), children first, by `rewrite(schema)`."""
    components = document.get("components", {})
    schemas = components.get("schemas", {})
    for name in list(schemas):
        schemas[name] = map_schema(schemas[name], rewrite)
    for owner in _schema_owners(document):
        owner["schema"] = map_schema(owner["schema"], rewrite)


def _schema_owners(document: Mapping[str, Any]) -> Iterator[Schema]:
    """Every parameter, header and media type object that holds a `schema`."""
    components = document.get("components", {})
    items: list[Any] = [*document.get("paths", {}).values(), *document.get("webhooks", {}).values()]
    for item in items:
        for value in item.values() if isinstance(item, dict) else ():
            if isinstance(value, dict):
                yield from _operation_owners(value)
        yield from (p for p in item.get("parameters", []) if isinstance(p, dict) and "schema" in p)
    for parameter in components.get("parameters", {}).values():
        if "schema" in parameter:
            yield parameter
        yield from _media_owners(parameter.get("content", {}))
    for body in components.get("requestBodies", {}).values():
        yield from _media_owners(body.get("content", {}))
    for response in components.get("responses", {}).values():
        yield from _response_owners(response)
    for header in components.get("headers", {}).values():
        if "schema" in header:
            yield header


def _operation_owners(operation: Mapping[str, Any]) -> Iterator[Schema]:
    for parameter in operation.get("parameters", []):
        if isinstance(parameter, dict) and "schema" in parameter:
            yield parameter
    body = operation.get("requestBody")
    if isinstance(body, dict):
        yield from _media_owners(body.get("content", {}))
    for response in operation.get("responses", {}).values():
        yield from _response_owners(response)


def _response_owners(response: Any) -> Iterator[Schema]:
    if not isinstance(response, dict):
        return
    yield from _media_owners(response.get("content", {}))
    for header in response.get("headers", {}).values():
        if isinstance(header, dict) and "schema" in header:
            yield header


def _media_owners(content: Mapping[str, Any]) -> Iterator[Schema]:
    for media in content.values():
        if isinstance(media, dict) and "schema" in media:
            yield media


def map_schema(node: Any, rewrite: Callable[[Schema], Schema]) -> Any:
    """`node` with every schema below it rewritten (children first), then itself."""
    if not isinstance(node, dict):
        return node
    out = dict(node)
    for key in _SCHEMA_ONE:
        if isinstance(out.get(key), dict):
            out[key] = map_schema(out[key], rewrite)
    for key in _SCHEMA_LISTS:
        if isinstance(out.get(key), list):
            out[key] = [map_schema(child, rewrite) for child in out[key]]
    for key in _SCHEMA_MAPS:
        if isinstance(out.get(key), dict):
            out[key] = {name: map_schema(child, rewrite) for name, child in out[key].items()}
    return rewrite(out)


def rename_schemas(document: dict[str, Any], names: Mapping[str, str]) -> None:
    """Rename components (`names`: old -> new, in place, order kept) and every `$ref` and discriminator
    mapping that points at them. Two components may not end with one name."""
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    final = [names.get(name, name) for name in schemas]
    if len(set(final)) != len(final):
        clash = sorted({name for name in final if final.count(name) > 1})
        raise RestyleError(f"renaming components would merge several into {clash}")
    renamed = {names.get(name, name): schema for name, schema in schemas.items()}
    schemas.clear()  # in place: a caller's reference to the mapping stays the document's
    schemas.update(renamed)
    refs = {f"{SCHEMAS}{old}": f"{SCHEMAS}{new}" for old, new in names.items() if old != new}
    if refs:
        replace_refs(document, refs)


def replace_refs(node: Any, refs: Mapping[str, str]) -> None:
    """Every `$ref` (and discriminator mapping value) that is a key of `refs` becomes its value, in place."""
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in refs:
            node["$ref"] = refs[ref]
        mapping = node.get("discriminator", {}).get("mapping") if isinstance(node.get("discriminator"), dict) else None
        if isinstance(mapping, dict):
            for key, value in mapping.items():
                mapping[key] = refs.get(value, value)
        for value in node.values():
            replace_refs(value, refs)
    elif isinstance(node, list):
        for value in node:
            replace_refs(value, refs)


def free_name(wanted: str, taken: Mapping[str, Any] | set[str]) -> str:
    """`wanted`, or it with the first number from 2 that nothing has taken."""
    name, number = wanted, 1
    while name in taken:
        number += 1
        name = f"{wanted}{number}"
    return name


def set_operation_ids(document: dict[str, Any], name_of: Callable[[str, str, Schema], str]) -> None:
    """Every operation's id from `name_of(path, method, operation)`; a repeated one gets `_2`, `_3`."""
    seen: set[str] = set()
    for path, method, operation in operations(document):
        wanted = name_of(path, method, operation)
        name, number = wanted, 1
        while name in seen:
            number += 1
            name = f"{wanted}_{number}"
        seen.add(name)
        operation["operationId"] = name


def retag(document: dict[str, Any], tag_of: Callable[[str, str, Schema], list[str]], keep_list: bool) -> None:
    """Every operation's tags from `tag_of`; the top-level list renamed alike (or dropped, as an app
    without tag metadata serves none)."""
    renamed: dict[str, str] = {}
    for path, method, operation in operations(document):
        old = list(operation.get("tags", []))
        new = tag_of(path, method, operation)
        for before, after in zip(old, new, strict=False):
            renamed.setdefault(before, after)
        operation["tags"] = new
    if not keep_list:
        document.pop("tags", None)
        return
    listed: dict[str, Any] = {}
    for tag in document.get("tags", []):
        name = renamed.get(tag["name"], tag["name"])
        listed.setdefault(name, {**tag, "name": name})
    used = [tag for _, _, operation in operations(document) for tag in operation.get("tags", [])]
    for name in used:
        listed.setdefault(name, {"name": name})
    if listed:
        document["tags"] = list(listed.values())


def lift_parameters(document: dict[str, Any], name_of: Callable[[Schema], str]) -> None:
    """Every parameter written inline in a path or operation moves to `components/parameters` under
    `name_of(parameter)` and is `$ref`'d; equal parameters share one component."""
    components = document.setdefault("components", {})
    lifted: dict[str, Any] = components.setdefault("parameters", {})
    by_content: dict[str, str] = {}
    for name, parameter in lifted.items():
        by_content.setdefault(repr(parameter), name)

    def lift(parameters: list[Any]) -> list[Any]:
        out: list[Any] = []
        for parameter in parameters:
            if not isinstance(parameter, dict) or "$ref" in parameter:
                out.append(parameter)
                continue
            key = repr(parameter)
            name = by_content.get(key)
            if name is None:
                name = free_name(name_of(parameter), lifted)
                lifted[name] = parameter
                by_content[key] = name
            out.append({"$ref": f"{PARAMETERS}{name}"})
        return out

    for item in document.get("paths", {}).values():
        if isinstance(item.get("parameters"), list):
            item["parameters"] = lift(item["parameters"])
        for method in HTTP_METHODS:
            if isinstance(item.get(method), dict) and isinstance(item[method].get("parameters"), list):
                item[method]["parameters"] = lift(item[method]["parameters"])
    if not lifted:
        del components["parameters"]


def set_version(document: dict[str, Any], version: str) -> dict[str, Any]:
    """`document` with `openapi: version` first, the rest in its order."""
    return {"openapi": version, **{key: value for key, value in document.items() if key != "openapi"}}


def strip_annotations(schema: Schema) -> Schema:
    return {key: value for key, value in schema.items() if key not in ANNOTATIONS}
