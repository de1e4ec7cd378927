"""Pagination described by data (the `x-fabapi-pagination` spec extension), walked by one piece of code.

Two styles:

    page-number: {page_param, items?, size_param?, has_more?, total_pages?, first_page?}
        fetch page 1, 2, 3 ... until `has_more` is false, the page number reaches `total_pages`,
        or a page comes back empty.
    next-token:  {next, token_param, items?, size_param?, has_more?, next_is_url?}
        pass each page's `next` value back as `token_param` until it is empty. With
        `next_is_url: true` the `next` field is a whole URL (Django REST framework's
        `{count, next, previous, results}`), and the token is its `token_param` query value.

`style` may be given explicitly; otherwise `page_param` means page-number and `token_param` next-token.
Field names (`items`, `has_more`, `next`) are wire names, dotted for nested ones (`meta.next`); on
generated models they are found under their Python names too (`hasMore` → `has_more`, `next` → `next_`).

The pagers that walk them, `Pager` and `AsyncPager`, are in `_sync/` and `_async/` pagination.py.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal, cast
from urllib.parse import parse_qs, urlsplit

from ._errors import ConfigurationError, PaginationError
from ._values import whole_number

PAGE_NUMBER = "page-number"
NEXT_TOKEN = "next-token"  # noqa: S105 - a style name, not a credential
_EXTENSION = "x-fabapi-pagination"

_REQUIRED = {PAGE_NUMBER: ("page_param",), NEXT_TOKEN: ("next", "token_param")}
_OPTIONAL = {
    PAGE_NUMBER: ("style", "items", "size_param", "has_more", "total_pages", "first_page"),
    NEXT_TOKEN: ("style", "items", "size_param", "has_more", "next_is_url"),
}


class _Missing:
    def __repr__(self) -> str:
        return "<missing>"


_MISSING: Any = _Missing()


@dataclass(frozen=True)
class PageStyle:
    """How an operation's pages work; see the module docstring."""

    style: Literal["page-number", "next-token"]
    items: str = "items"
    page_param: str | None = None
    size_param: str | None = None
    has_more: str | None = None
    first_page: int = 1
    next: str | None = None
    token_param: str | None = None
    total_pages: str | None = None
    next_is_url: bool = False

    def __post_init__(self) -> None:
        if self.style not in _REQUIRED:
            raise ConfigurationError(
                f"{_EXTENSION}: unknown style {self.style!r}; use {PAGE_NUMBER!r} or {NEXT_TOKEN!r}"
            )
        for key in _REQUIRED[self.style]:
            if not getattr(self, key):
                raise ConfigurationError(f"{_EXTENSION}: style {self.style!r} needs key {key!r}")

    @classmethod
    def from_extension(cls, extension: Mapping[str, object]) -> PageStyle:
        """Parse the `x-fabapi-pagination` extension's mapping into a page style.

        Args:
            extension: The extension's mapping (`style`, `page_param`, `items`...).

        Returns:
            The page style.

        Raises:
            ConfigurationError: a mapping that is none, or a missing or bad key, named.
        """
        if not isinstance(extension, Mapping):
            raise ConfigurationError(f"{_EXTENSION} must be a mapping, not {type(extension).__name__}")
        style = extension.get("style")
        if style is None:
            style = NEXT_TOKEN if "token_param" in extension else PAGE_NUMBER if "page_param" in extension else None
            if style is None:
                raise ConfigurationError(f"{_EXTENSION}: missing key 'style' (or 'page_param' / 'token_param')")
        if style not in _REQUIRED:
            raise ConfigurationError(f"{_EXTENSION}: key 'style' is {style!r}; use {PAGE_NUMBER!r} or {NEXT_TOKEN!r}")
        allowed = set(_REQUIRED[style]) | set(_OPTIONAL[style])
        unknown = sorted(str(key) for key in extension if key not in allowed)
        if unknown:
            raise ConfigurationError(
                f"{_EXTENSION}: unknown key(s) {', '.join(map(repr, unknown))} for style {style!r}"
            )
        for key in _REQUIRED[style]:
            if key not in extension:
                raise ConfigurationError(f"{_EXTENSION}: missing key {key!r} (style {style!r})")
        values: dict[str, Any] = {"style": style}
        for key, value in extension.items():
            if key == "style":
                continue
            if key == "first_page":
                if not isinstance(value, int) or isinstance(value, bool):
                    raise ConfigurationError(f"{_EXTENSION}: key 'first_page' must be an integer, not {value!r}")
            elif key == "next_is_url":
                if not isinstance(value, bool):
                    raise ConfigurationError(f"{_EXTENSION}: key 'next_is_url' must be true or false, not {value!r}")
            elif not isinstance(value, str) or not value:
                raise ConfigurationError(f"{_EXTENSION}: key {key!r} must be a non-empty string, not {value!r}")
            values[key] = value
        return cls(**values)


def _snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def _is_unset(value: object) -> bool:
    # Generated clients mark absent optional fields with an `Unset` instance; duck-typed to stay generic.
    return type(value).__name__ == "Unset"


