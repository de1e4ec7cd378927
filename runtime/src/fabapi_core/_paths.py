"""Path parameters made safe to put into a URL: one segment each, never a dot segment.

A value is percent-encoded whole (`/`, `?` and `#` included), so it can only ever fill its own
segment. What encoding cannot protect is refused: an empty value (`/parts/9//`) and the dot
segments `.` and `..`, which every URL parser, httpx's included, resolves away
(`/services/7/parts/9/..` is `/services/7/parts/`), so the request would reach another endpoint.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from urllib.parse import quote

from ._errors import InvalidArgument
from ._values import sendable_text

_DOT_SEGMENTS = frozenset({".", ".."})
_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")


def path_segment(value: object, argument: str) -> str:
    """`value` as one percent-encoded path segment.

    Args:
        value: The path value (text, a UUID, a number...).
        argument: The argument's name, for the error.

    Returns:
        The encoded segment (`/`, `?` and `#` encoded too).

    Raises:
        InvalidArgument: naming `argument`, when the value is empty or a dot segment, None or a number
            that is not finite (`None`, `nan` and `inf` would go out as words), or text that cannot be
            sent (a lone surrogate).
    """
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        raise InvalidArgument(argument, f"argument {argument!r} is {value}, which cannot be a path segment")
    try:
        # Generated enums print as their value, so str() is the wire form of every parameter type.
        text = str(value)
    except ValueError:  # an int of more digits than Python will print
        raise InvalidArgument(argument, f"argument {argument!r} is too long to be a path segment") from None
    if text in _DOT_SEGMENTS or not text:
        shown = repr(text) if text else "empty"
        raise InvalidArgument(argument, f"argument {argument!r} is {shown}, which cannot be a path segment")
    try:
        return quote(text, safe="")
    except UnicodeEncodeError:
        raise InvalidArgument(
            argument, f"argument {argument!r} is not valid text (it holds a lone surrogate)"
        ) from None


def path_text(value: object, argument: str) -> str:
    """`value`, unencoded, when it is text that `path_segment` would take (hand-written helpers check
    an id this way before the first request, even when it is used only in a later one).

    Args:
        value: The path value.
        argument: The argument's name, for the error.

    Returns:
        The value as text.

    Raises:
        InvalidArgument: what `path_segment` refuses.
    """
    text = sendable_text(value, argument)
    path_segment(text, argument)
    return text


def expand_path(template: str, values: Mapping[str, object]) -> str:
    """`template` with each `{name}` replaced by `path_segment(values[name], name)`.

    Args:
        template: A path such as `/devices/{device_id}`.
        values: The value of each name.

    Returns:
        The path with every value encoded as one segment.

    Raises:
        InvalidArgument: a value `path_segment` refuses, or a name `values` does not hold.
    """

    def fill(match: re.Match[str]) -> str:
        name = match[1]
        if name not in values:
            raise InvalidArgument(name, f"the path {template!r} needs a value for {name!r}")
        return path_segment(values[name], name)

    return _PLACEHOLDER.sub(fill, template)
