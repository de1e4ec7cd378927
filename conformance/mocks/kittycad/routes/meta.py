"""The schema and the ping."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from ... import kit
from .. import models
from ..store import Store


def install(app: FastAPI, state: Store, spec: dict[str, Any]) -> None:
    @app.get("/")
    async def get_schema() -> JSONResponse:
        return JSONResponse(spec)

    @app.get("/ping")
    async def ping() -> JSONResponse:
        return kit.emit(models.Pong, {"message": "pong"})
