"""Answers that deviate from their schema: kept on the models, reported once, refused in strict mode.

A generated model's `from_dict` never raises on a field that does not match its schema (a null
where none is allowed, a required field missing, an unknown enum value, a scalar of another type,
an object where a list was expected): the typed attribute is left UNSET, so it never holds a value
of another type than it says, and the model's `deviations` keep what was received, each a
`Deviation` naming the field, what the schema expected and the JSON type that came. Only a body
that is not an object where a model must be raises (`TypeError`), and the caller turns that into
`UnexpectedResponse`.

Decoding counts deviations per thread (`deviation_mark`), so the caller learns at the cost of two
reads whether an answer needs a look at all; only then does `located` walk the models to give each
deviation its JSON path from the body's root.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import threading
import warnings
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Final, NoReturn

from ._errors import DeviatedField

logger = logging.getLogger("fabapi")
RECORD_ENV_VAR: Final = "FABAPI_RECORD"

_JSON_TYPES: Final[dict[type, str]] = {
    dict: "object",
    list: "array",
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
    type(None): "null",
}
# A JSON name that can follow a dot in a path; any other is written as ["..."].
_PLAIN_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INDEX = re.compile(r"\[\d+\]")
# How many (operation, path) pairs the once-only warning remembers; past it, warnings stop, not memory.
_SEEN_LIMIT: Final = 10_000


class SchemaDeviationWarning(UserWarning):
    """An answer deviated from its schema; the client kept what was received (filter with `warnings`)."""


@dataclass(frozen=True, slots=True)
class Deviation:
    """One field of one model that did not match its schema.

    `key` is the field's JSON name in its model, `kind` one of `null`, `missing`, `type`, `enum`,
    `format` or `extra`, `expected` the schema in words, `received` the JSON type that came
    (`absent` for a missing field), and `value` what was received (UNSET when absent).
    """

    key: str
    kind: str
    expected: str
    received: str
    value: Any = field(repr=False, compare=False)


class TolerantModel:
    """The base of every generated model: where the deviations of a decoded one are kept.

    A slot of its own rather than an attrs field, so that `attrs.fields` sees the schema's properties
    only, and a model that matched its schema pays nothing for it. A required property whose value
    deviated has no value at all (its annotation says it always holds one of its type): its slot stays
    empty and reading it raises `DeviatedField`. So that an empty slot is no trap, equality, `repr`
    and pickling are this class's (the generated classes ask attrs for none of them): they pass over
    an empty slot instead of reading it.
    """

    __slots__ = ("_fabapi_deviations", "_fabapi_source")
    _fabapi_deviations: tuple[Deviation, ...]  # set by `from_dict` only when something deviated
    # The JSON object `from_dict`'s fast path decoded, until its additional properties are read (_lazy.py).
    _fabapi_source: dict[str, Any]
    # The model's properties (`Properties`), set by its generated module.
    _fabapi_properties: ClassVar[Any]
    __attrs_attrs__: ClassVar[tuple[Any, ...]]

    @property
    def deviations(self) -> tuple[Deviation, ...]:
        """What was received that does not match the schema, field by field (an optional attribute is then
        UNSET, a required one absent: reading it raises `DeviatedField`)."""
        try:
            found: tuple[Deviation, ...] = _get_deviations(self)
        except AttributeError:
            return ()
        return found

    if not TYPE_CHECKING:  # for mypy, a model has the attributes it declares, not any name

        def __getattr__(self, name: str) -> Any:
            return _absent(self, name)

    def _fabapi_state(self) -> tuple[Any, ...]:
        return tuple(getattr(self, field.name, _ABSENT) for field in type(self).__attrs_attrs__)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, TolerantModel)  # for mypy: the same class
        return self._fabapi_state() == other._fabapi_state()

    def __ne__(self, other: object) -> bool:
        equal = self.__eq__(other)
        return equal if equal is NotImplemented else not equal

    __hash__ = None  # type: ignore[assignment]  # mutable, compared by value: as attrs makes such classes

    def __repr__(self) -> str:
        shown = (
            f"{field.name}={value!r}"
            for field in type(self).__attrs_attrs__
            if (value := getattr(self, field.name, _ABSENT)) is not _ABSENT
        )
        return f"{type(self).__name__}({', '.join(shown)})"

    def __getstate__(self) -> dict[str, Any]:
        # Every filled slot: the properties, the additional properties and the deviations; an empty one stays empty.
        state = {
            field.name: value
            for field in type(self).__attrs_attrs__
            if (value := getattr(self, field.name, _ABSENT)) is not _ABSENT
        }
        if self.deviations:
            state["_fabapi_deviations"] = self.deviations
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        for name, value in state.items():
            object.__setattr__(self, name, value)


def _absent(model: TolerantModel, name: str) -> NoReturn:
    """What reading `name` raises once the normal look-up failed: an empty slot, or no such attribute."""
    properties = getattr(type(model), "_fabapi_properties", None)
    key = properties.json_name(name) if properties is not None else None
    if key is not None:
        for item in model.deviations:
            if item.key == key and item.kind != "extra":
                raise DeviatedField(
                    type(model).__name__,
                    name,
                    path=child_path("$", key),
                    kind=item.kind,
                    expected=item.expected,
                    received=item.received,
                )
    raise AttributeError(f"{type(model).__name__!r} object has no attribute {name!r}", name=name, obj=model)


_get_deviations = TolerantModel.__dict__["_fabapi_deviations"].__get__
# What `getattr` answers for an empty slot: nothing a property could hold.
_ABSENT: Final = object()


class _Count(threading.local):
    # Per thread: decoding is synchronous, so no other decode interleaves with one being counted.
    count = 0


_counted = _Count()


def deviation_mark() -> int:
    """A number that changes whenever a deviation is recorded in this thread.

    Returns:
        The current mark; compare two to know whether a deviation was recorded between them.

    Raises:
        RuntimeError: never: the mark is a thread-local counter, read.
    """
    return _counted.count


def closest(data: Any, parsers: tuple[Callable[[Any], Any], ...]) -> Any:
    """`data` decoded by the parser (a union's model variants' `from_dict`) it deviates least from, the
    first of those tied. A variant whose own constants or enums `data` does not match (a `type` tag
    naming another variant) comes after all others.

    Args:
        data: The JSON object to decode.
        parsers: The variants' decoders, in the union's order.

    Returns:
        The value the best-fitting parser made.

    Raises:
        TypeError: `data` is not an object.
    """
    if not isinstance(data, Mapping):
        raise TypeError(f"expected an object, got {type(data).__name__}")
    best: Any = None
    fewest = (0, 0)
    for parse in parsers:
        mark = _counted.count
        value = parse(data)
        tags = sum(item.kind == "enum" for item in getattr(value, "deviations", ()))
        score = (tags, _counted.count - mark)
        if best is None or score < fewest:
            best, fewest = value, score
    return best


def json_type(value: Any) -> str:
    """The JSON type of a decoded value, `absent` for a generated package's UNSET."""
    name = _JSON_TYPES.get(type(value))
    if name is not None:
        return name
    if type(value).__name__ == "Unset":
        return "absent"
    return type(value).__name__


