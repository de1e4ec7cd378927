"""`python -m codegen.scaffold NAME [--spec PATH]`: everything a new vendor needs, written once.

`nox -s new-vendor -- NAME [--spec PATH]` runs it, then generates the package and the resource
listing, so that `nox -s generate` and the whole `nox` run green with the vendor included. Every
file written starts with a comment saying why it exists and what to fill in; `FILES` lists them.

Nothing is written unless everything can be: a bad NAME (`BadVendorName`), a key the registry
already has or a file or folder that already exists (`VendorExists`, naming it) stops the scaffold
before its first write, and no file is ever overwritten.
"""

from __future__ import annotations

import argparse
import json
import keyword
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from codegen import evidence, layout
from codegen import names as public_names
from codegen.errors import REPORTED, PipelineError
from codegen.generate import run_ruff
from codegen.overlay import apply_overlay
from codegen.validation import validate_openapi
from registry.documents import load_document, parse_document
from registry.vendors import REGISTRY, REPO_ROOT, load_vendors

_NAME = re.compile(r"[a-z][a-z0-9_]*")
TEMPLATES = Path(__file__).resolve().parent / "templates" / "scaffold"

# The files `scaffold` writes, relative to the repository, `{key}` standing for NAME; the
# registry entry is appended to specs/vendors.toml besides. `nox -s new-vendor` then generates
# specs/{key}/openapi.yaml, overlays/{key}/_sync/ (the client's sync flavour), generated/fabapi-{key}/,
# conformance/mocks/{key}/models.py and the listing tests/fixtures/resources_api/{key}.txt.
FILES = {
    "specs/{key}/source.yaml": "source.yaml",
    "specs/{key}/overlay.yaml": "overlay.yaml",
    "specs/{key}/names.yaml": "names.yaml",
    "specs/{key}/PROVENANCE.md": "PROVENANCE.md",
    "overlays/{key}/_public.py": "overlay_public.py.tmpl",
    "overlays/{key}/_{key}.py": "overlay_shared.py.tmpl",
    "overlays/{key}/_async/__init__.py": "overlay_async_init.py.tmpl",
    "overlays/{key}/_async/{key}.py": "overlay_async_client.py.tmpl",
    "conformance/mocks/{key}/__init__.py": "mock_init.py.tmpl",
    "conformance/mocks/{key}/app.py": "mock_app.py.tmpl",
    "conformance/fixtures/{key}.py": "fixtures.py.tmpl",
    "conformance/workflows/{key}.py": "workflows.py.tmpl",
    "tests/{key}/__init__.py": "tests_init.py.tmpl",
    "tests/{key}/test_client.py": "tests_client.py.tmpl",
}
# Folders that must not exist yet: a half-removed vendor's leftovers are a conflict too.
FOLDERS = ("specs/{key}", "overlays/{key}", "conformance/mocks/{key}", "tests/{key}", "generated/{package}")
# Besides FILES and FOLDERS: outputs of the pipeline a stale vendor may have left behind.
OUTPUTS = ("tests/fixtures/resources_api/{key}.txt", "conformance/hooks/{key}.py")


class ScaffoldError(PipelineError):
    """The scaffold cannot write this vendor; nothing was written."""


class BadVendorName(ScaffoldError):
    """NAME is not a lowercase Python identifier the registry takes."""


class VendorExists(ScaffoldError):
    """The registry has the key already, or a file or folder of the vendor exists; `conflict` names it."""

    def __init__(self, conflict: str, message: str) -> None:
        self.conflict = conflict
        super().__init__(message)


@dataclass(frozen=True)
class Names:
    """Every name of the new vendor, derived from its key."""

    key: str

    @property
    def words(self) -> list[str]:
        return [word for word in self.key.split("_") if word]

    @property
    def title(self) -> str:
        return " ".join(word.capitalize() for word in self.words)

    @property
    def client(self) -> str:
        return "".join(word.capitalize() for word in self.words)

    @property
    def package(self) -> str:
        return "fabapi-" + self.key.replace("_", "-")

    @property
    def module(self) -> str:
        return "fabapi_" + self.key

    @property
    def env_prefix(self) -> str:
        return self.key.upper()

    @property
    def host(self) -> str:
        return "api." + self.key.replace("_", "-") + ".example"


