"""Public names pinned in `specs/<v>/names.yaml` (codegen/names.py): what a vendor's renames cannot move.

The end-to-end test serves Cloud Slicer's source with every operationId, tag and path parameter and one
schema renamed, as a vendor's own framework would, takes it through `fetch --update`, and builds the package: it is
the repository's, byte for byte, and imports.
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.responses import Response

from codegen import generate, names
from codegen.__main__ import main
from codegen.errors import NamesError
from codegen.fetch import check_vendor
from codegen.layout import laid_out
from codegen.overlay import apply_overlay
from codegen.resources import snake
from codegen.restyle import restyle
from conformance.serving import serve
from registry.documents import load_document
from registry.errors import SpecError
from registry.vendors import REPO_ROOT, select
from tests.house_documents import in_public_names

VENDOR = "cloudslicer"
SPEC_DIR = REPO_ROOT / "specs" / VENDOR
REAL_UPSTREAM = 'upstream = "https://api.cloudslicer3d.com/openapi.json"'


def _pins() -> names.Names:
    return names.load_names(SPEC_DIR / names.FILE)


def _source() -> dict[str, Any]:
    return in_public_names(SPEC_DIR)


def _public_pins(spec_dir: Path = SPEC_DIR) -> names.Names:
    """The pins of `in_public_names(spec_dir)`: operations and tags as pinned, each model under its public
    name (a second vendor name of a model, or a component pinned `inline:`, is the vendor's document's)."""
    pins = names.load_names(spec_dir / names.FILE)
    return names.Names(pins.operations, {public: public for public in pins.models.values()}, tags=pins.tags)


def _kinds(error: NamesError) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for problem in error.problems:
        found.setdefault(problem.kind, []).append(problem.subject)
    return found


def _rename_schema(document: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    text = json.dumps(document).replace(f'"{names.SCHEMA_REF}{old}"', f'"{names.SCHEMA_REF}{new}"')
    renamed: dict[str, Any] = json.loads(text)
    schemas = renamed["components"]["schemas"]
    renamed["components"]["schemas"] = {(new if name == old else name): value for name, value in schemas.items()}
    return renamed


def _vendor_style(document: dict[str, Any]) -> dict[str, Any]:
    """What FastAPI would publish for the same API: operationIds from function, path and method, tags
    renamed, and a schema under its framework's name. The wire is the same."""
    renamed = copy.deepcopy(document)
    for _, method, path, operation in names.operations(renamed):
        operation["operationId"] = f"{snake(operation['operationId'])}{snake(path)}_{method}"
        operation["tags"] = [f"{tag} API" for tag in operation["tags"]]
    for tag in renamed.get("tags", []):
        tag["name"] = f"{tag['name']} API"
    return _rename_schema(renamed, "QuoteConfig", "XYZQuoteConfig")


# --- the errors -----------------------------------------------------------------------------------


def test_the_pins_put_the_source_in_the_pinned_names_and_leave_it_there() -> None:
    pins, public = _pins(), _source()
    named = {
        key: (operation["operationId"], tuple(operation["tags"])) for key, _, _, operation in names.operations(public)
    }
    assert named == {key: (pin.operation_id, pin.tags) for key, pin in pins.operations.items()}
    assert set(names.schemas(public)) == pins.public_models()
    assert [tag["name"] for tag in public["tags"]] == list(pins.tags)
    # A document already in the public names is one its pins do not change.
    assert names.apply_names(public, _public_pins()) == public


def test_a_pinned_operation_the_source_lost_is_a_stale_pin() -> None:
    source = _source()
    del source["paths"]["/v1/user"]["get"]
    with pytest.raises(NamesError) as caught:
        names.apply_names(source, _public_pins())
    assert _kinds(caught.value) == {"stale pin": ["GET /v1/user"]}
    assert "GET /v1/user: the source has no such operation" in str(caught.value)


def test_an_operation_without_a_pin_fails_naming_it_and_how_to_pin_it() -> None:
    source = _source()
    deleted = {"operationId": "deleteUser", "tags": ["Account"], "responses": {"204": {"description": "x"}}}
    source["paths"]["/v1/user"]["delete"] = deleted
    with pytest.raises(NamesError) as caught:
        names.apply_names(source, _public_pins())
    assert _kinds(caught.value) == {"unpinned operation": ["DELETE /v1/user"]}
    assert "operationId 'deleteUser'" in str(caught.value)
    suggested = (
        '"DELETE /v1/user": {operationId: "deleteUser", tags: ["Account"], group: "account", method: "delete_user"}'
    )
    assert f"for example `{suggested}`" in str(caught.value)
    assert "fetch -- VENDOR --update" in str(caught.value)


