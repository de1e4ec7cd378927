"""The layout (`codegen.layout`): each rule on a small document; the wire identical before and after (every
instance drawn from a wire schema validates alike); and what it is for: each vendor's curation applies to
its source restyled by every style, as `fetch --update` re-applies it."""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen import layout
from codegen.fetch import check_vendor
from codegen.layout import LayoutError, canonical, laid_out, overlay_dialect
from codegen.overlay import apply_overlay
from codegen.restyle import STYLES, restyle
from codegen.validation import validate_openapi
from registry.errors import SpecError
from registry.vendors import REPO_ROOT, load_vendors
from tests.budget import examples
from tests.house_documents import committed
from tests.spec_strategies import (
    SpecStrategyError,
    draw_validates_alike,
    json_schema,
)
from tests.test_restyle import _bare, _wire_parts

REF = "#/components/schemas/"
VENDORS = load_vendors()
CASES = [(vendor, style) for vendor in sorted(VENDORS) for style in STYLES]


def _doc(version: str, paths: dict[str, Any] | None = None, **components: Any) -> dict[str, Any]:
    return {"openapi": version, "info": {"title": "t", "version": "1"}, "paths": paths or {}, "components": components}


def _overlay(dialect: str | None, *actions: dict[str, Any]) -> dict[str, Any]:
    overlay: dict[str, Any] = {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}
    return overlay if dialect is None else {**overlay, layout.DIALECT_KEY: dialect}


def _rules(laid: layout.Laid) -> list[tuple[str, str]]:
    return [(rewrite.rule, rewrite.at) for rewrite in laid.rewrites]


# --- each rule ---------------------------------------------------------------------------------------------


def test_a_30_document_takes_the_31_dialect_its_overlay_is_written_in() -> None:
    source = _doc("3.0.3", schemas={"A": {"type": "object", "properties": {"n": {"type": "string", "nullable": True}}}})
    nullable = {"target": "$.components.schemas.A.properties.m", "description": "d", "update": {"x": 1}}
    overlay = _overlay("3.1", {"target": "$.components.schemas.A.properties", "description": "d", "update": {
        "m": {"type": ["array", "null"], "items": {"type": "string"}}}}, nullable)  # fmt: skip
    laid = laid_out(source, overlay, Path("o"))
    assert laid.document["openapi"] == "3.1.0"
    assert laid.document["components"]["schemas"]["A"]["properties"]["n"] == {"type": ["string", "null"]}
    assert _rules(laid) == [("dialect", "#/openapi"), ("dialect", f"{REF}A"), ("nullable", f"{REF}A/properties/n")]
    # The overlay's 3.1 construct lands in a 3.1 document: valid, where the 3.0 one refused it.
    validate_openapi(apply_overlay(laid.document, overlay, Path("o")), Path("o"))
    with pytest.raises(SpecError):
        validate_openapi(apply_overlay(source, overlay, Path("o")), Path("o"))


def test_a_31_document_takes_the_30_dialect_and_one_already_in_it_is_left_alone() -> None:
    source = _doc("3.1.0", schemas={"A": {"anyOf": [{"$ref": f"{REF}B"}, {"type": "null"}]}, "B": {"type": "string"}})
    laid = canonical(source, "3.0")
    assert laid.document["openapi"] == "3.0.3"
    assert laid.document["components"]["schemas"]["A"] == {"allOf": [{"$ref": f"{REF}B"}], "nullable": True}
    assert canonical(source, "3.1").rewrites == ()
    assert canonical(source, None).document == source  # no overlay, no dialect to put it in


def test_an_overlay_must_say_which_dialect_its_actions_are_written_in() -> None:
    assert overlay_dialect(_overlay("3.0"), Path("o")) == "3.0"
    for wrong in (None, "3.1.0", 3.1):
        with pytest.raises(SpecError, match=r"\$\.x-fabapi-dialect: expected the OpenAPI dialect .* \"3\.0\" or"):
            overlay_dialect(_overlay(wrong), Path("o"))  # type: ignore[arg-type]


