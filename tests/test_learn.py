"""`nox -s drift -- DIR`: deviations a client recorded against a deviating server become overlay actions
that make the spec accept what the server sent.

The records are made for real: a client with `FABAPI_RECORD` set talks to a vendor's mock whose answers
are rewritten the way real servers deviate. The printed actions are applied to the curated spec with
the pipeline's own overlay engine, and the deviating body, which fails the spec before, validates after.
"""

from __future__ import annotations

import copy
import importlib
import importlib.util
import json
import shutil
import sys
import warnings
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import pytest
import yaml
from fabapi_core import SchemaDeviationWarning, _deviations
from fabapi_eiger import Eiger
from fabapi_eiger.models import PrintJobViewExtended
from fabapi_kaedim import Kaedim, TokenStore
from openapi_schema_validator import OAS30Validator, OAS31Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4, DRAFT202012

from codegen import generate, learn
from codegen.layout import laid_out
from codegen.names import in_public_names
from codegen.overlay import apply_overlay
from conformance.mocks.eiger import CREDENTIALS as EIGER_CREDENTIALS
from conformance.mocks.eiger import Store as EigerStore
from conformance.mocks.eiger import create_app as create_eiger
from conformance.mocks.kaedim import API_KEY, DEV_ID, REFRESH_TOKEN
from conformance.mocks.kaedim import Store as KaedimStore
from conformance.mocks.kaedim import create_app as create_kaedim
from conformance.serving import serve
from registry.documents import dump_document, load_document
from registry.vendors import REPO_ROOT, select
from tests.clock import Clock
from tests.rewriting import Rewrite, Rewriting

EIGER_SPEC = REPO_ROOT / "specs" / "eiger" / "openapi.yaml"
KAEDIM_SPEC = REPO_ROOT / "specs" / "kaedim" / "openapi.yaml"
PRINT_JOBS_ANSWER = "#/components/responses/listPrintJobs/content/application~1json/schema"


