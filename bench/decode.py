"""Decoding a 1,000-item page of KittyCAD API calls into models, against `json.loads` alone."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fabapi_kittycad.models import ApiCallWithPriceResultsPage

from .official import official
from .payloads import api_call_page
from .table import Row
from .timing import fastest

ITEMS = 1000
GOAL = 2.5


def decoding() -> list[Row]:
    body = api_call_page(ITEMS)
    rivals: dict[str, Callable[[], object]] = {
        "json": lambda: json.loads(body),
        "fabapi": lambda: ApiCallWithPriceResultsPage.from_dict(json.loads(body)),
    }
    models = official("kittycad.models")
    if models is not None:
        page: Any = models.ApiCallWithPriceResultsPage
        # As the official client validates its answers: fields it does not model are ignored.
        rivals["official"] = lambda: page.model_validate(json.loads(body), extra="ignore")
    seconds = fastest(rivals, rounds=21)
    json_ms = seconds["json"] * 1e3
    rows = [
        Row(
            f"decode {ITEMS:,} API calls into models (fabapi / json.loads)",
            f"{seconds['fabapi'] * 1e3:.2f} ms vs {json_ms:.2f} ms",
            seconds["fabapi"] / seconds["json"],
            GOAL,
        )
    ]
    if "official" in seconds:
        rows.append(
            Row(
                "  reference: official kittycad pydantic models",
                f"{seconds['official'] * 1e3:.2f} ms",
                seconds["official"] / seconds["json"],
                None,
            )
        )
    else:
        rows.append(Row.absent("  reference: official kittycad pydantic models", "not installed"))
    return rows