def test_a_construct_without_a_form_in_the_overlays_dialect_is_a_layout_error() -> None:
    source = _doc("3.1.0", schemas={"Blob": {"type": "string", "contentMediaType": "image/png"}})
    with pytest.raises(LayoutError, match=r"the document has no OpenAPI 3\.0 form: contentMediaType"):
        canonical(source, "3.0")


def test_a_31_nullable_of_one_type_is_a_type_list_and_a_nullable_ref_stays_a_union() -> None:
    enum = {"description": "d", "anyOf": [{"type": "string", "enum": ["a"]}, {"type": "null"}]}
    const = {"oneOf": [{"type": "null"}, {"const": 1, "type": "integer"}]}
    ref = {"anyOf": [{"$ref": f"{REF}E"}, {"type": "null"}]}
    clash = {"description": "d", "anyOf": [{"type": "string", "description": "e"}, {"type": "null"}]}
    schemas = {"N": enum, "C": const, "R": ref, "X": clash, "E": {"type": "string"}}
    laid = canonical(_doc("3.1.0", schemas=schemas), None)
    assert laid.document["components"]["schemas"] == {
        "N": {"description": "d", "type": ["string", "null"], "enum": ["a", None]},
        "C": {"type": ["integer", "null"], "enum": [1, None]},
        "R": ref,
        "X": clash,
        "E": {"type": "string"},
    }
    assert [at for rule, at in _rules(laid)] == [f"{REF}N", f"{REF}C"]
    assert canonical(_doc("3.0.3", schemas={"N": enum}), None).rewrites == ()  # 3.0 has no type lists


def test_a_31_wrapped_ref_is_the_ref_beside_its_annotations_and_a_30_one_stays_wrapped() -> None:
    wrapped = {"allOf": [{"$ref": f"{REF}E"}], "description": "why"}
    schemas = {"P": {"type": "object", "properties": {"e": wrapped}}, "E": {"type": "string"}}
    laid = canonical(_doc("3.1.0", schemas=schemas), None)
    assert laid.document["components"]["schemas"]["P"]["properties"]["e"] == {"$ref": f"{REF}E", "description": "why"}
    assert _rules(laid) == [("allof-ref", f"{REF}P/properties/e")]
    # 3.0 ignores what stands beside a $ref: the wrapper is how it says anything there.
    assert canonical(_doc("3.0.3", schemas=schemas), None).rewrites == ()


def test_a_31_union_of_types_alike_but_for_their_type_is_a_type_list() -> None:
    alike = {"description": "d", "anyOf": [{"type": "integer", "minimum": 1}, {"type": "string", "minimum": 1}]}
    differing = {"anyOf": [{"type": "integer", "minimum": 1}, {"type": "string"}]}
    overlapping = {"oneOf": [{"type": "integer"}, {"type": "number"}]}
    exclusive = {"oneOf": [{"type": "integer"}, {"type": "string"}]}
    schemas = {"A": alike, "D": differing, "O": overlapping, "X": exclusive}
    laid = canonical(_doc("3.1.0", schemas=schemas), None)
    assert laid.document["components"]["schemas"] == {
        "A": {"description": "d", "minimum": 1, "type": ["integer", "string"]},
        "D": differing,
        "O": overlapping,  # 1 is both: the oneOf refuses it
        "X": {"type": ["integer", "string"]},
    }
    assert [rule for rule, _ in _rules(laid)] == ["type-list", "type-list"]


def _get(*parameters: Any) -> dict[str, Any]:
    return {"get": {"parameters": list(parameters), "responses": {"200": {"description": "ok"}}}}


def test_shared_parameters_are_written_where_they_are_used_and_their_section_goes() -> None:
    page = {"name": "page", "in": "query", "schema": {"type": "integer"}}
    shared = {"Page": page, "Alias": {"$ref": "#/components/parameters/Page"}}
    source = _doc("3.0.3", {"/a": _get({"$ref": "#/components/parameters/Alias"})}, parameters=shared)
    source["paths"]["/a"]["parameters"] = [{"$ref": "#/components/parameters/Page"}]
    laid = canonical(source, None)
    assert laid.document["paths"]["/a"]["parameters"] == [page]
    assert laid.document["paths"]["/a"]["get"]["parameters"] == [page]
    assert "parameters" not in laid.document["components"]
    assert _rules(laid) == [
        ("inline-parameter", "#/paths/~1a/parameters/0"),
        ("inline-parameter", "#/paths/~1a/get/parameters/0"),
        ("inline-parameter", "#/components/parameters"),
    ]
    assert source["components"]["parameters"] == shared  # the source is left as it was