def deviation(key: str, value: Any, expected: str, hint: str, absent: bool) -> Deviation:
    """The `Deviation` of field `key` that received `value`; counted (see `deviation_mark`)."""
    _counted.count += 1
    if absent:
        kind = "missing"
    elif value is None:
        kind = "null"
    elif (hint == "format" and type(value) is str) or (hint == "enum" and type(value) in (str, int)):
        kind = hint  # the right JSON type, a value the schema does not allow (an enum's, a date-time's)
    else:
        kind = "type"
    return Deviation(key, kind, expected, json_type(value), value)


def extra(key: str, value: Any) -> Deviation:
    """The `Deviation` of a field a closed schema (`additionalProperties: false`) does not list."""
    _counted.count += 1
    return Deviation(key, "extra", "no such property", json_type(value), value)


def restore_received(field_dict: dict[str, Any], deviations: Iterable[Deviation]) -> None:
    """Put what was received back into a model's `to_dict()`: a deviating field as it came, a missing
    one left out, so a model's dict holds everything its JSON object held.

    Args:
        field_dict: The dict `to_dict()` is building, changed in place.
        deviations: The model's deviations.

    Raises:
        KeyError: never; a missing field is removed only when present.
    """
    for item in deviations:
        if item.kind == "missing":
            field_dict.pop(item.key, None)
        else:
            field_dict[item.key] = item.value


