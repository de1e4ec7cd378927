"""What the mocks share about routing: the `Allow` header of a 405."""

from __future__ import annotations

from fastapi import FastAPI
from fastapi.routing import APIRoute


def allowed_methods(app: FastAPI, path: str) -> str:
    """Every method of the routes that match `path`, for a 405's `Allow` header.

    Starlette routes each method separately and names one; a literal path (`/v1/file/upload-id`)
    shadows a template (`/v1/file/{file_id}`), so only the routes with the fewest parameters count.
    """
    matching = [r for r in app.routes if isinstance(r, APIRoute) and r.path_regex.match(path)]
    fewest = min((len(r.param_convertors) for r in matching), default=0)
    return ", ".join(sorted({m for r in matching if len(r.param_convertors) == fewest for m in (r.methods or ())}))
