"""The layout: a vendor's document in the one layout its curation is written against.

A vendor's framework decides much of how its document reads without changing anything on the wire:
the OpenAPI dialect (3.0's `nullable: true` or 3.1's `type: [T, "null"]`), parameters shared from
`components/parameters` or written where they are used, an enum of documented values as a `oneOf` of
single values, a `title` on every schema. The curation (`names.yaml`, `overlay.yaml`) targets places
in the document, so it is written against one layout, this one; and the generator names classes after
titles, so a title would move public names. `canonical(source, dialect)` runs on the source before
the names and the overlay (`codegen.generate.curate`, `codegen.fetch` on `--update`); `source.yaml`
stays as the vendor wrote it. A vendor document that differs from the last one only in layout then
curates, and generates, alike.

Every rewrite keeps the wire identical (`tests/test_layout.py` draws instances from both) and is
listed, in document order, in fetch's report when a new document comes in (not in the package's
`stats.json`: two layouts of one document give one package, byte for byte). The rules:

- `dialect`: the document in the OpenAPI dialect its overlay declares (`x-fabapi-dialect: "3.0"` or
  `"3.1"` beside `overlay:`), instance for instance as `codegen.restyle.dialect` converts it; one
  rewrite per top-level schema it changed.
- `inline-parameter`: a `$ref` to `components/parameters` becomes a copy of that parameter; the section
  goes once nothing refers to it.
- `allof-ref` (3.1): the normaliser's rule: `allOf [one $ref]` beside annotations becomes the `$ref` with
  them (a nullable one `anyOf [$ref, null]`), as 3.1 writes what 3.0 could only wrap.
- `nullable` (3.1): `anyOf [a schema of one type, {type: null}]` becomes that schema with
  `type: [T, "null"]` (null joins its `enum`), the one form 3.0's `nullable: true` comes back as; a `$ref`
  or a union stays `anyOf [..., {type: null}]`.
- `type-list` (3.1): `anyOf` of schemas alike but for their one `type` becomes one schema with the list
  of types (3.0 writes a type list so).
- `documented-enum`: the normaliser's rule (`codegen.normalise`), applied here too, so that the overlay
  finds one `enum` whichever way the vendor wrote it.
- `title`: every schema's `title` goes: only class names come of it, and they come from `names.yaml`.

One rule runs only where `names.yaml` asks for it (`inline:`, applied with the other pins by
`codegen.names`), since only the pins know which public document a component stands in:

- `inline-schema`: each `$ref` to a pinned component becomes a copy of it, and the component goes
  (`inline_components`): drf-spectacular shares as `StatusEnum` an enum the public document writes in
  place, and the generator names a class after where its schema is written.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from codegen.errors import PipelineError
from codegen.normalise import Rewrite, allof_ref, documented_enum, escape
from codegen.restyle.common import ANNOTATIONS, RestyleError
from codegen.restyle.dialect import is_31, to_30, to_31
from registry.errors import SpecError

DIALECT_KEY: Final = "x-fabapi-dialect"
# Each dialect an overlay may declare, and the conversion into it.
DIALECTS: Final[Mapping[str, Callable[[dict[str, Any]], dict[str, Any]]]] = {"3.0": to_30, "3.1": to_31}
PARAMETERS: Final = "#/components/parameters/"
SCHEMA_REFS: Final = "#/components/schemas/"
HTTP_METHODS: Final = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
# Where a schema holds schemas: one, a list of them, a map of them.
_SCHEMA_ONE: Final = ("items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else")
_SCHEMA_LISTS: Final = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_MAPS: Final = ("properties", "patternProperties", "dependentSchemas", "$defs")
_NULL: Final = {"type": "null"}
# Keywords that constrain every instance, null included, whatever its type (besides type, enum, const).
_NOT_TYPE_BOUND: Final = frozenset(
    {"$ref", "$dynamicRef", "allOf", "anyOf", "oneOf", "not", "if", "then", "else", "nullable"}
)


class LayoutError(PipelineError):
    """A document the layout cannot be put in without changing the wire; the message names where."""


@dataclass(frozen=True)
class Laid:
    """The document in the canonical layout, and every rewrite that made it so."""

    document: dict[str, Any]
    rewrites: tuple[Rewrite, ...]


def overlay_dialect(overlay: Mapping[str, Any], path: Path) -> str:
    """The OpenAPI dialect an overlay's actions are written in; `SpecError` when it declares none."""
    declared = overlay.get(DIALECT_KEY)
    if declared not in DIALECTS:
        allowed = " or ".join(f'"{name}"' for name in DIALECTS)
        raise SpecError(
            path,
            f"$.{DIALECT_KEY}",
            f"expected the OpenAPI dialect its actions are written in, {allowed}, found {declared!r}",
        )
    return str(declared)


