"""The wire diff: names and layout never count, each kind of wire change is found and named, bad refs are typed."""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from codegen.__main__ import main
from codegen.wirediff import UnresolvableRef, wire_diff
from registry.documents import load_document
from registry.vendors import load_vendors

Doc = dict[str, Any]


def _ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def _json(schema: object) -> dict[str, Any]:
    return {"content": {"application/json": {"schema": schema}}}


OLD: Doc = {
    "openapi": "3.0.3",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/widgets/{id}": {
            "get": {
                "operationId": "getWidget",
                "tags": ["widgets"],
                "parameters": [
                    {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"$ref": "#/components/parameters/Limit"},
                    {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {"description": "the widget", **_json(_ref("Widget"))},
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            },
            "put": {
                "operationId": "putWidget",
                "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "requestBody": {"required": True, **_json(_ref("Widget"))},
                "responses": {"204": {"description": "stored"}},
            },
        },
    },
    "components": {
        "parameters": {"Limit": {"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}},
        "responses": {"NotFound": {"description": "none", **_json(_ref("Problem"))}},
        "schemas": {
            "Widget": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string", "description": "its id"},
                    "colour": _ref("Colour"),
                    "owner": {"allOf": [_ref("Owner")], "nullable": True, "description": "who"},
                    "parts": {"type": "array", "items": _ref("Widget")},  # recursive
                    "note": {"type": "string", "nullable": True},
                },
            },
            "Colour": {"type": "string", "enum": ["red", "blue"]},
            "Owner": {"type": "object", "properties": {"name": {"type": "string", "nullable": True}}},
            "Problem": {"type": "object", "properties": {"detail": {"type": "string"}}},
        },
    },
}


def _edited(edit: Callable[[Doc], object]) -> Doc:
    new = copy.deepcopy(OLD)
    edit(new)
    return new


def _rename_schema(doc: Doc, old: str, new: str) -> None:
    """Rename a component schema and every `$ref` to it."""
    schemas = doc["components"]["schemas"]
    schemas[new] = schemas.pop(old)
    text = json.dumps(doc).replace(f'"#/components/schemas/{old}"', f'"#/components/schemas/{new}"')
    doc.clear()
    doc.update(json.loads(text))


def _relaid(doc: Doc) -> None:
    """The same API written otherwise: names, refs against inline, 3.1 spellings of null, oneOf of consts."""
    op = doc["paths"]["/widgets/{id}"]["get"]
    op["operationId"] = "widgets_get_widget__id__get"  # a FastAPI operationId
    op["tags"] = ["Widgets", "v1"]
    op["summary"] = "Get a widget"
    op["parameters"][1] = copy.deepcopy(doc["components"]["parameters"]["Limit"])  # the $ref'd one inline
    op["parameters"][2]["name"] = "x-trace"  # header names are case-insensitive
    op["parameters"].reverse()
    doc["paths"]["/widgets/{item_id}"] = doc["paths"].pop("/widgets/{id}")
    for method in ("get", "put"):
        doc["paths"]["/widgets/{item_id}"][method]["parameters"][-1 if method == "get" else 0]["name"] = "item_id"
    doc["paths"]["/widgets/{item_id}"]["get"]["responses"][404] = doc["components"]["responses"].pop("NotFound")
    schemas = doc["components"]["schemas"]
    schemas["Colour"] = {"oneOf": [{"const": "blue", "description": "b"}, {"const": "red", "title": "R"}]}
    schemas["Owner"]["properties"]["name"] = {"type": ["string", "null"]}
    schemas["Widget"]["properties"]["owner"] = {"anyOf": [_ref("Owner"), {"type": "null"}]}
    schemas["Widget"]["properties"]["id"]["description"] = "the widget's id"
    # FastAPI's spelling of an optional string.
    schemas["Widget"]["properties"]["note"] = {"anyOf": [{"type": "string"}, {"type": "null"}], "default": None,
                                               "title": "Note"}  # fmt: skip
    _rename_schema(doc, "Widget", "WidgetOut")
    _rename_schema(doc, "Problem", "HTTPError")


