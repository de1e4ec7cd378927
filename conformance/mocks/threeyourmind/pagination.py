"""The API's two page envelopes, and the `ordering` parameter of its lists.

Page numbers: `{count, currentPage, totalPages, pageSize, results}` with `page` (from 1) and
`pageSize`. AMPI parts: `{count, next, previous, pageSize, results}`, where `next` and
`previous` are URLs of this same list. A page past the last is a 404, as Django REST
framework's paginators answer it.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from typing import Any, TypeVar

from starlette.datastructures import URL

from .errors import NOT_FOUND, ApiError

T = TypeVar("T")
AMPI_PAGE_SIZE = 10


def _camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part[:1].upper() + part[1:] for part in rest)


def _key(value: Any) -> tuple[bool, Any]:
    # Nulls sort after every value (and before them, descending), as PostgreSQL orders them.
    return (value is None, value if value is not None else 0)


def order(items: Sequence[T], ordering: str | None, keys: Mapping[str, Callable[[T], Any]], default: str) -> list[T]:
    """Sort by the named fields, `-` for descending, the first name first.

    Names are the API's (camelCase) or the server's (snake_case); unknown names are ignored,
    as Django REST framework's OrderingFilter ignores them.
    """
    ordered = list(items)
    for term in reversed((ordering or default).split(",")):
        name = term.removeprefix("-")
        key = keys.get(name) or keys.get(_camel(name))
        if key is not None:
            _sort(ordered, key, descending=term.startswith("-"))
    return ordered


def _sort(items: list[T], key: Callable[[T], Any], *, descending: bool) -> None:
    # Python's sort is stable, so sorting by the last name first leaves the first one deciding.
    items.sort(key=lambda item: _key(key(item)), reverse=descending)


def _slice(items: Sequence[T], page: int, size: int) -> tuple[list[T], int]:
    pages = max(1, math.ceil(len(items) / size))
    if page > pages:
        raise ApiError(404, NOT_FOUND, "Invalid page.", [{"field": "page", "message": f"The last page is {pages}."}])
    start = (page - 1) * size
    return list(items[start : start + size]), pages


def number_page(items: Sequence[Any], query: Mapping[str, Any]) -> dict[str, Any]:
    page, size = int(query["page"]), int(query["pageSize"])
    results, pages = _slice(items, page, size)
    return {"count": len(items), "currentPage": page, "totalPages": pages, "pageSize": size, "results": results}


def link_page(items: Sequence[Any], page: int, url: URL, size: int = AMPI_PAGE_SIZE) -> dict[str, Any]:
    results, pages = _slice(items, page, size)
    following = str(url.include_query_params(page=page + 1)) if page < pages else None
    previous: str | None = None
    if page == 2:
        previous = str(url.remove_query_params("page"))
    elif page > 2:
        previous = str(url.include_query_params(page=page - 1))
    return {"count": len(items), "next": following, "previous": previous, "pageSize": size, "results": results}