def test_a_shared_parameter_still_referred_to_elsewhere_stays_and_a_dangling_one_is_named() -> None:
    page = {"name": "page", "in": "query", "schema": {"type": "integer"}}
    source = _doc("3.0.3", {"/a": _get({"$ref": "#/components/parameters/Page"})}, parameters={"Page": page})
    source["x-elsewhere"] = {"$ref": "#/components/parameters/Page"}
    assert canonical(source, None).document["components"]["parameters"] == {"Page": page}
    dangling = _doc("3.0.3", {"/a": _get({"$ref": "#/components/parameters/Gone"})}, parameters={})
    with pytest.raises(LayoutError, match=r"#/paths/~1a/get/parameters/0: the parameter .*Gone' points at nothing"):
        canonical(dangling, None)


def test_a_documented_enum_is_one_enum_before_the_overlay_looks_for_it() -> None:
    documented = {"oneOf": [{"type": "string", "enum": [v], "description": f"{v}."} for v in ("a", "b")]}
    source = _doc("3.0.3", schemas={"E": documented})
    opened = _overlay("3.0", {"target": "$.components.schemas.E.enum", "description": "open it", "remove": True})
    curated = apply_overlay(laid_out(source, opened, Path("o")).document, opened, Path("o"))
    assert curated["components"]["schemas"]["E"] == {"type": "string", "x-enum-descriptions": ["a.", "b."]}


def test_every_schema_title_goes_and_nothing_else_called_title() -> None:
    titled = {
        "title": "Renamed",
        "type": "object",
        "properties": {"title": {"type": "string", "title": "Title"}, "n": {"items": {"title": "I"}}},
        "example": {"title": "kept"},
    }
    query = {"name": "q", "in": "query", "schema": {"type": "string", "title": "Q"}}
    laid = canonical(_doc("3.1.0", {"/a": _get(query)}, schemas={"A": titled}), None)
    assert laid.document["info"]["title"] == "t"
    assert laid.document["components"]["schemas"]["A"] == {
        "type": "object",
        "properties": {"title": {"type": "string"}, "n": {"items": {}}},
        "example": {"title": "kept"},
    }
    assert laid.document["paths"]["/a"]["get"]["parameters"][0]["schema"] == {"type": "string"}
    assert [at for rule, at in _rules(laid) if rule == "title"] == [
        f"{REF}A", f"{REF}A/properties/title", f"{REF}A/properties/n/items", "#/paths/~1a/get/parameters/0/schema"
    ]  # fmt: skip


# --- a component pinned inline (names.yaml's `inline:`) ---------------------------------------------------

_ENUM = {"type": "string", "enum": ["on", "off"], "x-spec-enum-id": "e"}


