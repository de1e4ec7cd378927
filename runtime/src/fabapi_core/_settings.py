"""Checking the settings a client or a call takes, before any request: timeouts, retries, TLS and connections."""

from __future__ import annotations

import os
import ssl
import warnings
from pathlib import Path

import httpx

from ._credentials import is_loopback
from ._errors import InsecureTLSWarning, InvalidArgument
from ._retries import RetryPolicy
from ._values import brief, finite_number


class _Keep:
    """Marks a per-call setting that was not given, so the client's own applies."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


def check_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    """`timeout` as an `httpx.Timeout`; `InvalidArgument` naming it when it is not a positive number or None."""
    if isinstance(timeout, httpx.Timeout):
        parts = timeout.as_dict().items()
    elif (isinstance(timeout, int | float) and not isinstance(timeout, bool)) or timeout is None:
        parts = {"timeout": timeout}.items()
    else:
        raise InvalidArgument("timeout", f"expected seconds as a number, an httpx.Timeout or None, not {timeout!r}")
    for name, value in parts:
        if value is None:
            continue
        try:
            # inf and 10**400 are refused too: the socket layer cannot hold them (None is "no limit").
            finite_number(value, "timeout", above=0)
        except InvalidArgument:
            reason = f"{name} must be a finite number of seconds over 0 (or None for no limit), not {brief(value)}"
            raise InvalidArgument("timeout", reason) from None
    return timeout if isinstance(timeout, httpx.Timeout) else httpx.Timeout(timeout)


def as_policy(retries: RetryPolicy | int | None) -> RetryPolicy:
    """`retries` as a policy: None is the default policy, a number is how many retries it allows."""
    if retries is None:
        return RetryPolicy()
    if isinstance(retries, RetryPolicy):
        return retries
    if isinstance(retries, int) and not isinstance(retries, bool):
        if retries < 0:
            raise InvalidArgument("retries", f"must be 0 or more, not {retries}")
        return RetryPolicy(attempts=retries)
    raise InvalidArgument("retries", f"expected a RetryPolicy, a number of retries or None, not {retries!r}")


Verify = bool | str | os.PathLike[str] | ssl.SSLContext
HttpClient = httpx.Client | httpx.AsyncClient


def check_verify(verify: Verify | None) -> ssl.SSLContext | bool:
    """`verify` as httpx takes it: True (the default, None too), False, an `ssl.SSLContext`, or the path of
    a CA bundle file or directory, read into a context here (httpx deprecates paths); `InvalidArgument`
    naming it for anything else, a path that does not exist or a file that holds no certificate."""
    if verify is None:
        return True
    if isinstance(verify, bool | ssl.SSLContext):
        return verify
    if not isinstance(verify, str | os.PathLike):
        raise InvalidArgument(
            "verify", f"expected True, False, a CA bundle path or an ssl.SSLContext, not {brief(verify)}"
        )
    path = Path(verify)
    try:
        if path.is_dir():
            return ssl.create_default_context(capath=path)
        if path.is_file():
            return ssl.create_default_context(cafile=path)
    except (ssl.SSLError, OSError) as error:
        raise InvalidArgument("verify", f"verify: {str(path)!r} holds no usable CA certificate ({error})") from None
    raise InvalidArgument("verify", f"verify: no CA bundle file or directory at {str(path)!r}")


def check_connection(
    http_client: HttpClient | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    verify: Verify | None,
) -> None:
    """Refuse options that would each decide how to connect: `http_client=` brings its own transport and
    TLS settings, and a `transport=` its own TLS; `InvalidArgument` naming both."""
    if http_client is not None and not isinstance(http_client, httpx.Client | httpx.AsyncClient):
        raise InvalidArgument("http_client", f"expected an httpx.Client or httpx.AsyncClient, not {brief(http_client)}")
    if http_client is not None and transport is not None:
        raise InvalidArgument(
            "http_client", "pass http_client= or transport=, not both: give the transport to your httpx client"
        )
    if http_client is not None and verify is not None:
        raise InvalidArgument(
            "http_client", "pass http_client= or verify=, not both: give verify= to your httpx client"
        )
    if transport is not None and verify is not None:
        raise InvalidArgument(
            "verify", "pass transport= or verify=, not both: a transport makes its own connections and TLS"
        )


def warn_unverified(verify: ssl.SSLContext | bool, host: str, *, stacklevel: int) -> None:
    """An `InsecureTLSWarning` when certificates go unchecked for a host beyond this machine: allowed, never
    silent. `stacklevel` counts from the caller of this function, as `warnings.warn` does from its own."""
    if verify is False and not is_loopback(host):
        warnings.warn(
            f"verify=False: TLS certificates of {host} are not checked, so anyone on the way can read and change"
            " the traffic, credentials included",
            InsecureTLSWarning,
            stacklevel=stacklevel + 1,
        )