@pytest.fixture
def records(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "records"
    monkeypatch.setenv("FABAPI_RECORD", str(folder))
    # Warnings come once per process and JSON path; these tests' own memory of them keeps the
    # process-wide one as it was, for the tests that check the once-only warning.
    monkeypatch.setattr(_deviations, "_seen", _deviations._Seen())
    return folder


class Kept:
    """A rewrite that keeps the last body the mock sent and what it became, to check both against the spec."""

    def __init__(self, rewrite: Callable[[Any], Any]) -> None:
        self.rewrite = rewrite
        self.original: Any = None
        self.body: Any = None

    def __call__(self, body: Any) -> Any:
        self.original = copy.deepcopy(body)
        self.body = self.rewrite(body)
        return self.body


def _deviating_jobs(body: Any) -> Any:
    for item in body["items"]:
        item["initiator"] = None  # an object or absent, says the spec (as of `requester`, null on real accounts)
        item["state"] = "Quarantined"  # not in PrintJobStateEnum
        item.pop("ended_at")  # required by PrintJobView
    return body


def _record_eiger(rewrite: Rewrite) -> None:
    store = EigerStore()
    keys = (EIGER_CREDENTIALS["EIGER_ACCESS_KEY"], EIGER_CREDENTIALS["EIGER_SECRET_KEY"])
    with serve(create_eiger(store=store)) as origin:
        transport = Rewriting("/print_jobs", rewrite)
        with Eiger(*keys, base_url=f"{origin}/api/v3", transport=transport, retries=0) as eiger:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", SchemaDeviationWarning)
                assert list(eiger.print_jobs.list())  # twice: two answers, one record each per path
                assert list(eiger.print_jobs.list())


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = learn.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _actions(out: str) -> list[dict[str, Any]]:
    actions = yaml.safe_load(out)
    assert isinstance(actions, list)
    return actions


def _errors(spec: Mapping[str, Any], pointer: str, body: Any) -> list[tuple[str, str]]:
    """Each place in `body` that the schema at `pointer` refuses, with why (as test_spec_examples checks)."""
    modern = str(spec["openapi"]).startswith("3.1")
    validator = OAS31Validator if modern else OAS30Validator
    resource = (DRAFT202012 if modern else DRAFT4).create_resource(dict(spec))
    registry: Registry[Any] = Registry().with_resource("urn:spec", resource)
    found = validator({"$ref": "urn:spec" + pointer}, registry=registry).iter_errors(body)
    return sorted((".".join(map(str, error.absolute_path)), error.message) for error in found)


def _patched(spec: Mapping[str, Any], actions: list[dict[str, Any]]) -> dict[str, Any]:
    overlay = {"overlay": "1.0.0", "info": {"title": "learned", "version": "1"}, "actions": actions}
    return apply_overlay(spec, overlay, Path("learned.yaml"))


def test_eiger_records_become_actions_after_which_the_deviating_answer_validates(
    records: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    kept = Kept(_deviating_jobs)
    _record_eiger(kept)
    code, out, err = _run(capsys, str(records))
    assert (code, err) == (0, "")
    actions = _actions(out)
    by_target = {action["target"]: action for action in actions}
    initiator = by_target["$.components.schemas.PrintJobViewExtended.allOf[2].properties.initiator"]
    assert initiator["update"] == {"nullable": True}
    assert "seen" in initiator["description"] and "in 2 answers of GET /print_jobs" in initiator["description"]
    assert by_target["$.components.schemas.PrintJobView.required[?@ == 'ended_at']"]["remove"] is True
    assert by_target["$.components.schemas.PrintJobStateEnum.enum"]["remove"] is True
    known = by_target["$.components.schemas.PrintJobStateEnum"]["update"]["x-fabapi-known-values"]
    assert "Completed" in known and "Quarantined" not in known  # no value ever reaches a record
    spec = load_document(EIGER_SPEC)
    # openapi-schema-validator ignores `nullable` beside `allOf` (the form the overlay gives a print job's
    # `device`, which the mock sends as null): what it says of the mock's own answer is the baseline.
    baseline = _errors(spec, PRINT_JOBS_ANSWER, kept.original)
    before = _errors(spec, PRINT_JOBS_ANSWER, kept.body)
    assert {"items.0.initiator", "items.0.state", "items.0"} <= {where for where, _ in before}
    assert any("'ended_at' is a required property" in why for _, why in before)
    assert _errors(_patched(spec, actions), PRINT_JOBS_ANSWER, kept.body) == baseline


def test_counts_merge_across_answers_and_records(records: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _record_eiger(_deviating_jobs)
    lines = (records / "fabapi_eiger.jsonl").read_text().splitlines()
    initiator = [json.loads(line) for line in lines if '"$.items[*].initiator"' in line]
    assert len(initiator) == 2  # one per answer
    _, out, _ = _run(capsys, str(records))
    (action,) = [a for a in _actions(out) if a["target"].endswith(".initiator")]
    total = sum(record["count"] for record in initiator)
    assert f"seen {total} times in 2 answers of GET /print_jobs" in action["description"]


BUILD = "$.components.schemas.PrintJobViewExtended.allOf[2].properties.build"
BUILD_VIEW = "#/components/schemas/BuildView"


def _null_build(body: Any) -> Any:
    for item in body["items"]:
        item["build"] = None
    return body


def _eiger_root(tmp_path: Path, build: Mapping[str, Any]) -> Path:
    """A copy of the specs whose curated eiger spec writes a print job's `build` property as `build`,
    whatever form the vendor's document gives it (an overlay action rewrites it)."""
    root = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "specs", root / "specs")
    shutil.copytree(REPO_ROOT / "overlays" / "eiger", root / "overlays" / "eiger")
    vendor = select(["eiger"], root / "specs" / "vendors.toml")[0]
    written: list[dict[str, Any]] = [
        {"target": BUILD, "description": "Written anew below.", "remove": True},
        {"target": BUILD.rsplit(".", 1)[0], "description": "The form under test.", "update": {"build": build}},
    ]
    overlay = vendor.spec_dir(root) / "overlay.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8").rstrip("\n") + "\n" + learn.actions_yaml(written) + "\n")
    curated = generate.curate(vendor, root)
    (vendor.spec_dir(root) / "openapi.yaml").write_text(dump_document(curated, generate.CURATED_HEADER))
    return root


