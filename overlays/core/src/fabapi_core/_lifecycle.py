"""What every vendor's entry client does the same way: repr without secrets, close, context managers."""

from __future__ import annotations

from typing import Any, Self


class ClientLifecycle:
    """Mixed into a sync entry client that keeps its generated client in `_client`."""

    _client: Any
    base_url: str

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    def close(self) -> None:
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
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    async def aclose(self) -> None:
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
