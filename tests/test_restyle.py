"""The restylers: every style on every vendor's source keeps the wire (the same operations, parameters,
bodies and answers, and every instance drawn from a schema validates alike before and after), is
deterministic, and writes its generator's names."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.restyle import ADDED_RESPONSES, STYLES, RestyleError, restyle
from codegen.restyle.__main__ import main
from codegen.restyle.common import HTTP_METHODS
from codegen.validation import validate_openapi
from registry.documents import dump_document, load_document
from registry.vendors import load_vendors
from tests.budget import examples
from tests.house_documents import house_source
from tests.spec_strategies import (
    SpecStrategyError,
    draw_validates_alike,
    json_schema,
    resolve,
)

VENDORS = sorted(load_vendors())
CASES = [(vendor, style) for vendor in VENDORS for style in STYLES]


def _source(vendor: str) -> dict[str, Any]:
    # The house layout, not source.yaml as it is: after a fetch of a restyled document the source is
    # already in some generator's conventions, and restyling it again would prove little.
    return house_source(vendor)


_RESTYLED: dict[tuple[str, str], dict[str, Any]] = {}


def _restyled(vendor: str, style: str) -> dict[str, Any]:
    if (vendor, style) not in _RESTYLED:
        _RESTYLED[vendor, style] = restyle(style, _source(vendor))
    return _RESTYLED[vendor, style]


def _operations(document: Mapping[str, Any]) -> Iterator[tuple[str, Mapping[str, Any], Mapping[str, Any]]]:
    """(`METHOD /path`, path item, operation) for every operation."""
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            if isinstance(item.get(method), Mapping):
                yield f"{method.upper()} {path}", item, item[method]


def _wire_parts(document: Mapping[str, Any]) -> dict[str, Any]:
    """Where each schema of the wire sits, by wire names only: {place: (schema, what else is wired there)}."""
    parts: dict[str, Any] = {}
    for where, item, operation in _operations(document):
        for raw in [*item.get("parameters", []), *operation.get("parameters", [])]:
            parameter = resolve(document, raw)
            wired = {key: parameter.get(key) for key in ("required", "style", "explode", "allowReserved")}
            parts[f"{where} {parameter['in']} {parameter['name']}"] = (parameter.get("schema", {}), wired)
        body = resolve(document, operation.get("requestBody"))
        if isinstance(body, Mapping):
            for media_type, media in body.get("content", {}).items():
                parts[f"{where} body {media_type}"] = (media.get("schema", {}), {"required": body.get("required")})
        for status, raw in operation.get("responses", {}).items():
            response = resolve(document, raw)
            for media_type, media in response.get("content", {}).items():
                parts[f"{where} {status} {media_type}"] = (media.get("schema", {}), {})
            if not response.get("content"):
                parts[f"{where} {status}"] = ({}, {})
        parts[f"{where} security"] = ({}, {"security": operation.get("security", document.get("security"))})
    return parts


@pytest.mark.parametrize(("vendor", "style"), CASES)
def test_a_restyled_document_is_valid_openapi_with_the_same_operations_parameters_and_answers(
    vendor: str, style: str
) -> None:
    before, after = _source(vendor), _restyled(vendor, style)
    validate_openapi(after, Path(f"{vendor}-{style}"))
    old, new = _wire_parts(before), _wire_parts(after)
    added = {place for place in set(new) - set(old) if place.split(" ")[2] in ADDED_RESPONSES[style]}
    assert set(new) - added == set(old)
    assert {place: wired for place, (_, wired) in old.items()} == {
        place: wired for place, (_, wired) in new.items() if place not in added
    }
    # FastAPI's 422, on operations that documented no 422: one validation error component (named
    # `HTTPValidationError`, or with a number where the document has another schema of that name).
    refs = {new[place][0]["$ref"] for place in added}
    assert len(refs) == (1 if added else 0)
    for ref in refs:
        assert re.fullmatch(r"#/components/schemas/HTTPValidationError\d*", ref)
        assert set(resolve(after, {"$ref": ref})["properties"]) == {"detail"}


@pytest.mark.parametrize(("vendor", "style"), CASES)
def test_a_restyler_is_deterministic_and_leaves_its_input_alone(vendor: str, style: str) -> None:
    source = _source(vendor)
    kept = json.dumps(source, default=str)
    first = dump_document(restyle(style, source), "#")
    assert json.dumps(source, default=str) == kept
    assert dump_document(restyle(style, _source(vendor)), "#") == first


def _changed_schemas() -> Iterator[Any]:
    """(before document, after document, schema before, schema after) for every wire schema whose JSON
    Schema reading the restyler changed; references are read through, so renames alone change nothing."""
    for vendor, style in CASES:
        before, after = _source(vendor), _restyled(vendor, style)
        old, new = _wire_parts(before), _wire_parts(after)
        seen: set[str] = set()  # one case per distinct pair: many answers share one component
        for place, (schema, _) in old.items():
            try:
                pair = (json_schema(before, schema), json_schema(after, new[place][0]))
            except SpecStrategyError:
                pair = (schema, new[place][0])  # recursive: the test body says so
            key = json.dumps(pair, sort_keys=True, default=str)
            if _bare(pair[0]) != _bare(pair[1]) and key not in seen:
                seen.add(key)
                yield pytest.param(before, after, schema, new[place][0], id=f"{vendor}-{style}:{place}")


_NOTES = frozenset({"title", "description", "default", "examples", "$comment"})


def _bare(schema: Any) -> Any:
    """A translated schema without the keywords that never decide validity (titles, descriptions)."""
    if isinstance(schema, list):
        return [_bare(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    out: dict[str, Any] = {}
    for key, value in schema.items():
        if key in _NOTES:
            continue
        if key in ("properties", "patternProperties", "dependentSchemas") and isinstance(value, dict):
            out[key] = {name: _bare(item) for name, item in value.items()}
        elif key in ("enum", "const", "required"):
            out[key] = value
        else:
            out[key] = _bare(value)
    return out


CHANGED = list(_changed_schemas())


def _drawable(document: dict[str, Any], schema: Any) -> bool:
    try:
        json_schema(document, schema)
    except SpecStrategyError:
        return False
    return True


@pytest.mark.parametrize(("before_doc", "after_doc", "before", "after"), CHANGED)
@settings(
    max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_every_instance_validates_alike_before_and_after_restyling(
    before_doc: dict[str, Any], after_doc: dict[str, Any], before: Any, after: Any, data: st.DataObject
) -> None:
    if not (_drawable(before_doc, before) and _drawable(after_doc, after)):
        pytest.fail("a recursive wire schema: the equivalence test cannot inline it (compare its components)")
    draw_validates_alike(data, before_doc, after_doc, before, after)


def test_the_equivalence_test_sees_each_style_change_the_wire_schemas() -> None:
    """Not vacuous: every style rewrites some wire schema of some vendor beyond renaming it."""
    styles = {param.id.split(":")[0].split("-")[-1] for param in CHANGED}
    assert styles == set(STYLES)


# --- each style's names ----------------------------------------------------------------------------------


def _operation_ids(document: Mapping[str, Any]) -> dict[str, str]:
    return {where: str(operation["operationId"]) for where, _, operation in _operations(document)}


def test_fastapi_ids_are_fastapis_unique_ids_and_every_property_has_a_title() -> None:
    after = _restyled("cloudslicer", "fastapi")
    assert after["openapi"] == "3.1.0"
    assert _operation_ids(after)["GET /v1/user"] == "get_user_v1_user_get"
    assert all(re.fullmatch(r"[a-z0-9_]+_(get|post|put|patch|delete)", op) for op in _operation_ids(after).values())
    assert "tags" not in after
    for schema in after["components"]["schemas"].values():
        for prop in schema.get("properties", {}).values():
            assert "title" in prop or "$ref" in prop
    body = _restyled("kaedim", "fastapi")["paths"]["/process"]["post"]["requestBody"]["content"]
    assert body["multipart/form-data"]["schema"]["$ref"].startswith("#/components/schemas/Body_process_process_post")
    nullable = json.dumps(_restyled("eiger", "fastapi")["components"])
    assert '"nullable"' not in nullable and '{"type": "null"}' in nullable


def test_dropshot_inlines_tagged_variants_wraps_refs_and_documents_enums() -> None:
    after = _restyled("kittycad", "dropshot")
    assert after["openapi"] == "3.0.3"
    schemas = after["components"]["schemas"]
    union = schemas["AsyncApiCallOutput"]
    assert "discriminator" not in union and all("$ref" not in variant for variant in union["oneOf"])
    assert "AsyncFileConversion" not in schemas
    text = json.dumps(schemas)
    assert '"allOf": [{"$ref"' in text and '"oneOf": [{"type": "string", "enum": [' in text
    paged = [op for _, _, op in _operations(after) if "x-dropshot-pagination" in op]
    assert paged and all(re.fullmatch(r"[a-z0-9_]+", op["operationId"]) for _, _, op in _operations(after))
    assert all(set(p) == {"$ref"} for _, _, op in _operations(after) for p in op.get("parameters", []))
    assert after["components"]["parameters"]


def test_drf_splits_request_components_refs_enums_and_names_operations_by_path() -> None:
    after = _restyled("threeyourmind", "drf")
    assert after["openapi"] == "3.0.3"
    schemas = after["components"]["schemas"]
    assert any(name.endswith("Request") for name in schemas) and any(n.startswith("Patched") for n in schemas)
    enums = [name for name, schema in schemas.items() if "x-spec-enum-id" in schema]
    assert enums and all(name.endswith("Enum") for name in enums)
    ids = _operation_ids(after)
    assert all(
        re.fullmatch(r"[a-z0-9_]+_(list|retrieve|create|update|partial_update|destroy)(_\d+)?", i) for i in ids.values()
    )
    assert {tag["name"] for tag in after["tags"]} >= {op["tags"][0] for _, _, op in _operations(after)}


def test_drf_marks_server_set_fields_read_only_only_where_answers_use_them() -> None:
    """`Order` is in answers only: its `id` is the server's. `CatalogItemIds` is a request body only: after the
    split nothing uses it, and its `id` (the ids to delete) is what the requests send."""
    schemas = _restyled("threeyourmind", "drf")["components"]["schemas"]
    assert schemas["Order"]["properties"]["id"].get("readOnly") is True
    assert "readOnly" not in schemas["CatalogItemIds"]["properties"]["id"]
    assert "readOnly" not in schemas["CatalogItemIdsRequest"]["properties"]["id"]


def test_the_command_writes_json_or_yaml_and_names_an_unknown_style(tmp_path: Path) -> None:
    source = tmp_path / "source.yaml"
    source.write_text(dump_document(_source("kaedim"), "#"), encoding="utf-8")
    assert main(["fastapi", str(source), str(tmp_path / "k.json")]) == 0
    assert json.loads((tmp_path / "k.json").read_text(encoding="utf-8")) == _restyled("kaedim", "fastapi")
    assert main(["drf", str(source), str(tmp_path / "k.yaml")]) == 0
    assert load_document(tmp_path / "k.yaml") == _restyled("kaedim", "drf")
    with pytest.raises(RestyleError, match="no restyler 'swagger'; there are dropshot, fastapi, drf"):
        restyle("swagger", _source("kaedim"))


def test_a_construct_without_a_30_form_is_refused_by_name() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"Blob": {"type": "string", "contentMediaType": "image/png"}}},
    }
    with pytest.raises(RestyleError, match=r"contentMediaType has no 3\.0 form"):
        restyle("dropshot", document)
