"""Hostile values thrown at every argument of the hand-written helpers, one vendor table at a time.

Each vendor's test lists its helpers as `Helper`s: the argument under test, and a call that puts the
value there with valid values everywhere else. `cases()` pairs every helper with every hostile value
the argument does not legitimately take, and `refusal()` runs the call against a transport that
records requests: the call must raise `InvalidArgument` naming the argument, and send nothing.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from _pytest.mark import ParameterSet
from fabapi_core import InvalidArgument

# What every argument is tried with: numbers no float holds or no JSON carries, a bool where a number
# is meant, None, and text no encoder takes.
HOSTILE: dict[str, object] = {
    "nan": float("nan"),
    "inf": float("inf"),
    "-inf": float("-inf"),
    "10**400": 10**400,
    "True": True,
    "None": None,
    "surrogate": "\ud800",
}
# What path values (ids in a URL path, local file paths) are tried with as well.
PATH_VALUES: dict[str, object] = {"empty": "", "dot": ".", "dotdot": ".."}

# Makes a client on a transport; sync or async, as the vendor's entry classes are.
Factory = Callable[[httpx.MockTransport], Any]
# (client, the value under test, a folder of valid input files) -> the helper's result or awaitable.
Call = Callable[[Any, Any, Path], Any]


@dataclass(frozen=True)
class Helper:
    name: str
    argument: str
    call: Call
    path_value: bool = False
    accepts: frozenset[str] = frozenset()  # labels of HOSTILE/PATH_VALUES the argument takes (None for an option)


def cases(helpers: Iterable[Helper]) -> list[ParameterSet]:
    found = []
    for helper in helpers:
        values = {**HOSTILE, **(PATH_VALUES if helper.path_value else {})}
        for label, value in values.items():
            if label not in helper.accepts:
                found.append(pytest.param(helper, value, id=f"{helper.name}({helper.argument}={label})"))
    return found


class Recorder:
    """A transport that records every request; an answer is never the point here."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self._answer)

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(500, json={"detail": "no request should have been sent"})


def refusal(factory: Factory, helper: Helper, value: object, files: Path) -> InvalidArgument:
    """What the helper raises for `value`, after checking that it raised before sending anything."""
    recorder = Recorder()

    async def attempt() -> None:
        client = factory(recorder.transport)
        if hasattr(client, "__aenter__"):
            async with client:
                await helper.call(client, value, files)
        else:
            with client:
                result = helper.call(client, value, files)
                assert not inspect.isawaitable(result)

    with pytest.raises(InvalidArgument) as caught:
        asyncio.run(attempt())
    assert not recorder.requests, [f"{request.method} {request.url}" for request in recorder.requests]
    return caught.value


def check(factory: Factory, helper: Helper, value: object, files: Path) -> None:
    refused = refusal(factory, helper, value, files)
    assert refused.argument == helper.argument, str(refused)
    assert helper.argument in str(refused)
