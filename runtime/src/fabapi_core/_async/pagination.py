"""Iterating every item, or every page, of a paginated operation: the walk itself is `PageWalk`."""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import Generic, TypeVar, cast

from .._pagination import PageStyle, PageWalk, check_limits

T = TypeVar("T")
P = TypeVar("P")


class AsyncPager(Generic[T, P]):
    """Iterate every item across pages (`for item in pager`); `.pages()` yields the page objects themselves.

    Typed by both: `T` the item, `P` the page (the operation's answer), so `page.items` is checked too.

    `fetch` is called with the page-control arguments under their wire names, e.g. `{"page[number]": 2}`.
    Each iteration starts again from the first page. The async flavour iterates with `async for`.
    A `page_size` or `max_pages` under 1 (or not a whole number) is an `InvalidArgument` here, not later.
    """

    def __init__(
        self,
        fetch: Callable[[Mapping[str, object]], Awaitable[P]],
        style: PageStyle,
        *,
        page_size: int | None = None,
        max_pages: int | None = None,
    ) -> None:
        self._fetch = fetch
        self.style = style
        self.page_size, self.max_pages = check_limits(page_size, max_pages)

    async def pages(self) -> AsyncIterator[P]:
        """Every page of the listing, fetched one at a time as the iteration asks for it.

        Returns:
            An iterator over whole pages (the operation's answer type), items and paging fields included.

        Raises:
            PaginationError: a page repeated an earlier one (a server that ignores the page number).
            APIError: the server refused a page's request (`AuthenticationError`, `ServerError`...).
        """
        walk = PageWalk(self.style, self.page_size, self.max_pages)
        while not walk.done:
            page = await self._fetch(walk.arguments())
            walk.advance(page)
            yield page

    async def _items(self) -> AsyncIterator[T]:
        walk = PageWalk(self.style, self.page_size, self.max_pages)
        while not walk.done:
            for item in walk.advance(await self._fetch(walk.arguments())):
                yield cast(T, item)

    def __aiter__(self) -> AsyncIterator[T]:
        return self._items()

    async def first_page(self) -> P:
        """The first page only, with the listing's page size.

        Returns:
            The first page (the operation's answer type).

        Raises:
            APIError: the server refused the request (`AuthenticationError`, `ServerError`...).
        """
        return await self._fetch(PageWalk(self.style, self.page_size, self.max_pages).arguments())

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.style.style}, page_size={self.page_size})"
