"""The Cloud Slicer mock as an ASGI app, answering in the vendor's (FastAPI's) own shapes.

Errors: 422 `{"detail": [{"loc", "msg", "type"}]}` for invalid input, 404
`{"detail": "..."}` for unknown ids, 403/401 for a missing or wrong token.
Request bodies are validated strictly with the datamodel-code-generator models,
and every response is validated with them before it is sent.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar, get_args

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import kit
from ..routing import allowed_methods
from . import models
from .store import Geometry, Quote, Rejected, Store, gcode, measure, price

DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[3] / "specs" / "cloudslicer" / "openapi.yaml"
M = TypeVar("M", bound=BaseModel)
# FastAPI's strict content type: a body without a Content-Type is not read as JSON either.
JSON_RULES = kit.JsonRules(untyped_is_json=False)
# FastAPI's own `type` of each refusal, as its 422 detail names them.
_KINDS = {"media_type": "model_attributes_type", "missing": "missing", "escape": "string_unicode"}


def _invalid(loc: tuple[Any, ...], message: str, kind: str = "value_error") -> JSONResponse:
    return JSONResponse({"detail": [{"loc": list(loc), "msg": message, "type": kind}]}, status_code=422)


def _malformed(request: Request, problem: kit.Problem) -> Response:
    # FastAPI itself answers 422 for JSON it cannot decode, but a bare 400 when its parser fails
    # otherwise (too deep, too long an integer); the API documents only 422 for invalid input, so
    # every refusal is that 422, in FastAPI's detail shape.
    return _invalid(problem.where, problem.message, _KINDS.get(problem.kind, "json_invalid"))


def _emit(model: type[BaseModel], data: dict[str, Any]) -> JSONResponse:
    return JSONResponse(model.model_validate(data).model_dump(mode="json", exclude_none=True))


class Invalid(Exception):
    def __init__(self, response: JSONResponse) -> None:
        self.response = response


async def _body(request: Request, model: type[M]) -> M | None:
    """An optional JSON body, validated strictly (no "1" for 1), or None when absent."""
    if not await request.body():
        return None
    data = await kit.read_json(request, JSON_RULES)
    # No request field of this API is nullable; the generated models still take None for an
    # absent optional field, so an explicit null is refused here, as the API's own models do.
    nulls = list(_nulls(data, model, ("body",)))
    if nulls:
        detail = [{"loc": list(loc), "msg": "Input should not be null", "type": "null_forbidden"} for loc in nulls]
        raise Invalid(JSONResponse({"detail": detail}, status_code=422))
    try:
        return model.model_validate(_integral(data), strict=True)
    except ValidationError as err:
        detail = [
            {"loc": ["body", *error["loc"]], "msg": error["msg"], "type": error["type"]} for error in err.errors()
        ]
        raise Invalid(JSONResponse({"detail": detail}, status_code=422)) from None


def _nulls(value: Any, model: type[BaseModel], loc: tuple[str | int, ...]) -> Iterator[tuple[str | int, ...]]:
    """Where a field `model` declares is null in a JSON body (extra properties may be anything)."""
    if not isinstance(value, dict):
        return
    for name, field in model.model_fields.items():
        if name not in value:
            continue
        if value[name] is None:
            yield (*loc, name)
        nested = next((t for t in get_args(field.annotation) if isinstance(t, type) and issubclass(t, BaseModel)), None)
        if nested is not None:
            yield from _nulls(value[name], nested, (*loc, name))


def _integral(value: Any) -> Any:
    """JSON Schema counts 700.0 as an integer; strict pydantic does not, so make it 700."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {key: _integral(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_integral(item) for item in value]
    return value


async def _upload(request: Request) -> tuple[str, bytes]:
    try:
        form = await request.form()
    except Exception as err:  # any unreadable form is the client's fault
        raise Invalid(_invalid(("body",), f"could not read the multipart form: {err}")) from None
    part = form.get("file")
    if part is None or isinstance(part, str):
        raise Invalid(_invalid(("body", "file"), "Field required", "missing"))
    return part.filename or "upload", await part.read()


def _authorized(request: Request, token: str) -> Response | None:
    presented = kit.bearer_token(request.headers.get("authorization"))
    challenge = {"WWW-Authenticate": "Bearer"}
    if presented is None:
        # Current FastAPI answers a missing bearer token with 401 (older releases said 403).
        return JSONResponse({"detail": "Not authenticated"}, status_code=401, headers=challenge)
    if not kit.matches(presented, token):
        return JSONResponse({"detail": "Invalid token"}, status_code=401, headers=challenge)
    return None


