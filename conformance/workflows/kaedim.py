"""Kaedim's workflows: submit by URL and by file, fetch, wait, download, list, refresh the JWT."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import httpx
from fabapi_kaedim import Kaedim, TokenStore
from fabapi_kaedim.models import RefreshJwtRequest

from . import Workflow

RANDOM_STATUS = (
    "Prism answers the request with a random status, so it is rarely done: waiting ends in PollTimeout after"
    " 3 s, downloading in InvalidArgument (no results yet)."
)


def client(origin: str, credentials: Mapping[str, str], transport: httpx.BaseTransport) -> Kaedim:
    return Kaedim(
        credentials["KAEDIM_API_KEY"],
        credentials["KAEDIM_DEV_ID"],
        credentials["KAEDIM_REFRESH_TOKEN"],
        jwt=credentials["KAEDIM_JWT"],
        base_url=origin,
        transport=transport,
        token_store=TokenStore(),
        strict=True,
    )


def _image(tmp: Path) -> Path:
    path = tmp / "chair.png"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    return path


def _refresh(kaedim: Kaedim, tmp: Path) -> object:
    # Prism checks that the header is there, not what it holds.
    body = RefreshJwtRequest(dev_id=kaedim.dev_id)
    return kaedim.tokens.refresh_jwt(body=body, refresh_token="prism-accepts-any")  # noqa: S106


WORKFLOWS = [
    Workflow("submit image URLs", lambda k, tmp: k.submit(urls=["https://example.com/chair.png"], loq="high")),
    Workflow("submit image files", lambda k, tmp: k.submit(images=[_image(tmp)], test=True)),
    Workflow("get a request", lambda k, tmp: k.get_request("request-1")),
    Workflow("wait for a request", lambda k, tmp: k.wait("request-1", timeout=3, interval=0.5), RANDOM_STATUS),
    Workflow("download the models", lambda k, tmp: k.download("request-1", ["obj", "glb"], tmp), RANDOM_STATUS),
    Workflow("fetch all in a date range", lambda k, tmp: k.fetch_all(start="2024-01-01", end="2024-12-31")),
    Workflow("list projects", lambda k, tmp: k.list_projects()),
    Workflow("refresh the JWT", _refresh),
]