def test_a_document_written_otherwise_has_no_wire_change_and_its_naming_is_counted() -> None:
    found = wire_diff(OLD, _edited(_relaid))
    assert found.wire == []
    assert not found.changed
    kinds = sorted((c.kind, c.subject, c.detail) for c in found.naming)
    assert ("operationId", "GET /widgets/{item_id}", "getWidget -> widgets_get_widget__id__get") in kinds
    assert ("path parameter name", "PUT /widgets/{item_id}", "was /widgets/{id}") in kinds
    assert ("schema name", "WidgetOut", "renamed from Widget") in kinds
    assert ("schema name", "HTTPError", "renamed from Problem") in kinds
    assert ("tags", "GET /widgets/{item_id}", "['widgets'] -> ['Widgets', 'v1']") in kinds
    assert found.render() == (
        "no wire changes\nnaming and documentation (9 changes: operationId 1, tags 1, path parameter name 2, "
        "schema name 2, description 3)\n  (--verbose lists them)\n"
    )


def test_a_type_list_an_anyof_of_types_and_a_flattened_object_are_one_shape() -> None:
    """How 3.0 writes 3.1's `type: [integer, string]`, and how serde flattens `allOf [$ref, {tag}]`
    (dropshot, without a discriminator): the same instances, no wire change."""

    def written(doc: Doc, as_31: bool) -> None:
        schemas = doc["components"]["schemas"]
        schemas["Owner"]["properties"]["id"] = (
            {"type": ["integer", "string"]} if as_31 else {"anyOf": [{"type": "integer"}, {"type": "string"}]}
        )
        kind = {"type": "string", "enum": ["problem"]}
        tag = {"type": "object", "properties": {"kind": kind}, "required": ["kind"]}
        flattened = {"type": "object", "properties": {"detail": {"type": "string"}, "kind": kind}, "required": ["kind"]}
        tagged = {"allOf": [_ref("Problem"), tag]}
        union = {"oneOf": [tagged], "discriminator": {"propertyName": "kind"}} if as_31 else {"oneOf": [flattened]}
        doc["paths"]["/widgets/{id}"]["get"]["responses"]["404"] = {"description": "none", **_json(union)}

    old, new = _edited(lambda doc: written(doc, False)), _edited(lambda doc: written(doc, True))
    assert wire_diff(old, new).wire == []
    # A property in two members is an intersection, not a flattening: a change.
    clash = copy.deepcopy(new)
    clash["components"]["schemas"]["Problem"]["properties"]["kind"] = {"type": "integer"}
    assert any("404" in change.detail for change in wire_diff(old, clash).wire)


