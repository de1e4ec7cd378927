"""Keyword arguments for an httpx client of this flavour; built by `_http.build_args` for both."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

import httpx

from .._http import DEFAULT_TIMEOUT, build_args
from .._retries import RetryPolicy


def build_async_httpx_args(
    *,
    auth: httpx.Auth | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    retries: RetryPolicy | int | None = None,
    transport: httpx.AsyncBaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
    user_agent: str | None = None,
    verify: ssl.SSLContext | str | bool = True,
    trust_env: bool = True,
) -> dict[str, Any]:
    """Keyword arguments for an httpx client of this flavour (`httpx.Client(**args)` or
    `httpx.AsyncClient(**args)`): `auth`, `transport`, `timeout`, `headers` (and `mounts` when the
    environment names proxies).

    The transport retries by `retries` (default `RetryPolicy()`) around `transport`, or around real
    connections built with `verify`. For a generated client's `Client(...)`, use `client_kwargs`:
    it passes `headers` and `timeout` as that class's own arguments.
    """
    return build_args(
        auth=auth,
        timeout=timeout,
        retries=retries,
        transport=transport,
        headers=headers,
        user_agent=user_agent,
        verify=verify,
        trust_env=trust_env,
    )