def _learned(records: Path, root: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    code, out, err = _run(capsys, str(records), "--root", str(root))
    assert (code, err) == (0, "")
    return _actions(out)


def _written_and_regenerated(records: Path, root: Path, kept: Kept, capsys: pytest.CaptureFixture[str]) -> None:
    """The actions learned from `records`, written to the overlay of `root`: the model generated after
    them accepts the null the installed one reports."""
    code, _, _ = _run(capsys, str(records), "--write", "--root", str(root))
    assert code == 0
    vendor = select(["eiger"], root / "specs" / "vendors.toml")[0]
    stage = root.parent / "stage"
    outputs = generate.build(vendor, stage, root)
    staged = _import_as("staged_fabapi_eiger", stage / outputs.package / vendor.module)
    try:
        item = kept.body["items"][0]
        assert [(d.key, d.kind) for d in PrintJobViewExtended.from_dict(item).deviations] == [("build", "null")]
        regenerated = staged.models.PrintJobViewExtended.from_dict(item)
        assert regenerated.deviations == () and regenerated.build is None
    finally:
        for loaded in [key for key in sys.modules if key.split(".")[0] == staged.__name__]:
            del sys.modules[loaded]


def test_a_ref_property_sent_null_is_redefined_and_the_regenerated_model_accepts_it(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _eiger_root(tmp_path, {"$ref": BUILD_VIEW})
    kept = Kept(_null_build)
    _record_eiger(kept)
    removed, redefined = _learned(records, root, capsys)
    # The OpenAPI 3.0 form specs/eiger/overlay.yaml already uses for a nullable $ref (which
    # openapi-schema-validator does not read, so the proof is the model the pipeline generates).
    assert removed["target"] == BUILD
    assert removed["remove"] is True
    assert redefined["target"] == BUILD.rsplit(".", 1)[0]
    assert redefined["update"] == {"build": {"nullable": True, "allOf": [{"$ref": BUILD_VIEW}]}}
    _written_and_regenerated(records, root, kept, capsys)


def test_a_ref_property_wrapped_in_allof_sent_null_becomes_nullable_in_place(
    records: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # How 3.0 writes a $ref with notes beside it (dropshot does for every documented field): the
    # wrapper takes `nullable` as it is, nothing to redefine.
    root = _eiger_root(tmp_path, {"allOf": [{"$ref": BUILD_VIEW}], "description": "The build printed."})
    kept = Kept(_null_build)
    _record_eiger(kept)
    (nullable,) = _learned(records, root, capsys)
    assert (nullable["target"], nullable["update"]) == (BUILD, {"nullable": True})
    _written_and_regenerated(records, root, kept, capsys)


def _import_as(name: str, package: Path) -> Any:
    """A generated package from a staging folder, under a name of its own beside the installed one."""
    spec = importlib.util.spec_from_file_location(
        name, package / "__init__.py", submodule_search_locations=[str(package)]
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
        importlib.import_module(f"{name}.models")
    except BaseException:
        del sys.modules[name]
        raise
    return module


def test_a_kaedim_list_sent_null_in_a_3_1_spec(records: Path, capsys: pytest.CaptureFixture[str]) -> None:
    clock = Clock()
    store = KaedimStore(clock=clock, processing_seconds=None)

    # `iterations` is null on real accounts and the spec says so now; `image` is a list it still forbids null.
    def null_images(body: Any) -> Any:
        for asset in body["assets"]:
            asset["image"] = None
        return body

    kept = Kept(null_images)
    try:
        with serve(create_kaedim(store=store)) as origin:
            options: dict[str, Any] = {"token_store": TokenStore(clock=clock), "refresh_token": REFRESH_TOKEN}
            transport = Rewriting("/fetchAll", kept)
            with Kaedim(API_KEY, DEV_ID, base_url=origin + "/api/v1", transport=transport, **options) as kaedim:
                kaedim.submit(urls=["https://example.com/chair.png"])
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore", SchemaDeviationWarning)
                    assert kaedim.fetch_all()
    finally:
        store.stop()
    code, out, _ = _run(capsys, str(records), "--vendor", "kaedim")
    (action,) = _actions(out)
    assert code == 0 and action["update"] == {"type": ["array", "null"]}  # the 3.1 form of nullable
    spec = load_document(KAEDIM_SPEC)
    pointer = "#/paths/~1fetchAll/get/responses/200/content/application~1json/schema"
    assert _errors(spec, pointer, kept.body) != []
    assert _errors(_patched(spec, [action]), pointer, kept.body) == []


# --- Bad input -----------------------------------------------------------------------------------

GOOD = {
    "package": "fabapi_eiger",
    "operation": "GET /print_jobs",
    "path": "/print_jobs",
    "json_path": "$.items[*].initiator",
    "kind": "null",
    "expected": "object",
    "received": "null",
    "count": 3,
}


def _write(folder: Path, lines: list[str], name: str = "fabapi_eiger.jsonl") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("".join(line + "\n" for line in lines))
    return folder


def _line(**changes: Any) -> str:
    record = {**GOOD, **changes}
    return json.dumps({key: value for key, value in record.items() if value is not None})


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("{not json", "not JSON"),
        ("[" * 100_000 + "]" * 100_000, "longer than any record"),
        ("[" * 50_000, "not JSON"),
        ('["a list"]', "expected a JSON object, found list"),
        (_line(kind=None, count=None), "missing kind, count"),
        (_line(count=0), "count must be a whole number"),
        (_line(count=True), "count must be a whole number"),
        (_line(kind="wobbly"), "kind 'wobbly' is none of"),
        (_line(operation="print jobs"), "is not 'METHOD /path'"),
        (_line(package="fabapi_nowhere"), "package 'fabapi_nowhere' is no vendor's"),
        (_line(operation="GET /no_such_path"), "the spec has no operation GET '/no_such_path'"),
        (_line(operation="DELETE /devices/{device_id}/queue/{queued_job_id}"), "has no 2xx answer with a schema"),
        (_line(json_path="$.items[*].nowhere"), "has no property 'nowhere'"),
        (_line(json_path="$.nowhere[*].initiator"), "has no $.nowhere"),
        (_line(json_path="$..initiator"), "not a path of names and [*]"),
        (_line(json_path="$.items[*]"), "does not end in a field's name"),
        (_line(json_path="items.initiator"), "does not start at $"),
        (_line(json_path="$.items[*"), "is no JSONPath"),
        (_line(kind="missing"), "requires 'initiator' (already curated?)"),
        (_line(kind="enum", json_path="$.items[*].source"), "has no enum in the spec"),
    ],
)
def test_bad_records_are_named_by_file_and_line_and_the_good_ones_still_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], line: str, message: str
) -> None:
    folder = _write(tmp_path / "records", [_line(), line, _line(json_path="$.items[*].source")])
    code, out, err = _run(capsys, str(folder))
    assert code == 1
    (problem,) = err.splitlines()
    assert problem.startswith(f"skipped: {folder / 'fabapi_eiger.jsonl'}:2: ") and message in problem
    assert "Traceback" not in err
    targets = [action["target"] for action in _actions(out)]
    assert [t.rsplit(".", 1)[-1] for t in targets] == ["initiator", "source"]


