"""Wire-level diff of two OpenAPI documents: what a client sends and receives, apart from how it is named.

Local `$ref`s (parameters, request bodies, responses, headers, schemas) are resolved; a schema becomes a
*shape*: a name-free, documentation-free canonical form whose digest two documents can compare. Layout
never counts: a `$ref`'d parameter equals the same parameter inline, `allOf: [$ref]` with a description
equals the `$ref`, OpenAPI 3.0 `nullable: true` equals 3.1 `type: [X, "null"]` and `anyOf: [X, {type:
null}]`, a `oneOf` of single-string `const`/`enum` members equals the `enum`, enum order and key order
never count. Operations pair by method and path with path parameters by position (`/a/{id}` and
`/a/{item_id}` are one operation), parameters by location and name (path parameters by position),
bodies by content type, responses by status and content type.

`wire_diff(old, new)` returns a `WireDiff`: `.wire`, the changes on the wire (exit status), and
`.naming`, the naming and documentation changes (operationIds, tags, schema names, path parameter
names, descriptions), which `render` collapses to counts per kind unless asked for them. A `$ref` that
points nowhere (or outside the document) raises `UnresolvableRef`; a cycle is a recursive shape.
"""

from __future__ import annotations

import hashlib
import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any, Final, Literal
from urllib.parse import unquote

from codegen.errors import PipelineError
from codegen.specdiff import DOCUMENTATION, METHODS

WireKind = Literal["operation added", "operation removed", "operation changed"]
WIRE_GROUPS: Final[tuple[WireKind, ...]] = ("operation added", "operation removed", "operation changed")
NamingKind = Literal[
    "operationId", "tags", "path parameter name", "schema name", "description", "deprecation"
]  # fmt: skip
NAMING_KINDS: Final[tuple[NamingKind, ...]] = (
    "operationId", "tags", "path parameter name", "schema name", "description", "deprecation"
)  # fmt: skip

# Schema keywords that say nothing about what travels: documentation, vendor extensions aside.
# `readOnly`/`writeOnly` too: annotations (JSON Schema's meta-data vocabulary) that no validator checks and
# openapi-python-client does not read; drf-spectacular marks every server-set field with them.
# `discriminator` is a hint to readers of a union: the same instances validate without it, and the tag
# property it names is compared as any property is (dropshot writes tagged unions without one).
_NOT_WIRE: Final = DOCUMENTATION | {"deprecated", "xml", "readOnly", "writeOnly", "discriminator"}
_OBJECT_PARTS: Final = frozenset({"type", "properties", "required"})
_SCHEMA_VALUED: Final = ("items", "additionalProperties", "not", "contains", "propertyNames", "unevaluatedItems")
_SCHEMA_LISTS_UNORDERED: Final = ("allOf", "anyOf", "oneOf")
_PATH_PARAMETER: Final = re.compile(r"\{[^}/]*\}")
# OpenAPI's defaults, so an explicit default equals its absence.
_STYLE: Final = {"query": "form", "cookie": "form", "path": "simple", "header": "simple"}


class UnresolvableRef(PipelineError):
    """A `$ref` that points nowhere in its document, or outside it (only local refs are followed)."""

    def __init__(self, side: str, ref: str, why: str) -> None:
        self.side = side
        self.ref = ref
        super().__init__(f"{side} document: $ref {ref!r} {why}")


@dataclass(frozen=True)
class WireChange:
    """One difference on the wire: `kind` groups it, `subject` is "GET /devices/{}", `detail` says what."""

    kind: WireKind
    subject: str
    detail: str = ""

    def line(self) -> str:
        return f"{self.subject}: {self.detail}" if self.detail else self.subject


@dataclass(frozen=True)
class NamingChange:
    """A naming or documentation difference: nothing a client sends or receives changed."""

    kind: NamingKind
    subject: str
    detail: str = ""

    def line(self) -> str:
        return f"{self.subject}: {self.detail}" if self.detail else self.subject


