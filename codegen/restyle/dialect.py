"""OpenAPI 3.0 <-> 3.1 schema dialects, instance for instance.

A restyler writes the OpenAPI version its generator writes (dropshot and drf-spectacular 3.0,
FastAPI 3.1), whatever the vendor's document was. Each rewrite is read as `tests/spec_strategies.py`
reads the 3.0 dialect: `nullable: true` allows null whatever else the schema says.
"""

from __future__ import annotations

import copy
from typing import Any

from codegen.restyle.common import ANNOTATIONS, RestyleError, Schema, map_schemas, set_version

_NULL = {"type": "null"}
# A lone `type: null` once in the 3.0 dialect (children are rewritten before their parent).
_NULL_30 = {"enum": [None], "nullable": True}


def is_31(document: dict[str, Any]) -> bool:
    return str(document.get("openapi", "")).startswith("3.1")


def to_30(document: dict[str, Any], version: str = "3.0.3") -> dict[str, Any]:
    """A 3.1 document in the 3.0 dialect (a 3.0 one only gets `version`)."""
    out = copy.deepcopy(document)
    if is_31(out):
        map_schemas(out, _schema_30)
        if "webhooks" in out:  # 3.0 has no webhooks; Redoc's extension carries them
            out["x-webhooks"] = out.pop("webhooks")
        out.pop("jsonSchemaDialect", None)
        out.get("info", {}).pop("summary", None)
        out.get("info", {}).get("license", {}).pop("identifier", None)
        out.get("components", {}).pop("pathItems", None)
    return set_version(out, version)


def to_31(document: dict[str, Any], version: str = "3.1.0") -> dict[str, Any]:
    """A 3.0 document in the 3.1 dialect, nullables as FastAPI writes them (`anyOf [X, null]`)."""
    out = copy.deepcopy(document)
    if not is_31(out):
        map_schemas(out, _schema_31)
        if "x-webhooks" in out:
            out["webhooks"] = out.pop("x-webhooks")
    return set_version(out, version)


def nullable_31(schema: Schema) -> Schema:
    """`anyOf [schema without its annotations, null]`, the annotations beside it."""
    outer = {key: value for key, value in schema.items() if key in ANNOTATIONS or key.startswith("x-")}
    inner = {key: value for key, value in schema.items() if key not in outer}
    if list(inner) == ["allOf"] and len(inner["allOf"]) == 1:
        inner = inner["allOf"][0]  # the 3.0 wrapper of a nullable $ref
    return {**outer, "anyOf": [inner, dict(_NULL)]}


def _schema_31(schema: Schema) -> Schema:
    if "$ref" in schema:
        # 3.0 ignores what stands beside a $ref (a `nullable` there included): 3.1 would apply it.
        return {key: value for key, value in schema.items() if key == "$ref" or key in ANNOTATIONS}
    out = dict(schema)
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        if isinstance(out.get(exclusive), bool):
            if out.pop(exclusive) and bound in out:
                out[exclusive] = out.pop(bound)
    nullable = out.pop("nullable", False)
    return nullable_31(out) if nullable is True else out


def _schema_30(schema: Schema) -> Schema:
    out = dict(schema)
    if "$ref" in out and len(out) > 1:  # 3.0 ignores a $ref's siblings: the allOf wrapper keeps them
        out = {"allOf": [{"$ref": out.pop("$ref")}], **out}
    if "const" in out:
        out["enum"] = [out.pop("const")]
    if isinstance(out.get("examples"), list):
        examples = out.pop("examples")
        if examples and "example" not in out:
            out["example"] = examples[0]
    for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
        value = out.get(exclusive)
        if isinstance(value, int | float) and not isinstance(value, bool):
            if bound in out:
                raise RestyleError(f"both {bound} and a numeric {exclusive} in {out!r:.120}")
            out[bound], out[exclusive] = value, True
    for keyword in ("contentMediaType", "contentEncoding", "prefixItems", "$defs", "if", "dependentSchemas"):
        if keyword in out:
            raise RestyleError(f"{keyword} has no 3.0 form: {out!r:.120}")
    types = out.get("type")
    if isinstance(types, list):
        out = _type_list(out, types)
    elif types == "null":
        del out["type"]
        out.update({"enum": [None], "nullable": True})
    for keyword in ("anyOf", "oneOf"):
        if isinstance(out.get(keyword), list) and any(member in (_NULL, _NULL_30) for member in out[keyword]):
            out = _null_member(out, keyword)
    return out


def _type_list(out: Schema, types: list[Any]) -> Schema:
    kinds = [kind for kind in types if kind != "null"]
    nullable = len(kinds) < len(types)
    if not kinds:
        raise RestyleError(f"type {types} allows nothing but null: {out!r:.120}")
    enum = out.get("enum")
    if nullable and isinstance(enum, list) and None not in enum:
        nullable = False  # null is not among the values: 3.1 refuses it, so must 3.0
    if len(kinds) == 1:
        out = {**out, "type": kinds[0]}
    else:
        # Several types: one member each. Every other keyword goes into each member: a keyword of
        # one type ignores instances of the others, and enum applies alike in all.
        outer = {key: value for key, value in out.items() if key in ANNOTATIONS or key.startswith("x-")}
        inner = {key: value for key, value in out.items() if key not in outer and key != "type"}
        out = {**outer, "anyOf": [{"type": kind, **inner} for kind in kinds]}
    return {**out, "nullable": True} if nullable else out


def _null_member(out: Schema, keyword: str) -> Schema:
    """`anyOf [X, null]` -> X with `nullable: true` (a `$ref` X wrapped in allOf); more members stay a union."""
    members = [member for member in out[keyword] if member not in (_NULL, _NULL_30)]
    rest = {key: value for key, value in out.items() if key != keyword}
    if len(members) != 1:
        return {**rest, keyword: members, "nullable": True}
    (member,) = members
    clash = set(member) & {key for key in rest if key not in ANNOTATIONS}
    if "allOf" in rest:
        raise RestyleError(f"a nullable {keyword} beside an allOf has no 3.0 form: {out!r:.120}")
    if "$ref" in member or "allOf" in member or clash or "type" not in member:
        return {**rest, "allOf": [member], "nullable": True}
    return {**rest, **member, "nullable": True}