def test_30_exclusive_bounds_and_read_only_marks_are_no_wire_change() -> None:
    """3.0 `exclusiveMinimum: true` beside `minimum: 0` is 3.1's `exclusiveMinimum: 0`; `readOnly` and
    `writeOnly` are annotations no validator checks (drf-spectacular writes them on server-set fields)."""

    def bounds(doc: Doc, openapi_31: bool) -> None:
        owner = doc["components"]["schemas"]["Owner"]["properties"]
        owner["age"] = {"type": "number", "exclusiveMinimum": 0} if openapi_31 else {
            "type": "number", "minimum": 0, "exclusiveMinimum": True}  # fmt: skip
        doc["components"]["schemas"]["Widget"]["properties"]["id"]["readOnly"] = openapi_31

    old, new = _edited(lambda doc: bounds(doc, False)), _edited(lambda doc: bounds(doc, True))
    assert wire_diff(old, new).wire == []
    stricter = _edited(lambda doc: doc["components"]["schemas"]["Owner"]["properties"].update(
        age={"type": "number", "exclusiveMinimum": 1}))  # fmt: skip
    assert [change.detail for change in wire_diff(new, stricter).wire][:1] == [
        "response 200 application/json: property owner: property age: exclusiveMinimum 0 -> 1"
    ]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda d: d["paths"].pop("/widgets/{id}"),
         ["operation removed GET /widgets/{id}", "operation removed PUT /widgets/{id}"]),
        (lambda d: d["paths"]["/widgets/{id}"].__setitem__("delete", {"responses": {"204": {"description": "x"}}}),
         ["operation added DELETE /widgets/{id}"]),
        (lambda d: d["paths"]["/widgets/{id}"]["get"]["parameters"].append({"name": "q", "in": "query",
                                                                             "required": True}),
         ["GET /widgets/{id}: parameter added: query q (required)"]),
        (lambda d: d["paths"]["/widgets/{id}"]["get"]["parameters"].pop(2),
         ["GET /widgets/{id}: parameter removed: header x-trace"]),
        (lambda d: d["paths"]["/widgets/{id}"]["get"]["parameters"][2].__setitem__("in", "query"),
         ["GET /widgets/{id}: parameter added: query X-Trace", "GET /widgets/{id}: parameter removed: header x-trace"]),
        (lambda d: d["components"]["parameters"]["Limit"].__setitem__("required", True),
         ["GET /widgets/{id}: parameter query limit required False -> True"]),
        (lambda d: d["components"]["parameters"]["Limit"]["schema"].__setitem__("type", "string"),
         ["GET /widgets/{id}: parameter query limit schema type integer -> string"]),
        (lambda d: d["components"]["schemas"]["Colour"]["enum"].append("green"),
         ["GET /widgets/{id}: response 200 application/json: property colour: enum values added [\"green\"]",
          "PUT /widgets/{id}: request body application/json: property colour: enum values added [\"green\"]"]),
        (lambda d: d["paths"]["/widgets/{id}"]["put"]["requestBody"]["content"].__setitem__("text/csv", {}),
         ["PUT /widgets/{id}: request body content type added: text/csv"]),
        (lambda d: d["paths"]["/widgets/{id}"]["put"]["requestBody"].__setitem__("required", False),
         ["PUT /widgets/{id}: request body required True -> False"]),
        (lambda d: d["components"]["schemas"]["Problem"]["properties"].__setitem__("code", {"type": "integer"}),
         ["GET /widgets/{id}: response 404 application/json: property added: code (integer)"]),
        (lambda d: d["paths"]["/widgets/{id}"]["put"]["responses"].__setitem__("409", {"description": "x"}),
         ["PUT /widgets/{id}: response added: 409"]),
        (lambda d: d["components"]["schemas"]["Widget"]["required"].append("colour"),
         ["GET /widgets/{id}: response 200 application/json: now required: colour",
          "PUT /widgets/{id}: request body application/json: now required: colour"]),
        (lambda d: d["components"]["schemas"]["Owner"]["properties"]["name"].pop("nullable"),
         ["GET /widgets/{id}: response 200 application/json: property owner: property name: nullable True -> False",
          "PUT /widgets/{id}: request body application/json: property owner: property name: nullable True -> False"]),
        (lambda d: d["components"]["schemas"]["Widget"]["properties"]["owner"].pop("nullable"),
         ["GET /widgets/{id}: response 200 application/json: property owner: nullable True -> False",
          "PUT /widgets/{id}: request body application/json: property owner: nullable True -> False"]),
    ],
)  # fmt: skip
def test_each_kind_of_wire_change_is_found_and_named(edit: Callable[[Doc], object], expected: list[str]) -> None:
    found = wire_diff(OLD, _edited(edit))
    lines = sorted(c.line() if c.kind == "operation changed" else f"{c.kind} {c.subject}" for c in found.wire)
    assert lines == sorted(expected)
    assert found.changed


def test_a_change_inside_a_recursive_schema_is_found_at_each_level() -> None:
    new = _edited(lambda d: d["components"]["schemas"]["Widget"]["properties"].__setitem__("size", {"type": "integer"}))
    assert "GET /widgets/{id}: response 200 application/json: property added: size (integer)" in [
        c.line() for c in wire_diff(OLD, new).wire
    ]


def test_a_dangling_ref_is_a_typed_error_naming_it() -> None:
    new = _edited(lambda d: d["components"]["schemas"].pop("Owner"))
    with pytest.raises(UnresolvableRef, match=r"new document: \$ref '#/components/schemas/Owner' points nowhere"):
        wire_diff(OLD, new)
    outside = _edited(lambda d: d["components"]["schemas"].__setitem__("Owner", {"$ref": "other.yaml#/Owner"}))
    with pytest.raises(UnresolvableRef, match="is not a local reference"):
        wire_diff(outside, OLD)


def test_a_cycle_of_bare_refs_is_a_typed_error_and_a_recursive_schema_is_not() -> None:
    def loop(doc: Doc) -> None:
        doc["components"]["schemas"]["Owner"] = _ref("Colour")
        doc["components"]["schemas"]["Colour"] = _ref("Owner")

    with pytest.raises(UnresolvableRef, match="is a cycle of references"):
        wire_diff(OLD, _edited(loop))

    # Mutual recursion through properties, renamed: the same wire.
    def mutual(doc: Doc) -> None:
        doc["components"]["schemas"]["Owner"]["properties"]["widgets"] = {"type": "array", "items": _ref("Widget")}

    renamed = _edited(mutual)
    _rename_schema(renamed, "Owner", "Person")
    assert wire_diff(_edited(mutual), renamed).wire == []


