"""The normaliser: constructs openapi-python-client cannot generate, rewritten into equivalent ones it can.

It runs between the overlay and the generator, on a copy of the curated document; `specs/<v>/openapi.yaml`
and the mock models keep the curated form. Every rewrite keeps the wire identical (what validates before
validates after, `tests/test_normalise.py` draws instances from both) and is listed, in document order,
in the package's `stats.json` (`normalised`). The rules:

- `inline-variant`: an inline object variant of a `oneOf`/`anyOf` becomes a named component (the union's
  name plus its tag value, or its position when the union has no tag): the generator loses unions whose
  inline variants hold nested objects.
- `allof-ref`: `allOf: [one $ref]` beside annotations only becomes the `$ref` (annotations kept beside
  it); a `nullable` one stays as it is in 3.0 (a `$ref` sibling means nothing there) and becomes
  `anyOf [$ref, null]` in 3.1.
- `documented-enum`: a `oneOf`/`anyOf` of single-value enums of one type (each with its description)
  becomes one enum; the descriptions go to `x-enum-descriptions` (a list beside the values).
  `codegen.layout` applies it to the source too, before the overlay; here it meets the overlay's.
- `nullable-enum` (3.1): `type: [T, "null"]` with an `enum` becomes `anyOf [{type: T, enum}, {type: null}]`
  (null only when the enum lists it), which the generator reads as one nullable enum.
- `distinct-name`: components whose generated class names collide (`Foo3d`, `Foo3D`) get stable
  distinct names (the later one, in name order, gets a number), every `$ref` following.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from openapi_python_client.strings import ClassName

SCHEMAS = "#/components/schemas/"
# Keywords that constrain nothing: beside a lone allOf member they change no instance's validity.
_ANNOTATIONS = frozenset(
    {"description", "title", "example", "examples", "deprecated", "readOnly", "writeOnly", "externalDocs"}
)
_SCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SCHEMA_ONE = ("items", "additionalProperties", "not", "contains", "propertyNames")


@dataclass(frozen=True)
class Rewrite:
    """One rewrite: its rule, where (a JSON pointer into the curated document) and what it did."""

    rule: str
    at: str
    detail: str

    def as_json(self) -> dict[str, str]:
        return {"rule": self.rule, "at": self.at, "detail": self.detail}


@dataclass(frozen=True)
class Normalised:
    document: dict[str, Any]
    rewrites: tuple[Rewrite, ...]
    # A component the generator sees that the curated document does not name: where it came from there.
    origins: Mapping[str, str]

    def origin(self, pointer: str) -> str:
        """A pointer into the normalised document as the place in the curated one it came from."""
        for _ in range(len(self.origins) + 1):
            if not pointer.startswith(SCHEMAS):
                return pointer
            name, _, rest = pointer[len(SCHEMAS) :].partition("/")
            source = self.origins.get(name.replace("~1", "/").replace("~0", "~"))
            if source is None:
                return pointer
            pointer = source + (f"/{rest}" if rest else "")
        return pointer


def escape(part: str) -> str:
    """A name as one JSON-pointer segment (RFC 6901)."""
    return part.replace("~", "~0").replace("/", "~1")


def _pascal(text: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+|(?<=[a-z0-9])(?=[A-Z])", text)
    return "".join(word[:1].upper() + word[1:] for word in words if word)


def _is_31(document: Mapping[str, Any]) -> bool:
    return str(document.get("openapi", "")).startswith("3.1")


def normalise(curated: Mapping[str, Any]) -> Normalised:
    """A generator-friendly copy of `curated`, what was rewritten, and the components it renamed."""
    document: dict[str, Any] = copy.deepcopy(dict(curated))
    rewrites: list[Rewrite] = []
    schemas: dict[str, Any] = document.get("components", {}).get("schemas", {})
    origins = _distinct_names(document, schemas, rewrites)
    openapi_31 = _is_31(document)
    # Components lifted out of unions are walked too: the worklist grows while it is read.
    worklist = [(f"{SCHEMAS}{escape(name)}", name) for name in schemas]
    worklist += [(pointer, owner) for pointer, owner in _operation_schemas(document)]
    done = 0
    while done < len(worklist):
        pointer, owner = worklist[done]
        done += 1
        node = _at(document, pointer)
        for lifted in _rewrite_tree(node, pointer, owner, document, schemas, openapi_31, rewrites):
            worklist.append((f"{SCHEMAS}{escape(lifted)}", lifted))
    origins.update({r.detail.removeprefix(f"-> {SCHEMAS}"): r.at for r in rewrites if r.rule == "inline-variant"})
    return Normalised(document, tuple(rewrites), origins)


def _at(document: Mapping[str, Any], pointer: str) -> Any:
    node: Any = document
    for raw in pointer[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


def _operation_schemas(document: Mapping[str, Any]) -> Iterator[tuple[str, str]]:
    """The top schema of every parameter, body and response written inline in a path, with an owner name."""
    for path, item in document.get("paths", {}).items():
        for method, operation in item.items():
            if not isinstance(operation, Mapping) or method.startswith("x-") or method == "parameters":
                continue
            base = f"#/paths/{escape(path)}/{method}"
            owner = _pascal(str(operation.get("operationId", f"{method} {path}")))
            for index, parameter in enumerate(operation.get("parameters", [])):
                if isinstance(parameter, Mapping) and isinstance(parameter.get("schema"), Mapping):
                    yield f"{base}/parameters/{index}/schema", owner + _pascal(str(parameter.get("name", index)))
            body = operation.get("requestBody", {})
            for media, content in body.get("content", {}).items() if isinstance(body, Mapping) else ():
                if isinstance(content, Mapping) and isinstance(content.get("schema"), Mapping):
                    yield f"{base}/requestBody/content/{escape(media)}/schema", owner + "Body"
            for status, response in operation.get("responses", {}).items():
                for media, content in response.get("content", {}).items() if isinstance(response, Mapping) else ():
                    if isinstance(content, Mapping) and isinstance(content.get("schema"), Mapping):
                        yield (
                            f"{base}/responses/{escape(str(status))}/content/{escape(media)}/schema",
                            f"{owner}Response{_pascal(str(status))}",
                        )


def _rewrite_tree(
    node: Any,
    pointer: str,
    owner: str,
    document: dict[str, Any],
    schemas: dict[str, Any],
    openapi_31: bool,
    rewrites: list[Rewrite],
) -> list[str]:
    """Rewrite `node` and every schema below it in place; returns the names of components it lifted."""
    if not isinstance(node, dict):
        return []
    lifted: list[str] = []
    allof_ref(node, pointer, openapi_31, rewrites)
    documented_enum(node, pointer, rewrites)
    if openapi_31:
        _nullable_enum(node, pointer, rewrites)
    lifted += _inline_variants(node, pointer, owner, schemas, rewrites)
    for key, value in list(node.items()):
        if key in ("properties", "patternProperties") and isinstance(value, dict):
            for name, child in value.items():
                where = f"{pointer}/{key}/{escape(name)}"
                lifted += _rewrite_tree(child, where, owner + _pascal(name), document, schemas, openapi_31, rewrites)
        elif key in _SCHEMA_LISTS and isinstance(value, list):
            for index, child in enumerate(value):
                where = f"{pointer}/{key}/{index}"
                lifted += _rewrite_tree(child, where, owner, document, schemas, openapi_31, rewrites)
        elif key in _SCHEMA_ONE and isinstance(value, dict):
            suffix = "Item" if key == "items" else _pascal(key)
            lifted += _rewrite_tree(value, f"{pointer}/{key}", owner + suffix, document, schemas, openapi_31, rewrites)
    return lifted


def allof_ref(node: dict[str, Any], pointer: str, openapi_31: bool, rewrites: list[Rewrite]) -> None:
    """The `allof-ref` rule on `node` alone, in place (`codegen.layout` applies it to 3.1 sources too)."""
    members = node.get("allOf")
    if not (isinstance(members, list) and len(members) == 1 and isinstance(members[0], Mapping)):
        return
    member = members[0]
    if set(member) != {"$ref"}:
        return
    others = {key for key in node if key != "allOf" and not key.startswith("x-")}
    nullable = node.get("nullable") is True
    if not others <= _ANNOTATIONS | {"nullable"}:
        return
    if nullable and not openapi_31:
        return  # 3.0 ignores what stands beside a $ref: the wrapper is the only way to say nullable
    ref = member["$ref"]
    del node["allOf"]
    node.pop("nullable", None)
    if nullable:
        node["anyOf"] = [{"$ref": ref}, {"type": "null"}]
        rewrites.append(Rewrite("allof-ref", pointer, f"allOf [{ref}] nullable -> anyOf [{ref}, null]"))
    else:
        node["$ref"] = ref
        rewrites.append(Rewrite("allof-ref", pointer, f"allOf [{ref}] -> {ref}"))


def _single_value(member: Any) -> tuple[str, Any] | None:
    """(type, value) of a single-value enum schema written inline, else None."""
    if not isinstance(member, Mapping) or "$ref" in member:
        return None
    values = member.get("enum")
    if not isinstance(values, list) or len(values) != 1 or not isinstance(member.get("type"), str):
        return None
    if set(member) - _ANNOTATIONS - {"type", "enum"} - {key for key in member if str(key).startswith("x-")}:
        return None
    return member["type"], values[0]


def documented_enum(node: dict[str, Any], pointer: str, rewrites: list[Rewrite]) -> None:
    """The `documented-enum` rule on `node` alone, in place (`codegen.layout` applies it too)."""
    for keyword in ("oneOf", "anyOf"):
        members = node.get(keyword)
        if not isinstance(members, list) or len(members) < 2 or {"type", "enum", "allOf"} & set(node):
            continue
        singles = [_single_value(member) for member in members]
        if any(single is None for single in singles):
            continue
        types = {single[0] for single in singles if single}
        values = [single[1] for single in singles if single]
        if len(types) != 1 or len({repr(value) for value in values}) != len(values):
            continue  # oneOf of repeated values validates nothing; anyOf would: leave both alone
        # One per value, in the enum's order, None where a value has none: the list the convention
        # (openapi-generator's, read by datamodel-code-generator for the mock) writes.
        descriptions = [str(member["description"]) if "description" in member else None for member in members]
        del node[keyword]
        node["type"] = types.pop()
        node["enum"] = values
        if any(descriptions):
            node["x-enum-descriptions"] = descriptions
        rewrites.append(Rewrite("documented-enum", pointer, f"{keyword} of {len(values)} single values -> one enum"))
        return


def _nullable_enum(node: dict[str, Any], pointer: str, rewrites: list[Rewrite]) -> None:
    types = node.get("type")
    values = node.get("enum")
    if not (isinstance(types, list) and "null" in types and len(types) == 2 and isinstance(values, list)):
        return
    kind = next(t for t in types if t != "null")
    present = [value for value in values if value is not None]
    rest = {key: value for key, value in node.items() if key not in ("type", "enum")}
    node.clear()
    if None in values:
        node.update({key: value for key, value in rest.items() if key in _ANNOTATIONS or key.startswith("x-")})
        inner = {key: value for key, value in rest.items() if key not in node}
        node["anyOf"] = [{"type": kind, "enum": present, **inner}, {"type": "null"}]
        rewrites.append(Rewrite("nullable-enum", pointer, f"type [{kind}, null] with enum -> anyOf [enum, null]"))
    else:
        node.update({"type": kind, "enum": present, **rest})
        rewrites.append(Rewrite("nullable-enum", pointer, f"type [{kind}, null] with an enum without null -> {kind}"))


def _tag(members: list[Any], node: Mapping[str, Any]) -> str | None:
    """The property that tells the inline object variants apart: the discriminator's, else one that is a
    required single-value enum (or const) in every inline object variant."""
    discriminator = node.get("discriminator")
    if isinstance(discriminator, Mapping) and isinstance(discriminator.get("propertyName"), str):
        return str(discriminator["propertyName"])
    objects = [member for member in members if _is_inline_object(member)]
    candidates: set[str] | None = None
    for member in objects:
        names = {
            name
            for name, prop in member.get("properties", {}).items()
            if name in member.get("required", ()) and single_value(prop) is not None
        }
        candidates = names if candidates is None else candidates & names
    return min(candidates) if candidates else None


def single_value(prop: Any) -> str | None:
    """The one value a schema allows (`const`, or an `enum` of one), as text; else None."""
    if not isinstance(prop, Mapping):
        return None
    if "const" in prop:
        return str(prop["const"])
    values = prop.get("enum")
    return str(values[0]) if isinstance(values, list) and len(values) == 1 else None


def _is_inline_object(member: Any) -> bool:
    return (
        isinstance(member, Mapping)
        and "$ref" not in member
        and (member.get("type") == "object" or ("properties" in member and "type" not in member))
    )


def _inline_variants(
    node: dict[str, Any], pointer: str, owner: str, schemas: dict[str, Any], rewrites: list[Rewrite]
) -> list[str]:
    lifted: list[str] = []
    for keyword in ("oneOf", "anyOf"):
        members = node.get(keyword)
        if not isinstance(members, list) or not any(_is_inline_object(member) for member in members):
            continue
        tag = _tag(members, node)
        for index, member in enumerate(members):
            if not _is_inline_object(member):
                continue
            value = single_value(member.get("properties", {}).get(tag)) if tag else None
            name = _free_name(owner + (_pascal(value) if value else f"Variant{index}"), schemas)
            schemas[name] = member
            members[index] = {"$ref": f"{SCHEMAS}{escape(name)}"}
            lifted.append(name)
            rewrites.append(Rewrite("inline-variant", f"{pointer}/{keyword}/{index}", f"-> {SCHEMAS}{name}"))
    return lifted


def _free_name(wanted: str, schemas: Mapping[str, Any]) -> str:
    """`wanted`, or it with the first number that makes its class name unused."""
    taken = {str(ClassName(name, "")) for name in schemas}
    name, number = wanted, 1
    while name in schemas or str(ClassName(name, "")) in taken:
        number += 1
        name = f"{wanted}{number}"
    return name


def _distinct_names(document: dict[str, Any], schemas: dict[str, Any], rewrites: list[Rewrite]) -> dict[str, str]:
    """Rename components whose class names collide; every local `$ref` to them follows. Returns each new
    name's pointer in the document as it was."""
    by_class: dict[str, list[str]] = {}
    for name in sorted(schemas):
        by_class.setdefault(str(ClassName(name, "")), []).append(name)
    renamed: dict[str, str] = {}
    for names in by_class.values():
        for name in names[1:]:
            new = _free_name(name, {**schemas, **{value: None for value in renamed.values()}})
            renamed[name] = new
    if not renamed:
        return {}
    origins = {new: f"{SCHEMAS}{escape(old)}" for old, new in renamed.items()}
    for old, new in renamed.items():
        schemas[new] = schemas.pop(old)
        rewrites.append(Rewrite("distinct-name", f"{SCHEMAS}{escape(old)}", f"class name taken -> {SCHEMAS}{new}"))
    refs = {f"{SCHEMAS}{escape(old)}": f"{SCHEMAS}{escape(new)}" for old, new in renamed.items()}
    _follow(document, refs)
    return origins


def _follow(node: Any, refs: Mapping[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in refs:
            node["$ref"] = refs[ref]
        for value in node.values():
            _follow(value, refs)
    elif isinstance(node, list):
        for value in node:
            _follow(value, refs)
