"""httpx auth built from `Secret`s, whose reprs never show them."""

from __future__ import annotations

from collections.abc import Generator

import httpx

from ._secrets import Secret, SecretLike


def auth_headers(auth: httpx.Auth | None) -> tuple[str, ...]:
    """The headers `auth` puts credentials in (its `header_names`), `Authorization` for any other auth.

    Args:
        auth: The client's httpx auth, or None.

    Returns:
        The header names; `default_headers` may not set them.

    Raises:
        InvalidArgument: never: an auth without `header_names` counts as using `Authorization`.
    """
    names = getattr(auth, "header_names", ("Authorization",))
    return tuple(str(name) for name in names)


class BasicAuth(httpx.BasicAuth):
    """HTTP Basic auth from a username and password that may be `Secret`s."""

    header_names = ("Authorization",)

    def __init__(self, username: SecretLike, password: SecretLike) -> None:
        self._username = Secret(username)
        self._password = Secret(password)
        super().__init__(self._username.reveal(), self._password.reveal())

    @property
    def secrets(self) -> tuple[Secret, Secret]:
        """Both credentials, for redaction lists."""
        return (self._username, self._password)

    def __repr__(self) -> str:
        return f"BasicAuth(username={self._username!r}, password={self._password!r})"


class HeaderAuth(httpx.Auth):
    """Sets one header from a secret on every request: `HeaderAuth(token, prefix="Token")` sends
    `Authorization: Token <token>`; `HeaderAuth(key, header="X-Api-Key")` sends the bare key."""

    def __init__(self, value: SecretLike, *, header: str = "Authorization", prefix: str | None = None) -> None:
        self._value = Secret(value)
        self.header = header
        self.prefix = prefix
        self.header_names = (header,)

    @property
    def secrets(self) -> tuple[Secret]:
        """The credential, for redaction lists."""
        return (self._value,)

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        """Put the credential into the request's header (httpx calls this for each request).

        Args:
            request: The request to sign.

        Returns:
            httpx's auth flow: the request, signed.

        Raises:
            httpx.HTTPError: never raised here; the request is sent by httpx.
        """
        value = self._value.reveal()
        request.headers[self.header] = f"{self.prefix} {value}" if self.prefix else value
        yield request

    def __repr__(self) -> str:
        prefix = f", prefix={self.prefix!r}" if self.prefix else ""
        return f"HeaderAuth({self._value!r}, header={self.header!r}{prefix})"
