"""KittyCAD's workflows: file conversion and analysis, unit conversion, paged lists."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
from fabapi_kittycad import KittyCAD

from conformance.stl_files import box

from . import Workflow, first

RANDOM_STATUS = (
    "Prism answers the async operation with a random status and a random kind of result: 'failed' ends it"
    " in OperationFailed, anything short of 'completed' in PollTimeout after 3 s, another kind of result"
    " in UnexpectedResponse."
)


def client(origin: str, credentials: Mapping[str, str], transport: httpx.BaseTransport) -> KittyCAD:
    return KittyCAD(credentials["ZOO_API_TOKEN"], base_url=origin, transport=transport, strict=True)


def _cube(tmp: Path) -> Path:
    return box(tmp / "cube.stl", (2, 3, 4))


def _tokens(kc: KittyCAD, tmp: Path) -> Any:
    return [token.id for token in first(kc.api_tokens.list(sort_by="created-at-descending", limit=5))]


WORKFLOWS = [
    Workflow("ping", lambda kc, tmp: kc.meta.ping()),
    Workflow("list API tokens across pages", _tokens),
    Workflow("convert a file", lambda kc, tmp: kc.convert_file(_cube(tmp), to="obj", timeout=3), RANDOM_STATUS),
    Workflow("volume of a file", lambda kc, tmp: kc.volume(_cube(tmp), timeout=3), RANDOM_STATUS),
    Workflow("mass of a file", lambda kc, tmp: kc.mass(_cube(tmp), material_density=1.2, timeout=3), RANDOM_STATUS),
    Workflow(
        "convert units",
        lambda kc, tmp: kc.convert_units("length", 1, "inch", "millimeter"),
        "The spec lets a conversion's `output` be absent or null, and Prism's random answer often leaves it"
        " so (UnexpectedResponse).",
    ),
    Workflow("read an async operation", lambda kc, tmp: kc.api_calls.get_async_operation("op-1")),
    Workflow("user and balance", lambda kc, tmp: (kc.users.get_self(), kc.payments.get_balance())),
]