def child_path(path: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{path}[{key}]"
    if _PLAIN_NAME.fullmatch(key):
        return f"{path}.{key}"
    return f"{path}[{json.dumps(key)}]"


def general_path(path: str) -> str:
    """`path` with every array index as `[*]`: one name for the same field of every item."""
    return _INDEX.sub("[*]", path)


def located(value: Any, path: str = "$") -> list[tuple[str, Deviation]]:
    """Every deviation in a decoded answer, with its JSON path from the root, in document order.

    Args:
        value: A decoded answer: a model, or lists and dicts of them.
        path: The JSON path of `value` itself.

    Returns:
        (JSON path, deviation) pairs, such as `("$.items[3].build.created_at", ...)`.

    Raises:
        RecursionError: an answer nested deeper than Python's recursion limit (decoding refuses those first).
    """
    found: list[tuple[str, Deviation]] = []
    _walk(value, path, found, 0)
    return found


def _walk(value: Any, path: str, found: list[tuple[str, Deviation]], depth: int) -> None:
    if depth > 200:  # a model tree deeper than any schema here: stop, never a RecursionError
        return
    properties = getattr(type(value), "_fabapi_properties", None)
    if properties is not None:
        for item in value.deviations:
            found.append((child_path(path, item.key), item))
        for python_name, json_name in properties.pairs:
            _walk(getattr(value, python_name, None), child_path(path, json_name), found, depth + 1)
        extras = getattr(value, "additional_properties", None)
        if isinstance(extras, dict):
            for key, item in extras.items():
                _walk(item, child_path(path, key), found, depth + 1)
    elif type(value) is list:
        for index, item in enumerate(value):
            _walk(item, child_path(path, index), found, depth + 1)
    elif type(value) is dict:
        for key, item in value.items():
            _walk(item, child_path(path, key), found, depth + 1)


@dataclass(frozen=True)
class _Group:
    """The deviations of one answer at one general path, all of one kind."""

    path: str
    first: str
    kind: str
    expected: str
    received: str
    count: int


def _groups(found: Iterable[tuple[str, Deviation]]) -> Iterator[_Group]:
    merged: dict[tuple[str, str, str], list[tuple[str, Deviation]]] = {}
    for path, item in found:
        merged.setdefault((general_path(path), item.kind, item.received), []).append((path, item))
    for (general, kind, received), items in merged.items():
        yield _Group(general, items[0][0], kind, items[0][1].expected, received, len(items))


class _Seen:
    def __init__(self) -> None:
        self._keys: set[tuple[str, str]] = set()
        self._lock = threading.Lock()

    def first(self, key: tuple[str, str]) -> bool:
        with self._lock:
            if key in self._keys or len(self._keys) >= _SEEN_LIMIT:
                return False
            self._keys.add(key)
            return True


_seen = _Seen()
_record_lock = threading.Lock()


def report(found: list[tuple[str, Deviation]], *, package: str, method: str, path: str) -> None:
    """Tell about an answer's deviations: a `SchemaDeviationWarning` once per operation and JSON path,
    a `fabapi` log record per path, and with `FABAPI_RECORD=DIR` one JSON line per path in
    `DIR/<package>.jsonl` (types and names only, never a value)."""
    operation = f"{method.upper()} {path}"
    groups = list(_groups(found))
    for group in groups:
        text = (
            f"{operation}: {group.path} deviates from the schema ({group.kind}): expected {group.expected},"
            f" received {group.received}" + (f" in {group.count} places" if group.count > 1 else "")
        )
        if _seen.first((f"{package} {operation}", group.path)):
            warnings.warn(text, SchemaDeviationWarning, stacklevel=_caller_level())
        # Info, not warning: without FABAPI_LOG, logging's last-resort handler would print each one.
        logger.info(
            "schema deviation %s",
            text,
            extra={"fabapi_deviation": _record(group, package=package, operation=operation, path=path)},
        )
    folder = os.environ.get(RECORD_ENV_VAR, "").strip()
    if folder:
        _append(Path(folder), package, [_record(g, package=package, operation=operation, path=path) for g in groups])


def _caller_level() -> int:
    """The stack level of the first frame outside fabapi's packages: the warning names the user's line."""
    frame = sys._getframe(1)
    level = 1
    while frame is not None and frame.f_globals.get("__name__", "").startswith("fabapi"):
        frame = frame.f_back  # type: ignore[assignment]
        level += 1
    return level


def _record(group: _Group, *, package: str, operation: str, path: str) -> dict[str, Any]:
    return {
        "package": package,
        "operation": operation,
        "path": path,
        "json_path": group.path,
        "kind": group.kind,
        "expected": group.expected,
        "received": group.received,
        "count": group.count,
    }


def _append(folder: Path, package: str, records: list[dict[str, Any]]) -> None:
    lines = "".join(json.dumps(record, sort_keys=True) + "\n" for record in records)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with _record_lock, open(folder / f"{package}.jsonl", "a", encoding="utf-8") as file:
            file.write(lines)
    except OSError as error:
        # Recording is an aid; a full disk or a read-only folder must not fail the user's call.
        logger.warning("could not record schema deviations in %s: %s", folder, error)