def test_malformed_parts_are_compared_as_absent_not_crashed_on() -> None:
    new = _edited(lambda d: d["paths"]["/widgets/{id}"].__setitem__("get", {"parameters": "x", "responses": [1]}))
    found = wire_diff(OLD, new)
    assert "GET /widgets/{id}: response removed: 200" in [c.line() for c in found.wire]
    assert wire_diff({"openapi": "3.1.0", "paths": None}, {"openapi": "3.1.0", "components": []}).wire == []


# -- property: any renaming and re-layout of a generated document leaves the wire as it was ------------------

_LEAF = st.sampled_from([{"type": "string"}, {"type": "integer"}, {"type": "boolean"}, {"type": "number"}])
_NAME = st.from_regex(r"[a-z][a-z_]{0,8}", fullmatch=True)


@st.composite
def _documents(draw: st.DrawFn) -> Doc:
    names = draw(st.lists(_NAME, min_size=1, max_size=4, unique=True))
    schemas: dict[str, Any] = {}
    for index, name in enumerate(names):
        props: dict[str, Any] = {}
        for prop in draw(st.lists(_NAME, max_size=4, unique=True)):
            earlier = names[:index]
            options = [_LEAF] + ([st.sampled_from(earlier).map(lambda n: _ref(f"S_{n}"))] if earlier else [])
            leaf = draw(st.one_of(*options))
            props[prop] = {**leaf, "nullable": True} if draw(st.booleans()) and "type" in leaf else leaf
        schemas[f"S_{name}"] = {"type": "object", "properties": props}
    paths = {
        f"/{name}/{{{name}_id}}": {
            "get": {
                "operationId": f"get_{name}",
                "parameters": [{"name": f"{name}_id", "in": "path", "required": True, "schema": {"type": "string"}}],
                "responses": {"200": _json(_ref(f"S_{name}"))},
            }
        }
        for name in names
    }
    return {"openapi": "3.0.3", "info": {"title": "T", "version": "1"}, "paths": paths,
            "components": {"schemas": schemas}}  # fmt: skip


def _rewritten(doc: Doc, inline: bool) -> Doc:
    """Every schema renamed, path parameters renamed, 3.1 null spelling; refs inlined or wrapped in allOf."""
    new = copy.deepcopy(doc)
    for name in list(new["components"]["schemas"]):
        _rename_schema(new, name, f"Renamed{name}")
    schemas = new["components"]["schemas"]

    def relay(schema: dict[str, Any]) -> dict[str, Any]:
        if "$ref" in schema:
            target = schemas[schema["$ref"].rsplit("/", 1)[1]]
            return relay(copy.deepcopy(target)) if inline else {"allOf": [schema], "description": "wrapped"}
        if schema.pop("nullable", False):
            schema["type"] = [schema["type"], "null"]
        for key, prop in schema.get("properties", {}).items():
            schema["properties"][key] = relay(prop)
        return schema

    for name in list(schemas):
        schemas[name] = relay(schemas[name])
    new["openapi"] = "3.1.0"
    for path in list(new["paths"]):
        operation = new["paths"][path]["get"]
        operation["operationId"] += "_renamed"
        operation["parameters"][0]["name"] = "renamed"
        new["paths"][path.rsplit("/", 1)[0] + "/{renamed}"] = new["paths"].pop(path)
    return new


@given(_documents(), st.booleans())
def test_renaming_and_relaying_any_document_changes_nothing_on_the_wire(doc: Doc, inline: bool) -> None:
    new = _rewritten(doc, inline)
    found = wire_diff(doc, new)
    assert found.wire == []
    assert sum(c.kind == "operationId" for c in found.naming) == len(doc["paths"])


@given(_documents())
def test_a_changed_property_type_in_any_document_is_a_wire_change(doc: Doc) -> None:
    new = copy.deepcopy(doc)
    name = next(iter(new["components"]["schemas"]))
    new["components"]["schemas"][name]["properties"]["added_field"] = {"type": "string"}
    assert wire_diff(doc, new).wire


# -- the command ------------------------------------------------------------------------------------


