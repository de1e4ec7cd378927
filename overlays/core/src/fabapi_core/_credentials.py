"""Credentials and settings: an explicit argument wins, then the environment, then a default."""

from __future__ import annotations

import ipaddress
import os
from collections.abc import Mapping
from typing import Literal, overload

import httpx

from ._errors import InvalidArgument, MissingCredential
from ._secrets import Secret


def _from_env(env_var: str, environ: Mapping[str, str] | None) -> str | None:
    value = (os.environ if environ is None else environ).get(env_var)
    # Values read from files or shells often end in a newline nobody meant.
    value = value.strip() if value is not None else None
    return value or None


@overload
def credential(
    value: str | Secret | None,
    env_var: str,
    *,
    what: str,
    argument: str | None = None,
    required: Literal[True] = True,
    environ: Mapping[str, str] | None = None,
) -> Secret: ...


@overload
def credential(
    value: str | Secret | None,
    env_var: str,
    *,
    what: str,
    argument: str | None = None,
    required: bool,
    environ: Mapping[str, str] | None = None,
) -> Secret | None: ...


def credential(
    value: str | Secret | None,
    env_var: str,
    *,
    what: str,
    argument: str | None = None,
    required: bool = True,
    environ: Mapping[str, str] | None = None,
) -> Secret | None:
    """Resolve a credential: the argument if given, else the `env_var` environment variable.

    `what` names it for people (e.g. "API key"), `argument` is the parameter that takes it (defaults
    to `what`). A missing required credential raises `MissingCredential` naming both, never a value.
    Empty values count as missing.
    """
    if value is not None and not isinstance(value, str | Secret):
        raise InvalidArgument(argument or what, f"expected a str or Secret, got {type(value).__name__}")
    if value:
        return Secret(value)
    found = _from_env(env_var, environ)
    if found is not None:
        return Secret(found)
    if required:
        raise MissingCredential(what, env_var=env_var, argument=argument or what.replace(" ", "_").lower())
    return None


@overload
def setting(value: str | None, env_var: str, default: str, *, environ: Mapping[str, str] | None = None) -> str: ...


@overload
def setting(
    value: str | None, env_var: str, default: None = None, *, environ: Mapping[str, str] | None = None
) -> str | None: ...


def setting(
    value: str | None, env_var: str, default: str | None = None, *, environ: Mapping[str, str] | None = None
) -> str | None:
    """Resolve a non-secret setting such as a base URL: argument, else environment, else `default`."""
    if value:
        return value
    found = _from_env(env_var, environ)
    return found if found is not None else default


_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def _is_loopback(host: str) -> bool:
    if host.lower() in _LOOPBACK_NAMES or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def base_url_setting(
    value: str | None,
    env_var: str,
    default: str,
    *,
    allow_insecure_http: bool = False,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The API's base URL (argument, else environment, else `default`), checked before any request.

    It must be http(s) with a host. Plain http would send credentials in clear text, so it is
    accepted only for loopback hosts (mocks, tunnels) unless `allow_insecure_http` says otherwise.
    """
    url = setting(value, env_var, default, environ=environ)
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as err:
        raise InvalidArgument("base_url", f"{url!r} is not a URL: {err}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidArgument("base_url", f"{url!r} must be an http:// or https:// URL with a host")
    if parsed.scheme == "http" and not allow_insecure_http and not _is_loopback(parsed.host):
        raise InvalidArgument(
            "base_url",
            f"{url!r} is plain http to a non-loopback host, which would send credentials unencrypted;"
            " use https, or pass allow_insecure_http=True",
        )
    return url
