"""Calling a generated operation function and unwrapping what it returns.

Generated resource classes call `caller.call(module.sync_detailed, method=..., path=...,
expected=..., renamed=..., constraints=..., **arguments)`. The caller checks the arguments against the
function's annotations and the spec's limits (naming a bad one as the user wrote it, via `renamed`,
also when the generated function itself refuses one, as it does a dot segment in a path), passes its
client, turns the response into the parsed value or an `APIError` that names the real request, and
turns a body the generated parser rejects into `UnexpectedResponse` instead of a bare `KeyError`.

This module holds what both flavours share; the callers are `Caller` (`_sync/caller.py`) and
`AsyncCaller` (`_async/caller.py`, from which the sync one is generated).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from typing import Any, Self
from uuid import UUID

import httpx

from ._arguments import check_arguments
from ._deviations import Deviation, located, report
from ._errors import APIError, InvalidArgument, build_error, parse_body
from ._extras import check_default_headers, check_extras
from ._json import UntrustedJSONError
from ._redaction import Redactor, collect_secrets, searchable
from ._response import Expected, ResponseLike, unwrap_exchange
from ._retries import RetryPolicy
from ._secrets import Secret, SecretLike, is_sensitive_name
from ._settings import KEEP, _Keep, as_policy, check_timeout
from ._transport import CallOptions, Exchange
from ._values import brief

# What a generated parser raises on a body it cannot use at all: `UntrustedJSONError` (a ValueError) from
# `loads_body` for bytes that are no JSON it can read, TypeError from `from_dict` for JSON that is not an
# object where one must be; the others for parsers written before tolerant decoding.
PARSE_ERRORS = (KeyError, TypeError, ValueError, AttributeError, RecursionError)
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class OperationInfo:
    """Where an operation lives in the SDK and how safe it is to call against a live server."""

    resource: str
    method: str
    http_method: str
    path: str
    unsafe: bool = False
    paginated: bool = False


def _snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def as_written(error: InvalidArgument, renamed: Mapping[str, str] | None) -> InvalidArgument:
    """`error`, naming the argument as the user wrote it: a generated function (its `path_segment`)
    knows only its own names, which a resource method may have renamed."""
    shown = (renamed or {}).get(error.argument)
    if shown is None:
        return error
    return InvalidArgument(shown, str(error).replace(repr(error.argument), repr(shown), 1))


def _fill(path: str, arguments: Mapping[str, Any]) -> str:
    def value(match: re.Match[str]) -> str:
        name = match[1]
        for key in (name, _snake(name), f"{_snake(name)}_"):
            if key in arguments:
                return str(arguments[key])
        return match[0]

    return _PLACEHOLDER.sub(value, path)


class _CallSecrets:
    """The client's secrets and those a call's arguments carry (a `token=` path parameter, a body's
    `password`), read only when an error is built: the success path pays nothing."""

    def __init__(self, secrets: Iterable[SecretLike], arguments: Mapping[str, Any]) -> None:
        self._secrets = secrets
        self._arguments = arguments

    def __iter__(self) -> Iterator[SecretLike]:
        yield from self._secrets
        for name, value in self._arguments.items():
            if is_sensitive_name(name) and isinstance(value, str | UUID):
                if searchable(str(value)):
                    yield str(value)
            elif not isinstance(value, str | int | float | bool | None):
                yield from collect_secrets(value)


class CallerBase:
    """What `Caller` and `AsyncCaller` (in `_sync/` and `_async/` caller.py) share: options, errors, unwrapping."""

    def __init__(
        self,
        client: Any,
        *,
        secrets: Iterable[SecretLike] = (),
        options: CallOptions | None = None,
        strict: bool = False,
        auth_headers: Iterable[str] = ("Authorization",),
    ) -> None:
        self._client = client
        self._secrets: tuple[Secret, ...] = tuple(Secret(secret) for secret in secrets)
        # The headers the client's credentials go in: `with_options(default_headers=...)` may not set them.
        self._auth_headers = tuple(auth_headers)
        if strict:
            options = (options or CallOptions()).merged(CallOptions(strict=True))
        self._options = options
        # The generated package the client belongs to: names the records deviations are written to.
        self._package = type(client).__module__.partition(".")[0]

    def check(
        self,
        function: Callable[..., Any],
        /,
        *,
        renamed: Mapping[str, str] | None = None,
        constraints: Mapping[str, Mapping[str, Any]] | None = None,
        **arguments: Any,
    ) -> None:
        """Check a call's arguments now, as `call` would before sending: a listing method does, so a bad
        page size is refused where the listing is asked for, not later where it is iterated.

        Args:
            function: The generated operation function the arguments are for.
            renamed: Generated argument names -> the names the user wrote, for errors.
            constraints: Each argument's schema limits (a page size's range).
            **arguments: The operation's arguments, by generated name.

        Raises:
            InvalidArgument: an argument its type or `constraints` refuse, naming it, its value and the limit.
        """
        check_arguments(function, arguments, renamed or {}, constraints)

    @property
    def options(self) -> CallOptions | None:
        return self._options

    def _for_call(self, http_client: Callable[[], httpx.Client | httpx.AsyncClient]) -> CallOptions | None:
        """This caller's options for one call: `with_options(default_headers=...)` told what the client's
        own defaults send (`http_client()`'s headers), so they replace those and not an operation's header."""
        options = self._options
        if options is None or not options.extras.defaults:
            return options
        return replace(options, extras=options.extras.with_client_values(http_client().headers))

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | _Keep | None = KEEP,
        retries: RetryPolicy | int | _Keep | None = KEEP,
        strict: bool | _Keep = KEEP,
        extra_headers: Mapping[str, str] | None = None,
        extra_query: Mapping[str, object] | None = None,
        extra_body: Mapping[str, object] | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A caller like this one whose calls use another timeout, retry policy and/or strictness, and
        send the extra headers, query parameters and JSON body fields given (added to earlier ones).

        Args:
            timeout: Seconds for each whole call (an `httpx.Timeout`, or None for none); kept when not given.
            retries: A `RetryPolicy`, or how many times to retry (0: never); kept when not given.
            strict: Raise `UnexpectedResponse` on an answer that deviates from its schema; kept when not given.
            extra_headers: Headers every request carries besides its own.
            extra_query: Query parameters added to every request.
            extra_body: Fields merged into every request's JSON object body.
            default_headers: Headers every request carries, replacing the client's default headers of the
                same names and replaced by `extra_headers`; never the credentials' headers, nor a header
                an operation sets itself.

        Returns:
            The new caller, sharing this one's client.

        Raises:
            InvalidArgument: a timeout that is not a positive number, retries that are no policy or count,
                a strict that is not True or False, an extra that cannot be sent, or a default header
                naming a credentials' header.
        """
        if not isinstance(strict, _Keep | bool):
            raise InvalidArgument("strict", f"expected True or False, not {brief(strict)}")
        change = CallOptions(
            timeout=None if isinstance(timeout, _Keep) else check_timeout(timeout),
            retries=None if isinstance(retries, _Keep) else as_policy(retries),
            strict=None if isinstance(strict, _Keep) else strict,
            extras=replace(
                check_extras(extra_headers, extra_query, extra_body),
                defaults=check_default_headers(default_headers, self._auth_headers),
            ),
        )
        merged = (self._options or CallOptions()).merged(change)
        return type(self)(self._client, secrets=self._secrets, options=merged, auth_headers=self._auth_headers)

    @property
    def client(self) -> Any:
        """The generated `Client` every call goes through."""
        return self._client

    def _target(self, exchange: Exchange, method: str, path: str, arguments: Mapping[str, Any]) -> tuple[str, Any]:
        if exchange.request is not None:
            return exchange.request.method, exchange.request.url
        return method.upper(), _fill(path, arguments)

    def _schema_error(self, exchange: Exchange, error: Exception, arguments: Mapping[str, Any]) -> APIError | None:
        """The error a body the generated parser refused amounts to: the status's own error class for an
        error status (the body kept as text), `UnexpectedResponse` otherwise, naming what was wrong."""
        response = exchange.response
        if response is None or exchange.request is None:
            return None
        if isinstance(error, UntrustedJSONError):
            reason = f"response body is not usable JSON: {error}"
        else:
            reason = f"response body does not match the schema ({type(error).__name__}: {error})"
        return build_error(
            status_code=response.status_code,
            content=response.content,
            headers=response.headers,
            reason=reason,
            method=exchange.request.method,
            url=exchange.request.url,
            request_headers=exchange.request.headers,
            secrets=_CallSecrets(self._secrets, arguments),
            attempts=max(1, len(exchange.attempts)),
            earlier_attempt_may_have_acted=exchange.earlier_attempt_may_have_acted,
        )

    def _deviations(
        self,
        response: ResponseLike[Any],
        exchange: Exchange,
        *,
        method: str,
        path: str,
        arguments: Mapping[str, Any],
    ) -> None:
        """After a decode that recorded deviations: in strict mode raise `UnexpectedResponse` naming the
        first; otherwise report them (a warning, a log record, `FABAPI_RECORD`). Error answers are left to
        `unwrap`: their status says more than their shape."""
        status = int(response.status_code)
        if not 200 <= status < 300:
            return
        found = located(response.parsed)
        if not found:
            return
        if self._options is not None and self._options.strict:
            raise self._strict_error(response, exchange, found, arguments)
        report(found, package=self._package, method=method, path=path)

    def _strict_error(
        self,
        response: ResponseLike[Any],
        exchange: Exchange,
        found: list[tuple[str, Deviation]],
        arguments: Mapping[str, Any],
    ) -> APIError:
        where, first = found[0]
        secrets = _CallSecrets(self._secrets, arguments)
        # Masked before it is cut short: a secret cut in two would no longer be recognised.
        redactor = Redactor(secrets)
        redactor.learn_value(parse_body(response.content or b""))
        text = redactor(repr(redactor.value(first.value)))
        shown = "nothing" if first.kind == "missing" else text if len(text) <= 80 else f"{text[:77]}..."
        more = f" (and {len(found) - 1} more)" if len(found) > 1 else ""
        reason = (
            f"response body does not match the schema at {where} ({first.kind}): expected {first.expected},"
            f" received {first.received} {shown}{more}"
        )
        request = exchange.request
        return build_error(
            status_code=int(response.status_code),
            content=response.content or b"",
            headers=response.headers,
            reason=reason,
            method=request.method if request is not None else None,
            url=request.url if request is not None else None,
            request_headers=request.headers if request is not None else None,
            secrets=secrets,
            attempts=max(1, len(exchange.attempts)),
            earlier_attempt_may_have_acted=exchange.earlier_attempt_may_have_acted,
        )

    def _unwrap(
        self,
        response: ResponseLike[Any],
        exchange: Exchange,
        *,
        method: str,
        path: str,
        expected: Expected | None,
        arguments: Mapping[str, Any],
    ) -> Any:
        http_method, url = self._target(exchange, method, path, arguments)
        return unwrap_exchange(
            response,
            expected=expected,
            secrets=_CallSecrets(self._secrets, arguments),
            method=http_method,
            url=url,
            request_headers=exchange.request.headers if exchange.request is not None else None,
            attempts=max(1, len(exchange.attempts)),
            earlier_attempt_may_have_acted=exchange.earlier_attempt_may_have_acted,
        )
