"""Reading JSON that comes from someone who may be hostile: one place, one typed error.

`json.loads` alone answers hostile input with several untyped exceptions: `UnicodeDecodeError`,
`JSONDecodeError`, a bare `ValueError` for an integer of more than 4300 digits (the interpreter's
`sys.get_int_max_str_digits()`), `RecursionError` for deep nesting; and it accepts `NaN`,
`Infinity`, `-Infinity` and `1e999`, none of which is a JSON number. `loads_untrusted` turns every
one of those into `UntrustedJSONError`, whose `.reason` says which it was.

`loads_body`, which reads every answer a client parses, lets msgspec (where it is installed) read a
body first: it parses about twice as fast as `json.loads` and refuses everything `json.loads` would
read differently (lone surrogates, NaN and Infinity, a byte order mark, 1e400, integers longer than
the interpreter reads, invalid UTF-8), so those bodies fall through to `json.loads`, which gives the
same value or the same typed error as it always did. orjson was not taken: it reads integers of 2**64
and above as floats, a silent change of value.

Nesting is limited to `MAX_JSON_DEPTH` levels (`[]` is one level) so that code walking the result
recursively (`json.dumps`, model decoding) stays far from the recursion limit. The depth is
measured without recursion, and only when the body holds more opening brackets than the limit:
typical bodies pay two `bytes.count` calls for it.
"""

from __future__ import annotations

import itertools
import json
import math
import re
import sys
from collections.abc import Callable
from typing import Any, Final, Literal

from ._errors import FabapiError, InvalidArgument

_fast_loads: Callable[[bytes | bytearray | str], Any] | None
_FAST_REFUSALS: tuple[type[Exception], ...]
try:  # An optional speed-up: without msgspec (PyPy, or not installed) json.loads reads everything.
    import msgspec
except ImportError:  # pragma: no cover - msgspec is installed wherever the tests run
    _fast_loads, _FAST_REFUSALS = None, ()
else:
    _fast_loads = msgspec.json.Decoder().decode
    # What msgspec raises for a body it will not read (UnicodeDecodeError is a ValueError).
    _FAST_REFUSALS = (msgspec.DecodeError, ValueError, RecursionError)

MAX_JSON_DEPTH: Final = 256

Reason = Literal["encoding", "syntax", "depth", "number", "constant"]

_BOM: Final = b"\xef\xbb\xbf"
# Every byte but the four brackets, deleted with bytes.translate (far faster than a regex).
_NOT_BRACKETS: Final = bytes(byte for byte in range(256) if byte not in b"[]{}")
_STEP: Final = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}
# Digits -> "0", e/E -> "e", "+" kept, everything else -> " ": the shape of the numbers in a body.
_NUMBER_SHAPE: Final = bytes(
    ord("0") if chr(byte).isdigit() and byte < 128 else ord("e") if byte in b"eE" else byte if byte == ord("+") else 32
    for byte in range(256)
)
# A float reaches 1.8e308 only with a 3-digit exponent or, the exponent being at most 99, 210+ integer
# digits. (A regex with a literal first byte: `in` is slow on needles like b"e000" in runs of "0".)
_BIG_EXPONENT: Final = re.compile(rb"e\+?000")
_LONG_DIGITS: Final = b"0" * 200
# A JSON string, unrolled so that it runs in linear time (used only on text json.loads accepted).
_STRING: Final = re.compile(rb'"[^"\\]*(?:\\.[^"\\]*)*"')


class UntrustedJSONError(FabapiError, ValueError):
    """Untrusted bytes or text are not acceptable JSON.

    `.reason` is "encoding" (not UTF-8), "syntax" (not JSON), "depth" (nested too deeply),
    "number" (an integer with too many digits, or a number too large for a float) or "constant"
    (NaN, Infinity, -Infinity). `.position` is the character offset when it is known. The message
    never quotes the input.
    """

    def __init__(self, reason: Reason, message: str, *, position: int | None = None) -> None:
        super().__init__(message)
        self.reason = reason
        self.position = position


def _refuse_constant(name: str) -> Any:
    raise UntrustedJSONError("constant", f"the non-JSON constant {name} is not allowed")


def _finite_float(text: str) -> float:
    value = float(text)
    if math.isinf(value):
        raise UntrustedJSONError("number", "a number too large for a float (it would be infinite)")
    return value


def _may_overflow(raw: bytes) -> bool:
    """Whether some float in `raw` might be too large; if not, json.loads needs no float hook (faster)."""
    shape = raw.translate(_NUMBER_SHAPE)
    return _LONG_DIGITS in shape or _BIG_EXPONENT.search(shape) is not None


def _deepest(brackets: bytes) -> int:
    """The deepest nesting of a sequence of bracket bytes (each `[`/`{` one level down)."""
    return max(itertools.accumulate(map(_STEP.__getitem__, brackets)), default=0)


