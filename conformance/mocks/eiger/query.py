"""Query-string handling shared by the list endpoints: paging, filters and sorting.

Every value is checked as strictly as the spec's schema would check it, because
the conformance run sends malformed values and expects them rejected.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal
from uuid import UUID

from starlette.datastructures import QueryParams

from .errors import ApiError

Kind = Literal["datetime", "int", "bool", "nullable_bool", "str", "uuid", "enum"]

_RFC3339 = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$",
)
_UUID = re.compile(r"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")
_INT = re.compile(r"^-?\d{1,4000}$")

PAGE_SIZE_DEFAULT = 100
PAGE_SIZE_MAX = 1000

COMPARATORS: dict[str, Callable[[Any, Any], bool]] = {
    "eq": lambda a, b: a == b,
    "ne": lambda a, b: a != b,
    "lt": lambda a, b: a is not None and b is not None and a < b,
    "le": lambda a, b: a is not None and b is not None and a <= b,
    "gt": lambda a, b: a is not None and b is not None and a > b,
    "ge": lambda a, b: a is not None and b is not None and a >= b,
}

DATE_OPS = ("lt", "le", "gt", "ge")


def parse_uuid(value: str) -> UUID | None:
    """The UUID spelled in canonical hyphenated form, or None."""
    if not _UUID.match(value):
        return None
    return UUID(value)


def parse_datetime(value: str) -> datetime | None:
    if not _RFC3339.match(value):
        return None
    text = value.upper().replace("Z", "+00:00")
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def parse_int(value: str) -> int | None:
    if not _INT.match(value):
        return None
    return int(value)


@dataclass(frozen=True)
class Filter:
    """A ``filter[<field>][<op>]`` family declared for one list operation."""

    field: str
    kind: Kind
    ops: tuple[str, ...]
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    max_length: int | None = None

    def parse(self, name: str, raw: str) -> Any:
        value: Any
        if self.kind == "datetime":
            value = parse_datetime(raw)
            if value is None:
                raise ApiError(400, f"Invalid value for {name}: expected an RFC 3339 date-time")
            return value
        if self.kind == "int":
            value = parse_int(raw)
            if value is None:
                raise ApiError(400, f"Invalid value for {name}: expected an integer")
            if self.minimum is not None and value < self.minimum:
                raise ApiError(400, f"Invalid value for {name}: must be at least {self.minimum}")
            return value
        if self.kind in ("bool", "nullable_bool"):
            if raw == "true":
                return True
            if raw == "false":
                return False
            if self.kind == "nullable_bool" and raw in ("", "null"):
                return None
            raise ApiError(400, f"Invalid value for {name}: expected true or false")
        if self.kind == "uuid":
            value = parse_uuid(raw)
            if value is None:
                raise ApiError(400, f"Invalid value for {name}: expected a UUID")
            return value
        if self.kind == "enum":
            if raw not in self.choices:
                raise ApiError(400, f"Invalid value for {name}: expected one of {', '.join(self.choices)}")
            return raw
        if not raw:
            # An equality filter on text means a value (the curated spec says minLength 1).
            raise ApiError(400, f"Invalid value for {name}: must not be empty")
        if self.max_length is not None and len(raw) > self.max_length:
            raise ApiError(400, f"Invalid value for {name}: longer than {self.max_length} characters")
        return raw


@dataclass(frozen=True)
class ListSpec:
    """What one list operation declares: filters, sort keys and the default order."""

    filters: tuple[Filter, ...] = ()
    sort_by: tuple[str, ...] = ()
    sort_by_default: str | None = None
    # None when the operation declares no sort[order] parameter.
    order_default: Literal["asc", "desc"] | None = None
    paged: bool = True
    names: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        names = {f"filter[{f.field}][{op}]" for f in self.filters for op in f.ops}
        if self.paged:
            names |= {"page[number]", "page[size]"}
        if self.sort_by:
            names.add("sort[by]")
        if self.order_default:
            names.add("sort[order]")
        object.__setattr__(self, "names", frozenset(names))


@dataclass
class ListQuery:
    page_number: int
    page_size: int
    conditions: list[tuple[str, str, Any]]
    sort_by: str | None
    descending: bool


def single(params: QueryParams, name: str) -> str | None:
    """The one value of a scalar query parameter; repeating it is a client error."""
    values = params.getlist(name)
    if not values:
        return None
    if len(values) > 1:
        raise ApiError(400, f"Query parameter {name} must be given once")
    return values[0]


def _bounded_int(params: QueryParams, name: str, default: int, low: int, high: int | None) -> int:
    raw = single(params, name)
    if raw is None:
        return default
    value = parse_int(raw)
    if value is None:
        raise ApiError(400, f"Invalid value for {name}: expected an integer")
    if value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f"at least {low}"
        raise ApiError(400, f"Invalid value for {name}: must be {bound}")
    return value


def parse_list_query(params: QueryParams, spec: ListSpec) -> ListQuery:
    page_number = _bounded_int(params, "page[number]", 1, 1, None) if spec.paged else 1
    page_size = _bounded_int(params, "page[size]", PAGE_SIZE_DEFAULT, 1, PAGE_SIZE_MAX) if spec.paged else PAGE_SIZE_MAX
    conditions: list[tuple[str, str, Any]] = []
    for flt in spec.filters:
        for op in flt.ops:
            name = f"filter[{flt.field}][{op}]"
            raw = single(params, name)
            if raw is not None:
                conditions.append((flt.field, op, flt.parse(name, raw)))
    sort_by = spec.sort_by_default
    if spec.sort_by:
        raw = single(params, "sort[by]")
        if raw is not None:
            if raw not in spec.sort_by:
                raise ApiError(400, f"Invalid value for sort[by]: expected one of {', '.join(spec.sort_by)}")
            sort_by = raw
    descending = spec.order_default == "desc"
    if spec.order_default:
        raw = single(params, "sort[order]")
        if raw is not None:
            if raw not in ("asc", "desc"):
                raise ApiError(400, "Invalid value for sort[order]: expected asc or desc")
            descending = raw == "desc"
    return ListQuery(page_number, page_size, conditions, sort_by, descending)


def apply(
    items: Iterable[Mapping[str, Any]],
    query: ListQuery,
    key: Callable[[Mapping[str, Any], str], Any] | None = None,
) -> tuple[list[Mapping[str, Any]], bool]:
    """Filter, sort and page rendered items; returns the page and ``has_more_items``."""

    def value_of(item: Mapping[str, Any], name: str) -> Any:
        return key(item, name) if key is not None else item.get(name)

    selected = [item for item in items if all(COMPARATORS[op](value_of(item, f), v) for f, op, v in query.conditions)]
    if query.sort_by is not None:
        sort_field = query.sort_by
        present = [i for i in selected if value_of(i, sort_field) is not None]
        missing = [i for i in selected if value_of(i, sort_field) is None]
        present.sort(key=lambda i: _sortable(value_of(i, sort_field)), reverse=query.descending)
        # Items without a value go last whichever way the list is sorted.
        selected = present + missing
    elif query.descending:
        selected.reverse()
    start = (query.page_number - 1) * query.page_size
    page = selected[start : start + query.page_size]
    return page, start + query.page_size < len(selected)


def _sortable(value: Any) -> Any:
    return value.casefold() if isinstance(value, str) else value


def date_filters(*fields: str) -> tuple[Filter, ...]:
    return tuple(Filter(name, "datetime", DATE_OPS) for name in fields)
