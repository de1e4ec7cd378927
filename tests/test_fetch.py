"""`codegen fetch`: a vendor's document from a loopback server, diffed against source.yaml, updated on request.

The server serves a modified copy of a curated spec (Cloud Slicer's source), an HTML page, or
nothing at all; the registry in a temporary root points the vendor's upstream at it.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from starlette.requests import Request
from starlette.responses import Response

from codegen.__main__ import main
from codegen.specio import load_document
from codegen.vendors import REPO_ROOT
from conformance.serving import serve

SOURCE = REPO_ROOT / "specs" / "cloudslicer" / "source.yaml"


class Upstream:
    """What the vendor's host answers: a body and a content type, changed by each test."""

    def __init__(self) -> None:
        self.body = b""
        self.kind = "application/json"
        self.status = 200
        self.authorization: str | None = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        self.authorization = Request(scope, receive).headers.get("authorization")
        await Response(self.body, status_code=self.status, media_type=self.kind)(scope, receive, send)


@pytest.fixture
def upstream() -> Iterator[tuple[Upstream, str]]:
    answer = Upstream()
    with serve(answer) as origin:
        yield answer, origin


def _root(tmp_path: Path, url: str) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "specs" / "cloudslicer", root / "specs" / "cloudslicer")
    registry = (REPO_ROOT / "specs" / "vendors.toml").read_text(encoding="utf-8")
    registry = registry.replace('upstream = "https://api.cloudslicer3d.com/openapi.json"', f'upstream = "{url}"')
    (root / "specs" / "vendors.toml").write_text(registry, encoding="utf-8")
    return root


def _modified() -> dict[str, Any]:
    new = copy.deepcopy(load_document(SOURCE))
    del new["paths"]["/v1/quote/{file_id}"]  # an operation removed (and the overlay's actions on it go stale)
    new["paths"]["/v1/user"]["get"].setdefault("parameters", []).append(
        {"name": "verbose", "in": "query", "required": False, "schema": {"type": "boolean"}}
    )
    new["components"]["schemas"]["DataUsage"]["properties"]["credits"] = {"type": "integer"}
    return new


def test_a_changed_document_is_reported_and_nothing_written(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, origin + "/openapi.json")
    before = (root / "specs" / "cloudslicer" / "source.yaml").read_bytes()
    answer.body = json.dumps(_modified()).encode()
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    assert "operations removed (1):\n  POST /v1/quote/{file_id}\n" in out
    assert "GET /v1/user: parameter added: query verbose" in out
    assert "DataUsage: property added: credits (integer)" in out
    assert "3 changes: 1 operation removed, 1 operation changed, 1 schema changed" in out
    assert (root / "specs" / "cloudslicer" / "source.yaml").read_bytes() == before


def test_an_unchanged_document_exits_0(upstream: tuple[Upstream, str], tmp_path: Path) -> None:
    answer, origin = upstream
    root = _root(tmp_path, origin + "/openapi.json")
    answer.body = yaml.safe_dump(load_document(SOURCE), sort_keys=True).encode()  # other order, other syntax
    answer.kind = "application/yaml"
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 0


def test_update_writes_the_source_and_lists_the_stale_curation(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, origin + "/openapi.json")
    answer.body = json.dumps(_modified()).encode()
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    written = load_document(root / "specs" / "cloudslicer" / "source.yaml")
    assert written == _modified()
    assert "wrote specs/cloudslicer/source.yaml" in out
    # The action aimed only at POST /v1/quote/{file_id} no longer matches; those shared with the
    # deprecated twin still do.
    assert "1 overlay action(s) no longer match" in out
    assert "actions[2] target \"$.paths['/v1/quote/{file_id}'].post\"" in out
    assert out.count("  actions[") == 1


@pytest.mark.parametrize(
    ("body", "kind", "status", "words"),
    [
        (b"<!doctype html><html><body>Developer portal</body></html>", "text/html", 200, "<!doctype html>"),
        (b"openapi: [unclosed", "application/yaml", 200, "invalid YAML"),
        (b'{"error": "not found"}', "application/json", 404, "answered 404"),
        (b'{"title": "no version"}', "application/json", 200, "without an `openapi` version"),
    ],
)
def test_not_an_openapi_document_changes_nothing(
    upstream: tuple[Upstream, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    body: bytes,
    kind: str,
    status: int,
    words: str,
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, origin + "/openapi.json")
    before = (root / "specs" / "cloudslicer" / "source.yaml").read_bytes()
    answer.body, answer.kind, answer.status = body, kind, status
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert words in err and origin in err
    assert (root / "specs" / "cloudslicer" / "source.yaml").read_bytes() == before


def test_offline_names_the_url_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with serve(Upstream()) as origin:
        pass  # the port is closed again: nothing listens there now
    root = _root(tmp_path, origin + "/openapi.json")
    before = (root / "specs" / "cloudslicer" / "source.yaml").read_bytes()
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 2
    assert f"{origin}/openapi.json could not be reached" in capsys.readouterr().err
    assert (root / "specs" / "cloudslicer" / "source.yaml").read_bytes() == before


def test_vendors_without_a_document_say_why(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", "kaedim"]) == 2
    assert "no upstream document: Kaedim publishes no OpenAPI document" in capsys.readouterr().err


def test_a_per_instance_url_needs_its_setting(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, origin + "/{instance}/openapi.json")
    registry = root / "specs" / "vendors.toml"
    text = registry.read_text(encoding="utf-8")
    registry.write_text(
        text.replace(
            'client = "CloudSlicer"', 'client = "CloudSlicer"\nupstream_settings = { instance = "SLICER_INSTANCE" }'
        ),
        encoding="utf-8",
    )
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 2
    assert "needs instance: pass --set instance=... or set SLICER_INSTANCE" in capsys.readouterr().err
    answer.body = SOURCE.read_bytes()
    answer.kind = "application/yaml"
    assert main(["fetch", "cloudslicer", "--set", "instance=demo", "--root", str(root)]) == 0
