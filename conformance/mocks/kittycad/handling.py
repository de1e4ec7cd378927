"""What every KittyCAD route uses: its error shape, reading parameters and bodies, pages, the spec."""

from __future__ import annotations

import math
import typing
import uuid
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from fastapi import Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError

from .. import kit
from . import models
from .store import page_offset, page_token

DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[3] / "specs" / "kittycad" / "openapi.yaml"
DEFAULT_LIMIT = 100
UNIT_PREFIX = "/unit/conversion/"

# Body schema of each file operation (for its tag) and what its analysis needs.
FILE_KINDS = {
    "/file/conversion": ("FileConversion", models.FileSourceFormat, models.FileOutputFormat),
    "/file/2d/vector/conversion": (
        "File2DVectorConversion",
        models.File2DVectorSourceFormat,
        models.File2DVectorOutputFormat,
    ),
    "/file/3d/conversion": ("File3DConversion", models.File3DSourceFormat, models.File3DOutputFormat),
}
FORMAT_PAIRS = (
    ({m.value for m in models.File2DVectorSourceFormat}, {m.value for m in models.File2DVectorOutputFormat}),
    ({m.value for m in models.File3DSourceFormat}, {m.value for m in models.File3DOutputFormat}),
)


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def request_id(request: Request) -> str:
    ident = getattr(request.state, "request_id", None)
    if ident is None:
        ident = request.state.request_id = str(uuid.uuid4())
    return str(ident)


def error_response(
    request: Request, status: int, message: str, code: str, headers: dict[str, str] | None = None
) -> Response:
    ident = request_id(request)
    body = models.Error.model_validate({"error_code": code, "message": message, "request_id": ident})
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers={**(headers or {})})


def _emit(model: type[BaseModel], data: Any, status: int = 200) -> JSONResponse:
    # Validated with the model, sent as built: a Base64Str field would otherwise be decoded.
    model.model_validate(data)
    return JSONResponse(data, status_code=status)


def describe_errors(errors: list[Any]) -> str:
    parts = []
    for error in errors:
        where = ".".join(str(part) for part in error.get("loc", ()))
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def enum_value(enum: type[Enum], value: str, what: str) -> str:
    try:
        return str(enum(value).value)
    except ValueError:
        known = ", ".join(str(m.value) for m in enum)
        raise ApiError(
            400, f"bad parameter {what}: unknown variant {value!r}, expected one of {known}", "invalid_request"
        ) from None


def finite(value: float, what: str) -> float:
    if not math.isfinite(value):
        raise ApiError(400, f"bad parameter {what}: {value!r} is not a finite number", "invalid_request")
    return value


async def json_object(request: Request, model: type[BaseModel]) -> dict[str, Any]:
    data = await kit.read_json(request)
    if not isinstance(data, dict):
        raise ApiError(400, "unable to parse JSON body: expected an object", "invalid_request")
    null = first_null(data, model)
    if null is not None:
        raise ApiError(400, f"unable to parse JSON body: {null}: null is not allowed here", "invalid_request")
    try:
        parsed = model.model_validate(data, strict=True)
    except ValidationError as err:
        raise ApiError(400, f"unable to parse JSON body: {describe_errors(err.errors())}", "invalid_request") from None
    return parsed.model_dump(mode="json", exclude_none=True)


def first_null(value: dict[str, Any], model: type[BaseModel], where: str = "") -> str | None:
    """The dotted path of the first declared field sent as null (none of them is nullable).

    Undeclared properties are ignored, as the schema allows them.
    """
    for name, info in model.model_fields.items():
        if name not in value:
            continue
        path = f"{where}.{name}" if where else name
        if value[name] is None:
            return path
        nested = next(
            (a for a in typing.get_args(info.annotation) if isinstance(a, type) and issubclass(a, BaseModel)), None
        )
        if nested is not None and isinstance(value[name], dict):
            found = first_null(value[name], nested, path)
            if found is not None:
                return found
    return None


async def file_body(request: Request) -> bytes:
    """The raw file; a request with no body at all (not even an empty typed one) is malformed."""
    data = await request.body()
    if not data and "content-type" not in request.headers:
        raise ApiError(400, "missing request body: send the file as application/octet-stream", "invalid_request")
    return data


SPECS: dict[Path, dict[str, Any]] = {}


def load_spec(path: Path) -> dict[str, Any]:
    """The parsed document, read once per process (it is never modified): parsing takes most of a second."""
    if path not in SPECS:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        SPECS[path] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    return SPECS[path]


def unit_routes(spec: dict[str, Any]) -> dict[str, tuple[type[Enum], type[BaseModel]]]:
    """family path segment -> (its unit enum, its response model), read off the curated spec."""
    found: dict[str, tuple[type[Enum], type[BaseModel]]] = {}
    for path, item in spec["paths"].items():
        if not path.startswith(UNIT_PREFIX):
            continue
        family = path[len(UNIT_PREFIX) :].rsplit("/", 2)[0]
        operation = item["get"]
        fmt = next(p for p in operation["parameters"] if p["name"] == "src_format")["schema"]["$ref"]
        answer = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        found[family] = (getattr(models, fmt.rsplit("/", 1)[-1]), getattr(models, answer.rsplit("/", 1)[-1]))
    return found


def result_page(items: list[dict[str, Any]], limit: int | None, token: str | None, sort_by: str) -> dict[str, Any]:
    ordered = sorted(items, key=lambda item: item["created_at"], reverse=sort_by == "created-at-descending")
    size = DEFAULT_LIMIT if limit is None or limit < 1 else min(limit, DEFAULT_LIMIT)
    start = page_offset(token)
    chunk = ordered[start : start + size]
    more = start + size < len(ordered)
    return {"items": chunk, "next_page": page_token(start + size) if more else None}


def is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