def _step(obj: object, name: str) -> object:
    if isinstance(obj, Mapping):
        return obj.get(name, _MISSING)
    snake = _snake(name)
    for attribute in dict.fromkeys((name, snake, f"{snake}_")):
        if attribute.isidentifier() and hasattr(obj, attribute):
            return getattr(obj, attribute)
    extra = getattr(obj, "additional_properties", None)
    if isinstance(extra, Mapping):
        return extra.get(name, _MISSING)
    return _MISSING


def read_field(page: object, path: str) -> object:
    """A (dotted) field of a page, from a mapping or a model; `_MISSING` when absent, None or unset."""
    value: object = page
    for name in path.split("."):
        value = _step(value, name)
        if value is _MISSING or value is None or _is_unset(value):
            return _MISSING
    return value


def check_limits(page_size: object, max_pages: object) -> tuple[int | None, int | None]:
    """A pager's `page_size` and `max_pages`, each a whole number of 1 or more, or None; checked when the
    pager is made, so a bad one is an `InvalidArgument` naming it there, not at the first page."""
    return (
        None if page_size is None else whole_number(page_size, "page_size", minimum=1),
        None if max_pages is None else whole_number(max_pages, "max_pages", minimum=1),
    )


class PageWalk:
    """The state of one pass over the pages, shared by the sync and async pagers."""

    def __init__(self, style: PageStyle, page_size: int | None, max_pages: int | None) -> None:
        self.style = style
        self.page_size = page_size
        self.max_pages = max_pages
        self.number = style.first_page
        self.token: object = None
        self.seen: set[str] = set()
        # Each page's items by fingerprint -> the page number they first came on: a server that
        # ignores the page number (or cycles) would otherwise be walked for ever.
        self.pages_seen: dict[int, int] = {}
        self.count = 0
        self.done = False
        # A next page that cannot be asked for fails when it is asked for, not before: a caller
        # taking only the items in hand never meets it.
        self.broken: PaginationError | None = None

    def arguments(self) -> dict[str, object]:
        if self.broken is not None:
            raise self.broken
        if self.max_pages is not None and self.count >= self.max_pages:
            raise PaginationError(f"more than max_pages={self.max_pages} pages; raise max_pages if that is expected")
        style = self.style
        args: dict[str, object] = {}
        if style.size_param and self.page_size is not None:
            args[style.size_param] = self.page_size
        if style.style == PAGE_NUMBER:
            args[cast(str, style.page_param)] = self.number
        elif self.token is not None:
            args[cast(str, style.token_param)] = self.token
        return args

    def items(self, page: object) -> list[object]:
        found = read_field(page, self.style.items)
        if found is _MISSING:
            return []
        if isinstance(found, list | tuple):
            return list(found)
        raise PaginationError(f"page field {self.style.items!r} is a {type(found).__name__}, not a list")

    def advance(self, page: object) -> list[object]:
        """Take in a fetched page: return its items and work out the next request, or that there is none."""
        self.count += 1
        items = self.items(page)
        if not items:
            self.done = True
            return items
        self._refuse_repeat(items)
        more = read_field(page, self.style.has_more) if self.style.has_more else _MISSING
        if more is not _MISSING and not more:
            self.done = True
        if self.style.style == PAGE_NUMBER:
            total = read_field(page, self.style.total_pages) if self.style.total_pages else _MISSING
            if isinstance(total, int) and not isinstance(total, bool):
                if self.number - self.style.first_page + 1 >= total:
                    self.done = True
            elif more is _MISSING and self.page_size is not None and len(items) < self.page_size:
                self.done = True
            self.number += 1
            return items
        token = read_field(page, cast(str, self.style.next))
        if self.style.next_is_url and token is not _MISSING and token != "":
            try:
                token = self._token_from_url(token)
            except PaginationError as error:
                self.broken = error
                return items
        if token is _MISSING or token == "":
            self.done = True
        elif repr(token) in self.seen:
            raise PaginationError(f"the server sent next token {token!r} twice; stopping instead of looping")
        else:
            self.seen.add(repr(token))
            self.token = token
        return items

    def _refuse_repeat(self, items: list[object]) -> None:
        fingerprint = hash(repr(items))
        first = self.pages_seen.get(fingerprint)
        if first is not None:
            control = self.style.page_param or self.style.token_param
            raise PaginationError(
                f"page {self.count} repeats the items of page {first}: the server seems to ignore"
                f" {control!r}; stopping instead of looping"
            )
        self.pages_seen[fingerprint] = self.count

    def _token_from_url(self, url: object) -> object:
        name = cast(str, self.style.token_param)
        values = parse_qs(urlsplit(str(url)).query).get(name)
        if not values:
            raise PaginationError(f"the next-page URL {url!r} has no {name!r} query parameter")
        value = values[0]
        # Page numbers travel as integers, so the generated function's `int` annotation accepts them.
        return int(value) if value.isdigit() else value
