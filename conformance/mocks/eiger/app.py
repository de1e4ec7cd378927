"""FastAPI app implementing the Eiger API v3 over the in-memory :class:`Store`."""

from __future__ import annotations

import base64
import binascii
import logging
import re
import secrets
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, TypeVar, get_args
from uuid import UUID

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, ValidationError
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import kit
from . import models
from .errors import ApiError
from .query import Filter, ListSpec, apply, date_filters, parse_list_query, parse_uuid, single
from .store import Store, StoreError
from .views import (
    TIMESPANS,
    build_view,
    build_view_extended,
    custom_analytics_csv,
    device_view_extended,
    full_user,
    part_version_view,
    part_view,
    print_job_view,
    print_job_view_extended,
    printed_part_view_extended,
    queued_view,
    queued_view_extended,
    scan_report_url,
    storage_url,
    user_view,
)

PREFIX = "/api/v3"
DEFAULT_SPEC_PATH = Path(__file__).resolve().parents[3] / "specs/eiger/openapi.yaml"

logger = logging.getLogger(__name__)

M = TypeVar("M", bound=BaseModel)
Handler = Callable[[Request], Awaitable[Response]]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)

# -- list declarations (mirror the parameters each operation declares) -------

BUILDS = ListSpec(
    filters=(
        Filter("title", "str", ("eq",)),
        *date_filters("created_at", "updated_at"),
        Filter("part_count", "int", ("eq", "ne", "lt", "le", "gt", "ge"), minimum=1),
        Filter("sliced", "bool", ("eq",)),
        Filter("blacksmith_enabled", "bool", ("eq",)),
        Filter("approved", "nullable_bool", ("eq", "ne")),
    ),
    sort_by=("created_at", "title"),
    sort_by_default="created_at",
    order_default="asc",
)
APPROVED_BUILDS = ListSpec()
DEVICES = ListSpec(
    filters=(*date_filters("created_at", "updated_at"), Filter("name", "str", ("eq",))),
    sort_by=("name", "created_at", "updated_at"),
    sort_by_default="name",
    order_default="asc",
)
PRINT_JOBS = ListSpec(
    filters=(
        Filter(
            "state",
            "enum",
            ("eq", "ne"),
            choices=("Completed", "Canceled", "Failed", "Paused", "Printing", "Backlogged", "Unknown"),
        ),
        *date_filters("created_at", "started_at", "ended_at", "updated_at"),
        Filter("build", "uuid", ("eq",)),
        Filter("device", "uuid", ("eq",)),
    ),
    sort_by=("created_at", "started_at", "updated_at", "ended_at"),
    sort_by_default="created_at",
    order_default="desc",
)
PRINTED_PART_STATES = (
    "Unknown",
    "Printing",
    "Print Failed",
    "Printed",
    "Washing",
    "Washed",
    "Drying",
    "Dried",
    "Sintering",
    "Sintered",
    "Sinter Failed",
    "Wash Aborted",
    "Discarded",
)
PRINTED_PARTS = ListSpec(
    filters=(
        Filter("state", "enum", ("eq", "ne"), choices=PRINTED_PART_STATES),
        Filter("notes", "str", ("eq", "ne"), max_length=255),
    ),
    sort_by=("printed_at", "updated_at"),
    sort_by_default="printed_at",
    order_default="desc",
)
USERS = ListSpec(
    filters=(
        *date_filters("created_at", "updated_at"),
        Filter("email", "str", ("eq",)),
        Filter("name", "str", ("eq",)),
    ),
    sort_by=("name", "email", "created_at"),
    sort_by_default="name",
    order_default="asc",
)


# -- helpers -----------------------------------------------------------------


def error_response(status: int, message: str, reference: int, headers: Mapping[str, str] | None = None) -> Response:
    merged = {"X-Reference-ID": str(reference), **(headers or {})}
    body = models.Error(message=message).model_dump(mode="json")
    return JSONResponse(body, status_code=status, headers=merged)