def test_vendor_tags_that_make_one_public_tag_leave_one_tag_object() -> None:
    """drf-spectacular tags by path word: `Files` may come back as `file` and `file-public`."""
    source = _source()
    for path, item in source["paths"].items():
        for operation in item.values():
            if operation.get("tags") == ["Files"]:
                operation["tags"] = ["file-public" if "public" in path else "file"]
    source["tags"] = [*source["tags"], {"name": "file-public"}]
    source["tags"][2]["name"] = "file"
    public = names.rename(source, _public_pins())
    assert [tag["name"] for tag in public["tags"]] == ["Account", "Part Info", "Files", "Quotes"]
    assert public["tags"][2]["description"] == _source()["tags"][2]["description"]


def test_a_document_without_tag_objects_gets_the_pinned_ones_before_its_paths() -> None:
    """FastAPI serves no tag list: the groups' docstrings and the overlay's tag targets come from the pins."""
    source = _source()
    del source["tags"]
    public = names.apply_names(source, _public_pins())
    assert public["tags"] == _source()["tags"]
    assert list(public) == list(_source())


def test_vendor_tags_spanning_several_public_tags_go_and_the_pinned_declarations_come_back() -> None:
    """drf-spectacular tags by path word: `v1` holds Account, Files and Quotes, each declared nowhere."""
    source = _source()
    for _, _, _, operation in names.operations(source):
        operation["tags"] = ["v1"]
    source["tags"] = [{"name": "v1", "description": "Everything."}, {"name": "Unused"}]
    public = names.rename(source, _public_pins())
    assert public["tags"] == [*_source()["tags"], {"name": "Unused"}]


def test_the_vendor_s_declaration_of_a_pinned_tag_wins_over_the_pinned_one() -> None:
    source = _source()
    source["tags"] = [{"name": "Quotes API", "description": "New words."}]
    for _, _, _, operation in names.operations(source):
        operation["tags"] = [f"{tag} API" for tag in operation["tags"]]
    public = names.rename(source, _public_pins())
    assert public["tags"][3] == {"name": "Quotes", "description": "New words."}
    assert public["tags"][:3] == _source()["tags"][:3]


def test_following_a_document_pins_its_new_tags_and_keeps_those_it_no_longer_declares() -> None:
    source = _source()
    new = _source()
    new["tags"] = [{"name": "Quotes", "description": "New words."}, {"name": "Billing"}]
    followed = names.follow(_public_pins(), source, new, lambda document: document)
    assert followed.tags == ["Quotes (its declaration changed)", "Billing (new)"]
    assert followed.names.tags["Quotes"] == {"name": "Quotes", "description": "New words."}
    assert followed.names.tags["Account"] == _public_pins().tags["Account"]
    assert list(followed.names.tags) == ["Account", "Part Info", "Files", "Quotes", "Billing"]
    del new["tags"]
    assert names.follow(_public_pins(), source, new, lambda document: document).changed is False


@pytest.mark.parametrize(
    ("tags", "where"),
    [("{name: X}", "expected a list of tag objects"), ("[{description: x}]", r"\$\.tags\[0\]: expected a tag object"),
     ("[{name: X}, {name: X}]", "the tag 'X' is declared twice")],
)  # fmt: skip
def test_a_malformed_tag_declaration_names_its_place(tmp_path: Path, tags: str, where: str) -> None:
    path = tmp_path / names.FILE
    path.write_text(f"operations: {{}}\ntags: {tags}\nmodels: []\n", encoding="utf-8")
    with pytest.raises(SpecError, match=where):
        names.load_names(path)


def test_a_renamed_schema_not_yet_mapped_names_the_new_schemas_with_its_fields() -> None:
    source = _rename_schema(_source(), "QuoteConfig", "XYZQuoteConfig")
    previous = load_document(SPEC_DIR / "openapi.yaml")
    with pytest.raises(NamesError) as caught:
        names.apply_names(source, _public_pins(), previous)
    assert _kinds(caught.value) == {"unfollowed rename": ["QuoteConfig"], "unpinned model": ["XYZQuoteConfig"]}
    assert "new schemas with the same fields: XYZQuoteConfig" in str(caught.value)


def test_the_map_renames_the_schema_and_every_ref_to_it() -> None:
    source = _rename_schema(_source(), "QuoteConfig", "XYZQuoteConfig")
    pins = _public_pins()
    mapped = names.Names(
        pins.operations, {("XYZQuoteConfig" if v == "QuoteConfig" else v): p for v, p in pins.models.items()}
    )
    assert names.apply_names(source, mapped) == _source()


