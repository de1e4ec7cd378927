"""Unit conversions, one route per family the spec names."""

from __future__ import annotations

import math
import uuid
from collections.abc import Callable
from enum import Enum
from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse
from pydantic import BaseModel

from ... import kit
from .. import units
from ..handling import (
    UNIT_PREFIX,
    enum_value,
    finite,
)
from ..store import USER_ID, Store


def install(app: FastAPI, state: Store, unit_families: dict[str, tuple[type[Enum], type[BaseModel]]]) -> None:
    def _unit(family: str, enum: type[Enum], model: type[BaseModel]) -> Callable[..., Any]:
        async def convert_unit(src_format: str, output_format: str, value: float) -> JSONResponse:
            src = enum_value(enum, src_format, "src_format")
            out = enum_value(enum, output_format, "output_format")
            result = units.convert(family, src, out, finite(value, "value"))
            # A result no float can hold fails the conversion, as a job with its error text.
            outcome: dict[str, Any] = {"output": result, "status": "Completed", "error": None}
            if not math.isfinite(result):
                outcome = {"output": None, "status": "Failed", "error": f"{value!r} {src} is out of range in {out}"}
            now = state.now()
            record = {
                "id": str(uuid.uuid4()),
                "user_id": USER_ID,
                "src_format": src,
                "output_format": out,
                "input": value,
                **outcome,
                "created_at": now,
                "updated_at": now,
                "started_at": now,
                "completed_at": now,
            }
            return kit.emit(model, record)

        return convert_unit

    for family, (enum, conversion) in unit_families.items():
        route = f"{UNIT_PREFIX}{family}/{{src_format}}/{{output_format}}"
        app.add_api_route(route, _unit(family, enum, conversion), methods=["GET"])
