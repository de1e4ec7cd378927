"""Pagination driven by `PageStyle`, over fake fetchers returning mappings or attrs models."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import pytest
from fabapi_core import AsyncPager, ConfigurationError, InvalidArgument, Pager, PageStyle, PaginationError

PAGE_NUMBER = PageStyle.from_extension(
    {
        "style": "page-number",
        "page_param": "page[number]",
        "size_param": "page[size]",
        "items": "data",
        "has_more": "meta.hasMore",
    }
)
NEXT_TOKEN = PageStyle.from_extension(
    {"style": "next-token", "items": "results", "next": "next", "token_param": "cursor"}
)


class Unset:
    """Stands in for a generated package's `Unset`: absent optional fields hold an instance."""

    def __bool__(self) -> bool:
        return False


UNSET: Any = Unset()


@attrs.define
class Meta:
    has_more: bool | Unset = UNSET


@attrs.define
class NumberedPage:
    data: list[str]
    meta: Meta


@attrs.define
class TokenPage:
    results: list[int]
    next_: str | Unset | None = UNSET  # the generator renames a field called `next`


class Recorder:
    def __init__(self, pages: list[Any]) -> None:
        self.pages = pages
        self.calls: list[dict[str, object]] = []

    def __call__(self, arguments: Mapping[str, object]) -> Any:
        self.calls.append(dict(arguments))
        return self.pages[len(self.calls) - 1]


def numbered(*pages: list[str]) -> Recorder:
    return Recorder([{"data": items, "meta": {"hasMore": index < len(pages) - 1}} for index, items in enumerate(pages)])


def test_page_number_over_three_pages() -> None:
    fetch = numbered(["a", "b"], ["c", "d"], ["e"])
    pager: Pager[str, Any] = Pager(fetch, PAGE_NUMBER, page_size=2)
    assert list(pager) == ["a", "b", "c", "d", "e"]
    assert fetch.calls == [
        {"page[number]": 1, "page[size]": 2},
        {"page[number]": 2, "page[size]": 2},
        {"page[number]": 3, "page[size]": 2},
    ]


def test_iterating_again_starts_over() -> None:
    pages = [{"data": ["a"], "meta": {"hasMore": True}}, {"data": ["b"], "meta": {"hasMore": False}}] * 2
    pager: Pager[str, Any] = Pager(Recorder(pages), PAGE_NUMBER)
    assert list(pager) == ["a", "b"]
    assert list(pager) == ["a", "b"]


def test_page_number_over_attrs_models() -> None:
    fetch = Recorder(
        [NumberedPage(["a"], Meta(True)), NumberedPage(["b"], Meta(True)), NumberedPage(["c"], Meta(False))]
    )
    assert list(Pager(fetch, PAGE_NUMBER)) == ["a", "b", "c"]
    assert len(fetch.calls) == 3


def test_empty_page_stops_even_if_has_more() -> None:
    fetch = Recorder([{"data": ["a"], "meta": {"hasMore": True}}, {"data": [], "meta": {"hasMore": True}}])
    assert list(Pager(fetch, PAGE_NUMBER)) == ["a"]
    assert len(fetch.calls) == 2


def test_without_has_more_a_short_page_stops() -> None:
    style = PageStyle.from_extension({"page_param": "page", "size_param": "per_page"})
    fetch = Recorder([{"items": [1, 2]}, {"items": [3]}])
    assert list(Pager(fetch, style, page_size=2)) == [1, 2, 3]
    assert len(fetch.calls) == 2


def test_first_page_number_is_configurable() -> None:
    style = PageStyle.from_extension({"page_param": "page", "first_page": 0, "has_more": "more"})
    fetch = Recorder([{"items": [1], "more": True}, {"items": [2], "more": False}])
    assert list(Pager(fetch, style)) == [1, 2]
    assert [call["page"] for call in fetch.calls] == [0, 1]


def test_next_token_over_three_pages() -> None:
    fetch = Recorder(
        [{"results": [1, 2], "next": "t2"}, {"results": [3], "next": "t3"}, {"results": [4], "next": None}]
    )
    assert list(Pager(fetch, NEXT_TOKEN)) == [1, 2, 3, 4]
    assert fetch.calls == [{}, {"cursor": "t2"}, {"cursor": "t3"}]


