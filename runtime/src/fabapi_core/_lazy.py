"""Attributes a generated model fills on first read: what `from_dict`'s fast path leaves for later.

Decoding a page of records spent most of its time beyond `json.loads` on two things a caller may
never look at: a `UUID` built for every uuid field, and the dict of the fields the spec does not
list (`additional_properties`) filtered out of every record. The fast path checks a uuid's text
(one regular expression, in C) and keeps the text; `TextUUID` makes the `UUID` on the first read
and keeps it. It keeps the record's own dict; `LazyExtras` filters it on the first read. Both
are descriptors over the attrs slot of the same name, so the annotation, `attrs.fields`, `__init__`
and assignment are unchanged, and a model built by hand holds what it was given.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Final

from ._decode import Properties, parse_uuid
from ._deviations import TolerantModel

# The canonical form of a uuid (8-4-4-4-12 hex digits): text `UUID` always reads, to the number
# `int(text.replace("-", ""), 16)`. Other forms `UUID` takes (no dashes, braces, `urn:uuid:`) are
# rare in answers and are converted at once, as is anything it may refuse.
uuid_text: Final = re.compile(r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}").fullmatch

_source_slot = TolerantModel.__dict__["_fabapi_source"]
_get_source = _source_slot.__get__
_drop_source = _source_slot.__delete__


class _OverSlot:
    """A descriptor in place of an attrs slot's own, reading and writing the same slot."""

    __slots__ = ("_delete", "_get", "_set", "name")

    def __init__(self, cls: type, name: str) -> None:
        slot = cls.__dict__[name]
        self._get = slot.__get__
        self._set = slot.__set__
        self._delete = slot.__delete__
        self.name = name

    def __set__(self, obj: object, value: Any) -> None:
        self._set(obj, value)

    def __delete__(self, obj: object) -> None:
        self._delete(obj)


class TextUUID(_OverSlot):
    """A uuid attribute that may hold the canonical text `from_dict` checked: a `UUID` from the first read on."""

    __slots__ = ()

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        value = self._get(obj)  # an empty slot raises AttributeError: the model's __getattr__ says why
        if isinstance(value, str):
            try:
                value = parse_uuid(value)
            except ValueError:
                return value  # not from `from_dict` (which checked it): text a caller put there, as given
            self._set(obj, value)
        return value


class LazyExtras(_OverSlot):
    """`additional_properties` of a model whose `from_dict` kept its JSON object: filtered on the first read.

    The object is the one `from_dict` was given (a client's own, parsed from the answer); a caller who
    decodes a dict of theirs and changes it before the first read sees the change there.
    """

    __slots__ = ("_properties",)

    def __init__(self, cls: type, name: str, properties: Properties) -> None:
        super().__init__(cls, name)
        self._properties = properties

    def __get__(self, obj: object, owner: type | None = None) -> Any:
        if obj is None:
            return self
        try:
            return self._get(obj)
        except AttributeError:
            pass
        source = _get_source(obj)  # none either: an AttributeError, as for any empty slot
        extras = self._properties.rest(source)
        self._set(obj, extras)
        _drop_source(obj)
        return extras


def slot_setter(cls: type, name: str) -> Callable[[object, Any], None]:
    """The C-level setter of the slot under `cls`'s lazy attribute `name`.

    `from_dict`'s fast path stores through it: the same slot `obj.name = value` writes, without a call of
    the Python-level `__set__` of the descriptor `read_lazily` put over it (two per object add up on a page).

    Args:
        cls: The generated model class, after `read_lazily`.
        name: The Python name of one of its lazy attributes.

    Returns:
        The slot's own `__set__`, taking the object and the value.

    Raises:
        TypeError: `name` is not an attribute `read_lazily` made lazy.
    """
    descriptor = cls.__dict__.get(name)
    if not isinstance(descriptor, _OverSlot):
        raise TypeError(f"{cls.__name__}.{name} is not a lazy attribute")
    setter: Callable[[object, Any], None] = descriptor._set
    return setter


def read_lazily(cls: type, *, uuids: tuple[str, ...] = (), extras: Properties | None = None) -> None:
    """Put `TextUUID` over each of `uuids` and, given the model's properties, `LazyExtras` over its
    `additional_properties`: the attributes `cls.from_dict`'s fast path fills with what it kept.

    Args:
        cls: The generated model class.
        uuids: The Python names of its uuid attributes.
        extras: Its `Properties`, when its fast path keeps the JSON object for `additional_properties`.

    Raises:
        KeyError: a name that is no slot of `cls`.
    """
    lazy: dict[str, _OverSlot] = {name: TextUUID(cls, name) for name in uuids}
    if extras is not None:
        lazy["additional_properties"] = LazyExtras(cls, "additional_properties", extras)
    for name, descriptor in lazy.items():
        setattr(cls, name, descriptor)
