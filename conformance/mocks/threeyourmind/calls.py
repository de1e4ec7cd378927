"""What a handler gets (a checked request) and gives back (an answer), and the table of handlers.

Handlers are plain functions keyed by operationId; an operation without one is answered by
`generic`. Answers are checked against the spec before they are sent (see `app`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, TypeVar

from pydantic import BaseModel
from starlette.datastructures import URL

from .bodies import Parsed
from .spec import Operation
from .store import Store

M = TypeVar("M", bound=BaseModel)


@dataclass(frozen=True)
class Call:
    store: Store
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

Handler = Callable[[Call], Reply]
HANDLERS: dict[str, Handler] = {}


def handles(*operation_ids: str) -> Callable[[Handler], Handler]:
    def register(handler: Handler) -> Handler:
        for operation_id in operation_ids:
            if operation_id in HANDLERS:
                raise ValueError(f"{operation_id} has two handlers")
            HANDLERS[operation_id] = handler
        return handler

    return register
