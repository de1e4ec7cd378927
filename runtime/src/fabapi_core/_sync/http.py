# Generated from fabapi_core/_async/http.py by codegen/unasync.py (`nox -s generate`): do not edit.
"""Keyword arguments for an httpx client of this flavour; built by `_http.build_args` for both."""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from typing import Any

import httpx

from .._http import DEFAULT_TIMEOUT, build_args
from .._retries import RetryPolicy


def build_httpx_args(
    *,
    auth: httpx.Auth | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    retries: RetryPolicy | int | None = None,
    transport: httpx.BaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
    user_agent: str | None = None,
    verify: ssl.SSLContext | str | bool = True,
    trust_env: bool = True,
) -> dict[str, Any]:
    """Keyword arguments for an httpx client of this flavour (`httpx.Client(**args)` or
    `httpx.AsyncClient(**args)`): `auth`, `transport`, `timeout`, `headers` (and `mounts` when the
    environment names proxies). The transport retries by `retries` around `transport`, or around real
    connections built with `verify`. For a generated client's `Client(...)`, use `client_kwargs`.

    Args:
        auth: The httpx auth that signs each request.
        timeout: Seconds (or an `httpx.Timeout`) per request; None for no limit.
        retries: A `RetryPolicy`, or how many times to retry; None for the default policy.
        transport: The transport to retry around; real connections when None.
        headers: Extra headers on every request.
        user_agent: The product in the User-Agent (`fabapi-acme/1.0`).
        verify: TLS verification, as httpx takes it.
        trust_env: Whether proxies and certificates come from the environment.

    Returns:
        The keyword arguments.

    Raises:
        InvalidArgument: a timeout or retries value that is not one.
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