def test_a_discriminator_mapping_follows_the_renamed_schema_by_ref_or_by_name() -> None:
    discriminator = {"propertyName": "kind", "mapping": {"cat": f"{names.SCHEMA_REF}XYZCat", "cat2": "XYZCat"}}
    source = {
        "paths": {},
        "components": {
            "schemas": {
                "XYZCat": {"type": "object"},
                "Dog": {"type": "object"},
                "Pet": {
                    "oneOf": [{"$ref": f"{names.SCHEMA_REF}XYZCat"}, {"$ref": f"{names.SCHEMA_REF}Dog"}],
                    "discriminator": discriminator,
                },
            }
        },
    }
    pins = names.Names({}, {"XYZCat": "Cat", "Dog": "Dog", "Pet": "Pet"})
    renamed = names.apply_names(source, pins)
    assert list(renamed["components"]["schemas"]) == ["Cat", "Dog", "Pet"]
    pet = renamed["components"]["schemas"]["Pet"]
    assert pet["oneOf"][0] == {"$ref": f"{names.SCHEMA_REF}Cat"}
    assert pet["discriminator"]["mapping"] == {"cat": f"{names.SCHEMA_REF}Cat", "cat2": "Cat"}


@pytest.mark.parametrize(
    ("change", "shared"),
    [
        ({"GET /v1/user": {"method": "list_uploads"}}, "account.list_uploads"),
        ({"GET /v1/user": {"operationId": "listUploads"}}, "listUploads"),
        ({"GET /v1/user": {"group": "files"}}, "group files"),
    ],
)
def test_two_pins_on_one_name_collide(tmp_path: Path, change: dict[str, dict[str, str]], shared: str) -> None:
    pins = _pins()
    operations = dict(pins.operations)
    for key, fields in change.items():
        operations[key] = names.OperationPin(
            fields.get("operationId", operations[key].operation_id),
            operations[key].tags,
            fields.get("group", operations[key].group),
            fields.get("method", operations[key].method),
        )
    path = tmp_path / names.FILE
    path.write_text(names.dump_names(names.Names(operations, pins.models), "Cloud Slicer", VENDOR), encoding="utf-8")
    with pytest.raises(NamesError) as caught:
        names.load_names(path)
    assert [p.kind for p in caught.value.problems] == ["collision"] * len(caught.value.problems)
    assert shared in {p.subject for p in caught.value.problems}


def _split(document: dict[str, Any], name: str) -> dict[str, Any]:
    """`name` split as drf-spectacular writes it: the request bodies send `<name>Request`, a copy."""
    split = copy.deepcopy(document)
    split["components"]["schemas"][f"{name}Request"] = copy.deepcopy(split["components"]["schemas"][name])
    for _, _, _, operation in names.operations(split):
        for media in operation.get("requestBody", {}).get("content", {}).values():
            if media.get("schema") == {"$ref": f"{names.SCHEMA_REF}{name}"}:
                media["schema"] = {"$ref": f"{names.SCHEMA_REF}{name}Request"}
    return split


def test_a_second_vendor_name_of_a_model_is_merged_into_it() -> None:
    source = _split(_source(), "QuoteRequest")
    pins = _public_pins()
    mapped = names.Names(pins.operations, {**pins.models, "QuoteRequestRequest": "QuoteRequest"}, tags=pins.tags)
    assert names.apply_names(source, mapped) == _source()


def test_two_vendor_schemas_mapped_to_one_public_name_collide_where_they_differ_on_the_wire(tmp_path: Path) -> None:
    path = tmp_path / names.FILE
    path.write_text("operations: {}\nmodels:\n- QuoteConfig\n- QuoteRecord: QuoteConfig\n", encoding="utf-8")
    pins = names.load_names(path)
    source = {"paths": {}, "components": {"schemas": {k: _source()["components"]["schemas"][k] for k in pins.models}}}
    with pytest.raises(NamesError) as caught:
        names.apply_names(source, pins)
    assert [(p.kind, p.subject) for p in caught.value.problems] == [("collision", "QuoteConfig")]
    assert "QuoteConfig, QuoteRecord are mapped to this one model but differ on the wire" in str(caught.value)


def test_following_a_split_maps_the_request_form_to_the_model_and_a_later_merge_drops_it() -> None:
    source = _source()
    split = _split(source, "QuoteRequest")
    followed = names.follow(_public_pins(), source, split, lambda document: document)
    assert followed.added == []
    assert followed.aliases == [
        "mapped a second name of a model: QuoteRequestRequest -> QuoteRequest (QuoteRequest's wire shape, and in its"
        " place in paths /v1/file/quote/{file_id} post)"
    ]
    assert followed.names.models["QuoteRequestRequest"] == "QuoteRequest"
    assert names.apply_names(split, followed.names) == source
    again = names.follow(followed.names, split, source, lambda document: document)
    assert again.aliases == [
        "dropped a second name of a model: QuoteRequestRequest (of QuoteRequest; the source has it no more)"
    ]
    assert again.names.models == _public_pins().models