@dataclass(frozen=True)
class WireDiff:
    wire: list[WireChange] = field(default_factory=list)
    naming: list[NamingChange] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Whether anything changed on the wire (the exit status of `diff` and `fetch`)."""
        return bool(self.wire)

    def render(self, *, verbose: bool = False) -> str:
        return render(self, verbose=verbose)


# -- documents -------------------------------------------------------------------------------------


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _dump(value: object) -> str:
    return json.dumps(value, sort_keys=True, default=str, separators=(",", ":"))


class _Document:
    """One side: `$ref` resolution and the shapes of its schemas, each computed once."""

    def __init__(self, spec: Mapping[str, Any], side: str) -> None:
        self.spec = spec
        self.side = side
        self.shapes: dict[str, dict[str, Any]] = {}  # digest -> canonical node
        self._by_ref: dict[str, str] = {}  # a closed ref's digest
        self._stack: list[str] = []  # the refs being expanded, for cycles

    def resolve(self, ref: object) -> Mapping[str, Any]:
        """The object a local `$ref` points to, through chains of refs; `UnresolvableRef` otherwise."""
        seen: list[str] = []
        target: object = {"$ref": ref}
        while isinstance(target, Mapping) and "$ref" in target:
            ref = target["$ref"]
            if not isinstance(ref, str) or not ref.startswith("#"):
                raise UnresolvableRef(self.side, str(ref), "is not a local reference (only #/... is followed)")
            if ref in seen:
                raise UnresolvableRef(self.side, ref, f"is a cycle of references: {' -> '.join([*seen, ref])}")
            seen.append(ref)
            target = self._pointer(ref)
        return _mapping(target)

    def _pointer(self, ref: str) -> object:
        node: object = self.spec
        for raw in ref[1:].split("/")[1:] if ref != "#" else []:
            part = unquote(raw).replace("~1", "/").replace("~0", "~")  # a URI fragment, then JSON Pointer
            if isinstance(node, Mapping) and part in node:
                node = node[part]
            elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
                node = node[int(part)]
            else:
                raise UnresolvableRef(self.side, ref, f"points nowhere (no {part!r})")
        return node

    def deref(self, value: object) -> Mapping[str, Any]:
        """A parameter, body, response or header, inline or `$ref`'d."""
        return self.resolve(value["$ref"]) if isinstance(value, Mapping) and "$ref" in value else _mapping(value)

    # -- shapes ------------------------------------------------------------------------------------

    def shape(self, schema: object) -> str:
        """The digest of `schema`'s wire shape (a missing schema is "any")."""
        return self._shape(schema)[0]

    def _store(self, node: dict[str, Any]) -> str:
        digest = hashlib.sha256(_dump(node).encode()).hexdigest()[:20]
        self.shapes.setdefault(digest, node)
        return digest

    def _shape(self, schema: object) -> tuple[str, int]:
        """(digest, the lowest stack index a recursion inside reaches back to; maxsize when none)."""
        if isinstance(schema, bool):
            return self._store({"$bool": schema}), sys.maxsize
        if not isinstance(schema, Mapping):
            return self._store({}), sys.maxsize
        if "$ref" in schema:
            return self._ref(schema)
        node, reach = self._node(schema)
        return self._store(node), reach

    def _ref(self, schema: Mapping[str, Any]) -> tuple[str, int]:
        ref = str(schema["$ref"])
        if ref in self._by_ref:
            return self._by_ref[ref], sys.maxsize
        if ref in self._stack:  # recursion: how far up, never by name
            index = len(self._stack) - 1 - self._stack[::-1].index(ref)
            return f"recursive:{len(self._stack) - index}", index
        target = self.resolve(ref)
        self._stack.append(ref)
        try:
            digest, reach = self._shape(target)
        finally:
            self._stack.pop()
        if reach >= len(self._stack):  # nothing inside reaches above this ref: the same wherever it is used
            self._by_ref[ref] = digest
        return digest, reach

    def _node(self, schema: Mapping[str, Any]) -> tuple[dict[str, Any], int]:
        """The canonical node of an inline schema: sub-schemas as digests, layout and names gone."""
        reach = sys.maxsize
        node: dict[str, Any]
        kept = {k: v for k, v in schema.items() if k not in _NOT_WIRE and not str(k).startswith("x-")}
        nullable = kept.pop("nullable", False) is True
        # 3.0's boolean exclusive bound beside `minimum`/`maximum` is 3.1's numeric one.
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            if isinstance(kept.get(exclusive), bool) and (kept.pop(exclusive) and bound in kept):
                kept[exclusive] = kept.pop(bound)

        def sub(value: object) -> str:
            nonlocal reach
            digest, inner = self._shape(value)
            reach = min(reach, inner)
            return digest

        if "default" in kept and kept["default"] is None:
            del kept["default"]  # a null default is what an absent value means anyway (FastAPI writes it)
        for key in ("anyOf", "oneOf"):
            options = _list(kept.get(key))
            rest = [o for o in options if not _is_null(o)]
            if len(rest) < len(options):  # a {type: null} option: the rest, nullable
                nullable = True
                kept[key] = rest
            kinds = [_bare_type(o) for o in rest]
            if len(kinds) > 1 and all(kinds) and "type" not in kept:  # anyOf of bare types: 3.1's type list
                kept.pop(key)
                kept["type"] = kinds
                continue
            values = [_single_string(o) for o in rest]
            if values and all(v is not None for v in values):  # a oneOf of string consts is an enum
                kept.pop(key)
                kept["enum"] = values
                kept.setdefault("type", "string")
            elif len(rest) == 1 and "allOf" not in kept:  # one option is that option
                kept.pop(key)
                kept["allOf"] = rest
        # allOf of plain objects with distinct properties is the one object serde's flattening writes.
        parts = [self.deref(member) for member in _list(kept.get("allOf"))]
        merged = _merged_objects(parts) if len(parts) > 1 else None
        if merged is not None and not kept.keys() & merged.keys():
            kept.pop("allOf")
            kept.update(merged)
        # allOf of one schema is that schema, with this one's nullable and constraints on top.
        members = _list(kept.get("allOf"))
        if len(members) == 1:
            kept.pop("allOf")
            inner = self._node_of(sub(members[0]))
            if inner is not None and not (kept.keys() & inner.keys() - {"nullable"}):
                extra, inner_reach = self._node(kept)
                reach = min(reach, inner_reach)
                node = {**inner, **extra}
                node["nullable"] = inner.get("nullable", False) or nullable or None
                return _clean(node), reach
            kept["allOf"] = [members[0]]
        node = {}
        for key, value in kept.items():
            if key == "type":
                types = {str(t) for t in (value if isinstance(value, list) else [value])}
                nullable = nullable or "null" in types
                types.discard("null")
                if types:
                    node["type"] = sorted(types)
            elif key == "const":
                node["enum"] = [value]
            elif key == "enum" and isinstance(value, list):
                nullable = nullable or None in value
                node["enum"] = sorted({_dump(v) for v in value if v is not None})
            elif key in ("properties", "patternProperties") and isinstance(value, Mapping):
                node[key] = {str(name): sub(item) for name, item in value.items()}
            elif key == "required" and isinstance(value, list):
                node[key] = sorted({str(name) for name in value})
            elif key == "additionalProperties" and value is True:
                continue  # the default
            elif key in _SCHEMA_VALUED:
                node[key] = sub(value)
            elif key in _SCHEMA_LISTS_UNORDERED and isinstance(value, list):
                node[key] = sorted(sub(item) for item in value)
            elif key == "prefixItems" and isinstance(value, list):
                node[key] = [sub(item) for item in value]
            elif key == "discriminator" and isinstance(value, Mapping):
                mapping = _mapping(value.get("mapping"))
                node[key] = {
                    "propertyName": value.get("propertyName"),
                    "mapping": {str(k): sub({"$ref": v}) for k, v in mapping.items()},
                }
            else:
                node[str(key)] = value
        if "enum" in node and "type" not in node:
            node["type"] = ["string"] if all(v.startswith('"') for v in node["enum"]) else node.get("type")
        node["nullable"] = nullable or None
        return _clean(node), reach

    def _node_of(self, digest: str) -> dict[str, Any] | None:
        return self.shapes.get(digest)


