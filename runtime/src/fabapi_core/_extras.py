"""What a call adds to its requests beyond the spec: extra headers, query parameters and JSON body fields.

For what an SDK does not model yet (a beta header, an undocumented filter, a new body field):
`client.with_options(extra_headers={...}, extra_query={...}, extra_body={...}).devices.list()`. Each is
checked when given, so a bad one is an `InvalidArgument` before any request, and applied to every
request of the call (its retries too) by the transport.

Default headers (`default_headers=` of a client or of `with_options`) are checked here too: like extra
headers, except that they never replace the credentials' headers, lie under the extra headers and, from
`with_options`, replace only what the client's own defaults put in a request, never a header the
operation sets itself (a header parameter).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from typing import Any, Final

import httpx

from ._errors import InvalidArgument
from ._values import brief

# RFC 9110 token characters: what a header name may hold.
_TOKEN: Final = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")
# Header values: visible characters, spaces and tabs; never a line break that would start another header.
_VALUE: Final = re.compile(r"[\t\x20-\x7e\x80-\xff]*")
_JSON: Final = "application/json"
# Headers that describe a request's own body and connection: never one default for every request.
_FRAMING: Final = frozenset({"content-type", "content-length", "transfer-encoding", "host"})


@dataclass(frozen=True)
class Extras:
    """Checked extras of a call; empty mappings when none were given."""

    headers: Mapping[str, str]
    query: Mapping[str, str]
    body: Mapping[str, Any]
    # `with_options(default_headers=...)`: set before `headers`, so an extra header of the same name wins.
    defaults: Mapping[str, str] = field(default_factory=dict)
    # What the client's own default headers send under the names of `defaults` (lower-cased), taken at
    # the call (`with_client_values`): a request header with another value is the operation's own.
    client_values: Mapping[str, str] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.headers or self.query or self.body or self.defaults)

    def merged(self, later: Extras) -> Extras:
        """These extras with `later`'s on top (a header of the same name, any case, replaced)."""
        return Extras(
            headers=_over(self.headers, later.headers),
            query={**self.query, **later.query},
            body={**self.body, **later.body},
            defaults=_over(self.defaults, later.defaults),
        )

    def with_client_values(self, client_headers: Mapping[str, str]) -> Extras:
        """These extras knowing what the client's default headers (`client_headers`, an httpx client's)
        send under the names of `defaults`; themselves when there are no defaults."""
        if not self.defaults:
            return self
        values = {name.lower(): client_headers[name] for name in self.defaults if name in client_headers}
        return replace(self, client_values=values)


def _over(earlier: Mapping[str, str], later: Mapping[str, str]) -> dict[str, str]:
    """`later`'s headers on top of `earlier`'s, a name replaced whatever its case."""
    replaced = {name.lower() for name in later}
    return {**{name: value for name, value in earlier.items() if name.lower() not in replaced}, **later}


NO_EXTRAS: Final = Extras({}, {}, {})


def _names(argument: str, given: object) -> Mapping[Any, Any]:
    if not isinstance(given, Mapping):
        raise InvalidArgument(argument, f"{argument} must be a mapping of names to values, not {brief(given)}")
    for name in given:
        if not isinstance(name, str) or not name:
            raise InvalidArgument(argument, f"{argument} names must be non-empty strings, not {brief(name)}")
    return given


def _headers(argument: str, headers: Mapping[str, str] | None) -> dict[str, str]:
    checked: dict[str, str] = {}
    for name, value in _names(argument, headers or {}).items():
        if not _TOKEN.fullmatch(name):
            raise InvalidArgument(argument, f"{argument}: {name!r} is not a header name")
        if not isinstance(value, str) or not _VALUE.fullmatch(value):
            raise InvalidArgument(argument, f"{argument}[{name!r}] must be text on one line")
        checked[name] = value
    return checked


def check_default_headers(headers: Mapping[str, str] | None, protected: Iterable[str]) -> dict[str, str]:
    """`default_headers` checked like extra headers; one naming a header the client's credentials go in
    (`Authorization`, or `protected`, any case) is refused by its name, its value never shown.

    Args:
        headers: The default headers as given, or None.
        protected: The headers the client's auth sets.

    Returns:
        The headers.

    Raises:
        InvalidArgument: not a mapping, a name that is no header name, a value not on one line, or a
            credentials' header.
    """
    checked = _headers("default_headers", headers)
    refused = {name.lower() for name in protected} | {"authorization"}
    for name in checked:
        if name.lower() in refused:
            raise InvalidArgument(
                "default_headers",
                f"default_headers cannot set {name!r}: the client's credentials go there (pass them as its arguments)",
            )
        if name.lower() in _FRAMING:
            raise InvalidArgument("default_headers", f"default_headers cannot set {name!r}: each request's body does")
    return checked


def check_extras(
    headers: Mapping[str, str] | None, query: Mapping[str, object] | None, body: Mapping[str, object] | None
) -> Extras:
    """The extras as given, checked: header names tokens and values on one line, query values scalars,
    body values JSON (no NaN, no infinities). Values are never quoted in an error: a header may be a key."""
    checked_headers = _headers("extra_headers", headers)
    checked_query: dict[str, str] = {}
    for name, value in _names("extra_query", query or {}).items():
        if isinstance(value, bool):
            checked_query[name] = "true" if value else "false"
        elif isinstance(value, str | int) or (isinstance(value, float) and math.isfinite(value)):
            checked_query[name] = str(value)
        else:
            raise InvalidArgument("extra_query", f"extra_query[{name!r}] must be text, a number or a bool")
    checked_body = dict(_names("extra_body", body or {}))
    try:
        json.dumps(checked_body, allow_nan=False)
    except (TypeError, ValueError) as error:
        raise InvalidArgument("extra_body", f"extra_body must hold JSON values only ({type(error).__name__})") from None
    return Extras(checked_headers, checked_query, checked_body)


def apply_extras(request: httpx.Request, extras: Extras) -> httpx.Request:
    """`request` with `extras` in it: headers set, query parameters added, body fields merged into a JSON
    object body. Body fields for a request without one are an `InvalidArgument`, raised before sending."""
    for name, value in extras.defaults.items():
        sent = request.headers.get(name)
        # A header the client's defaults did not give is the operation's own parameter: it stays.
        if sent is None or sent == extras.client_values.get(name.lower()):
            request.headers[name] = value
    for name, value in extras.headers.items():
        request.headers[name] = value
    if extras.query:
        request.url = request.url.copy_merge_params(dict(extras.query))
    if not extras.body:
        return request
    content_type = request.headers.get("content-type", "").split(";", 1)[0].strip().lower()
    if content_type != _JSON:
        shown = content_type or "no body"
        raise InvalidArgument("extra_body", f"extra_body needs a JSON object body; this request sends {shown}")
    sent = json.loads(request.read())
    if not isinstance(sent, dict):
        raise InvalidArgument("extra_body", f"extra_body needs a JSON object body; this one is {type(sent).__name__}")
    content = json.dumps({**sent, **extras.body}).encode()
    return httpx.Request(
        request.method,
        request.url,
        headers={**{k: v for k, v in request.headers.items() if k.lower() != "content-length"}},
        content=content,
        extensions=request.extensions,
    )
