"""Check and coerce a generated function's arguments before any request is sent.

The generated functions trust their annotations (they call `.value` on enums
and `.isoformat()` on datetimes), so a wrong type would fail deep inside with
an AttributeError, or silently send garbage. Here every argument is checked
against the generated function's own annotations, friendly forms are coerced
(a UUID or an enum value given as a string, an ISO date-time string), and
anything else raises `InvalidArgument` naming the argument as the user wrote it.
"""

from __future__ import annotations

import datetime
import enum
import functools
import types
import typing
from collections.abc import Callable, Mapping
from typing import Any
from uuid import UUID

from fabapi_core._errors import InvalidArgument


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
    function: Callable[..., Any], arguments: Mapping[str, Any], renamed: Mapping[str, str]
) -> dict[str, Any]:
    """The arguments, coerced; raises InvalidArgument for the first one that does not fit."""
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
            raise InvalidArgument(
                shown, f"argument {shown!r} must be {_describe(annotation)}, got {type(value).__name__} {value!r:.80}"
            )
    return checked