def test_next_token_over_attrs_models_with_unset() -> None:
    fetch = Recorder([TokenPage([1], "t2"), TokenPage([2], "")])
    assert list(Pager(fetch, NEXT_TOKEN)) == [1, 2]
    fetch = Recorder([TokenPage([1], "t2"), TokenPage([2])])
    assert list(Pager(fetch, NEXT_TOKEN)) == [1, 2]


def test_repeated_token_raises() -> None:
    fetch = Recorder([{"results": [1], "next": "same"}, {"results": [2], "next": "same"}, {"results": [3]}])
    with pytest.raises(PaginationError, match="twice"):
        list(Pager(fetch, NEXT_TOKEN))


def test_a_server_that_ignores_the_page_number_ends_with_an_error_naming_the_page() -> None:
    # Eiger's real failure mode: every page is page one, and has_more stays true.
    same = Recorder([{"data": ["a", "b"], "meta": {"hasMore": True}}] * 500)
    items: list[str] = []
    with pytest.raises(PaginationError, match=r"page 2 repeats the items of page 1.*'page\[number\]'"):
        items.extend(Pager(same, PAGE_NUMBER, page_size=2))
    assert items == ["a", "b"] and len(same.calls) == 2


def test_a_cycle_of_pages_is_caught_too() -> None:
    cycle = Recorder([{"data": [n % 3], "meta": {"hasMore": True}} for n in range(50)])
    with pytest.raises(PaginationError, match="page 4 repeats the items of page 1"):
        list(Pager(cycle, PAGE_NUMBER).pages())


async def test_the_async_pager_stops_on_a_repeated_page() -> None:
    same = Recorder([{"data": ["a"], "meta": {"hasMore": True}}] * 10)

    async def fetch(arguments: Mapping[str, object]) -> Any:
        return same(arguments)

    with pytest.raises(PaginationError, match="repeats"):
        async for _ in AsyncPager(fetch, PAGE_NUMBER):
            pass
    assert len(same.calls) == 2


def test_max_pages_guard() -> None:
    endless = Recorder([{"data": [n], "meta": {"hasMore": True}} for n in range(100)])
    with pytest.raises(PaginationError, match="max_pages=5"):
        list(Pager(endless, PAGE_NUMBER, max_pages=5))
    assert len(endless.calls) == 5


def test_pages_and_first_page() -> None:
    fetch = numbered(["a"], ["b"])
    pages = list(Pager(fetch, PAGE_NUMBER).pages())
    assert [page["data"] for page in pages] == [["a"], ["b"]]
    first = Pager(numbered(["x"], ["y"]), PAGE_NUMBER).first_page()
    assert first == {"data": ["x"], "meta": {"hasMore": True}}


def test_items_field_that_is_not_a_list() -> None:
    with pytest.raises(PaginationError, match="'data'"):
        list(Pager(Recorder([{"data": {"a": 1}}]), PAGE_NUMBER))


@pytest.mark.asyncio
async def test_async_pager() -> None:
    fetch = Recorder([{"results": [1], "next": "b"}, {"results": [2, 3], "next": "c"}, {"results": [4]}])

    async def afetch(arguments: Mapping[str, object]) -> Any:
        return fetch(arguments)

    pager: AsyncPager[int, Any] = AsyncPager(afetch, NEXT_TOKEN)
    assert [item async for item in pager] == [1, 2, 3, 4]
    assert fetch.calls == [{}, {"cursor": "b"}, {"cursor": "c"}]
    fetch.calls.clear()
    assert [page["results"] async for page in pager.pages()] == [[1], [2, 3], [4]]
    fetch.calls.clear()
    assert await pager.first_page() == {"results": [1], "next": "b"}


@pytest.mark.asyncio
async def test_async_pager_repeated_token() -> None:
    async def afetch(arguments: Mapping[str, object]) -> Any:
        return {"results": [1], "next": "loop"}

    pager: AsyncPager[int, Any] = AsyncPager(afetch, NEXT_TOKEN)
    with pytest.raises(PaginationError):
        [item async for item in pager]