def test_one_enum_and_one_required_list_change_once_for_all_their_records(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    lines = [
        _line(json_path="$.items[*].state", kind="enum", count=4),
        _line(operation="GET /print_jobs/{print_job_id}", json_path="$.state", kind="enum", count=1),
        _line(json_path="$.has_more_items", kind="missing", count=1),
        _line(json_path="$.items", kind="missing", count=1),
    ]
    code, out, _ = _run(capsys, str(_write(tmp_path / "r", lines)))
    assert code == 0
    opened, known, unrequired = _actions(out)
    assert opened["target"] == "$.components.schemas.PrintJobStateEnum.enum"
    assert "seen 5 times in 2 answers of GET /print_jobs, GET /print_jobs/{print_job_id}" in opened["description"]
    assert known["update"]["x-fabapi-known-values"][0] == "Completed"
    # Both names of a two-name list: the list goes, since an empty `required` is invalid in OpenAPI 3.0.
    assert unrequired == {
        "target": "$.components.schemas.ListPrintJobsResponse.required",
        "description": unrequired["description"],
        "remove": True,
    }
    assert "Servers leave out has_more_items, items" in unrequired["description"]


def test_a_record_the_spec_was_curated_for_since_is_named_not_applied_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # specs/eiger/overlay.yaml made a print job's device nullable; an old record of it teaches nothing.
    folder = _write(tmp_path / "r", [_line(json_path="$.items[*].device")])
    code, out, err = _run(capsys, str(folder))
    assert code == 1 and "already accepts null (curated since?)" in err
    assert "0 actions" not in out and yaml.safe_load(out) is None


def test_a_field_several_variants_define_is_a_suggestion_naming_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # KittyCAD's async operation is a oneOf of one schema per operation kind, each with its own `id`.
    line = _line(package="fabapi_kittycad", operation="GET /async/operations/{id}", json_path="$.id")
    code, out, _ = _run(capsys, str(_write(tmp_path / "r", [line], "fabapi_kittycad.jsonl")))
    assert code == 0 and yaml.safe_load(out) is None  # no action: the records cannot say which variant
    assert "Not applied (null of id): several schemas the answer may match" in out
    assert out.count(".properties.id") > 1


def test_a_folder_that_does_not_exist_is_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, str(tmp_path / "absent"))
    assert code == 2 and out == ""
    assert err.startswith("error: ") and "no such folder of recorded deviations" in err


