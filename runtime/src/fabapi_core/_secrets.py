"""Secret values and the redaction every message and header dump passes through."""

from __future__ import annotations

import base64
import functools
import hmac
import json
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import TypeAlias
from urllib.parse import quote, quote_plus, unquote, unquote_plus, urlsplit, urlunsplit

import httpx

MASK = "***"

# Header names that always carry credentials.
_SENSITIVE_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"})
# A name is sensitive when it contains one of these anywhere (separators removed: `refresh-token`,
# `refreshToken`, `X-API-Key` as `xapikey`)...
_SENSITIVE_PARTS = (
    "token",
    "secret",
    "passw",
    "passphrase",
    "credential",
    "signature",
    "jwt",
    "bearer",
    "apikey",
    "accesskey",
    "privatekey",
    "cookie",
    "authorization",
)
# ... or has one of these as a whole word (`access_key`, `auth`, `session_id`; not `monkey`, `author`).
_SENSITIVE_WORDS = frozenset({"key", "keys", "auth", "session", "sig", "pwd", "otp", "private"})
# A last word that makes the name describe a credential rather than hold one: `tokenExpiresAt`,
# `sessionExpireAt` (Kaedim's expiry date), `token_count`, `token_type`.
_DESCRIPTIVE_WORDS = frozenset(
    {
        "at", "count", "type", "expires", "expiry", "expire", "expiration", "exp", "length", "len", "size", "ttl",
        "lifetime", "format", "kind", "hint", "required", "enabled", "remaining", "status", "name", "scope", "scopes",
    }
)  # fmt: skip
_SENSITIVE_QUERY = frozenset({"sig", "code"})
_CAMEL = re.compile(r"([a-z0-9])([A-Z])")
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


class Secret:
    """A credential that never shows its value in `repr`, `str`, f-strings or logs.

    `reveal()` is the one way to read it. Two secrets are equal when their values are.
    """

    __slots__ = ("_value",)

    def __init__(self, value: str | Secret) -> None:
        if isinstance(value, Secret):
            value = value.reveal()
        if not isinstance(value, str):
            raise TypeError(f"Secret takes a str, not {type(value).__name__}")
        self._value = value

    def reveal(self) -> str:
        """Return the value, for the one place that must send it.

        Returns:
            The secret's plain text.

        Raises:
            InvalidArgument: never; a `Secret` holds text from the start.
        """
        return self._value

    def __repr__(self) -> str:
        return f"Secret('{MASK}')"

    def __str__(self) -> str:
        return MASK

    def __format__(self, format_spec: str) -> str:
        return format(MASK, format_spec)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Secret):
            return NotImplemented
        # Constant-time, so equality checks don't leak the value through timing.
        return hmac.compare_digest(self._value.encode(), other._value.encode())

    def __hash__(self) -> int:
        return hash((Secret, self._value))

    def __bool__(self) -> bool:
        return bool(self._value)

    def __reduce__(self) -> tuple[type[Secret], tuple[str]]:
        return (Secret, (self._value,))


SecretLike: TypeAlias = str | Secret


def reveal(value: SecretLike) -> str:
    """The plain text of a `Secret` or a str."""
    return value.reveal() if isinstance(value, Secret) else value


def _variants(secret: str) -> set[str]:
    """The forms a secret takes once echoed in a URL, a JSON document or a repr."""
    forms = {
        secret,
        quote(secret, safe=""),
        quote_plus(secret, safe=""),
        str(httpx.QueryParams({"k": secret}))[2:],
        json.dumps(secret)[1:-1],
        json.dumps(secret, ensure_ascii=False)[1:-1],
        repr(secret)[1:-1],
    }
    try:
        # What a JSON parser makes of the secret pasted verbatim into a JSON string.
        unescaped = json.loads(f'"{secret}"')
    except ValueError:
        pass
    else:
        if isinstance(unescaped, str):
            forms.add(unescaped)
    # A form that fits inside the mask would match its own replacement forever.
    return {form for form in forms if form not in MASK}


def secret_forms(secrets: Iterable[SecretLike]) -> list[str]:
    """Every form of these secrets to mask, longest first: worked out once per URL, header set or
    redactor, since building them (escapes, query encoding) costs far more than masking a short text."""
    forms: set[str] = set()
    for secret in secrets:
        value = reveal(secret)
        if value:
            forms |= _variants(value)
    # Longest first, so a secret that contains another is masked whole.
    return sorted(forms, key=len, reverse=True)


def mask_forms(text: str, forms: Sequence[str]) -> str:
    """`text` with each of `forms` (from `secret_forms`) replaced by the mask."""
    # A replacement can join its neighbours into a new occurrence; repeat until nothing changes.
    # Each pass shortens the text or removes a non-mask character, so this ends.
    while True:
        before = text
        for form in forms:
            text = text.replace(form, MASK)
        if text == before:
            return text


