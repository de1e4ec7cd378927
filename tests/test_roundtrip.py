"""The round-trip driver's own parts: the loopback server, the wire verdict, the scratch copy, the
command line. The round trips themselves run as `nox -s roundtrip` (CI: `--ci`)."""

from __future__ import annotations

import copy
import subprocess
import threading
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import httpx
import pytest

from codegen import roundtrip
from codegen.restyle import restyle
from registry.documents import dump_document, load_document, parse_document
from registry.vendors import REPO_ROOT, load_vendors

KAEDIM = load_vendors()["kaedim"]


def _scratch_with(tmp_path: Path, document: dict[str, object]) -> Path:
    spec = tmp_path / "specs" / "kaedim"
    spec.mkdir(parents=True)
    (spec / "source.yaml").write_text(dump_document(document, "# fetched"), encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("media_type", ["application/json", "application/vnd.oai.openapi"])
def test_the_document_is_served_on_loopback_as_json_or_yaml(media_type: str) -> None:
    document = restyle("drf", load_document(REPO_ROOT / "specs" / "kaedim" / "source.yaml"))
    with roundtrip.served(document, media_type) as url:
        assert url.startswith("http://127.0.0.1:")
        answer = httpx.get(url)
        assert httpx.get(url.replace("/openapi", "/elsewhere")).status_code == 404
    assert answer.headers["content-type"].startswith(media_type)
    assert parse_document(answer.text, Path("served")) == document


def _without_422(document: dict[str, Any]) -> dict[str, Any]:
    """`document` with no 422 answer: what a vendor whose server is not FastAPI documents."""
    stripped = copy.deepcopy(document)
    for item in stripped["paths"].values():
        for operation in item.values():
            if isinstance(operation, dict):
                operation.get("responses", {}).pop("422", None)
    return stripped


def test_fastapis_422_answers_are_the_only_wire_change_accepted(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The checkout's source as a vendor without FastAPI writes it, whatever framework wrote the one here.
    source = _without_422(load_document(REPO_ROOT / "specs" / "kaedim" / "source.yaml"))
    monkeypatch.setattr(roundtrip, "REPO_ROOT", _scratch_with(tmp_path / "checkout", source))
    scratch = _scratch_with(tmp_path / "scratch", restyle("fastapi", source))
    note = roundtrip.check_wire(KAEDIM, "fastapi", scratch)
    assert note.startswith("fetch: no wire change besides ")
    assert "added 422 answers" in note
    # The same 422s in a style that adds none are changes.
    with pytest.raises(
        roundtrip.RoundTripFailed, match=r"fetch: \d+ wire change\(s\) in source.yaml where there are none"
    ):
        roundtrip.check_wire(KAEDIM, "dropshot", scratch)


def test_a_wire_change_fails_the_round_trip_naming_it(tmp_path: Path) -> None:
    changed = copy.deepcopy(load_document(REPO_ROOT / "specs" / "kaedim" / "source.yaml"))
    del changed["paths"]["/fetchAll"]
    scratch = _scratch_with(tmp_path, restyle("dropshot", changed))
    with pytest.raises(roundtrip.RoundTripFailed) as caught:
        roundtrip.check_wire(KAEDIM, "dropshot", scratch)
    assert caught.value.stage == "fetch"
    assert "operation removed: GET /fetchAll" in str(caught.value)


def test_the_scratch_copy_leaves_version_control_and_environments_out(tmp_path: Path) -> None:
    root = tmp_path / "checkout"
    for part in ("specs/kaedim/source.yaml", ".git/HEAD", ".nox/tests/x", "codegen/__pycache__/a.pyc", "README.md"):
        (root / part).parent.mkdir(parents=True, exist_ok=True)
        (root / part).write_text("x", encoding="utf-8")
    copied = roundtrip.scratch_copy(tmp_path / "scratch", root)
    found = sorted(str(path.relative_to(copied)) for path in copied.rglob("*") if path.is_file())
    found = [name for name in found if not name.startswith(".git/")]
    assert found == ["README.md", "specs/kaedim/source.yaml"]
    # A repository of its own, every copied file tracked (the scaffold's tests list them), nothing else.
    tracked = subprocess.run(["git", "ls-files"], cwd=copied, capture_output=True, text=True, check=True)  # noqa: S607
    assert tracked.stdout.split() == found
    assert (copied / ".git" / "HEAD").read_text() != "x"


def test_a_vendors_tests_are_selected_by_name_and_no_other_vendors() -> None:
    selection = roundtrip._selection([KAEDIM])
    assert selection.startswith("kaedim or fabapi_kaedim or not (")
    assert "kittycad" in selection and "fabapi_3yourmind" in selection and "(kaedim" not in selection
    assert roundtrip._selection(list(load_vendors().values())) == ""  # every vendor: no selection


def test_every_vendor_and_style_is_in_cis_share() -> None:
    assert {vendor for vendor, _ in roundtrip.CI_PAIRS} == set(load_vendors())
    assert {style for _, style in roundtrip.CI_PAIRS} == {"dropshot", "fastapi", "drf"}


def test_an_unknown_vendor_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert roundtrip.main(["acme"]) == 2
    assert "acme" in capsys.readouterr().err


def test_pairs_share_a_scratch_copy_with_each_vendor_once_in_it() -> None:
    vendors = list(load_vendors().values())
    pairs = [(vendor, style) for vendor in vendors for style in ("dropshot", "drf", "fastapi")]
    found = roundtrip.batches(pairs)
    assert [len(batch) for batch in found] == [len(vendors)] * 3
    for batch in found:
        assert len({vendor.key for vendor, _ in batch}) == len(batch)
    assert sorted((v.key, s) for batch in found for v, s in batch) == sorted((v.key, s) for v, s in pairs)
    by_key = {vendor.key: vendor for vendor in vendors}
    assert len(roundtrip.batches([(by_key[key], style) for key, style in roundtrip.CI_PAIRS])) == 1


def test_a_shared_stage_fails_only_the_vendors_its_failure_names() -> None:
    batch = [load_vendors()[key] for key in ("kaedim", "eiger", "cloudslicer")]
    results = {vendor.key: roundtrip.Result(vendor.key, "drf") for vendor in batch}
    failure = roundtrip.RoundTripFailed("tests", "exit 1:\n    FAILED tests/eiger/test_client.py::test_x")

    def failing() -> str:
        raise roundtrip._Blamed(failure, roundtrip._named(str(failure), batch))

    roundtrip._shared("tests", batch, results, failing)
    assert results["eiger"].failure is failure
    assert results["kaedim"].failure is None and results["cloudslicer"].failure is None
    assert results["kaedim"].notes == ["tests: passed for it (failed for eiger)"]
    assert "tests (shared)" in results["kaedim"].seconds
    # A failure that names no vendor counts against every one of the batch still going.
    assert roundtrip._named("exit 1: collection error", batch) == {"kaedim", "eiger", "cloudslicer"}
    roundtrip._shared("conformance", batch, results, lambda: "conformance: passed")
    assert results["eiger"].notes == [] and results["kaedim"].notes[-1] == "conformance: passed"


def test_mypy_runs_beside_conformance_and_reads_as_if_it_ran_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = [load_vendors()[key] for key in ("kaedim", "eiger")]
    results = {vendor.key: roundtrip.Result(vendor.key, "drf") for vendor in batch}
    conformance_started = threading.Event()
    checked: list[str] = []

    def mypy(argv: Sequence[str], package: Path, environ: dict[str, str]) -> str:
        # Sequential stages would wait here for good: conformance starts only after every mypy.
        assert conformance_started.wait(30), "mypy ran before conformance, not beside it"
        checked.append(package.name)
        if package.name == "fabapi-kaedim":
            raise roundtrip.RoundTripFailed("mypy", "fabapi_kaedim/x.py:1: error: bad")
        return "mypy --strict: clean"

    def conformance(argv: Sequence[str], scratch: Path, environ: dict[str, str], live: Sequence[Any]) -> str:
        conformance_started.set()
        return "conformance: passed"

    monkeypatch.setattr(roundtrip, "_tests_passed", lambda *args: "tests: 3 passed")
    monkeypatch.setattr(roundtrip, "_mypy", mypy)
    monkeypatch.setattr(roundtrip, "_conformance", conformance)
    monkeypatch.setattr(roundtrip, "REPORTS", tmp_path / "reports")
    roundtrip.tests_stage(batch, tmp_path, {}, results)
    assert checked == ["fabapi-kaedim", "fabapi-eiger"]
    kaedim, eiger = results["kaedim"], results["eiger"]
    assert kaedim.failure is not None and kaedim.failure.stage == "mypy"
    assert kaedim.notes == ["tests: 3 passed", "conformance: passed"]
    assert eiger.failure is None
    assert eiger.notes == ["tests: 3 passed", "mypy --strict: clean", "conformance: passed"]
    assert list(eiger.seconds) == ["tests (shared)", "mypy (beside conformance)", "conformance (shared)"]
    eiger.seconds = {"tests (shared)": 10.0, "mypy (beside conformance)": 4.0, "conformance (shared)": 20.0}
    assert "(30 s: tests (shared) 10, mypy (beside conformance) 4, conformance (shared) 20)" in eiger.line()


def test_a_batch_fetches_side_by_side_and_generates_once_for_the_vendors_still_going(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batch = [(load_vendors()[key], "drf") for key in ("kaedim", "eiger", "cloudslicer")]
    results = {vendor.key: roundtrip.Result(vendor.key, style) for vendor, style in batch}
    fetching = threading.Barrier(len(batch), timeout=30)
    generated: list[list[str]] = []

    def fetch(vendor: Any, style: str, scratch: Path, environ: dict[str, str]) -> str:
        # One fetch after another would wait here for good: each waits until all have started.
        try:
            fetching.wait()
        except threading.BrokenBarrierError:
            raise AssertionError("the fetches ran one after another, not side by side") from None
        if vendor.key == "cloudslicer":
            raise roundtrip.RoundTripFailed("fetch", "the restyled document was not written")
        return "fetch: no wire change"

    def run(stage: str, argv: Sequence[str], cwd: Path, environ: dict[str, str], ok: Any) -> str:
        generated.append(list(argv[3:]))
        raise roundtrip.RoundTripFailed(stage, "exit 2:\n    error: specs/eiger/openapi.yaml: a schema was dropped")

    monkeypatch.setattr(roundtrip, "fetch_stage", fetch)
    monkeypatch.setattr(roundtrip, "_run", run)
    monkeypatch.setattr(roundtrip, "curated_stage", lambda vendor, style, scratch: "curated no wire change")
    monkeypatch.setattr(roundtrip, "api_stage", lambda vendor, scratch: "public API: no break")
    monkeypatch.setattr(roundtrip, "face_stage", lambda vendor, style, scratch, environ: "public face: as committed")
    roundtrip.prepare(batch, tmp_path, {}, results)
    # One generate, for the vendors whose fetch passed; its failure is the vendor's its output names.
    assert generated == [["generate", "kaedim", "eiger"]]
    kaedim, eiger, cloudslicer = results["kaedim"], results["eiger"], results["cloudslicer"]
    assert cloudslicer.failure is not None and cloudslicer.failure.stage == "fetch"
    assert eiger.failure is not None and eiger.failure.stage == "generate"
    assert kaedim.failure is None
    assert kaedim.notes == [
        "fetch: no wire change",
        "generate: passed for it (failed for eiger)",
        "curated no wire change",
        "public API: no break",
        "public face: as committed",
    ]
    assert list(kaedim.seconds) == ["fetch", "generate (shared)", "curated", "api", "face"]
    assert list(eiger.seconds) == ["fetch", "generate (shared)"] and list(cloudslicer.seconds) == ["fetch"]


def test_stages_cache_bytecode_beside_the_scratch_copy_and_get_no_credentials(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    monkeypatch.setenv("KAEDIM_API_KEY", "not-for-a-round-trip")
    environ = roundtrip._environment(tmp_path / "repo", list(load_vendors().values()))
    assert "PYTHONDONTWRITEBYTECODE" not in environ and "KAEDIM_API_KEY" not in environ
    assert Path(environ["PYTHONPYCACHEPREFIX"]).parent == tmp_path


def test_the_suite_of_a_round_trip_rechecks_unless_the_caller_chose_a_profile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("HYPOTHESIS_PROFILE", raising=False)
    vendors = list(load_vendors().values())
    assert roundtrip._environment(tmp_path / "repo", vendors)["HYPOTHESIS_PROFILE"] == "recheck"
    monkeypatch.setenv("HYPOTHESIS_PROFILE", "ci")
    assert roundtrip._environment(tmp_path / "repo", vendors)["HYPOTHESIS_PROFILE"] == "ci"


def test_a_wire_change_in_the_curated_document_fails_at_generate(tmp_path: Path) -> None:
    curated = copy.deepcopy(load_document(REPO_ROOT / "specs" / "kaedim" / "openapi.yaml"))
    del curated["paths"]["/fetchAll"]
    spec = tmp_path / "specs" / "kaedim"
    spec.mkdir(parents=True)
    (spec / "openapi.yaml").write_text(dump_document(curated, "# curated"), encoding="utf-8")
    with pytest.raises(roundtrip.RoundTripFailed) as caught:
        roundtrip.check_wire(KAEDIM, "dropshot", tmp_path, "openapi.yaml", "generate")
    assert caught.value.stage == "generate"
    assert "in openapi.yaml" in str(caught.value) and "operation removed: GET /fetchAll" in str(caught.value)


def test_a_batch_runs_the_whole_suite_unless_narrowed(monkeypatch: pytest.MonkeyPatch) -> None:
    # The whole suite is what pytest runs with no argument: the configured test paths.
    configured = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert list(roundtrip.WHOLE_SUITE) == configured["tool"]["pytest"]["ini_options"]["testpaths"]
    seen: list[tuple[str, ...]] = []

    def recorded(batch: Any, *, keep: bool, tests: Sequence[str]) -> list[roundtrip.Result]:
        seen.append(tuple(tests))
        return []

    monkeypatch.setattr(roundtrip, "round_trip", recorded)
    assert roundtrip.main(["kaedim", "--style", "drf"]) == 0
    narrowed = ["--tests", "tests/kaedim", "--tests", "tests/test_layout.py"]
    assert roundtrip.main(["kaedim", "--style", "drf", *narrowed]) == 0
    assert seen == [("tests",), ("tests/kaedim", "tests/test_layout.py")]


def test_the_public_face_may_differ_only_by_documenting_the_added_answers() -> None:
    committed = (REPO_ROOT / "tests" / "fixtures" / "resources_api" / "kaedim.txt").read_text(encoding="utf-8")
    old = committed.splitlines()
    raises = next(i for i, line in enumerate(old) if "\\n        Raises:\\n" in line)
    documented = list(old)
    documented[raises] = old[raises].replace(
        "\\n        Raises:\\n",
        "\\n        Raises:\\n            UnprocessableEntity: the server answered 422 (Validation Error).\\n",
    )
    assert roundtrip.face_changes(old, old, frozenset()) == []
    assert roundtrip.face_changes(old, documented, frozenset({"422"})) == []
    # Not an added answer of this style, or another change beside it: named.
    assert roundtrip.face_changes(old, documented, frozenset()) == [documented[raises]]
    renamed = [*documented[:raises], documented[raises].replace("dev_id", "developer_id"), *documented[raises + 1 :]]
    assert roundtrip.face_changes(old, renamed, frozenset({"422"})) == [renamed[raises]]
    assert roundtrip.face_changes(old, old[:-1], frozenset({"422"})) == [
        f"{len(old) - 1} lines where the committed listing has {len(old)}"
    ]
