"""A request the mock cannot read, said once, and answered in the shape each vendor plugs in."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Literal

from starlette.requests import Request
from starlette.responses import Response

# media_type: a body that is not JSON by its Content-Type (or not UTF-8 by its charset);
# missing: no body where one is required; syntax: bytes that are not one UTF-8 JSON text;
# depth, digits, number: JSON nested too deep, an integer too long, a number no double holds;
# escape: a percent-escape in the path or query that is not UTF-8.
Kind = Literal["media_type", "missing", "syntax", "depth", "digits", "number", "escape"]


@dataclass(frozen=True)
class Problem:
    kind: Kind
    message: str
    # Where, as FastAPI's `loc` says it: ("body",), ("query", name), ("path",).
    where: tuple[str, ...] = ("body",)


class Malformed(Exception):
    """Raised by the kit's readers; `install` answers it with the vendor's shape."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(problem.message)
        self.problem = problem


# Builds the vendor's error response (its status and body) for a problem.
ErrorShape = Callable[[Request, Problem], Response]


class Invalid(Exception):
    """A readable request the spec does not allow, raised by the spec-driven readers.

    `fields` names each wrong field (`{"field", "message"}`, and `"in"` for a parameter);
    `media_type` marks a body sent as another media type than the operation's. Each mock answers
    it in its own shape (`install(..., invalid=...)`).
    """

    def __init__(self, message: str, fields: Sequence[Mapping[str, str]] = (), *, media_type: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.fields = [dict(item) for item in fields]
        self.media_type = media_type


# Builds the vendor's error response for a request its spec does not allow.
InvalidShape = Callable[[Request, Invalid], Response]
