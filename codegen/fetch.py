"""Fetch each vendor's own document and show what changed against `specs/<vendor>/source.yaml`.

`python -m codegen fetch VENDOR... [--update] [--instance NAME]` downloads the registry's
`upstream` URL, checks the answer is an OpenAPI document, and prints the wire diff (`codegen.wirediff`;
exit 1 when something changed on the wire, 0 when nothing did; naming and documentation apart, listed
with `--verbose`). `--update` writes the new source, re-applies the
overlay and lists every overlay action whose target no longer matches: the curation that needs a
human. With a `names.yaml`, it also carries the public names onto the new document
(`codegen.names.follow`): new operations pinned with their derived names, a schema the vendor
renamed followed when exactly one new schema has its wire shape, a new enum component standing where
the last curated document (`openapi.yaml`) writes enums in place pinned to be written there too, the
rest reported. Nothing is written when the document cannot be fetched, is not OpenAPI, or is not valid.

A per-instance document (3YOURMIND) has `{instance}` in its URL, filled from `--instance` or
from the environment variable the registry's `upstream_settings` names. A maintainer's `--url URL`
replaces the registry's URL (a copy of the document served elsewhere, or a vendor without one,
Kaedim); it must be https, or http on a loopback address only.
"""

from __future__ import annotations

import ipaddress
import json
import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Formatter
from typing import Any, Final

import httpx

from codegen import layout, names
from codegen.errors import NamesError, OverlayActionError, PipelineError
from codegen.layout import LayoutError
from codegen.overlay import parse_overlay, stale_actions
from codegen.specdiff import same_document
from codegen.validation import validate_openapi
from codegen.wirediff import UnresolvableRef, wire_diff
from registry.documents import dump_document, load_document, parse_document
from registry.errors import SpecError
from registry.vendors import Vendor

HEAD_BYTES: Final = 200
TIMEOUT: Final = 30.0
INSTANCE: Final = "instance"


class UpstreamError(PipelineError):
    """The vendor's document could not be fetched, or what came back is not an OpenAPI document."""


class NoUpstreamDocument(PipelineError):
    """The registry says the vendor publishes no document (Kaedim): nothing to compare, not a fault."""


@dataclass(frozen=True)
class Fetched:
    url: str
    document: dict[str, Any]


def upstream_url(vendor: Vendor, instance: str | None = None, environ: Mapping[str, str] = os.environ) -> str:
    """The vendor's document URL, `{instance}` filled from `--instance` or the registry's variable."""
    if not vendor.upstream:
        raise NoUpstreamDocument(f"{vendor.key}: no upstream document: {vendor.upstream_reason or 'none registered'}")
    values: dict[str, str] = {}
    for _, name, _, _ in Formatter().parse(vendor.upstream):
        if name is None:
            continue
        variable = vendor.upstream_settings.get(name)  # the registry checks every placeholder has one
        value = (instance if name == INSTANCE else None) or (environ.get(variable, "") if variable else "")
        if not value.strip():
            ways = [*(["pass --instance NAME"] if name == INSTANCE else []), *([f"set {variable}"] if variable else [])]
            how = " or ".join(ways) or "nothing names a value for it"
            raise UpstreamError(f"{vendor.key}: its upstream URL {vendor.upstream} needs {{{name}}}: {how}")
        values[name] = value.strip()
    return vendor.upstream.format(**values)


def override_url(url: str) -> str:
    """A maintainer's `--url`: https anywhere, http only to a loopback host (nothing readable on the way)."""
    parsed = httpx.URL(url) if "://" in url else None
    if parsed is None or parsed.scheme not in ("http", "https") or not parsed.host:
        raise UpstreamError(f"--url {url!r}: not an http(s) URL with a host")
    if parsed.scheme == "http" and not _is_loopback(parsed.host):
        raise UpstreamError(f"--url {url!r}: plain http only to a loopback host (127.0.0.1, ::1, localhost)")
    return url


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _not_openapi(url: str, why: str, content: bytes) -> UpstreamError:
    head = content[:HEAD_BYTES].decode("utf-8", errors="replace")
    return UpstreamError(f"{url}: not an OpenAPI document ({why}); first {HEAD_BYTES} bytes: {head!r}")


def _refuse_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for key, value in pairs:
        if key in found:
            raise ValueError(f"duplicate key {key!r}")
        found[key] = value
    return found


