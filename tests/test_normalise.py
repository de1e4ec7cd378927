"""The normaliser: each rule on a small document, what it changes in generation, and that the wire stays
identical (every instance drawn from a schema before or after normalising validates alike against both)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen import generate
from codegen.normalise import normalise
from registry.documents import load_document
from registry.vendors import REPO_ROOT, load_vendors, select
from tests.budget import examples
from tests.spec_strategies import (
    SpecStrategyError,
    draw_validates_alike,
    json_schema,
)

DROPSHOT = Path(__file__).parent / "fixtures" / "dropshot"
REF = "#/components/schemas/"


def _doc(version: str, **schemas: Any) -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": {}, "components": {"schemas": schemas}}


def _schemas(document: dict[str, Any]) -> dict[str, Any]:
    schemas: dict[str, Any] = normalise(document).document["components"]["schemas"]
    return schemas


# --- each rule ---------------------------------------------------------------------------------------------


def test_inline_variants_become_components_named_by_their_tag() -> None:
    union = {
        "oneOf": [
            {
                "type": "object",
                "properties": {"type": {"type": "string", "enum": ["start_path"]}},
                "required": ["type"],
            },
            {
                "type": "object",
                "properties": {"type": {"const": "close"}, "x": {"type": "number"}},
                "required": ["type"],
            },
            {"type": "string"},
        ]
    }
    schemas = _schemas(_doc("3.1.0", Cmd=union))
    assert schemas["Cmd"]["oneOf"] == [{"$ref": f"{REF}CmdStartPath"}, {"$ref": f"{REF}CmdClose"}, {"type": "string"}]
    assert schemas["CmdClose"] == union["oneOf"][1]


def test_untagged_inline_variants_are_named_by_position_and_names_never_collide() -> None:
    union = {"anyOf": [{"type": "object", "properties": {"a": {"type": "string"}}}, {"type": "integer"}]}
    schemas = _schemas(_doc("3.0.3", U=union, UVariant0={"type": "string"}))
    assert schemas["U"]["anyOf"][0] == {"$ref": f"{REF}UVariant02"}
    assert schemas["UVariant0"] == {"type": "string"}


def test_allof_of_one_ref_becomes_the_ref_and_a_nullable_one_stays_nullable() -> None:
    wrapped = {"allOf": [{"$ref": f"{REF}E"}], "description": "why"}
    nullable = {**wrapped, "nullable": True}
    e = {"type": "string", "enum": ["a"]}
    for version in ("3.0.3", "3.1.0"):
        schemas = _schemas(_doc(version, E=e, P={"type": "object", "properties": {"w": wrapped, "n": nullable}}))
        assert schemas["P"]["properties"]["w"] == {"$ref": f"{REF}E", "description": "why"}
    # 3.0 ignores what stands beside a $ref: there the wrapper is what says nullable, and it stays.
    assert _schemas(_doc("3.0.3", E=e, N=nullable))["N"] == nullable
    assert _schemas(_doc("3.1.0", E=e, N=nullable))["N"] == {
        "anyOf": [{"$ref": f"{REF}E"}, {"type": "null"}],
        "description": "why",
    }
    # allOf beside a constraint is an intersection, not a wrapper: left alone.
    constrained = {"allOf": [{"$ref": f"{REF}E"}], "minLength": 2}
    assert _schemas(_doc("3.1.0", E=e, C=constrained))["C"] == constrained


def test_documented_enums_become_one_enum_keeping_descriptions() -> None:
    documented = {
        "description": "Formats.",
        "oneOf": [
            {"type": "string", "enum": ["gltf"], "description": "glTF 2.0."},
            {"type": "string", "enum": ["obj"]},
        ],
    }
    assert _schemas(_doc("3.0.3", F=documented))["F"] == {
        "description": "Formats.",
        "type": "string",
        "enum": ["gltf", "obj"],
        "x-enum-descriptions": ["glTF 2.0.", None],
    }
    mixed = {"oneOf": [{"type": "string", "enum": ["a"]}, {"type": "string"}]}
    assert _schemas(_doc("3.0.3", M=mixed))["M"] == mixed


def test_nullable_enums_of_31_become_an_enum_or_null() -> None:
    with_null = {"type": ["string", "null"], "enum": ["de", "en", None], "description": "Language."}
    without = {"type": ["string", "null"], "enum": ["de", "en"]}
    schemas = _schemas(_doc("3.1.0", W=with_null, O=without))
    assert schemas["W"] == {
        "description": "Language.",
        "anyOf": [{"type": "string", "enum": ["de", "en"]}, {"type": "null"}],
    }
    assert schemas["O"] == {"type": "string", "enum": ["de", "en"]}
    assert _schemas(_doc("3.0.3", W=with_null))["W"] == with_null  # a 3.0 `type` is never a list


def test_names_that_make_one_class_get_stable_distinct_names_and_refs_follow() -> None:
    document = _doc("3.0.3", Foo3d={"type": "object"}, Foo3D={"type": "string"}, P={"items": {"$ref": f"{REF}Foo3d"}})
    result = normalise(document)
    schemas = result.document["components"]["schemas"]
    assert set(schemas) == {"Foo3D", "Foo3d2", "P"}
    assert schemas["P"]["items"] == {"$ref": f"{REF}Foo3d2"}
    assert result.origin(f"{REF}Foo3d2/properties/x") == f"{REF}Foo3d/properties/x"
    assert normalise(document).rewrites == result.rewrites  # the same names every run


def test_a_document_without_those_constructs_is_left_as_it_is() -> None:
    document = _doc("3.0.3", P={"type": "object", "properties": {"a": {"$ref": f"{REF}Q"}}}, Q={"type": "string"})
    result = normalise(document)
    assert result.document == document
    assert result.rewrites == ()


# --- what it changes in generation ---------------------------------------------------------------------------


def test_documented_and_nullable_enums_generate_one_enum_each_instead_of_one_per_value(tmp_path: Path) -> None:
    """Not dropped but degraded before: a class per value (and three copies of a 3.1 nullable enum)."""
    root = tmp_path / "repo"
    shutil.copytree(DROPSHOT, root)
    vendor = select(["dropshot"], root / "specs" / "vendors.toml")[0]
    document = _doc(
        "3.1.0",
        Exports={"oneOf": [{"type": "string", "enum": [value]} for value in ("gltf", "obj", "stl")]},
        Job={
            "type": "object",
            "properties": {"status": {"type": ["string", "null"], "enum": ["queued", "done", None]}},
        },
    )
    answer = {"description": "ok", "content": {"application/json": {"schema": {"$ref": f"{REF}Job"}}}}
    query = {"name": "f", "in": "query", "schema": {"$ref": f"{REF}Exports"}}
    document["paths"] = {
        "/job": {"get": {"operationId": "get_job", "parameters": [query], "responses": {"200": answer}}}
    }
    source = tmp_path / "openapi.yaml"
    source.write_text(yaml.safe_dump(document), encoding="utf-8")

    def enum_modules(spec: dict[str, Any], where: Path) -> set[str]:
        assert generate._generate_package(vendor, spec, source, where, root) == []
        return {path.stem for path in (where / "fabapi_dropshot" / "models").glob("*.py")} - {"__init__", "job"}

    assert enum_modules(document, tmp_path / "before") == {
        "exports_type_0", "exports_type_1", "exports_type_2",
        "job_status_type_1", "job_status_type_2_type_1", "job_status_type_3_type_1",
    }  # fmt: skip
    assert enum_modules(normalise(document).document, tmp_path / "after") == {"exports", "job_status_type_0"}


# --- the wire stays identical ----------------------------------------------------------------------------


def _documents() -> Iterator[tuple[str, dict[str, Any]]]:
    yield "dropshot", load_document(DROPSHOT / "specs" / "dropshot" / "source.yaml")
    for vendor in load_vendors().values():
        yield vendor.key, load_document(vendor.spec_dir(REPO_ROOT) / "openapi.yaml")


def _rewritten_schemas() -> Iterator[Any]:
    """(document, schema before, schema after) for each component the normaliser changed, and each
    rewritten schema of an operation; a component only a recursive schema could inline is left out."""
    for name, document in _documents():
        result = normalise(document)
        after_names = {result.origin(f"{REF}{new}"): new for new in result.document["components"]["schemas"]}
        before: dict[str, Any] = document.get("components", {}).get("schemas", {})
        for component, schema in before.items():
            new = after_names.get(f"{REF}{component}", component)
            changed = result.document["components"]["schemas"][new]
            try:
                differs = json_schema(document, schema) != json_schema(result.document, changed)
            except SpecStrategyError:
                continue
            if differs:
                yield pytest.param(document, result.document, schema, changed, id=f"{name}:{component}")
        # The top schema of each parameter, body or response holding a rewrite (paths keep their places).
        tops = {r.at[: r.at.index("/schema") + len("/schema")] for r in result.rewrites if r.at.startswith("#/paths/")}
        for at in sorted(tops):
            old, new_schema = _pointer(document, at), _pointer(result.document, at)
            yield pytest.param(document, result.document, old, new_schema, id=f"{name}:{at}")


def _pointer(document: Any, pointer: str) -> Any:
    node = document
    for raw in pointer[2:].split("/"):
        part = raw.replace("~1", "/").replace("~0", "~")
        node = node[int(part)] if isinstance(node, list) else node[part]
    return node


@pytest.mark.parametrize(("before_doc", "after_doc", "before", "after"), list(_rewritten_schemas()))
@settings(
    max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_every_instance_validates_alike_before_and_after_normalising(
    before_doc: dict[str, Any], after_doc: dict[str, Any], before: Any, after: Any, data: st.DataObject
) -> None:
    draw_validates_alike(data, before_doc, after_doc, before, after)


def test_the_equivalence_test_covers_every_rule() -> None:
    ids = {param.id for param in _rewritten_schemas()}
    assert {"dropshot:InputFormat3d", "dropshot:FileExportFormat", "dropshot:FileConversion"} <= ids
    assert "threeyourmind:NullableLanguage" in ids  # the one rewrite of today's five specs that changes output
