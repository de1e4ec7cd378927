"""Answers whose bodies no JSON reader should trust, through every vendor's client, sync and async.

A 2xx body holding a 5000-digit integer (`int` refuses more than 4300 digits), nesting deeper than
the interpreter's stack, or bytes that are no UTF-8 raises `UnexpectedResponse` naming what was wrong,
tolerant and strict, through a plain call, a pager and the raw-response call; the same body under an
error status raises that status's own error, its bytes kept. Never a bare ValueError or RecursionError.

Each answer is served by an `httpx.MockTransport` standing in for the vendor's API (tests.spec_strategies),
which also draws the call's arguments from the spec.
"""

from __future__ import annotations

import asyncio
import inspect
import sys
from typing import Any
from unittest import mock

import pytest
from fabapi_core import APIError, AsyncPager, Pager, UnexpectedResponse
from fabapi_core._errors import error_class
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conformance.plugins import plugins_for
from tests.spec_strategies import (
    MockServer,
    Operation,
    arguments,
    entry_client,
    installed_vendors,
    json_answers,
    operations,
    server_url,
)

BODIES = {
    "5000-digit number": (b'{"id": 1' + b"7" * 5000 + b"}", f"more than {sys.get_int_max_str_digits()} digits"),
    "deep nesting": (b'{"items": ' + b"[" * 100_000 + b"]" * 100_000 + b"}", "nested too deeply"),
    "invalid UTF-8": (b'{"name": "\xff\xfe"}', "not UTF-8"),
}
PATHS = ("call", "pager", "raw", "error status")


def _success_json(key: str, operation: Operation) -> bool:
    return any(200 <= answer.codes[0] < 300 for answer in json_answers(key, operation))


def _operation(key: str, path: str) -> Operation | None:
    """A GET whose success is JSON: paginated for the pager, any other for the other paths."""
    for operation in operations(key):
        if operation.http_method.upper() == "GET" and operation.paginated == (path == "pager"):
            if _success_json(key, operation):
                return operation
    return None


# Every vendor on every path it has (Kaedim lists nothing in pages).
CASES = [
    pytest.param(vendor.key, path, id=f"{vendor.key}-{path}")
    for vendor in installed_vendors()
    for path in PATHS
    if _operation(vendor.key, path) is not None
]


def _error_status(key: str, operation: Operation) -> int:
    """A documented error status with a JSON body where there is one (its parser then meets the body)."""
    for answer in json_answers(key, operation):
        if answer.codes[0] >= 400:
            return answer.codes[0]
    return 404


def _async_client(key: str, transport: Any) -> Any:
    """The vendor's async entry client, made by its conformance factory with the async class in its place."""
    sync = entry_client(key, transport)
    sync.close()
    factory = plugins_for(key).client
    assert factory is not None
    package = sys.modules[type(sync).__module__.partition(".")[0]]
    name = type(sync).__name__
    with mock.patch.object(inspect.getmodule(factory), name, getattr(package, f"Async{name}")):
        made: Any = factory(server_url(key), plugins_for(key).credentials, transport)
    return made.with_options(retries=0)


def _call(client: Any, operation: Operation, path: str, kwargs: dict[str, Any]) -> Any:
    resources = client.with_raw_response if path == "raw" else client
    return getattr(getattr(resources, operation.resource), operation.method)(**kwargs)


async def _run_async(client: Any, operation: Operation, path: str, kwargs: dict[str, Any]) -> Any:
    async with client:
        result = _call(client, operation, path, kwargs)
        return await (result.first_page() if isinstance(result, AsyncPager) else result)


def _arguments(client: Any, operation: Operation, data: st.DataObject) -> dict[str, Any]:
    method = getattr(getattr(client, operation.resource), operation.method)
    drawn: dict[str, Any] = data.draw(arguments(operation, method), label="arguments")
    return drawn


def _run(
    key: str, flavour: str, strict: bool, server: MockServer, operation: Operation, path: str, data: st.DataObject
) -> Any:
    if flavour == "async":
        client = _async_client(key, server.transport()).with_options(strict=strict)
        return asyncio.run(_run_async(client, operation, path, _arguments(client, operation, data)))
    with entry_client(key, server.transport()).with_options(strict=strict) as client:
        result = _call(client, operation, path, _arguments(client, operation, data))
        return result.first_page() if isinstance(result, Pager) else result


@pytest.mark.parametrize("body", BODIES)
@pytest.mark.parametrize("strict", [False, True], ids=["tolerant", "strict"])
@pytest.mark.parametrize("flavour", ["sync", "async"])
@pytest.mark.parametrize(("key", "path"), CASES)
@settings(max_examples=1, deadline=None, database=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_an_unusable_body_is_a_typed_error_naming_what_was_wrong(
    key: str, path: str, flavour: str, strict: bool, body: str, data: st.DataObject
) -> None:
    content, named = BODIES[body]
    operation = _operation(key, path)
    assert operation is not None
    status = _error_status(key, operation) if path == "error status" else 200
    server = MockServer(key, data)
    server.answer(operation, status, content, "application/json")
    with pytest.raises(APIError) as caught:
        _run(key, flavour, strict, server, operation, path, data)
    error = caught.value
    if status < 400:
        assert type(error) is UnexpectedResponse
        reason = str(error).partition("response body is not usable JSON: ")[2]
        assert reason.startswith(("an integer", "nested", "not UTF-8")) and named in reason
    else:
        # The status's own error, the body kept as it came (it is no JSON to parse into a model).
        assert type(error) is error_class(status) and error.status_code == status
        assert error.raw == content