def _clean(node: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in node.items() if v is not None and v is not False}


def _is_null(schema: object) -> bool:
    return isinstance(schema, Mapping) and schema.get("type") == "null" and len(schema.keys() - DOCUMENTATION) == 1


def _merged_objects(parts: list[Mapping[str, Any]]) -> dict[str, Any] | None:
    """`allOf` members that are objects of properties only (one of them typed object), with no property
    in two of them, as the one object they make; None when they are anything else."""
    plain = [{k: v for k, v in part.items() if k not in _NOT_WIRE and not str(k).startswith("x-")} for part in parts]
    if any(part.keys() - _OBJECT_PARTS or part.get("type", "object") != "object" for part in plain):
        return None
    if not any(part.get("type") == "object" for part in plain):
        return None
    names = [name for part in plain for name in _mapping(part.get("properties"))]
    if len(names) != len(set(names)):
        return None
    merged: dict[str, Any] = {"type": "object"}
    merged["properties"] = {name: schema for part in plain for name, schema in _mapping(part.get("properties")).items()}
    required = [name for part in plain for name in _list(part.get("required"))]
    return {**merged, "required": required} if required else merged


def _bare_type(schema: object) -> str | None:
    """The type of a `{type: T}` member with nothing else (documentation aside), else None."""
    if not isinstance(schema, Mapping) or schema.keys() - _NOT_WIRE != {"type"}:
        return None
    return schema["type"] if isinstance(schema["type"], str) else None


