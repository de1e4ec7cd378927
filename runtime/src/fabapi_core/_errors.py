"""The one error hierarchy every fabapi SDK raises.

    FabapiError
    ├── ConfigurationError
    │   └── MissingCredential
    ├── InvalidArgument (also a ValueError)
    ├── UntrustedJSONError (also a ValueError; in _json)   untrusted bytes are not acceptable JSON
    ├── APIError                      the server answered with an error
    │   ├── BadRequest                400
    │   ├── AuthenticationError       401
    │   ├── PermissionDenied          403
    │   ├── NotFound                  404
    │   ├── Conflict                  409
    │   ├── UnprocessableEntity       422
    │   ├── RateLimited               429
    │   ├── ServerError               5xx
    │   └── UnexpectedResponse        undocumented status, invalid JSON, body not matching the schema
    ├── TransportError (also an httpx.TransportError)   no answer, after retries
    │   └── DeadlineExceeded          the call's timeout ran out (retries and waits included)
    ├── DestinationExists (also a FileExistsError)      a helper would replace a file
    ├── PaginationError
    ├── PollTimeout
    └── JobFailed

Messages and reprs pass through redaction: they never contain a credential.
"""

from __future__ import annotations

import datetime as _dt
import errno
import json
import math
import reprlib
from collections.abc import Iterable, Mapping, Sequence
from email.utils import parsedate_to_datetime
from http import HTTPStatus
from typing import Any

import httpx

from ._redaction import Redactor, redact_text
from ._secrets import (
    HeadersLike,
    SecretLike,
    header_items,
    is_sensitive_name,
    redact_headers,
    redact_url,
    scheme_credentials,
)

REQUEST_ID_HEADERS = ("x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id")
# Fields that, by common convention (RFC 9457 and most APIs), hold a human-readable error.
_MESSAGE_FIELDS = ("message", "detail", "error_description", "error", "title")
_SUMMARY_LIMIT = 300
# What a generated model's to_dict / from_dict raise on values that don't fit it.
_MODEL_ERRORS = (KeyError, TypeError, ValueError, AttributeError)


def _restore(cls: type[BaseException], args: tuple[object, ...], state: dict[str, object]) -> BaseException:
    error = cls.__new__(cls)
    error.args = args
    error.__dict__.update(state)
    return error


class FabapiError(Exception):
    """Base of every error a fabapi SDK raises: catch it to catch them all."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Keyword-only constructors break the default pickling of exceptions.
        return (_restore, (type(self), self.args, dict(self.__dict__)))


class ConfigurationError(FabapiError):
    """The SDK is set up wrongly: a bad setting or a malformed spec extension."""


class MissingCredential(ConfigurationError):
    """A required credential was neither passed nor found in the environment."""

    def __init__(self, what: str, *, env_var: str | Sequence[str], argument: str) -> None:
        # Several variables when the vendor renamed them: the current name first, older ones after.
        names = (env_var,) if isinstance(env_var, str) else tuple(env_var)
        older = f" (or {', '.join(names[1:])})" if len(names) > 1 else ""
        super().__init__(f"missing {what}: pass {argument}=... or set the {names[0]} environment variable{older}")
        self.what = what
        self.env_var = names[0]
        self.env_vars = names
        self.argument = argument


class InvalidArgument(FabapiError, ValueError):
    """An argument has a value the SDK cannot use; `.argument` names it."""

    def __init__(self, argument: str, message: str) -> None:
        # A message that doesn't name the argument gets it as a prefix.
        super().__init__(message if argument in message else f"invalid argument {argument!r}: {message}")
        self.argument = argument


class DeviatedField(FabapiError, AttributeError):
    """A required attribute of a decoded model is absent: what the server sent for it deviated from the
    schema (null, missing, another type, a value the format or enum refuses).

    An `AttributeError`, so `hasattr` answers False and `getattr(model, name, default)` the default;
    the message names the model, the attribute, its JSON path within the model's object and the kind
    of deviation, never the value (it may be a secret): that is in the model's `deviations` and `to_dict()`.
    """

    def __init__(self, model: str, attribute: str, *, path: str, kind: str, expected: str, received: str) -> None:
        super().__init__(
            f"{model}.{attribute} is absent: the answer's {path} deviated from the schema ({kind}: expected"
            f" {expected}, received {received}); what was received is in the model's `deviations` and `to_dict()`",
            name=attribute,
        )
        self.model = model
        self.attribute = attribute
        self.path = path
        self.kind = kind


class APIError(FabapiError):
    """The server answered with a status that means failure.

    `body` is the parsed vendor error model when the operation documents one, else the parsed JSON,
    else the text. `raw` is the body as received with the same credentials masked: the unmasked bytes
    are never kept, since an error travels to logs, trackers and reports. `url` and `headers` are
    redacted too. What is masked: the secrets the client and the request carried, every string under
    a credential name (`jwt`, `refreshToken`, `auth`...), JWTs, and the credential after `Bearer`,
    `Basic` or `Token`, wherever they show (see `fabapi_core._redaction`). A vendor model is rebuilt
    from its masked fields; when they no longer fit it, `body` is the masked JSON instead.
    `attempts` counts how often the request was sent; `earlier_attempt_may_have_acted` says an
    earlier one may have been carried out although its answer was lost (a connection cut after
    sending, a 500/502/504): a `NotFound` to a retried DELETE then means the thing is gone.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        body: object = None,
        raw: bytes = b"",
        request_id: str | None = None,
        method: str | None = None,
        url: str | None = None,
        headers: Mapping[str, str] | None = None,
        reason: str | None = None,
        attempts: int = 1,
        earlier_attempt_may_have_acted: bool = False,
    ) -> None:
        super().__init__(message)
        self.attempts = attempts
        self.earlier_attempt_may_have_acted = earlier_attempt_may_have_acted
        self.status_code = status_code
        self.body = body
        self.raw = raw
        self.request_id = request_id
        self.method = method
        self.url = url
        self.headers: dict[str, str] = dict(headers or {})
        self.reason = reason


