"""The structural diff: each kind of change, one line each, grouped with counts; order never counts."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.__main__ import main
from codegen.specdiff import Change, diff, render

OLD: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "T", "version": "1"},
    "paths": {
        "/widgets": {
            "parameters": [{"name": "tenant", "in": "header", "schema": {"type": "string"}}],
            "get": {
                "operationId": "listWidgets",
                "parameters": [{"name": "limit", "in": "query", "schema": {"type": "integer", "maximum": 100}}],
                "responses": {
                    "200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}}
                },
            },
            "post": {
                "operationId": "createWidget",
                "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/Widget"}}}},
                "responses": {"201": {"description": "made"}},
                "security": [{"token": []}],
            },
        },
        "/gadgets": {
            "delete": {
                "operationId": "deleteGadget",
                "responses": {
                    "204": {"description": "gone"},
                    "404": {"$ref": "#/components/responses/NotFound"},
                },
            }
        },
    },
    "components": {
        "responses": {"NotFound": {"description": "no such thing"}},
        "schemas": {
            "Colour": {"type": "string", "enum": ["red", "blue"]},
            "Widget": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "colour": {"type": "string", "enum": ["red", "blue"]},
                    "size": {"type": "integer"},
                    "tags": {"type": "array", "items": {"type": "string", "description": "a label"}},
                },
            },
            "Legacy": {"type": "object"},
        },
    },
}


def _changed(**edits: Any) -> dict[str, Any]:
    new = copy.deepcopy(OLD)
    for edit in edits.values():
        edit(new)
    return new


def _rename_ref(document: dict[str, Any]) -> dict[str, Any]:
    """Lambdas cannot write a `$ref` key with update(); they write `ref`, renamed here."""
    response = document["paths"]["/gadgets"]["delete"]["responses"]["404"]
    if "ref" in response:
        response["$ref"] = response.pop("ref")
    return document


def _lines(new: dict[str, Any]) -> list[tuple[str, str, str, str]]:
    return [(c.area, c.kind, c.subject, c.detail) for c in diff(OLD, new)]


def test_nothing_changes_when_only_order_and_formatting_differ() -> None:
    reordered = dict(reversed(list(copy.deepcopy(OLD).items())))
    reordered["paths"] = dict(reversed(list(reordered["paths"].items())))
    assert diff(OLD, reordered) == []
    assert render([]) == "no structural changes\n"


def test_operations_added_and_removed() -> None:
    def edit(new: dict[str, Any]) -> None:
        del new["paths"]["/gadgets"]
        new["paths"]["/widgets/{id}"] = {"get": {"operationId": "getWidget", "responses": {}}}

    assert _lines(_changed(a=edit)) == [
        ("operation", "added", "GET /widgets/{id}", "getWidget"),
        ("operation", "removed", "DELETE /gadgets", ""),
    ]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda n: n["paths"]["/widgets"]["get"]["parameters"].append({"name": "q", "in": "query", "required": True}),
         "parameter added: query q (required)"),
        (lambda n: n["paths"]["/widgets"]["get"]["parameters"].clear(), "parameter removed: query limit"),
        (lambda n: n["paths"]["/widgets"]["get"]["parameters"][0]["schema"].update(maximum=50),
         "parameter query limit schema maximum 100 -> 50"),
        (lambda n: n["paths"]["/widgets"]["post"]["requestBody"]["content"].update({"text/csv": {}}),
         "request body content type added: text/csv"),
        (lambda n: n["paths"]["/widgets"]["post"].pop("requestBody"), "request body removed"),
        (lambda n: n["paths"]["/widgets"]["get"]["responses"].update({"404": {"description": "no"}}),
         "response added: 404"),
        (lambda n: n["paths"]["/widgets"]["post"]["responses"].pop("201"), "response removed: 201"),
        (lambda n: n["paths"]["/widgets"]["get"]["responses"]["200"]["content"]["application/json"].update(
            schema={"type": "array"}),
         "response 200 application/json schema type None -> array; $ref #/components/schemas/Widget -> None"),
        (lambda n: n["paths"]["/widgets"]["post"].update(security=[]), 'security [{"token": []}] -> []'),
        (lambda n: n["paths"]["/widgets"]["post"].update(operationId="makeWidget"),
         "operationId createWidget -> makeWidget"),
        (lambda n: n["paths"]["/widgets"]["post"].update(deprecated=True), "deprecated False -> True"),
        (lambda n: n["paths"]["/widgets"]["get"]["parameters"][0]["schema"].update(enum=[10, 50]),
         "parameter query limit schema enum values added [10, 50]"),
        (lambda n: n["paths"]["/widgets"]["get"]["parameters"].append({"$ref": "#/components/parameters/Page"}),
         "parameter added: $ref #/components/parameters/Page"),
        # An operation's own parameter replaces its path's parameter of the same `in` and `name`.
        (lambda n: n["paths"]["/widgets"]["get"]["parameters"].append(
            {"name": "tenant", "in": "header", "required": True, "schema": {"type": "string"}}),
         "parameter header tenant required False -> True"),
        (lambda n: n["paths"]["/widgets"]["get"].update(requestBody={"content": {}}), "request body added"),
        (lambda n: n["paths"]["/widgets"]["post"]["requestBody"]["content"].pop("application/json"),
         "request body content type removed: application/json"),
        (lambda n: n["paths"]["/widgets"]["post"]["requestBody"]["content"]["application/json"].update(
            schema={"$ref": "#/components/schemas/Gadget"}),
         "request body application/json schema $ref #/components/schemas/Widget -> #/components/schemas/Gadget"),
        (lambda n: n["paths"]["/widgets"]["post"]["requestBody"].update(required=True),
         "request body required False -> True"),
        (lambda n: n["paths"]["/widgets"]["get"]["responses"]["200"]["content"].update({"text/csv": {}}),
         "response 200 content type added: text/csv"),
        (lambda n: n["paths"]["/gadgets"]["delete"]["responses"]["404"].update(ref="#/components/responses/Gone"),
         "response 404 $ref #/components/responses/NotFound -> #/components/responses/Gone"),
    ],
)  # fmt: skip
def test_each_kind_of_operation_change(edit: Any, expected: str) -> None:
    changes = diff(OLD, _rename_ref(_changed(a=edit)))
    assert [c.detail for c in changes] == [expected]
    assert changes[0].area == "operation" and changes[0].kind == "changed"


def test_a_path_level_parameter_changes_every_operation_of_the_path() -> None:
    changes = diff(OLD, _changed(a=lambda n: n["paths"]["/widgets"]["parameters"][0].update(required=True)))
    assert [(c.subject, c.detail) for c in changes] == [
        ("GET /widgets", "parameter header tenant required False -> True"),
        ("POST /widgets", "parameter header tenant required False -> True"),
    ]


@pytest.mark.parametrize(
    ("edit", "expected"),
    [
        (lambda n: n["components"]["schemas"]["Widget"]["properties"].update(weight={"type": "number"}),
         "property added: weight (number)"),
        (lambda n: n["components"]["schemas"]["Widget"]["properties"].pop("size"), "property removed: size"),
        (lambda n: n["components"]["schemas"]["Widget"]["required"].append("size"), "now required: size"),
        (lambda n: n["components"]["schemas"]["Widget"]["required"].clear(), "no longer required: id"),
        (lambda n: n["components"]["schemas"]["Widget"]["properties"]["size"].update(type="number"),
         "property size: type integer -> number"),
        (lambda n: n["components"]["schemas"]["Widget"]["properties"]["colour"].update(enum=["red", "green"]),
         "property colour: enum values added ['green']; enum values removed ['blue']"),
        (lambda n: n["components"]["schemas"]["Legacy"].update(type="array"), "type object -> array"),
        (lambda n: n["components"]["schemas"]["Colour"]["enum"].append("green"), "enum values added ['green']"),
        (lambda n: n["components"]["schemas"]["Colour"]["enum"].remove("red"), "enum values removed ['red']"),
        (lambda n: n["components"]["schemas"]["Widget"]["properties"]["size"].update(nullable=True),
         "property size: nullable None -> True"),
        (lambda n: n["components"]["schemas"]["Widget"]["properties"]["tags"]["items"].update(type="integer"),
         "property tags: items changed"),
        (lambda n: n["components"]["schemas"]["Legacy"].update(allOf=[{"$ref": "#/components/schemas/Widget"}]),
         "allOf changed"),
    ],
)  # fmt: skip
def test_each_kind_of_schema_change(edit: Any, expected: str) -> None:
    changes = diff(OLD, _changed(a=edit))
    assert [(c.area, c.kind, c.detail) for c in changes] == [("schema", "changed", expected)]


def test_schemas_added_and_removed_and_the_report_groups_and_counts() -> None:
    def edit(new: dict[str, Any]) -> None:
        del new["components"]["schemas"]["Legacy"]
        new["components"]["schemas"]["Gadget"] = {"type": "object"}
        del new["paths"]["/gadgets"]
        new["components"]["schemas"]["Widget"]["properties"].pop("size")

    report = render(diff(OLD, _changed(a=edit)))
    assert report == (
        "operations removed (1):\n  DELETE /gadgets\n"
        "schemas added (1):\n  Gadget\n"
        "schemas removed (1):\n  Legacy\n"
        "schemas changed (1 schema, 1 change):\n  Widget: property removed: size\n"
        "4 changes: 1 operation removed, 1 schema added, 1 schema removed, 1 schema changed\n"
    )
    assert Change("schema", "added", "Gadget").line() == "Gadget"


def test_diff_of_two_files_exits_1_when_they_differ(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.json"
    old.write_text(yaml.safe_dump(OLD), encoding="utf-8")
    new.write_text(json.dumps(OLD), encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 0
    assert "no wire changes" in capsys.readouterr().out  # the command's diff is codegen.wirediff
    new.write_text(json.dumps(_changed(a=lambda n: n["paths"].pop("/gadgets"))), encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 1
    assert "DELETE /gadgets" in capsys.readouterr().out
    assert main(["diff", str(old)]) == 2
    assert "two documents" in capsys.readouterr().err


def test_documentation_is_not_a_structural_change() -> None:
    def edit(new: dict[str, Any]) -> None:
        widget = new["components"]["schemas"]["Widget"]
        widget["description"] = "A widget."
        widget["properties"]["size"]["description"] = "In millimetres."
        widget["properties"]["size"]["example"] = 12
        widget["properties"]["tags"]["items"]["description"] = "a free-form label"
        new["paths"]["/widgets"]["get"]["summary"] = "List widgets"
        new["paths"]["/widgets"]["get"]["parameters"][0]["description"] = "At most this many."

    assert diff(OLD, _changed(a=edit)) == []


def test_a_property_named_like_a_documentation_keyword_still_counts() -> None:
    def edit(new: dict[str, Any]) -> None:
        new["components"]["schemas"]["Widget"]["properties"]["description"] = {"type": "string"}

    assert _lines(_changed(a=edit)) == [("schema", "changed", "Widget", "property added: description (string)")]


def test_the_documents_security_applies_to_operations_without_their_own() -> None:
    changes = diff(OLD, _changed(a=lambda n: n.update(security=[{"token": []}])))
    assert [(c.subject, c.detail) for c in changes] == [
        ("DELETE /gadgets", 'security null -> [{"token": []}]'),
        ("GET /widgets", 'security null -> [{"token": []}]'),
    ]


def test_status_codes_compare_as_text_whether_yaml_numbers_or_json_strings() -> None:
    numeric = copy.deepcopy(OLD)
    responses = numeric["paths"]["/gadgets"]["delete"]["responses"]
    numeric["paths"]["/gadgets"]["delete"]["responses"] = {int(status): value for status, value in responses.items()}
    assert diff(OLD, numeric) == []
    assert diff(yaml.safe_load(yaml.safe_dump(numeric)), json.loads(json.dumps(OLD))) == []


def test_malformed_parts_are_compared_as_absent_not_crashed_on() -> None:
    broken: dict[str, Any] = {
        "openapi": "3.1.0",
        "paths": {"/widgets": {"get": {"parameters": "none", "responses": ["200"]}, "post": "x"}, "/bad": []},
        "components": {"schemas": {"Widget": {"required": True, "properties": [], "enum": "red"}, "Legacy": 3}},
    }
    lines = {(c.kind, c.subject, c.detail) for c in diff(OLD, broken)}
    assert ("removed", "POST /widgets", "") in lines
    assert ("changed", "GET /widgets", "parameter removed: query limit") in lines
    assert ("changed", "Widget", "no longer required: id") in lines
    assert ("changed", "Legacy", "type object -> None") in lines


def test_a_changed_group_counts_subjects_and_changes() -> None:
    def edit(new: dict[str, Any]) -> None:
        new["paths"]["/widgets"]["get"]["operationId"] = "widgets"
        new["paths"]["/widgets"]["get"]["deprecated"] = True
        new["paths"]["/widgets"]["post"]["deprecated"] = True

    assert render(diff(OLD, _changed(a=edit))) == (
        "operations changed (2 operations, 3 changes):\n"
        "  GET /widgets: operationId listWidgets -> widgets\n"
        "  GET /widgets: deprecated False -> True\n"
        "  POST /widgets: deprecated False -> True\n"
        "3 changes: 3 operations changed\n"
    )


def test_diff_reads_tab_indented_json_and_refuses_what_is_not_openapi(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = tmp_path / "old.yaml", tmp_path / "new.json"
    old.write_text(yaml.safe_dump(OLD), encoding="utf-8")
    new.write_text(json.dumps(OLD, indent="\t"), encoding="utf-8")  # YAML refuses tabs; JSON does not
    assert main(["diff", str(old), str(new)]) == 0
    new.write_text(json.dumps({"title": "a catalogue"}), encoding="utf-8")
    assert main(["diff", str(old), str(new)]) == 2
    assert "not an OpenAPI document: no `openapi` key" in capsys.readouterr().err
    assert main(["diff", str(old), str(tmp_path / "missing.yaml")]) == 2
    assert "missing.yaml: $: cannot read" in capsys.readouterr().err