def dialect_of(document: Mapping[str, Any]) -> str:
    return "3.1" if is_31(dict(document)) else "3.0"


def canonical(source: Mapping[str, Any], dialect: str | None) -> Laid:
    """`source` in the canonical layout (a new document), in `dialect` when one is given."""
    document: dict[str, Any] = copy.deepcopy(dict(source))
    rewrites: list[Rewrite] = []
    if dialect is not None:
        document = _dialect(document, dialect, rewrites)
    _inline_parameters(document, rewrites)
    openapi_31 = is_31(document)
    for pointer, schema in schemas(document):
        _lay(schema, pointer, openapi_31, rewrites)
    return Laid(document, tuple(rewrites))


def _lay(schema: dict[str, Any], pointer: str, openapi_31: bool, rewrites: list[Rewrite]) -> None:
    """The rules of one schema (not of the schemas in it), in place."""
    if openapi_31:
        # 3.0 needs the wrapper to say anything beside a $ref; 3.1 says it beside the $ref itself.
        allof_ref(schema, pointer, openapi_31, rewrites)
        _nullable_type(schema, pointer, rewrites)
        _type_union(schema, pointer, rewrites)
    documented_enum(schema, pointer, rewrites)
    if isinstance(schema.get("title"), str):
        rewrites.append(Rewrite("title", pointer, f"title {schema.pop('title')!r} dropped"))


def laid_out(source: Mapping[str, Any], overlay: Mapping[str, Any] | None, overlay_path: Path) -> Laid:
    """`source` in the canonical layout and in the dialect of `overlay` (as it is without one)."""
    return canonical(source, overlay_dialect(overlay, overlay_path) if overlay is not None else None)


# --- dialect --------------------------------------------------------------------------------------


def _dialect(document: dict[str, Any], dialect: str, rewrites: list[Rewrite]) -> dict[str, Any]:
    if dialect not in DIALECTS:
        raise LayoutError(f"no OpenAPI dialect {dialect!r}; there are {', '.join(DIALECTS)}")
    if dialect_of(document) == dialect:
        return document
    try:
        converted = DIALECTS[dialect](document)
    except RestyleError as err:
        raise LayoutError(f"the document has no OpenAPI {dialect} form: {err}") from None
    rewrites.append(Rewrite("dialect", "#/openapi", f"{document.get('openapi')} -> {converted['openapi']}"))
    before = dict(_tops(document))
    for pointer, schema in _tops(converted):
        if before.get(pointer) != schema:
            rewrites.append(Rewrite("dialect", pointer, f"in the OpenAPI {dialect} dialect"))
    return converted


# --- nullables (3.1) ------------------------------------------------------------------------------


def _nullable_type(node: dict[str, Any], pointer: str, rewrites: list[Rewrite]) -> None:
    """`anyOf`/`oneOf` [a schema of one type, {type: null}] -> that schema with `type: [T, "null"]`, as
    3.0's `nullable` reads in 3.1 (null joins an `enum` or `const`). A `$ref` or a union stays a union."""
    for keyword in ("anyOf", "oneOf"):
        members = node.get(keyword)
        if not (isinstance(members, list) and len(members) == 2 and _NULL in members):
            continue
        (member,) = [m for m in members if m != _NULL] or [None]
        outer = {key for key in node if key != keyword}
        if not _typed(member) or not outer <= ANNOTATIONS | {k for k in node if str(k).startswith("x-")}:
            continue
        if outer & set(member):
            continue  # one keyword on both sides: which one to keep is not a layout matter
        merged = {**member, "type": [member["type"], "null"]}
        if "const" in merged:
            merged["enum"] = [merged.pop("const")]
        if isinstance(merged.get("enum"), list) and None not in merged["enum"]:
            merged["enum"] = [*merged["enum"], None]
        del node[keyword]
        node.update(merged)
        kind = member["type"]
        rewrites.append(Rewrite("nullable", pointer, f"{keyword} [{kind}, null] -> type [{kind}, null]"))
        return