def test_a_new_schema_of_a_pinned_one_s_shape_but_elsewhere_is_a_model_of_its_own() -> None:
    source = _source()
    new = _source()
    new["components"]["schemas"]["QuoteRequestV2"] = copy.deepcopy(new["components"]["schemas"]["QuoteRequest"])
    followed = names.follow(_public_pins(), source, new, lambda document: document)
    assert (followed.aliases, followed.added) == ([], ["QuoteRequestV2"])


def _pets(inline: bool) -> dict[str, Any]:
    """A union of two tagged variants, `$ref`'d components (`inline=False`) or written inline as dropshot does."""
    cat = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["cat"]}, "lives": {"type": "integer"}}}
    dog = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["dog"]}, "good": {"type": "boolean"}}}
    if inline:
        return {"paths": {}, "components": {"schemas": {"Pet": {"oneOf": [cat, dog]}}}}
    union = {"oneOf": [{"$ref": f"{names.SCHEMA_REF}Cat"}, {"$ref": f"{names.SCHEMA_REF}Dog"}]}
    return {"paths": {}, "components": {"schemas": {"Cat": cat, "Dog": dog, "Pet": union}}}


def test_a_variant_pinned_by_its_union_and_tag_is_lifted_under_its_public_name() -> None:
    pins = names.Names({}, {"Pet[kind=cat]": "Cat", "Pet[kind=dog]": "Dog", "Pet": "Pet"})
    assert names.apply_names(_pets(inline=True), pins) == _pets(inline=False)


def test_a_pinned_variant_the_union_no_longer_has_is_an_unfollowed_rename() -> None:
    pins = names.Names({}, {"Pet[kind=cat]": "Cat", "Pet[kind=bird]": "Bird", "Pet": "Pet"})
    with pytest.raises(NamesError) as caught:
        names.apply_names(_pets(inline=True), pins)
    # The dog stays inline, as the pins want: only the bird is missing.
    assert _kinds(caught.value) == {"unfollowed rename": ["Bird"]}
    assert "no schema 'Pet' with an inline variant whose kind is 'bird'" in str(caught.value)


def test_following_a_union_written_inline_pins_each_variant_by_its_tag() -> None:
    pins = names.Names({}, {"Cat": "Cat", "Dog": "Dog", "Pet": "Pet"})
    followed = names.follow(pins, _pets(inline=False), _pets(inline=True), lambda document: document)
    assert followed.names.models == {"Pet[kind=cat]": "Cat", "Pet[kind=dog]": "Dog", "Pet": "Pet"}
    assert followed.renames[0] == (
        "Pet[kind=cat] -> Cat (was Cat; the variant of Pet whose kind is 'cat', written inline)"
    )
    assert (followed.ambiguous, followed.added) == ([], [])
    assert names.apply_names(_pets(inline=True), followed.names) == _pets(inline=False)


def test_a_union_written_inline_and_renamed_takes_its_variants_pins_along() -> None:
    pins = names.Names({}, {"Pet[kind=cat]": "Cat", "Pet[kind=dog]": "Dog", "Pet": "Pet"})
    new = _rename_schema(_pets(inline=True), "Pet", "XYZPet")
    followed = names.follow(pins, _pets(inline=True), new, lambda document: document)
    assert followed.names.models == {"XYZPet[kind=cat]": "Cat", "XYZPet[kind=dog]": "Dog", "XYZPet": "Pet"}
    assert followed.renames == [
        "XYZPet[kind=cat] -> Cat (was Pet[kind=cat]; the variant of XYZPet whose kind is 'cat', written inline)",
        "XYZPet[kind=dog] -> Dog (was Pet[kind=dog]; the variant of XYZPet whose kind is 'dog', written inline)",
        "XYZPet -> Pet (was Pet; same wire shape)",
    ]
    assert (followed.ambiguous, followed.added) == ([], [])
    assert names.apply_names(new, followed.names) == _pets(inline=False)


def test_kittycad_s_union_written_inline_as_dropshot_does_keeps_its_variants_names() -> None:
    spec_dir = REPO_ROOT / "specs" / "kittycad"
    source, pins = in_public_names(spec_dir), _public_pins(spec_dir)
    new = restyle("dropshot", source)
    followed = names.follow(pins, source, new, lambda document: document)
    assert followed.ambiguous == []
    assert len([line for line in followed.renames if "written inline" in line]) == 8
    public = names.apply_names(new, followed.names)
    assert set(names.schemas(public)) == set(names.schemas(source))


