"""The plain values hand-written helpers take (numbers, text, local paths), checked before anything is sent.

One checker per kind, shared by every vendor's helpers, so that each refuses the same way: a bool
where a number is meant, NaN and the infinities, an integer too large for the float it becomes
(`float(10**400)` raises OverflowError), text no encoder takes (a lone surrogate), None or a wrong
type where a path is meant. Each raises `InvalidArgument` naming the argument; a refused text value
is never echoed, as it may be a secret.
"""

from __future__ import annotations

import math
import numbers
import os
from pathlib import Path

from ._errors import InvalidArgument

INT64_MIN = -(2**63)
INT64_MAX = 2**63 - 1


def sendable(text: str) -> bool:
    """Whether `text` can be encoded at all (UTF-8 refuses lone surrogates); ASCII is the quick answer."""
    if text.isascii():
        return True
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def brief(value: object) -> str:
    """`value` shown in a message, briefly: an int of thousands of digits has no str() (Python limits it)."""
    if isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > 128:
        return f"an integer of {value.bit_length()} bits"
    return f"{value!r:.60}"


def _shown(value: object) -> str:
    return "a str" if isinstance(value, str) else f"{type(value).__name__} {brief(value)}"


def finite_number(
    value: object,
    argument: str,
    *,
    minimum: float | None = None,
    maximum: float | None = None,
    above: float | None = None,
) -> float:
    """`value`, as given, when it is a real number (not a bool) that a float holds finitely, within the
    bounds (`above` excludes its bound).

    Args:
        value: The argument's value.
        argument: The argument's name, for the error.
        minimum: The smallest value allowed.
        maximum: The largest value allowed.
        above: A bound the value must exceed.

    Returns:
        The value.

    Raises:
        InvalidArgument: naming `argument`, for anything else.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Real):
        raise InvalidArgument(argument, f"argument {argument!r} must be a number, not {_shown(value)}")
    try:
        number = float(value)
    except OverflowError:
        # Checked before any arithmetic: the conversion is where 10**400 would fail.
        raise InvalidArgument(argument, f"argument {argument!r} is too large for a number") from None
    if not math.isfinite(number):
        raise InvalidArgument(argument, f"argument {argument!r} must be a finite number, not {number}")
    if minimum is not None and number < minimum:
        raise InvalidArgument(argument, f"argument {argument!r} must be at least {minimum}, not {number:g}")
    if maximum is not None and number > maximum:
        raise InvalidArgument(argument, f"argument {argument!r} must be at most {maximum}, not {number:g}")
    if above is not None and not number > above:
        raise InvalidArgument(argument, f"argument {argument!r} must be more than {above}, not {number:g}")
    return value if isinstance(value, int | float) else number


def seconds_or_none(value: object, argument: str = "timeout") -> float | None:
    """A time limit in seconds, more than 0, or None for none; checked before any request.

    Args:
        value: The time limit.
        argument: The argument's name, for the error.

    Returns:
        The seconds, or None.

    Raises:
        InvalidArgument: a value that is not a positive finite number or None.
    """
    return None if value is None else float(finite_number(value, argument, above=0))


def whole_number(value: object, argument: str, *, minimum: int | None = None, maximum: int | None = INT64_MAX) -> int:
    """`value` when it is an int (not a bool) within the bounds; no API takes more than 64 bits by default.

    Args:
        value: The argument's value.
        argument: The argument's name, for the error.
        minimum: The smallest value allowed.
        maximum: The largest value allowed.

    Returns:
        The value.

    Raises:
        InvalidArgument: naming `argument`, for anything else.
    """
    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise InvalidArgument(argument, f"argument {argument!r} must be a whole number, not {_shown(value)}")
    number = int(value)
    if minimum is not None and number < minimum:
        raise InvalidArgument(argument, f"argument {argument!r} must be at least {minimum}, not {brief(number)}")
    if maximum is not None and number > maximum:
        raise InvalidArgument(argument, f"argument {argument!r} must be at most {maximum}, not {brief(number)}")
    return number


def sendable_text(value: object, argument: str, *, allow_empty: bool = True) -> str:
    """`value` when it is a str that can be encoded (and, unless allowed, not empty).

    Args:
        value: The argument's value.
        argument: The argument's name, for the error.
        allow_empty: Whether '' is allowed.

    Returns:
        The text.

    Raises:
        InvalidArgument: not text, text with a lone surrogate, or empty text when not allowed.
    """
    if not isinstance(value, str):
        raise InvalidArgument(argument, f"argument {argument!r} must be text, not {_shown(value)}")
    if not sendable(value):
        raise InvalidArgument(argument, f"argument {argument!r} is not valid text (it holds a lone surrogate)")
    if not value and not allow_empty:
        raise InvalidArgument(argument, f"argument {argument!r} must not be empty")
    return value


def local_path(value: object, argument: str) -> Path:
    """`value` as a `Path` when it is a non-empty str or path object a file system can name.

    Args:
        value: The argument's value.
        argument: The argument's name, for the error.

    Returns:
        The path.

    Raises:
        InvalidArgument: anything else.
    """
    if isinstance(value, bool) or not isinstance(value, str | os.PathLike):
        raise InvalidArgument(argument, f"argument {argument!r} must be a path (str or Path), not {_shown(value)}")
    text = os.fspath(value)
    if not isinstance(text, str):
        raise InvalidArgument(argument, f"argument {argument!r} must be a path (str or Path), not bytes")
    if not text:
        raise InvalidArgument(argument, f"argument {argument!r} is an empty path")
    if "\0" in text or not sendable(text):
        raise InvalidArgument(argument, f"argument {argument!r} is no path a file system can name")
    return Path(text)


def file_destination(value: object, argument: str) -> Path:
    """`value` as the `Path` of a file to write: a path that names a file, not an existing folder.

    Checked before the request whose answer it receives: writing `.` or a folder fails only once
    the answer is in (and the request, which may have cost money, was made).

    Args:
        value: The argument's value.
        argument: The argument's name, for the error.

    Returns:
        The path.

    Raises:
        InvalidArgument: no path, or one naming a folder.
    """
    path = local_path(value, argument)
    if path.name in ("", ".", ".."):
        raise InvalidArgument(argument, f"argument {argument!r} names no file to write ({path})")
    if path.is_dir():
        raise InvalidArgument(argument, f"argument {argument!r} is a folder ({path}); name the file to write")
    return path