@dataclass(frozen=True)
class RoundTrip:
    """A create and a read of one resource, found in the spec, that the scaffolded tests call."""

    create: str  # operationId
    read: str  # operationId
    fields: tuple[str, ...]  # required text fields of the create body that the answer echoes
    path: str  # the create's path, relative to the base URL
    status: int  # the create's success status
    parameter: str  # the read's path parameter: the created resource's id
    text_id: bool  # whether that id is text (else an integer)


def check_name(name: str) -> Names:
    if not _NAME.fullmatch(name) or keyword.iskeyword(name) or name.endswith("_"):
        raise BadVendorName(
            f"vendor name {name!r} must be a lowercase Python identifier: a letter, then letters, digits"
            " or single underscores (e.g. acme_mill); it names specs/<name>, overlays/<name>,"
            " conformance/mocks/<name>, tests/<name> and the module fabapi_<name>"
        )
    if "__" in name:
        raise BadVendorName(f"vendor name {name!r}: no double underscores (the package name joins words with '-')")
    return Names(name)


def _conflicts(names: Names, root: Path, registry: Path) -> None:
    if names.key in load_vendors(registry):
        raise VendorExists(f"[{names.key}]", f"{registry.relative_to(root)} already has a [{names.key}] entry")
    fields = {"key": names.key, "package": names.package}
    for pattern in (*FOLDERS, *FILES, *OUTPUTS):
        relative = pattern.format(**fields)
        if (root / relative).exists():
            raise VendorExists(relative, f"{relative} already exists; remove it or choose another name")


def _base_url(names: Names, spec: Mapping[str, Any] | None) -> str:
    """The spec's first absolute server URL, else a placeholder under the reserved `.example` domain."""
    servers = spec.get("servers", []) if spec else []
    url = servers[0].get("url", "") if servers and isinstance(servers[0], Mapping) else ""
    if isinstance(url, str) and re.fullmatch(r"https://[^/{}\s]+(/[^{}\s]*)?", url):
        return url.rstrip("/")
    return f"https://{names.host}"


def registry_entry(names: Names, base_url: str, origin: str) -> str:
    token, base = f"{names.env_prefix}_API_TOKEN", f"{names.env_prefix}_BASE_URL"
    return f"""
# Scaffolded by `nox -s new-vendor`: check every value against the vendor's documentation.
# base_url is a placeholder until the real one is known; auth is a bearer token until the
# spec says otherwise (then change the overlay client and the mock's gate with it); document
# names the vendor's document (seed file name) and its date once one is taken.
[{names.key}]
title = "{names.title}"
document = {json.dumps(f"{origin}; scaffolded: name the vendor's document and its date")}
package = "{names.package}"
module = "{names.module}"
version = "0.1.0"
base_url = "{base_url}"
auth = "http-bearer"
env = {{ token = "{token}", base_url = "{base}" }}
credentials = {{ bearer = "token" }}
timeout = 60
client = "{names.client}"
token_scheme = "Bearer"
upstream_reason = "scaffolded: set upstream to the URL of the vendor's OpenAPI document, or say why there is none"
"""


def _schema(spec: Mapping[str, Any], schema: Any) -> Mapping[str, Any]:
    while isinstance(schema, Mapping) and isinstance(schema.get("$ref"), str):
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema if isinstance(schema, Mapping) else {}


def _json_schema(spec: Mapping[str, Any], holder: Any) -> Any:
    content = _schema(spec, holder).get("content", {})
    return content.get("application/json", {}).get("schema") if isinstance(content, Mapping) else None


def _answer_schema(spec: Mapping[str, Any], operation: Mapping[str, Any]) -> Any:
    codes = [code for code in operation.get("responses", {}) if str(code).startswith("2")]
    return _json_schema(spec, operation["responses"][codes[0]]) if len(codes) == 1 else None


