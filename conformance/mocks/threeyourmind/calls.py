"""What a 3YOURMIND handler gets (a checked request) and gives back (an answer), and the table of handlers.

Handlers are plain functions keyed by operationId; an operation without one is answered by
`generic`. Answers are checked against the spec before they are sent (`kit.operations`).
"""

from __future__ import annotations

from collections.abc import Callable

from ..kit import operations
from ..kit.operations import NO_CONTENT, Reply, created
from .store import Store

Call = operations.Call[Store]
Handler = Callable[[Call], Reply]
HANDLERS = operations.Handlers[Store]()
handles = HANDLERS.handles

__all__ = ["HANDLERS", "NO_CONTENT", "Call", "Handler", "Reply", "created", "handles"]