def _single_string(schema: object) -> str | None:
    """The string of a `{const: s}` or `{enum: [s]}` member (documentation aside), else None."""
    if not isinstance(schema, Mapping):
        return None
    rest = {k: v for k, v in schema.items() if k not in DOCUMENTATION and k != "type"}
    if schema.get("type", "string") != "string" or len(rest) != 1:
        return None
    if isinstance(rest.get("const"), str):
        return str(rest["const"])
    enum = rest.get("enum")
    return enum[0] if isinstance(enum, list) and len(enum) == 1 and isinstance(enum[0], str) else None


# -- describing a shape change ---------------------------------------------------------------------

_MAX_DEPTH: Final = 8


def _brief(node: Mapping[str, Any] | None, digest: str) -> str:
    if node is None:
        return "a recursive reference" if digest.startswith("recursive:") else "?"
    if not node:
        return "any"
    parts = ["|".join(node.get("type", [])) or ("object" if "properties" in node else "schema")]
    if "format" in node:
        parts.append(f"({node['format']})")
    if "enum" in node:
        parts.append(f"enum of {len(node['enum'])}")
    if node.get("nullable"):
        parts.append("or null")
    return " ".join(parts)


def _shape_delta(old: _Document, new: _Document, before: str, after: str, depth: int = 0) -> list[str]:
    """Phrases for how the shape `before` became `after` ([] when they are the same)."""
    if before == after:
        return []
    a, b = old.shapes.get(before), new.shapes.get(after)
    if a is None or b is None or depth >= _MAX_DEPTH:
        return [f"{_brief(a, before)} -> {_brief(b, after)}"]
    phrases: list[str] = []
    for key in sorted(a.keys() | b.keys()):
        x, y = a.get(key), b.get(key)
        if _dump(x) == _dump(y):
            continue
        if key in ("properties", "patternProperties"):
            props_a, props_b = _mapping(x), _mapping(y)
            phrases += [f"property added: {n} ({_brief(new.shapes.get(props_b[n]), props_b[n])})"
                        for n in sorted(props_b.keys() - props_a.keys())]  # fmt: skip
            phrases += [f"property removed: {n}" for n in sorted(props_a.keys() - props_b.keys())]
            for n in sorted(props_a.keys() & props_b.keys()):
                phrases += [f"property {n}: {p}" for p in _shape_delta(old, new, props_a[n], props_b[n], depth + 1)]
        elif key == "required":
            phrases += [f"now required: {n}" for n in sorted(set(_list(y)) - set(_list(x)))]
            phrases += [f"no longer required: {n}" for n in sorted(set(_list(x)) - set(_list(y)))]
        elif key == "enum":
            added = sorted(set(_list(y)) - set(_list(x)))
            removed = sorted(set(_list(x)) - set(_list(y)))
            if added:
                phrases.append(f"enum values added [{', '.join(added)}]")
            if removed:
                phrases.append(f"enum values removed [{', '.join(removed)}]")
        elif key in _SCHEMA_VALUED and isinstance(x, str) and isinstance(y, str):
            phrases += [f"{key}: {p}" for p in _shape_delta(old, new, x, y, depth + 1)]
        elif key == "type":
            phrases.append(f"type {'|'.join(_list(x)) or 'any'} -> {'|'.join(_list(y)) or 'any'}")
        elif key == "nullable":
            phrases.append(f"nullable {bool(x)} -> {bool(y)}")
        elif key in _SCHEMA_LISTS_UNORDERED:
            only_a = [d for d in _list(x) if d not in _list(y)]
            only_b = [d for d in _list(y) if d not in _list(x)]
            if len(only_a) == 1 and len(only_b) == 1:  # one member changed: say how
                phrases += [f"{key} member: {p}" for p in _shape_delta(old, new, only_a[0], only_b[0], depth + 1)]
            else:
                phrases.append(f"{key}: {len(only_a)} member(s) replaced by {len(only_b)}")
        elif key in ("prefixItems", "discriminator"):
            phrases.append(f"{key} changed")
        else:
            phrases.append(f"{key} {x} -> {y}")
    return phrases


