"""The KittyCAD mock as an ASGI app, answering in KittyCAD's own shapes.

Every request needs `Authorization: Bearer <token>` (`/` and `/ping` included): the account
token, or an API token created through `/user/api-tokens` and not deleted. Errors are
`{"error_code", "message", "request_id"}` with the request id also in `X-Request-Id`; a
malformed request (a unit or format outside the enum, a missing query value, a body that is not
the JSON object asked for) gets 400. Every authenticated request is recorded as an API call.
Responses are validated with the datamodel-code-generator models before they are sent.
"""

from __future__ import annotations

import math
import time
import typing
import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from enum import Enum
from pathlib import Path
from typing import Any

import yaml
from fastapi import FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from .. import kit
from ..routing import allowed_methods
from . import models, physics, units
from .store import USER_ID, BadRequest, JobError, NotFound, Store, convert, encoded, measure, page_offset, page_token

DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[3] / "specs" / "kittycad" / "openapi.yaml"
DEFAULT_LIMIT = 100
_UNIT_PREFIX = "/unit/conversion/"

# Body schema of each file operation (for its tag) and what its analysis needs.
_FILE_KINDS = {
    "/file/conversion": ("FileConversion", models.FileSourceFormat, models.FileOutputFormat),
    "/file/2d/vector/conversion": (
        "File2DVectorConversion",
        models.File2DVectorSourceFormat,
        models.File2DVectorOutputFormat,
    ),
    "/file/3d/conversion": ("File3DConversion", models.File3DSourceFormat, models.File3DOutputFormat),
}
_PAIRS = (
    ({m.value for m in models.File2DVectorSourceFormat}, {m.value for m in models.File2DVectorOutputFormat}),
    ({m.value for m in models.File3DSourceFormat}, {m.value for m in models.File3DOutputFormat}),
)


class ApiError(Exception):
    def __init__(self, status: int, message: str, code: str) -> None:
        super().__init__(message)
        self.status, self.message, self.code = status, message, code


def _request_id(request: Request) -> str:
    ident = getattr(request.state, "request_id", None)
    if ident is None:
        ident = request.state.request_id = str(uuid.uuid4())
    return str(ident)


def _error(request: Request, status: int, message: str, code: str, headers: dict[str, str] | None = None) -> Response:
    ident = _request_id(request)
    body = models.Error.model_validate({"error_code": code, "message": message, "request_id": ident})
    return JSONResponse(body.model_dump(mode="json"), status_code=status, headers={**(headers or {})})


def _emit(model: type[BaseModel], data: Any, status: int = 200) -> JSONResponse:
    # Validated with the model, sent as built: a Base64Str field would otherwise be decoded.
    model.model_validate(data)
    return JSONResponse(data, status_code=status)


def _emit_list(model: type[BaseModel], items: list[dict[str, Any]]) -> JSONResponse:
    for item in items:
        model.model_validate(item)
    return JSONResponse(items)