def _jobs(shared: bool) -> dict[str, Any]:
    """Two models whose `status` is one enum: written in place in each (`shared=False`), or `$ref`'d to one
    component `StatusEnum` as drf-spectacular writes it; and a `Kind` component `Job` refers to."""
    status = {"type": "string", "enum": ["scheduled", "started"]}
    kind = {"type": "string", "enum": ["printing", "other"]}
    use = {"$ref": f"{names.SCHEMA_REF}StatusEnum"} if shared else status
    job = {"type": "object", "properties": {"status": use, "kind": {"$ref": f"{names.SCHEMA_REF}Kind"}}}
    update = {"type": "object", "properties": {"status": copy.deepcopy(use)}}
    schemas = {"Job": job, "JobUpdate": update, "Kind": kind}
    answer = {"description": "ok", "content": {"application/json": {"schema": {"$ref": f"{names.SCHEMA_REF}Job"}}}}
    paths = {"/jobs": {"get": {"operationId": "jobs", "tags": ["jobs"], "responses": {"200": answer}}}}
    info = {"title": "t", "version": "1"}
    document = {"openapi": "3.1.0", "info": info, "paths": paths, "components": {"schemas": schemas}}
    if shared:
        schemas["StatusEnum"] = status
    return document


def _job_pins(*inline: str) -> names.Names:
    pins = {"GET /jobs": names.OperationPin("jobs", ("jobs",), "jobs", "list")}
    return names.Names(pins, {"Job": "Job", "JobUpdate": "JobUpdate", "Kind": "Kind"}, inline=inline)


def test_a_component_pinned_inline_is_written_in_place_at_each_use() -> None:
    assert names.apply_names(_jobs(shared=True), _job_pins("StatusEnum")) == _jobs(shared=False)
    # Unpinned, it is a schema like any other: a model to list.
    with pytest.raises(NamesError) as caught:
        names.apply_names(_jobs(shared=True), _job_pins())
    assert _kinds(caught.value) == {"unpinned model": ["StatusEnum"]}


def test_an_inline_pin_of_a_component_the_source_lacks_is_stale() -> None:
    with pytest.raises(NamesError) as caught:
        names.apply_names(_jobs(shared=False), _job_pins("StatusEnum"))
    assert _kinds(caught.value) == {"stale pin": ["StatusEnum"]}
    assert "pinned `inline:`, but the source has no such component" in str(caught.value)


def test_inline_pins_read_back_as_written_and_a_model_is_not_one(tmp_path: Path) -> None:
    path = tmp_path / names.FILE
    path.write_text(names.dump_names(_job_pins("StatusEnum", "TypeEnum"), "Jobs", "jobs"), encoding="utf-8")
    assert '\ninline:\n- "StatusEnum"\n- "TypeEnum"\n' in path.read_text(encoding="utf-8")
    assert names.load_names(path) == _job_pins("StatusEnum", "TypeEnum")
    path.write_text(names.dump_names(_job_pins("Kind"), "Jobs", "jobs"), encoding="utf-8")
    with pytest.raises(SpecError, match=r"\$\.inline\[0\]: 'Kind' is under `models:` too"):
        names.load_names(path)


def test_following_a_vendor_that_shares_an_enum_pins_it_inline_where_the_public_document_has_it() -> None:
    previous = _jobs(shared=False)  # the last curated document, in public names
    followed = names.follow(_job_pins(), previous, _jobs(shared=True), lambda document: document, previous)
    assert followed.names.inline == ("StatusEnum",)
    assert (followed.added, followed.ambiguous) == ([], [])
    assert followed.inline == [
        "pinned a component inline: StatusEnum (where the last curated document writes an enum in place:"
        " #/components/schemas/Job/properties/status, #/components/schemas/JobUpdate/properties/status)"
    ]
    assert followed.changed
    assert names.apply_names(_jobs(shared=True), followed.names) == previous
    # Without the last curated document nothing says where the public one writes it: a new model.
    alone = names.follow(_job_pins(), previous, _jobs(shared=True), lambda document: document)
    assert (alone.names.inline, alone.added) == ((), ["StatusEnum"])
    # Back to written in place: the pin goes, said so.
    back = names.follow(followed.names, _jobs(shared=True), previous, lambda document: document, previous)
    assert back.names.inline == ()
    assert back.inline == ["dropped an inline pin: StatusEnum (the source has no such component any more)"]


