"""The pipeline: overlays, validation errors, resource naming, reproducibility, drift."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from codegen import drift, generate
from codegen.errors import OverlayActionError, PipelineError
from codegen.overlay import apply_overlay
from codegen.resources import _statuses_code, _statuses_name, method_name, readable_argument
from codegen.validation import CONFIDENCES, check_confidence, validate_openapi
from registry.documents import load_document
from registry.errors import RegistryError, SpecError
from registry.vendors import Vendor, select

FIXTURE = Path(__file__).parent / "fixtures" / "tiny"
OVERLAY = Path("overlay.yaml")


def _spec() -> dict[str, Any]:
    return {
        "openapi": "3.0.1",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"get": {"operationId": "getA", "tags": ["A"], "responses": {"200": {"description": "ok"}}}},
            "/b": {"post": {"operationId": "postB", "tags": ["A"], "responses": {"201": {"description": "ok"}}}},
        },
        "components": {"schemas": {"S": {"type": "object", "required": ["x"], "properties": {"x": {}}}}},
    }


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


# --- overlay application ---------------------------------------------------


def test_update_merges_objects_appends_arrays_and_replaces_scalars() -> None:
    result = apply_overlay(
        _spec(),
        _overlay(
            {
                "target": "$.components.schemas.S",
                "description": "why",
                "update": {"required": ["y"], "properties": {"y": {"type": "string"}}, "type": "object"},
            },
            {"target": "$.paths[*].*", "description": "mark all", "update": {"x-fabapi-confidence": "documented"}},
        ),
        OVERLAY,
    )
    schema = result["components"]["schemas"]["S"]
    assert schema["required"] == ["x", "y"]
    assert set(schema["properties"]) == {"x", "y"}
    assert result["paths"]["/a"]["get"]["x-fabapi-confidence"] == "documented"
    assert result["paths"]["/b"]["post"]["x-fabapi-confidence"] == "documented"


def test_update_does_not_touch_the_input_document() -> None:
    spec = _spec()
    apply_overlay(spec, _overlay({"target": "$.info", "description": "d", "update": {"title": "changed"}}), OVERLAY)
    assert spec["info"]["title"] == "t"


def test_remove_deletes_every_match() -> None:
    result = apply_overlay(
        _spec(), _overlay({"target": "$.paths[*].*.responses", "description": "d", "remove": True}), OVERLAY
    )
    assert "responses" not in result["paths"]["/a"]["get"]
    assert "responses" not in result["paths"]["/b"]["post"]


def test_stale_action_names_the_action() -> None:
    overlay = _overlay(
        {"target": "$.info", "description": "fine", "update": {"x": 1}},
        {"target": "$.paths['/gone'].get", "description": "fix the gone path", "update": {"x": 1}},
    )
    with pytest.raises(OverlayActionError) as caught:
        apply_overlay(_spec(), overlay, OVERLAY)
    assert caught.value.index == 1
    assert "actions[1]" in str(caught.value)
    assert "fix the gone path" in str(caught.value)
    assert "matches nothing" in str(caught.value)


@pytest.mark.parametrize(
    ("action", "where"),
    [
        ({"target": "paths", "description": "d", "update": {}}, "$.actions[0].target"),
        ({"target": "$.info", "update": {}}, "$.actions[0].description"),
        ({"target": "$.info", "description": "d"}, "$.actions[0]"),
        ({"target": "$.info", "description": "d", "update": {}, "remove": True}, "$.actions[0]"),
        ({"target": "$.info[", "description": "d", "update": {}}, "$.actions[0].target"),
    ],
)
def test_malformed_action_is_reported_with_its_json_path(action: dict[str, Any], where: str) -> None:
    with pytest.raises(SpecError) as caught:
        apply_overlay(_spec(), _overlay(action), OVERLAY)
    assert caught.value.where == where
    assert str(OVERLAY) in str(caught.value)


def test_overlay_without_version_is_rejected() -> None:
    with pytest.raises(SpecError, match=r"\$\.overlay"):
        apply_overlay(_spec(), {"info": {"title": "t", "version": "1"}, "actions": []}, OVERLAY)


# --- reading and validating specs --------------------------------------------


def test_malformed_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "source.yaml"
    path.write_text("openapi: 3.0.1\ninfo:\n  title: [unclosed\n", encoding="utf-8")
    with pytest.raises(SpecError) as caught:
        load_document(path)
    assert caught.value.path == path
    assert caught.value.where.startswith("line ")


def test_duplicate_keys_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "source.yaml"
    path.write_text("openapi: 3.0.1\ninfo: {}\ninfo: {}\n", encoding="utf-8")
    with pytest.raises(SpecError, match="duplicate key 'info'"):
        load_document(path)


def test_dangling_ref_is_reported_with_its_json_path() -> None:
    spec = _spec()
    spec["paths"]["/a"]["get"]["responses"]["200"] = {"$ref": "#/components/responses/missing"}
    with pytest.raises(SpecError) as caught:
        validate_openapi(spec, Path("source.yaml"))
    assert caught.value.where == "$['paths']['/a']['get']['responses']['200']['$ref']"


def test_schema_violation_is_reported_with_its_json_path() -> None:
    spec = _spec()
    del spec["info"]["version"]
    with pytest.raises(SpecError) as caught:
        validate_openapi(spec, Path("source.yaml"))
    assert caught.value.where == "$['info']"
    assert "version" in caught.value.message


@pytest.mark.parametrize("mark", CONFIDENCES)
def test_each_confidence_of_the_set_is_accepted(mark: str) -> None:
    spec = _spec()
    spec["paths"]["/a"]["get"]["x-fabapi-confidence"] = mark
    check_confidence(spec, Path("overlay.yaml"))


def test_a_confidence_outside_the_set_is_reported_with_its_json_path() -> None:
    spec = _spec()
    spec["paths"]["/b"]["post"]["x-fabapi-confidence"] = "howto"
    with pytest.raises(SpecError) as caught:
        check_confidence(spec, Path("overlay.yaml"))
    assert caught.value.where == "$['paths']['/b']['post']['x-fabapi-confidence']"
    assert "'howto' is not one of documented, vendor-code, how-to, inferred" in caught.value.message


# --- resource naming -----------------------------------------------------------


@pytest.mark.parametrize(
    ("wire", "name"),
    [
        ("filter[created_at][lt]", "created_at_lt"),
        ("page[size]", "page_size"),
        ("sort[by]", "sort_by"),
        ("device_id", "device_id"),
        ("pageToken", "page_token"),
    ],
)
def test_readable_argument_names(wire: str, name: str) -> None:
    assert readable_argument(wire) == name


@pytest.mark.parametrize(
    ("operation_id", "tag", "name"),
    [
        ("listDevices", "Devices", "list"),
        ("readDevice", "Devices", "get"),
        ("listDeviceQueue", "Devices", "list_queue"),
        ("printToPrinter", "Devices", "print_to_printer"),
        ("listPrintJobs", "Print Jobs", "list"),
        ("getPrintJobPartScanReport", "Print Jobs", "get_part_scan_report"),
        ("sendBuildToBacklog", "Builds", "send_to_backlog"),
    ],
)
def test_method_names_drop_the_tag(operation_id: str, tag: str, name: str) -> None:
    assert method_name(operation_id, tag) == name


# --- generation: reproducibility, drift, layering -----------------------------------


@pytest.fixture(scope="module")
def tiny_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("repo")
    shutil.copytree(FIXTURE, root, dirs_exist_ok=True)
    return root


def _vendor(root: Path) -> Vendor:
    return select(["tiny"], root / "specs" / "vendors.toml")[0]


def test_two_builds_are_byte_identical(tiny_root: Path, tmp_path: Path) -> None:
    vendor = _vendor(tiny_root)
    first = generate.build(vendor, tmp_path / "one", tiny_root)
    generate.build(vendor, tmp_path / "two", tiny_root)
    one = generate.files_of(first, tmp_path / "one")
    two = generate.files_of(first, tmp_path / "two")
    assert one.keys() == two.keys()
    assert len(one) > 10
    assert all(one[name].read_bytes() == two[name].read_bytes() for name in one)
    assert "generated/fabapi-tiny/fabapi_tiny/_resources/__init__.py" in one
    assert "conformance/mocks/tiny/models.py" in one
    assert not list((tmp_path / "one").rglob(".ruff_cache"))


def test_drift_lists_changed_missing_and_extra_files(tiny_root: Path, tmp_path: Path) -> None:
    vendor = _vendor(tiny_root)
    outputs = generate.build(vendor, tmp_path / "stage", tiny_root)
    generate.install(outputs, tmp_path / "stage", tiny_root)
    assert not drift.compare(outputs, tmp_path / "stage", tiny_root)

    package = tiny_root / "generated" / "fabapi-tiny" / "fabapi_tiny"
    (package / "models" / "widget.py").write_text("# edited by hand\n", encoding="utf-8")
    (package / "api" / "widgets" / "list_widgets.py").unlink()
    (package / "api" / "stale.py").write_text("", encoding="utf-8")
    (package / ".mypy_cache").mkdir()
    (package / ".mypy_cache" / "cache.db").write_text("tool cache, not an output", encoding="utf-8")
    found = drift.compare(outputs, tmp_path / "stage", tiny_root)
    assert found.changed == ("generated/fabapi-tiny/fabapi_tiny/models/widget.py",)
    assert found.missing == ("generated/fabapi-tiny/fabapi_tiny/api/widgets/list_widgets.py",)
    assert found.extra == ("generated/fabapi-tiny/fabapi_tiny/api/stale.py",)
    assert "changed: generated/fabapi-tiny/fabapi_tiny/models/widget.py" in found.report()


def test_stats_file_records_hash_operations_and_generators(tiny_root: Path, tmp_path: Path) -> None:
    import hashlib
    import json

    outputs = generate.build(_vendor(tiny_root), tmp_path, tiny_root)
    stats = json.loads((tmp_path / outputs.package / "stats.json").read_text(encoding="utf-8"))
    curated = (tmp_path / outputs.curated).read_bytes()
    assert stats["spec_sha256"] == hashlib.sha256(curated).hexdigest()
    assert stats["operations"] == 3
    assert stats["unsafe_operations"] == ["createWidget"]
    assert stats["confidence"] == {"documented": 2, "vendor-code": 0, "how-to": 0, "inferred": 1}
    readme = (tmp_path / outputs.package / "README.md").read_text(encoding="utf-8")
    assert "Tiny Fab API, a test fixture (no seed), June 2026." in readme
    assert "| 2 | 0 | 0 | 1 |" in readme
    assert "| `token` | `TINY_TOKEN` |" in readme
    assert set(stats["generators"]) == {"openapi-python-client", "datamodel-code-generator", "ruff"}


def test_overlay_module_may_not_replace_a_generated_file(tiny_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(tiny_root / "specs", root / "specs")
    shutil.copytree(tiny_root / "overlays", root / "overlays")
    (root / "overlays" / "tiny" / "client.py").write_text("# would shadow the generated client\n", encoding="utf-8")
    with pytest.raises(PipelineError, match=r"would overwrite the generated client\.py"):
        generate.build(_vendor(root), tmp_path / "stage", root)


def test_stale_overlay_action_fails_the_pipeline(tiny_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(tiny_root / "specs", root / "specs")
    shutil.copytree(tiny_root / "overlays", root / "overlays")
    overlay = root / "specs" / "tiny" / "overlay.yaml"
    overlay.write_text(
        overlay.read_text(encoding="utf-8").replace("/widgets'].post", "/gadgets'].post"), encoding="utf-8"
    )
    with pytest.raises(OverlayActionError, match=r"actions\[1\].*Creating widgets costs money"):
        generate.build(_vendor(root), tmp_path / "stage", root)


def test_vendor_dependencies_reach_the_package_metadata(tiny_root: Path, tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(tiny_root / "specs", root / "specs")
    shutil.copytree(tiny_root / "overlays", root / "overlays")
    registry = root / "specs" / "vendors.toml"
    registry.write_text(registry.read_text(encoding="utf-8") + 'dependencies = ["pyjwt>=2.8,<3"]\n', encoding="utf-8")
    outputs = generate.build(_vendor(root), tmp_path / "stage", root)
    metadata = (tmp_path / "stage" / outputs.package / "pyproject.toml").read_text(encoding="utf-8")
    assert '    "fabapi-core>=0.1.0,<0.2",\n    "pyjwt>=2.8,<3",\n' in metadata


def test_malformed_dependencies_name_the_vendor(tmp_path: Path) -> None:
    registry = tmp_path / "vendors.toml"
    registry.write_text((FIXTURE / "specs" / "vendors.toml").read_text() + "dependencies = 'pyjwt'\n")
    with pytest.raises(RegistryError, match=r"\[tiny\] dependencies"):
        select(["tiny"], registry)


def test_account_parameters_must_name_an_env_key(tmp_path: Path) -> None:
    registry = tmp_path / "vendors.toml"
    base = (FIXTURE / "specs" / "vendors.toml").read_text()
    registry.write_text(base + 'account_parameters = { "query.devID" = "dev_id" }\n')
    with pytest.raises(RegistryError, match=r"\[tiny\] account_parameters names dev_id"):
        select(["tiny"], registry)
    registry.write_text(base + 'account_parameters = { "query.tenant" = "token" }\n')
    (vendor,) = select(["tiny"], registry)
    assert vendor.account_parameters == {"query.tenant": "token"}
    from conformance.auth import account_parameters

    assert account_parameters(vendor) == {"query.tenant": "${TINY_TOKEN}"}


@pytest.mark.parametrize(
    "text",
    [
        'Modify its status to "recreated"',
        'three quotes """ inside',
        'ends in three quotes """',
        "a back\\slash and \\n that is not a newline",
        '"',
        'quote then backslash "\\',
        'backslash then quote \\"',
    ],
)
def test_docstrings_keep_any_spec_text_as_written(text: str) -> None:
    import ast

    from codegen.resources import _doc

    module = ast.parse(f'def f():\n    """{_doc(text)}"""\n')
    function = module.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert ast.get_docstring(function, clean=False) == text


