"""Per-call overhead of a small JSON GET on one in-process httpx transport: no network in the numbers."""

from __future__ import annotations

import json
from collections.abc import Callable
from contextlib import ExitStack

import httpx
from fabapi_kittycad import KittyCAD

from .official import official
from .payloads import PONG
from .table import Row
from .timing import fastest

BASE = "https://api.zoo.dev"
AUTH = {"Authorization": "Bearer bench"}
CALLS = 500
GOAL = 1.10


def transport(body: bytes) -> httpx.MockTransport:
    """Every request answered at once with the same 200 JSON body."""
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))


def per_call() -> list[Row]:
    with ExitStack() as stack:
        raw = stack.enter_context(httpx.Client(transport=transport(PONG)))
        based = stack.enter_context(httpx.Client(transport=transport(PONG), base_url=BASE))
        fabapi = stack.enter_context(KittyCAD("bench", base_url=BASE, transport=transport(PONG)))
        rivals: dict[str, Callable[[], object]] = {
            # The least a caller writes by hand: the full URL and the header, then the JSON.
            "raw": lambda: json.loads(raw.get(f"{BASE}/ping", headers=AUTH).content),
            # The same through httpx's base_url=, as the generated clients are built.
            "based": lambda: json.loads(based.get("/ping", headers=AUTH).content),
            "fabapi": fabapi.meta.ping,
        }
        kittycad = official()
        if kittycad is not None:
            http = stack.enter_context(httpx.Client(transport=transport(PONG)))
            theirs = kittycad.KittyCAD(token="bench", base_url=BASE, http_client=http)  # noqa: S106 - a fake token
            rivals["official"] = theirs.meta.ping
        seconds = fastest(rivals, number=CALLS)
    raw_us = seconds["raw"] * 1e6
    rows = [
        Row(
            "per-call overhead, small JSON GET (fabapi / raw httpx)",
            f"{seconds['fabapi'] * 1e6:.0f} us vs {raw_us:.0f} us per call",
            seconds["fabapi"] / seconds["raw"],
            GOAL,
        ),
        Row(
            "  reference: raw httpx with base_url= / raw httpx",
            f"{seconds['based'] * 1e6:.0f} us per call",
            seconds["based"] / seconds["raw"],
            None,
        ),
    ]
    if "official" in seconds:
        rows.append(
            Row(
                "  reference: official kittycad client / raw httpx",
                f"{seconds['official'] * 1e6:.0f} us per call",
                seconds["official"] / seconds["raw"],
                None,
            )
        )
    else:
        rows.append(Row.absent("  reference: official kittycad client", "not installed (nox -s bench installs it)"))
    return rows