def _describe(errors: list[Any]) -> str:
    parts = []
    for error in errors:
        where = ".".join(str(part) for part in error.get("loc", ()))
        parts.append(f"{where}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"


def _enum_value(enum: type[Enum], value: str, what: str) -> str:
    try:
        return str(enum(value).value)
    except ValueError:
        known = ", ".join(str(m.value) for m in enum)
        raise ApiError(
            400, f"bad parameter {what}: unknown variant {value!r}, expected one of {known}", "invalid_request"
        ) from None


def _finite(value: float, what: str) -> float:
    if not math.isfinite(value):
        raise ApiError(400, f"bad parameter {what}: {value!r} is not a finite number", "invalid_request")
    return value


async def _json_object(request: Request, model: type[BaseModel]) -> dict[str, Any]:
    data = await kit.read_json(request)
    if not isinstance(data, dict):
        raise ApiError(400, "unable to parse JSON body: expected an object", "invalid_request")
    null = _first_null(data, model)
    if null is not None:
        raise ApiError(400, f"unable to parse JSON body: {null}: null is not allowed here", "invalid_request")
    try:
        parsed = model.model_validate(data, strict=True)
    except ValidationError as err:
        raise ApiError(400, f"unable to parse JSON body: {_describe(err.errors())}", "invalid_request") from None
    return parsed.model_dump(mode="json", exclude_none=True)


def _first_null(value: dict[str, Any], model: type[BaseModel], where: str = "") -> str | None:
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
            found = _first_null(value[name], nested, path)
            if found is not None:
                return found
    return None


async def _file_body(request: Request) -> bytes:
    """The raw file; a request with no body at all (not even an empty typed one) is malformed."""
    data = await request.body()
    if not data and "content-type" not in request.headers:
        raise ApiError(400, "missing request body: send the file as application/octet-stream", "invalid_request")
    return data


_SPECS: dict[Path, dict[str, Any]] = {}


def _load_spec(path: Path) -> dict[str, Any]:
    """The parsed document, read once per process (it is never modified): parsing takes most of a second."""
    if path not in _SPECS:
        loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
        _SPECS[path] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    return _SPECS[path]


def _unit_routes(spec: dict[str, Any]) -> dict[str, tuple[type[Enum], type[BaseModel]]]:
    """family path segment -> (its unit enum, its response model), read off the curated spec."""
    found: dict[str, tuple[type[Enum], type[BaseModel]]] = {}
    for path, item in spec["paths"].items():
        if not path.startswith(_UNIT_PREFIX):
            continue
        family = path[len(_UNIT_PREFIX) :].rsplit("/", 2)[0]
        operation = item["get"]
        fmt = next(p for p in operation["parameters"] if p["name"] == "src_format")["schema"]["$ref"]
        answer = operation["responses"]["200"]["content"]["application/json"]["schema"]["$ref"]
        found[family] = (getattr(models, fmt.rsplit("/", 1)[-1]), getattr(models, answer.rsplit("/", 1)[-1]))
    return found


def _page(items: list[dict[str, Any]], limit: int | None, token: str | None, sort_by: str) -> dict[str, Any]:
    ordered = sorted(items, key=lambda item: item["created_at"], reverse=sort_by == "created-at-descending")
    size = DEFAULT_LIMIT if limit is None or limit < 1 else min(limit, DEFAULT_LIMIT)
    start = page_offset(token)
    chunk = ordered[start : start + size]
    more = start + size < len(ordered)
    return {"items": chunk, "next_page": page_token(start + size) if more else None}


def create_app(
    *,
    store: Store | None = None,
    spec_path: Path | None = None,
) -> FastAPI:
    """Build the mock. Pass a `store` to inspect it, move its operations, or set `async_threshold`."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    state = store if store is not None else Store()
    spec_file = spec_path or DEFAULT_SPEC_PATH
    spec = _load_spec(spec_file)
    unit_families = _unit_routes(spec)

    def malformed(request: Request, problem: kit.Problem) -> Response:
        # Dropshot answers a body of the wrong content type, or one it cannot parse, with 400.
        prefix = "" if problem.kind in ("media_type", "escape") else "unable to parse JSON body: "
        return _error(request, 400, prefix + problem.message, "invalid_request")

    kit.install(app, malformed)  # before the gate: a request without a token gets its 401 first

    @app.middleware("http")
    async def gate(request: Request, call_next: Any) -> Response:
        started = time.perf_counter()
        opened = datetime.now(UTC)
        scheme, _, value = request.headers.get("authorization", "").partition(" ")
        token = state.authenticates(value.strip()) if scheme.lower() == "bearer" else None
        if token is None:
            response = _error(request, 401, "authentication failed: a valid bearer token is required", "unauthorized")
        else:
            response = await call_next(request)
            _record(request, response, token, opened, time.perf_counter() - started)
        response.headers["X-Request-Id"] = _request_id(request)
        return response

    def _record(request: Request, response: Response, token: str, opened: datetime, seconds: float) -> None:
        now = state.now()
        state.record_call(
            {
                "id": _request_id(request),
                "created_at": now,
                "updated_at": now,
                "started_at": opened.strftime("%Y-%m-%dT%H:%M:%S.%fZ"),
                "completed_at": now,
                "duration": int(seconds * 1e9),  # nanoseconds, as the API reports them
                "email": state.user["email"],
                "endpoint": request.url.path,
                "ip_address": request.client.host if request.client else "127.0.0.1",
                "litterbox": False,
                "method": request.method if request.method in models.Method.__members__ else "EXTENSION",
                "minutes": 0,
                "origin": request.headers.get("origin", ""),
                "price": 0.0,
                "request_body": "",
                "request_query_params": request.url.query,
                "response_body": "",
                "status_code": response.status_code,
                "stripe_invoice_item_id": "",
                "token": token if _is_uuid(token) else str(uuid.UUID(int=0)),
                "user_agent": request.headers.get("user-agent", ""),
                "user_id": USER_ID,
            }
        )

    @app.exception_handler(ApiError)
    async def on_api_error(request: Request, exc: ApiError) -> Response:
        return _error(request, exc.status, exc.message, exc.code)

    @app.exception_handler(BadRequest)
    async def on_bad_request(request: Request, exc: BadRequest) -> Response:
        return _error(request, 400, str(exc), "invalid_request")

    @app.exception_handler(NotFound)
    async def on_not_found(request: Request, exc: NotFound) -> Response:
        return _error(request, 404, f"not found: {exc.what}", "object_not_found")

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        return _error(request, 400, f"bad request: {_describe(list(exc.errors()))}", "invalid_request")

    @app.exception_handler(StarletteHTTPException)
    async def on_http_error(request: Request, exc: StarletteHTTPException) -> Response:
        headers = dict(exc.headers or {})
        if exc.status_code == 405:
            headers["Allow"] = allowed_methods(app, request.url.path)
            return _error(request, 405, "method not allowed", "method_not_allowed", headers)
        if exc.status_code == 404:
            return _error(request, 404, f"not found: {request.url.path}", "not_found", headers)
        return _error(request, exc.status_code, str(exc.detail), "http_error", headers)

    # -- meta ---------------------------------------------------------------------------------

    @app.get("/")
    async def get_schema() -> JSONResponse:
        return JSONResponse(spec)

    @app.get("/ping")
    async def ping() -> JSONResponse:
        return _emit(models.Pong, {"message": "pong"})

    # -- API calls and tokens -----------------------------------------------------------------

    @app.get("/user/api-calls")
    async def list_api_calls(
        sort_by: models.CreatedAtSortMode, limit: int | None = None, page_token: str | None = None
    ) -> JSONResponse:
        with state.lock:
            calls = list(state.api_calls)
        return _emit(models.ApiCallWithPriceResultsPage, _page(calls, limit, page_token, sort_by.value))

    @app.get("/user/api-calls/{ident}")
    async def get_api_call(ident: str) -> JSONResponse:
        return _emit(models.ApiCallWithPrice, state.get_call(ident))

    @app.get("/user/api-tokens")
    async def list_api_tokens(
        sort_by: models.CreatedAtSortMode, limit: int | None = None, page_token: str | None = None
    ) -> JSONResponse:
        with state.lock:
            tokens = list(state.tokens.values())
        return _emit(models.ApiTokenResultsPage, _page(tokens, limit, page_token, sort_by.value))

    @app.post("/user/api-tokens")
    async def create_api_token() -> JSONResponse:
        return _emit(models.ApiToken, state.create_token(), 201)

    @app.get("/user/api-tokens/{token}")
    async def get_api_token(token: str) -> JSONResponse:
        return _emit(models.ApiToken, state.get_token(token))

    @app.delete("/user/api-tokens/{token}")
    async def delete_api_token(token: str) -> Response:
        state.delete_token(token)
        return Response(status_code=204)

    # -- physics constants --------------------------------------------------------------------

    @app.get("/constant/physics/{constant}")
    async def get_physics_constant(constant: models.PhysicsConstantName) -> JSONResponse:
        now = state.now()
        record = {
            "id": str(uuid.uuid4()),
            "user_id": USER_ID,
            "constant": constant.value,
            "value": physics.CONSTANTS[constant.value],
            "status": "Completed",
            "error": None,
            "created_at": now,
            "updated_at": now,
            "started_at": now,
            "completed_at": now,
        }
        return _emit(models.PhysicsConstant, record)

    # -- files --------------------------------------------------------------------------------

    def _conversion(route: str) -> Callable[..., Any]:
        kind, sources, outputs = _FILE_KINDS[route]

        async def create(src_format: str, output_format: str, request: Request) -> JSONResponse:
            src = _enum_value(sources, src_format, "src_format")
            out = _enum_value(outputs, output_format, "output_format")
            # 2D vector files convert to 2D outputs, 3D files to 3D outputs, nothing to itself.
            if src == out or not any(src in sources and out in outputs for sources, outputs in _PAIRS):
                raise ApiError(400, f"invalid conversion: {src} to {out} is not supported", "invalid_request")
            data = await _file_body(request)
            record = state.start(
                kind,
                {"src_format": src, "output_format": out, "output": None},
                lambda: {"output": encoded(convert(src, out, data))},
                len(data),
            )
            return _emit(getattr(models, kind), record, 201)

        return create

    for route in _FILE_KINDS:
        app.add_api_route(f"{route}/{{src_format}}/{{output_format}}", _conversion(route), methods=["POST"])

    def _analysis(kind: str, model: type[BaseModel], field: str, extra: str | None) -> Callable[..., Any]:
        async def create(
            request: Request,
            src_format: models.File3DSourceFormat,
            material_density: float | None = Query(None),
            material_mass: float | None = Query(None),
        ) -> JSONResponse:
            given = {"material_density": material_density, "material_mass": material_mass}
            fields: dict[str, Any] = {"src_format": src_format.value, field: None}
            factor: float | None = None
            if extra is not None:
                value = given[extra]
                if value is None:
                    raise ApiError(400, f"bad query: missing field `{extra}`", "invalid_request")
                factor = fields[extra] = _finite(value, extra)
            data = await _file_body(request)

            def work() -> dict[str, Any]:
                if factor is not None and factor <= 0:
                    raise JobError(f"{extra} must be positive, got {factor}")
                shape = measure(src_format.value, data)
                if field == "mass":
                    return {"mass": shape["volume"] * (factor or 0.0)}
                if field == "density":
                    if shape["volume"] == 0:
                        raise JobError("the mesh encloses no volume")
                    return {"density": (factor or 0.0) / shape["volume"]}
                return {field: shape[field]}

            record = state.start(kind, fields, work, len(data))
            return _emit(model, record, 201)

        return create

    for path, kind, model, field, extra in (
        ("/file/volume", "FileVolume", models.FileVolume, "volume", None),
        ("/file/surface-area", "FileSurfaceArea", models.FileSurfaceArea, "surface_area", None),
        ("/file/center-of-mass", "FileCenterOfMass", models.FileCenterOfMass, "center_of_mass", "material_density"),
        ("/file/mass", "FileMass", models.FileMass, "mass", "material_density"),
        ("/file/density", "FileDensity", models.FileDensity, "density", "material_mass"),
    ):
        app.add_api_route(path, _analysis(kind, model, field, extra), methods=["POST"])

    def _operation(ident: str) -> JSONResponse:
        kind, record = state.observe(ident)
        answer = {**record, "type": kind}
        if kind == "FileCenterOfMass" and answer.get("center_of_mass") is None:
            answer["center_of_mass"] = []  # an array in the schema, not nullable
        return _emit(models.AsyncApiCallOutput, answer)

    @app.get("/async/operations/{ident}")
    async def get_async_operation(ident: str) -> JSONResponse:
        return _operation(ident)

    @app.get("/file/conversions/{ident}")
    async def get_file_conversion(ident: str) -> JSONResponse:
        return _operation(ident)

    @app.get("/user/file/conversions/{ident}")
    async def get_file_conversion_for_user(ident: str) -> JSONResponse:
        return _operation(ident)

    # -- units --------------------------------------------------------------------------------

    def _unit(family: str, enum: type[Enum], model: type[BaseModel]) -> Callable[..., Any]:
        async def convert_unit(src_format: str, output_format: str, value: float) -> JSONResponse:
            src = _enum_value(enum, src_format, "src_format")
            out = _enum_value(enum, output_format, "output_format")
            result = units.convert(family, src, out, _finite(value, "value"))
            # A result no float can hold fails the conversion, as a job with its error text.
            outcome: dict[str, Any] = {"output": result, "status": "Completed", "error": None}
            if not math.isfinite(result):
                outcome = {"output": None, "status": "Failed", "error": f"{value!r} {src} is out of range in {out}"}
            now = state.now()
            record = {
                "id": str(uuid.uuid4()),
                "user_id": USER_ID,
                "src_format": src,
                "output_format": out,
                "input": value,
                **outcome,
                "created_at": now,
                "updated_at": now,
                "started_at": now,
                "completed_at": now,
            }
            return _emit(model, record)

        return convert_unit

    for family, (enum, conversion) in unit_families.items():
        route = f"{_UNIT_PREFIX}{family}/{{src_format}}/{{output_format}}"
        app.add_api_route(route, _unit(family, enum, conversion), methods=["GET"])

    # -- the user -----------------------------------------------------------------------------

    @app.get("/user")
    async def get_user() -> JSONResponse:
        return _emit(models.User, dict(state.user))

    @app.put("/user")
    async def update_user(request: Request) -> JSONResponse:
        changes = await _json_object(request, models.UpdateUser)
        return _emit(models.User, state.update_user(changes))

    @app.delete("/user")
    async def delete_user() -> Response:
        with state.lock:
            state.reset_account()
        return Response(status_code=204)

    @app.get("/user/extended")
    async def get_user_extended() -> JSONResponse:
        return _emit(models.ExtendedUser, state.extended_user())

    @app.get("/user/session/{token}")
    async def get_session(token: str) -> JSONResponse:
        return _emit(models.Session, state.get_session(token))

    # -- payments -----------------------------------------------------------------------------

    @app.get("/user/payment")
    async def get_payment() -> JSONResponse:
        return _emit(models.Customer, state.get_customer())

    @app.post("/user/payment")
    async def create_payment(request: Request) -> JSONResponse:
        billing = await _json_object(request, models.BillingInfo)
        return _emit(models.Customer, state.set_billing(billing, create=True), 201)

    @app.put("/user/payment")
    async def update_payment(request: Request) -> JSONResponse:
        billing = await _json_object(request, models.BillingInfo)
        return _emit(models.Customer, state.set_billing(billing, create=False))

    @app.delete("/user/payment")
    async def delete_payment() -> Response:
        state.delete_customer()
        return Response(status_code=204)

    @app.get("/user/payment/balance")
    async def get_balance() -> JSONResponse:
        return _emit(models.CustomerBalance, dict(state.balance))

    @app.get("/user/payment/invoices")
    async def list_invoices() -> JSONResponse:
        return _emit_list(models.Invoice, state.invoices)

    @app.get("/user/payment/methods")
    async def list_methods() -> JSONResponse:
        return _emit_list(models.PaymentMethod, state.methods)

    return app


def _is_uuid(value: str) -> bool:
    try:
        uuid.UUID(value)
    except ValueError:
        return False
    return True
