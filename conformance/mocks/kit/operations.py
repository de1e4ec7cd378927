"""A spec-driven mock: one route per operation, its request checked and its answer too.

A handler gets a `Call` (the request's parameters and body, already checked against the
operation) and gives back a `Reply`; an operation without a handler of its own is answered by
the mock's fallback. The answer is checked against the response schema before it is sent: one
that does not match is a mock bug (a 500), never sent.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Generic, TypeVar

from fastapi import FastAPI
from pydantic import BaseModel
from starlette.datastructures import URL
from starlette.requests import Request
from starlette.responses import Response

from .answers import Json
from .bodies import Parsed, read
from .json_body import DEFAULT, JsonRules
from .params import ParameterSet
from .schemas import check_answer
from .spec import Operation

M = TypeVar("M", bound=BaseModel)
S = TypeVar("S")
Endpoint = Callable[[Request], Awaitable[Response]]


@dataclass(frozen=True)
class Call(Generic[S]):
    store: S
    operation: Operation
    path: Mapping[str, Any]
    query: Mapping[str, Any]
    parsed: Parsed | None
    url: URL

    @property
    def origin(self) -> str:
        return f"{self.url.scheme}://{self.url.netloc}"

    def body(self, model: type[M]) -> M:
        if self.parsed is None or not isinstance(self.parsed.model, model):
            raise TypeError(f"{self.operation.operation_id} has no {model.__name__} body")
        return self.parsed.model

    @property
    def sent(self) -> frozenset[str]:
        """The body fields the client sent (a PATCH changes only these)."""
        return self.parsed.sent if self.parsed is not None else frozenset()


@dataclass(frozen=True)
class Reply:
    data: Any = None
    status: int = 200
    content: bytes | None = None  # a non-JSON answer (files, CSV), sent with the spec's media type
    headers: Mapping[str, str] = field(default_factory=dict)


def created(data: Any) -> Reply:
    return Reply(data, 201)


NO_CONTENT = Reply(status=204)

Handler = Callable[[Call[S]], Reply]


class Handlers(Generic[S]):
    """The table of a mock's own handlers, keyed by operationId."""

    def __init__(self) -> None:
        self.table: dict[str, Handler[S]] = {}

    def handles(self, *operation_ids: str) -> Callable[[Handler[S]], Handler[S]]:
        def register(handler: Handler[S]) -> Handler[S]:
            for operation_id in operation_ids:
                if operation_id in self.table:
                    raise ValueError(f"{operation_id} has two handlers")
                self.table[operation_id] = handler
            return handler

        return register


@dataclass(frozen=True)
class SpecDriven(Generic[S]):
    """What `route` needs of a mock: its spec, generated models, handlers and JSON rules."""

    spec: Mapping[str, Any]
    models: ModuleType
    handlers: Handlers[S]
    fallback: Callable[[Call[S]], Reply]
    rules: JsonRules = DEFAULT


def route(app: FastAPI, mock: SpecDriven[S], operations: list[Operation]) -> None:
    """A route per operation on `app` (whose `state.store` is the store handlers get)."""
    stray = set(mock.handlers.table) - {op.operation_id for op in operations}
    if stray:
        raise ValueError(f"handlers for operations the spec does not have: {sorted(stray)}")
    # Literal segments first: `/catalog/bulk-delete/` is not the catalog item `bulk-delete`.
    for operation in sorted(operations, key=lambda op: len(op.path_names)):
        app.add_api_route(operation.route, _endpoint(operation, mock), methods=[operation.method])


def _endpoint(operation: Operation, mock: SpecDriven[S]) -> Endpoint:
    parameters = ParameterSet(operation)
    handler = mock.handlers.table.get(operation.operation_id, mock.fallback)

    async def endpoint(request: Request) -> Response:
        path, query = parameters.read(request.path_params, request.query_params)
        parsed = None
        if operation.body is not None:
            parsed = await read(request, operation.body, mock.spec, mock.models, mock.rules)
        call = Call(request.app.state.store, operation, path, query, parsed, request.url)
        return send(operation, mock, handler(call))

    return endpoint


def send(operation: Operation, mock: SpecDriven[Any], reply: Reply) -> Response:
    if reply.content is not None:
        return Response(reply.content, reply.status, dict(reply.headers), operation.answer.media_type)
    if operation.answer.media_type is None or reply.status == 204:
        return Response(status_code=204, headers=dict(reply.headers))
    check_answer(mock.spec, mock.models, operation.answer.schema, reply.data)
    return Json(reply.data, reply.status, dict(reply.headers))