@pytest.mark.parametrize(
    ("statuses", "name"),
    [
        ((200, *range(400, 600)), "_STATUSES_200_4XX_5XX"),
        ((200, 201, 204), "_STATUSES_200_TO_201_204"),
        ((*range(200, 300), 404), "_STATUSES_2XX_404"),
        ((*range(450, 520),), "_STATUSES_450_TO_499_500_TO_519"),
        ((), "_STATUSES_NONE"),
    ],
)
def test_status_constants_are_named_by_what_they_hold(statuses: tuple[int, ...], name: str) -> None:
    assert _statuses_name(statuses) == name
    assert eval(_statuses_code(statuses)) == statuses  # noqa: S307 - our own generated literal


@pytest.mark.parametrize("key", ["3tiny", "three-tiny", "Tiny", "tïny"])
def test_a_vendor_key_must_be_a_lowercase_identifier(tmp_path: Path, key: str) -> None:
    registry = tmp_path / "vendors.toml"
    base = (FIXTURE / "specs" / "vendors.toml").read_text()
    registry.write_text(base.replace("[tiny]", f'["{key}"]'))
    with pytest.raises(RegistryError, match=rf"\[{key}\] a vendor key must be a lowercase Python identifier"):
        select([key], registry)
    (plain,) = select(["tiny"], FIXTURE / "specs" / "vendors.toml")
    assert plain.mock_models(tmp_path) == tmp_path / "conformance" / "mocks" / "tiny" / "models.py"


