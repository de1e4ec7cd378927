"""Per-call overhead and page decoding, on one in-process httpx transport: no network in the numbers."""

from __future__ import annotations

import json
from typing import Any

import httpx
from fabapi_kittycad import KittyCAD
from fabapi_kittycad.models import ApiCallWithPriceResultsPage

from .payloads import PONG, api_call_page
from .table import Row
from .timing import best

BASE = "https://api.kittycad.io"
CALLS = 500


def _transport(body: bytes) -> httpx.MockTransport:
    headers = {"content-type": "application/json"}
    return httpx.MockTransport(lambda request: httpx.Response(200, content=body, headers=headers))


def _official(body: bytes) -> Any | None:
    """The official `kittycad` client on the same transport, when it is installed."""
    try:
        import kittycad  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return None
    http = httpx.Client(transport=_transport(body))
    return kittycad.KittyCAD(token="bench", base_url=BASE, http_client=http)  # noqa: S106 - a fake token


def per_call() -> list[Row]:
    raw = httpx.Client(transport=_transport(PONG), base_url=BASE)
    fabapi = KittyCAD("bench", base_url=BASE, transport=_transport(PONG))

    def plain() -> object:
        return json.loads(raw.get("/ping", headers={"Authorization": "Bearer bench"}).content)

    baseline = best(plain, number=CALLS)
    ours = best(fabapi.meta.ping, number=CALLS)
    rows = [
        Row(
            "per-call overhead, small JSON GET (fabapi / raw httpx)",
            f"{ours * 1e6:.0f} us vs {baseline * 1e6:.0f} us per call",
            ours / baseline,
            1.10,
        )
    ]
    official = _official(PONG)
    if official is not None:
        theirs = best(official.meta.ping, number=CALLS)
        rows.append(
            Row(
                "  reference: official kittycad client / raw httpx",
                f"{theirs * 1e6:.0f} us per call",
                theirs / baseline,
                None,
            )
        )
    return rows


def decoding() -> list[Row]:
    body = api_call_page()
    baseline = best(lambda: json.loads(body), repeat=15)
    ours = best(lambda: ApiCallWithPriceResultsPage.from_dict(json.loads(body)), repeat=15)
    rows = [
        Row(
            "decode 1,000 API calls into models (fabapi / json.loads)",
            f"{ours * 1e3:.2f} ms vs {baseline * 1e3:.2f} ms",
            ours / baseline,
            2.5,
        )
    ]
    try:
        from kittycad.models import ApiCallWithPriceResultsPage as Official  # type: ignore[import-not-found,unused-ignore]
    except ImportError:
        return rows
    # As the official client itself validates answers: fields it does not model are ignored.
    theirs = best(lambda: Official.model_validate(json.loads(body), extra="ignore"), repeat=15)
    rows.append(
        Row("  reference: official kittycad pydantic models", f"{theirs * 1e3:.2f} ms", theirs / baseline, None)
    )
    return rows
