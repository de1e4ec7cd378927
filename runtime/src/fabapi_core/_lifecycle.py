"""What every vendor's entry client does the same way: repr without secrets, close, context managers."""

from __future__ import annotations

import copy
from typing import Any, Self

import httpx

from ._retries import RetryPolicy
from ._secrets import redact_url
from ._settings import KEEP, _Keep


def _with_options(client: Any, timeout: Any, retries: Any) -> Any:
    clone = copy.copy(client)
    # The clone shares the connection pool; only the caller its resources go through differs.
    clone._bind(client._caller.with_options(timeout=timeout, retries=retries))
    return clone


class ClientLifecycle:
    """Mixed into a sync entry client that keeps its generated client in `_client`."""

    _client: Any
    base_url: str

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | _Keep | None = KEEP,
        retries: RetryPolicy | int | _Keep | None = KEEP,
    ) -> Self:
        """This client with another timeout and/or retry policy for the calls made through it:
        `client.with_options(timeout=5, retries=0).devices.list()`. Settings not given are kept."""
        clone: Self = _with_options(self, timeout, retries)
        return clone

    def close(self) -> None:
        """Close the client's connections; `with` does it on leaving."""
        self._client.get_httpx_client().close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class AsyncClientLifecycle:
    """The async twin of `ClientLifecycle`."""

    _client: Any
    base_url: str

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={redact_url(self.base_url)!r})"

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | _Keep | None = KEEP,
        retries: RetryPolicy | int | _Keep | None = KEEP,
    ) -> Self:
        """This client with another timeout and/or retry policy for the calls made through it:
        `client.with_options(timeout=5, retries=0).devices.list()`. Settings not given are kept."""
        clone: Self = _with_options(self, timeout, retries)
        return clone

    async def aclose(self) -> None:
        """Close the client's connections; `async with` does it on leaving."""
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