# -- operations ------------------------------------------------------------------------------------


@dataclass
class _Operation:
    path: str  # as written
    method: str
    raw: Mapping[str, Any]
    parameters: list[Mapping[str, Any]]  # resolved, path-level ones overridden by the operation's own
    security: object


def _operations(doc: _Document) -> dict[str, _Operation]:
    """ "METHOD /a/{}" -> the operation (path parameters by position, not by name)."""
    found: dict[str, _Operation] = {}
    for path, item in _mapping(doc.spec.get("paths")).items():
        item = doc.deref(item)
        shared = [doc.deref(p) for p in _list(item.get("parameters"))]
        for method in METHODS:
            operation = item.get(method)
            if not isinstance(operation, Mapping):
                continue
            own = [doc.deref(p) for p in _list(operation.get("parameters"))]
            overridden = {(p.get("in"), p.get("name")) for p in own}
            params = [p for p in shared if (p.get("in"), p.get("name")) not in overridden] + own
            security = operation.get("security", doc.spec.get("security"))
            key = f"{method.upper()} {_PATH_PARAMETER.sub('{}', str(path))}"
            found[key] = _Operation(str(path), method, operation, params, security)
    return found


def _parameter_key(param: Mapping[str, Any], path: str) -> str:
    where = str(param.get("in", "?"))
    name = str(param.get("name", "?"))
    if where == "path":
        names = [m.group(0)[1:-1] for m in _PATH_PARAMETER.finditer(path)]
        return f"path #{names.index(name) + 1}" if name in names else f"path {name}"
    return f"{where} {name.lower() if where == 'header' else name}"


def _media_shapes(doc: _Document, holder: Mapping[str, Any]) -> dict[str, str]:
    content = _mapping(holder.get("content"))
    return {str(kind).lower(): doc.shape(_mapping(media).get("schema")) for kind, media in content.items()}


def _parameter_wire(doc: _Document, param: Mapping[str, Any]) -> dict[str, Any]:
    where = str(param.get("in", "?"))
    style = param.get("style", _STYLE.get(where))
    return {
        "required": True if where == "path" else bool(param.get("required")),
        "schema": doc.shape(param.get("schema")) if "schema" in param else None,
        "content": _media_shapes(doc, param) or None,
        "style": style,
        "explode": bool(param.get("explode", style == "form")),
        "allowReserved": bool(param.get("allowReserved")),
    }


def _security(doc: _Document, requirement: object) -> list[str]:
    """Each alternative as the schemes it needs (by what they send, not their names), with scopes."""
    schemes = _mapping(_mapping(doc.spec.get("components")).get("securitySchemes"))
    alternatives = set()
    for option in _list(requirement):
        needs = []
        for name, scopes in _mapping(option).items():
            scheme = {k: v for k, v in doc.deref(schemes.get(name)).items() if k not in _NOT_WIRE}
            needs.append(_dump([scheme, sorted(str(s) for s in _list(scopes))]))
        alternatives.add(_dump(sorted(needs)))
    return sorted(alternatives)