def test_diff_exits_on_the_wire_part_only_and_verbose_lists_naming(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.json"
    old.write_text(yaml.safe_dump(OLD), encoding="utf-8")
    new.write_text(json.dumps(_edited(_relaid)), encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 0
    assert "(--verbose lists them)" in capsys.readouterr().out
    assert main(["diff", "--verbose", str(old), str(new)]) == 0
    assert "  schema name: WidgetOut: renamed from Widget\n" in capsys.readouterr().out
    new.write_text(json.dumps(_edited(lambda d: d["paths"]["/widgets/{id}"].pop("put"))), encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 1
    assert capsys.readouterr().out.startswith("operations removed (1 operation):\n  PUT /widgets/{id}\n")
    new.write_text(json.dumps(_edited(lambda d: d["components"]["schemas"].pop("Owner"))), encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 2
    assert "points nowhere" in capsys.readouterr().err


def test_status_codes_compare_as_text_whether_yaml_numbers_or_json_strings() -> None:
    as_numbers = _edited(lambda d: d["paths"]["/widgets/{id}"]["put"].__setitem__("responses", {204: {}}))
    assert wire_diff(OLD, as_numbers).wire == []
    assert wire_diff(as_numbers, OLD).wire == []


def test_the_documents_security_applies_to_operations_without_their_own_by_what_it_sends() -> None:
    def secured(name: str, header: str) -> Callable[[Doc], object]:
        def edit(doc: Doc) -> None:
            doc["components"]["securitySchemes"] = {name: {"type": "apiKey", "in": "header", "name": header}}
            doc["security"] = [{name: []}]

        return edit

    renamed = wire_diff(_edited(secured("token", "X-Key")), _edited(secured("ApiKey", "X-Key")))
    assert renamed.wire == []  # the scheme's name is not on the wire
    moved = wire_diff(_edited(secured("token", "X-Key")), _edited(secured("token", "X-Api-Key")))
    assert [c.line() for c in moved.wire] == [
        "GET /widgets/{id}: security requirements changed",
        "PUT /widgets/{id}: security requirements changed",
    ]


def test_a_path_level_parameter_is_every_operations_and_an_operations_own_overrides_it() -> None:
    def shared(doc: Doc) -> None:
        doc["paths"]["/widgets/{id}"]["parameters"] = [{"name": "tenant", "in": "header", "required": True}]

    found = wire_diff(OLD, _edited(shared))
    assert sorted(c.line() for c in found.wire) == [
        "GET /widgets/{id}: parameter added: header tenant (required)",
        "PUT /widgets/{id}: parameter added: header tenant (required)",
    ]

    def overridden(doc: Doc) -> None:
        shared(doc)
        doc["paths"]["/widgets/{id}"]["put"]["parameters"].append({"name": "tenant", "in": "header"})

    assert [c.line() for c in wire_diff(_edited(shared), _edited(overridden)).wire] == [
        "PUT /widgets/{id}: parameter header tenant required True -> False"
    ]


def test_a_property_named_like_a_documentation_keyword_is_on_the_wire() -> None:
    new = _edited(lambda d: d["components"]["schemas"]["Problem"]["properties"].__setitem__("description", {}))
    assert [c.line() for c in wire_diff(OLD, new).wire] == [
        "GET /widgets/{id}: response 404 application/json: property added: description (any)"
    ]


@pytest.mark.parametrize("vendor", sorted(load_vendors()))
def test_each_vendors_source_renamed_throughout_has_no_wire_change(vendor: str) -> None:
    """Every schema renamed, every operationId replaced, every $ref'd parameter inlined: the wire stays."""
    old = load_document(load_vendors()[vendor].spec_dir() / "source.yaml")
    new = copy.deepcopy(old)
    for name in list(new.get("components", {}).get("schemas", {})):
        _rename_schema(new, name, f"{name}Renamed")
    operations = 0
    for item in new["paths"].values():
        for method, operation in item.items():
            if method in ("get", "put", "post", "delete", "patch") and isinstance(operation, dict):
                operations += 1
                operation["operationId"] = f"{method}_{operations}_fastapi"
                operation["parameters"] = [
                    copy.deepcopy(new["components"]["parameters"][p["$ref"].rsplit("/", 1)[1]]) if "$ref" in p else p
                    for p in operation.get("parameters", [])
                ]
    found = wire_diff(old, new)
    assert found.wire == []
    assert sum(c.kind == "operationId" for c in found.naming) == operations