def _quote(store: Store, file_id: str, body: models.QuoteRequest | None) -> JSONResponse:
    stored = store.get_file(file_id)
    geometry: Geometry = measure(stored.name, stored.data)
    printer = (body.printer_config if body and body.printer_config else models.PrinterConfig()).model_dump()
    pricing = (body.quote_config if body and body.quote_config else models.QuoteConfig()).model_dump()
    estimate = price(geometry, printer, pricing)
    quote_id = str(uuid.uuid4())
    text = gcode(stored.name, printer, estimate)
    gcode_name = f"{Path(stored.name).stem}.gcode"
    record = {
        "quote_id": quote_id,
        "user_id": store.user_id,
        "status": "success",
        "timestamp": store.timestamp(),
        "quote_duration": 0.05,
        "file_path": f"{store.user_id}/{stored.file_id}/{stored.name}",
        "gcode_path": f"{store.user_id}/quotes/{quote_id}/{gcode_name}",
        "gcode_name": gcode_name,
        "gcode_file_size": round(len(text) / (1024 * 1024), 6),
        **{key: value for key, value in estimate.items() if key != "layers"},
    }
    with store.lock:
        store.quotes[quote_id] = Quote({**record, "printer_config": printer, "quote_config": pricing}, text, file_id)
        store.quotes_used += 1
    return _emit(models.QuoteResponse, record)


