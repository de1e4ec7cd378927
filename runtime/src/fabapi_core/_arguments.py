"""Check and coerce a generated function's arguments before any request is sent.

The generated functions trust their annotations (they call `.value` on enums
and `.isoformat()` on datetimes), so a wrong type would fail deep inside with
an AttributeError, or silently send garbage. Here every argument is checked
against the generated function's own annotations, friendly forms are coerced
(a UUID or an enum value given as a string, an ISO date-time string), and
anything else raises `InvalidArgument` naming the argument as the user wrote it. The limits the
spec states for a parameter (range, `multipleOf`, pattern, length, item count, integer width) are
checked too, so a value the server would refuse never leaves the machine.

Values nothing can send are refused wherever they are, naming where: NaN and the infinities (httpx
writes them into a query as `nan` and into JSON as the invalid literal `NaN`), integers too large for
the float a parameter becomes, and text with a lone surrogate (no encoder takes it). A request
body's JSON form is walked once, so a bad value deep inside is named by its path
(`body.printer_config.layer_height`).
"""

from __future__ import annotations

import datetime
import enum
import functools
import math
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from fractions import Fraction
from typing import Any, TypeGuard
from uuid import UUID

from fabapi_core._alternatives import alternatives_of, one_of
from fabapi_core._errors import InvalidArgument
from fabapi_core._redaction import redact_text
from fabapi_core._secrets import MASK, is_sensitive_name
from fabapi_core._values import brief, sendable

# json.dumps recurses once per level of nesting: refuse deeper bodies here, not with a RecursionError there.
_MAX_DEPTH = 500
# The integer formats of OpenAPI and JSON Schema tooling, and the range each holds.
_INTEGER_WIDTHS = {
    f"{sign}int{bits}": (0 if sign else -(2 ** (bits - 1)), 2**bits - 1 if sign else 2 ** (bits - 1) - 1)
    for bits in (8, 16, 32, 64)
    for sign in ("", "u")
}


class _TooLarge(Exception):
    """An int given for a float parameter that no float holds."""


class _BadItem(Exception):
    """An item of a list parameter that its item type does not take."""

    def __init__(self, index: int, item: Any, expected: Any) -> None:
        super().__init__(index)
        self.index, self.item, self.expected = index, item, expected


@functools.cache
def _hints(function: Callable[..., Any]) -> Mapping[str, Any]:
    try:
        return typing.get_type_hints(function)
    except (NameError, TypeError):  # an annotation the generator left unresolved: check nothing
        return {}


def _members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def _is_unset(value: Any) -> bool:
    # The generated `Unset` sentinel class is per package; recognize it by name.
    return type(value).__name__ == "Unset"


def _coerce_one(value: Any, expected: Any) -> tuple[bool, Any]:
    origin = typing.get_origin(expected) or expected
    if expected is Any or expected is object:
        return True, value
    if expected is None or expected is type(None):
        return value is None, value
    if not isinstance(origin, type):
        return True, value  # Literal and other special forms: leave to the server
    if origin.__name__ == "Unset":
        return _is_unset(value), value
    if isinstance(value, bool) and origin in (int, float):
        return False, value
    if origin is list and isinstance(value, list) and typing.get_args(expected):
        return _coerce_items(value, typing.get_args(expected)[0])
    if origin is float and isinstance(value, int):
        try:
            return True, float(value)
        except OverflowError:
            raise _TooLarge from None
    if isinstance(value, origin):
        return True, value
    if origin is UUID and isinstance(value, str):
        try:
            return True, UUID(value)
        except ValueError:
            return False, value
    if issubclass(origin, enum.Enum) and isinstance(value, str):
        try:
            return True, origin(value)
        except ValueError:
            return False, value
    if origin is datetime.datetime and isinstance(value, str):
        try:
            return True, datetime.datetime.fromisoformat(value)
        except ValueError:
            return False, value
    if origin is datetime.date and isinstance(value, str):
        try:
            return True, datetime.date.fromisoformat(value)
        except ValueError:
            return False, value
    return False, value


def _coerce_items(items: list[Any], expected: Any) -> tuple[bool, Any]:
    # Items as a single value of their type: the generated function reads `.value` of each enum item.
    coerced = []
    for index, item in enumerate(items):
        for member in _members(expected):
            ok, value = _coerce_one(item, member)
            if ok:
                coerced.append(value)
                break
        else:
            raise _BadItem(index, item, expected)
    return True, coerced


