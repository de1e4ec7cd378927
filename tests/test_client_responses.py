"""Every documented answer parses into its declared type, or raises its declared typed error.

For every operation of every installed vendor and every documented status with a JSON body,
schema-valid random bodies are served through an `httpx.MockTransport` to the vendor's entry
client, and the operation is called through its generated resource method with schema-valid
arguments:

- a 2xx parses, and the parsed value gives the served body back (`to_dict` for models, compared
  with the liberties `spec_strategies.normalized` names) and is an instance of the generated class
  the schema names; a paginated operation's pager yields the page's items;
- a 4xx/5xx raises the `APIError` subclass fabapi documents for the status, whose `body` is the
  served body parsed (not a body the parser gave up on).

Anything else, a bare KeyError/TypeError/ValueError above all, fails the case that names the
operation and status.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from fabapi_core import (
    APIError,
    AuthenticationError,
    BadRequest,
    Conflict,
    NotFound,
    Pager,
    PermissionDenied,
    RateLimited,
    ServerError,
    UnprocessableEntity,
)
from fabapi_core._secrets import MASK
from hypothesis import given, settings
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
    declared_classes,
    entry_client,
    first_page,
    installed_vendors,
    iter_items,
    json_answers,
    jsonable,
    normalized,
    operations,
    values,
)

# The error classes fabapi_core documents for each status; other 4xx are plain APIError.
DOCUMENTED_ERRORS: dict[int, type[APIError]] = {
    400: BadRequest,
    401: AuthenticationError,
    403: PermissionDenied,
    404: NotFound,
    409: Conflict,
    422: UnprocessableEntity,
    429: RateLimited,
}

ANSWERS = [
    (operation, answer)
    for vendor in installed_vendors()
    for operation in operations(vendor.key)
    for answer in json_answers(vendor.key, operation)
]
CASES = [pytest.param(operation, answer, id=f"{operation}:{answer.status}") for operation, answer in ANSWERS]


def expected_error(status: int) -> type[APIError]:
    if status in DOCUMENTED_ERRORS:
        return DOCUMENTED_ERRORS[status]
    return ServerError if status >= 500 else APIError


def test_every_installed_vendor_has_answers_under_test() -> None:
    assert {operation.vendor for operation, _ in ANSWERS} == {vendor.key for vendor in installed_vendors()}


def _page_items(operation: Operation, body: Any) -> list[Any]:
    style = operation.raw.get("x-fabapi-pagination", curated_spec(operation.vendor).get("x-fabapi-pagination", {}))
    found: Any = body
    for part in str(style.get("items", "items")).split("."):
        found = found.get(part, []) if isinstance(found, dict) else []
    return list(found) if isinstance(found, list) else []


def _masked_equal(parsed: Any, served: Any) -> bool:
    """Whether `parsed` (JSON form) is `served`, but for credentials masked as `***` inside its strings."""
    if isinstance(parsed, str) and MASK in parsed and isinstance(served, str):
        pattern = ".*".join(re.escape(part) for part in parsed.split(MASK))
        return re.fullmatch(pattern, served, re.DOTALL) is not None
    if isinstance(parsed, dict) and isinstance(served, dict):
        return parsed.keys() == served.keys() and all(_masked_equal(parsed[key], served[key]) for key in parsed)
    if isinstance(parsed, list) and isinstance(served, list):
        return len(parsed) == len(served) and all(map(_masked_equal, parsed, served))
    return bool(normalized(parsed) == normalized(served))


def _assert_declared(operation: Operation, answer: Answer, body: Any, parsed: Any, *, masked: bool = False) -> None:
    if masked:
        assert _masked_equal(jsonable(parsed), body), "the error body is not the served body (credentials masked)"
    else:
        assert normalized(jsonable(parsed)) == normalized(body), "the parsed value does not give the served body back"
    classes = declared_classes(operation.vendor, answer.schema, body)
    if classes is not None:
        assert isinstance(parsed, classes), f"parsed a {type(parsed).__name__}, the schema names {classes}"


@pytest.mark.parametrize(("operation", "answer"), CASES)
@settings(max_examples=examples(8), suppress_health_check=SPEC_HEALTH_CHECKS)
@given(data=st.data())
def test_documented_answer_parses(operation: Operation, answer: Answer, data: st.DataObject) -> None:
    status = data.draw(st.sampled_from(answer.codes), label="status")
    body = data.draw(values(curated_spec(operation.vendor), answer.schema), label="body")
    server = MockServer(operation.vendor, data)
    server.answer(operation, status, json.dumps(body).encode(), answer.media_type)
    with entry_client(operation.vendor, server.transport()) as client:
        method = bound_method(client, operation)
        kwargs = data.draw(arguments(operation, method), label="arguments")
        if 200 <= status < 300:
            result = method(**kwargs)
            _assert_declared(operation, answer, body, first_page(result))
            if isinstance(result, Pager):
                items = _page_items(operation, body)
                walked = [jsonable(item) for item in iter_items(result, len(items))]
                assert normalized(walked) == normalized(items), "the pager's items are not the page's items"
        else:
            with pytest.raises(APIError) as caught:
                first_page(method(**kwargs))
            error = caught.value
            assert type(error) is expected_error(status), f"{status} raised {type(error).__name__}"
            assert error.status_code == status
            assert error.reason is None, f"the error body was not parsed: {error.reason}"
            # An error keeps no credential: a drawn `TOKEN` property, a JWT-shaped string or a value the
            # request carried in a credential header comes back masked.
            _assert_declared(operation, answer, body, error.body, masked=True)