def _text_fields(spec: Mapping[str, Any], body: Mapping[str, Any]) -> tuple[str, ...] | None:
    """The body's required fields when each is plain text (any value of several characters fits)."""
    required = body.get("required", [])
    properties = body.get("properties", {})
    plain = {"type", "description", "maxLength", "example", "title"}
    for name in required:
        field = _schema(spec, properties.get(name, {}))
        if field.get("type") != "string" or set(field) - plain or field.get("maxLength", 99) < 20:
            return None
    return tuple(required)


def find_round_trip(spec: Mapping[str, Any]) -> RoundTrip | None:
    """A POST to a collection creating a resource with an `id`, and the GET of one item of it."""
    paths: Mapping[str, Any] = spec.get("paths", {})
    for path, item in paths.items():
        create = item.get("post") if isinstance(item, Mapping) else None
        if not isinstance(create, Mapping) or "{" in path or "requestBody" not in create:
            continue
        body_schema = _json_schema(spec, create["requestBody"])
        answer = _answer_schema(spec, create)
        if not (isinstance(body_schema, Mapping) and "$ref" in body_schema and isinstance(answer, Mapping)):
            continue
        fields = _text_fields(spec, _schema(spec, body_schema))
        properties = _schema(spec, answer).get("properties", {})
        if fields is None or "id" not in properties or not set(fields) <= set(properties):
            continue
        for other, other_item in paths.items():
            read = other_item.get("get") if isinstance(other_item, Mapping) else None
            one_more = re.fullmatch(re.escape(path.rstrip("/")) + r"/\{[^{}/]+\}/?", other)
            if isinstance(read, Mapping) and one_more and _answer_schema(spec, read) == answer:
                status = next(int(code) for code in create["responses"] if str(code).startswith("2"))
                parameter = other.rstrip("/").rsplit("{", 1)[1].rstrip("}")
                text_id = _schema(spec, properties["id"]).get("type") != "integer"
                operation_ids = str(create["operationId"]), str(read["operationId"])
                return RoundTrip(*operation_ids, fields, path, status, parameter, text_id)
    return None


def _render(template: str, values: Mapping[str, str]) -> str:
    text = (TEMPLATES / template).read_text(encoding="utf-8")
    for name, value in values.items():
        text = text.replace(f"@{name}@", value)
    leftover = re.search(r"@[A-Z_]+@", text)
    if leftover:
        raise ScaffoldError(f"{TEMPLATES / template}: {leftover.group()} has no value")
    return text


def _source(names: Names, spec_path: Path | None) -> tuple[str, dict[str, Any]]:
    """source.yaml's text and document: the given spec, checked, or the stub."""
    if spec_path is None:
        text = _render("source.yaml", {"TITLE": names.title, "KEY": names.key, "BASE_URL": f"https://{names.host}"})
        document: dict[str, Any] = yaml.safe_load(text)
        return text, document
    document = load_document(spec_path)
    validate_openapi(document, spec_path)
    text = spec_path.read_text(encoding="utf-8")
    header = f"# {names.title}'s OpenAPI document, as `nox -s new-vendor --spec` took it; see PROVENANCE.md.\n"
    return (text if text.startswith("#") else header + text), document


def _evidence(document: Mapping[str, Any], origin: str) -> str:
    """PROVENANCE.md's evidence table: every operation `inferred` (as the scaffold's overlay marks it),
    its evidence the document it was taken from, until a human says better."""
    rows = [
        (operation, "inferred", f"{origin} (scaffolded: name the vendor's page)", f"{origin} (scaffolded)")
        for operation in evidence.confidences(document)
    ]
    return evidence.table(rows)


@dataclass(frozen=True)
class Plan:
    """What `scaffold` writes: new files (repository-relative path -> text) and the registry entry it appends."""

    files: Mapping[str, str]
    entry: str