def test_a_component_the_public_document_also_has_as_a_component_stays_one() -> None:
    previous = _jobs(shared=False)
    # The vendor now shares `Kind`, a model, with JobUpdate, which wrote the enum in place.
    new = _jobs(shared=False)
    new["components"]["schemas"]["JobUpdate"]["properties"]["kind"] = {"$ref": f"{names.SCHEMA_REF}Kind"}
    previous["components"]["schemas"]["JobUpdate"]["properties"]["kind"] = {"type": "string", "enum": ["printing"]}
    followed = names.follow(_job_pins(), previous, new, lambda document: document, previous)
    assert followed.names.inline == ()
    assert followed.names.models["Kind"] == "Kind"
    assert followed.ambiguous == [
        "Kind: stands where the last curated document writes an enum in place"
        " (#/components/schemas/JobUpdate/properties/kind), and that document has a component where it also"
        " stands, at #/components/schemas/Job/properties/kind: it stays a component, and the class generated in"
        " those places becomes its class: curate, or record the break"
    ]
    # A new component that stands where the public document writes an enum in place, and where it has another
    # component, is that other one's place as much: left a model, for a human.
    shared = _jobs(shared=True)
    shared["components"]["schemas"]["Job"]["properties"]["kind"] = {"$ref": f"{names.SCHEMA_REF}StatusEnum"}
    followed = names.follow(_job_pins(), _jobs(shared=False), shared, lambda document: document, _jobs(shared=False))
    assert followed.names.inline == ()
    assert "StatusEnum" in followed.added
    assert followed.ambiguous[0].startswith(
        "StatusEnum: stands where the last curated document writes an enum in place"
        " (#/components/schemas/Job/properties/status, #/components/schemas/JobUpdate/properties/status), and that"
        " document has a component where it also stands, at #/components/schemas/Job/properties/kind:"
    )


def test_a_malformed_pin_names_its_place(tmp_path: Path) -> None:
    path = tmp_path / names.FILE
    path.write_text('operations:\n  "GET /x": {operationId: x, tags: [X], group: X-Y, method: get}\n', encoding="utf-8")
    with pytest.raises(Exception, match=r"\$\.operations\['GET /x'\]\.group: expected a lower-case Python identifier"):
        names.load_names(path)


def test_the_written_file_reads_back_as_the_same_pins() -> None:
    pins = _pins()
    text = names.dump_names(pins, "Cloud Slicer", VENDOR)
    assert text == (SPEC_DIR / names.FILE).read_text(encoding="utf-8")


def _renamed_path_parameters(document: dict[str, Any]) -> dict[str, Any]:
    """Every path parameter under another name (`{file_id}` -> `{vendor_file_id}`), in the paths, inline
    and in `components.parameters`, as a vendor whose framework names them otherwise would publish."""
    renamed = copy.deepcopy(document)
    renamed["paths"] = {re.sub(r"\{(\w+)\}", r"{vendor_\1}", path): item for path, item in renamed["paths"].items()}
    parameters = [
        parameter
        for item in renamed["paths"].values()
        for holder in [item, *(v for v in item.values() if isinstance(v, dict))]
        for parameter in holder.get("parameters", [])
    ]
    for parameter in [*parameters, *renamed.get("components", {}).get("parameters", {}).values()]:
        if parameter.get("in") == "path":
            parameter["name"] = f"vendor_{parameter['name']}"
    return renamed


def _all_renamed(document: dict[str, Any]) -> dict[str, Any]:
    """Every operationId, tag, schema and path parameter under another name."""
    renamed = _vendor_style(document)
    for name in list(names.schemas(renamed)):
        if not name.startswith("XYZ"):
            renamed = _rename_schema(renamed, name, f"XYZ{name}")
    return _renamed_path_parameters(renamed)


def _used_tags(document: dict[str, Any]) -> list[Any]:
    used = {tag for _, _, _, operation in names.operations(document) for tag in operation.get("tags", [])}
    return [tag for tag in document.get("tags", []) if tag["name"] in used]


@pytest.mark.parametrize("key", ["cloudslicer", "eiger", "kaedim", "kittycad", "threeyourmind"])
def test_every_vendor_s_pins_follow_a_document_that_renames_everything(key: str) -> None:
    """Each schema follows by its wire shape (and, among alike ones, by where it stands), each path back
    to its pinned parameter names; the overlay then curates exactly what it curates today."""
    spec_dir = REPO_ROOT / "specs" / key
    overlay = load_document(spec_dir / "overlay.yaml")
    # Both in the layout the curation is written against (codegen/layout.py), as fetch and generate see them;
    # from the document in public names, where each model stands where the curated one has it.
    source, pins = in_public_names(spec_dir), _public_pins(spec_dir)
    new = laid_out(_all_renamed(source), overlay, Path("o")).document
    followed = names.follow(pins, source, new, lambda document: apply_overlay(document, overlay, Path("o")))
    assert (followed.ambiguous, followed.pinned, followed.stale, followed.added) == ([], [], [], [])
    assert len(followed.renames) == len(names.schemas(source))
    assert len(followed.moved) == len(set(new["paths"]) - set(source["paths"]))
    curated = apply_overlay(names.apply_names(new, followed.names), overlay, Path("o"))
    expected = load_document(spec_dir / "openapi.yaml")
    assert curated["paths"] == expected["paths"]
    assert curated["components"] == expected["components"]
    # A tag no operation uses (3YOURMIND's "Webhooks") has no pin to follow: only the used ones are compared.
    assert _used_tags(curated) == _used_tags(expected)


# --- fetch --update and generate on a vendor's own naming -----------------------------------------


