"""Decoding a 1,000-item page of KittyCAD API calls into models, tolerant and strict, against `json.loads`.

Both modes go through the code a client runs for an answer: the generated operation's response parser
(body to JSON to models) under a `Caller`, whose strict check follows the decode. The page carries
fields the curated spec does not list, as live answers do. The official `kittycad` SDK's pydantic
validation of the same body is the reference the strict goal is set by. A reference row shows parsing
alone (`loads_body`, msgspec first): the gain over `json.loads` is there; building models costs the rest.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import httpx
from fabapi_core import Caller, loads_body
from fabapi_kittycad.api.api_calls import list_api_calls_for_user
from fabapi_kittycad.client import AuthenticatedClient
from fabapi_kittycad.models import ApiCallWithPriceResultsPage

from .official import official
from .payloads import api_call_page
from .table import Row
from .timing import median_cpu

ITEMS = 1000
TOLERANT_GOAL = 1.6
ROUNDS = 41


def _decoder(body: bytes, *, strict: bool) -> Callable[[], object]:
    """One answer of `body` decoded as a client decodes it: parsed by the generated operation, then checked."""
    client = AuthenticatedClient(base_url="https://api.example.com", token="bench")  # noqa: S106 - nothing is sent
    caller = Caller(client, strict=strict)

    def answer(*, client: AuthenticatedClient) -> Any:
        return list_api_calls_for_user._build_response(client=client, response=httpx.Response(200, content=body))

    def decode() -> object:
        page = caller.call(answer, method="GET", path="/user/api-calls", expected=(200,))
        assert isinstance(page, ApiCallWithPriceResultsPage) and len(page.items) == ITEMS
        return page

    return decode


def decoding() -> list[Row]:
    body = api_call_page(ITEMS)
    rivals: dict[str, Callable[[], object]] = {
        "json": lambda: json.loads(body),
        # Parsing alone, as every answer is parsed (msgspec first where installed): where the time goes.
        "parse": lambda: loads_body(body),
        "tolerant": _decoder(body, strict=False),
        "strict": _decoder(body, strict=True),
    }
    models = official("kittycad.models")
    if models is not None:
        page: Any = models.ApiCallWithPriceResultsPage
        # As the official client validates its answers: fields it does not model are ignored.
        rivals["official"] = lambda: page.model_validate(json.loads(body), extra="ignore")
    seconds = median_cpu(rivals, rounds=ROUNDS)
    json_ms = seconds["json"] * 1e3

    def ratio(name: str) -> float:
        return seconds[name] / seconds["json"]

    official_ratio = ratio("official") if "official" in seconds else None
    rows = [
        Row(
            f"decode {ITEMS:,} API calls, tolerant (fabapi / json.loads)",
            f"{seconds['tolerant'] * 1e3:.2f} ms vs {json_ms:.2f} ms",
            ratio("tolerant"),
            TOLERANT_GOAL,
        ),
        Row(
            f"decode {ITEMS:,} API calls, strict (fabapi / json.loads; goal: the official SDK's)",
            f"{seconds['strict'] * 1e3:.2f} ms vs {json_ms:.2f} ms"
            + ("" if official_ratio is not None else " (no goal: the official SDK is not installed)"),
            ratio("strict"),
            None if official_ratio is None else round(official_ratio, 2),
        ),
    ]
    rows.append(
        Row(
            "  reference: parsing alone (loads_body / json.loads)",
            f"{seconds['parse'] * 1e3:.2f} ms vs {json_ms:.2f} ms",
            ratio("parse"),
            None,
        )
    )
    if official_ratio is not None:
        rows.append(
            Row(
                "  reference: official kittycad pydantic models",
                f"{seconds['official'] * 1e3:.2f} ms",
                official_ratio,
                None,
            )
        )
    else:
        rows.append(Row.absent("  reference: official kittycad pydantic models", "not installed"))
    return rows
