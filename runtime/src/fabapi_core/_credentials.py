"""Credentials and settings: an explicit argument wins, then the environment, then a default.

A setting may have several environment variables (a vendor renamed itself: KittyCAD's token is
`ZOO_API_TOKEN`, and still `KITTYCAD_API_TOKEN`); they are tried in the order given, and the first
one set wins. Messages name the variable a value was read from, or all of them when none is set.
"""

from __future__ import annotations

import ipaddress
import os
import re
from collections.abc import Mapping, Sequence
from typing import Literal, overload

import httpx

from ._errors import ConfigurationError, InvalidArgument, MissingCredential
from ._redaction import redact_text
from ._secrets import MASK, Secret, redact_url

# What an HTTP header value can carry (RFC 9110 field-value, less obs-text): printable ASCII.
# Anything else makes httpx or h11 fail later with an error that quotes the whole header, secret and all.
_PRINTABLE = re.compile(r"[\x20-\x7e]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


# One environment variable, or several tried in order (the current name first, then older ones).
EnvNames = str | Sequence[str]


def env_names(env_var: EnvNames) -> tuple[str, ...]:
    """`env_var` as the ordered tuple of variable names it stands for."""
    return (env_var,) if isinstance(env_var, str) else tuple(env_var)


def _from_env(env_var: EnvNames, environ: Mapping[str, str] | None) -> tuple[str, str] | None:
    """(variable, value) of the first of `env_var` that is set to something besides blanks."""
    source = os.environ if environ is None else environ
    for name in env_names(env_var):
        value = source.get(name)
        # Values read from files or shells often end in a newline nobody meant.
        value = value.strip() if value is not None else None
        if value:
            return name, value
    return None


def _problem(value: str) -> str | None:
    """What keeps `value` out of an HTTP header, in words that never quote it."""
    if _PRINTABLE.fullmatch(value):
        return None
    if _CONTROL.search(value):
        return "holds a control character (a line break or tab inside it?)"
    return "holds a character outside printable ASCII, which an HTTP header cannot carry"


def check_printable(value: str, *, what: str, argument: str | None = None, env_var: str | None = None) -> str:
    """`value` if it can go into an HTTP header; else `InvalidArgument` naming `argument`, or
    `ConfigurationError` naming `env_var`. Neither message shows the value: it may be a secret."""
    problem = _problem(value)
    if problem is None:
        return value
    named = f" (the {what})" if what != argument else ""
    if argument is not None:
        raise InvalidArgument(argument, f"{argument}={named} {problem}; the value is not shown")
    raise ConfigurationError(f"the {env_var} environment variable{named} {problem}; the value is not shown")


@overload
def credential(
    value: str | Secret | None,
    env_var: EnvNames,
    *,
    what: str,
    argument: str | None = None,
    required: Literal[True] = True,
    environ: Mapping[str, str] | None = None,
) -> Secret: ...


@overload
def credential(
    value: str | Secret | None,
    env_var: EnvNames,
    *,
    what: str,
    argument: str | None = None,
    required: bool,
    environ: Mapping[str, str] | None = None,
) -> Secret | None: ...


def credential(
    value: str | Secret | None,
    env_var: EnvNames,
    *,
    what: str,
    argument: str | None = None,
    required: bool = True,
    environ: Mapping[str, str] | None = None,
) -> Secret | None:
    """Resolve a credential: the argument if given, else the first `env_var` environment variable set.

    Surrounding whitespace is dropped from both; empty values count as missing.

    Args:
        value: The credential as passed to the client, or None.
        env_var: The environment variable, or several read in order.
        what: Its name for people (e.g. "API key").
        argument: The parameter that takes it (defaults to `what`).
        required: Whether a missing credential is an error (else None).
        environ: The environment to read (default: `os.environ`).

    Returns:
        The credential as a `Secret`, or None when it is missing and not required.

    Raises:
        MissingCredential: a required credential is missing (naming the argument and the variables).
        InvalidArgument: one that cannot go into an HTTP header (a newline inside, a control or non-ASCII
            character), naming the argument or the variable, never the value.
    """
    name = argument or what.replace(" ", "_").lower()
    if value is not None and not isinstance(value, str | Secret):
        raise InvalidArgument(name, f"expected a str or Secret, got {type(value).__name__}")
    given = Secret(value).reveal().strip() if value is not None else ""
    if given:
        return Secret(check_printable(given, what=what, argument=name))
    found = _from_env(env_var, environ)
    if found is not None:
        variable, text = found
        return Secret(check_printable(text, what=what, env_var=variable))
    if required:
        raise MissingCredential(what, env_var=env_var, argument=name)
    return None


@overload
def setting(
    value: str | None,
    env_var: EnvNames,
    default: str,
    *,
    argument: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str: ...


@overload
def setting(
    value: str | None,
    env_var: EnvNames,
    default: None = None,
    *,
    argument: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str | None: ...


def setting(
    value: str | None,
    env_var: EnvNames,
    default: str | None = None,
    *,
    argument: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> str | None:
    """Resolve a non-secret setting such as a base URL: argument, else environment, else `default`.

    With `argument` (an account id the API matches exactly, such as Kaedim's devID) the value is
    checked like a credential: surrounding whitespace dropped, control and non-ASCII characters
    refused naming the argument or the variable.

    Args:
        value: The setting as passed to the client, or None.
        env_var: The environment variable, or several read in order.
        default: The value when neither is set.
        argument: The parameter that takes it, when it is checked like a credential.
        environ: The environment to read (default: `os.environ`).

    Returns:
        The setting, or None when none is set and there is no default.

    Raises:
        InvalidArgument: with `argument`, a value with control or non-ASCII characters.
    """
    if argument is not None:
        if value is not None and not isinstance(value, str):
            raise InvalidArgument(argument, f"expected a str, got {type(value).__name__}")
        if value and value.strip():
            return check_printable(value.strip(), what=argument, argument=argument)
        found = _from_env(env_var, environ)
        return check_printable(found[1], what=argument, env_var=found[0]) if found is not None else default
    if value:
        return value
    found = _from_env(env_var, environ)
    return found[1] if found is not None else default


_LOOPBACK_NAMES = frozenset({"localhost", "localhost.localdomain"})


def is_loopback(host: str) -> bool:
    """Whether `host` is this machine (localhost, a loopback address): traffic that never leaves it."""
    if host.lower() in _LOOPBACK_NAMES or host.lower().endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


# The authority of a URL (between "://" and the path), to find userinfo even in a URL nothing parses.
_AUTHORITY = re.compile(r"^(?P<head>[A-Za-z][A-Za-z0-9+.-]*://)(?P<authority>[^/?#]*)")


def _userinfo(url: str) -> str | None:
    match = _AUTHORITY.match(url)
    if match is None or "@" not in match["authority"]:
        return None
    return match["authority"].rpartition("@")[0]


def _shown_url(url: str) -> str:
    """The URL for a message: userinfo replaced whole, credential-named query values masked."""
    userinfo = _userinfo(url)
    if userinfo is not None:
        url = url.replace(f"{userinfo}@", f"{MASK}@", 1)
    return redact_url(url)


def base_url_setting(
    value: str | None,
    env_var: EnvNames,
    default: str,
    *,
    allow_insecure_http: bool = False,
    environ: Mapping[str, str] | None = None,
) -> str:
    """The API's base URL (argument, else environment, else `default`), checked before any request.

    It must be http(s) with a host. Plain http would send credentials in clear text, so it is
    accepted only for loopback hosts (mocks, tunnels) unless `allow_insecure_http` says otherwise.
    A URL with userinfo (`https://user:password@host`) is refused.

    Args:
        value: The base URL as passed to the client, or None.
        env_var: The environment variable, or several read in order.
        default: The vendor's base URL.
        allow_insecure_http: Accept plain http to any host.
        environ: The environment to read (default: `os.environ`).

    Returns:
        The base URL.

    Raises:
        InvalidArgument: a URL that is not http(s) with a host, plain http to a host that is not
            loopback (unless allowed), or one with userinfo.
    """
    url = setting(value, env_var, default, environ=environ)
    found = None if value else _from_env(env_var, environ)
    where = f"base_url (from the {found[0]} environment variable)" if found is not None else "base_url"
    shown = _shown_url(url)
    userinfo = _userinfo(url)
    if userinfo is not None:
        raise InvalidArgument(
            "base_url",
            f"{where} {shown!r} carries a user name or password: none of these APIs takes credentials in the URL;"
            " pass them as arguments or environment variables",
        )
    try:
        parsed = httpx.URL(url)
    except httpx.InvalidURL as err:
        raise InvalidArgument("base_url", f"{where} {shown!r} is not a URL: {redact_text(str(err))}") from None
    if parsed.scheme not in ("http", "https") or not parsed.host:
        raise InvalidArgument("base_url", f"{where} {shown!r} must be an http:// or https:// URL with a host")
    if parsed.scheme == "http" and not allow_insecure_http and not is_loopback(parsed.host):
        raise InvalidArgument(
            "base_url",
            f"{where} {shown!r} is plain http to a non-loopback host, which would send credentials unencrypted;"
            " use https, or pass allow_insecure_http=True",
        )
    return url
