"""The Eiger client's contract: configuration, argument checks, typed errors, retries, secrets.

Uses httpx.MockTransport where a test needs a server that misbehaves on purpose.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from uuid import uuid4

import httpx
import pytest
from fabapi_core import (
    APIError,
    AuthenticationError,
    DeviatedField,
    InvalidArgument,
    MissingCredential,
    RetryPolicy,
    SchemaDeviationWarning,
    ServerError,
    UnexpectedResponse,
)
from fabapi_eiger import Eiger
from fabapi_eiger._resources import OPERATIONS
from fabapi_eiger.models.print_to_printer_request import PrintToPrinterRequest

from .conftest import ACCESS_KEY, Mock

FAST = RetryPolicy(attempts=3, backoff_factor=0.001, max_backoff=0.01, jitter=0.0)
Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler, retries: RetryPolicy = FAST) -> tuple[Eiger, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return handler(request)

    client = Eiger("key-id", "very-secret-value", base_url="https://eiger.test/api/v3",
                   transport=httpx.MockTransport(record), retries=retries)  # fmt: skip
    return client, seen


def _device(**overrides: object) -> dict[str, object]:
    body: dict[str, object] = {
        "id": str(uuid4()), "name": "P1", "device_type": "X7", "device_series": "Industrial Series",
        "created_at": None, "updated_at": None, "queue_estimated_time_seconds": None, "queue_length": None,
    }  # fmt: skip
    body.update(overrides)
    return body


def test_every_operation_of_the_spec_is_reachable(eiger: Eiger) -> None:
    import yaml

    from registry.vendors import REPO_ROOT

    spec = yaml.safe_load((REPO_ROOT / "specs" / "eiger" / "openapi.yaml").read_text(encoding="utf-8"))
    operation_ids = {
        op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)
    }
    assert set(OPERATIONS) == operation_ids
    for info in OPERATIONS.values():
        assert callable(getattr(getattr(eiger, info.resource), info.method))
    assert OPERATIONS["printToPrinter"].unsafe


def test_credentials_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, mock: Mock) -> None:
    monkeypatch.setenv("EIGER_ACCESS_KEY", ACCESS_KEY)
    monkeypatch.setenv("EIGER_SECRET_KEY", "mock-secret-key")
    monkeypatch.setenv("EIGER_BASE_URL", mock.url)
    with Eiger() as client:
        assert len(list(client.users.list())) == len(mock.store.users)


def test_missing_credentials_name_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EIGER_ACCESS_KEY", raising=False)
    monkeypatch.delenv("EIGER_SECRET_KEY", raising=False)
    with pytest.raises(MissingCredential, match="EIGER_ACCESS_KEY"):
        Eiger()


def test_wrong_secret_is_an_authentication_error_that_never_shows_it(mock: Mock) -> None:
    with Eiger(ACCESS_KEY, "wrong-secret-1234", base_url=mock.url) as client:
        with pytest.raises(AuthenticationError) as caught:
            client.devices.list().first_page()
    error = caught.value
    assert error.status_code == 401
    for text in (str(error), repr(error), repr(client), str(error.headers)):
        assert "wrong-secret-1234" not in text


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda e: e.devices.get("not-a-uuid"), "device_id"),
        (lambda e: e.devices.list(sort_order="sideways").first_page(), "sort_order"),
        (lambda e: e.print_jobs.list(created_at_lt="yesterday").first_page(), "created_at_lt"),
        (lambda e: e.devices.list(page_size="many").first_page(), "page_size"),
        (lambda e: e.send_to_printer("not-a-uuid", uuid4()), "build_id"),
    ],
)
def test_bad_arguments_raise_before_any_request(call: Callable[[Eiger], object], argument: str) -> None:
    client, seen = _client(lambda request: httpx.Response(500))
    with pytest.raises(InvalidArgument) as caught:
        call(client)
    assert caught.value.argument == argument
    assert argument in str(caught.value)
    assert seen == []


def test_friendly_argument_forms_are_converted() -> None:
    device_id = uuid4()
    client, seen = _client(lambda request: httpx.Response(200, json=_device(id=str(device_id))))
    device = client.devices.get(str(device_id))
    assert device.id == device_id
    assert seen[0].url.path == f"/api/v3/devices/{device_id}"


def test_enum_and_date_time_strings_are_converted_and_sent() -> None:
    client, seen = _client(lambda request: httpx.Response(200, json={"has_more_items": False, "items": []}))
    assert list(client.print_jobs.list(created_at_lt="2024-01-02T03:04:05+00:00", sort_order="asc")) == []
    query = seen[0].url.params
    assert query["filter[created_at][lt]"] == "2024-01-02T03:04:05+00:00"
    assert query["sort[order]"] == "asc"


def test_undocumented_status_is_an_unexpected_response() -> None:
    client, _ = _client(lambda request: httpx.Response(418, json={"message": "teapot"}))
    with pytest.raises(APIError) as caught:
        client.devices.get(uuid4())
    assert caught.value.status_code == 418
    assert "teapot" in str(caught.value.body)


def test_invalid_json_is_an_unexpected_response() -> None:
    client, _ = _client(lambda request: httpx.Response(200, content=b"<html>oops</html>"))
    with pytest.raises(UnexpectedResponse) as caught:
        client.devices.get(uuid4())
    assert caught.value.status_code == 200
    assert "oops" in str(caught.value.body)


def test_schema_mismatch_decodes_and_raises_unexpected_response_only_when_strict() -> None:
    # Before tolerant decoding this raised UnexpectedResponse in every mode; an object is usable now.
    client, _ = _client(lambda request: httpx.Response(200, json={"unexpected": True}))
    with pytest.warns(SchemaDeviationWarning, match=r"\$\.id deviates"):
        device = client.devices.get(uuid4())
    # A required field that deviated is absent: reading it names the deviation instead of lying.
    with pytest.raises(DeviatedField, match=r"ReadDeviceResponse\.id is absent"):
        _ = device.id
    assert device.additional_properties == {"unexpected": True}
    assert {item.kind for item in device.deviations} == {"missing"}
    with pytest.raises(UnexpectedResponse) as caught:
        client.with_options(strict=True).devices.get(uuid4())
    assert caught.value.status_code == 200
    assert caught.value.body == {"unexpected": True}
    assert "$.id (missing): expected string (uuid), received absent nothing" in str(caught.value)


def test_a_body_that_is_no_object_is_an_unexpected_response_in_both_modes() -> None:
    for strict in (False, True):
        client, _ = _client(lambda request: httpx.Response(200, json=[1, 2]))
        with pytest.raises(UnexpectedResponse, match="does not match the schema"):
            client.with_options(strict=strict).devices.get(uuid4())


def test_idempotent_calls_are_retried_after_503() -> None:
    answers = [httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(503), None]

    def flaky(request: httpx.Request) -> httpx.Response:
        answer = answers.pop(0)
        return answer or httpx.Response(200, json=_device())

    client, seen = _client(flaky)
    client.devices.get(uuid4())
    assert len(seen) == 3


def test_printing_is_never_retried() -> None:
    client, seen = _client(lambda request: httpx.Response(503, json={"message": "busy"}))
    with pytest.raises(ServerError):
        client.devices.print_to_printer(uuid4(), body=_print_body())
    assert len(seen) == 1
    assert json.loads(seen[0].content)["build"]


def _print_body() -> PrintToPrinterRequest:
    return PrintToPrinterRequest(build=uuid4())