class _Comparison:
    def __init__(self, old: Mapping[str, Any], new: Mapping[str, Any]) -> None:
        self.old = _Document(old, "old")
        self.new = _Document(new, "new")
        self.wire: list[WireChange] = []
        self.naming: list[NamingChange] = []

    def run(self) -> WireDiff:
        before, after = _operations(self.old), _operations(self.new)
        for key in sorted(after.keys() - before.keys()):
            op = after[key]
            self.wire.append(WireChange("operation added", f"{op.method.upper()} {op.path}"))
        for key in sorted(before.keys() - after.keys()):
            op = before[key]
            self.wire.append(WireChange("operation removed", f"{op.method.upper()} {op.path}"))
        for key in sorted(before.keys() & after.keys()):
            self._operation(key, before[key], after[key])
        self._schema_names()
        return WireDiff(self.wire, self.naming)

    def _changed(self, subject: str, details: Iterator[str]) -> None:
        self.wire += [WireChange("operation changed", subject, detail) for detail in details]

    def _note(self, kind: NamingKind, subject: str, before: object, after: object) -> None:
        if _dump(before) != _dump(after):
            self.naming.append(NamingChange(kind, subject, f"{before} -> {after}"))

    def _operation(self, key: str, a: _Operation, b: _Operation) -> None:
        subject = f"{b.method.upper()} {b.path}"
        if a.path != b.path:
            self.naming.append(NamingChange("path parameter name", subject, f"was {a.path}"))
        self._note("operationId", subject, a.raw.get("operationId"), b.raw.get("operationId"))
        self._note(
            "tags", subject, sorted(map(str, _list(a.raw.get("tags")))), sorted(map(str, _list(b.raw.get("tags"))))
        )
        for text in ("summary", "description"):
            if a.raw.get(text) != b.raw.get(text):
                self.naming.append(NamingChange("description", subject, f"{text} changed"))
        self._note("deprecation", subject, bool(a.raw.get("deprecated")), bool(b.raw.get("deprecated")))
        self._changed(subject, self._parameters(a, b))
        self._changed(subject, self._body(a.raw.get("requestBody"), b.raw.get("requestBody")))
        self._changed(subject, self._responses(_mapping(a.raw.get("responses")), _mapping(b.raw.get("responses"))))
        if _security(self.old, a.security) != _security(self.new, b.security):
            self._changed(subject, iter(["security requirements changed"]))

    def _delta(self, before: str | None, after: str | None) -> list[str]:
        if before is None or after is None:
            return [] if before == after else ["schema added" if before is None else "schema removed"]
        return _shape_delta(self.old, self.new, before, after)

    def _parameters(self, a: _Operation, b: _Operation) -> Iterator[str]:
        before = {_parameter_key(p, a.path): p for p in a.parameters}
        after = {_parameter_key(p, b.path): p for p in b.parameters}
        for key in sorted(after.keys() - before.keys()):
            yield f"parameter added: {key}{' (required)' if _parameter_wire(self.new, after[key])['required'] else ''}"
        for key in sorted(before.keys() - after.keys()):
            yield f"parameter removed: {key}"
        for key in sorted(before.keys() & after.keys()):
            x, y = _parameter_wire(self.old, before[key]), _parameter_wire(self.new, after[key])
            label = key if not key.startswith("path #") else f"path {after[key].get('name')}"
            for attribute in ("required", "style", "explode", "allowReserved"):
                if x[attribute] != y[attribute]:
                    yield f"parameter {label} {attribute} {x[attribute]} -> {y[attribute]}"
            yield from (f"parameter {label} schema {p}" for p in self._delta(x["schema"], y["schema"]))
            yield from self._content(f"parameter {label}", x["content"] or {}, y["content"] or {})
            if before[key].get("description") != after[key].get("description"):
                self.naming.append(NamingChange("description", f"{b.method.upper()} {b.path}", f"parameter {label}"))

    def _content(self, label: str, before: Mapping[str, str], after: Mapping[str, str]) -> Iterator[str]:
        for kind in sorted(after.keys() - before.keys()):
            yield f"{label} content type added: {kind}"
        for kind in sorted(before.keys() - after.keys()):
            yield f"{label} content type removed: {kind}"
        for kind in sorted(before.keys() & after.keys()):
            yield from (f"{label} {kind}: {p}" for p in _shape_delta(self.old, self.new, before[kind], after[kind]))

    def _body(self, raw_a: object, raw_b: object) -> Iterator[str]:
        if raw_a is None and raw_b is None:
            return
        if raw_a is None or raw_b is None:
            yield "request body added" if raw_a is None else "request body removed"
            return
        a, b = self.old.deref(raw_a), self.new.deref(raw_b)
        if bool(a.get("required")) != bool(b.get("required")):
            yield f"request body required {bool(a.get('required'))} -> {bool(b.get('required'))}"
        yield from self._content("request body", _media_shapes(self.old, a), _media_shapes(self.new, b))

    def _responses(self, raw_a: Mapping[Any, Any], raw_b: Mapping[Any, Any]) -> Iterator[str]:
        # YAML reads an unquoted 200 as a number, JSON always has "200": the status is compared as text.
        before = {str(status).upper(): self.old.deref(r) for status, r in raw_a.items()}
        after = {str(status).upper(): self.new.deref(r) for status, r in raw_b.items()}
        for status in sorted(after.keys() - before.keys()):
            yield f"response added: {status}"
        for status in sorted(before.keys() - after.keys()):
            yield f"response removed: {status}"
        for status in sorted(before.keys() & after.keys()):
            a, b = before[status], after[status]
            yield from self._content(f"response {status}", _media_shapes(self.old, a), _media_shapes(self.new, b))
            yield from self._headers(f"response {status}", a, b)

    def _headers(self, label: str, a: Mapping[str, Any], b: Mapping[str, Any]) -> Iterator[str]:
        def headers(doc: _Document, response: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
            found = {str(n).lower(): doc.deref(h) for n, h in _mapping(response.get("headers")).items()}
            return {n: _parameter_wire(doc, {**h, "in": "header"}) for n, h in found.items() if n != "content-type"}

        x, y = headers(self.old, a), headers(self.new, b)
        for name in sorted(y.keys() - x.keys()):
            yield f"{label} header added: {name}"
        for name in sorted(x.keys() - y.keys()):
            yield f"{label} header removed: {name}"
        for name in sorted(x.keys() & y.keys()):
            if x[name]["required"] != y[name]["required"]:
                yield f"{label} header {name} required {x[name]['required']} -> {y[name]['required']}"
            yield from (f"{label} header {name} schema {p}" for p in self._delta(x[name]["schema"], y[name]["schema"]))

    def _schema_names(self) -> None:
        """Components schemas added, removed or renamed (the same shape under another name): never on the
        wire by themselves, whatever uses them is compared by shape."""

        def named(doc: _Document) -> dict[str, str]:
            schemas = _mapping(_mapping(doc.spec.get("components")).get("schemas"))
            return {str(name): doc.shape({"$ref": f"#/components/schemas/{name}"}) for name in schemas}

        before, after = named(self.old), named(self.new)
        gone = {name: before[name] for name in sorted(before.keys() - after.keys())}
        came = {name: after[name] for name in sorted(after.keys() - before.keys())}
        for name, digest in list(gone.items()):
            twin = next((n for n, d in came.items() if d == digest), None)
            if twin is not None:
                self.naming.append(NamingChange("schema name", twin, f"renamed from {name}"))
                del gone[name], came[twin]
        self.naming += [NamingChange("schema name", name, "removed") for name in gone]
        self.naming += [NamingChange("schema name", name, "added") for name in came]
        for name in sorted(before.keys() & after.keys()):
            a = _mapping(_mapping(self.old.spec["components"])["schemas"].get(name))
            b = _mapping(_mapping(self.new.spec["components"])["schemas"].get(name))
            if before[name] == after[name] and _dump(a) != _dump(b):
                self.naming.append(NamingChange("description", name, "schema documentation or layout changed"))


def wire_diff(old: Mapping[str, Any], new: Mapping[str, Any]) -> WireDiff:
    """What changed on the wire from `old` to `new`, and apart from it what changed in names and
    documentation. Raises `UnresolvableRef` for a `$ref` that points nowhere."""
    return _Comparison(old, new).run()


# -- report ----------------------------------------------------------------------------------------


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def render(found: WireDiff, *, verbose: bool = False) -> str:
    """Wire changes first, grouped with counts; then naming and documentation, one count per kind
    (each change listed with `verbose`)."""
    lines: list[str] = []
    if not found.wire:
        lines.append("no wire changes")
    for kind in WIRE_GROUPS:
        group = [c for c in found.wire if c.kind == kind]
        if not group:
            continue
        subjects = len({c.subject for c in group})
        counted = _plural(subjects, "operation")
        if kind == "operation changed":
            counted += f", {_plural(len(group), 'change')}"
        lines.append(f"{kind.replace('operation', 'operations')} ({counted}):")
        lines += [f"  {c.line()}" for c in group]
    if found.wire:
        lines.append(f"{_plural(len(found.wire), 'wire change')}")
    if found.naming:
        counts = Counter(c.kind for c in found.naming)
        summary = ", ".join(f"{name} {counts[name]}" for name in NAMING_KINDS if counts[name])
        lines.append(f"naming and documentation ({_plural(len(found.naming), 'change')}: {summary})")
        if verbose:
            for naming_kind in NAMING_KINDS:
                lines += [f"  {naming_kind}: {c.line()}" for c in found.naming if c.kind == naming_kind]
        else:
            lines.append("  (--verbose lists them)")
    return "\n".join(lines) + "\n"