def _too_deep(raw: bytes, max_depth: int) -> bool:
    """Whether the JSON in `raw` (already accepted by json.loads) nests more than `max_depth` levels."""
    if raw.count(b"[") + raw.count(b"{") <= max_depth:
        return False
    # Counting brackets inside strings too gives an upper bound; only when it is too high are
    # the strings taken out for the exact answer.
    if _deepest(raw.translate(None, _NOT_BRACKETS)) <= max_depth:
        return False
    return _deepest(_STRING.sub(b"", raw).translate(None, _NOT_BRACKETS)) > max_depth


def _text_and_bytes(data: bytes | bytearray | str) -> tuple[str, bytes]:
    if isinstance(data, str):
        # surrogatepass: a lone surrogate in a str must not stop the bracket count.
        return data, data.encode("utf-8", "surrogatepass")
    if not isinstance(data, bytes | bytearray):
        raise InvalidArgument("data", f"expected bytes or str to parse as JSON, got {type(data).__name__}")
    raw = bytes(data)
    # RFC 8259 allows a parser to ignore a byte order mark; json.loads on bytes does too.
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    try:
        return raw.decode("utf-8"), raw
    except UnicodeDecodeError as error:
        message = f"not UTF-8: {error.reason} at byte {error.start}"
        raise UntrustedJSONError("encoding", message, position=error.start) from None


def _refusal(error: Exception, max_depth: int | None) -> UntrustedJSONError:
    """What `json.loads` raised on untrusted input, as the `UntrustedJSONError` that says which it was."""
    if isinstance(error, UntrustedJSONError):
        return error
    if isinstance(error, json.JSONDecodeError):
        where = f"line {error.lineno} column {error.colno} (char {error.pos})"
        return UntrustedJSONError("syntax", f"not JSON: {error.msg} at {where}", position=error.pos)
    if isinstance(error, UnicodeDecodeError):
        return UntrustedJSONError("encoding", f"not UTF-8: {error.reason} at byte {error.start}", position=error.start)
    if isinstance(error, RecursionError):
        limit = f"the limit is {max_depth} levels" if max_depth is not None else "deeper than the interpreter's stack"
        return UntrustedJSONError("depth", f"nested too deeply ({limit})")
    # The only other ValueError json.loads raises: int() refusing a very long integer.
    return UntrustedJSONError("number", f"an integer with more than {sys.get_int_max_str_digits()} digits")


def loads_body(content: bytes | bytearray | str) -> Any:
    """The JSON value of an answer's body, as `json.loads` reads it, or `UntrustedJSONError` saying what
    was wrong: bytes that are no UTF-8, no JSON, an integer longer than the interpreter reads, nesting
    deeper than its stack. Every answer a client parses comes through here. Where msgspec is
    installed it reads a good body about twice as fast as `json.loads`; whatever it refuses is read
    again by `json.loads`, so the value, and the error for a body that is not JSON, are those of
    `json.loads` either way (no scan ahead, unlike `loads_untrusted`).

    Args:
        content: The body as received.

    Returns:
        Its JSON value.

    Raises:
        UntrustedJSONError: the body is not usable JSON; its `reason` says how.
    """
    if _fast_loads is not None:
        try:
            return _fast_loads(content)
        except _FAST_REFUSALS:
            pass  # json.loads reads it as it always did, or says why it cannot
    try:
        return json.loads(content)
    except (ValueError, RecursionError) as error:  # JSONDecodeError and UnicodeDecodeError are ValueErrors
        raise _refusal(error, None) from None


def loads_untrusted(data: bytes | bytearray | str, *, max_depth: int = MAX_JSON_DEPTH) -> Any:
    """The JSON value in `data`, or `UntrustedJSONError` saying what was wrong with it.

    Bytes must be UTF-8 (a leading byte order mark is ignored). Duplicate keys keep the last value,
    as in `json.loads`.

    Args:
        data: The JSON text or bytes.
        max_depth: The deepest nesting accepted.

    Returns:
        The decoded value.

    Raises:
        InvalidArgument: a `max_depth` that is not a positive integer.
        UntrustedJSONError: bytes that are not UTF-8, invalid JSON, nesting deeper than `max_depth`,
            integers longer than the interpreter allows, numbers that overflow a float, or the constants
            NaN/Infinity/-Infinity.
    """
    if isinstance(max_depth, bool) or not isinstance(max_depth, int) or max_depth < 1:
        raise InvalidArgument("max_depth", f"must be a positive integer, got {max_depth!r}")
    text, raw = _text_and_bytes(data)
    try:
        floats = _finite_float if _may_overflow(raw) else None
        value = json.loads(text, parse_constant=_refuse_constant, parse_float=floats)
    except (ValueError, RecursionError) as error:
        raise _refusal(error, max_depth) from None
    if _too_deep(raw, max_depth):
        raise UntrustedJSONError("depth", f"nested too deeply (the limit is {max_depth} levels)")
    return value