def _describe(annotation: Any) -> str:
    names = []
    for member in _members(annotation):
        origin = typing.get_origin(member) or member
        name = getattr(origin, "__name__", str(origin))
        if name == "Unset":
            continue
        if origin is list and typing.get_args(member):
            name = f"a list of {_describe(typing.get_args(member)[0])}"
        elif isinstance(origin, type) and issubclass(origin, enum.Enum):
            values = ", ".join(repr(item.value) for item in origin)
            name = f"{name} (one of {values})"
        names.append(name)
    return " or ".join(names)


def check_arguments(
    function: Callable[..., Any],
    arguments: Mapping[str, Any],
    renamed: Mapping[str, str],
    constraints: Mapping[str, Mapping[str, Any]] | None = None,
) -> dict[str, Any]:
    """The arguments, coerced; raises InvalidArgument for the first one that does not fit.

    `constraints` maps an argument to the JSON Schema limits its parameter declares; the body's
    may name the alternatives of a `oneOf` body (`_alternatives`).
    """
    hints = _hints(function)
    checked: dict[str, Any] = {}
    for name, value in arguments.items():
        annotation = hints.get(name)
        if annotation is None or _is_unset(value):
            checked[name] = value
            continue
        alternatives = alternatives_of((constraints or {}).get(name, {})) if name == "body" else None
        if alternatives:
            value = one_of(value, annotation, alternatives)
        shown = renamed.get(name, name)
        checked[name] = _coerced(value, annotation, shown, name)
        found = _body_problem(value) if name == "body" else _unsendable(checked[name], shown)
        if found is not None:
            where, problem = found
            raise InvalidArgument(where, f"argument {where!r} {problem}")
    for name, rules in (constraints or {}).items():
        value = checked.get(name)
        if value is not None and not _is_unset(value):
            violation = _violation(value, rules)
            if violation is not None:
                shown = renamed.get(name, name)
                raise InvalidArgument(shown, f"argument {shown!r} {violation}, got {_value(name, value)}")
    return checked


def _coerced(value: Any, annotation: Any, shown: str, name: str) -> Any:
    for member in _members(annotation):
        try:
            ok, coerced = _coerce_one(value, member)
        except _TooLarge:
            too_large = f"argument {shown!r} is too large for a number (a float holds up to 1.8e308)"
            raise InvalidArgument(shown, too_large) from None
        except _BadItem as bad:
            item = f"{shown}[{bad.index}]"
            wanted = f"must be {_describe(bad.expected)}, got {type(bad.item).__name__} {_value(name, bad.item)}"
            raise InvalidArgument(item, f"argument {item!r} {wanted}") from None
        if ok:
            return coerced
    raise InvalidArgument(
        shown, f"argument {shown!r} must be {_describe(annotation)}, got {type(value).__name__} {_value(name, value)}"
    )


def _value(name: str, value: Any) -> str:
    """The value for a message: never one whose name says it is a credential (`token`, `password`)."""
    if is_sensitive_name(name):
        return MASK
    return redact_text(_shown(value))


def _shown(value: Any) -> str:
    # Text that cannot be encoded is not echoed: it cannot be printed everywhere, and may be a secret.
    return "(text with a lone surrogate)" if isinstance(value, str) and not sendable(value) else brief(value)


def _body_problem(body: Any) -> tuple[str, str] | None:
    """Where in a request body's JSON form a value cannot be sent, and why; a raw `File` body is bytes."""
    try:
        wire = [_wire(item) for item in body] if isinstance(body, list) else _wire(body)
    except (AttributeError, TypeError, ValueError) as error:
        # A model holding what its fields cannot hold fails in its own `to_dict`; say so here.
        return "body", f"cannot be written as JSON ({type(error).__name__}: {error})"
    return _unsendable(wire, "body")


def _wire(model: Any) -> Any:
    return model.to_dict() if hasattr(model, "to_dict") else None


