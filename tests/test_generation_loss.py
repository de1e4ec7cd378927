"""Zero silent loss: what a generator drops or degrades fails the build by name, unless excluded with a reason.

The dropshot fixture (`tests/fixtures/dropshot/`) is a small document in the style KittyCAD's server
framework writes; openapi-python-client 0.29.1 loses parts of it unless the normaliser runs first.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen import generate, incremental, loss
from codegen.__main__ import main
from codegen.errors import GenerationLoss
from codegen.normalise import normalise
from registry.documents import load_document
from registry.vendors import REPO_ROOT, Vendor, select

FIXTURE = Path(__file__).parent / "fixtures" / "dropshot"
TINY = Path(__file__).parent / "fixtures" / "tiny"


@pytest.fixture
def root(tmp_path: Path) -> Path:
    shutil.copytree(FIXTURE, tmp_path / "repo")
    return tmp_path / "repo"


def _vendor(root: Path, key: str = "dropshot") -> Vendor:
    return select([key], root / "specs" / "vendors.toml")[0]


def _source(root: Path) -> dict[str, Any]:
    return load_document(root / "specs" / "dropshot" / "source.yaml")


def _overlay(root: Path, *actions: dict[str, Any]) -> None:
    """The fixture's overlay (its confidences) with `actions` after it."""
    path = root / "specs" / "dropshot" / "overlay.yaml"
    overlay = yaml.safe_load(path.read_text(encoding="utf-8"))
    overlay["actions"] += list(actions)
    path.write_text(yaml.safe_dump(overlay), encoding="utf-8")


def _losses(root: Path, spec: dict[str, Any], tmp_path: Path) -> dict[str, str]:
    document = tmp_path / "openapi.yaml"
    shutil.copyfile(root / "specs" / "dropshot" / "source.yaml", document)
    found = generate._generate_package(_vendor(root), spec, document, tmp_path / "package", root)
    return {item.pointer: str(item) for item in found}


def test_without_the_normaliser_the_generator_loses_parts_and_the_check_names_each(root: Path, tmp_path: Path) -> None:
    found = _losses(root, _source(root), tmp_path)
    # The inline variants holding nested objects, the second of two names with one class name, and the
    # response typed by it: each named with the generator's own reason.
    assert set(found) == {
        "#/components/schemas/InputFormat3d",
        "#/components/schemas/ModelingCmd",
        "#/components/schemas/Point3D",
        "#/paths/~1modeling~1cmd/post/responses/200",
    }
    assert "class InputFormat3DType1 not generated" in found["#/components/schemas/InputFormat3d"]
    assert "duplicate models" in found["#/components/schemas/ModelingCmd"]
    assert "schema Point3D: dropped" in found["#/components/schemas/Point3D"]
    assert "response 200 of POST /modeling/cmd: dropped" in found["#/paths/~1modeling~1cmd/post/responses/200"]


def test_after_normalising_nothing_is_lost(root: Path, tmp_path: Path) -> None:
    assert _losses(root, normalise(_source(root)).document, tmp_path) == {}


def test_the_build_normalises_and_says_what_it_rewrote(root: Path, tmp_path: Path) -> None:
    outputs = generate.build(_vendor(root), tmp_path, root)
    stats = json.loads((tmp_path / outputs.package / "stats.json").read_text(encoding="utf-8"))
    rules = {rewrite["rule"] for rewrite in stats["normalised"]}
    # The fixture's documented enums and allOf wrappers are the layout's (codegen/layout.py), before the overlay.
    assert rules == {"inline-variant", "nullable-enum", "distinct-name"}
    lifted = {"rule": "inline-variant", "at": "#/components/schemas/ModelingCmd/oneOf/1"}
    assert {**lifted, "detail": "-> #/components/schemas/ModelingCmdMovePathPen"} in stats["normalised"]
    assert stats["excluded"] == []
    models = tmp_path / outputs.package / "fabapi_dropshot" / "models"
    # Variants named by their tag value; a documented enum is one enum.
    assert {"input_format_3d_obj.py", "modeling_cmd_move_path_pen.py", "file_export_format.py"} <= {
        path.name for path in models.iterdir()
    }
    # The curated document (and the mock's models) keep the curated form: the layout's, the variants inline.
    curated = load_document(tmp_path / outputs.curated)
    assert "oneOf" in curated["components"]["schemas"]["ModelingCmd"]
    described = curated["components"]["schemas"]["FileExportFormat"]
    assert len(described["enum"]) == len(described["x-enum-descriptions"]) > 1


_XML_ANSWER = {
    "target": "$.paths['/modeling/cmd'].post.responses",
    "description": "The vendor also answers in XML.",
    "update": {"202": {"description": "queued", "content": {"application/xml": {"schema": {"type": "object"}}}}},
}


def test_a_loss_fails_the_build_naming_the_part_and_the_reason(root: Path, tmp_path: Path) -> None:
    _overlay(root, _XML_ANSWER)
    with pytest.raises(GenerationLoss) as caught:
        generate.build(_vendor(root), tmp_path, root)
    assert caught.value.vendor == "dropshot"
    assert len(caught.value.losses) == 1
    assert "response 202 of POST /modeling/cmd: dropped" in caught.value.losses[0]
    assert "Unsupported content_type application/xml" in caught.value.losses[0]
    assert "x-fabapi-excluded" in str(caught.value)


