# Copied from overlays/kittycad/_units.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""Unit families of the `/unit/conversion/...` operations, read off the generated resource methods.

Each family is a method `get_<family>_conversion(src_format, output_format, *, value)` whose
format arguments are annotated with the family's unit enum; reading them from the annotations keeps
this table in step with the spec.
"""

from __future__ import annotations

import enum
import re
import typing
from dataclasses import dataclass
from functools import cache
from types import UnionType
from typing import Any

from fabapi_core import InvalidArgument, finite_number, sendable_text

from ._resources import UnitResource

_METHOD = re.compile(r"^get_(?P<family>\w+)_conversion$")


@dataclass(frozen=True)
class Family:
    name: str
    method: str
    enum: type[enum.Enum]

    def units(self, value: str, argument: str) -> Any:
        text = sendable_text(value, argument)
        try:
            return self.enum(text)
        except ValueError:
            known = ", ".join(str(member.value) for member in self.enum)
            raise InvalidArgument(argument, f"{value!r} is not a {self.name} unit; known: {known}") from None


def _unit_enum(method: Any) -> type[enum.Enum] | None:
    hints = typing.get_type_hints(method)
    annotation = hints.get("src_format")
    members = typing.get_args(annotation) if isinstance(annotation, UnionType) else (annotation,)
    return next((m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)), None)


@cache
def families() -> dict[str, Family]:
    found: dict[str, Family] = {}
    for name in dir(UnitResource):
        match = _METHOD.match(name)
        if match is None:
            continue
        unit_enum = _unit_enum(getattr(UnitResource, name))
        if unit_enum is not None:
            found[match["family"]] = Family(match["family"], name, unit_enum)
    return found


def family(kind: str) -> Family:
    key = sendable_text(kind, "kind").strip().lower().replace(" ", "_").replace("-", "_")
    known = families()
    if key not in known:
        raise InvalidArgument("kind", f"unknown unit family {kind!r}; known: {', '.join(sorted(known))}")
    return known[key]


def number(value: object) -> float:
    # finite_number converts first: math.isfinite(10**400) itself raises OverflowError.
    return float(finite_number(value, "value"))