def test_an_empty_folder_says_there_is_nothing_to_learn(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, str(tmp_path))
    assert code == 0 and "no recorded deviations (*.jsonl)" in out


def test_record_text_cannot_break_out_of_a_comment(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    injected = "number\n  - target: $\n    remove: true\n"
    folder = _write(tmp_path / "r", [_line(kind="type", json_path="$.items[*].progress", expected=injected)])
    code, out, _ = _run(capsys, str(folder))
    assert code == 0
    assert yaml.safe_load(out) is None  # comments only: a type change is a suggestion, and nothing was injected
    assert "Not applied (type of progress)" in out and "\\x0a" in out


def test_write_appends_to_the_overlay_and_the_source_then_curates_to_accept_the_answer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "specs", root / "specs")
    overlay = root / "specs" / "eiger" / "overlay.yaml"
    before = overlay.read_text()
    folder = _write(tmp_path / "records", [_line()])
    code, out, _ = _run(capsys, str(folder), "--write", "--root", str(root))
    assert code == 0 and "wrote 1 action to specs/eiger/overlay.yaml" in out
    after = overlay.read_text()
    assert after.startswith(before.rstrip("\n")) and "Learned from recorded deviations" in after
    laid = laid_out(load_document(root / "specs" / "eiger" / "source.yaml"), load_document(overlay), overlay)
    source = in_public_names(laid.document, root / "specs" / "eiger")
    curated = apply_overlay(source, load_document(overlay), overlay)
    initiator = curated["components"]["schemas"]["PrintJobViewExtended"]["allOf"][2]["properties"]["initiator"]
    assert initiator["nullable"] is True
