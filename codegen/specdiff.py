"""Structural diff of two OpenAPI documents: what a maintainer must carry into the curated spec.

Operations are compared by method and path (parameters by `in` and `name`, request body, responses
by status, security), schemas under `components.schemas` by name (properties, required, type,
enum). Key order, formatting and documentation (descriptions, summaries, examples) never count;
`$ref`s are compared as written, never resolved. One `Change` per difference, rendered grouped
with counts. `python -m codegen diff` and `fetch` report the wire diff instead (`codegen.wirediff`,
which resolves `$ref`s and sets naming apart); this module keeps the as-written view and the
vocabulary both share.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final, Literal

Area = Literal["operation", "schema"]
Kind = Literal["added", "removed", "changed"]

METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Keywords whose change alters what a value may be.
CONSTRAINTS: Final = (
    "nullable", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "pattern",
    "minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "default", "const", "readOnly", "writeOnly",
)  # fmt: skip
# Keywords that document a schema without changing what it accepts.
DOCUMENTATION: Final = frozenset({"description", "summary", "title", "example", "examples", "externalDocs", "$comment"})
# Keywords whose value is a schema, a list of schemas, or a table of named schemas.
_SUBSCHEMA: Final = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "unevaluatedItems"}
)
_SUBSCHEMA_LISTS: Final = frozenset({"allOf", "oneOf", "anyOf", "prefixItems"})
_SUBSCHEMA_TABLES: Final = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})
GROUPS: Final[tuple[tuple[Area, Kind], ...]] = (
    ("operation", "added"),
    ("operation", "removed"),
    ("operation", "changed"),
    ("schema", "added"),
    ("schema", "removed"),
    ("schema", "changed"),
)


@dataclass(frozen=True)
class Change:
    area: Area
    kind: Kind
    subject: str  # "GET /devices" or "Device"
    detail: str = ""

    def line(self) -> str:
        return f"{self.subject}: {self.detail}" if self.detail else self.subject


def _mapping(value: object) -> Mapping[str, Any]:
    """`value` when it is a mapping, else empty: a malformed part is compared as absent, never crashes."""
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _names(value: object) -> set[str]:
    return {str(item) for item in _list(value)}


def _structural(schema: object) -> object:
    """A schema without its documentation keywords, at every depth (property names are kept)."""
    if not isinstance(schema, Mapping):
        return schema
    kept: dict[str, object] = {}
    for key, value in schema.items():
        if key in DOCUMENTATION:
            continue
        if key in _SUBSCHEMA:
            kept[key] = _structural(value)
        elif key in _SUBSCHEMA_LISTS and isinstance(value, list):
            kept[key] = [_structural(item) for item in value]
        elif key in _SUBSCHEMA_TABLES and isinstance(value, Mapping):
            kept[key] = {name: _structural(item) for name, item in value.items()}
        else:
            kept[key] = value
    return kept


def _canonical(value: object) -> str:
    return json.dumps(_text_keys(value), sort_keys=True, default=str)


def _text_keys(value: object) -> object:
    """Every mapping key as text, as JSON has them (YAML reads `200:` as a number)."""
    if isinstance(value, Mapping):
        return {str(key): _text_keys(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_text_keys(item) for item in value]
    return value


def _same_schema(old: object, new: object) -> bool:
    return _canonical(_structural(old)) == _canonical(_structural(new))


def _shape(schema: object) -> str:
    """A short description of a schema for a change line: its $ref, or type/format/enum."""
    if schema is None:
        return "none"
    if not isinstance(schema, Mapping):
        return repr(schema)
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    parts = [str(schema.get("type", "any"))]
    if "format" in schema:
        parts.append(f"({schema['format']})")
    if isinstance(schema.get("enum"), list):
        parts.append(f"enum of {len(schema['enum'])}")
    if schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
        parts.append(f"of {_shape(schema['items'])}")
    return " ".join(parts)


def _enum_delta(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    before, after = _list(old.get("enum")), _list(new.get("enum"))
    added = [value for value in after if value not in before]
    removed = [value for value in before if value not in after]
    found = []
    if added:
        found.append(f"enum values added {added}")
    if removed:
        found.append(f"enum values removed {removed}")
    return found


def _schema_delta(old: object, new: object) -> str | None:
    """One phrase for how a schema changed (type, format, $ref, enum values, constraints, else which
    keywords), or None when only its documentation did."""
    if _same_schema(old, new):
        return None
    if not isinstance(old, Mapping) or not isinstance(new, Mapping):
        return f"{_shape(old)} -> {_shape(new)}"
    phrases = _enum_delta(old, new)
    for key in ("type", "format", "$ref", *CONSTRAINTS):
        if _canonical(old.get(key)) != _canonical(new.get(key)):
            phrases.append(f"{key} {old.get(key)} -> {new.get(key)}")
    if not phrases:
        before, after = _mapping(_structural(old)), _mapping(_structural(new))
        keys = sorted(
            key for key in before.keys() | after.keys() if _canonical(before.get(key)) != _canonical(after.get(key))
        )
        phrases.append(f"{', '.join(keys)} changed")
    return "; ".join(phrases)


# -- operations ----------------------------------------------------------------------------------


def _operations(spec: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """ "METHOD /path" -> the operation, with its path's parameters and the document's security folded in."""
    found: dict[str, Mapping[str, Any]] = {}
    default_security = spec.get("security")
    for path, item in _mapping(spec.get("paths")).items():
        item = _mapping(item)
        shared = _list(item.get("parameters"))
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                merged = dict(operation)
                merged["parameters"] = [
                    *shared,
                    *_list(operation.get("parameters")),
                ]  # an operation's own parameter overrides its path's
                merged["security"] = operation.get("security", default_security)
                found[f"{method.upper()} {path}"] = merged
    return found


def _parameters(operation: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    params: dict[str, Mapping[str, Any]] = {}
    for param in operation["parameters"]:
        if isinstance(param, Mapping):
            key = f"$ref {param['$ref']}" if "$ref" in param else f"{param.get('in', '?')} {param.get('name', '?')}"
            params[key] = param
    return params


def _content(holder: Mapping[str, Any]) -> dict[str, object]:
    return {str(kind): _mapping(media).get("schema") for kind, media in _mapping(holder.get("content")).items()}


def _operation_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[str]:
    if old.get("operationId") != new.get("operationId"):
        yield f"operationId {old.get('operationId')} -> {new.get('operationId')}"
    if bool(old.get("deprecated")) != bool(new.get("deprecated")):
        yield f"deprecated {bool(old.get('deprecated'))} -> {bool(new.get('deprecated'))}"
    yield from _parameter_changes(_parameters(old), _parameters(new))
    yield from _body_changes(old.get("requestBody"), new.get("requestBody"))
    yield from _response_changes(_mapping(old.get("responses")), _mapping(new.get("responses")))
    if _canonical(old.get("security")) != _canonical(new.get("security")):
        yield f"security {_canonical(old.get('security'))} -> {_canonical(new.get('security'))}"


def _parameter_schema(param: Mapping[str, Any]) -> object:
    return param.get("schema") if "schema" in param else _content(param)


def _parameter_changes(old: Mapping[str, Mapping[str, Any]], new: Mapping[str, Mapping[str, Any]]) -> Iterator[str]:
    for key in sorted(new.keys() - old.keys()):
        required = " (required)" if new[key].get("required") else ""
        yield f"parameter added: {key}{required}"
    for key in sorted(old.keys() - new.keys()):
        yield f"parameter removed: {key}"
    for key in sorted(old.keys() & new.keys()):
        before, after = old[key], new[key]
        if bool(before.get("required")) != bool(after.get("required")):
            yield f"parameter {key} required {bool(before.get('required'))} -> {bool(after.get('required'))}"
        delta = _schema_delta(_parameter_schema(before), _parameter_schema(after))
        if delta:
            yield f"parameter {key} schema {delta}"


def _content_changes(label: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[str]:
    """A request body's or a response's `$ref`, content types and their schemas."""
    if old.get("$ref") != new.get("$ref"):
        yield f"{label} $ref {old.get('$ref')} -> {new.get('$ref')}"
    before, after = _content(old), _content(new)
    for kind in sorted(after.keys() - before.keys()):
        yield f"{label} content type added: {kind}"
    for kind in sorted(before.keys() - after.keys()):
        yield f"{label} content type removed: {kind}"
    for kind in sorted(before.keys() & after.keys()):
        delta = _schema_delta(before[kind], after[kind])
        if delta:
            yield f"{label} {kind} schema {delta}"


def _body_changes(old: object, new: object) -> Iterator[str]:
    if old is None and new is None:
        return
    if old is None:
        yield "request body added"
        return
    if new is None:
        yield "request body removed"
        return
    before, after = _mapping(old), _mapping(new)
    yield from _content_changes("request body", before, after)
    if bool(before.get("required")) != bool(after.get("required")):
        yield f"request body required {bool(before.get('required'))} -> {bool(after.get('required'))}"


def _response_changes(old: Mapping[Any, Any], new: Mapping[Any, Any]) -> Iterator[str]:
    # YAML reads an unquoted 200 as a number, JSON always has "200": the status is compared as text.
    before = {str(status): _mapping(response) for status, response in old.items()}
    after = {str(status): _mapping(response) for status, response in new.items()}
    for status in sorted(after.keys() - before.keys()):
        yield f"response added: {status}"
    for status in sorted(before.keys() - after.keys()):
        yield f"response removed: {status}"
    for status in sorted(before.keys() & after.keys()):
        yield from _content_changes(f"response {status}", before[status], after[status])


# -- schemas ---------------------------------------------------------------------------------------


def _schema_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[str]:
    for key in ("type", "format", "$ref", *CONSTRAINTS):
        if _canonical(old.get(key)) != _canonical(new.get(key)):
            yield f"{key} {old.get(key)} -> {new.get(key)}"
    yield from _enum_delta(old, new)
    before, after = _mapping(old.get("properties")), _mapping(new.get("properties"))
    for name in sorted(after.keys() - before.keys()):
        yield f"property added: {name} ({_shape(after[name])})"
    for name in sorted(before.keys() - after.keys()):
        yield f"property removed: {name}"
    for name in sorted(before.keys() & after.keys()):
        delta = _schema_delta(before[name], after[name])
        if delta:
            yield f"property {name}: {delta}"
    required_before, required_after = _names(old.get("required")), _names(new.get("required"))
    for name in sorted(required_after - required_before):
        yield f"now required: {name}"
    for name in sorted(required_before - required_after):
        yield f"no longer required: {name}"
    for key in ("allOf", "oneOf", "anyOf", "items", "additionalProperties", "discriminator"):
        if not _same_schema(old.get(key), new.get(key)):
            yield f"{key} changed"


def _schemas(spec: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    schemas = _mapping(_mapping(spec.get("components")).get("schemas"))
    return {str(name): _mapping(schema) for name, schema in schemas.items()}


# -- the diff --------------------------------------------------------------------------------------


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every structural difference from `old` to `new`, grouped and in a stable order."""
    changes: list[Change] = []
    before, after = _operations(old), _operations(new)
    changes += [
        Change("operation", "added", key, str(after[key].get("operationId", "")))
        for key in after.keys() - before.keys()
    ]
    changes += [Change("operation", "removed", key) for key in before.keys() - after.keys()]
    for key in before.keys() & after.keys():
        changes += [Change("operation", "changed", key, line) for line in _operation_changes(before[key], after[key])]
    old_schemas, new_schemas = _schemas(old), _schemas(new)
    changes += [Change("schema", "added", name) for name in new_schemas.keys() - old_schemas.keys()]
    changes += [Change("schema", "removed", name) for name in old_schemas.keys() - new_schemas.keys()]
    for name in old_schemas.keys() & new_schemas.keys():
        changes += [
            Change("schema", "changed", name, line) for line in _schema_changes(old_schemas[name], new_schemas[name])
        ]
    # Within a group, by subject; a subject's lines keep the order they were found in.
    ordered = sorted(
        enumerate(changes), key=lambda pair: (GROUPS.index((pair[1].area, pair[1].kind)), pair[1].subject, pair[0])
    )
    return [change for _, change in ordered]


def same_document(old: Mapping[str, Any], new: Mapping[str, Any]) -> bool:
    """Equal in every respect but key order and how status codes are written (documentation included)."""
    return _canonical(old) == _canonical(new)


def _plural(count: int) -> str:
    return "" if count == 1 else "s"


def render(changes: list[Change]) -> str:
    """One line per change under a heading per group, with counts; a closing line with the totals."""
    if not changes:
        return "no structural changes\n"
    lines: list[str] = []
    totals: list[str] = []
    for area, kind in GROUPS:
        group = [change for change in changes if (change.area, change.kind) == (area, kind)]
        if not group:
            continue
        subjects = len({change.subject for change in group})
        if kind == "changed":  # several lines may share a subject: count both
            lines.append(
                f"{area}s {kind} ({subjects} {area}{_plural(subjects)}, {len(group)} change{_plural(len(group))}):"
            )
        else:
            lines.append(f"{area}s {kind} ({subjects}):")
        lines += [f"  {change.line()}" for change in group]
        totals.append(f"{len(group)} {area}{_plural(len(group))} {kind}")
    lines.append(f"{len(changes)} change{_plural(len(changes))}: {', '.join(totals)}")
    return "\n".join(lines) + "\n"
