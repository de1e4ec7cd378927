"""Fetch each vendor's own document and show what changed against `specs/<vendor>/source.yaml`.

`python -m codegen fetch VENDOR... [--update] [--set NAME=VALUE]`: downloads the registry's
`upstream` URL, checks it is an OpenAPI document, prints the structural diff (exit 1 when
something changed, 0 when nothing did). `--update` writes the new source, re-applies the overlay
and lists every overlay action whose target no longer matches: the curation that needs a human.
Nothing is written when the document cannot be fetched or is not OpenAPI.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from string import Formatter
from typing import Any, Final

import httpx

from codegen.errors import PipelineError, SpecError
from codegen.overlay import stale_actions
from codegen.specdiff import diff, render
from codegen.specio import dump_document, load_document, parse_document
from codegen.validation import validate_openapi
from codegen.vendors import Vendor

HEAD_BYTES: Final = 200
TIMEOUT: Final = 30.0


class UpstreamError(PipelineError):
    """The vendor's document could not be fetched, or what came back is not an OpenAPI document."""


@dataclass(frozen=True)
class Fetched:
    url: str
    document: dict[str, Any]


def upstream_url(vendor: Vendor, settings: Mapping[str, str], environ: Mapping[str, str] = os.environ) -> str:
    """The vendor's document URL, its `{placeholders}` filled from `--set` or the environment."""
    if not vendor.upstream:
        reason = vendor.upstream_reason or "the registry names no upstream URL"
        raise UpstreamError(f"{vendor.key}: no upstream document: {reason}")
    values: dict[str, str] = {}
    for _, name, _, _ in Formatter().parse(vendor.upstream):
        if not name:
            continue
        env_var = vendor.upstream_settings.get(name)
        value = settings.get(name) or (environ.get(env_var, "") if env_var else "")
        if not value:
            hint = f" or set {env_var}" if env_var else ""
            raise UpstreamError(f"{vendor.key}: the upstream URL needs {name}: pass --set {name}=...{hint}")
        values[name] = value
    return vendor.upstream.format(**values)


def _head(content: bytes) -> str:
    return repr(content[:HEAD_BYTES].decode("utf-8", errors="replace"))


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
        raise UpstreamError(
            f"{url} answered {response.status_code}, not an OpenAPI document; first bytes: {_head(response.content)}"
        )
    try:
        document = parse_document(response.text, Path(url))
    except SpecError as err:
        raise UpstreamError(
            f"{url} did not answer an OpenAPI document ({err.message}); first bytes: {_head(response.content)}"
        ) from None
    if not any(key in document for key in ("openapi", "swagger")):
        raise UpstreamError(
            f"{url} answered a document without an `openapi` version, not an OpenAPI document;"
            f" first bytes: {_head(response.content)}"
        )
    return Fetched(url, document)


def _auth_headers(vendor: Vendor, environ: Mapping[str, str]) -> dict[str, str]:
    """KittyCAD wants its bearer token even for the document at `/`: send it when it is set."""
    token = environ.get(vendor.env.get("token", ""), "")
    return {"Authorization": f"Bearer {token}"} if vendor.auth == "http-bearer" and token else {}


def check_vendor(
    vendor: Vendor,
    root: Path,
    *,
    update: bool = False,
    settings: Mapping[str, str] | None = None,
    environ: Mapping[str, str] = os.environ,
    transport: httpx.BaseTransport | None = None,
) -> tuple[int, str]:
    """(exit status, report) for one vendor: 0 unchanged, 1 changed; raises `UpstreamError`."""
    url = upstream_url(vendor, settings or {}, environ)
    fetched = fetch(url, headers=_auth_headers(vendor, environ), transport=transport)
    source_path = vendor.spec_dir(root) / "source.yaml"
    changes = diff(load_document(source_path), fetched.document)
    report = [f"{vendor.key}: {url} against {source_path.relative_to(root)}", render(changes)]
    if not changes:
        return 0, "\n".join(report)
    if update:
        report.append(_update(vendor, root, fetched))
    return 1, "\n".join(report)


def _update(vendor: Vendor, root: Path, fetched: Fetched) -> str:
    """Write the new source, re-apply the overlay leniently, and say which actions went stale."""
    source_path = vendor.spec_dir(root) / "source.yaml"
    overlay_path = vendor.spec_dir(root) / "overlay.yaml"
    validate_openapi(fetched.document, Path(fetched.url))
    header = f"# {vendor.title}: the vendor's own document, as fetched from {fetched.url}"
    source_path.write_text(dump_document(fetched.document, header), encoding="utf-8")
    lines = [f"wrote {source_path.relative_to(root)}"]
    if overlay_path.exists():
        _, stale = stale_actions(fetched.document, load_document(overlay_path), overlay_path)
        if stale:
            lines.append(f"{len(stale)} overlay action(s) no longer match; carry their curation by hand:")
            lines += [f"  actions[{a.index}] target {a.target!r}: {a.description}" for a in stale]
        else:
            lines.append("every overlay action still applies; run `nox -s generate` and review the diff")
    return "\n".join(lines)
