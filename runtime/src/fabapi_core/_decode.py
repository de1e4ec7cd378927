"""Fast, exact decoding helpers for the generated models' `from_dict`.

Each answers what the code it replaces answered, errors included; tests/core/test_core_decode.py
compares them with that code. `UUID(text)` spends most of its time in Python-level argument
handling around one `int(hex, 16)`, and binding a model's properties one `dict.pop` at a time
costs more than reading them, so both were a large part of decoding a page of records.
"""

from __future__ import annotations

import datetime
import itertools
import operator
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID, SafeUUID

from ._deviations import Deviation, deviation, extra

# The generated models' date-time parser: the same function, bound to one name (RFC 3339 forms with
# "Z" or an offset, fractions of any length, are read by Python 3.11's fromisoformat).
parse_datetime = datetime.datetime.fromisoformat

_new = object.__new__
T = TypeVar("T")

if TYPE_CHECKING:

    def new_instance(cls: type[T]) -> T:
        """An instance of `cls` with no __init__ run: a generated model's `from_dict` fills its slots.

        Args:
            cls: The model class.

        Returns:
            The empty instance.

        Raises:
            TypeError: a `cls` that cannot be instantiated this way (not a class).
        """

else:
    new_instance = object.__new__
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

    Args:
        value: The JSON value.

    Returns:
        The UUID.

    Raises:
        ValueError: text that is no UUID, as `UUID` raises it.
        AttributeError: a value that is not text, as `UUID` raises it.
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


def integral(value: Any) -> int:
    """A JSON number with no fraction, where the schema says integer: JSON Schema counts 2.0 as an
    integer, and a model's `int` field holds it as 2.

    Args:
        value: The JSON value.

    Returns:
        The integer.

    Raises:
        TypeError: anything but an int or a float with no fraction.
    """
    if type(value) is float and value.is_integer():
        return int(value)
    raise TypeError(f"expected an integer, got {type(value).__name__}")


def integers(values: list[Any]) -> list[int]:
    """`values`, each an int or made one by `integral`; a list of integers whose items were not all ints.

    Args:
        values: The JSON list.

    Returns:
        The integers.

    Raises:
        TypeError: an item `integral` refuses.
    """
    return [value if type(value) is int else integral(value) for value in values]


