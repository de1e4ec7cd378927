"""Physics constants."""

from __future__ import annotations

import uuid

from fastapi import FastAPI
from fastapi.responses import JSONResponse

from ... import kit
from .. import models, physics
from ..store import USER_ID, Store


def install(app: FastAPI, state: Store) -> None:
    @app.get("/constant/physics/{constant}")
    async def get_physics_constant(constant: models.PhysicsConstantName) -> JSONResponse:
        now = state.now()
        record = {
            "id": str(uuid.uuid4()),
            "user_id": USER_ID,
            "constant": constant.value,
            "value": physics.CONSTANTS[constant.value],
            "status": "Completed",
            "error": None,
            "created_at": now,
            "updated_at": now,
            "started_at": now,
            "completed_at": now,
        }
        return kit.emit(models.PhysicsConstant, record)
