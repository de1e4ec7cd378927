"""Item 3 of full-strength conformance: every request a client sends validates against its spec.

For every operation, valid arguments (from schemathesis' cases of the operation) go through the
vendor's entry client; the request it sends is captured on an httpx transport and validated with
openapi-core: path, query, headers, body and content type.
"""

from __future__ import annotations

import email
import email.message
from typing import Any

import httpx
import pytest
from fabapi_core import FabapiError, Pager
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema_path import SchemaPath
from openapi_core import OpenAPI
from openapi_core.validation.request.validators import (
    V30RequestParametersValidator,
    V30RequestSecurityValidator,
    V31RequestParametersValidator,
    V31RequestSecurityValidator,
)

from tests.spec_strategies import (
    OpenAPIRequest,
    Operation,
    arguments,
    bound_method,
    client,
    is_31,
    operations,
    resolve,
    spec_of,
    vendors,
)

CASES = [pytest.param(op, id=str(op)) for vendor in vendors() for op in operations(vendor.key)]
_VALIDATORS: dict[str, OpenAPI] = {}


def _part_validators(vendor: str) -> tuple[Any, Any]:
    if is_31(spec_of(vendor)):
        return V31RequestParametersValidator, V31RequestSecurityValidator
    return V30RequestParametersValidator, V30RequestSecurityValidator


def _part_names(content_type: str, body: bytes) -> set[str]:
    """The field names of a multipart/form-data body, read with the standard library's MIME parser."""
    message = email.message_from_bytes(f"Content-Type: {content_type}\r\n\r\n".encode() + body)
    parts = message.get_payload()
    assert isinstance(parts, list), "not a multipart body"
    return {
        str(part.get_param("name", header="content-disposition"))
        for part in parts
        if isinstance(part, email.message.Message)
    }


def _validator(vendor: str) -> OpenAPI:
    if vendor not in _VALIDATORS:
        _VALIDATORS[vendor] = OpenAPI.from_dict(spec_of(vendor))
    return _VALIDATORS[vendor]


@pytest.mark.parametrize("operation", CASES)
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_requests_validate_against_the_spec(operation: Operation, data: st.DataObject) -> None:
    sent: list[httpx.Request] = []

    def capture(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        # The answer does not matter here: a 500 ends the call with a typed error, after the request.
        return httpx.Response(500, json={"message": "captured"})

    with client(operation.vendor, httpx.MockTransport(capture)) as sdk:
        method = bound_method(operation.vendor, sdk, operation)
        kwargs = data.draw(arguments(operation.vendor, method, operation), label="arguments")
        try:
            result = method(**kwargs)
            if isinstance(result, Pager):
                next(iter(result.pages()))
        except FabapiError:
            pass
    requests = [r for r in sent if not r.url.path.endswith("/refreshJWT") or operation.operation_id == "refreshJWT"]
    assert requests, "the client sent nothing"
    request = OpenAPIRequest(requests[0])
    if not request.content_type.startswith("multipart/form-data"):
        _validator(operation.vendor).validate_request(request)
        return
    # openapi-core reads a 3.1 binary part as bytes where the schema says string and refuses it, so a
    # multipart request is validated in parts: parameters and security by openapi-core, the form's
    # part names against the body schema here.
    spec = SchemaPath.from_dict(spec_of(operation.vendor))
    parameters, security = _part_validators(operation.vendor)
    parameters(spec).validate(request)
    security(spec).validate(request)
    document = spec_of(operation.vendor)
    content = resolve(document, operation.raw["requestBody"])["content"]["multipart/form-data"]
    schema = resolve(document, content["schema"])
    names = _part_names(request.content_type, request.body or b"")
    properties = set(schema.get("properties", {}))
    if schema.get("additionalProperties") is False:
        assert names <= properties, f"parts {sorted(names - properties)} are not in the schema"
    assert set(schema.get("required", [])) <= names, f"required parts missing: {set(schema['required']) - names}"
