"""Closing an entry client, by hand or as a context manager."""

from __future__ import annotations

from typing import Self

from .._lifecycle import LifecycleBase


class AsyncClientLifecycle(LifecycleBase):
    """Mixed into an entry client of this flavour that keeps its generated client in `_client`."""

    async def aclose(self) -> None:
        """Close the client's connections; using the client as a context manager closes it on leaving.

        Raises:
            TransportError: never for an idle client; httpx's own error if closing a connection fails.
        """
        await self._client.get_async_httpx_client().aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()