def emit(model: type[M], data: Any, status: int = 200, headers: Mapping[str, str] | None = None) -> Response:
    """Validate a rendered view against the generated model and send it as JSON."""
    try:
        instance = model.model_validate(data)
    except ValidationError as exc:
        # A mock bug, not a client error: keep it out of the 400 handler.
        raise RuntimeError(f"response does not match {model.__name__}: {exc}") from exc
    body = instance.model_dump(mode="json", by_alias=True, exclude_unset=True)
    return JSONResponse(body, status_code=status, headers=dict(headers or {}))


def path_id(request: Request, name: str, *, invalid_status: int = 400) -> UUID:
    raw = request.path_params[name]
    value = parse_uuid(raw)
    if value is None:
        # Operations that document no 400 answer a malformed id as an unknown one.
        raise ApiError(invalid_status, f"Invalid {name}: {raw!r} is not a UUID")
    return value


async def json_body(request: Request, model: type[M]) -> M:
    """Parse and validate a JSON body; every request body of the curated spec is required."""
    data = await kit.read_json(request)
    if not isinstance(data, dict):
        raise ApiError(400, "The request body must be a JSON object")
    for key, value in data.items():
        # No request property in this API is nullable; pydantic's optional fields would take null.
        if value is None:
            raise ApiError(400, f"Invalid {key}: must not be null")
    _check_formats(model, data)
    try:
        return model.model_validate_json(await request.body(), strict=True)
    except ValidationError as exc:
        raise ApiError(400, _describe(exc)) from exc


def _leaf_types(annotation: Any) -> set[Any]:
    args = get_args(annotation)
    if not args:
        return {annotation}
    return set().union(*(_leaf_types(arg) for arg in args))


def _check_formats(model: type[BaseModel], data: dict[str, Any]) -> None:
    # Pydantic accepts more UUID and date spellings than the spec's formats allow.
    for name, info in model.model_fields.items():
        key = info.alias or name
        if key not in data:
            continue
        leaves = _leaf_types(info.annotation)
        value = data[key]
        strings = [item for item in (value if isinstance(value, list) else [value]) if isinstance(item, str)]
        if UUID in leaves:
            for item in strings:
                if parse_uuid(item) is None:
                    raise ApiError(400, f"Invalid {key}: {item!r} is not a UUID")
        if date in leaves:
            for item in strings:
                if not _DATE.match(item):
                    raise ApiError(400, f"Invalid {key}: {item!r} is not a date (YYYY-MM-DD)")


def _describe(exc: ValidationError) -> str:
    parts = []
    for error in exc.errors()[:5]:
        location = ".".join(str(p) for p in error["loc"]) or "body"
        parts.append(f"{location}: {error['msg']}")
    return "Invalid request: " + "; ".join(parts)


def base_url(request: Request) -> str:
    return str(request.base_url)