def _unsendable(value: Any, where: str) -> tuple[str, str] | None:
    """The first place inside `value` (in document order) holding what cannot be sent, and why."""
    if isinstance(value, str | float) or not isinstance(value, dict | list | tuple):
        return _leaf_problem(value, where)
    pending: list[tuple[Any, str, int]] = [(value, where, 0)]
    while pending:
        item, at, depth = pending.pop()
        if not isinstance(item, dict | list | tuple):
            problem = _leaf_problem(item, at)
            if problem is not None:
                return problem
            continue
        if depth >= _MAX_DEPTH:
            return at, f"is nested more than {_MAX_DEPTH} levels deep, deeper than JSON is written"
        if isinstance(item, dict):
            for key in item:
                if isinstance(key, str) and not sendable(key):
                    return at, "has a key with a lone surrogate, which no encoding can send"
            children = [(child, f"{at}.{key}", depth + 1) for key, child in item.items()]
        else:
            children = [(child, f"{at}[{index}]", depth + 1) for index, child in enumerate(item)]
        pending.extend(reversed(children))
    return None


def _leaf_problem(value: Any, where: str) -> tuple[str, str] | None:
    if isinstance(value, str):
        return None if sendable(value) else (where, "holds a lone surrogate, which no encoding can send")
    if isinstance(value, float) and not math.isfinite(value):
        return where, f"is {value}: only finite numbers can be sent (JSON has no NaN or Infinity)"
    return None


@functools.cache
def _pattern(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _is_number(value: Any) -> TypeGuard[int | float | Decimal]:
    return isinstance(value, int | float | Decimal) and not isinstance(value, bool)


def _violation(value: Any, rules: Mapping[str, Any]) -> str | None:
    """What `value` breaks of its parameter's limits, said as a phrase, or None."""
    if isinstance(value, list | tuple):
        return _size_violation(len(value), rules, "items", "minItems", "maxItems")
    if isinstance(value, str) and not isinstance(value, enum.Enum):
        pattern = rules.get("pattern")
        # JSON Schema patterns are unanchored: `search`, not `match`.
        if pattern is not None and _pattern(pattern).search(value) is None:
            return f"must match the pattern {pattern!r}"
        return _size_violation(len(value), rules, "characters", "minLength", "maxLength")
    if _is_number(value):
        return _number_violation(value, rules)
    return None


def _size_violation(size: int, rules: Mapping[str, Any], unit: str, low: str, high: str) -> str | None:
    if low in rules and size < rules[low]:
        return f"must have at least {rules[low]} {unit} (has {size})"
    if high in rules and size > rules[high]:
        return f"must have at most {rules[high]} {unit} (has {size})"
    return None


def _number_violation(value: float | Decimal, rules: Mapping[str, Any]) -> str | None:
    width = rules.get("format")
    if isinstance(value, int) and width in _INTEGER_WIDTHS:
        low_end, high_end = _INTEGER_WIDTHS[width]
        if not low_end <= value <= high_end:
            return f"must fit {width} ({low_end} to {high_end})"
    minimum: Any = rules.get("minimum")
    maximum: Any = rules.get("maximum")
    low: Any = rules.get("exclusiveMinimum")
    high: Any = rules.get("exclusiveMaximum")
    # OpenAPI 3.0 writes exclusivity as a flag on minimum/maximum; 3.1 as a number of its own.
    if low is True:
        low, minimum = minimum, None
    if high is True:
        high, maximum = maximum, None
    if _is_number(minimum) and _is_number(maximum) and not minimum <= value <= maximum:
        # The whole range at once: a page size of 0 says how large one may be, too.
        return f"must be between {minimum} and {maximum}"
    if _is_number(minimum) and value < minimum:
        return f"must be at least {minimum}"
    if _is_number(maximum) and value > maximum:
        return f"must be at most {maximum}"
    if _is_number(low) and value <= low:
        return f"must be greater than {low}"
    if _is_number(high) and value >= high:
        return f"must be less than {high}"
    step = rules.get("multipleOf")
    # Exact fractions from the text, so 0.3 is a multiple of 0.1 as a person reads it.
    if _is_number(step) and _exact(value) % Fraction(str(step)) != 0:
        return f"must be a multiple of {step}"
    return None


def _exact(value: float | Decimal) -> Fraction:
    # An int is taken as it is: one of thousands of digits has no str(), and Decimal's 28 digits run out.
    return Fraction(value) if isinstance(value, int) else Fraction(str(value))
