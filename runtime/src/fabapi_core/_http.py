"""Arguments for the httpx clients a generated SDK builds: auth, retrying transport, timeout, headers.

`build_httpx_args` and `build_async_httpx_args` (in `_sync/` and `_async/` http.py) hand them to an
httpx client of their flavour; `client_kwargs` to a generated `Client`, which serves both.
"""

from __future__ import annotations

import ipaddress
import platform
import ssl
import urllib.request
from collections.abc import Mapping
from typing import Any, TypedDict

import httpx

from ._borrowed import BorrowedClient
from ._logging import configure_from_env
from ._retries import RetryPolicy, transport_pair
from ._settings import HttpClient, as_policy, check_timeout
from ._transport import FabapiTransport
from ._version import __version__

DEFAULT_TIMEOUT = 30.0


def default_user_agent(product: str | None = None) -> str:
    """`product fabapi-core/x httpx/y python/z`, e.g. `default_user_agent("fabapi-acme/1.0")`.

    Args:
        product: The product to name first; none when None.

    Returns:
        The User-Agent header's value.

    Raises:
        InvalidArgument: never: any product text is used as given.
    """
    parts = [product] if product else []
    parts += [f"fabapi-core/{__version__}", f"httpx/{httpx.__version__}", f"python/{platform.python_version()}"]
    return " ".join(parts)


def _headers(headers: Mapping[str, str] | None, user_agent: str | None) -> dict[str, str]:
    merged = {"User-Agent": user_agent or default_user_agent()}
    for name, value in (headers or {}).items():
        # Case-insensitive override, so a caller's "user-agent" replaces ours instead of doubling it.
        for existing in [key for key in merged if key.lower() == name.lower()]:
            del merged[existing]
        merged[name] = value
    return merged


def _is_ip(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("/")[0])
    except ValueError:
        return False
    return True


def _proxy_mounts(policy: RetryPolicy, verify: ssl.SSLContext | str | bool) -> dict[str, FabapiTransport | None]:
    """Proxies from the environment, as httpx would apply them itself if we didn't pass our own transport."""
    proxies = urllib.request.getproxies()
    mounts: dict[str, FabapiTransport | None] = {}
    for scheme in ("http", "https", "all"):
        url = proxies.get(scheme)
        if url:
            url = url if "://" in url else f"http://{url}"
            mounts[f"{scheme}://"] = transport_pair(
                policy,
                httpx.HTTPTransport(proxy=url, verify=verify),
                httpx.AsyncHTTPTransport(proxy=url, verify=verify),
            )
    if not mounts:
        return {}
    for host in (item.strip() for item in proxies.get("no", "").split(",")):
        if host == "*":
            return {}
        if not host:
            continue
        # None sends matching hosts through the default (direct) transport; same rules as httpx.
        if "://" in host:
            mounts[host] = None
        elif _is_ip(host) and ":" in host:
            mounts[f"all://[{host}]"] = None
        elif _is_ip(host) or host.lower() == "localhost":
            mounts[f"all://{host}"] = None
        else:
            mounts[f"all://*{host}"] = None
    return mounts


def build_args(
    *,
    auth: httpx.Auth | None,
    timeout: float | httpx.Timeout | None,
    retries: RetryPolicy | int | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    headers: Mapping[str, str] | None,
    user_agent: str | None,
    verify: ssl.SSLContext | str | bool,
    trust_env: bool,
    http_client: HttpClient | None = None,
) -> dict[str, Any]:
    configure_from_env()
    policy = as_policy(retries)
    if http_client is not None:
        # The caller's client makes the connections (its proxies and TLS too); fabapi retries around it.
        borrowed = BorrowedClient(http_client)
        wrapped = transport_pair(policy, borrowed, borrowed)
    elif transport is None:
        wrapped = transport_pair(
            policy,
            httpx.HTTPTransport(verify=verify, trust_env=trust_env),
            httpx.AsyncHTTPTransport(verify=verify, trust_env=trust_env),
        )
    else:
        wrapped = transport_pair(
            policy,
            transport if isinstance(transport, httpx.BaseTransport) else None,
            transport if isinstance(transport, httpx.AsyncBaseTransport) else None,
        )
    args: dict[str, Any] = {
        "auth": auth,
        "transport": wrapped,
        "timeout": check_timeout(timeout),
        "headers": _headers(headers, user_agent),
    }
    if transport is None and http_client is None and trust_env:
        # Passing a transport turns off httpx's own proxy-from-environment handling; put it back.
        mounts = _proxy_mounts(policy, verify)
        if mounts:
            args["mounts"] = mounts
    return args


class ClientKwargs(TypedDict):
    """Keyword arguments for a generated `Client(base_url=..., **kwargs)`."""

    headers: dict[str, str]
    timeout: httpx.Timeout
    httpx_args: dict[str, Any]


def client_kwargs(
    *,
    auth: httpx.Auth | None = None,
    timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
    retries: RetryPolicy | int | None = None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None = None,
    headers: Mapping[str, str] | None = None,
    user_agent: str | None = None,
    verify: ssl.SSLContext | str | bool = True,
    trust_env: bool = True,
    http_client: HttpClient | None = None,
) -> ClientKwargs:
    """`build_httpx_args` split the way an openapi-python-client `Client` takes it.

    That `Client` passes its own `headers=` and `timeout=` to httpx next to `**httpx_args`, so those two
    must not be inside `httpx_args`. One set serves its sync and async httpx clients alike.

    Args:
        auth: The httpx auth that signs each request.
        timeout: Seconds (or an `httpx.Timeout`) per request; None for no limit.
        retries: A `RetryPolicy`, or how many times to retry; None for the default policy.
        transport: The transport to retry around; real connections when None.
        headers: Extra headers on every request.
        user_agent: The product in the User-Agent (`fabapi-acme/1.0`).
        verify: TLS verification, as httpx takes it.
        trust_env: Whether proxies and certificates come from the environment.
        http_client: A caller-owned httpx client to send through (its connections, proxies and TLS);
            fabapi's retries and deadline wrap it, and closing never closes it.

    Returns:
        `headers`, `timeout` and `httpx_args` for the generated `Client`.

    Raises:
        InvalidArgument: a timeout or retries value that is not one.
    """
    args = build_args(
        auth=auth,
        timeout=timeout,
        retries=retries,
        transport=transport,
        headers=headers,
        user_agent=user_agent,
        verify=verify,
        trust_env=trust_env,
        http_client=http_client,
    )
    return ClientKwargs(headers=args.pop("headers"), timeout=args.pop("timeout"), httpx_args=args)
