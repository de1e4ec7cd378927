"""Path and query parameters, read off the wire and checked against each operation's parameter schemas.

The generated models cover bodies only, so each parameter schema becomes a pydantic type here
(its limits as `Field` constraints). Text becomes a number the way servers (and schemathesis'
idea of the wire) read it: ASCII digits, no padding, no `_`; `null` only where the schema
allows null; booleans only as `true`/`false`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, ConfigDict, Field, TypeAdapter, ValidationError
from starlette.datastructures import QueryParams

from .problems import Invalid
from .spec import Operation, Parameter, Schema

# Hypothesis draws pattern matches with Python's `re` (`\w` is Unicode), so the same engine checks them.
_CONFIG = ConfigDict(regex_engine="python-re")
# The keywords this module turns into constraints; any other one in a parameter schema is a gap.
_KNOWN = {"type", "minimum", "maximum", "multipleOf", "pattern", "minLength", "maxLength", "enum", "format", "items",
          "default", "description", "example"}  # fmt: skip


_PYTHON_TYPES: dict[str, type] = {"integer": int, "number": float, "boolean": bool, "string": str}


class Unreadable(ValueError):
    """Text that is not a value of the parameter's type at all."""


def _types(schema: Schema) -> list[str]:
    kind = schema.get("type", "string")
    return list(kind) if isinstance(kind, list) else [kind]


def _scalar_type(schema: Schema) -> Any:
    """The pydantic type of one (non-array) parameter value, with the schema's limits."""
    unknown = set(schema) - _KNOWN
    if unknown:
        raise NotImplementedError(f"parameter schema keywords not supported: {sorted(unknown)}")
    kind = next(t for t in _types(schema) if t != "null")
    constraints: dict[str, Any] = {}
    if kind in ("integer", "number"):
        for keyword, name in (("minimum", "ge"), ("maximum", "le"), ("multipleOf", "multiple_of")):
            if keyword in schema:
                constraints[name] = schema[keyword]
    if kind == "string":
        for keyword, name in (("pattern", "pattern"), ("minLength", "min_length"), ("maxLength", "max_length")):
            if keyword in schema:
                constraints[name] = schema[keyword]
    typed: Any = Annotated[_PYTHON_TYPES[kind], Field(strict=True, **constraints)]
    if "enum" in schema:
        typed = Literal[tuple(v for v in schema["enum"] if v is not None)]
    if kind == "string" and schema.get("format") == "date":
        typed = Annotated[typed, AfterValidator(_real_date)]
    if "null" in _types(schema):
        typed = typed | None
    return typed


def _real_date(text: str) -> str:
    # The pattern admits 2019-02-30; the format does not.
    date.fromisoformat(text)
    return text


def read_text(text: str, schema: Schema) -> Any:
    """One value from its text, as the schema's type (no range checks yet)."""
    kinds = _types(schema)
    if "null" in kinds and text.lower() == "null":
        return None
    kind = next(t for t in kinds if t != "null")
    if kind == "string":
        return text
    if not text.isascii() or "_" in text or text != text.strip():
        raise Unreadable(f"{text!r} is not a valid {kind}")
    try:
        if kind == "integer":
            # Whole numbers in decimal notation too (`227.0`), as Django REST framework reads them.
            number = float(text) if not text.lstrip("-").isdigit() else int(text)
            if isinstance(number, float) and not number.is_integer():
                raise Unreadable(f"{text!r} is not a valid integer")
            return int(number)
        if kind == "number":
            number = float(text)
            if not math.isfinite(number):
                raise Unreadable(f"{text!r} is not a finite number")
            return number
    except ValueError:
        raise Unreadable(f"{text!r} is not a valid {kind}") from None
    if kind == "boolean" and text.lower() in ("true", "false"):
        return text.lower() == "true"
    raise Unreadable(f"{text!r} is not a valid {kind}")


@dataclass(frozen=True)
class _Checked:
    parameter: Parameter
    adapter: TypeAdapter[Any]
    array: bool

    @classmethod
    def of(cls, parameter: Parameter) -> _Checked:
        schema = parameter.schema
        array = "array" in _types(schema)
        item = _scalar_type(schema.get("items", {}) if array else schema)
        shape: Any = list.__class_getitem__(item) if array else item
        return cls(parameter, TypeAdapter(shape, config=_CONFIG), array)

    @property
    def item_schema(self) -> Schema:
        return self.parameter.schema.get("items", {}) if self.array else self.parameter.schema


class ParameterSet:
    """Every parameter of one operation, ready to check a request's path and query."""

    def __init__(self, operation: Operation) -> None:
        self.operation = operation
        self._checked = [_Checked.of(p) for p in operation.parameters]

    def read(self, path: Mapping[str, str], query: QueryParams) -> tuple[dict[str, Any], dict[str, Any]]:
        """(path values, query values); defaults filled in, absent optional ones left out."""
        problems: list[dict[str, str]] = []
        found: dict[str, dict[str, Any]] = {"path": {}, "query": {}}
        for checked in self._checked:
            parameter = checked.parameter
            if parameter.location == "path":
                texts = [path[parameter.name]]
            else:
                texts = query.getlist(parameter.name)
            if not texts:
                if parameter.required:
                    problems.append(_problem(parameter, "This parameter is required."))
                elif parameter.default is not None:
                    found[parameter.location][parameter.name] = parameter.default
                continue
            if len(texts) > 1 and not checked.array:
                problems.append(_problem(parameter, "Give this parameter once."))
                continue
            try:
                raw = [read_text(text, checked.item_schema) for text in texts]
                value = checked.adapter.validate_python(raw if checked.array else raw[0])
            except Unreadable as err:
                problems.append(_problem(parameter, str(err)))
                continue
            except ValidationError as err:
                problems.append(_problem(parameter, "; ".join(e["msg"] for e in err.errors())))
                continue
            found[parameter.location][parameter.name] = value
        if problems:
            raise Invalid("Field validation error", problems)
        return found["path"], found["query"]


def _problem(parameter: Parameter, message: str) -> dict[str, str]:
    return {"field": parameter.name, "in": parameter.location, "message": message}
