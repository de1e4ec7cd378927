"""`nox -s new-vendor`: a scaffolded vendor generates, checks, passes its own tests and conformance on its mock.

The end-to-end case copies the repository's tracked files (less the other vendors' generated
packages, which nothing here reads) into a temporary folder, scaffolds a made-up vendor there from a
tiny spec of its own, and runs the pipeline, the vendor's tests and its conformance in subprocesses
whose imports come from that copy. Bad names and existing vendors are refused before anything is written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from codegen import scaffold
from codegen.scaffold import FILES, BadVendorName, VendorExists
from registry.errors import SpecError
from registry.vendors import REPO_ROOT, load_vendors

# A made-up API: a base path, a string id, a list, a create, a read and a delete.
GIZMOS = """\
openapi: 3.0.3
info: {title: Gizmo Works API, version: 2.0.0}
servers:
  - url: https://api.gizmo-works.example/api/v2
security:
  - token: []
tags:
  - {name: Gizmos, description: The gizmos of your account.}
paths:
  /gizmos:
    get:
      tags: [Gizmos]
      operationId: listGizmos
      summary: List gizmos
      responses:
        '200':
          description: Every gizmo.
          content:
            application/json:
              schema: {type: array, items: {$ref: '#/components/schemas/Gizmo'}}
        default: {$ref: '#/components/responses/Problem'}
    post:
      tags: [Gizmos]
      operationId: createGizmo
      summary: Create a gizmo
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/GizmoDraft'}
      responses:
        '201':
          description: Created.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Gizmo'}
        default: {$ref: '#/components/responses/Problem'}
  /gizmos/{gizmo_id}:
    parameters:
      - {name: gizmo_id, in: path, required: true, schema: {type: string, maxLength: 64}}
    get:
      tags: [Gizmos]
      operationId: getGizmo
      summary: Get a gizmo
      responses:
        '200':
          description: The gizmo.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Gizmo'}
        default: {$ref: '#/components/responses/Problem'}
    delete:
      tags: [Gizmos]
      operationId: deleteGizmo
      summary: Delete a gizmo
      responses:
        '204': {description: Deleted.}
        default: {$ref: '#/components/responses/Problem'}
components:
  securitySchemes:
    token: {type: http, scheme: bearer}
  responses:
    Problem:
      description: Refused.
      content:
        application/json:
          schema: {$ref: '#/components/schemas/Error'}
  schemas:
    GizmoDraft:
      type: object
      required: [label, colour]
      properties:
        label: {type: string, maxLength: 80}
        colour: {type: string}
    Gizmo:
      type: object
      required: [id, label, colour]
      properties:
        id: {type: string}
        label: {type: string}
        colour: {type: string}
    Error:
      type: object
      required: [code, message]
      properties:
        code: {type: string}
        message: {type: string}
        details:
          type: array
          items:
            type: object
            properties:
              field: {type: string}
              message: {type: string}
"""
# One with nothing to create and read back: the scaffold writes its generic tests.
STATUS = """\
openapi: 3.0.3
info: {title: Status API, version: 1.0.0}
servers: [{url: 'https://status.example/v1'}]
security: [{bearer: []}]
paths:
  /status:
    get:
      operationId: getStatus
      tags: [Status]
      responses:
        '200':
          description: Up or down.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Status'}
        default:
          description: Refused.
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Error'}
components:
  securitySchemes:
    bearer: {type: http, scheme: bearer}
  schemas:
    Status: {type: object, required: [ok], properties: {ok: {type: boolean}}}
    Error: {type: object, properties: {code: {type: string}, message: {type: string}}}
"""


@dataclass(frozen=True)
class Case:
    name: str
    spec: str
    base_url: str
    client: str
    tests: int  # how many tests the scaffold writes for it


CASES = [
    Case("gizmo_works", GIZMOS, "https://api.gizmo-works.example/api/v2", "GizmoWorks", 6),
    Case("status_page", STATUS, "https://status.example/v1", "StatusPage", 4),
]


def _tracked(root: Path) -> list[str]:
    listed = subprocess.run(["git", "ls-files", "-z"], cwd=root, capture_output=True, check=False)  # noqa: S607
    if listed.returncode != 0:
        pytest.skip("not a git checkout: the tracked files cannot be listed")
    return [name for name in listed.stdout.decode().split("\0") if name and not name.startswith("generated/")]


@pytest.fixture
def copy(tmp_path: Path) -> Path:
    """The repository's tracked files (no generated packages) in a folder of their own, removed afterwards."""
    root = tmp_path / "repo"
    for name in _tracked(REPO_ROOT):
        source = REPO_ROOT / name
        if source.is_file():  # a tracked file deleted in the working tree is not copied
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
    return root


