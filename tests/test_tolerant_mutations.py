"""Schema-valid answers, mutated where they must deviate: tolerant clients keep them, strict ones name them.

For every operation of every installed vendor and every documented 2xx JSON answer, a schema-valid
body is drawn and decoded; then one field of one model inside it is mutated so that it can no longer
match its schema (a required field dropped, a null where none is allowed, an object in place of a
scalar or a list, an unknown enum value), at any depth. The vendor's client then:

- decodes it without raising (tolerant, the default), giving every received value back (`to_dict`)
  and a deviation at the mutated field's JSON path (or at the union that held it, when no variant
  fits any more);
- raises `UnexpectedResponse` naming that path when strict.

A mutation that leaves the body valid after all (a union whose other variant now fits) must then
decode without deviations, and strict mode must accept it.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from typing import Any

import pytest
from fabapi_core import UnexpectedResponse, located
from fabapi_core._deviations import child_path
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.budget import examples
from tests.spec_strategies import (
    SPEC_HEALTH_CHECKS,
    Answer,
    MockServer,
    Operation,
    arguments,
    bound_method,
    curated_spec,
    entry_client,
    first_page,
    installed_vendors,
    json_answers,
    jsonable,
    normalized,
    operations,
    values,
)

SUCCESSES = [
    pytest.param(operation, answer, id=f"{operation}:{answer.status}")
    for vendor in installed_vendors()
    for operation in operations(vendor.key)
    for answer in json_answers(vendor.key, operation)
    if any(200 <= code < 300 for code in answer.codes)
]
Step = str | int
Mutation = tuple[tuple[Step, ...], str]


# The words of a strict error right before the JSON path it names.
_NAMES_PATH = "does not match the schema at "


def _targets(model: Any, body: Any, steps: tuple[Step, ...] = ()) -> Iterator[Mutation]:
    """Each (path, mutation) that makes a field of a model in `body` deviate from its schema."""
    if isinstance(model, list) and isinstance(body, list):
        for position, (item, raw) in enumerate(zip(model, body, strict=False)):
            yield from _targets(item, raw, (*steps, position))
        return
    properties = getattr(type(model), "_fabapi_properties", None)
    if properties is None or not isinstance(body, dict):
        return
    required = set(properties._required)
    for index, (python_name, name) in enumerate(properties.pairs):
        if name not in body:
            continue
        here = (*steps, name)
        variants = properties._expected[index].split(" or ")
        if name in required:
            yield here, "delete"
        if "null" not in variants and "any value" not in variants:
            yield here, "null"
        if not any(variant.startswith(("object", "any value")) for variant in variants):
            yield here, "object"
        if len(variants) == 1 and variants[0].startswith("enum "):
            yield here, "enum"
        value, inner = getattr(model, python_name), body[name]
        if isinstance(value, list) and isinstance(inner, list):
            for position, (item, raw) in enumerate(zip(value, inner, strict=False)):
                yield from _targets(item, raw, (*here, position))
        else:
            yield from _targets(value, inner, here)


def _mutated(body: Any, mutation: Mutation) -> Any:
    steps, kind = mutation
    changed = copy.deepcopy(body)
    parent = changed
    for step in steps[:-1]:
        parent = parent[step]
    last = steps[-1]
    if kind == "delete":
        del parent[last]
    else:
        parent[last] = {"null": None, "object": {"mutated": True}, "enum": "no-such-value-anywhere"}[kind]
    return changed


def _path(steps: tuple[Step, ...]) -> str:
    path = "$"
    for step in steps:
        path = child_path(path, step)
    return path


def _on_the_way(found: list[str], path: str) -> bool:
    """Whether a deviation is at `path` or at a field that holds it (a union no variant fits any more)."""
    return any(path == where or path.startswith((f"{where}.", f"{where}[")) for where in found)


@pytest.mark.parametrize(("operation", "answer"), SUCCESSES)
@settings(max_examples=examples(6), suppress_health_check=SPEC_HEALTH_CHECKS)
@given(data=st.data())
def test_a_mutated_answer_is_kept_when_tolerant_and_named_when_strict(
    operation: Operation, answer: Answer, data: st.DataObject
) -> None:
    status = data.draw(st.sampled_from([code for code in answer.codes if 200 <= code < 300]), label="status")
    body = data.draw(values(curated_spec(operation.vendor), answer.schema), label="body")
    server = MockServer(operation.vendor, data)
    server.answer(operation, status, json.dumps(body).encode(), answer.media_type)
    with entry_client(operation.vendor, server.transport()) as strict:
        tolerant = strict.with_options(strict=False)
        kwargs = data.draw(arguments(operation, bound_method(strict, operation)), label="arguments")
        valid = first_page(bound_method(tolerant, operation)(**kwargs))
        mutations = list(_targets(valid, body))
        if not mutations:  # an answer with no model in it (text, numbers, free-form objects): nothing to mutate
            return
        mutation = data.draw(st.sampled_from(mutations), label="mutation")
        changed = _mutated(body, mutation)
        server.answer(operation, status, json.dumps(changed).encode(), answer.media_type)
        path = _path(mutation[0])

        parsed = first_page(bound_method(tolerant, operation)(**kwargs))
        assert normalized(jsonable(parsed)) == normalized(changed), "a received value was lost"
        found = [where for where, _ in located(parsed)]
        if not found:
            # The mutation left a union's other variant fitting: still a valid answer, strict takes it.
            first_page(bound_method(strict, operation)(**kwargs))
            return
        assert _on_the_way(found, path), f"mutated {path}, deviations at {found}"
        # Errors mask every credential the call was given: a drawn one that is also text of the words
        # read below ("." or "m" as a refresh token) masks them, a coincidence and no failure to name it.
        read = _NAMES_PATH + path
        assume(not any(isinstance(value, str) and value and value in read for value in kwargs.values()))
        with pytest.raises(UnexpectedResponse) as caught:
            first_page(bound_method(strict, operation)(**kwargs))
        named = str(caught.value).split(_NAMES_PATH, 1)[1].split(" ", 1)[0]
        assert _on_the_way([named], path), f"mutated {path}, strict named {named}"
