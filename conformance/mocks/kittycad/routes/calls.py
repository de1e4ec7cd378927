"""API calls the account made, and its API tokens."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.responses import JSONResponse, Response

from ... import kit
from .. import models
from ..handling import (
    result_page,
)
from ..store import Store


def install(app: FastAPI, state: Store) -> None:
    @app.get("/user/api-calls")
    async def list_api_calls(
        sort_by: models.CreatedAtSortMode, limit: int | None = None, page_token: str | None = None
    ) -> JSONResponse:
        with state.lock:
            calls = list(state.api_calls)
        return kit.emit(models.ApiCallWithPriceResultsPage, result_page(calls, limit, page_token, sort_by.value))

    @app.get("/user/api-calls/{ident}")
    async def get_api_call(ident: str) -> JSONResponse:
        return kit.emit(models.ApiCallWithPrice, state.get_call(ident))

    @app.get("/user/api-tokens")
    async def list_api_tokens(
        sort_by: models.CreatedAtSortMode, limit: int | None = None, page_token: str | None = None
    ) -> JSONResponse:
        with state.lock:
            tokens = list(state.tokens.values())
        return kit.emit(models.ApiTokenResultsPage, result_page(tokens, limit, page_token, sort_by.value))

    @app.post("/user/api-tokens")
    async def create_api_token() -> JSONResponse:
        return kit.emit(models.ApiToken, state.create_token(), 201)

    @app.get("/user/api-tokens/{token}")
    async def get_api_token(token: str) -> JSONResponse:
        return kit.emit(models.ApiToken, state.get_token(token))

    @app.delete("/user/api-tokens/{token}")
    async def delete_api_token(token: str) -> Response:
        state.delete_token(token)
        return Response(status_code=204)