def _type_union(node: dict[str, Any], pointer: str, rewrites: list[Rewrite]) -> None:
    """`anyOf` of schemas alike but for their one `type` -> one schema with the list of types (3.0 has
    no type lists: a 3.1 `type: [A, B]` comes back from it so). `oneOf` too, when no two types overlap."""
    for keyword in ("anyOf", "oneOf"):
        members = node.get(keyword)
        if not (isinstance(members, list) and len(members) > 1 and all(isinstance(m, dict) for m in members)):
            continue
        kinds = [member.get("type") for member in members]
        rests = [{key: value for key, value in member.items() if key != "type"} for member in members]
        if not all(isinstance(kind, str) for kind in kinds) or len(set(kinds)) != len(kinds):
            continue
        if any(rest != rests[0] for rest in rests) or set(rests[0]) & set(node):
            continue
        if keyword == "oneOf" and {"integer", "number"} <= set(kinds):
            continue  # 1 is both: oneOf refuses it, a type list would not
        if not set(node) - {keyword} <= ANNOTATIONS | {k for k in node if str(k).startswith("x-")}:
            continue
        del node[keyword]
        node.update({**rests[0], "type": kinds})
        rewrites.append(Rewrite("type-list", pointer, f"{keyword} of types {kinds} -> type {kinds}"))
        return


def _typed(member: Any) -> bool:
    """A schema of one type whose every keyword but `type`, `enum` and `const` ignores null."""
    return (
        isinstance(member, dict)
        and isinstance(member.get("type"), str)
        and member["type"] != "null"
        and not set(member) & _NOT_TYPE_BOUND
    )


# --- parameters -----------------------------------------------------------------------------------


def _inline_parameters(document: dict[str, Any], rewrites: list[Rewrite]) -> None:
    components = document.get("components")
    shared = components.get("parameters") if isinstance(components, dict) else None
    for pointer, holder in _parameter_lists(document):
        for index, parameter in enumerate(holder["parameters"]):
            ref = parameter.get("$ref") if isinstance(parameter, Mapping) else None
            if isinstance(ref, str) and ref.startswith(PARAMETERS):
                holder["parameters"][index] = copy.deepcopy(_shared(ref, shared, f"{pointer}/{index}"))
                rewrites.append(Rewrite("inline-parameter", f"{pointer}/{index}", f"{ref} -> inline"))
    if not isinstance(components, dict) or "parameters" not in components:
        return
    # Referred to from anywhere but the section itself (a component may `$ref` another), it stays.
    elsewhere = {**document, "components": {key: value for key, value in components.items() if key != "parameters"}}
    if not _refers(elsewhere, PARAMETERS):
        del components["parameters"]
        rewrites.append(Rewrite("inline-parameter", "#/components/parameters", "no longer referred to: removed"))


def _shared(ref: str, shared: Any, where: str, seen: frozenset[str] = frozenset()) -> Any:
    """The parameter `ref` names, through `$ref`s between components; `LayoutError` when there is none."""
    name = ref.removeprefix(PARAMETERS).replace("~1", "/").replace("~0", "~")
    found = shared.get(name) if isinstance(shared, Mapping) else None
    if not isinstance(found, Mapping) or ref in seen:
        why = "a cycle of $refs" if ref in seen else "nothing"
        raise LayoutError(f"{where}: the parameter {ref!r} points at {why}")
    inner = found.get("$ref")
    if isinstance(inner, str) and inner.startswith(PARAMETERS):
        return _shared(inner, shared, where, seen | {ref})
    return found


