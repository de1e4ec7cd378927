"""Fast, exact decoding helpers for the generated models' `from_dict`.

Each answers what the code it replaces answered, errors included; tests/core/test_core_decode.py
compares them with that code. `UUID(text)` spends most of its time in Python-level argument
handling around one `int(hex, 16)`, and binding a model's properties one `dict.pop` at a time
costs more than reading them, so both were a large part of decoding a page of records.
"""

from __future__ import annotations

import datetime
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import Any
from uuid import UUID, SafeUUID

# The generated models' date-time parser: the same function, bound to one name (RFC 3339 forms with
# "Z" or an offset, fractions of any length, are read by Python 3.11's fromisoformat).
parse_datetime = datetime.datetime.fromisoformat

_new = object.__new__
# UUID is immutable (its __setattr__ raises), so its two slots are filled through their descriptors.
_set_int = UUID.__dict__["int"].__set__
_set_is_safe = UUID.__dict__["is_safe"].__set__
_UNKNOWN = SafeUUID.unknown


def parse_uuid(value: Any) -> UUID:
    """`UUID(value)`: the same value, equal, hashing and printing alike, and the same errors.

    `UUID(text)` strips `urn:`, `uuid:` and braces, drops every dash, and reads the 32 characters
    left with `int(..., 16)`. When the text minus its dashes is 32 characters that `int` reads, there
    was nothing else to strip (each of `urn:`, `uuid:`, `{`, `}` holds a character `int` refuses),
    so the number is the one `UUID` would compute, and in range (no minus left, at most 32 digits):
    the UUID is built directly. Anything else, and every error, goes to `UUID` itself.
    """
    if type(value) is str:
        digits = value.replace("-", "")
        if len(digits) == 32:
            try:
                number = int(digits, 16)
            except ValueError:
                pass
            else:
                uuid = _new(UUID)
                _set_int(uuid, number)
                _set_is_safe(uuid, _UNKNOWN)
                return uuid
    return UUID(value)


class Properties:
    """The JSON properties of one generated model, taken out of a mapping in declaration order.

    `split(src)` answers the values of `required + optional` (`unset` for an optional one that is
    absent; a missing required one raises its KeyError) and the rest of the mapping, the model's
    `additional_properties`: what the generated `d = dict(src); d.pop(...)` sequence answered. A
    plain dict holding every property is read with one C-level `itemgetter` call instead of a copy
    and one `pop` per property, the case of servers that write every field of a record.
    """

    __slots__ = ("_count", "_get", "_names", "_optional", "_required", "_unset")

    def __init__(self, required: tuple[str, ...], optional: tuple[str, ...], unset: object) -> None:
        self._required = required
        self._optional = optional
        self._unset = unset
        names = required + optional
        self._names = frozenset(names)
        self._count = len(names)
        # itemgetter of one name answers the bare value, of several a tuple: always a tuple here.
        self._get: Callable[[Mapping[str, Any]], Sequence[Any]] = (
            operator.itemgetter(*names) if len(names) > 1 else _one(names[0]) if names else _none
        )

    def split(self, src: Mapping[str, Any]) -> tuple[Sequence[Any], dict[str, Any]]:
        # Only a plain dict: a mapping's own __getitem__ may answer for missing keys (defaultdict).
        if type(src) is dict and len(src) >= self._count:
            try:
                values = self._get(src)
            except KeyError:
                pass
            else:
                if len(src) == self._count:
                    return values, {}
                return values, {key: value for key, value in src.items() if key not in self._names}
        rest = dict(src)
        popped = [rest.pop(name) for name in self._required]
        popped += [rest.pop(name, self._unset) for name in self._optional]
        return popped, rest


def _one(name: str) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    def get(src: Mapping[str, Any]) -> tuple[Any, ...]:
        return (src[name],)

    return get


def _none(src: Mapping[str, Any]) -> tuple[Any, ...]:
    return ()
