"""Finding credentials nobody listed: by the name they are given and by their shape.

`redact` masks the secrets a client knows (its API key, the request's headers). An answer may carry
others: a JWT or refresh token just issued (Kaedim's registerHook and refreshJWT), another user's
token echoed back. These rules find them, in parsed JSON and in any text (error bodies, schemathesis
output, JUnit files), and a `Redactor` remembers each one so it is masked wherever it shows later:

- a string under a credential name (`is_sensitive_name`): `"jwt": "..."`, `'refresh_token': '...'`,
  `X-API-Key: ...`, `refresh_token=...`;
- a JWT (`eyJ...` header, then two or four dot-separated base64url parts), wherever it is;
- the credential after an auth scheme: `Bearer ...`, `Basic ...`, `Token ...`.

Only strings are masked: `"token_count": 7` stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

from ._secrets import MASK, SecretLike, is_sensitive_name, mask_forms, reveal, scheme_credentials, secret_forms

# JWS (3 parts) or JWE (5 parts) compact form; `eyJ` is base64url for `{"`, so prose never matches.
_JWT = re.compile(r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*(?:\.[A-Za-z0-9_-]*){0,2}")
# The credential after an auth scheme; it must hold a digit, so "Bearer authentication required" stays.
_SCHEME = re.compile(
    r"(?i)(?<![A-Za-z0-9_-])(?:bearer|basic|token|jwt)[ \t]+(?P<value>(?=[^\s]*\d)[A-Za-z0-9._~+/-]{8,}=*)"
)
# A field name: what JSON, headers and query strings use for credential names.
_NAME = r"(?P<name>[A-Za-z_$@][\w$@.-]*+)"
# "name": "value" and 'name': 'value', and one level escaped (\"name\": \"value\"), as in JSON
# inside JSON. Each value stops at its closing quote and never backtracks (possessive), so a hostile
# body full of unclosed quotes costs one pass, not one pass per quote.
_QUOTED = (
    re.compile(rf'"{_NAME}"[ \t]*+:[ \t]*+"(?P<value>(?:[^"\\\n]|\\.)*+)"'),
    re.compile(rf"'{_NAME}'[ \t]*+:[ \t]*+'(?P<value>(?:[^'\\\n]|\\.)*+)'"),
    re.compile(rf'\\"{_NAME}\\"[ \t]*+:[ \t]*+\\"(?P<value>[^"\\\n]*+)\\"'),
)
# Name: value, as in a header dump or curl's -H 'X-API-Key: ...'; an auth scheme is taken with its credential.
_HEADER = re.compile(
    r"(?<![\w-])(?P<name>[A-Za-z][\w-]*+):[ \t]*+(?P<value>(?:(?i:bearer|basic|token|digest|jwt)[ \t]+)?[^\s'\",;]++)"
)
# name=value, name='value' or name="value", as in a query string, a form body or a repr's arguments.
_ASSIGNED = re.compile(
    r"""(?<![\w.-])(?P<name>[A-Za-z_][\w.-]*+)=(?:'(?P<single>[^'\n]*+)'|"(?P<double>[^"\n]*+)"|(?P<value>[^\s&'"#,;)>\]]++))"""
)
# A value shorter than this is masked where its name says what it is, but not looked for elsewhere:
# "ab" or "1" would mask half of any text.
_LEARN_MIN = 8
# Deeper than any real document: a hostile one is masked below this, and gets no RecursionError.
_DEPTH = 64


def _named(match: re.Match[str], group: str) -> bool:
    return bool(match[group]) and match[group] != MASK and is_sensitive_name(match["name"])


def searchable(value: str) -> bool:
    """Whether a credential found unlisted is long enough to be masked wherever it shows."""
    return len(value) >= _LEARN_MIN and value != MASK


def find_secrets(text: str) -> list[str]:
    """The credentials in `text`, by name and by shape, long enough to be searched for elsewhere."""
    found = _JWT.findall(text)
    found += [match["value"] for match in _SCHEME.finditer(text)]
    for pattern in _QUOTED:
        found += [match["value"] for match in pattern.finditer(text) if _named(match, "value")]
    for match in _HEADER.finditer(text):
        if _named(match, "value"):
            found += scheme_credentials(match["value"])
    for match in _ASSIGNED.finditer(text):
        group = _assigned_group(match)
        if _named(match, group):
            found.append(match[group])
    return [value for value in found if searchable(value)]


def _mask_group(match: re.Match[str], group: str) -> str:
    start, end = match.span(group)
    base = match.start()
    whole = match[0]
    return whole[: start - base] + MASK + whole[end - base :]


def _mask_quoted(match: re.Match[str]) -> str:
    return _mask_group(match, "value") if _named(match, "value") else match[0]


def _mask_header(match: re.Match[str]) -> str:
    return _mask_group(match, "value") if _named(match, "value") else match[0]


def _assigned_group(match: re.Match[str]) -> str:
    return "single" if match["single"] is not None else "double" if match["double"] is not None else "value"


def _mask_assigned(match: re.Match[str]) -> str:
    group = _assigned_group(match)
    return _mask_group(match, group) if _named(match, group) else match[0]


def _mask_scheme(match: re.Match[str]) -> str:
    return _mask_group(match, "value")


