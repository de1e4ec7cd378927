"""Every operation's confidence is backed by a row of PROVENANCE.md's "Evidence per operation" table
(codegen/evidence.py); the pipeline refuses a spec whose table is missing, short, wrong or empty."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest

from codegen import evidence, generate
from codegen.errors import EvidenceError, PipelineError
from registry.documents import load_document
from registry.vendors import load_vendors, select

FIXTURE = Path(__file__).parent / "fixtures" / "tiny"
# The vendors whose tables this change wrote; the integrator runs the check on every vendor.
CHECKED = ("eiger", "kaedim", "kittycad", "cloudslicer")


def _spec(**confidence: str) -> dict[str, Any]:
    """A spec with the operations `GET /a`, `POST /a`, `DELETE /a/{id}`, marked as given (by key
    `get_a`, `post_a`, `delete_a`); an operation not named has no marker."""

    def operation(key: str) -> dict[str, Any]:
        marked = {"x-fabapi-confidence": confidence[key]} if key in confidence else {}
        return {"operationId": key, "responses": {"200": {"description": "ok"}}, **marked}

    return {
        "openapi": "3.0.3",
        "paths": {
            "/a": {"get": operation("get_a"), "post": operation("post_a"), "summary": "not an operation"},
            "/a/{id}": {"delete": operation("delete_a"), "parameters": []},
        },
    }


GOOD_SPEC = _spec(get_a="documented", post_a="vendor-code", delete_a="how-to")
ROWS = {
    "GET /a": "| `GET /a` | documented | reference page, line 3 | reference page, lines 4–9 |",
    "POST /a": "| `POST /a` | vendor-code | the vendor's SDK, `create_a` | the SDK's `NewA` model |",
    "DELETE /a/{id}": '| `DELETE /a/{id}` | how-to | how-to page "Cleaning up" | none: 204 |',
}


def _provenance(
    tmp_path: Path, *rows: str, header: str = "| operation | confidence | method and path | body |"
) -> Path:
    path = tmp_path / "PROVENANCE.md"
    text = "\n".join(
        [
            "# Acme — provenance",
            "",
            "## Evidence per operation",
            "",
            "Why each confidence.",
            "",
            header,
            "|---|---|---|---|",
            *rows,
        ]
    )
    path.write_text(text + "\n\n## Counts\n\n| a | b |\n|---|---|\n| `GET /zzz` | 1 |\n", encoding="utf-8")
    return path


def _problems(tmp_path: Path, spec: dict[str, Any], *rows: str, **kwargs: str) -> list[tuple[str, str]]:
    with pytest.raises(EvidenceError) as caught:
        evidence.check("acme", spec, _provenance(tmp_path, *rows, **kwargs))
    error = caught.value
    assert error.vendor == "acme"
    assert isinstance(error, PipelineError)
    assert "[acme]" in str(error)
    for problem in error.problems:
        assert f"  {problem.operation}: {problem.problem}" in str(error)
    return [(p.operation, p.problem) for p in error.problems]


def test_a_table_backing_every_operation_passes(tmp_path: Path) -> None:
    evidence.check("acme", GOOD_SPEC, _provenance(tmp_path, *ROWS.values()))


def test_an_operation_without_a_row_is_named(tmp_path: Path) -> None:
    problems = _problems(tmp_path, GOOD_SPEC, ROWS["GET /a"], ROWS["DELETE /a/{id}"])
    assert problems == [("POST /a", "no row: its confidence has no evidence")]


def test_a_row_for_an_operation_the_spec_lacks_is_named(tmp_path: Path) -> None:
    extra = "| `PUT /a` | documented | reference page | reference page |"
    problems = _problems(tmp_path, GOOD_SPEC, *ROWS.values(), extra)
    assert problems == [("PUT /a", "line 12: the row names an operation the spec does not have")]


def test_a_row_whose_confidence_differs_from_the_spec_is_named(tmp_path: Path) -> None:
    wrong = ROWS["POST /a"].replace("vendor-code", "documented")
    problems = _problems(tmp_path, GOOD_SPEC, ROWS["GET /a"], wrong, ROWS["DELETE /a/{id}"])
    assert problems == [("POST /a", "line 10: the row says documented, the spec's x-fabapi-confidence is vendor-code")]


@pytest.mark.parametrize(
    ("row", "column"),
    [
        ("| `GET /a` | documented |  | reference page |", "method and path"),
        ("| `GET /a` | documented | reference page |  |", "body"),
        ("| `GET /a` | documented | reference page |", "body"),
    ],
)
def test_an_empty_evidence_cell_is_named(tmp_path: Path, row: str, column: str) -> None:
    problems = _problems(tmp_path, GOOD_SPEC, row, ROWS["POST /a"], ROWS["DELETE /a/{id}"])
    assert problems == [("GET /a", f"line 9: no evidence for the {column}")]


def test_an_unknown_confidence_in_the_table_is_named(tmp_path: Path) -> None:
    row = ROWS["GET /a"].replace("documented", "guessed")
    problems = _problems(tmp_path, GOOD_SPEC, row, ROWS["POST /a"], ROWS["DELETE /a/{id}"])
    assert problems == [
        ("GET /a", "line 9: confidence 'guessed' is not one of documented, vendor-code, how-to, inferred")
    ]


def test_an_unknown_or_missing_confidence_in_the_spec_is_named(tmp_path: Path) -> None:
    spec = _spec(get_a="documented", post_a="Documented")
    rows = (ROWS["GET /a"], ROWS["POST /a"].replace("vendor-code", "documented"), ROWS["DELETE /a/{id}"])
    problems = _problems(tmp_path, spec, *rows)
    known = "is not one of documented, vendor-code, how-to, inferred"
    assert problems == [
        ("POST /a", f"the spec's x-fabapi-confidence: confidence 'Documented' {known}"),
        ("DELETE /a/{id}", f"the spec's x-fabapi-confidence: confidence none {known}"),
    ]


def test_a_second_row_for_one_operation_is_named(tmp_path: Path) -> None:
    problems = _problems(tmp_path, GOOD_SPEC, *ROWS.values(), ROWS["GET /a"])
    assert problems == [("GET /a", "line 12: a second row (the first is on line 9)")]


def test_an_operation_cell_that_is_not_method_and_path_is_named(tmp_path: Path) -> None:
    row = ROWS["GET /a"].replace("`GET /a`", "get_a")
    problems = _problems(tmp_path, GOOD_SPEC, row, ROWS["POST /a"], ROWS["DELETE /a/{id}"])
    assert problems == [
        ("get_a", "line 9: the operation cell 'get_a' is not `METHOD /path`"),
        ("GET /a", "no row: its confidence has no evidence"),
    ]


def test_a_missing_section_or_a_wrong_header_is_named(tmp_path: Path) -> None:
    (tmp_path / "PROVENANCE.md").write_text("# Acme\n\n## Evidence\n\n| a |\n|---|\n| b |\n", encoding="utf-8")
    with pytest.raises(
        EvidenceError, match=r"no section titled 'Evidence per operation'; add `## Evidence per operation`"
    ):
        evidence.check("acme", GOOD_SPEC, tmp_path / "PROVENANCE.md")
    problems = _problems(tmp_path, GOOD_SPEC, *ROWS.values(), header="| operation | confidence | evidence | body |")
    assert problems == [
        ("every operation", "line 7: the table's header is 'operation | confidence | evidence | body', "
         "not 'operation | confidence | method and path | body'"),
    ]  # fmt: skip


def test_a_section_without_a_table_is_named(tmp_path: Path) -> None:
    path = tmp_path / "PROVENANCE.md"
    path.write_text("## Evidence per operation\n\nTo do.\n\n## Counts\n\n| a |\n|---|\n| 1 |\n", encoding="utf-8")
    with pytest.raises(EvidenceError, match="the section 'Evidence per operation' has no table"):
        evidence.check("acme", GOOD_SPEC, path)


def test_counts_have_every_known_confidence() -> None:
    assert evidence.counts(GOOD_SPEC) == {"documented": 1, "vendor-code": 1, "how-to": 1, "inferred": 0}
    assert evidence.counts(_spec()) == {"documented": 0, "vendor-code": 0, "how-to": 0, "inferred": 0}


def test_the_written_table_reads_back(tmp_path: Path) -> None:
    rows = [
        ("GET /a", "documented", "p", "q"),
        ("POST /a", "vendor-code", "r", "s"),
        ("DELETE /a/{id}", "how-to", "t", "u"),
    ]
    (tmp_path / "PROVENANCE.md").write_text("# Acme\n\n" + evidence.table(rows), encoding="utf-8")
    evidence.check("acme", GOOD_SPEC, tmp_path / "PROVENANCE.md")


@pytest.mark.parametrize("key", CHECKED)
def test_each_vendor_s_curated_spec_is_backed(key: str) -> None:
    vendor = load_vendors()[key]
    curated = load_document(vendor.spec_dir() / "openapi.yaml")
    evidence.check_vendor(key, curated, vendor.spec_dir())
    assert sum(evidence.counts(curated).values()) == len(evidence.confidences(curated)) > 0


def test_the_pipeline_refuses_a_spec_without_evidence(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    provenance = root / "specs" / "tiny" / "PROVENANCE.md"
    provenance.write_text(provenance.read_text(encoding="utf-8").replace("| `POST /widgets` |", "| `PUT /widgets` |"))
    (vendor,) = select(["tiny"], root / "specs" / "vendors.toml")
    with pytest.raises(EvidenceError) as caught:
        generate.curate(vendor, root)
    assert [(p.operation, p.problem) for p in caught.value.problems] == [
        ("PUT /widgets", "line 10: the row names an operation the spec does not have"),
        ("POST /widgets", "no row: its confidence has no evidence"),
    ]