class Upstream:
    def __init__(self) -> None:
        self.body = b""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await Response(self.body, media_type="application/json")(scope, receive, send)


@pytest.fixture
def upstream() -> Iterator[tuple[Upstream, str]]:
    answer = Upstream()
    with serve(answer) as origin:
        yield answer, origin


def _root(tmp_path: Path, origin: str) -> Path:
    """A repository with what building Cloud Slicer reads, its registry pointing upstream at `origin`."""
    root = tmp_path / "repo"
    shutil.copytree(SPEC_DIR, root / "specs" / VENDOR)
    shutil.copytree(
        REPO_ROOT / "overlays" / VENDOR, root / "overlays" / VENDOR, ignore=shutil.ignore_patterns("__pycache__")
    )
    for part in ("README.md", "LICENSE", "runtime/pyproject.toml", "runtime/src/fabapi_core/errors.py"):
        (root / part).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(REPO_ROOT / part, root / part)
    registry = (REPO_ROOT / "specs" / "vendors.toml").read_text(encoding="utf-8")
    assert REAL_UPSTREAM in registry
    upstream_line = f'upstream = "{origin}/openapi.json"'
    (root / "specs" / "vendors.toml").write_text(registry.replace(REAL_UPSTREAM, upstream_line), encoding="utf-8")
    return root