def store_of(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


# -- gate: auth, unknown paths and unsupported methods -----------------------


@dataclass(frozen=True)
class _Resource:
    pattern: re.Pattern[str]
    methods: frozenset[str]
    params: int


class Gate:
    """Answers auth failures, unknown API paths and wrong methods before routing.

    Starlette routes each method separately, so its own 405 would advertise only
    one method of a path; this gate knows every method of every path.
    """

    def __init__(self, app: ASGIApp, *, fastapi: FastAPI, access_key: str, secret_key: str) -> None:
        self.app = app
        self.fastapi = fastapi
        self.access_key = access_key
        self.secret_key = secret_key
        self._resources: list[_Resource] | None = None

    def resources(self) -> list[_Resource]:
        if self._resources is None:
            grouped: dict[str, tuple[re.Pattern[str], set[str], int]] = {}
            for route in self.fastapi.routes:
                if isinstance(route, Route) and route.path.startswith(PREFIX):
                    entry = grouped.setdefault(route.path, (route.path_regex, set(), len(route.param_convertors)))
                    entry[1].update(route.methods or ())
            self._resources = [_Resource(p, frozenset(m - {"HEAD"}), n) for p, m, n in grouped.values()]
        return self._resources

    def authorized(self, scope: Scope) -> bool:
        header = None
        for key, value in scope.get("headers", []):
            if key == b"authorization":
                header = value.decode("latin-1")
                break
        if header is None:
            return False
        scheme, _, token = header.partition(" ")
        if scheme.lower() != "basic" or not token:
            return False
        try:
            decoded = base64.b64decode(token.strip(), validate=True).decode("utf-8")
        except (binascii.Error, UnicodeDecodeError):
            return False
        user, sep, password = decoded.partition(":")
        return bool(sep) and (
            secrets.compare_digest(user.encode(), self.access_key.encode())
            & secrets.compare_digest(password.encode(), self.secret_key.encode())
        )

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope["path"]
        if path != PREFIX and not path.startswith(PREFIX + "/"):
            await self.app(scope, receive, send)
            return
        store: Store = self.fastapi.state.store
        if not self.authorized(scope):
            response = error_response(
                401,
                "Unauthorized: provide your API access key and secret key with HTTP Basic authentication",
                store.next_reference(),
                {"WWW-Authenticate": 'Basic realm="Eiger API"'},
            )
            await response(scope, receive, send)
            return
        matches = [r for r in self.resources() if r.pattern.match(path)]
        if not matches:
            response = error_response(404, f"No such resource: {path}", store.next_reference())
            await response(scope, receive, send)
            return
        fewest = min(r.params for r in matches)
        methods = frozenset().union(*(r.methods for r in matches if r.params == fewest))
        method = scope["method"]
        allowed = methods | ({"HEAD"} if "GET" in methods else set())
        if method not in allowed:
            response = error_response(
                405,
                f"Method {method} is not allowed on {path}",
                store.next_reference(),
                {"Allow": ", ".join(sorted(allowed))},
            )
            await response(scope, receive, send)
            return
        if method == "HEAD":
            # FastAPI routes GET only; answer HEAD with the GET response minus its body.
            await self.app({**scope, "method": "GET"}, receive, _without_body(send))
            return
        await self.app(scope, receive, send)


def _without_body(send: Send) -> Send:
    async def wrapped(message: Message) -> None:
        if message["type"] == "http.response.body":
            message = {**message, "body": b""}
        await send(message)

    return wrapped


# -- the app -----------------------------------------------------------------


def create_app(
    *,
    access_key: str = "mock-access-key",
    secret_key: str = "mock-secret-key",  # noqa: S107 - the mock's published test credential
    store: Store | None = None,
    spec_path: Path | None = None,
) -> FastAPI:
    """Build the mock. Pass a ``store`` to inspect or pre-arrange state from a test."""
    app = FastAPI(openapi_url=None, docs_url=None, redoc_url=None)
    app.state.store = store if store is not None else Store()
    spec_file = spec_path if spec_path is not None else DEFAULT_SPEC_PATH
    _install_error_handlers(app)
    _install_routes(app, spec_file)
    app.add_middleware(Gate, fastapi=app, access_key=access_key, secret_key=secret_key)
    return app


def _install_error_handlers(app: FastAPI) -> None:
    def reference(request: Request) -> int:
        return store_of(request).next_reference()

    async def on_api_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, ApiError)
        return error_response(exc.status, exc.message, reference(request), exc.headers)

    async def on_store_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StoreError)
        status = {"bad_request": 400, "not_found": 404, "conflict": 409}[exc.kind]
        return error_response(status, exc.message, reference(request))

    async def on_http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, StarletteHTTPException)
        return error_response(exc.status_code, str(exc.detail), reference(request), exc.headers)

    async def on_bad_request(request: Request, exc: Exception) -> Response:
        return error_response(400, f"Invalid request: {exc}", reference(request))

    async def on_validation(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError | ValidationError)
        errors = exc.errors()
        detail = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in list(errors)[:5])
        return error_response(400, f"Invalid request: {detail}", reference(request))

    def malformed(request: Request, problem: kit.Problem) -> Response:
        # The API documents 400 for a request it cannot read; it names no 415.
        return error_response(400, f"Invalid request: {problem.message}", reference(request))

    async def on_crash(request: Request, exc: Exception) -> Response:
        logger.exception("mock crashed on %s %s", request.method, request.url.path, exc_info=exc)
        return error_response(500, "Internal server error", reference(request))

    app.add_exception_handler(ApiError, on_api_error)
    app.add_exception_handler(StoreError, on_store_error)
    app.add_exception_handler(StarletteHTTPException, on_http_error)
    app.add_exception_handler(RequestValidationError, on_validation)
    app.add_exception_handler(ValidationError, on_validation)
    app.add_exception_handler(UnicodeDecodeError, on_bad_request)
    app.add_exception_handler(Exception, on_crash)
    kit.install(app, malformed)


