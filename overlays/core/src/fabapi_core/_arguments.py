"""Check and coerce a generated function's arguments before any request is sent.

The generated functions trust their annotations (they call `.value` on enums
and `.isoformat()` on datetimes), so a wrong type would fail deep inside with
an AttributeError, or silently send garbage. Here every argument is checked
against the generated function's own annotations, friendly forms are coerced
(a UUID or an enum value given as a string, an ISO date-time string), and
anything else raises `InvalidArgument` naming the argument as the user wrote it. The limits the
spec states for a parameter (range, `multipleOf`, pattern, length, item count) are checked too,
so a value the server would refuse never leaves the machine.
"""

from __future__ import annotations

import datetime
import enum
import functools
import re
import types
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, TypeGuard
from uuid import UUID

from fabapi_core._errors import InvalidArgument
from fabapi_core._redaction import redact_text
from fabapi_core._secrets import MASK, is_sensitive_name


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
    if origin is float and isinstance(value, int):
        return True, float(value)
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


def _describe(annotation: Any) -> str:
    names = []
    for member in _members(annotation):
        origin = typing.get_origin(member) or member
        name = getattr(origin, "__name__", str(origin))
        if name == "Unset":
            continue
        if isinstance(origin, type) and issubclass(origin, enum.Enum):
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

    `constraints` maps an argument to the JSON Schema limits its parameter declares.
    """
    hints = _hints(function)
    checked: dict[str, Any] = {}
    for name, value in arguments.items():
        annotation = hints.get(name)
        if annotation is None or _is_unset(value):
            checked[name] = value
            continue
        for member in _members(annotation):
            ok, coerced = _coerce_one(value, member)
            if ok:
                checked[name] = coerced
                break
        else:
            shown = renamed.get(name, name)
            got = f"{type(value).__name__} {_value(name, value)}"
            raise InvalidArgument(shown, f"argument {shown!r} must be {_describe(annotation)}, got {got}")
    for name, rules in (constraints or {}).items():
        value = checked.get(name)
        if value is not None and not _is_unset(value):
            problem = _violation(value, rules)
            if problem is not None:
                shown = renamed.get(name, name)
                raise InvalidArgument(shown, f"argument {shown!r} {problem}, got {_value(name, value)}")
    return checked


def _value(name: str, value: Any) -> str:
    """The value for a message: never one whose name says it is a credential (`token`, `password`)."""
    if is_sensitive_name(name):
        return MASK
    return redact_text(f"{value!r:.80}")


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
    minimum: Any = rules.get("minimum")
    maximum: Any = rules.get("maximum")
    low: Any = rules.get("exclusiveMinimum")
    high: Any = rules.get("exclusiveMaximum")
    # OpenAPI 3.0 writes exclusivity as a flag on minimum/maximum; 3.1 as a number of its own.
    if low is True:
        low, minimum = minimum, None
    if high is True:
        high, maximum = maximum, None
    if _is_number(minimum) and value < minimum:
        return f"must be at least {minimum}"
    if _is_number(maximum) and value > maximum:
        return f"must be at most {maximum}"
    if _is_number(low) and value <= low:
        return f"must be greater than {low}"
    if _is_number(high) and value >= high:
        return f"must be less than {high}"
    step = rules.get("multipleOf")
    # Decimal from the text, so 0.3 is a multiple of 0.1 as a person reads it.
    if _is_number(step) and Decimal(str(value)) % Decimal(str(step)) != 0:
        return f"must be a multiple of {step}"
    return None