def create_app(
    *,
    token: str = "mock-api-token",  # noqa: S107 - the mock's published test credential
    store: Store | None = None,
    spec_path: Path | None = None,
) -> FastAPI:
    """Build the mock. Pass a ``store`` (with its clock) to inspect or move state from a test."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    state = store if store is not None else Store()
    spec_file = spec_path or DEFAULT_SPEC_PATH

    kit.install(app, _malformed)  # before the gate: a request without a token gets its 401 first
    _install_gate(app, token)
    _install_error_handlers(app)
    _install_user_routes(app, state, spec_file)
    _install_file_routes(app, state)
    _install_quote_routes(app, state)
    app.state.store = state
    return app


def _install_gate(app: FastAPI, token: str) -> None:
    @app.middleware("http")
    async def gate(request: Request, call_next: Any) -> Response:
        path = request.url.path
        public = path.startswith("/v1/file/public/")  # any method: routing answers the rest
        if path.startswith("/v1/") and not public:
            refused = _authorized(request, token)
            if refused is not None:
                return refused
        response: Response = await call_next(request)
        return response


def _install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(Invalid)
    async def invalid(request: Request, exc: Invalid) -> JSONResponse:
        return exc.response

    @app.exception_handler(Rejected)
    async def rejected(request: Request, exc: Rejected) -> JSONResponse:
        if exc.loc is None:
            return JSONResponse({"detail": exc.message}, status_code=404)
        return _invalid(exc.loc, exc.message)

    @app.exception_handler(RequestValidationError)
    async def validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        return JSONResponse({"detail": [dict(e) for e in exc.errors()]}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = allowed_methods(app, request.url.path)
        return JSONResponse({"detail": exc.detail}, status_code=exc.status_code, headers=headers)


def _install_user_routes(app: FastAPI, state: Store, spec_file: Path) -> None:
    @app.get("/openapi.yaml", include_in_schema=False)
    async def spec() -> Response:
        return Response(spec_file.read_bytes(), media_type="application/yaml")

    @app.get("/v1/user")
    async def get_user() -> JSONResponse:
        used = sum(len(f.data) for f in state.files.values()) / (1024 * 1024)
        return _emit(
            models.UserResponse,
            {
                "user_id": state.user_id,
                "email": state.email,
                "user_name": None,
                "created_at": "2025-11-01T00:00:00+00:00",
                "data_usage": {
                    "quotes_used": state.quotes_used,
                    "quotes_limit": 1000,
                    "storage_used": round(used, 6),
                    "storage_limit": 5000.0,
                    "files": len(state.files),
                    "days_till_reset": 30,
                    "reset_date": "2026-12-01T00:00:00+00:00",
                    "last_updated": state.timestamp(),
                },
            },
        )


def _upload_record(state: Store, file_id: str) -> dict[str, Any]:
    stored = state.get_file(file_id)
    return {
        "user_id": state.user_id,
        "file_id": stored.file_id,
        "file_path": f"{state.user_id}/{stored.file_id}/{stored.name}",
        "status": "success",
        "timestamp": stored.timestamp,
        "file_name": stored.name,
        "file_size": round(stored.size_mb, 6),
    }


def _install_file_routes(app: FastAPI, state: Store) -> None:
    @app.get("/v1/user/uploads")
    async def list_uploads() -> JSONResponse:
        newest_first = sorted(state.files.values(), key=lambda f: f.timestamp, reverse=True)
        records = [models.FileUploadResponse.model_validate(_upload_record(state, f.file_id)) for f in newest_first]
        return JSONResponse([r.model_dump(mode="json") for r in records])

    @app.get("/v1/file/upload-id")
    async def create_upload_id() -> JSONResponse:
        entry = state.new_upload_id()
        data = {
            "user_id": state.user_id,
            "upload_id": entry.upload_id,
            "file_id": entry.file_id,
            "timestamp": state.timestamp(),
        }
        return _emit(models.UploadIdResponse, data)

    @app.post("/v1/file/public/{upload_id}")
    async def upload_public(upload_id: str, request: Request) -> JSONResponse:
        entry = state.claim(upload_id)
        name, data = await _upload(request)
        stored = state.add_file(name, data, entry.file_id)  # a failed upload leaves the id unused
        entry.used = True
        return _emit(models.FileUploadResponse, _upload_record(state, stored.file_id))

    @app.post("/v1/file")
    async def upload_file(request: Request) -> JSONResponse:
        name, data = await _upload(request)
        return _emit(models.FileUploadResponse, _upload_record(state, state.add_file(name, data).file_id))

    @app.get("/v1/file/{file_id}")
    async def download_file(file_id: str) -> Response:
        return Response(state.get_file(file_id).data, media_type="application/octet-stream")

    @app.delete("/v1/file/{file_id}")
    async def delete_file(file_id: str) -> JSONResponse:
        stored = state.delete_file(file_id)
        data = {
            "user_id": state.user_id,
            "status": "success",
            "timestamp": state.timestamp(),
            "file_id": file_id,
            "removed_file_path": f"{state.user_id}/{file_id}/{stored.name}",
        }
        return _emit(models.DeleteFileResponse, data)

    @app.post("/v1/printability/{file_id}")
    async def printability(file_id: str, request: Request) -> JSONResponse:
        stored = state.get_file(file_id)
        printer = await _body(request, models.Dimensions) or models.Dimensions()
        geometry = measure(stored.name, stored.data)
        model = dict(zip("xyz", geometry.size, strict=True))
        fits = all(model[axis] <= getattr(printer, axis) for axis in "xyz")
        data = {
            "user_id": state.user_id,
            "file_path": f"{state.user_id}/{stored.file_id}/{stored.name}",
            "fits_printer": fits,
            "model_dimensions": model,
            "printer_dimensions": printer.model_dump(),
        }
        return _emit(models.PrintabilityResponse, data)


def _install_quote_routes(app: FastAPI, state: Store) -> None:
    @app.post("/v1/quote/{file_id}")
    async def quote_file(file_id: str, request: Request) -> JSONResponse:
        body = await _body(request, models.QuoteRequest)
        return _quote(state, file_id, body)

    @app.post("/v1/file/quote/{file_id}")
    async def quote_file_deprecated(file_id: str, request: Request) -> JSONResponse:
        body = await _body(request, models.QuoteRequest)
        return _quote(state, file_id, body)

    @app.get("/v1/quote/{quote_id}")
    async def get_quote(quote_id: str) -> JSONResponse:
        return _emit(models.QuoteRecord, state.get_quote(quote_id).record)

    @app.delete("/v1/quote/{quote_id}")
    async def delete_quote(quote_id: str) -> JSONResponse:
        quote = state.get_quote(quote_id)
        with state.lock:
            state.quotes.pop(quote_id, None)
        data = {
            "user_id": state.user_id,
            "quote_id": quote_id,
            "status": "success",
            "timestamp": state.timestamp(),
            "removed_gcode_path": quote.record["gcode_path"],
        }
        return _emit(models.DeleteQuoteResponse, data)

    @app.get("/v1/quote/gcode/{quote_id}")
    async def download_gcode(quote_id: str) -> Response:
        return Response(state.get_quote(quote_id).gcode, media_type="application/octet-stream")
