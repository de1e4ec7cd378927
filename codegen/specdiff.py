"""Structural diff of two OpenAPI documents: what a maintainer must carry into the curated spec.

Operations are compared by method and path (parameters, request body, responses, security),
schemas under `components.schemas` by name (properties, required, type, enum). Key order and
formatting never count; `$ref`s are compared as written. One `Change` per difference, rendered
grouped with counts: `python -m codegen diff OLD NEW`.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any, Final

METHODS: Final = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Keywords whose change alters what a value may be.
CONSTRAINTS: Final = (
    "nullable", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "pattern",
    "minLength", "maxLength", "minItems", "maxItems", "default", "const",
)  # fmt: skip
GROUPS: Final = (
    ("operation", "added"),
    ("operation", "removed"),
    ("operation", "changed"),
    ("schema", "added"),
    ("schema", "removed"),
    ("schema", "changed"),
)


@dataclass(frozen=True, order=True)
class Change:
    area: str  # "operation" or "schema"
    kind: str  # "added", "removed" or "changed"
    subject: str  # "GET /devices" or "Device"
    detail: str = ""

    def line(self) -> str:
        return f"{self.subject}: {self.detail}" if self.detail else self.subject


def _canonical(value: object) -> str:
    return json.dumps(value, sort_keys=True, default=str)


def _shape(schema: object) -> str:
    """A short description of a schema for a change line: its $ref, or type/format/enum."""
    if not isinstance(schema, Mapping):
        return repr(schema)
    if "$ref" in schema:
        return str(schema["$ref"]).rsplit("/", 1)[-1]
    parts = [str(schema.get("type", "any"))]
    if "format" in schema:
        parts.append(f"({schema['format']})")
    if "enum" in schema:
        parts.append(f"enum of {len(schema['enum'])}")
    if schema.get("type") == "array" and isinstance(schema.get("items"), Mapping):
        parts.append(f"of {_shape(schema['items'])}")
    return " ".join(parts)


# -- operations ----------------------------------------------------------------------------------


def _operations(spec: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    found: dict[str, Mapping[str, Any]] = {}
    for path, item in dict(spec.get("paths") or {}).items():
        if not isinstance(item, Mapping):
            continue
        shared = list(item.get("parameters") or [])
        for method in METHODS:
            operation = item.get(method)
            if isinstance(operation, Mapping):
                merged = dict(operation)
                merged["parameters"] = shared + list(operation.get("parameters") or [])
                found[f"{method.upper()} {path}"] = merged
    return found


def _parameters(operation: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    params: dict[str, Mapping[str, Any]] = {}
    for param in operation.get("parameters") or []:
        if isinstance(param, Mapping):
            key = f"{param.get('in', '?')} {param.get('name', param.get('$ref', '?'))}"
            params[key] = param
    return params


def _content(holder: object) -> dict[str, object]:
    if not isinstance(holder, Mapping):
        return {}
    return {kind: (media or {}).get("schema") for kind, media in dict(holder.get("content") or {}).items()}


def _operation_changes(subject: str, old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[str]:
    if old.get("operationId") != new.get("operationId"):
        yield f"operationId {old.get('operationId')} -> {new.get('operationId')}"
    yield from _parameter_changes(_parameters(old), _parameters(new))
    yield from _body_changes(old.get("requestBody"), new.get("requestBody"))
    yield from _response_changes(dict(old.get("responses") or {}), dict(new.get("responses") or {}))
    if _canonical(old.get("security")) != _canonical(new.get("security")):
        yield f"security {_canonical(old.get('security'))} -> {_canonical(new.get('security'))}"


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
        if _canonical(before.get("schema")) != _canonical(after.get("schema")):
            yield f"parameter {key} schema {_schema_delta(before.get('schema'), after.get('schema'))}"


def _body_changes(old: object, new: object) -> Iterator[str]:
    if old is None and new is None:
        return
    if old is None:
        yield "request body added"
        return
    if new is None:
        yield "request body removed"
        return
    before, after = _content(old), _content(new)
    for kind in sorted(after.keys() - before.keys()):
        yield f"request body content type added: {kind}"
    for kind in sorted(before.keys() - after.keys()):
        yield f"request body content type removed: {kind}"
    for kind in sorted(before.keys() & after.keys()):
        if _canonical(before[kind]) != _canonical(after[kind]):
            yield f"request body {kind} schema {_schema_delta(before[kind], after[kind])}"
    if isinstance(old, Mapping) and isinstance(new, Mapping) and bool(old.get("required")) != bool(new.get("required")):
        yield f"request body required {bool(old.get('required'))} -> {bool(new.get('required'))}"


def _response_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[str]:
    for status in sorted(map(str, new.keys() - old.keys())):
        yield f"response added: {status}"
    for status in sorted(map(str, old.keys() - new.keys())):
        yield f"response removed: {status}"
    for status in sorted(map(str, old.keys() & new.keys())):
        before, after = _content(old[status]), _content(new[status])
        if before.keys() != after.keys():
            yield f"response {status} content types {sorted(before)} -> {sorted(after)}"
        for kind in sorted(before.keys() & after.keys()):
            if _canonical(before[kind]) != _canonical(after[kind]):
                yield f"response {status} {kind} schema {_schema_delta(before[kind], after[kind])}"


# -- schemas ---------------------------------------------------------------------------------------


def _enum_delta(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[str]:
    before, after = list(old.get("enum") or []), list(new.get("enum") or [])
    added = [value for value in after if value not in before]
    removed = [value for value in before if value not in after]
    found = []
    if added:
        found.append(f"enum values added {added}")
    if removed:
        found.append(f"enum values removed {removed}")
    return found


def _schema_delta(old: object, new: object) -> str:
    """One phrase for how a schema changed: type, format, enum values, else its shape."""
    if not isinstance(old, Mapping) or not isinstance(new, Mapping):
        return f"{_shape(old)} -> {_shape(new)}"
    phrases = _enum_delta(old, new)
    for key in ("type", "format", "$ref", *CONSTRAINTS):
        if old.get(key) != new.get(key):
            phrases.append(f"{key} {old.get(key)} -> {new.get(key)}")
    if not phrases:
        changed = sorted(key for key in old.keys() | new.keys() if _canonical(old.get(key)) != _canonical(new.get(key)))
        phrases.append(f"{', '.join(changed)} changed")
    return "; ".join(phrases)


def _schema_changes(old: Mapping[str, Any], new: Mapping[str, Any]) -> Iterator[str]:
    for key in ("type", "format"):
        if old.get(key) != new.get(key):
            yield f"{key} {old.get(key)} -> {new.get(key)}"
    yield from _enum_delta(old, new)
    before, after = dict(old.get("properties") or {}), dict(new.get("properties") or {})
    for name in sorted(after.keys() - before.keys()):
        yield f"property added: {name} ({_shape(after[name])})"
    for name in sorted(before.keys() - after.keys()):
        yield f"property removed: {name}"
    for name in sorted(before.keys() & after.keys()):
        if _canonical(before[name]) != _canonical(after[name]):
            yield f"property {name}: {_schema_delta(before[name], after[name])}"
    required_before, required_after = set(old.get("required") or []), set(new.get("required") or [])
    for name in sorted(required_after - required_before):
        yield f"now required: {name}"
    for name in sorted(required_before - required_after):
        yield f"no longer required: {name}"
    for key in ("allOf", "oneOf", "anyOf", "items", "additionalProperties"):
        if _canonical(old.get(key)) != _canonical(new.get(key)):
            yield f"{key} changed"


def _schemas(spec: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    schemas = dict((spec.get("components") or {}).get("schemas") or {})
    return {name: schema for name, schema in schemas.items() if isinstance(schema, Mapping)}


# -- the diff --------------------------------------------------------------------------------------


def diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> list[Change]:
    """Every structural difference from `old` to `new`, in a stable order."""
    changes: list[Change] = []
    before, after = _operations(old), _operations(new)
    changes += [
        Change("operation", "added", key, str(after[key].get("operationId", "")))
        for key in after.keys() - before.keys()
    ]
    changes += [Change("operation", "removed", key) for key in before.keys() - after.keys()]
    for key in before.keys() & after.keys():
        changes += [
            Change("operation", "changed", key, line) for line in _operation_changes(key, before[key], after[key])
        ]
    old_schemas, new_schemas = _schemas(old), _schemas(new)
    changes += [Change("schema", "added", name) for name in new_schemas.keys() - old_schemas.keys()]
    changes += [Change("schema", "removed", name) for name in old_schemas.keys() - new_schemas.keys()]
    for name in old_schemas.keys() & new_schemas.keys():
        changes += [
            Change("schema", "changed", name, line) for line in _schema_changes(old_schemas[name], new_schemas[name])
        ]
    return sorted(changes, key=lambda c: (GROUPS.index((c.area, c.kind)), c.subject, c.detail))


def render(changes: list[Change]) -> str:
    """Grouped lines with counts; one closing line with the totals."""
    if not changes:
        return "no structural changes\n"
    lines: list[str] = []
    for area, kind in GROUPS:
        group = [change for change in changes if (change.area, change.kind) == (area, kind)]
        if not group:
            continue
        subjects = len({change.subject for change in group})
        lines.append(f"{area}s {kind} ({subjects}):")
        lines += [f"  {change.line()}" for change in group]
    counts = ", ".join(
        f"{sum(1 for c in changes if (c.area, c.kind) == group)} {group[0]} {group[1]}"
        for group in GROUPS
        if any((c.area, c.kind) == group for c in changes)
    )
    lines.append(f"{len(changes)} changes: {counts}")
    return "\n".join(lines) + "\n"