def test_an_integer_parameter_carries_its_width_and_no_other_format() -> None:
    from codegen.resources import _parameter_limits, _parameter_schema

    parameters = [
        {"name": "count", "in": "query", "schema": {"type": "integer", "format": "int32", "minimum": 1}},
        {"name": "size", "in": "query", "schema": {"type": "integer", "format": "uint64"}},
        {"name": "id", "in": "path", "schema": {"type": "string", "format": "uuid"}},
        {"name": "ratio", "in": "query", "schema": {"type": "number", "format": "double"}},
    ]
    spec: dict[str, Any] = {"paths": {"/things/{id}": {"get": {"parameters": parameters}}}}
    raw = spec["paths"]["/things/{id}"]["get"]

    def limits(wire: str, location: str = "query") -> tuple[tuple[str, Any], ...]:
        return _parameter_limits(_parameter_schema(spec, "/things/{id}", raw, wire, location))

    assert limits("count") == (("minimum", 1), ("format", "int32"))
    assert limits("size") == (("format", "uint64"),)
    assert limits("id", "path") == ()
    assert limits("ratio") == ()


def test_known_values_of_a_parameter_reach_its_method_docstring(tiny_root: Path, tmp_path: Path) -> None:
    outputs = generate.build(_vendor(tiny_root), tmp_path / "stage", tiny_root)
    group = (tmp_path / "stage" / outputs.package / "fabapi_tiny" / "_resources" / "widgets.py").read_text()
    assert "`name_eq`: Known values: `sprocket`, `gear` (others may appear)." in group
