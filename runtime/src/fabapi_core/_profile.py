"""One client set-up for every vendor: what the registry says about it, and the settings built from it.

Each package's generated `_vendor.py` holds its `VendorProfile` (written from specs/vendors.toml);
each vendor constructor calls `client_settings(PROFILE, ...)`, so base URL, environment names,
timeout, user agent, retries and transport mean the same for every vendor.
"""

from __future__ import annotations

import ssl
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol, TypedDict, TypeVar

import httpx

from ._auth import auth_headers
from ._credentials import base_url_setting, credential, env_names, setting
from ._errors import ConfigurationError
from ._extras import check_default_headers
from ._http import ClientKwargs, client_kwargs, default_user_agent
from ._retries import RetryPolicy
from ._secrets import Secret
from ._settings import HttpClient, Verify, as_policy, check_connection, check_timeout, check_verify, warn_unverified

Timeout = float | httpx.Timeout | None
Transport = httpx.BaseTransport | httpx.AsyncBaseTransport | None


class Connection(TypedDict, total=False):
    """A vendor constructor's `verify=`, `http_client=` and `default_headers=`, handed on to `client_settings`."""

    verify: Verify | None
    http_client: HttpClient | None
    default_headers: Mapping[str, str] | None


@dataclass(frozen=True)
class VendorProfile:
    """A vendor as its registry entry describes it to the clients."""

    title: str
    package: str
    version: str
    # None when every customer has its own server and there is no default to fall back on.
    base_url: str | None
    # Setting name -> its environment variables, tried in order (the current name first, then names
    # a renamed vendor used before); always has "base_url". A single name may be given as a string.
    env: Mapping[str, str | tuple[str, ...]]
    auth: str
    # The default per-request timeout, in seconds.
    timeout: float
    # A sample base URL for messages, when `base_url` is None.
    base_url_example: str = ""

    def __post_init__(self) -> None:
        if "base_url" not in self.env:
            raise ConfigurationError(f"the {self.title} profile names no environment variable for base_url")
        for name, variables in self.env.items():
            if not env_names(variables) or not all(isinstance(v, str) and v for v in env_names(variables)):
                raise ConfigurationError(f"the {self.title} profile's {name} needs environment variable names")

    @property
    def user_agent(self) -> str:
        """`<package>/<version>` followed by the runtime's, httpx's and Python's."""
        return default_user_agent(f"{self.package}/{self.version}")

    def env_vars(self, name: str) -> tuple[str, ...]:
        """The environment variables of setting `name`, in the order they are read.

        Args:
            name: The setting (`token`, `base_url`...).

        Returns:
            The variables' names.

        Raises:
            ConfigurationError: the profile has no variable for `name`.
        """
        try:
            return env_names(self.env[name])
        except KeyError:
            raise ConfigurationError(f"the {self.title} profile names no environment variable for {name}") from None

    def env_var(self, name: str) -> str:
        """The current environment variable of setting `name` (the first of `env_vars`).

        Args:
            name: The setting.

        Returns:
            The variable's name.

        Raises:
            ConfigurationError: the profile has no variable for `name`.
        """
        return self.env_vars(name)[0]

    def credential(self, value: str | Secret | None, name: str, *, what: str | None = None) -> Secret:
        """A required credential: the argument `name`, else its environment variable.

        Args:
            value: The credential as passed to the client, or None.
            name: The argument's name, which is also the setting's.
            what: Its name for people; `name` when None.

        Returns:
            The credential.

        Raises:
            MissingCredential: it is neither given nor in the environment.
            InvalidArgument: it cannot go into an HTTP header.
            ConfigurationError: the profile has no variable for `name`.
        """
        return credential(value, self.env_vars(name), what=what or name, argument=name)

    def optional_credential(self, value: str | Secret | None, name: str, *, what: str | None = None) -> Secret | None:
        """A credential that may be absent: the argument `name`, else its environment variable, else None.

        Args:
            value: The credential as passed to the client, or None.
            name: The argument's name, which is also the setting's.
            what: Its name for people; `name` when None.

        Returns:
            The credential, or None.

        Raises:
            InvalidArgument: it cannot go into an HTTP header.
            ConfigurationError: the profile has no variable for `name`.
        """
        return credential(value, self.env_vars(name), what=what or name, argument=name, required=False)

    def setting(self, value: str | None, name: str) -> str | None:
        """A non-secret account setting (an id the API matches exactly), checked like a credential.

        Args:
            value: The setting as passed to the client, or None.
            name: The argument's name, which is also the setting's.

        Returns:
            The setting, or None when it is not set.

        Raises:
            InvalidArgument: control or non-ASCII characters.
            ConfigurationError: the profile has no variable for `name`.
        """
        return setting(value, self.env_vars(name), argument=name)


class _Client(Protocol):
    """What a generated `Client` class takes."""

    def __init__(
        self,
        *,
        base_url: str,
        raise_on_unexpected_status: bool,
        headers: dict[str, str],
        timeout: httpx.Timeout,
        httpx_args: dict[str, Any],
    ) -> None: ...


C = TypeVar("C", bound=_Client)