def test_an_exclusion_with_its_reason_lets_the_build_pass_and_is_listed(root: Path, tmp_path: Path) -> None:
    why = "XML answers are read by the hand-written layer."
    exclude = {
        "target": "$.paths['/modeling/cmd'].post.responses['202']",
        "description": "The generator reads no XML.",
        "update": {"x-fabapi-excluded": why},
    }
    _overlay(root, _XML_ANSWER, exclude)
    outputs = generate.build(_vendor(root), tmp_path, root)
    stats = json.loads((tmp_path / outputs.package / "stats.json").read_text(encoding="utf-8"))
    assert stats["excluded"] == [{"at": "#/paths/~1modeling~1cmd/post/responses/202", "reason": why}]


def test_an_exclusion_that_excuses_nothing_fails_the_build(root: Path, tmp_path: Path) -> None:
    _overlay(
        root,
        {
            "target": "$.components.schemas.Axis",
            "description": "Said to be unreadable once.",
            "update": {"x-fabapi-excluded": "the generator lost it"},
        },
    )
    with pytest.raises(GenerationLoss, match=r"excuse nothing.*\n- #/components/schemas/Axis: the generator lost it"):
        generate.build(_vendor(root), tmp_path, root)


def test_an_exclusion_of_a_union_covers_what_the_normaliser_lifted_out_of_it() -> None:
    variant = {"type": "object", "properties": {"kind": {"type": "string", "enum": ["a"]}}, "required": ["kind"]}
    normalised = normalise({"openapi": "3.0.3", "components": {"schemas": {"U": {"oneOf": [variant]}}}})
    lifted = loss.Loss(normalised.origin("#/components/schemas/UA/properties/kind"), "schema UA", "dropped")
    assert lifted.pointer == "#/components/schemas/U/oneOf/0/properties/kind"
    left, stale = loss.unexcluded([lifted], [loss.Exclusion("#/components/schemas/U", "why")])
    assert (left, stale) == ([], [])


def test_mock_models_missing_or_any_are_losses(tmp_path: Path) -> None:
    models = tmp_path / "models.py"
    models.write_text(
        "from typing import Any\nfrom pydantic import BaseModel, RootModel\n\n"
        "class Kept(BaseModel):\n    x: int\n\nclass Vague(RootModel[Any]):\n    root: Any\n\nFree = Any\n",
        encoding="utf-8",
    )
    document = {
        "components": {
            "schemas": {
                "Kept": {"type": "object"},
                "Vague": {"type": "object", "properties": {"a": {"type": "string"}}},
                "Gone": {"type": "string"},
                "Free": {},  # anything, on purpose: Any is what it says
            }
        }
    }
    found = {item.pointer: item.reason for item in loss.mock_losses(document, models)}
    assert found == {
        "#/components/schemas/Gone": "no class generated",
        "#/components/schemas/Vague": "degraded to Any",
    }


# --- skipping an unchanged vendor ------------------------------------------------------------------


def test_an_unchanged_vendor_is_skipped_only_while_inputs_and_outputs_are_as_recorded(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(TINY, root)
    vendor = _vendor(root, "tiny")
    inputs = incremental.inputs_hash(vendor, root)
    assert not incremental.unchanged(vendor, root, inputs)  # never generated here
    outputs = generate.build(vendor, tmp_path / "stage", root)
    generate.install(outputs, tmp_path / "stage", root)
    incremental.remember(vendor, root, inputs)
    assert incremental.unchanged(vendor, root, incremental.inputs_hash(vendor, root))

    widget = root / outputs.package / "fabapi_tiny" / "models" / "widget.py"
    original = widget.read_bytes()
    widget.write_text("# edited by hand\n", encoding="utf-8")
    assert not incremental.unchanged(vendor, root, inputs)  # a hand edit regenerates
    widget.write_bytes(original)
    assert incremental.unchanged(vendor, root, inputs)

    overlay = root / "specs" / "tiny" / "overlay.yaml"
    overlay.write_text(overlay.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert incremental.inputs_hash(vendor, root) != inputs  # a changed input regenerates


# --- the command line: vendors in worker processes ------------------------------------------------------


def test_generate_reports_a_workers_loss_and_then_skips_what_it_wrote(
    root: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copytree(REPO_ROOT / "runtime", root / "runtime", ignore=shutil.ignore_patterns("__pycache__"))
    _overlay(root, _XML_ANSWER)
    assert main(["generate", "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert "dropshot: the generators lost 1 part(s)" in err
    assert "response 202 of POST /modeling/cmd" in err
    assert not (root / "generated").exists()

    overlay = Path("specs") / "dropshot" / "overlay.yaml"
    shutil.copyfile(FIXTURE / overlay, root / overlay)  # the fixture's own curation, without the loss
    assert main(["generate", "--root", str(root)]) == 0
    assert "dropshot: wrote" in capsys.readouterr().out
    assert main(["generate", "--root", str(root)]) == 0
    assert "dropshot: inputs and outputs as last generated, skipped" in capsys.readouterr().out
    assert main(["check", "--root", str(root)]) == 0
    # check skips on the same record, rebuilds with --full, and always rebuilds a hand-edited package.
    assert "dropshot: inputs and outputs as last generated (.cache/generate/), up to date" in capsys.readouterr().out
    assert main(["check", "--full", "--root", str(root)]) == 0
    assert "dropshot: generated files are up to date" in capsys.readouterr().out
    readme = next((root / "generated").glob("*/README.md"))
    readme.write_text(readme.read_text(encoding="utf-8") + "edited by hand\n", encoding="utf-8")
    assert main(["check", "--root", str(root)]) == 1
    assert "dropshot: generated files differ from what the pipeline writes" in capsys.readouterr().out