def plan(name: str, spec_path: Path | None = None, root: Path = REPO_ROOT) -> Plan:
    """Everything to write, after every check; nothing is written."""
    names = check_name(name)
    registry = root / "specs" / "vendors.toml"
    _conflicts(names, root, registry)
    source, document = _source(names, spec_path)
    base_url = _base_url(names, document)
    trip = find_round_trip(document)
    origin = f"`{spec_path.name}`, given to `nox -s new-vendor --spec`" if spec_path else "the scaffold's stub"
    values = {
        "KEY": names.key,
        "TITLE": names.title,
        "CLIENT": names.client,
        "MODULE": names.module,
        "PACKAGE": names.package,
        "ENV_TOKEN": f"{names.env_prefix}_API_TOKEN",
        "ENV_BASE_URL": f"{names.env_prefix}_BASE_URL",
        "BASE_URL": base_url,
        "SPEC_ORIGIN": origin,
        "CREATE": trip.create if trip else "",
        "READ": trip.read if trip else "",
        "FIELDS": "(" + "".join(f'"{name}", ' for name in trip.fields).rstrip() + ")" if trip else "()",
        "CREATE_PATH": trip.path if trip else "",
        "CREATE_STATUS": str(trip.status) if trip else "201",
        "READ_PARAMETER": trip.parameter if trip else "",
        "UNKNOWN_ID": '"no-such-id"' if trip is None or trip.text_id else "999_999",
        "EVIDENCE": _evidence(document, origin),
        # The overlay starts in the source's own dialect; a later document in another is converted to it.
        "DIALECT": layout.dialect_of(document),
    }
    files: dict[str, str] = {}
    for pattern, template in FILES.items():
        relative = pattern.format(key=names.key)
        if template == "source.yaml":
            files[relative] = source
        elif template == "names.yaml":
            continue  # written from the source and its overlay, below
        elif template == "tests_client.py.tmpl" and trip is None:
            files[relative] = _render("tests_client_generic.py.tmpl", values)
        else:
            files[relative] = _render(template, values)
    # The public names start as the document's own, pinned from here on (codegen/names.py).
    overlay_relative = f"specs/{names.key}/overlay.yaml"
    overlay = parse_document(files[overlay_relative], Path(overlay_relative))
    laid = layout.laid_out(document, overlay, Path(overlay_relative)).document
    curated = apply_overlay(laid, overlay, Path(overlay_relative))
    pins = public_names.first_pins(laid, curated)
    files[f"specs/{names.key}/{public_names.FILE}"] = public_names.dump_names(pins, names.title, names.key)
    return Plan(files, registry_entry(names, base_url, origin))


def scaffold(name: str, spec_path: Path | None = None, root: Path = REPO_ROOT) -> list[str]:
    """Write the new vendor's files and its registry entry; answers the paths written."""
    planned = plan(name, spec_path, root)
    files = planned.files
    registry = root / "specs" / "vendors.toml"
    for relative, text in files.items():
        target = root / relative
        target.parent.mkdir(parents=True, exist_ok=True)
        with target.open("x", encoding="utf-8") as out:  # "x": never over a file that appeared meanwhile
            out.write(text)
    # Import order and `__all__` order depend on the names: ruff puts them where the repository's lint wants them.
    modules = [relative for relative in files if relative.endswith(".py")]
    run_ruff("check", "--fix-only", "--select", "I,RUF022", *modules, cwd=root)
    run_ruff("format", *modules, cwd=root)
    existing = registry.read_text(encoding="utf-8")
    registry.write_text(existing.rstrip("\n") + "\n" + planned.entry, encoding="utf-8")
    load_vendors(registry)  # the entry reads back, or the error names what is wrong with it
    return [registry.relative_to(root).as_posix(), *files]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.scaffold", description=__doc__)
    parser.add_argument("name", help="the new vendor's registry key: a lowercase identifier (acme_mill)")
    parser.add_argument("--spec", type=Path, help="the vendor's OpenAPI document (default: a three-operation stub)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        written = scaffold(args.name, args.spec, args.root)
    except (*REPORTED, OSError, yaml.YAMLError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    print(f"{args.name}: wrote {len(written)} files (and appended to {REGISTRY.name}):")
    for path in written:
        print(f"  {path}")
    return 0


__all__ = ["FILES", "BadVendorName", "Plan", "ScaffoldError", "VendorExists", "plan", "scaffold"]

if __name__ == "__main__":
    sys.exit(main())
