"""Every operation, called with one hostile value among valid arguments, sends nothing and names it.

For every operation of every installed vendor that takes an argument, hypothesis draws valid
arguments for its generated resource method (as `test_client_requests` does), then puts one value
that cannot go on the wire in one place:

- a path, query or header parameter gets NaN, inf, -inf, a lone surrogate, and whichever of None,
  True and 10**400 its annotation does not take (10**400 is refused where a float must hold it);
  a path parameter also '', '.' or '..' (httpx would resolve a dot segment away), and an item of a
  list parameter NaN or a lone surrogate;
- a number or a text inside the request body gets NaN, inf, -inf or a lone surrogate (httpx writes
  NaN into JSON as the invalid literal `NaN`).

The call must raise `InvalidArgument` naming the argument as the method spells it (inside a body,
the JSON path of the value, found in the body's own `to_dict()`), and the transport must have seen
no request at all.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import attrs
import pytest
from fabapi_core import InvalidArgument
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.budget import examples
from tests.spec_strategies import (
    SPEC_HEALTH_CHECKS,
    MockServer,
    Operation,
    arguments,
    bound_method,
    curated_spec,
    entry_client,
    first_page,
    installed_vendors,
    operations,
    resolve,
)

SURROGATE = "\ud800"


def _takes_arguments(operation: Operation) -> bool:
    """Whether a hostile value has a place: a parameter, or a number or text its body may carry."""
    parameters = [p for p in operation.raw.get("parameters", []) if not _page_control(operation, p)]
    spec = curated_spec(operation.vendor)
    body = resolve(spec, operation.raw.get("requestBody"))
    schemas = [media.get("schema", {}) for media in body.get("content", {}).values()] if body else []
    return bool(parameters) or any(_carries_values(spec, schema, ()) for schema in schemas)


# Strings the generated models hold as other types (UUID, datetime, date, bytes): no text to replace.
_TYPED_FORMATS = frozenset({"uuid", "date-time", "date", "binary", "byte"})


def _carries_values(spec: Any, schema: Any, seen: tuple[str, ...]) -> bool:
    """Whether a body of this schema may hold a number, a plain text, or a property it does not declare."""
    if isinstance(schema, dict) and "$ref" in schema:
        ref = str(schema["$ref"])
        return ref not in seen and _carries_values(spec, resolve(spec, schema), (*seen, ref))
    if not isinstance(schema, dict):
        return False
    kind = schema.get("type")
    if kind in ("number", "integer") or (kind == "string" and schema.get("format") not in _TYPED_FORMATS):
        return "enum" not in schema
    if kind == "object" and schema.get("additionalProperties") is not False:
        return True
    subschemas = [*schema.get("properties", {}).values(), schema.get("items")]
    subschemas += [branch for key in ("allOf", "anyOf", "oneOf") for branch in schema.get(key, [])]
    return any(_carries_values(spec, sub, seen) for sub in subschemas if sub is not None)


def _page_control(operation: Operation, parameter: dict[str, Any]) -> bool:
    return parameter["in"] == "query" and parameter["name"] in operation.page_controls


OPERATIONS = [op for vendor in installed_vendors() for op in operations(vendor.key) if _takes_arguments(op)]
CASES = [pytest.param(operation, id=str(operation)) for operation in OPERATIONS]


@dataclass(frozen=True)
class Hostile:
    """One value put in one place by `put`; the error names `argument`, or for a body value its JSON path."""

    label: str
    put: Callable[[dict[str, Any]], None]
    value: object
    argument: str | None = None  # None: a value inside the body


def _members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def _not_finite() -> list[float]:
    # Fresh objects each time: a body value is found again by identity in the body's to_dict().
    return [float("nan"), float("inf"), float("-inf")]


def _parameter_values(location: str, annotation: Any) -> list[tuple[Any, str]]:
    """Hostile values for a parameter of this annotation, each with the suffix its name gets ('' or '[0]')."""
    members = _members(annotation)
    origins = {typing.get_origin(member) or member for member in members}
    found: list[tuple[Any, str]] = [(value, "") for value in [*_not_finite(), SURROGATE]]
    if type(None) not in origins:
        found.append((None, ""))
    if bool not in origins:
        found.append((True, ""))
    if int not in origins:  # an int parameter without a declared width may be this large
        found.append((10**400, ""))
    if location == "path":
        found += [("", ""), (".", ""), ("..", "")]
    if list in origins:
        found += [([SURROGATE], "[0]"), ([float("nan")], "[0]")]
    return found


def _parameter_cases(operation: Operation, method: Callable[..., Any]) -> list[Hostile]:
    hints = typing.get_type_hints(method)
    cases: list[Hostile] = []
    for parameter in operation.raw.get("parameters", []):
        if _page_control(operation, parameter):
            continue
        location, wire = str(parameter["in"]), str(parameter["name"])
        name = operation.argument_names[(location, wire)]
        for value, suffix in _parameter_values(location, hints[name]):
            put = functools.partial(_put_argument, name, value)
            cases.append(Hostile(f"{location} {name}={value!r:.20}", put, value, name + suffix))
    return cases


def _put_argument(name: str, value: Any, kwargs: dict[str, Any]) -> None:
    kwargs[name] = value


# -- bodies ---------------------------------------------------------------------------------------------


def _leaves(node: Any) -> list[Callable[[Any], None]]:
    """Setters for every number and text inside a body model, and for one more property where a
    model takes properties it does not declare."""
    found: list[Callable[[Any], None]] = []
    if attrs.has(type(node)):
        for field in attrs.fields(type(node)):
            value = getattr(node, field.name)
            if field.name == "additional_properties":
                found += [*_container_leaves(value), functools.partial(_set_item, value, "fabapi_extra")]
            elif _is_leaf(value):
                found.append(functools.partial(setattr, node, field.name))
            else:
                found += _leaves(value)
    else:
        found += _container_leaves(node)
    return found


def _container_leaves(node: Any) -> list[Callable[[Any], None]]:
    found: list[Callable[[Any], None]] = []
    if isinstance(node, dict | list):
        keys = list(node) if isinstance(node, dict) else range(len(node))
        for key in keys:
            if _is_leaf(node[key]):
                found.append(functools.partial(_set_item, node, key))
            else:
                found += _leaves(node[key])
    return found


def _is_leaf(value: Any) -> bool:
    if isinstance(value, bool | enum.Enum):
        return False
    return isinstance(value, int | float | str)


def _set_item(node: Any, key: Any, value: Any) -> None:
    node[key] = value


def _wire(body: Any) -> Any:
    return [item.to_dict() for item in body] if isinstance(body, list) else body.to_dict()


def _path_of(target: object, node: Any, where: str) -> str | None:
    """Where `target` (by identity) sits in a body's JSON form, as `body.a.b[2].c`."""
    if node is target:
        return where
    children: list[tuple[Any, str]] = []
    if isinstance(node, dict):
        children = [(value, f"{where}.{key}") for key, value in node.items()]
    elif isinstance(node, list):
        children = [(value, f"{where}[{index}]") for index, value in enumerate(node)]
    for child, at in children:
        found = _path_of(target, child, at)
        if found is not None:
            return found
    return None


