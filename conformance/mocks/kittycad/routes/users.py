"""The user, its extended view and its sessions."""

from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, Response

from ... import kit
from .. import models
from ..handling import (
    json_object,
)
from ..store import Store


def install(app: FastAPI, state: Store) -> None:
    @app.get("/user")
    async def get_user() -> JSONResponse:
        return kit.emit(models.User, dict(state.user))

    @app.put("/user")
    async def update_user(request: Request) -> JSONResponse:
        changes = await json_object(request, models.UpdateUser)
        return kit.emit(models.User, state.update_user(changes))

    @app.delete("/user")
    async def delete_user() -> Response:
        with state.lock:
            state.reset_account()
        return Response(status_code=204)

    @app.get("/user/extended")
    async def get_user_extended() -> JSONResponse:
        return kit.emit(models.ExtendedUser, state.extended_user())

    @app.get("/user/session/{token}")
    async def get_session(token: str) -> JSONResponse:
        return kit.emit(models.Session, state.get_session(token))
