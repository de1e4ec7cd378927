"""A caller-owned httpx client (`http_client=`) as the connection layer under fabapi's own transport.

The request fabapi built (base URL, auth, headers, timeout, extras) goes through the caller's client for
what it owns: its transport or mounts, proxies, TLS settings, connection limits, HTTP/2 and event hooks.
Retries, the call's deadline and error redaction stay fabapi's, wrapped around it. The caller's own
base URL, headers, auth, cookies and timeout are not used (the request already has fabapi's), redirects
are left to fabapi (not followed), and closing the fabapi client never closes the caller's.
"""

from __future__ import annotations

import httpx

from ._errors import ConfigurationError


class BorrowedClient(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """Sends each attempt with `client.send`; `close()` leaves the client to its owner."""

    def __init__(self, client: httpx.Client | httpx.AsyncClient) -> None:
        self._client = client

    def _closed(self) -> ConfigurationError:
        return ConfigurationError("the httpx client given as http_client= is closed; its owner closed it")

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._client, httpx.Client):
            raise ConfigurationError("http_client= is an httpx.AsyncClient; the sync client needs an httpx.Client")
        if self._client.is_closed:
            raise self._closed()
        # auth=None: fabapi's auth signed the request already; the caller's must not replace it.
        return self._client.send(request, stream=True, auth=None, follow_redirects=False)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if not isinstance(self._client, httpx.AsyncClient):
            raise ConfigurationError("http_client= is an httpx.Client; the async client needs an httpx.AsyncClient")
        if self._client.is_closed:
            raise self._closed()
        return await self._client.send(request, stream=True, auth=None, follow_redirects=False)

    def close(self) -> None:
        """Nothing: the client belongs to whoever passed it."""

    async def aclose(self) -> None:
        """Nothing: the client belongs to whoever passed it."""