def _run(root: Path, name: str, *command: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    """`python COMMAND...` in the copy, importing the copy's modules and the vendor's generated package first."""
    package = root / "generated" / ("fabapi-" + name.replace("_", "-"))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), str(package)]), "PYTHONDONTWRITEBYTECODE": "1"}
    env.pop("PYTEST_ADDOPTS", None)
    return subprocess.run(
        [sys.executable, *command], cwd=root, env=env, capture_output=True, text=True, timeout=timeout, check=False
    )


def _ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, f"exit {result.returncode}\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    return result.stdout


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_scaffolded_vendor_generates_checks_and_passes_its_tests_and_conformance(
    copy: Path, tmp_path: Path, case: Case
) -> None:
    spec = tmp_path / "spec.yaml"
    spec.write_text(case.spec, encoding="utf-8")
    name = case.name
    written = scaffold.scaffold(name, spec, copy)
    assert set(written) == {"specs/vendors.toml", *(path.format(key=name) for path in FILES)}
    vendor = load_vendors(copy / "specs" / "vendors.toml")[name]
    assert (vendor.base_url, vendor.client, vendor.package) == (
        case.base_url,
        case.client,
        f"fabapi-{name}".replace("_", "-"),
    )
    for relative in written[1:]:
        assert (copy / relative).read_text(encoding="utf-8").lstrip().startswith(("#", '"""', "<!--")), relative

    _ok(_run(copy, name, "-m", "codegen", "generate", name))
    _ok(_run(copy, name, "-m", "codegen", "check", name))
    clients = {case.client, f"Async{case.client}"}
    _ok(_run(copy, name, "-c", f"import fabapi_{name} as m; assert {clients!r} <= set(m.__all__)"))
    tests = _ok(_run(copy, name, "-m", "pytest", f"tests/{name}", "-q", "-p", "no:cacheprovider"))
    assert f"{case.tests} passed" in tests and "failed" not in tests, tests
    conformance = _ok(_run(copy, name, "-m", "conformance", name))
    assert f"{name} on mock: passed" in conformance


@pytest.fixture
def skeleton(tmp_path: Path) -> Path:
    """Just enough of a repository for the checks that come before any write."""
    root = tmp_path / "repo"
    (root / "specs").mkdir(parents=True)
    shutil.copyfile(REPO_ROOT / "specs" / "vendors.toml", root / "specs" / "vendors.toml")
    (root / "conformance" / "mocks" / "kit").mkdir(parents=True)
    return root


def _tree(root: Path) -> dict[str, bytes]:
    return {path.relative_to(root).as_posix(): path.read_bytes() for path in root.rglob("*") if path.is_file()}


@pytest.mark.parametrize(
    "name", ["Acme", "3d_print", "acme-mill", "acme mill", "ácme", "class", "acme__mill", "_acme", ""]
)
def test_a_bad_name_is_refused_and_nothing_written(skeleton: Path, name: str) -> None:
    before = _tree(skeleton)
    with pytest.raises(BadVendorName, match=r"lowercase Python identifier|double underscores"):
        scaffold.scaffold(name, None, skeleton)
    assert _tree(skeleton) == before


@pytest.mark.parametrize(
    ("name", "conflict"),
    [("eiger", "[eiger]"), ("kit", "conformance/mocks/kit"), ("leftover", "tests/leftover")],
)
def test_an_existing_vendor_is_refused_naming_the_conflict(skeleton: Path, name: str, conflict: str) -> None:
    (skeleton / "tests" / "leftover").mkdir(parents=True)
    before = _tree(skeleton)
    with pytest.raises(VendorExists) as caught:
        scaffold.scaffold(name, None, skeleton)
    assert caught.value.conflict == conflict and conflict in str(caught.value)
    assert _tree(skeleton) == before


def test_a_spec_that_is_not_openapi_is_refused_and_nothing_written(skeleton: Path, tmp_path: Path) -> None:
    spec = tmp_path / "not-openapi.yaml"
    spec.write_text("swagger: '2.0'\ninfo: {title: Old, version: '1'}\npaths: {}\n", encoding="utf-8")
    before = _tree(skeleton)
    with pytest.raises(SpecError):
        scaffold.scaffold("acme", spec, skeleton)
    assert _tree(skeleton) == before


def test_the_command_line_reports_a_refusal_in_one_line(skeleton: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert scaffold.main(["eiger", "--root", str(skeleton)]) == 2
    assert capsys.readouterr().err.strip() == "error: specs/vendors.toml already has a [eiger] entry"


def test_the_stub_spec_has_a_round_trip_for_the_scaffolded_tests() -> None:
    source, document = scaffold._source(scaffold.Names("acme"), None)
    trip = scaffold.find_round_trip(document)
    assert trip is not None and (trip.create, trip.read, trip.fields) == ("createThing", "getThing", ("name",))
    assert source.startswith("# ")