@pytest.mark.parametrize(
    ("extension", "named"),
    [
        ({}, "'style'"),
        ({"style": "offset", "page_param": "p"}, "'offset'"),
        ({"style": "page-number"}, "'page_param'"),
        ({"style": "next-token", "token_param": "c"}, "'next'"),
        ({"page_param": "p", "pagesize": "s"}, "'pagesize'"),
        ({"page_param": ""}, "'page_param'"),
        ({"page_param": "p", "first_page": "1"}, "'first_page'"),
        ({"token_param": "c", "next": 5}, "'next'"),
    ],
)
def test_bad_extension_names_the_key(extension: dict[str, object], named: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        PageStyle.from_extension(extension)
    assert named in str(caught.value)
    assert "x-fabapi-pagination" in str(caught.value)


def test_style_inferred_from_keys() -> None:
    assert PageStyle.from_extension({"page_param": "page"}).style == "page-number"
    assert PageStyle.from_extension({"token_param": "cursor", "next": "n"}).style == "next-token"
    assert PageStyle.from_extension({"page_param": "page"}).items == "items"


TOTAL_PAGES = PageStyle.from_extension(
    {
        "style": "page-number",
        "page_param": "page",
        "size_param": "pageSize",
        "items": "results",
        "total_pages": "totalPages",
    }
)


def test_total_pages_stops_without_an_extra_request() -> None:
    # 3YOURMIND's envelope: full pages, no has_more; totalPages says when to stop.
    fetch = Recorder(
        [
            {"results": [1, 2], "currentPage": 1, "totalPages": 3},
            {"results": [3, 4], "currentPage": 2, "totalPages": 3},
            {"results": [5, 6], "currentPage": 3, "totalPages": 3},
        ]
    )
    assert list(Pager(fetch, TOTAL_PAGES, page_size=2)) == [1, 2, 3, 4, 5, 6]
    assert fetch.calls == [{"page": 1, "pageSize": 2}, {"page": 2, "pageSize": 2}, {"page": 3, "pageSize": 2}]


def test_total_pages_of_one() -> None:
    fetch = Recorder([{"results": [1, 2, 3], "totalPages": 1}])
    assert list(Pager(fetch, TOTAL_PAGES, page_size=10)) == [1, 2, 3]
    assert len(fetch.calls) == 1


NEXT_URL = PageStyle.from_extension(
    {"style": "next-token", "items": "results", "next": "next", "token_param": "page", "next_is_url": True}
)


def test_next_url_passes_its_page_query_back() -> None:
    fetch = Recorder(
        [
            {"results": ["a"], "next": "https://x.example/api/v2.0/ampi/parts/?page=2&pageSize=10", "previous": None},
            {"results": ["b"], "next": "https://x.example/api/v2.0/ampi/parts/?pageSize=10&page=3"},
            {"results": ["c"], "next": None},
        ]
    )
    assert list(Pager(fetch, NEXT_URL)) == ["a", "b", "c"]
    assert fetch.calls == [{}, {"page": 2}, {"page": 3}]


def test_next_url_without_the_parameter_is_a_pagination_error_when_the_next_page_is_asked_for() -> None:
    fetch = Recorder([{"results": ["a", "b"], "next": "https://x.example/parts/?cursor=zz"}])
    items: Iterator[Any] = iter(Pager(fetch, NEXT_URL))
    # The items in hand are handed over; only asking for the page it cannot name fails.
    assert [next(items), next(items)] == ["a", "b"]
    with pytest.raises(PaginationError, match="'page' query parameter"):
        next(items)
    assert fetch.calls == [{}]
    again = Recorder([{"results": ["a"], "next": "https://x.example/parts/?cursor=zz"}])
    with pytest.raises(PaginationError, match="'page' query parameter"):
        list(Pager(again, NEXT_URL).pages())


def test_next_is_url_must_be_a_boolean() -> None:
    with pytest.raises(ConfigurationError, match="next_is_url"):
        PageStyle.from_extension({"next": "next", "token_param": "page", "next_is_url": "yes"})


@pytest.mark.parametrize("pager_class", [Pager, AsyncPager], ids=["sync", "async"])
@pytest.mark.parametrize(
    ("argument", "value", "says"),
    [("page_size", 0, "at least 1"), ("max_pages", -1, "at least 1"), ("page_size", 2.5, "whole number"),
     ("max_pages", True, "whole number")],
)  # fmt: skip
def test_a_bad_page_size_or_max_pages_is_refused_when_the_pager_is_made(
    pager_class: Any, argument: str, value: object, says: str
) -> None:
    fetched: list[Mapping[str, object]] = []
    with pytest.raises(InvalidArgument, match=says) as refused:
        pager_class(fetched.append, PAGE_NUMBER, **{argument: value})
    assert refused.value.argument == argument and repr(argument) in str(refused.value)
    assert fetched == []  # refused before anything was asked for
