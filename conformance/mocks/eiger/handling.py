"""What every Eiger route uses: the list declarations, reading ids and bodies, writing answers and errors."""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import date
from typing import Any, TypeVar, get_args
from uuid import UUID

from fastapi import Request
from pydantic import BaseModel, ValidationError
from starlette.responses import JSONResponse, Response

from .. import kit
from . import models
from .errors import ApiError
from .query import Filter, ListSpec, apply, date_filters, parse_list_query, parse_uuid
from .store import Store

PREFIX = "/api/v3"

M = TypeVar("M", bound=BaseModel)
Handler = Callable[[Request], Awaitable[Response]]
# Adds a handler as the route of a path and method (see `routes.install`).
Register = Callable[[str, str], Callable[[Handler], Handler]]

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

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


def list_page(
    request: Request,
    spec: ListSpec,
    model: type[BaseModel],
    records: Callable[[Store], Iterable[Any]],
    view: Callable[[Store, Any, str], Mapping[str, Any]],
    key: Callable[[Mapping[str, Any], str], Any] | None = None,
) -> Response:
    """One page of a list operation: the query checked against `spec`, every record rendered by `view`
    under the store's lock, then filtered, sorted and paged as the query asks."""
    store = store_of(request)
    query = parse_list_query(request.query_params, spec)
    origin = base_url(request)
    with store.lock:
        items = [view(store, record, origin) for record in records(store)]
    page, more = apply(items, query, key=key)
    return emit(model, {"has_more_items": more, "items": page})