def _parameter_lists(document: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer to a `parameters` list, the object holding it) of every path item and operation."""
    for section in ("paths", "webhooks"):
        items = document.get(section)
        for path, item in items.items() if isinstance(items, Mapping) else ():
            if not isinstance(item, dict):
                continue
            base = f"#/{section}/{escape(str(path))}"
            if isinstance(item.get("parameters"), list):
                yield f"{base}/parameters", item
            for method in HTTP_METHODS:
                operation = item.get(method)
                if isinstance(operation, dict) and isinstance(operation.get("parameters"), list):
                    yield f"{base}/{method}/parameters", operation


def _refers(node: Any, prefix: str) -> bool:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        return (isinstance(ref, str) and ref.startswith(prefix)) or any(_refers(v, prefix) for v in node.values())
    if isinstance(node, list):
        return any(_refers(value, prefix) for value in node)
    return False


# --- components written where they are used (names.yaml's `inline:`) -------------------------------


def inline_components(source: Mapping[str, Any], components: Collection[str]) -> Laid:
    """`source` (in the canonical layout) with each of `components` written in place of every `$ref` to it,
    and gone from `components/schemas`: what the vendor's framework shares (drf-spectacular's `StatusEnum`)
    where the public document writes it in place (`names.yaml`'s `inline:`, applied by `codegen.names`).

    The copy takes in the notes beside the `$ref` (or its one-member `allOf` wrapper), and 3.0's `nullable`;
    anything else there keeps it wrapped, `allOf [copy, the rest]`, as a keyword beside another may change
    what that one means (`additionalProperties` beside `properties`). Each schema that held a use is laid
    out again, so the copies are in the canonical layout too (3.1's `anyOf [enum, null]` a type list).
    `LayoutError` for a component that is not there, is no schema object, refers to itself, or is named
    where no schema stands (a discriminator's mapping)."""
    document: dict[str, Any] = copy.deepcopy(dict(source))
    found = document.get("components", {}).get("schemas") if isinstance(document.get("components"), dict) else None
    missing = [name for name in components if not isinstance(found, dict) or name not in found]
    if missing or not isinstance(found, dict):
        raise LayoutError(f"no component {', '.join(map(repr, missing))} to write where it is used")
    bodies = {name: found.pop(name) for name in components}
    for name, body in bodies.items():
        if not isinstance(body, dict):
            raise LayoutError(f"{SCHEMA_REFS}{escape(name)}: not a schema object, so not to be written in place")
    _refuse_cycles(bodies)
    openapi_31 = is_31(document)
    rewrites: list[Rewrite] = []
    for top, schema in list(_tops(document)):
        used = False
        for pointer, node in _below(schema, top):
            while (used_name := _inlined(node, bodies)) is not None:
                _write_in_place(node, bodies[used_name], openapi_31)
                rewrites.append(Rewrite("inline-schema", pointer, f"{SCHEMA_REFS}{escape(used_name)} -> inline"))
                used = True
        if used:
            for pointer, node in _below(schema, top):
                _lay(node, pointer, openapi_31, rewrites)
    for name in bodies:
        ref = f"{SCHEMA_REFS}{escape(name)}"
        if _named(document, ref, name):
            why = "a discriminator's mapping, or a place that holds no schema the layout walks"
            raise LayoutError(f"{ref} is still named after it was written in place ({why}): it must stay a component")
        rewrites.append(Rewrite("inline-schema", ref, "written where it is used: removed"))
    return Laid(document, tuple(rewrites))


def _note(key: str) -> bool:
    return key in ANNOTATIONS or key.startswith("x-")


def _inlined(node: Mapping[str, Any], bodies: Mapping[str, Any]) -> str | None:
    """The component of `bodies` that `node` stands for: its `$ref`, or that of its one-member `allOf`."""
    ref = node.get("$ref")
    members = node.get("allOf")
    if ref is None and isinstance(members, list) and len(members) == 1 and isinstance(members[0], Mapping):
        ref = members[0].get("$ref") if set(members[0]) == {"$ref"} else None
    if isinstance(ref, str) and ref.startswith(SCHEMA_REFS):
        name = ref.removeprefix(SCHEMA_REFS).replace("~1", "/").replace("~0", "~")
        return name if name in bodies else None
    return None


def _write_in_place(node: dict[str, Any], body: Mapping[str, Any], openapi_31: bool) -> None:
    """`node` (a `$ref`, or a one-member `allOf` wrapper) rewritten, in place, as a copy of `body`."""
    if "$ref" in node:
        beside = {key: value for key, value in node.items() if key != "$ref"}
        if not openapi_31:  # 3.0 ignores what stands beside a $ref: none of it may start to count
            beside = {key: value for key, value in beside.items() if _note(key)}
    else:
        beside = {key: value for key, value in node.items() if key != "allOf"}
    written = copy.deepcopy(dict(body))
    outer = {key: value for key, value in beside.items() if _note(key) or key == "nullable"}
    rest = {key: value for key, value in beside.items() if key not in outer}
    # 3.0's nullable allows null whatever the rest says (a `$ref` beside it ignores it: 3.0 wraps that one).
    mergeable = not rest and not ("nullable" in outer and ("nullable" in written or "$ref" in written))
    node.clear()
    if mergeable:
        node.update({**written, **outer})  # the use's notes over the component's: they say what it is there
    else:
        node.update({**outer, "allOf": [written, rest] if rest else [written]})


def _refuse_cycles(bodies: Mapping[str, Any]) -> None:
    """`LayoutError` when a component to be written in place refers to itself, through others or not."""
    by_ref = {f"{SCHEMA_REFS}{escape(name)}": name for name in bodies}
    edges = {name: {by_ref[ref] for ref in refs(body) if ref in by_ref} for name, body in bodies.items()}

    def visit(name: str, trail: tuple[str, ...]) -> None:
        if name in trail:
            cycle = " -> ".join([*trail[trail.index(name) :], name])
            raise LayoutError(f"{cycle}: a schema that holds itself cannot be written in place")
        for target in sorted(edges[name]):
            visit(target, (*trail, name))

    for name in bodies:
        visit(name, ())


def refs(node: Any) -> Iterator[str]:
    """Every `$ref` in `node`, of any kind."""
    if isinstance(node, Mapping):
        if isinstance(node.get("$ref"), str):
            yield node["$ref"]
        for value in node.values():
            yield from refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from refs(value)


def _named(node: Any, ref: str, name: str) -> bool:
    """Whether `node` still names the component: a `$ref`, or a discriminator's mapping (a `$ref` or its name)."""
    if isinstance(node, Mapping):
        mapping = node.get("mapping") if "propertyName" in node else None
        if isinstance(mapping, Mapping) and any(value in (ref, name) for value in mapping.values()):
            return True
        return node.get("$ref") == ref or any(_named(value, ref, name) for value in node.values())
    if isinstance(node, list):
        return any(_named(value, ref, name) for value in node)
    return False


# --- where the schemas are ------------------------------------------------------------------------


def schemas(document: Mapping[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    """(pointer, schema) of every schema in the document, each before the schemas in it: a caller may
    rewrite one in place, and what it holds then is what is walked."""
    for pointer, top in _tops(document):
        yield from _below(top, pointer)


def _below(schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
    if not isinstance(schema, dict):
        return
    yield pointer, schema
    for key in _SCHEMA_ONE:
        if key in schema:
            yield from _below(schema[key], f"{pointer}/{key}")
    for key in _SCHEMA_LISTS:
        if isinstance(schema.get(key), list):
            for index, child in enumerate(schema[key]):
                yield from _below(child, f"{pointer}/{key}/{index}")
    for key in _SCHEMA_MAPS:
        if isinstance(schema.get(key), dict):
            for name, child in schema[key].items():
                yield from _below(child, f"{pointer}/{key}/{escape(str(name))}")


def _tops(document: Mapping[str, Any]) -> Iterator[tuple[str, Any]]:
    """(pointer, schema) of every schema that no other schema holds: components, and the schemas of
    parameters, headers, bodies and answers wherever they are written."""
    components = document.get("components")
    components = components if isinstance(components, Mapping) else {}
    for name, schema in _items(components.get("schemas")):
        yield f"#/components/schemas/{escape(name)}", schema
    for name, parameter in _items(components.get("parameters")):
        yield from _holder(parameter, f"#/components/parameters/{escape(name)}")
    for name, header in _items(components.get("headers")):
        yield from _holder(header, f"#/components/headers/{escape(name)}")
    for name, body in _items(components.get("requestBodies")):
        yield from _content(body, f"#/components/requestBodies/{escape(name)}")
    for name, response in _items(components.get("responses")):
        yield from _response(response, f"#/components/responses/{escape(name)}")
    for section in ("paths", "webhooks"):
        for path, item in _items(document.get(section)):
            base = f"#/{section}/{escape(path)}"
            for index, parameter in enumerate(_list(item.get("parameters") if isinstance(item, Mapping) else None)):
                yield from _holder(parameter, f"{base}/parameters/{index}")
            for method in HTTP_METHODS:
                operation = item.get(method) if isinstance(item, Mapping) else None
                if isinstance(operation, Mapping):
                    yield from _operation(operation, f"{base}/{method}")


def _operation(operation: Mapping[str, Any], base: str) -> Iterator[tuple[str, Any]]:
    for index, parameter in enumerate(_list(operation.get("parameters"))):
        yield from _holder(parameter, f"{base}/parameters/{index}")
    yield from _content(operation.get("requestBody"), f"{base}/requestBody")
    for status, response in _items(operation.get("responses")):
        yield from _response(response, f"{base}/responses/{escape(status)}")


def _response(response: Any, base: str) -> Iterator[tuple[str, Any]]:
    yield from _content(response, base)
    for name, header in _items(response.get("headers") if isinstance(response, Mapping) else None):
        yield from _holder(header, f"{base}/headers/{escape(name)}")


def _holder(holder: Any, base: str) -> Iterator[tuple[str, Any]]:
    """A parameter's or header's schema (or the schemas of its content)."""
    if isinstance(holder, Mapping) and "schema" in holder:
        yield f"{base}/schema", holder["schema"]
    yield from _content(holder, base)


def _content(holder: Any, base: str) -> Iterator[tuple[str, Any]]:
    for media, content in _items(holder.get("content") if isinstance(holder, Mapping) else None):
        if isinstance(content, Mapping) and "schema" in content:
            yield f"{base}/content/{escape(media)}/schema", content["schema"]


def _items(node: Any) -> Iterator[tuple[str, Any]]:
    return ((str(key), value) for key, value in node.items()) if isinstance(node, Mapping) else iter(())


def _list(node: Any) -> list[Any]:
    return node if isinstance(node, list) else []