def mask_patterns(text: str) -> str:
    """`text` with every credential the rules find by name or shape replaced by `***`."""
    text = _JWT.sub(MASK, text)
    for pattern in _QUOTED:
        text = pattern.sub(_mask_quoted, text)
    text = _HEADER.sub(_mask_header, text)
    text = _ASSIGNED.sub(_mask_assigned, text)
    return _SCHEME.sub(_mask_scheme, text)


class Redactor:
    """Masks known secrets and everything the rules find, remembering what it found for later text.

    One per error, per conformance run or per stream: a refresh token seen under its name in one
    line is masked in every later line that shows it bare.
    """

    def __init__(self, secrets: Iterable[SecretLike] = ()) -> None:
        self._secrets: list[str] = []
        self._known: set[str] = set()
        # The secrets' masked forms, worked out again only after something new is learnt.
        self._forms: list[str] | None = None
        self.learn(reveal(secret) for secret in secrets)

    @property
    def secrets(self) -> tuple[str, ...]:
        """Every secret known so far: the listed ones and those found."""
        return tuple(self._secrets)

    def learn(self, values: Iterable[str]) -> None:
        """Remember these values as secrets, to mask from now on (empty values and the mask are skipped).

        Args:
            values: The secret values.

        Raises:
            TypeError: values that are not an iterable of text.
        """
        for value in values:
            if value and value != MASK and value not in self._known:
                self._known.add(value)
                self._secrets.append(value)
                self._forms = None

    def learn_text(self, text: str) -> None:
        """Learn the credentials `text` shows, to mask them in it and in text read before it.

        Args:
            text: Text that may carry credentials (a header, a message).

        Raises:
            TypeError: text that is not a str.
        """
        self.learn(find_secrets(text))

    def learn_value(self, value: object) -> None:
        """Learn the credentials inside parsed JSON (or a generated model's `to_dict`).

        Args:
            value: The parsed JSON.

        Raises:
            RecursionError: a value nested deeper than Python's recursion limit.
        """
        self.learn(collect_secrets(value))

    def __call__(self, text: str) -> str:
        self.learn(find_secrets(text))
        if self._forms is None:
            self._forms = secret_forms(self._secrets)
        return mask_patterns(mask_forms(text, self._forms))

    def value(self, value: object) -> object:
        """A copy of parsed JSON with every credential masked: by its field name, its shape, or as known.

        Args:
            value: The parsed JSON.

        Returns:
            The masked copy.

        Raises:
            RecursionError: a value nested deeper than Python's recursion limit.
        """
        self.learn_value(value)
        return self._masked(value)

    def _masked(self, value: object, depth: int = 0) -> object:
        if depth > _DEPTH:
            return MASK
        if isinstance(value, str):
            return self(value)
        if isinstance(value, Mapping):
            out: dict[object, object] = {}
            for key, item in value.items():
                sensitive = isinstance(key, str) and is_sensitive_name(key)
                out[key] = _masked_named(item, depth + 1) if sensitive else self._masked(item, depth + 1)
            return out
        if isinstance(value, list | tuple):
            return [self._masked(item, depth + 1) for item in value]
        return value

    def bytes(self, content: bytes) -> bytes:
        """`content` with credentials masked; bytes that are not UTF-8 are kept as they were.

        Args:
            content: The bytes, such as an answer's body.

        Returns:
            The masked bytes.

        Raises:
            TypeError: content that is not bytes.
        """
        text = content.decode("utf-8", errors="surrogateescape")
        masked = self(text)
        return content if masked == text else masked.encode("utf-8", errors="surrogateescape")


def _masked_named(value: object, depth: int) -> object:
    """What a credential-named field holds, masked: a string, or every string inside a list or object."""
    if depth > _DEPTH:
        return MASK
    if isinstance(value, str):
        return MASK if value else value
    if isinstance(value, Mapping):
        return {key: _masked_named(item, depth + 1) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [_masked_named(item, depth + 1) for item in value]
    return value


def collect_secrets(value: object) -> list[str]:
    """The credentials inside parsed JSON, a generated model or the arguments of a call: every string
    under a credential name, and what the text rules find in every other string (each long enough to
    be searched for elsewhere)."""
    found: list[str] = []
    _collect(value, found, named=False, depth=0)
    return found


def _collect(value: object, found: list[str], *, named: bool, depth: int) -> None:
    if depth > _DEPTH:
        return
    if isinstance(value, str):
        if named and searchable(value):
            found.append(value)
        elif not named:
            found += find_secrets(value)
        return
    to_dict: Any = getattr(value, "to_dict", None)
    if callable(to_dict) and not isinstance(value, Mapping):
        try:
            value = to_dict()
        except (TypeError, ValueError, AttributeError, KeyError):  # a half-built model has nothing to add
            return
    if isinstance(value, Mapping):
        for key, item in value.items():
            sensitive = named or (isinstance(key, str) and is_sensitive_name(key))
            _collect(item, found, named=sensitive, depth=depth + 1)
    elif isinstance(value, list | tuple):
        for item in value:
            _collect(item, found, named=named, depth=depth + 1)


def redact_text(text: str, secrets: Iterable[SecretLike] = ()) -> str:
    """`text` with the listed secrets and every credential found by name or shape masked.

    Args:
        text: The text to mask.
        secrets: Secrets to mask besides what is found by name or shape.

    Returns:
        The masked text.

    Raises:
        TypeError: a secret that is neither a `Secret` nor text.
    """
    return Redactor(secrets)(text)
