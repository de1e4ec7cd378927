"""Turning a generated client's `Response` into its parsed value, or the right `APIError`.

The generated `Response` (status_code, content, headers, parsed) is duck-typed, so this package
imports no generated code.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

import httpx

from ._errors import APIError, build_error
from ._json import UntrustedJSONError, loads_body
from ._secrets import HeadersLike, SecretLike

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

Expected = Collection[int] | Mapping[int, "type[Any] | None"]


class ResponseLike(Protocol[T_co]):
    """What `unwrap` needs of a response: openapi-python-client's `types.Response` has it."""

    @property
    def status_code(self) -> int: ...

    @property
    def content(self) -> bytes: ...

    @property
    def headers(self) -> Mapping[str, str]: ...

    @property
    def parsed(self) -> T_co | None: ...


def unwrap(
    response: ResponseLike[T],
    *,
    expected: Expected | None = None,
    secrets: Iterable[SecretLike] = (),
    method: str | None = None,
    url: str | httpx.URL | None = None,
) -> T | None:
    """The parsed value of a successful response; otherwise raise the matching `APIError`.

    `expected` lists the documented statuses (a mapping may give each one's parsed type, None for no
    body). Raises the status's `APIError` subclass for >= 400 (its `body` is the parsed error model
    when there is one), and `UnexpectedResponse` for an undocumented status, a body that isn't JSON
    where one was to be parsed, or a parsed value of the wrong type. `method` and `url` only make
    the message more useful.
    """
    return unwrap_exchange(response, expected=expected, secrets=secrets, method=method, url=url)


def unwrap_exchange(
    response: ResponseLike[T],
    *,
    expected: Expected | None,
    secrets: Iterable[SecretLike],
    method: str | None,
    url: str | httpx.URL | None,
    request_headers: HeadersLike | None = None,
    attempts: int = 1,
    earlier_attempt_may_have_acted: bool = False,
) -> T | None:
    """`unwrap`, also told the request's headers so the credentials they carried are redacted, and how
    often the request was sent (see `APIError.attempts`)."""
    status = int(response.status_code)
    content = response.content or b""
    parsed = response.parsed

    def error(reason: str | None = None, body: object | None = None) -> APIError:
        return build_error(
            status_code=status,
            content=content,
            headers=response.headers,
            body=body,
            reason=reason,
            method=method,
            url=url,
            request_headers=request_headers,
            secrets=secrets,
            attempts=attempts,
            earlier_attempt_may_have_acted=earlier_attempt_may_have_acted,
        )

    if status >= 400:
        raise error(body=parsed)
    if expected is not None and status not in expected:
        raise error(reason=f"undocumented status {status}")
    if expected is None and not 200 <= status < 300:
        raise error(reason=f"unexpected status {status}")

    kind = expected.get(status) if isinstance(expected, Mapping) else None
    if parsed is None:
        if content.strip() and (kind is not None or not isinstance(expected, Mapping)):
            try:
                loads_body(content)
            except UntrustedJSONError as refused:
                raise error(reason=f"response body is not usable JSON: {refused}") from None
        if kind is not None:
            raise error(reason=f"expected a {getattr(kind, '__name__', kind)} body, got none")
        return None
    if isinstance(kind, type) and not isinstance(parsed, kind):
        raise error(reason=f"response body is a {type(parsed).__name__}, not a {kind.__name__}")
    return parsed


@dataclass(frozen=True)
class RawResponse(Generic[T]):
    """A response as received, for callers that want headers or bytes as well as the parsed value."""

    status_code: int
    headers: Mapping[str, str] = field(repr=False)
    content: bytes = field(repr=False)
    parsed: T | None

    @classmethod
    def from_response(cls, response: ResponseLike[T], parsed: T | None = None) -> RawResponse[T]:
        value = response.parsed if parsed is None else parsed
        return cls(int(response.status_code), dict(response.headers), response.content or b"", value)

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    def json(self) -> Any:
        """The body's JSON value; `UntrustedJSONError` (a ValueError) says what is wrong with one that has none."""
        return loads_body(self.content)