def _shared_enum(version: str, **uses: Any) -> dict[str, Any]:
    """A document whose component `E` (an enum) is used by each property of `P` in `uses`, and by an answer."""
    answer = {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": f"{REF}E"}}}}}
    schemas = {"P": {"type": "object", "properties": uses}, "E": copy.deepcopy(_ENUM)}
    return _doc(version, {"/e": {"get": {"responses": answer}}}, schemas=schemas)


def test_a_component_pinned_inline_is_written_at_each_use_and_goes() -> None:
    source = _shared_enum(
        "3.1.0",
        plain={"$ref": f"{REF}E"},
        noted={"$ref": f"{REF}E", "description": "Where it is."},
        listed={"type": "array", "items": {"$ref": f"{REF}E"}},
        nullable={"anyOf": [{"$ref": f"{REF}E"}, {"type": "null"}]},
        bounded={"$ref": f"{REF}E", "maxLength": 2},
    )
    laid = layout.inline_components(source, ["E"])
    assert "E" not in laid.document["components"]["schemas"]
    assert laid.document["components"]["schemas"]["P"]["properties"] == {
        "plain": _ENUM,
        "noted": {**_ENUM, "description": "Where it is."},
        "listed": {"type": "array", "items": _ENUM},
        # Laid out again: the nullable rule makes the union with null a type list, as the vendor's own would be.
        "nullable": {**_ENUM, "type": ["string", "null"], "enum": ["on", "off", None]},
        # A keyword beside the $ref may change what the component's mean (3.1 applies both): kept apart.
        "bounded": {"allOf": [_ENUM, {"maxLength": 2}]},
    }
    assert laid.document["paths"]["/e"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] == _ENUM
    assert _rules(laid) == [
        ("inline-schema", f"{REF}P/properties/plain"),
        ("inline-schema", f"{REF}P/properties/noted"),
        ("inline-schema", f"{REF}P/properties/listed/items"),
        ("inline-schema", f"{REF}P/properties/nullable/anyOf/0"),
        ("inline-schema", f"{REF}P/properties/bounded"),
        ("nullable", f"{REF}P/properties/nullable"),
        ("inline-schema", "#/paths/~1e/get/responses/200/content/application~1json/schema"),
        ("inline-schema", f"{REF}E"),
    ]
    assert source["components"]["schemas"]["E"] == _ENUM  # the source is left as it was
    assert layout.inline_components(source, []).document == source


def test_a_30_component_pinned_inline_takes_its_wrappers_notes_and_nullable() -> None:
    source = _shared_enum(
        "3.0.3",
        wrapped={"allOf": [{"$ref": f"{REF}E"}], "nullable": True, "description": "d"},
        # 3.0 ignores what stands beside a $ref: the nullable there allowed no null, and still does not.
        beside={"$ref": f"{REF}E", "nullable": True, "description": "d"},
    )
    properties = layout.inline_components(source, ["E"]).document["components"]["schemas"]["P"]["properties"]
    assert properties == {
        "wrapped": {**_ENUM, "nullable": True, "description": "d"},
        "beside": {**_ENUM, "description": "d"},
    }


def test_a_component_pinned_inline_that_holds_itself_or_is_mapped_by_a_discriminator_stays_one() -> None:
    node = {"type": "object", "properties": {"next": {"$ref": f"{REF}Node"}}}
    with pytest.raises(LayoutError, match=r"Node -> Node: a schema that holds itself"):
        layout.inline_components(_doc("3.1.0", schemas={"Node": node}), ["Node"])
    union = {"oneOf": [{"$ref": f"{REF}E"}], "discriminator": {"propertyName": "k", "mapping": {"e": "E"}}}
    with pytest.raises(LayoutError, match=r"#/components/schemas/E is still named .*discriminator's mapping"):
        layout.inline_components(_doc("3.1.0", schemas={"U": union, "E": {"type": "object"}}), ["E"])
    with pytest.raises(LayoutError, match=r"no component 'Gone'"):
        layout.inline_components(_doc("3.1.0", schemas={}), ["Gone"])


@pytest.mark.parametrize("version", ["3.0.3", "3.1.0"])
@settings(
    max_examples=examples(30), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_every_instance_validates_alike_with_a_component_written_in_place(version: str, data: st.DataObject) -> None:
    """Each form a use may take, as one body: the copies accept and refuse what the `$ref`s did."""
    uses = {
        "plain": {"$ref": f"{REF}E"},
        "noted": {"$ref": f"{REF}E", "description": "d"},
        "bounded": {"$ref": f"{REF}E", "maxLength": 2},
        "wrapped": {"allOf": [{"$ref": f"{REF}E"}], "nullable": True},
        "beside": {"$ref": f"{REF}E", "nullable": True},
        "listed": {"type": "array", "items": {"$ref": f"{REF}E"}},
    }
    if version.startswith("3.1"):
        uses["wrapped"] = {"anyOf": [{"$ref": f"{REF}E"}, {"type": "null"}]}
    before = _shared_enum(version, **uses)
    before["components"]["schemas"]["P"]["required"] = sorted(uses)
    after = layout.inline_components(before, ["E"]).document
    body = {"$ref": f"{REF}P"}
    draw_validates_alike(data, before, after, body, body)


@pytest.mark.parametrize("vendor", sorted(VENDORS))
def test_each_vendors_source_in_either_dialect_is_laid_out_in_its_overlays_dialect_stably(vendor: str) -> None:
    """The overlay is written in one dialect; the vendor's document comes in whichever its framework writes
    (`fetch --update` takes it as it is). The layout converts it when, and only when, it is in the other one,
    and a document laid out once is laid out for good."""
    spec_dir = VENDORS[vendor].spec_dir(REPO_ROOT)
    source = committed(spec_dir / "source.yaml")
    overlay = committed(spec_dir / "overlay.yaml")
    dialect = overlay_dialect(overlay, Path("o"))
    (other,) = set(layout.DIALECTS) - {layout.dialect_of(source)}
    for document in (source, layout.DIALECTS[other](source)):
        laid = laid_out(document, overlay, spec_dir / "overlay.yaml")
        assert layout.dialect_of(laid.document) == dialect
        converted = "dialect" in {rewrite.rule for rewrite in laid.rewrites}
        assert converted == (layout.dialect_of(document) != dialect), document["openapi"]
        assert canonical(laid.document, dialect).rewrites == ()


# --- the wire stays identical ----------------------------------------------------------------------------


_LAID: dict[tuple[str, str], tuple[dict[str, Any], dict[str, Any]]] = {}


def _restyled_and_laid(vendor: str, style: str) -> tuple[dict[str, Any], dict[str, Any]]:
    if (vendor, style) not in _LAID:
        spec_dir = VENDORS[vendor].spec_dir(REPO_ROOT)
        restyled = restyle(style, committed(spec_dir / "source.yaml"))
        laid = laid_out(restyled, committed(spec_dir / "overlay.yaml"), Path("o")).document
        _LAID[vendor, style] = restyled, laid
    return _LAID[vendor, style]


def _read_alike(before: dict[str, Any], after: dict[str, Any], case: str) -> Iterator[tuple[str, Any, Any, Any]]:
    """(place, schema before, after, their JSON Schema readings) for every wire part of two documents, which
    must hold the same wire parts in the same places; a recursive schema is left to the restylers' own test."""
    old, new = _wire_parts(before), _wire_parts(after)
    assert set(old) == set(new), f"{case}: the layout moved a wire part"
    assert {p: w for p, (_, w) in old.items()} == {p: w for p, (_, w) in new.items()}
    for place, (schema, _) in old.items():
        try:
            yield place, schema, new[place][0], (json_schema(before, schema), json_schema(after, new[place][0]))
        except SpecStrategyError:
            continue


def _changed_schemas() -> Iterator[Any]:
    """(document before, after, schema before, after) for every wire schema whose JSON Schema reading the
    layout changed, over every vendor's source in every style (the layout's input in the round trip)."""
    seen: set[str] = set()
    for vendor, style in CASES:
        before, after = _restyled_and_laid(vendor, style)
        for place, schema, laid, pair in _read_alike(before, after, f"{vendor}-{style}"):
            key = json.dumps(pair, sort_keys=True, default=str)
            if _bare(pair[0]) != _bare(pair[1]) and key not in seen:
                seen.add(key)
                yield pytest.param(before, after, schema, laid, id=f"{vendor}-{style}:{place}")


CHANGED = list(_changed_schemas())


@pytest.mark.parametrize(("before_doc", "after_doc", "before", "after"), CHANGED)
@settings(
    max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_every_instance_validates_alike_before_and_after_the_layout(
    before_doc: dict[str, Any], after_doc: dict[str, Any], before: Any, after: Any, data: st.DataObject
) -> None:
    draw_validates_alike(data, before_doc, after_doc, before, after)


def test_the_equivalence_test_sees_the_dialect_and_the_documented_enums_change_wire_schemas() -> None:
    """Not vacuous: the dialect (Kaedim's 3.1 back from dropshot's 3.0) and the enum rule (Eiger's enums
    from dropshot's `oneOf`s) rewrite wire schemas. (3.1 into 3.0 reads alike in JSON Schema, as the
    strategies translate 3.0: no case of its own.)"""
    ids = {param.id for param in CHANGED}
    assert "kaedim-dropshot:GET /fetchAll 200 application/json" in ids
    assert "eiger-dropshot:GET /print_jobs query filter[state][eq]" in ids


def _drf_enums_in_place() -> Iterator[Any]:
    """(document before, after, schema before, after) for every wire schema whose JSON Schema reading changed
    when each vendor's source, restyled as drf-spectacular writes it and laid out, has every enum component
    the restyler made written in place again (as `names.yaml`'s `inline:` pins them). The source is restyled
    from its canonical layout: drf shares every enum a model declares, and the restyler knows one enum
    only in that form, not as the documented `oneOf` some frameworks write (dropshot's)."""
    seen: set[str] = set()
    for vendor in sorted(VENDORS):
        spec_dir = VENDORS[vendor].spec_dir(REPO_ROOT)
        drf = restyle("drf", canonical(committed(spec_dir / "source.yaml"), None).document)
        before = laid_out(drf, committed(spec_dir / "overlay.yaml"), Path("o")).document
        shared = [name for name, schema in before["components"]["schemas"].items() if "x-spec-enum-id" in schema]
        after = layout.inline_components(before, shared).document
        for place, schema, laid, pair in _read_alike(before, after, f"{vendor}-drf"):
            key = json.dumps([_bare(pair[0]), _bare(pair[1])], sort_keys=True, default=str)
            if pair[0] != pair[1] and key not in seen:
                seen.add(key)
                yield pytest.param(before, after, schema, laid, id=f"{vendor}-drf:{place}")


IN_PLACE = list(_drf_enums_in_place())


@pytest.mark.parametrize(("before_doc", "after_doc", "before", "after"), IN_PLACE)
@settings(
    max_examples=examples(15), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much]
)
@given(data=st.data())
def test_every_instance_validates_alike_with_drf_s_enums_written_in_place(
    before_doc: dict[str, Any], after_doc: dict[str, Any], before: Any, after: Any, data: st.DataObject
) -> None:
    draw_validates_alike(data, before_doc, after_doc, before, after)


def test_the_in_place_equivalence_test_sees_drf_s_enums_change_wire_schemas() -> None:
    """Not vacuous: KittyCAD documents its enums where they are used (3.0's `allOf` wrapper beside a
    description), which the copies take in."""
    assert "kittycad-drf:POST /file/density 201 application/json" in {param.id for param in IN_PLACE}


# --- what it is for: the curation applies whatever the layout ---------------------------------------------


def _served(document: dict[str, Any]) -> httpx.MockTransport:
    return httpx.MockTransport(lambda request: httpx.Response(200, json=document))


@pytest.mark.parametrize(("vendor", "style"), CASES)
def test_every_overlay_action_applies_to_the_source_in_every_style(vendor: str, style: str, tmp_path: Path) -> None:
    """`fetch --update` of the restyled source: written, every overlay action still matching, the curated
    document valid (in the round trip, generation and the package's tests follow)."""
    root = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "specs" / vendor, root / "specs" / vendor)
    restyled = copy.deepcopy(_restyled_and_laid(vendor, style)[0])
    # The vendor's next release: a document `source.yaml` does not hold yet, even when it is in this style
    # already (fetch writes nothing, and re-applies nothing, for the document it has).
    restyled["info"]["version"] = f"{restyled['info']['version']}-next"
    status, report = check_vendor(
        VENDORS[vendor], root, update=True, url="https://vendor.test/openapi", transport=_served(restyled)
    )
    assert status in (0, 1), report
    assert f"wrote specs/{vendor}/source.yaml" in report, report
    assert "every overlay action still applies" in report, report
    assert "not valid yet" not in report and "need a human" not in report, report
