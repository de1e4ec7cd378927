"""Every operation, called with valid arguments, sends a request its spec accepts.

For every operation of every installed vendor, hypothesis draws valid arguments for its generated
resource method (from the parameter and body schemas), the call goes through an
`httpx.MockTransport` that answers with a schema-valid success, and every request the client sent
is validated against the curated spec by openapi-core: server and path, method, path, query and
header parameters, security, content type and body. The first request must be the operation's own.
"""

from __future__ import annotations

from typing import Any

import pytest
from fabapi_core import FabapiError
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.budget import examples
from tests.spec_strategies import (
    SPEC_HEALTH_CHECKS,
    MockServer,
    Operation,
    arguments,
    bound_method,
    entry_client,
    first_page,
    installed_vendors,
    openapi,
    openapi_request,
    operations,
)

OPERATIONS = [operation for vendor in installed_vendors() for operation in operations(vendor.key)]
CASES = [pytest.param(operation, id=str(operation)) for operation in OPERATIONS]


def test_every_installed_vendor_has_operations_under_test() -> None:
    assert {operation.vendor for operation in OPERATIONS} == {vendor.key for vendor in installed_vendors()}


def _call(method: Any, kwargs: dict[str, Any]) -> None:
    try:
        first_page(method(**kwargs))
    except FabapiError:
        pass  # how the client takes the answer is test_client_responses' business; the request is sent


@pytest.mark.parametrize("operation", CASES)
@settings(max_examples=examples(12), suppress_health_check=SPEC_HEALTH_CHECKS)
@given(data=st.data())
def test_valid_arguments_make_a_valid_request(operation: Operation, data: st.DataObject) -> None:
    server = MockServer(operation.vendor, data)
    with entry_client(operation.vendor, server.transport()) as client:
        method = bound_method(client, operation)
        _call(method, data.draw(arguments(operation, method), label="arguments"))
    assert server.requests, "the call sent no request"
    sent_for, _ = server.requests[0]
    assert sent_for == operation, f"the first request went to {sent_for}"
    for sent_for, request in server.requests:
        result = openapi(operation.vendor).unmarshal_request(openapi_request(request))
        assert not result.errors, f"{sent_for}: {request.method} {request.url} does not validate: {result.errors!r}"