def redact(text: str, secrets: Iterable[SecretLike]) -> str:
    """Replace every occurrence of each secret (and its URL- or JSON-escaped forms) with `***`.

    Args:
        text: The text to mask.
        secrets: The secrets to mask, `Secret`s or text.

    Returns:
        `text` with the secrets masked.

    Raises:
        TypeError: a secret that is neither a `Secret` nor text.
    """
    return mask_forms(text, secret_forms(secrets))


@functools.lru_cache(maxsize=4096)
def is_sensitive_name(name: str) -> bool:
    """Whether a header, query parameter or JSON field of this name carries credentials.

    The one list of names for error bodies, logs, URLs and conformance reports, reviewed against the
    field names of every vendor spec.

    Args:
        name: The header, parameter or field name, in any case.

    Returns:
        True when values under this name are masked.

    Raises:
        AttributeError: a name that is not text.
    """
    if name.lower() in _SENSITIVE_HEADERS:
        return True
    words = [word for word in _NOT_ALNUM.split(_CAMEL.sub(r"\1 \2", name).lower()) if word]
    if not words or words[-1] in _DESCRIPTIVE_WORDS:
        return False
    glued = "".join(words)
    return any(part in glued for part in _SENSITIVE_PARTS) or any(word in _SENSITIVE_WORDS for word in words)


HeadersLike: TypeAlias = Mapping[str, str] | httpx.Headers | Iterable[tuple[str, str]]


def header_items(headers: HeadersLike) -> Iterable[tuple[str, str]]:
    if isinstance(headers, httpx.Headers):
        return headers.multi_items()
    if isinstance(headers, Mapping):
        return headers.items()
    return headers


def redact_headers(headers: HeadersLike, secrets: Iterable[SecretLike] = ()) -> dict[str, str]:
    """A copy of the headers with credential-bearing values replaced by `***`.

    Args:
        headers: The headers (a mapping, httpx headers or pairs).
        secrets: Further secrets to mask in any value.

    Returns:
        The masked copy.

    Raises:
        TypeError: a secret that is neither a `Secret` nor text.
    """
    forms = secret_forms(secrets)
    out: dict[str, str] = {}
    for name, value in header_items(headers):
        masked = MASK if is_sensitive_name(name) else mask_forms(value, forms)
        out[name] = f"{out[name]}, {masked}" if name in out else masked
    return out


def redact_url(url: str | httpx.URL, secrets: Iterable[SecretLike] = ()) -> str:
    """The URL with its password, credential-named query values and any known secret masked.

    Components are compared decoded, so a secret is found however it was percent-encoded.

    Args:
        url: The URL.
        secrets: Further secrets to mask.

    Returns:
        The masked URL as text.

    Raises:
        TypeError: a secret that is neither a `Secret` nor text.
    """
    forms = secret_forms(secrets)
    text = str(url)
    try:
        parts = urlsplit(text)
    except ValueError:
        return mask_forms(text, forms)

    netloc = parts.netloc
    if "@" in netloc:
        userinfo, _, hostport = netloc.rpartition("@")
        user, has_password, _ = userinfo.partition(":")
        user = _redact_component(user, forms, unquote)
        netloc = f"{user}:{MASK}@{hostport}" if has_password else f"{user}@{hostport}"

    path = "/".join(_redact_component(segment, forms, unquote) for segment in parts.path.split("/"))

    pairs: list[str] = []
    for pair in parts.query.split("&") if parts.query else []:
        key, has_value, value = pair.partition("=")
        if has_value and (is_sensitive_name(unquote_plus(key)) or unquote_plus(key).lower() in _SENSITIVE_QUERY):
            pairs.append(f"{key}={MASK}")
        else:
            key = _redact_component(key, forms, unquote_plus)
            value = _redact_component(value, forms, unquote_plus)
            pairs.append(f"{key}={value}" if has_value else key)

    fragment = _redact_component(parts.fragment, forms, unquote)
    rebuilt = urlunsplit((parts.scheme, netloc, path, "&".join(pairs), fragment))
    return mask_forms(rebuilt, forms)


def _redact_component(raw: str, forms: list[str], decode: Callable[[str], str]) -> str:
    decoded = decode(raw)
    masked = mask_forms(decoded, forms)
    if masked == decoded:
        return mask_forms(raw, forms)
    # Re-encode what was decoded, but keep the mask readable.
    return quote(masked, safe="*!$'()+,;=:@~")


_WHITESPACE = re.compile(r"\s+")


def scheme_credentials(value: str) -> list[str]:
    """The parts of an `Authorization`-style value worth redacting: the whole, the part after the
    scheme and, for Basic, the decoded password."""
    parts = _WHITESPACE.split(value.strip(), maxsplit=1)
    found = [value.strip()]
    if len(parts) == 2 and parts[1]:
        found.append(parts[1])
        if parts[0].lower() == "basic":
            try:
                decoded = base64.b64decode(parts[1], validate=True).decode()
            except (ValueError, UnicodeDecodeError):
                decoded = ""
            found.append(decoded.partition(":")[2])
    return [item for item in found if item]
