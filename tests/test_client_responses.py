"""Item 2 of full-strength conformance: every documented answer parses, or raises the declared typed error.

For every operation and every documented status with a JSON body, schema-valid random bodies are
served through an httpx transport to the vendor's entry client: a 2xx parses into the declared
type, a 4xx/5xx raises one of fabapi's `APIError`s; a bare exception is a failure.
"""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from fabapi_core import APIError, Pager
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.spec_strategies import (
    Operation,
    arguments,
    bound_method,
    client,
    json_responses,
    operations,
    spec_of,
    strategy,
    vendors,
)


def _cases() -> list[Any]:
    cases = []
    for vendor in vendors():
        for operation in operations(vendor.key):
            for status, schema in json_responses(spec_of(vendor.key), operation):
                cases.append(pytest.param(operation, status, schema, id=f"{operation}:{status}"))
    return cases


CASES = _cases()


def _consume(result: Any) -> None:
    """A pager sends nothing until iterated: read its first page (a random page may always say there is more)."""
    if isinstance(result, Pager):
        next(iter(result.pages()))


@pytest.mark.parametrize(("operation", "status", "schema"), CASES)
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_documented_answers_parse(operation: Operation, status: int, schema: Any, data: st.DataObject) -> None:
    vendor = operation.vendor
    body = data.draw(strategy(schema, vendor), label="body")
    transport = httpx.MockTransport(lambda request: httpx.Response(status, json=body))
    with client(vendor, transport) as sdk:
        method = bound_method(vendor, sdk, operation)
        kwargs = data.draw(arguments(vendor, method, operation), label="arguments")
        if 200 <= status < 300:
            _consume(method(**kwargs))
        else:
            with pytest.raises(APIError) as caught:
                _consume(method(**kwargs))
            assert caught.value.status_code == status
