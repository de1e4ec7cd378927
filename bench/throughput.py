"""Async throughput: 100 concurrent calls against the KittyCAD mock on loopback, fabapi vs raw httpx."""

from __future__ import annotations

import asyncio
import json
import statistics
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import AsyncExitStack, contextmanager
from pathlib import Path

import httpx
from fabapi_kittycad import AsyncKittyCAD

from conformance.mocks.kittycad import CREDENTIALS

from .official import official
from .table import Row

CONCURRENT = 100
ROUNDS = 9
GOAL = 0.8
TOKEN = CREDENTIALS["ZOO_API_TOKEN"]
REPO = Path(__file__).resolve().parents[1]

Call = Callable[[], Awaitable[object]]


async def _seconds(call: Call) -> float:
    start = time.perf_counter()
    await asyncio.gather(*(call() for _ in range(CONCURRENT)))
    return time.perf_counter() - start


async def _rates(rivals: dict[str, Call]) -> dict[str, float]:
    """Calls per second of each rival: the median of `ROUNDS` interleaved rounds, after a warm-up round."""
    for call in rivals.values():
        await _seconds(call)
    timings: dict[str, list[float]] = {name: [] for name in rivals}
    for _ in range(ROUNDS):
        for name, call in rivals.items():
            timings[name].append(await _seconds(call))
    return {name: CONCURRENT / statistics.median(seconds) for name, seconds in timings.items()}


async def _measure(origin: str) -> dict[str, float]:
    auth = {"Authorization": f"Bearer {TOKEN}"}
    async with AsyncExitStack() as stack:
        # httpx's default pool (100 connections) for all three, so none is capped below the others.
        raw = await stack.enter_async_context(httpx.AsyncClient())
        fabapi = await stack.enter_async_context(AsyncKittyCAD(TOKEN, base_url=origin))

        async def plain() -> object:
            return json.loads((await raw.get(f"{origin}/ping", headers=auth)).content)

        rivals: dict[str, Call] = {"raw": plain, "fabapi": fabapi.meta.ping}
        kittycad = official()
        if kittycad is not None:
            http = await stack.enter_async_context(httpx.AsyncClient())
            rivals["official"] = kittycad.AsyncKittyCAD(token=TOKEN, base_url=origin, http_client=http).meta.ping
        return await _rates(rivals)


@contextmanager
def _mock_in_own_process() -> Iterator[str]:
    """The mock served by `bench.mock_server`, so client and server do not take turns on one interpreter lock."""
    server = subprocess.Popen(
        [sys.executable, "-m", "bench.mock_server"], cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert server.stdin is not None and server.stdout is not None  # both are pipes
    try:
        origin = server.stdout.readline().strip()
        if not origin.startswith("http://"):
            raise RuntimeError(f"the mock server did not start (it printed {origin!r})")
        yield origin
    finally:
        server.stdin.close()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def throughput() -> list[Row]:
    with _mock_in_own_process() as origin:
        rates = asyncio.run(_measure(origin))
    rows = [
        Row(
            f"async throughput, {CONCURRENT} concurrent calls (fabapi / raw httpx)",
            f"{rates['fabapi']:.0f} vs {rates['raw']:.0f} calls/s against the loopback mock (own process)",
            rates["fabapi"] / rates["raw"],
            GOAL,
            direction="at least",
        )
    ]
    if "official" in rates:
        rows.append(
            Row(
                "  reference: official kittycad async client / raw httpx",
                f"{rates['official']:.0f} calls/s",
                rates["official"] / rates["raw"],
                None,
            )
        )
    return rows