def _install_routes(app: FastAPI, spec_file: Path) -> None:
    def route(path: str, method: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            app.add_api_route(path, handler, methods=[method], include_in_schema=False)
            return handler

        return register

    # -- outside auth ------------------------------------------------------

    @route("/openapi.yaml", "GET")
    async def openapi_document(request: Request) -> Response:
        try:
            content = spec_file.read_bytes()
        except OSError as exc:
            raise ApiError(404, f"Spec file not available: {spec_file.name}") from exc
        return Response(content, media_type="application/yaml")

    @route("/mock-storage/builds/{build_id}/preview.png", "GET")
    async def build_preview(request: Request) -> Response:
        build_id = path_id(request, "build_id", invalid_status=404)
        store_of(request).get_build(build_id)
        return Response(_PNG, media_type="image/png")

    @route("/mock-storage/part_versions/{part_version_id}/preview.png", "GET")
    async def part_version_preview(request: Request) -> Response:
        store_of(request).get_part_version(path_id(request, "part_version_id", invalid_status=404))
        return Response(_PNG, media_type="image/png")

    @route("/mock-storage/part_versions/{part_version_id}.stl", "GET")
    async def part_version_stl(request: Request) -> Response:
        version = store_of(request).get_part_version(path_id(request, "part_version_id", invalid_status=404))
        return Response(version.stl, media_type="model/stl")

    @route("/mock-storage/scan_reports/{printed_part_id}.pdf", "GET")
    async def scan_report_file(request: Request) -> Response:
        part = store_of(request).get_printed_part(path_id(request, "printed_part_id", invalid_status=404))
        if part.scan_report is None:
            raise ApiError(404, "Scan report has not been generated")
        return Response(part.scan_report, media_type="application/pdf")

    # -- builds ------------------------------------------------------------

    async def _backlog(request: Request, channel: str) -> Response:
        build_id = path_id(request, "build_id")
        body = await json_body(request, models.SendBuildToBacklogRequest)
        due = body.dueDate.isoformat() if body.dueDate is not None else None
        store = store_of(request)
        job = store.send_to_backlog(build_id, due, "backlog" if channel == "backlog" else "job_request")
        return emit(models.SendBuildToBacklogResponse, print_job_view(job), 201)

    @route(PREFIX + "/backlog/{build_id}", "POST")
    async def send_build_to_backlog(request: Request) -> Response:
        return await _backlog(request, "backlog")

    @route(PREFIX + "/builds", "GET")
    async def list_builds(request: Request) -> Response:
        store = store_of(request)
        query = parse_list_query(request.query_params, BUILDS)
        with store.lock:
            items = [build_view(store, b, base_url(request)) for b in store.builds.values()]
        page, more = apply(items, query)
        return emit(models.ListBuildsResponse, {"has_more_items": more, "items": page})

    @route(PREFIX + "/builds/approved", "GET")
    async def list_approved_builds(request: Request) -> Response:
        store = store_of(request)
        query = parse_list_query(request.query_params, APPROVED_BUILDS)
        with store.lock:
            if not store.approvals_enabled:
                return Response(status_code=204)
            approved = sorted(
                (b for b in store.builds.values() if b.id in store.approved_build_ids), key=lambda b: b.created_at
            )
            items = [build_view(store, b, base_url(request)) for b in approved]
        page, more = apply(items, query)
        return emit(models.ListApprovedBuildsResponse, {"has_more_items": more, "items": page})

    @route(PREFIX + "/builds/approved", "PUT")
    async def approve_builds(request: Request) -> Response:
        body = await json_body(request, models.ApproveBuildsRequest)
        store_of(request).approve_builds(list(dict.fromkeys(body.builds)))
        return Response(status_code=204)

    @route(PREFIX + "/builds/approved", "DELETE")
    async def disable_approved_builds(request: Request) -> Response:
        store_of(request).disable_approvals()
        return Response(status_code=204)

    @route(PREFIX + "/builds/{build_id}", "GET")
    async def read_build(request: Request) -> Response:
        store = store_of(request)
        build = store.get_build(path_id(request, "build_id"))
        with store.lock:
            view = build_view_extended(store, build, base_url(request))
        return emit(models.ReadBuildResponse, view)

    # -- devices -----------------------------------------------------------

    @route(PREFIX + "/devices", "GET")
    async def list_devices(request: Request) -> Response:
        store = store_of(request)
        query = parse_list_query(request.query_params, DEVICES)
        with store.lock:
            items = [device_view_extended(store, d, base_url(request)) for d in store.devices.values()]
        page, more = apply(items, query)
        return emit(models.ListDevicesResponse, {"has_more_items": more, "items": page})

    @route(PREFIX + "/devices/{device_id}", "GET")
    async def read_device(request: Request) -> Response:
        store = store_of(request)
        device = store.get_device(path_id(request, "device_id", invalid_status=404))
        with store.lock:
            view = device_view_extended(store, device, base_url(request))
        return emit(models.ReadDeviceResponse, view)

    @route(PREFIX + "/devices/{device_id}", "POST")
    async def print_to_printer(request: Request) -> Response:
        device_id = path_id(request, "device_id")
        body = await json_body(request, models.PrintToPrinterRequest)
        job = store_of(request).print_to_printer(device_id, body.build)
        return emit(models.PrintToPrinterResponse, print_job_view(job), 201)

    @route(PREFIX + "/devices/{device_id}/queue", "GET")
    async def list_device_queue(request: Request) -> Response:
        store = store_of(request)
        device = store.get_device(path_id(request, "device_id", invalid_status=404))
        with store.lock:
            view = {
                "device": device_view_extended(store, device, base_url(request)),
                "queue": [queued_view_extended(store, q, base_url(request)) for q in store.queue_of(device.id)],
            }
        return emit(models.ListDeviceQueueResponse, view)

    @route(PREFIX + "/devices/{device_id}/queue", "POST")
    async def append_to_device_queue(request: Request) -> Response:
        device_id = path_id(request, "device_id")
        store = store_of(request)
        store.get_device(device_id)
        body = await json_body(request, models.AppendToDeviceQueueRequest)
        job = store.append_to_queue(device_id, body.build)
        return emit(models.AppendToDeviceQueueResponse, queued_view(job), 201)

    @route(PREFIX + "/devices/{device_id}/queue/{queued_job_id}", "GET")
    async def read_device_queue(request: Request) -> Response:
        store = store_of(request)
        device_id = path_id(request, "device_id", invalid_status=404)
        job = store.get_queued_job(device_id, path_id(request, "queued_job_id", invalid_status=404))
        with store.lock:
            view = queued_view_extended(store, job, base_url(request))
        return emit(models.ReadDeviceQueueResponse, view)

    @route(PREFIX + "/devices/{device_id}/queue/{queued_job_id}", "DELETE")
    async def remove_from_device_queue(request: Request) -> Response:
        device_id = path_id(request, "device_id", invalid_status=404)
        queued_job_id = path_id(request, "queued_job_id", invalid_status=404)
        store_of(request).remove_from_queue(device_id, queued_job_id)
        return Response(status_code=204)

    # -- job requests ------------------------------------------------------

    @route(PREFIX + "/job-requests/{build_id}", "POST")
    async def send_build_to_job_request_queue(request: Request) -> Response:
        return await _backlog(request, "job_request")

    @route(PREFIX + "/job-requests/{build_id}", "DELETE")
    async def remove_build_from_job_request_queue(request: Request) -> Response:
        build_id = path_id(request, "build_id", invalid_status=404)
        store_of(request).remove_from_job_requests(build_id)
        return Response(status_code=204)

    # -- parts -------------------------------------------------------------

    @route(PREFIX + "/parts/upload_stl", "POST")
    async def upload_stl(request: Request) -> Response:
        content_type = request.headers.get("content-type", "")
        if not content_type.lower().startswith("multipart/form-data"):
            raise ApiError(400, "Upload the STL file as multipart/form-data")
        try:
            form = await request.form()
        except Exception as exc:  # python-multipart raises several unrelated types
            raise ApiError(400, f"Malformed multipart body: {exc}") from exc
        stl = form.get("stlFile")
        filename: str | None = None
        if isinstance(stl, UploadFile):
            data = await stl.read()
            filename = stl.filename
        elif isinstance(stl, str):
            data = stl.encode()
        else:
            raise ApiError(400, "stlFile is required")

        def optional_uuid(name: str) -> UUID | None:
            value = form.get(name)
            if value is None:
                return None
            if not isinstance(value, str) or parse_uuid(value) is None:
                raise ApiError(400, f"Invalid {name}: expected a UUID")
            return UUID(value)

        title = form.get("title")
        if title is not None and not isinstance(title, str):
            raise ApiError(400, "Invalid title: expected a string")
        slice_job, version = store_of(request).upload_stl(
            stl=data,
            filename=filename,
            title=title,
            user_id=optional_uuid("userId"),
            folder_id=optional_uuid("folderId"),
            settings_preset_id=optional_uuid("settingsPresetId"),
        )
        return emit(
            models.UploadStlResponse,
            {"slice_job_id": slice_job.id, "part_version_id": version.id},
            201,
        )

    @route(PREFIX + "/parts/settings_presets", "GET")
    async def get_org_settings_presets(request: Request) -> Response:
        store = store_of(request)
        presets = [{"id": p.id, "title": p.title} for p in store.settings_presets.values()]
        return emit(models.OrgSettingsPresetsResponse, presets)

    @route(PREFIX + "/parts/slice_status/{slice_job_id}", "GET")
    async def get_slice_status(request: Request) -> Response:
        status = store_of(request).read_slice_status(path_id(request, "slice_job_id"))
        return emit(models.SliceStatusResponse, {"status": status})

    @route(PREFIX + "/parts/{part_id}", "GET")
    async def read_part(request: Request) -> Response:
        store = store_of(request)
        part = store.get_part(path_id(request, "part_id"))
        return emit(models.ReadPartResponse, part_view(store, part.id))

    @route(PREFIX + "/part_versions/{part_version_id}", "GET")
    async def read_part_version(request: Request) -> Response:
        store = store_of(request)
        version = store.get_part_version(path_id(request, "part_version_id"))
        return emit(models.ReadPartVersionResponse, part_version_view(store, version, base_url(request)))

    @route(PREFIX + "/part_versions/{part_version_id}/download", "GET")
    async def read_signed_url(request: Request) -> Response:
        version = store_of(request).get_part_version(path_id(request, "part_version_id"))
        url = storage_url(base_url(request), f"part_versions/{version.id}.stl").replace("3600", "30")
        return emit(models.ReadSignedURLResponse, {"url": url})

    # -- print jobs --------------------------------------------------------

    @route(PREFIX + "/print_jobs", "GET")
    async def list_print_jobs(request: Request) -> Response:
        store = store_of(request)
        query = parse_list_query(request.query_params, PRINT_JOBS)
        with store.lock:
            items = [print_job_view_extended(store, j, base_url(request)) for j in store.print_jobs.values()]
        page, more = apply(items, query, key=_print_job_key)
        return emit(models.ListPrintJobsResponse, {"has_more_items": more, "items": page})

    @route(PREFIX + "/print_jobs/{print_job_id}", "GET")
    async def read_print_job(request: Request) -> Response:
        store = store_of(request)
        job = store.get_print_job(path_id(request, "print_job_id"))
        with store.lock:
            view = print_job_view_extended(store, job, base_url(request))
        return emit(models.ReadPrintJobResponse, view)

    @route(PREFIX + "/print_jobs/{print_job_id}/scan_report", "GET")
    async def get_print_job_part_scan_report(request: Request) -> Response:
        store = store_of(request)
        job = store.get_print_job(path_id(request, "print_job_id"))
        with store.lock:
            reports = [
                {"printed_part_id": p.id, "scan_report_url": scan_report_url(base_url(request), p)}
                for p in store.printed_parts_of(job.id)
            ]
        return emit(models.GetPrintJobPartScanReportResponse, reports)

    # -- printed parts -----------------------------------------------------

    @route(PREFIX + "/printed_parts", "GET")
    async def list_printed_parts(request: Request) -> Response:
        store = store_of(request)
        query = parse_list_query(request.query_params, PRINTED_PARTS)
        with store.lock:
            items = [printed_part_view_extended(store, p, base_url(request)) for p in store.printed_parts.values()]
        page, more = apply(items, query)
        return emit(models.ListPrintedPartsResponse, {"has_more_items": more, "items": page})

    @route(PREFIX + "/printed_parts/{printed_part_id}", "GET")
    async def read_printed_part(request: Request) -> Response:
        store = store_of(request)
        part = store.get_printed_part(path_id(request, "printed_part_id"))
        with store.lock:
            view = printed_part_view_extended(store, part, base_url(request))
        return emit(models.ReadPrintedPartResponse, view)

    @route(PREFIX + "/printed_parts/{printed_part_id}/scan_report", "GET")
    async def get_printed_part_scan_report(request: Request) -> Response:
        store = store_of(request)
        printed_part_id = path_id(request, "printed_part_id")
        # The first request for a missing report only triggers its generation.
        report = store.request_scan_report(printed_part_id)
        part = store.get_printed_part(printed_part_id)
        url = scan_report_url(base_url(request), part) if report is not None else None
        headers = {"Location": url} if url is not None else {}
        return emit(models.GetPrintedPartScanReportResponse, {"scan_report_url": url}, 200, headers)

    # -- users -------------------------------------------------------------

    @route(PREFIX + "/users", "GET")
    async def list_users(request: Request) -> Response:
        store = store_of(request)
        query = parse_list_query(request.query_params, USERS)
        with store.lock:
            users = list(store.users.values())
        items = [full_user(u) for u in users]
        page, more = apply(items, query)
        return emit(
            models.ListUsersResponse,
            {"has_more_items": more, "items": [user_view(store.users[i["id"]]) for i in page]},
        )

    @route(PREFIX + "/users/{user_id}", "GET")
    async def fetch_user(request: Request) -> Response:
        user = store_of(request).get_user(path_id(request, "user_id"))
        return emit(models.GetUserResponse, full_user(user))

    # -- dashboard ---------------------------------------------------------

    @route(PREFIX + "/dashboard/custom_analytics_csv", "GET")
    async def get_custom_analytics_csv(request: Request) -> Response:
        raw = single(request.query_params, "filter[timespan][eq]")
        timespan = "month" if raw is None else raw
        if timespan not in TIMESPANS:
            raise ApiError(400, f"Invalid value for filter[timespan][eq]: expected one of {', '.join(TIMESPANS)}")
        store = store_of(request)
        with store.lock:
            text = custom_analytics_csv(store, timespan)
        return PlainTextResponse(text, media_type="text/csv")


def _print_job_key(item: Mapping[str, Any], name: str) -> Any:
    if name == "device":
        device = item.get("device")
        return device["id"] if device else None
    if name == "build":
        return item["build"]["id"]
    return item.get(name)