class BadRequest(APIError):
    """400: the request was malformed."""


class AuthenticationError(APIError):
    """401: credentials missing, wrong or expired."""


class PermissionDenied(APIError):
    """403: authenticated, but not allowed to do this."""


class NotFound(APIError):
    """404: no such resource."""


class Conflict(APIError):
    """409: the resource's state forbids this request."""


class UnprocessableEntity(APIError):
    """422: well-formed, but the server rejected the values."""


class RateLimited(APIError):
    """429: too many requests; `retry_after` is the server's suggested wait in seconds, if it gave one."""

    def __init__(self, message: str, *, retry_after: float | None = None, **kwargs: Any) -> None:
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class ServerError(APIError):
    """5xx: the server failed."""


class UnexpectedResponse(APIError):
    """The answer is not what the API documents: `reason` says how."""

    reason: str

    def __init__(self, message: str, *, reason: str | None = None, **kwargs: Any) -> None:
        super().__init__(message, reason=reason or "unexpected response", **kwargs)


class TransportError(FabapiError, httpx.TransportError):
    """No answer from the server (connection refused, timeout, broken connection), after any retries.

    The httpx error is the `__cause__`.
    """

    def __init__(
        self, message: str, *, request: httpx.Request | None = None, method: str | None = None, url: str | None = None
    ) -> None:
        httpx.TransportError.__init__(self, message, request=request)
        self.method = method
        self.url = url


class DeadlineExceeded(TransportError):
    """The call's timeout ran out before an answer came: it bounds the whole call, retries and waits included."""


class DestinationExists(FabapiError, FileExistsError):
    """A helper would write over a file that is already there; pass `overwrite=True` to allow it."""

    def __init__(self, path: object) -> None:
        message = f"{str(path)!r} already exists; pass overwrite=True to replace it"
        OSError.__init__(self, errno.EEXIST, message, str(path))
        self.path = path

    def __str__(self) -> str:
        return str(self.strerror)

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.path,))


class InsecureTLSWarning(UserWarning):
    """A client was told not to verify TLS certificates (`verify=False`) for a host beyond this machine."""


class PaginationError(FabapiError):
    """The server's pages don't add up: a repeated cursor, or more pages than allowed."""


class PollTimeout(FabapiError):
    """Polling gave up at its deadline; `last` is the last value fetched."""

    def __init__(self, *, last: object, elapsed: float, timeout: float) -> None:
        super().__init__(f"still not done after {elapsed:.1f} s (timeout {timeout:g} s); last value: {_shown(last)}")
        self.last = last
        self.elapsed = elapsed
        self.timeout = timeout


class JobFailed(FabapiError):
    """The polled job reported failure; `last` is the value that said so."""

    def __init__(self, *, last: object, elapsed: float) -> None:
        super().__init__(f"job failed after {elapsed:.1f} s: {_shown(last)}")
        self.last = last
        self.elapsed = elapsed


