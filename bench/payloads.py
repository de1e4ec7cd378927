"""The bodies the benchmarks serve: a small JSON object and a 1,000-item page of KittyCAD API calls."""

from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any

PONG = json.dumps({"message": "pong"}).encode()


def api_call(index: int) -> dict[str, Any]:
    """One API call as KittyCAD records it: every field, date-times and uuids included, and two fields the
    curated spec does not list (`org_id`, `seconds`: the official SDK models them), as a live server adds."""
    created = datetime(2026, 11, 1, tzinfo=UTC) + timedelta(seconds=index)
    stamp = created.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return {
        "id": str(uuid.UUID(int=index + 1)),
        "created_at": stamp,
        "updated_at": stamp,
        "started_at": stamp,
        "completed_at": stamp,
        "duration": 1_250_000 + index,
        "email": "maker@example.com",
        "endpoint": "/file/conversion/step/stl",
        "ip_address": "203.0.113.7",
        "litterbox": False,
        "method": "POST",
        "minutes": index % 5,
        "origin": "https://app.example.com",
        "price": 0.25,
        "request_body": "",
        "request_query_params": "output_format=stl",
        "response_body": "",
        "status_code": 201,
        "stripe_invoice_item_id": f"ii_{index:06d}",
        "token": str(uuid.UUID(int=(1 << 64) + index)),
        "user_agent": "bench/1.0",
        "user_id": "user-0001",
        "org_id": str(uuid.UUID(int=(2 << 64) + index % 7)),
        "seconds": 1 + index % 3,
    }


def api_call_page(items: int = 1000) -> bytes:
    return json.dumps({"items": [api_call(i) for i in range(items)], "next_page": None}).encode()
