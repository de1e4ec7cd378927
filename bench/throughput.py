"""Async throughput: 100 concurrent calls against the KittyCAD mock on loopback, fabapi vs raw httpx."""

from __future__ import annotations

import asyncio
import json
import statistics
import time
from collections.abc import Awaitable, Callable

import httpx
from fabapi_kittycad import AsyncKittyCAD

from conformance.mocks.kittycad import CREDENTIALS, create_app
from conformance.serving import serve

from .table import Row

CONCURRENT = 100
ROUNDS = 7
TOKEN = CREDENTIALS["KITTYCAD_API_TOKEN"]


async def _rate(call: Callable[[], Awaitable[object]]) -> float:
    """Calls per second of `CONCURRENT` calls at once, the median of `ROUNDS` rounds (after a warm-up)."""
    await asyncio.gather(*(call() for _ in range(CONCURRENT)))
    rates = []
    for _ in range(ROUNDS):
        start = time.perf_counter()
        await asyncio.gather(*(call() for _ in range(CONCURRENT)))
        rates.append(CONCURRENT / (time.perf_counter() - start))
    return statistics.median(rates)


async def _measure(origin: str) -> tuple[float, float]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    async with httpx.AsyncClient(base_url=origin, headers=headers) as raw:

        async def plain() -> object:
            return json.loads((await raw.get("/ping")).content)

        baseline = await _rate(plain)
    async with AsyncKittyCAD(TOKEN, base_url=origin) as kc:
        ours = await _rate(kc.meta.ping)
    return ours, baseline


def throughput() -> list[Row]:
    with serve(create_app()) as origin:
        ours, baseline = asyncio.run(_measure(origin))
    return [
        Row(
            f"async throughput, {CONCURRENT} concurrent calls (fabapi / raw httpx)",
            f"{ours:.0f} vs {baseline:.0f} calls/s",
            ours / baseline,
            0.8,
            direction="at least",
        )
    ]
