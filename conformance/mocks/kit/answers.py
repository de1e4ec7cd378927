"""Sending JSON answers: checked against the spec's model before they leave, sent as built."""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel
from starlette.responses import JSONResponse


class Json(JSONResponse):
    """JSON with non-ASCII escaped: text from clients may hold lone surrogates, which UTF-8 cannot encode."""

    def render(self, content: Any) -> bytes:
        return json.dumps(content, ensure_ascii=True, allow_nan=False, separators=(",", ":")).encode("ascii")


def emit(model: type[BaseModel], data: Any, status: int = 200) -> JSONResponse:
    """`data` once `model` accepts it (else a mock bug: never sent), as built.

    Sent as built, not as the model dumps it: a Base64Str field would otherwise be decoded.
    """
    model.model_validate(data)
    return JSONResponse(data, status_code=status)


def emit_list(model: type[BaseModel], items: list[dict[str, Any]]) -> JSONResponse:
    """A JSON array whose every item `model` accepts."""
    for item in items:
        model.model_validate(item)
    return JSONResponse(items)