def _fetch_update(
    upstream: tuple[Upstream, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    document: dict[str, Any],
    status: int = 1,
) -> tuple[Path, str]:
    """`fetch --update` of `document` as the vendor's new one, in a repository of its own: (root, output);
    `status` is the exit status expected (1: something changed on the wire)."""
    answer, origin = upstream
    root = _root(tmp_path, origin)
    answer.body = json.dumps(document).encode()
    assert main(["fetch", VENDOR, "--update", "--root", str(root)]) == status
    return root, capsys.readouterr().out


def test_a_vendor_renaming_everything_moves_no_public_name(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = _renamed_path_parameters(_vendor_style(_source()))
    new["paths"]["/v1/user"]["delete"] = {
        "operationId": "delete_user_v1_user_delete",
        "tags": ["Account API"],
        "responses": {"204": {"description": "Deleted."}},
    }
    root, out = _fetch_update(upstream, tmp_path, capsys, new)
    assert "wrote specs/cloudslicer/names.yaml\n" in out
    assert "followed a rename: XYZQuoteConfig -> QuoteConfig (was QuoteConfig; same wire shape)" in out
    assert "pinned a new operation: DELETE /v1/user -> account.delete_user_v1_user_delete" in out
    assert "kept a pinned path, its parameters renamed: /v1/file/{vendor_file_id} -> /v1/file/{file_id}" in out
    assert "every overlay action still applies" in out
    written = names.load_names(root / "specs" / VENDOR / names.FILE)
    assert written.models["XYZQuoteConfig"] == "QuoteConfig"
    assert {k: p for k, p in written.operations.items() if k != "DELETE /v1/user"} == _pins().operations
    # The new operation's pin is the vendor's naming until a human changes it; drop it to compare.
    del new["paths"]["/v1/user"]["delete"]
    (root / "specs" / VENDOR / "source.yaml").write_text(json.dumps(new), encoding="utf-8")
    written = names.Names({k: p for k, p in written.operations.items() if k != "DELETE /v1/user"}, written.models)
    (root / "specs" / VENDOR / names.FILE).write_text(
        names.dump_names(written, "Cloud Slicer", VENDOR), encoding="utf-8"
    )

    # The package names its upstream URL: the registry's own again, as in the repository.
    shutil.copyfile(REPO_ROOT / "specs" / "vendors.toml", root / "specs" / "vendors.toml")
    vendor = select([VENDOR], root / "specs" / "vendors.toml")[0]
    outputs = generate.build(vendor, tmp_path / "staging", root)
    built = generate.files_of(outputs, tmp_path / "staging")
    ours = generate.files_of(outputs, REPO_ROOT)
    assert built.keys() == ours.keys()
    differ = [name for name in built if built[name].read_bytes() != ours[name].read_bytes()]
    assert differ == []
    package = tmp_path / "staging" / outputs.package
    script = "import fabapi_cloudslicer as p; from fabapi_cloudslicer.models import QuoteConfig; print(p.__file__)"
    imported = subprocess.run(
        [sys.executable, "-c", script],
        env={"PYTHONPATH": str(package)},
        capture_output=True,
        text=True,
        check=False,
    )
    assert Path(imported.stdout.strip()).is_relative_to(package), imported.stderr


def _two_alike() -> dict[str, Any]:
    """QuoteConfig renamed XYZQuoteConfig, beside a new schema of the same shape, QuoteConfigV2."""
    new = _rename_schema(_source(), "QuoteConfig", "XYZQuoteConfig")
    new["components"]["schemas"]["QuoteConfigV2"] = copy.deepcopy(new["components"]["schemas"]["XYZQuoteConfig"])
    return new


def test_a_rename_among_alike_schemas_is_followed_where_the_old_one_stood(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # QuoteRequest and QuoteRecord point at XYZQuoteConfig only; nothing changed on the wire (exit 0).
    root, out = _fetch_update(upstream, tmp_path, capsys, _two_alike(), status=0)
    assert "followed a rename: XYZQuoteConfig -> QuoteConfig (was QuoteConfig; same wire shape, and in its place" in out
    assert "listed a new schema: QuoteConfigV2" in out
    written = names.load_names(root / "specs" / VENDOR / names.FILE)
    assert written.models["XYZQuoteConfig"] == "QuoteConfig"
    assert written.models["QuoteConfigV2"] == "QuoteConfigV2"


def test_an_ambiguous_rename_is_reported_not_guessed(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    new = _two_alike()
    # Where QuoteConfig stood, one place now names each: nothing tells which one it became.
    new["components"]["schemas"]["QuoteRecord"]["properties"]["quote_config"] = {
        "$ref": f"{names.SCHEMA_REF}QuoteConfigV2"
    }
    # Nothing changed on the wire (the wire diff's exit status, 0); the document is still written.
    root, out = _fetch_update(upstream, tmp_path, capsys, new, status=0)
    assert "followed a rename" not in out
    assert "QuoteConfig: the source has no 'QuoteConfig'; 2 new schemas have its wire shape" in out
    assert "(XYZQuoteConfig, QuoteConfigV2)" in out
    written = names.load_names(root / "specs" / VENDOR / names.FILE)
    assert written.models["QuoteConfig"] == "QuoteConfig"  # kept for a human to map
    with pytest.raises(NamesError) as caught:
        generate.curate(select([VENDOR], root / "specs" / "vendors.toml")[0], root)
    assert _kinds(caught.value) == {"unfollowed rename": ["QuoteConfig"]}
    assert "new schemas with the same fields: XYZQuoteConfig, QuoteConfigV2" in str(caught.value)


# Where drf-spectacular shares an enum the public document writes in place: the component, where it stands.
DRF_SHARED = {
    "kaedim": {"TestEnum": [("ProcessFilesRequest", "test")]},
    "threeyourmind": {
        "StatusEnum": [("JobUpdate", "status")],
        "TypeEnum": [("WorkstationCreate", "type"), ("WorkstationUpdate", "type")],
    },
}


@pytest.mark.parametrize("key", sorted(DRF_SHARED))
def test_fetch_update_pins_drf_s_shared_enums_inline_and_curation_keeps_them_in_place(key: str, tmp_path: Path) -> None:
    """The source restyled as drf-spectacular writes it, taken by `fetch --update`: each shared enum standing
    where `openapi.yaml` writes one in place is pinned `inline:`, and the curated document has the same schema
    components as the repository's, the enum in place where it was (so the same classes are generated)."""
    vendor = select([key], REPO_ROOT / "specs" / "vendors.toml")[0]
    root = tmp_path / "repo"
    spec_dir = root / "specs" / key
    shutil.copytree(REPO_ROOT / "specs" / key, spec_dir)
    # From the document in public names and its pins, where no component is pinned `inline:` yet.
    public = in_public_names(spec_dir)
    (spec_dir / "source.yaml").write_text(json.dumps(public), encoding="utf-8")
    (spec_dir / names.FILE).write_text(names.dump_names(_public_pins(spec_dir), vendor.title, key), encoding="utf-8")
    restyled = restyle("drf", public)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=restyled))
    status, report = check_vendor(vendor, root, update=True, url="https://vendor.test/openapi", transport=transport)
    assert status in (0, 1), report
    assert "need a human" not in report, report
    assert names.load_names(root / "specs" / key / names.FILE).inline == tuple(DRF_SHARED[key])
    for component, places in DRF_SHARED[key].items():
        where = ", ".join(f"#/components/schemas/{model}/properties/{field}" for model, field in places)
        assert f"pinned a component inline: {component} (where the last curated document writes an enum in" \
               f" place: {where})" in report  # fmt: skip
    curated = generate.curate(vendor, root)
    expected = load_document(REPO_ROOT / "specs" / key / "openapi.yaml")
    assert set(names.schemas(curated)) == set(names.schemas(expected))
    for places in DRF_SHARED[key].values():
        for model, field in places:
            # Vendor extensions (drf-spectacular's `x-spec-enum-id`) make no class: left out on both sides.
            written, was = (
                document["components"]["schemas"][model]["properties"][field] for document in (curated, expected)
            )
            assert {k: v for k, v in written.items() if not k.startswith("x-")} == (
                {k: v for k, v in was.items() if not k.startswith("x-")}
            )
