"""A request body read as JSON the way a strict server reads it, or a `Malformed` saying why not.

Parsed by pydantic-core (jiter): UTF-8 only, no `NaN`/`Infinity` constants, no lone surrogates,
no trailing bytes, its own recursion limit. On top of that, per vendor, the nesting depth and the
length of integers, and numbers that no double holds (`1e400`) are refused: deeper JSON would
exhaust recursion later in the mock, and longer integers break `str(int)` (4300 digits).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from email.message import Message
from typing import Any

from pydantic_core import from_json
from starlette.requests import Request

from .problems import Malformed, Problem


@dataclass(frozen=True)
class JsonRules:
    # Whether a body without a Content-Type is read as JSON (FastAPI and Django REST framework
    # refuse it, Dropshot assumes JSON).
    untyped_is_json: bool = True
    # serde_json's recursion limit, the strictest of the vendors' own parsers.
    max_depth: int = 128
    # Every integer is one a double can hold: below 10**308.
    max_digits: int = 308


DEFAULT = JsonRules()


def is_json(content_type: str | None) -> bool:
    """Whether a Content-Type names JSON: application/json or application/<anything>+json."""
    if not content_type:
        return False
    kind = _parsed(content_type).get_content_type()
    return kind == "application/json" or (kind.startswith("application/") and kind.endswith("+json"))


def _parsed(content_type: str) -> Message:
    message = Message()
    message["content-type"] = content_type
    return message


def check_media_type(request: Request, rules: JsonRules = DEFAULT) -> None:
    header = request.headers.get("content-type")
    if not header:
        if not rules.untyped_is_json:
            raise Malformed(Problem("media_type", "the body has no Content-Type: send it as application/json"))
        return
    if not is_json(header):
        kind = _parsed(header).get_content_type()
        raise Malformed(Problem("media_type", f"expected content type application/json, got {kind!r}"))
    charset = _parsed(header).get_param("charset")
    if isinstance(charset, str) and charset.lower() not in ("utf-8", "utf8"):
        raise Malformed(Problem("media_type", f"JSON is UTF-8, not charset {charset!r}"))


async def read_json(request: Request, rules: JsonRules = DEFAULT) -> Any:
    """The body as JSON: a JSON Content-Type, a body at all, and a JSON text within `rules`."""
    check_media_type(request, rules)
    raw = await request.body()
    if not raw.strip():
        raise Malformed(Problem("missing", "a JSON request body is required"))
    try:
        data = from_json(raw, allow_inf_nan=False)
    except ValueError as err:
        if "recursion limit" in str(err):
            raise Malformed(Problem("depth", f"the body nests deeper than {rules.max_depth} levels")) from None
        raise Malformed(Problem("syntax", f"the body is not JSON: {err}")) from None
    _check(data, rules)
    return data


def _check(data: Any, rules: JsonRules) -> None:
    """Depth, integer length and finite numbers, without recursion (the input chose the depth)."""
    bound = 10**rules.max_digits
    pending: list[tuple[Any, int]] = [(data, 1)]
    while pending:
        value, depth = pending.pop()
        if isinstance(value, dict | list):
            if depth > rules.max_depth:
                raise Malformed(Problem("depth", f"the body nests deeper than {rules.max_depth} levels"))
            pending.extend((item, depth + 1) for item in (value.values() if isinstance(value, dict) else value))
        elif isinstance(value, bool):
            continue
        elif isinstance(value, int) and not -bound < value < bound:
            raise Malformed(Problem("digits", f"an integer in the body has more than {rules.max_digits} digits"))
        elif isinstance(value, float) and not math.isfinite(value):
            raise Malformed(Problem("number", "a number in the body is out of range for a double"))