@dataclass(frozen=True)
class ClientSettings:
    """A vendor client's checked settings: where it talks to and how; `client()` builds the generated client."""

    base_url: str
    timeout: httpx.Timeout
    user_agent: str
    retries: RetryPolicy
    transport: Transport
    verify: ssl.SSLContext | bool = True
    http_client: HttpClient | None = None
    # Checked against the vendor's auth in `client()`, which knows the headers it sets.
    default_headers: Mapping[str, str] = field(default_factory=dict, repr=False)

    def _kwargs(self, auth: httpx.Auth | None, headers: Mapping[str, str] | None) -> ClientKwargs:
        return client_kwargs(
            auth=auth,
            timeout=self.timeout,
            retries=self.retries,
            transport=self.transport,
            headers=headers,
            user_agent=self.user_agent,
            verify=self.verify,
            http_client=self.http_client,
        )

    def client(self, cls: type[C], auth: httpx.Auth | None) -> C:
        """The generated `Client` for these settings and the vendor's `auth`; it leaves unexpected
        statuses to the runtime, which raises typed errors for them.

        Args:
            cls: The generated `Client` class.
            auth: The vendor's httpx auth, or None.

        Returns:
            The generated client.

        Raises:
            TypeError: a `cls` that does not take openapi-python-client's `Client` arguments.
            InvalidArgument: `default_headers` naming a header `auth` puts credentials in.
        """
        headers = check_default_headers(self.default_headers, auth_headers(auth))
        kwargs = self._kwargs(auth, headers)
        return cls(base_url=self.base_url, raise_on_unexpected_status=False, **kwargs)

    def plain_httpx_args(self) -> dict[str, Any]:
        """Arguments for `httpx.Client`/`httpx.AsyncClient` fetching pre-signed links: the client's
        timeout, retries, transport (or `http_client`), TLS settings and user agent; no credentials and
        no `default_headers`, which are the API's, not another host's.

        Returns:
            The keyword arguments.

        Raises:
            InvalidArgument: never: the settings were checked when they were made.
        """
        kwargs = self._kwargs(None, None)
        return {"headers": kwargs["headers"], "timeout": kwargs["timeout"], **kwargs["httpx_args"]}


def _base_url(profile: VendorProfile, value: str | None, allow_insecure_http: bool) -> str:
    env_var = profile.env_vars("base_url")
    if profile.base_url is None:
        given = setting(value, env_var)
        if given is None:
            example = f" (e.g. {profile.base_url_example})" if profile.base_url_example else ""
            raise ConfigurationError(
                f"missing {profile.title} base URL: pass base_url=... or set {' or '.join(env_var)}{example};"
                " every customer has its own, so there is no default"
            )
        return base_url_setting(given, env_var, given, allow_insecure_http=allow_insecure_http)
    return base_url_setting(value, env_var, profile.base_url, allow_insecure_http=allow_insecure_http)


def client_settings(
    profile: VendorProfile,
    *,
    base_url: str | None,
    timeout: Timeout,
    retries: RetryPolicy | int | None,
    transport: Transport,
    allow_insecure_http: bool,
    verify: Verify | None = None,
    http_client: HttpClient | None = None,
    default_headers: Mapping[str, str] | None = None,
) -> ClientSettings:
    """Every vendor client's settings, checked before any request.

    The vendor's auth, which may need the base URL (a token refresh endpoint), goes to
    `ClientSettings.client`.

    Args:
        profile: The vendor's profile (names, environment variables, defaults).
        base_url: The argument, else the first of the profile's environment variables set, else its
            default (http(s) with a host, no userinfo, plain http only to loopback unless allowed).
        timeout: Seconds or an `httpx.Timeout` per request, None for no limit.
        retries: A `RetryPolicy`, or how many times to retry; None for the default.
        transport: The transport to retry around; real connections when None.
        allow_insecure_http: Accept plain http to any host.
        verify: TLS verification: True (None too), False (an `InsecureTLSWarning` for a host that is not
            loopback), a CA bundle's path or an `ssl.SSLContext`; proxies from the environment use it too.
        http_client: A caller-owned `httpx.Client`/`httpx.AsyncClient` that makes the connections;
            never closed by the fabapi client.
        default_headers: Headers sent on every request (checked against the auth's in `client()`).

    Returns:
        The checked settings.

    Raises:
        InvalidArgument: a bad base URL, timeout, retries, verify or default header, or options that
            conflict (`http_client=` with `transport=` or `verify=`, `transport=` with `verify=`).
    """
    url = _base_url(profile, base_url, allow_insecure_http)
    check_connection(http_client, transport, verify)
    checked_verify = check_verify(verify)
    # Auth headers are refused in `client()`; the rest is checked now, before anything else is built.
    headers = check_default_headers(default_headers, ())
    # 4: client_settings, the vendor's set-up, its constructor, then the code that built the client.
    warn_unverified(checked_verify, httpx.URL(url).host, stacklevel=4)
    return ClientSettings(
        base_url=url,
        timeout=check_timeout(timeout),
        user_agent=profile.user_agent,
        retries=as_policy(retries),
        transport=transport,
        verify=checked_verify,
        http_client=http_client,
        default_headers=headers,
    )