def _body_cases(kwargs: dict[str, Any]) -> list[Hostile]:
    body = kwargs.get("body")
    if body is None or type(body).__name__ == "File" or not (attrs.has(type(body)) or isinstance(body, list)):
        return []  # no body, or raw bytes (a File): nothing inside it is a number or a text
    cases: list[Hostile] = []
    for index, setter in enumerate(_leaves(body)):
        for value in [*_not_finite(), SURROGATE]:
            cases.append(Hostile(f"body leaf {index}={value!r}", functools.partial(_put_leaf, setter, value), value))
    return cases


def _put_leaf(setter: Callable[[Any], None], value: Any, kwargs: dict[str, Any]) -> None:
    setter(value)


def _expected(case: Hostile, kwargs: dict[str, Any]) -> str | None:
    if case.argument is not None:
        return case.argument
    # Looked up once the value is in place: the body's own to_dict() says where it went.
    return _path_of(case.value, _wire(kwargs["body"]), "body")


@pytest.mark.parametrize("operation", CASES)
@settings(max_examples=examples(10), suppress_health_check=SPEC_HEALTH_CHECKS)
@given(data=st.data())
def test_a_hostile_value_is_refused_by_name_and_nothing_is_sent(operation: Operation, data: st.DataObject) -> None:
    """Every hostile value at every parameter, then one drawn place in the body, among drawn valid arguments."""
    server = MockServer(operation.vendor, data)
    with entry_client(operation.vendor, server.transport()) as client:
        method = bound_method(client, operation)
        kwargs = data.draw(arguments(operation, method), label="arguments")
        body_cases = _body_cases(kwargs)
        cases = _parameter_cases(operation, method)
        assume(cases or body_cases)  # a body drawn with its optional fields left out may hold no value to replace
        if body_cases:  # last: it changes the body in place
            cases.append(data.draw(st.sampled_from(body_cases), label="hostile value in the body"))
        for case in cases:
            given = dict(kwargs)
            case.put(given)
            named = _expected(case, given)
            assert named is not None, f"{case.label}: the value is nowhere in the body's to_dict()"
            with pytest.raises(InvalidArgument) as caught:
                first_page(method(**given))
            assert caught.value.argument == named, f"{case.label}: {caught.value}"
            assert not server.requests, f"{case.label} was sent: {[str(r.url) for _, r in server.requests]}"


def test_the_operations_left_out_take_no_value_that_could_be_hostile() -> None:
    every = [op for vendor in installed_vendors() for op in operations(vendor.key)]
    left_out = [str(op) for op in every if op not in OPERATIONS]
    with_a_body = [str(op) for op in every if op not in OPERATIONS and op.raw.get("requestBody")]
    # No parameter (page controls aside), and no body, or one of ids only: eiger's list of build UUIDs.
    assert with_a_body == ["eiger:approveBuilds"]
    assert len(left_out) < len(every) / 8
