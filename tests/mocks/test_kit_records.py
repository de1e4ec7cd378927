"""`kit.records`: a spec-driven mock keeps what it creates, lists it, changes it and forgets it when deleted."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx
from fastapi import FastAPI, Request
from pydantic import BaseModel
from starlette.responses import JSONResponse, Response

from conformance.mocks import kit
from conformance.mocks.kit.operations import Handlers, SpecDriven, route
from conformance.mocks.kit.records import Missing, Records, answer
from conformance.mocks.kit.spec import operations

_THING = {"$ref": "#/components/schemas/Thing"}
_BODY = {"required": True, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Draft"}}}}
SPEC: dict[str, Any] = {
    "openapi": "3.0.3",
    "paths": {
        "/things": {
            "get": {
                "operationId": "listThings",
                "responses": {"200": {"content": {"application/json": {"schema": {"type": "array", "items": _THING}}}}},
            },
            "post": {
                "operationId": "createThing",
                "requestBody": _BODY,
                "responses": {"201": {"content": {"application/json": {"schema": _THING}}}},
            },
        },
        "/things/{thing_id}": {
            "parameters": [{"name": "thing_id", "in": "path", "required": True, "schema": {"type": "integer"}}],
            "get": {
                "operationId": "getThing",
                "responses": {"200": {"content": {"application/json": {"schema": _THING}}}},
            },
            "patch": {
                "operationId": "renameThing",
                "requestBody": _BODY,
                "responses": {"200": {"content": {"application/json": {"schema": _THING}}}},
            },
            "delete": {"operationId": "deleteThing", "responses": {"204": {"description": "gone"}}},
        },
    },
    "components": {
        "schemas": {
            "Draft": {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}},
            "Thing": {
                "type": "object",
                "required": ["id", "name", "size"],
                "properties": {
                    "id": {"type": "integer"},
                    "name": {"type": "string"},
                    "size": {"type": "integer", "example": 3},
                },
            },
        }
    },
}


class Draft(BaseModel):
    name: str


class Thing(BaseModel):
    id: int
    name: str
    size: int


MODELS = ModuleType("models")
MODELS.Draft = Draft  # type: ignore[attr-defined]
MODELS.Thing = Thing  # type: ignore[attr-defined]


def _app(store: Records) -> FastAPI:
    app = FastAPI()
    app.state.store = store
    mock: SpecDriven[Records] = SpecDriven(SPEC, MODELS, Handlers(), lambda call: answer(call, SPEC, MODELS))
    route(app, mock, list(operations(SPEC)))
    kit.install(app, lambda request, problem: JSONResponse({"problem": problem.message}, 400))

    @app.exception_handler(Missing)
    async def missing(request: Request, exc: Exception) -> Response:
        return JSONResponse({"missing": str(exc)}, 404)

    return app


async def test_created_records_are_read_listed_changed_and_deleted() -> None:
    store = Records()
    transport = httpx.ASGITransport(app=_app(store))
    async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as api:
        first = await api.post("/things", json={"name": "gear"})
        second = await api.post("/things", json={"name": "cog"})
        assert (first.status_code, first.json()) == (201, {"id": 1, "name": "gear", "size": 3})
        assert second.json()["id"] == 2
        assert (await api.get("/things/1")).json() == first.json()
        assert [thing["name"] for thing in (await api.get("/things")).json()] == ["gear", "cog"]
        renamed = await api.patch("/things/2", json={"name": "sprocket"})
        assert renamed.json() == {"id": 2, "name": "sprocket", "size": 3}
        assert (await api.delete("/things/1")).status_code == 204
        assert (await api.get("/things/1")).status_code == 404
        assert (await api.delete("/things/1")).status_code == 404
        assert (await api.patch("/things/9", json={"name": "x"})).status_code == 404
    assert list(store.items) == ["/things/2"]


def test_a_text_id_is_a_uuid_and_an_integer_id_counts_up() -> None:
    store = Records()
    assert store.fresh_id({"type": "integer"}) == 1
    text = store.fresh_id({"type": "string"})
    assert isinstance(text, str) and text.endswith("0002") and len(text) == 36