_BY_STATUS: dict[int, type[APIError]] = {
    400: BadRequest,
    401: AuthenticationError,
    403: PermissionDenied,
    404: NotFound,
    409: Conflict,
    422: UnprocessableEntity,
    429: RateLimited,
}
# A status `_BY_STATUS` does not name, by its hundreds (codegen reads both tables for the `Raises:` docs).
_BY_HUNDRED: dict[int, type[APIError]] = {4: APIError, 5: ServerError}

_repr = reprlib.Repr()
_repr.maxstring = 120
_repr.maxother = 120


def _short(value: object) -> str:
    return _repr.repr(value)


def _shown(value: object) -> str:
    # A polled value may hold credentials (a pre-signed link's signature, an issued token).
    return redact_text(_short(value))


def error_class(status_code: int) -> type[APIError]:
    """The `APIError` subclass for a status: unknown 4xx → `APIError`, below 400 → `UnexpectedResponse`."""
    if status_code in _BY_STATUS:
        return _BY_STATUS[status_code]
    if 500 <= status_code < 600:
        return _BY_HUNDRED[5]
    if status_code >= 400:
        return _BY_HUNDRED[4]
    return UnexpectedResponse


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a `Retry-After` header (delta seconds or HTTP date); None if absent or invalid."""
    if not value:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        pass
    else:
        # "nan", "inf" and "1e999" are floats to Python but no wait a server can mean.
        return max(0.0, seconds) if math.isfinite(seconds) else None
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=_dt.UTC)
    return max(0.0, (when - _dt.datetime.now(_dt.UTC)).total_seconds())


def parse_body(content: bytes, encoding: str | None = None) -> object:
    """The JSON a body holds, else its text, else None when empty."""
    if not content.strip():
        return None
    try:
        return json.loads(content)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the interpreter's stack
        return content.decode(encoding or "utf-8", errors="replace")


def _redact_body(body: object, parsed: object, redactor: Redactor) -> object:
    """The body an error keeps, with no credential inside.

    A vendor model is built again from its masked `to_dict()`; when the masked values don't fit the
    model (or it cannot say what it holds), the masked JSON of the answer is kept instead.
    """
    if body is None or isinstance(body, str | Mapping | list):
        return redactor.value(parsed if body is None else body)
    to_dict = getattr(body, "to_dict", None)
    from_dict = getattr(type(body), "from_dict", None)
    if not callable(to_dict) or not callable(from_dict):
        return body
    try:
        as_dict = to_dict()
    except _MODEL_ERRORS:
        return redactor.value(parsed)
    masked = redactor.value(as_dict)
    if masked == as_dict:
        return body
    try:
        return from_dict(masked)
    except _MODEL_ERRORS:
        return masked


def _compact(value: object) -> str:
    try:
        return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))
    except (TypeError, ValueError):
        return repr(value)


def _summary(body: object) -> str:
    if body is None:
        return ""
    to_dict = getattr(body, "to_dict", None)
    if callable(to_dict):
        try:
            body = to_dict()
        except Exception:  # a half-parsed model; fall back to its repr
            body = repr(body)
    if isinstance(body, Mapping):
        for field in _MESSAGE_FIELDS:
            found = body.get(field)
            if isinstance(found, str) and found.strip():
                text = found
                break
        else:
            text = _compact(body)
    elif isinstance(body, str):
        text = body
    else:
        text = _compact(body)
    text = " ".join(text.split())
    if len(text) > _SUMMARY_LIMIT:
        text = text[: _SUMMARY_LIMIT - 1] + "…"
    return text


def request_secrets(headers: HeadersLike | None, url: str | httpx.URL | None) -> list[str]:
    """Credentials a request carried (auth headers, credential-named query values), to redact from its answer."""
    found: list[str] = []
    if headers is not None:
        for name, value in header_items(headers):
            if is_sensitive_name(name):
                found += scheme_credentials(value)
    if url is not None:
        try:
            params = httpx.URL(str(url)).params
        except httpx.InvalidURL:
            return found
        for name, value in params.multi_items():
            if is_sensitive_name(name) and value:
                found.append(value)
    return found


def build_error(
    *,
    status_code: int,
    content: bytes,
    headers: HeadersLike,
    body: object | None = None,
    reason: str | None = None,
    method: str | None = None,
    url: str | httpx.URL | None = None,
    request_headers: HeadersLike | None = None,
    secrets: Iterable[SecretLike] = (),
    reason_phrase: str | None = None,
    encoding: str | None = None,
    attempts: int = 1,
    earlier_attempt_may_have_acted: bool = False,
) -> APIError:
    """The error for an answer, from its parts; `error_for` and `unwrap` both come here.

    Args:
        status_code: The answer's status.
        content: The answer's bytes.
        headers: The answer's headers.
        body: The parsed vendor error model, if there is one.
        reason: Why the answer is an error, when the status does not say it.
        method: The request's method, for the message.
        url: The request's URL, for the message (masked).
        request_headers: The request's headers, whose credentials are masked in the error.
        secrets: Further values to mask.
        reason_phrase: The answer's reason phrase, for a status Python does not know.
        encoding: The body's text encoding, when the headers do not say it.
        attempts: How often the request was sent.
        earlier_attempt_may_have_acted: Whether an earlier attempt may have been carried out.

    Returns:
        The `APIError` subclass for the status (not raised).

    Raises:
        APIError: never raised here: the error is returned for the caller to raise.
    """
    redactor = Redactor([*secrets, *request_secrets(request_headers, url)])
    response_headers = (
        headers if isinstance(headers, httpx.Headers) else httpx.Headers(list(header_items(headers)), encoding="utf-8")
    )
    # Learn every credential the answer carries first (a JWT it issued, a token it echoed under its
    # name), so the URL, headers, message and raw bytes below are masked with all of them.
    parsed = parse_body(content, encoding)
    redactor.learn_value(parsed)
    raw = redactor.bytes(content)
    body = _redact_body(body, parsed, redactor)
    secret_list = redactor.secrets
    cls = error_class(status_code)
    if cls is UnexpectedResponse and reason is None:
        reason = f"undocumented status {status_code}"

    try:
        phrase = HTTPStatus(status_code).phrase
    except ValueError:
        phrase = reason_phrase or ""
    safe_url = redactor(redact_url(url, secret_list)) if url is not None else None
    request_id = next((response_headers[name] for name in REQUEST_ID_HEADERS if response_headers.get(name)), None)
    if request_id is not None:
        request_id = redactor(request_id)

    message = f"{status_code} {phrase}".rstrip()
    if safe_url is not None:
        message += f" on {method.upper()} {safe_url}" if method else f" on {safe_url}"
    if request_id:
        message += f" (request id {request_id})"
    if reason:
        message += f": {reason}"
    summary = _summary(body)
    if summary:
        message += f": {summary}"
    message = redactor(message)

    fields: dict[str, Any] = {
        "status_code": status_code,
        "body": body,
        "raw": raw,
        "request_id": request_id,
        "method": method.upper() if method else None,
        "url": safe_url,
        "headers": {name: redactor(value) for name, value in redact_headers(response_headers, secret_list).items()},
        "reason": reason,
        "attempts": attempts,
        "earlier_attempt_may_have_acted": earlier_attempt_may_have_acted,
    }
    if cls is RateLimited:
        fields["retry_after"] = parse_retry_after(response_headers.get("retry-after"))
    return cls(message, **fields)


def error_for(
    response: httpx.Response,
    *,
    body: object | None = None,
    reason: str | None = None,
    secrets: Iterable[SecretLike] = (),
) -> APIError:
    """The `APIError` subclass for an httpx response, picked by status.

    `body` is the parsed vendor error model, if there is one; otherwise the JSON or text of the response.
    Credentials the request carried are redacted along with `secrets`.

    Args:
        response: The httpx response.
        body: The parsed vendor error model.
        reason: Why the answer is an error, when the status does not say it.
        secrets: Further values to mask.

    Returns:
        The error (not raised).

    Raises:
        APIError: never raised here: the error is returned for the caller to raise (a streamed body
            not read counts as empty).
    """
    try:
        content = response.content
    except httpx.ResponseNotRead:
        content = b""
    try:
        request: httpx.Request | None = response.request
    except RuntimeError:
        request = None
    return build_error(
        status_code=response.status_code,
        content=content,
        headers=response.headers,
        body=body,
        reason=reason,
        method=request.method if request is not None else None,
        url=request.url if request is not None else None,
        request_headers=request.headers if request is not None else None,
        secrets=secrets,
        reason_phrase=response.reason_phrase,
        encoding=response.encoding,
    )