def _parse(text: str, origin: Path) -> dict[str, Any]:
    """JSON or YAML text as a mapping; `SpecError` naming what is wrong. JSON goes to the JSON
    parser: faster on large documents, and it accepts tab indentation, which YAML refuses."""
    if not text.lstrip().startswith("{"):
        return parse_document(text, origin)
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicates)
    except json.JSONDecodeError as err:
        raise SpecError(origin, f"line {err.lineno}, column {err.colno}", f"invalid JSON: {err.msg}") from err
    except ValueError as err:
        raise SpecError(origin, "$", f"invalid JSON: {err}") from err
    if not isinstance(data, dict):
        raise SpecError(origin, "$", f"expected a mapping at the top, found {type(data).__name__}")
    return data


def _openapi_fault(document: Mapping[str, Any]) -> str | None:
    if "openapi" in document:
        return None
    if "swagger" in document:
        return f"a Swagger {document['swagger']} document; only OpenAPI 3 is compared"
    return "no `openapi` key"


def read_document(path: Path) -> dict[str, Any]:
    """A local OpenAPI document (YAML or JSON), for `diff OLD NEW`; `SpecError` when it is not one."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise SpecError(path, "$", f"cannot read: {err}") from err
    document = _parse(text, path)
    fault = _openapi_fault(document)
    if fault:
        raise SpecError(path, "$", f"not an OpenAPI document: {fault}")
    return document


def parse_answer(url: str, content: bytes, content_type: str) -> dict[str, Any]:
    """The upstream answer as a document; `UpstreamError` with its first bytes when it is not OpenAPI."""
    if "html" in content_type.lower() or content.lstrip()[:1] == b"<":
        raise _not_openapi(url, f"an HTML page, {content_type or 'no content type'}", content)
    try:
        document = _parse(content.decode("utf-8"), Path(url))
    except UnicodeDecodeError:
        raise _not_openapi(url, "not UTF-8 text", content) from None
    except SpecError as err:
        raise _not_openapi(url, f"{err.message} at {err.where}", content) from None
    fault = _openapi_fault(document)
    if fault:
        raise _not_openapi(url, fault, content)
    return document


def fetch(
    url: str, *, headers: Mapping[str, str] | None = None, transport: httpx.BaseTransport | None = None
) -> Fetched:
    """GET `url` and parse it; `UpstreamError` naming the URL (and the first bytes) otherwise."""
    try:
        with httpx.Client(transport=transport, timeout=TIMEOUT, follow_redirects=True) as http:
            response = http.get(url, headers={"Accept": "application/yaml, application/json", **(headers or {})})
    except httpx.HTTPError as err:
        raise UpstreamError(f"{url} could not be reached: {type(err).__name__}: {err}") from None
    if response.status_code >= 400:
        raise _not_openapi(url, f"HTTP {response.status_code} {response.reason_phrase}", response.content)
    return Fetched(url, parse_answer(url, response.content, response.headers.get("content-type", "")))


def _auth_headers(vendor: Vendor, environ: Mapping[str, str]) -> dict[str, str]:
    """KittyCAD may want its bearer token even for the document at `/`, and a 3YOURMIND instance
    may serve its document to signed-in callers only: send the token, under the registry's
    `token_scheme`, when it is set."""
    token = vendor.read_env("token", environ)
    scheme = vendor.token_scheme
    return {"Authorization": f"{scheme} {token}"} if scheme and token else {}


def check_vendor(
    vendor: Vendor,
    root: Path,
    *,
    update: bool = False,
    instance: str | None = None,
    url: str | None = None,
    verbose: bool = False,
    environ: Mapping[str, str] = os.environ,
    transport: httpx.BaseTransport | None = None,
) -> tuple[int, str]:
    """(exit status, report) for one vendor: 0 nothing changed on the wire, 1 it did, 2 not written.
    `url` (checked by `override_url`) replaces the registry's upstream URL.

    Raises `NoUpstreamDocument`, `UpstreamError` (nothing fetched) or `SpecError` (source.yaml unreadable).
    """
    overridden = url is not None
    url = override_url(url) if url is not None else upstream_url(vendor, instance, environ)
    fetched = fetch(url, headers=_auth_headers(vendor, environ), transport=transport)
    source_path = vendor.spec_dir(root) / "source.yaml"
    source = load_document(source_path)
    report = [f"{vendor.key}: {url} against {source_path.relative_to(root)}"]
    identical = same_document(source, fetched.document)
    try:
        found = wire_diff(source, fetched.document)
    except UnresolvableRef as err:  # shown, and --update refuses the document as invalid
        report.append(f"no wire diff: {err}")
        status = 2
    else:
        report.append(found.render(verbose=verbose).rstrip())
        if not found.wire and not found.naming and not identical:
            report.append("(it differs in layout only: $refs against inline, key order, spellings of null)")
        status = 1 if found.wire else 0
    if update and not identical:
        # The registry's template, not the filled URL: a customer's instance name stays out of the repository.
        written, lines = _update(vendor, root, fetched, "a maintainer's --url" if overridden else str(vendor.upstream))
        report += lines
        status = status if written else 2
    return status, "\n".join(report)


def _update(vendor: Vendor, root: Path, fetched: Fetched, origin: str) -> tuple[bool, list[str]]:
    """Write the new source; re-apply the overlay and list the actions that went stale.

    Every check runs before anything is written: an invalid document or overlay leaves the tree as it was.
    """
    spec_dir = vendor.spec_dir(root)
    source_path, overlay_path = spec_dir / "source.yaml", spec_dir / "overlay.yaml"
    shown_source, shown_overlay = source_path.relative_to(root), overlay_path.relative_to(root)
    try:
        validate_openapi(fetched.document, Path(vendor.key))
    except SpecError as err:
        return False, [f"not written: the new document is not valid OpenAPI: {err.where}: {err.message}"]
    names_path = spec_dir / names.FILE
    try:
        overlay = load_document(overlay_path) if overlay_path.exists() else None
        if overlay is not None:
            parse_overlay(overlay, shown_overlay)
        dialect = layout.overlay_dialect(overlay, shown_overlay) if overlay is not None else None
    except SpecError as err:
        return False, [f"not written: the overlay cannot be re-applied: {err}"]
    try:
        # The names and the overlay are written against the canonical layout (codegen/layout.py): the old
        # source and the new one are compared, and curated, in it.
        laid = layout.canonical(fetched.document, dialect)
        old = layout.canonical(load_document(source_path), dialect).document
    except LayoutError as err:
        return False, [f"not written: the new document has no form in the curation's layout: {err}"]

    def curate(document: dict[str, Any]) -> dict[str, Any]:
        return stale_actions(document, overlay, shown_overlay)[0] if overlay is not None else document

    # The last curated document: where it writes a schema in place, a new component standing there may be pinned
    # to be written in place too (`names.follow`).
    previous_path = spec_dir / "openapi.yaml"
    try:
        pins = names.load_names(names_path) if names_path.exists() else None
        previous = load_document(previous_path) if pins and previous_path.exists() else None
        followed = names.follow(pins, old, laid.document, curate, previous) if pins else None
        # The overlay speaks public names: it is re-applied to the new source in them.
        renamed = names.rename(laid.document, followed.names) if followed else laid.document
    except (SpecError, NamesError, LayoutError) as err:
        return False, [f"not written: the public names cannot be carried: {err}"]
    try:
        curated, stale = stale_actions(renamed, overlay, shown_overlay) if overlay is not None else (renamed, [])
    except (SpecError, OverlayActionError) as err:
        return False, [f"not written: the overlay cannot be re-applied: {err}"]
    header = (
        f"# {vendor.title}: the vendor's own OpenAPI document, fetched from {origin}\n"
        f"# by `nox -s fetch -- {vendor.key} --update`. Curation lives in overlay.yaml; see PROVENANCE.md."
    )
    partial = source_path.with_suffix(".yaml.partial")
    partial.write_text(dump_document(fetched.document, header), encoding="utf-8")
    partial.replace(source_path)  # whole or not at all
    lines = [f"wrote {shown_source}"]
    if laid.rewrites:
        lines.append(f"{len(laid.rewrites)} layout rewrite(s) before the curation (codegen/layout.py), the wire kept:")
        lines += [f"  {rewrite.rule}: {rewrite.at}: {rewrite.detail}" for rewrite in laid.rewrites]
    if followed and followed.changed:
        partial = names_path.with_suffix(".yaml.partial")
        partial.write_text(names.dump_names(followed.names, vendor.title, vendor.key), encoding="utf-8")
        partial.replace(names_path)
        lines.append(f"wrote {names_path.relative_to(root)}")
    if followed:
        lines += followed.report(names_path.relative_to(root))
    if stale:
        lines.append(f"{len(stale)} overlay action(s) no longer match anything; their curation needs a human:")
        lines += [
            f"  {OverlayActionError(shown_overlay, a.index, a.target, a.description, 'target matches nothing')}"
            for a in stale
        ]
    else:
        lines.append("every overlay action still applies")
    try:
        validate_openapi(curated, shown_overlay)
    except SpecError as err:
        lines.append(f"the curated document (source + overlay) is not valid yet: {err}")
    lines.append("next: carry the curation, run `nox -s generate`, review `git diff`, note it in PROVENANCE.md")
    return True, lines