class Properties:
    """The JSON properties of one generated model, taken out of a mapping in declaration order.

    `split(src)` answers the values of `required + optional` (`unset` for an optional one that is
    absent; a missing required one raises its KeyError) and the rest of the mapping, the model's
    `additional_properties`: what the generated `d = dict(src); d.pop(...)` sequence answered. A
    plain dict holding every property is read with one C-level `itemgetter` call instead of a copy
    and one `pop` per property, the case of servers that write every field of a record.
    """

    __slots__ = (
        "_count",
        "_expected",
        "_get",
        "_hints",
        "_names",
        "_not_property",
        "_optional",
        "_order",
        "_required",
        "_required_python",
        "_to_json",
        "_unset",
        "get",
        "pairs",
    )

    def __init__(
        self,
        required: tuple[str, ...],
        optional: tuple[str, ...],
        unset: object,
        *,
        python: tuple[str, ...] = (),
        expected: tuple[str, ...] = (),
        hints: tuple[str, ...] = (),
    ) -> None:
        self._required = required
        self._optional = optional
        self._unset = unset
        names = required + optional
        self._order = names
        # Per property, as `names`: what its schema expects, in words, and the kind of deviation a
        # value of the right JSON type can still be ("enum", "format"; "" for none).
        self._expected = expected or ("",) * len(names)
        self._hints = hints or ("",) * len(names)
        # (python name, JSON name) of every property, to find the models inside a model.
        self.pairs: tuple[tuple[str, str], ...] = tuple(zip(python, names, strict=True)) if python else ()
        self._to_json = dict(self.pairs)
        # JSON name -> Python name of each required property: whose slot a deviation leaves empty.
        self._required_python = {key: name for name, key in self.pairs[: len(required)]}
        self._names = frozenset(names)
        # Not a property: the test `filterfalse` runs in C for each key, no Python-level comparison.
        self._not_property = self._names.__contains__
        self._count = len(names)
        # itemgetter of one name answers the bare value, of several a tuple: always a tuple here.
        self._get: Callable[[Mapping[str, Any]], Sequence[Any]] = (
            operator.itemgetter(*names) if len(names) > 1 else _one(names[0]) if names else _none
        )
        # Every property's value from a plain dict holding them all (KeyError otherwise), for `from_dict`
        # to call without a method call in between.
        self.get = self._get

    def split(self, src: Mapping[str, Any]) -> tuple[Sequence[Any], dict[str, Any]]:
        # Only a plain dict: a mapping's own __getitem__ may answer for missing keys (defaultdict).
        """The values of the model's properties in `src`, in order, and the fields beyond them (strict).

        Args:
            src: The JSON object.

        Returns:
            The property values (`unset` for a missing optional one) and the remaining fields.

        Raises:
            KeyError: a required property is missing.
        """
        if type(src) is dict and len(src) >= self._count:
            try:
                values = self._get(src)
            except KeyError:
                pass
            else:
                if len(src) == self._count:
                    return values, {}
                return values, self.rest(src)
        rest = dict(src)
        popped = [rest.pop(name) for name in self._required]
        popped += [rest.pop(name, self._unset) for name in self._optional]
        return popped, rest

    def take(self, src: Mapping[str, Any]) -> tuple[Sequence[Any], dict[str, Any]]:
        """`split`, tolerant: a missing required property answers `unset` too (the model records it as
        a deviation).

        Args:
            src: The JSON object.

        Returns:
            The property values (`unset` for a missing one) and the remaining fields.

        Raises:
            TypeError: anything but a mapping: it cannot be this model at all.
        """
        if type(src) is dict and len(src) >= self._count:
            try:
                values = self._get(src)
            except KeyError:
                pass
            else:
                if len(src) == self._count:
                    return values, {}
                return values, self.rest(src)
        if not isinstance(src, Mapping):
            raise TypeError(f"expected an object, got {type(src).__name__}")
        rest = dict(src)
        return [rest.pop(name, self._unset) for name in self._order], rest

    def rest(self, src: dict[str, Any]) -> dict[str, Any]:
        """The fields of `src` that are not properties, in order: the model's additional properties.

        Args:
            src: The JSON object.

        Returns:
            The fields beyond the properties.

        Raises:
            AttributeError: a `src` that is no dict.
        """
        return {key: src[key] for key in itertools.filterfalse(self._not_property, src)}

    def deviate(self, found: list[Deviation] | None, index: int, value: Any) -> list[Deviation]:
        """`found` (a new list for None) with the deviation of property `index`, which received `value`.

        Args:
            found: The deviations so far, or None.
            index: The property's position.
            value: What was received (`unset` when it was missing).

        Returns:
            The list with the new deviation.

        Raises:
            IndexError: an index beyond the properties.
        """
        item = deviation(self._order[index], value, self._expected[index], self._hints[index], value is self._unset)
        if found is None:
            return [item]
        found.append(item)
        return found

    def json_name(self, python: str) -> str | None:
        """The JSON name of the property whose attribute is `python`, None for no property.

        Args:
            python: The attribute's name.

        Returns:
            The JSON name, or None.

        Raises:
            TypeError: never: any name is looked up.
        """
        return self._to_json.get(python)

    def vacate(self, model: object, found: list[Deviation]) -> None:
        """Empty the slot of each required property of `model` that deviated: its type has no room for
        "nothing usable came", so the attribute is absent (reading it raises `DeviatedField`) rather than
        UNSET under an annotation that says otherwise.

        Args:
            model: The model `from_dict` is building.
            found: Its deviations.

        Raises:
            AttributeError: never: each slot was just filled.
        """
        for item in found:
            name = self._required_python.get(item.key)
            if name is not None and item.kind != "extra":
                delattr(model, name)

    def deviate_extra(self, found: list[Deviation] | None, key: str, value: Any, expected: str = "") -> list[Deviation]:
        """`found` with a field beyond the properties: one a closed schema does not allow (no `expected`),
        or an additional property that is not of the schema's type.

        Args:
            found: The deviations so far, or None.
            key: The field's name.
            value: What was received.
            expected: The additional properties' type, or '' for a closed schema.

        Returns:
            The list with the new deviation.

        Raises:
            TypeError: never: any JSON value is recorded as received.
        """
        item = extra(key, value) if not expected else deviation(key, value, expected, "", False)
        if found is None:
            return [item]
        found.append(item)
        return found


def _one(name: str) -> Callable[[Mapping[str, Any]], tuple[Any, ...]]:
    def get(src: Mapping[str, Any]) -> tuple[Any, ...]:
        return (src[name],)

    return get


def _none(src: Mapping[str, Any]) -> tuple[Any, ...]:
    return ()
