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
from conformance.serving import serve
from registry.documents import load_document
from registry.vendors import REPO_ROOT, load_vendors

SOURCE = REPO_ROOT / "specs" / "cloudslicer" / "source.yaml"
REAL_UPSTREAM = 'upstream = "https://api.cloudslicer3d.com/openapi.json"'


class Upstream:
    """What the vendor's host answers: a body, a content type and a status, set by each test."""

    def __init__(self) -> None:
        self.body = b""
        self.kind = "application/json"
        self.status = 200
        self.paths: list[str] = []
        self.authorization: str | None = None

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        self.paths.append(request.url.path)
        self.authorization = request.headers.get("authorization")
        await Response(self.body, status_code=self.status, media_type=self.kind)(scope, receive, send)


@pytest.fixture
def upstream() -> Iterator[tuple[Upstream, str]]:
    answer = Upstream()
    with serve(answer) as origin:
        yield answer, origin


@pytest.fixture(autouse=True)
def _no_credentials(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("CLOUDSLICER_API_TOKEN", "THREEYOURMIND_INSTANCE"):
        monkeypatch.delenv(name, raising=False)


def _root(tmp_path: Path, upstream_line: str) -> Path:
    """A repository with Cloud Slicer's spec folder and a registry whose upstream line is `upstream_line`."""
    root = tmp_path / "repo"
    shutil.copytree(REPO_ROOT / "specs" / "cloudslicer", root / "specs" / "cloudslicer")
    registry = (REPO_ROOT / "specs" / "vendors.toml").read_text(encoding="utf-8")
    assert REAL_UPSTREAM in registry
    (root / "specs" / "vendors.toml").write_text(registry.replace(REAL_UPSTREAM, upstream_line), encoding="utf-8")
    return root


def _source(root: Path) -> Path:
    return root / "specs" / "cloudslicer" / "source.yaml"


def _modified() -> dict[str, Any]:
    new = copy.deepcopy(load_document(SOURCE))
    del new["paths"]["/v1/quote/{file_id}"]  # an operation removed (and the overlay action only on it goes stale)
    new["paths"]["/v1/user"]["get"].setdefault("parameters", []).append(
        {"name": "verbose", "in": "query", "required": False, "schema": {"type": "boolean"}}
    )
    new["components"]["schemas"]["PrinterConfig"]["properties"]["filament_type"]["enum"] = ["PLA", "PETG"]
    new["components"]["schemas"]["DataUsage"]["properties"]["credits"] = {"type": "integer"}
    return new


def test_a_changed_document_is_reported_and_nothing_written(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    before = _source(root).read_bytes()
    answer.body = json.dumps(_modified()).encode()
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    # Resolved: the schema changes show where they reach the wire, under each operation that uses them.
    assert out == (
        f"cloudslicer: {origin}/openapi.json against specs/cloudslicer/source.yaml\n"
        "operations removed (1 operation):\n"
        "  POST /v1/quote/{file_id}\n"
        "operations changed (3 operations, 4 changes):\n"
        "  GET /v1/quote/{quote_id}: response 200 application/json: property printer_config: "
        'property filament_type: enum values added ["PETG", "PLA"]\n'
        "  GET /v1/user: parameter added: query verbose\n"
        "  GET /v1/user: response 200 application/json: property data_usage: property added: credits (integer)\n"
        "  POST /v1/file/quote/{file_id}: request body application/json: property printer_config: "
        'property filament_type: enum values added ["PETG", "PLA"]\n'
        "5 wire changes\n"
    )
    assert _source(root).read_bytes() == before


def test_an_unchanged_document_exits_0_whatever_its_order_and_syntax(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    answer.body = yaml.safe_dump(load_document(SOURCE), sort_keys=True).encode()
    answer.kind = "application/yaml"
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 0
    assert capsys.readouterr().out.endswith("no wire changes\n")
    answer.body = json.dumps(load_document(SOURCE), indent="\t").encode()  # tabs: JSON, not YAML
    answer.kind = "application/json"
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 0
    assert "wrote" not in capsys.readouterr().out


def test_update_writes_the_source_and_lists_the_stale_curation(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    answer.body = json.dumps(_modified()).encode()
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    assert load_document(_source(root)) == _modified()
    assert (
        _source(root)
        .read_text(encoding="utf-8")
        .startswith(f"# Cloud Slicer: the vendor's own OpenAPI document, fetched from {origin}/openapi.json\n")
    )
    assert "wrote specs/cloudslicer/source.yaml\n" in out
    # The method-name action aims only at POST /v1/quote/{file_id}; the others still match its deprecated twin.
    assert "1 overlay action(s) no longer match anything; their curation needs a human:\n" in out
    stale = [line for line in out.splitlines() if line.startswith("  specs/cloudslicer/overlay.yaml: actions[")]
    assert len(stale) == 1
    assert stale[0].startswith(
        "  specs/cloudslicer/overlay.yaml: actions[2] (target \"$.paths['/v1/quote/{file_id}'].post\""
    )
    assert stale[0].endswith("): target matches nothing")
    assert "not valid" not in out
    assert not list(_source(root).parent.glob("*.partial"))


def test_update_of_a_documentation_only_change_writes_it_and_exits_0(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    document = load_document(SOURCE)
    document["components"]["schemas"]["PrinterConfig"]["description"] = "Your printer's profile."
    answer.body = json.dumps(document).encode()
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 0
    out = capsys.readouterr().out
    assert "no wire changes\nnaming and documentation (1 change: description 1)\n" in out
    assert main(["fetch", "cloudslicer", "--verbose", "--root", str(root)]) == 0
    assert "  description: PrinterConfig: schema documentation or layout changed\n" in capsys.readouterr().out
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 0
    assert "every overlay action still applies" in capsys.readouterr().out
    assert load_document(_source(root))["components"]["schemas"]["PrinterConfig"]["description"] == (
        "Your printer's profile."
    )


def test_update_refuses_a_document_that_is_not_valid_openapi(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    before = _source(root).read_bytes()
    document = _modified()
    document["paths"]["/v1/user"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Nowhere"
    }
    answer.body = json.dumps(document).encode()
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 2
    out = capsys.readouterr().out
    assert "no wire diff: new document: $ref '#/components/schemas/Nowhere' points nowhere" in out
    assert "not written: the new document is not valid OpenAPI:" in out
    assert "'#/components/schemas/Nowhere' points at nothing" in out
    assert _source(root).read_bytes() == before


def test_update_refuses_when_the_overlay_cannot_be_read(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    before = _source(root).read_bytes()
    (root / "specs" / "cloudslicer" / "overlay.yaml").write_text("overlay: 1.0.0\nactions: []\n", encoding="utf-8")
    answer.body = json.dumps(_modified()).encode()
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 2
    assert "not written: the overlay cannot be re-applied: specs/cloudslicer/overlay.yaml: $.info:" in (
        capsys.readouterr().out
    )
    assert _source(root).read_bytes() == before


@pytest.mark.parametrize(
    ("body", "kind", "status", "why"),
    [
        (b"<!doctype html><html><body>Developer portal</body></html>", "text/html", 200, "an HTML page, text/html"),
        (b"  <html><body>Sign in</body></html>", "application/octet-stream", 200, "an HTML page"),
        (b"openapi: [unclosed", "application/yaml", 200, "invalid YAML"),
        (b'{"openapi": "3.1.0",', "application/json", 200, "invalid JSON"),
        (b'{"error": "not found"}', "application/json", 404, "HTTP 404 Not Found"),
        (b'{"title": "no version"}', "application/json", 200, "no `openapi` key"),
        (b"swagger: '2.0'\ninfo: {}\n", "application/yaml", 200, "a Swagger 2.0 document"),
        (b"just a sentence", "text/plain", 200, "expected a mapping at the top, found str"),
    ],
)
def test_not_an_openapi_document_changes_nothing(
    upstream: tuple[Upstream, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    body: bytes,
    kind: str,
    status: int,
    why: str,
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    before = _source(root).read_bytes()
    answer.body, answer.kind, answer.status = body, kind, status
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith(f"error: {origin}/openapi.json: not an OpenAPI document ({why}")
    assert f"; first 200 bytes: {body.decode()!r}\n" in captured.err
    assert _source(root).read_bytes() == before


def test_only_the_first_200_bytes_are_shown(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    answer.body, answer.kind = b"<html>" + b"x" * 1000 + b"</html>", "text/html"
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 2
    assert f"first 200 bytes: {('<html>' + 'x' * 194)!r}\n" in capsys.readouterr().err


def test_offline_names_the_url_and_changes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with serve(Upstream()) as origin:
        pass  # the port is closed again: nothing listens there now
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    before = _source(root).read_bytes()
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 2
    assert f"error: {origin}/openapi.json could not be reached: ConnectError" in capsys.readouterr().err
    assert _source(root).read_bytes() == before
    assert sorted(path.name for path in _source(root).parent.iterdir()) == sorted(
        path.name for path in SOURCE.parent.iterdir()
    )


def test_a_vendor_without_a_document_says_why_and_is_not_a_failure(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", "kaedim"]) == 0
    assert capsys.readouterr().out == (
        "kaedim: no upstream document: Kaedim publishes no OpenAPI document; the spec is transcribed from its"
        " Web API page\n"
    )


def test_the_bearer_token_goes_along_when_it_is_set(
    upstream: tuple[Upstream, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    answer.body = SOURCE.read_bytes()
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 0
    assert answer.authorization is None
    monkeypatch.setenv("CLOUDSLICER_API_TOKEN", "t0ken")
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 0
    assert answer.authorization == "Bearer t0ken"


def test_a_per_instance_url_takes_the_instance_from_the_flag_or_the_environment(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    answer, origin = upstream
    template = f"{origin}/{{instance}}/openapi.json"
    root = _root(tmp_path, f'upstream = "{template}"\nupstream_settings = {{ instance = "THREEYOURMIND_INSTANCE" }}')
    answer.body, answer.kind = SOURCE.read_bytes(), "application/yaml"
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 2
    assert capsys.readouterr().err == (
        f"error: cloudslicer: its upstream URL {template} needs {{instance}}:"
        " pass --instance NAME or set THREEYOURMIND_INSTANCE\n"
    )
    assert answer.paths == []
    assert main(["fetch", "cloudslicer", "--instance", "acme", "--root", str(root)]) == 0
    monkeypatch.setenv("THREEYOURMIND_INSTANCE", "demo")
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 0
    assert main(["fetch", "cloudslicer", "--instance", "acme", "--root", str(root)]) == 0  # the flag wins
    assert answer.paths == ["/acme/openapi.json", "/demo/openapi.json", "/acme/openapi.json"]
    # The customer's instance stays out of the repository: the header names the template.
    answer.body = json.dumps(_modified()).encode()
    assert main(["fetch", "cloudslicer", "--update", "--root", str(root)]) == 1
    assert f"fetched from {template}\n" in _source(root).read_text(encoding="utf-8")
    assert "demo" not in _source(root).read_text(encoding="utf-8")


@pytest.mark.parametrize(
    ("upstream_line", "message"),
    [
        ('upstream = "https://{instance}/openapi.json"', "upstream has {instance} but upstream_settings names no"),
        (
            'upstream = "https://x/openapi.json"\nupstream_settings = { instance = "X_INSTANCE" }',
            "upstream_settings names instance, which upstream does not contain",
        ),
        ('upstream = "https://{/openapi.json"', "is not a valid URL template"),
        ("upstream = 42", "upstream must be a non-empty string, not 42"),
    ],
)
def test_a_registry_upstream_that_cannot_work_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], upstream_line: str, message: str
) -> None:
    root = _root(tmp_path, upstream_line)
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 2
    err = capsys.readouterr().err
    assert "[cloudslicer]" in err and message in err


def test_a_vendor_that_fails_does_not_stop_the_others(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    registry = root / "specs" / "vendors.toml"
    # KittyCAD's upstream points at the same server, but its spec folder is absent from this root.
    registry.write_text(
        registry.read_text(encoding="utf-8").replace('"https://api.zoo.dev/"', f'"{origin}/kittycad"'),
        encoding="utf-8",
    )
    answer.body = SOURCE.read_bytes()
    assert main(["fetch", "kittycad", "cloudslicer", "kaedim", "--root", str(root)]) == 2
    captured = capsys.readouterr()
    assert "specs/kittycad/source.yaml: $: cannot read" in captured.err
    assert "cloudslicer: " in captured.out and "no wire changes" in captured.out
    assert "kaedim: no upstream document" in captured.out


def test_3yourmind_fetches_per_instance_with_its_token_scheme(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # The registry's own entry: the document is per customer instance, no default instance.
    monkeypatch.delenv("THREEYOURMIND_INSTANCE", raising=False)
    assert main(["fetch", "threeyourmind"]) == 2
    assert "needs {instance}: pass --instance NAME or set THREEYOURMIND_INSTANCE" in capsys.readouterr().err
    # Served from loopback under 3YOURMIND's registered token scheme: the token goes as `Token ...`.
    assert load_vendors()["threeyourmind"].token_scheme == "Token"
    answer, origin = upstream
    root = _root(tmp_path, f'upstream = "{origin}/openapi.json"')
    registry = root / "specs" / "vendors.toml"
    bearer = 'client = "CloudSlicer"\ntoken_scheme = "Bearer"'
    text = registry.read_text(encoding="utf-8")
    assert bearer in text
    registry.write_text(text.replace(bearer, bearer.replace("Bearer", "Token")), encoding="utf-8")
    answer.body = SOURCE.read_bytes()
    monkeypatch.setenv("CLOUDSLICER_API_TOKEN", "t0ken")
    assert main(["fetch", "cloudslicer", "--root", str(root)]) == 0
    assert answer.authorization == "Token t0ken"


def test_a_maintainers_url_replaces_the_registrys_even_for_a_vendor_without_one(
    upstream: tuple[Upstream, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    answer, origin = upstream
    root = _root(tmp_path, 'upstream = "https://api.cloudslicer3d.com/openapi.json"')
    answer.body = json.dumps(_modified()).encode()
    assert main(["fetch", "cloudslicer", "--update", "--url", f"{origin}/doc", "--root", str(root)]) == 1
    assert answer.paths == ["/doc"]
    written = _source(root).read_text(encoding="utf-8")
    assert "fetched from a maintainer's --url" in written and origin not in written
    assert "/v1/quote/{file_id}" not in load_document(_source(root))["paths"]
    # Kaedim registers no upstream; a --url still gives the maintainer a comparison.
    answer.body = (REPO_ROOT / "specs" / "kaedim" / "source.yaml").read_bytes()
    capsys.readouterr()
    assert main(["fetch", "kaedim", "--url", f"{origin}/kaedim.yaml"]) == 0
    assert capsys.readouterr().out.startswith(f"kaedim: {origin}/kaedim.yaml against specs/kaedim/source.yaml")


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("http://example.com/openapi.json", "plain http only to a loopback host"),
        ("http://10.0.0.1/openapi.json", "plain http only to a loopback host"),
        ("ftp://127.0.0.1/openapi.json", "not an http(s) URL with a host"),
        ("openapi.json", "not an http(s) URL with a host"),
    ],
)
def test_a_maintainers_url_is_https_or_loopback_http(url: str, why: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", "cloudslicer", "--url", url]) == 2
    assert f"--url {url!r}: {why}" in capsys.readouterr().err


def test_a_maintainers_url_names_one_vendor(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["fetch", "--url", "http://127.0.0.1:9/x"]) == 2
    assert "--url is one vendor's document: name exactly one vendor, not all" in capsys.readouterr().err
