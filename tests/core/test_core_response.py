"""`unwrap` over generated-style responses, and `Caller` driving generated-style operation functions."""

from __future__ import annotations

import json
from collections.abc import MutableMapping
from http import HTTPStatus
from typing import Any, Generic, TypeVar

import attrs
import httpx
import pytest
from fabapi_core import (
    AsyncCaller,
    AuthenticationError,
    Caller,
    InvalidArgument,
    NotFound,
    RawResponse,
    RetryPolicy,
    Secret,
    ServerError,
    TransportError,
    UnexpectedResponse,
    client_kwargs,
    unwrap,
)

T = TypeVar("T")
BASE = "https://api.example.test/v1"


@attrs.define
class Response(Generic[T]):
    """The generated `types.Response`."""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


@attrs.define
class Device:
    id: str
    name: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Device:
        return cls(id=data["id"], name=data["name"])


@attrs.define
class ErrorModel:
    code: str
    detail: str

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ErrorModel:
        return cls(code=data["code"], detail=data["detail"])

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "detail": self.detail}


@attrs.define
class Client:
    """The generated `Client`, reduced to what operation functions use."""

    _base_url: str = attrs.field(alias="base_url")
    _headers: dict[str, str] = attrs.field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = attrs.field(default=None, kw_only=True, alias="timeout")
    _httpx_args: dict[str, Any] = attrs.field(factory=dict, kw_only=True, alias="httpx_args")
    _client: httpx.Client | None = attrs.field(default=None, init=False)
    _async_client: httpx.AsyncClient | None = attrs.field(default=None, init=False)

    def get_httpx_client(self) -> httpx.Client:
        if self._client is None:
            self._client = httpx.Client(
                base_url=self._base_url, headers=self._headers, timeout=self._timeout, **self._httpx_args
            )
        return self._client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is None:
            self._async_client = httpx.AsyncClient(
                base_url=self._base_url, headers=self._headers, timeout=self._timeout, **self._httpx_args
            )
        return self._async_client


def _parse(response: httpx.Response) -> Device | ErrorModel | None:
    # What a generated `_parse_response` does: trust the schema, fail with KeyError or a JSON error if not.
    if response.status_code == 200:
        return Device.from_dict(response.json())
    if response.status_code == 404:
        return ErrorModel.from_dict(response.json())
    return None


def _build(response: httpx.Response) -> Response[Device | ErrorModel]:
    return Response(HTTPStatus(response.status_code), response.content, response.headers, _parse(response))


def sync_detailed(device_id: str, *, client: Client) -> Response[Device | ErrorModel]:
    return _build(client.get_httpx_client().request(method="get", url=f"/devices/{device_id}"))


async def asyncio_detailed(device_id: str, *, client: Client) -> Response[Device | ErrorModel]:
    return _build(await client.get_async_httpx_client().request(method="get", url=f"/devices/{device_id}"))


ROUTES: dict[str, tuple[int, bytes, dict[str, str]]] = {
    "/v1/devices/d1": (200, json.dumps({"id": "d1", "name": "Mk2"}).encode(), {}),
    "/v1/devices/gone": (
        404,
        json.dumps({"code": "E404", "detail": "no device gone"}).encode(),
        {"x-request-id": "r9"},
    ),
    "/v1/devices/broken": (200, json.dumps({"id": "broken"}).encode(), {}),
    "/v1/devices/html": (200, b"<html>maintenance</html>", {}),
    "/v1/devices/accepted": (202, b"", {}),
    "/v1/devices/echo": (401, b"", {}),
    "/v1/devices/down": (503, b"upstream down", {}),
}


def handler(request: httpx.Request) -> httpx.Response:
    if request.url.path == "/v1/devices/echo":
        return httpx.Response(401, json={"message": f"token {request.headers['authorization']} rejected"})
    if request.url.path == "/v1/devices/unreachable":
        raise httpx.ConnectError("connection refused", request=request)
    status, body, headers = ROUTES[request.url.path]
    return httpx.Response(status, content=body, headers=headers)


def make_client() -> Client:
    kwargs = client_kwargs(
        transport=httpx.MockTransport(handler),
        retries=RetryPolicy(attempts=1, backoff_factor=0.01, max_backoff=0.05),
        auth=_auth(),
    )
    return Client(base_url=BASE, **kwargs)


def _auth() -> httpx.Auth:
    from fabapi_core import HeaderAuth

    return HeaderAuth(Secret("tok-secret-0001"), prefix="Bearer")


EXPECTED = (200, 404)


def call(caller: Caller, device_id: Any) -> Any:
    return caller.call(
        sync_detailed,
        method="get",
        path="/devices/{deviceId}",
        expected=EXPECTED,
        renamed={"device_id": "id"},
        device_id=device_id,
    )


def test_caller_returns_the_parsed_model() -> None:
    assert call(Caller(make_client()), "d1") == Device("d1", "Mk2")


def test_caller_raises_not_found_naming_the_real_request() -> None:
    with pytest.raises(NotFound) as caught:
        call(Caller(make_client()), "gone")
    error = caught.value
    assert str(error) == f"404 Not Found on GET {BASE}/devices/gone (request id r9): no device gone"
    assert error.body == ErrorModel("E404", "no device gone")
    assert error.request_id == "r9"


def test_caller_turns_schema_mismatch_into_unexpected_response() -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        call(Caller(make_client()), "broken")
    assert "does not match the schema" in str(caught.value)
    assert caught.value.status_code == 200
    assert isinstance(caught.value.__cause__, KeyError)


def test_caller_turns_invalid_json_into_unexpected_response() -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        call(Caller(make_client()), "html")
    assert caught.value.body == "<html>maintenance</html>"


def test_caller_rejects_undocumented_status() -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        call(Caller(make_client()), "accepted")
    assert caught.value.reason == "undocumented status 202"


def test_caller_redacts_the_credential_the_request_carried() -> None:
    with pytest.raises(AuthenticationError) as caught:
        call(Caller(make_client()), "echo")
    assert "tok-secret-0001" not in str(caught.value)
    assert "tok-secret-0001" not in repr(caught.value.body)
    assert "token Bearer *** rejected" in str(caught.value) or "token *** rejected" in str(caught.value)


def test_caller_raises_transport_error() -> None:
    with pytest.raises(TransportError) as caught:
        call(Caller(make_client()), "unreachable")
    assert f"GET {BASE}/devices/unreachable" in str(caught.value)


def test_caller_checks_arguments_naming_them_as_the_user_wrote_them() -> None:
    with pytest.raises(InvalidArgument) as caught:
        call(Caller(make_client()), 42)
    assert caught.value.argument == "id"


def test_call_raw() -> None:
    raw = Caller(make_client()).call_raw(sync_detailed, method="get", path="/devices/{deviceId}", device_id="gone")
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 404
    assert raw.json() == {"code": "E404", "detail": "no device gone"}
    assert "content" not in repr(raw)


@pytest.mark.asyncio
async def test_async_caller() -> None:
    caller = AsyncCaller(make_client())
    arguments: dict[str, Any] = {"method": "get", "path": "/devices/{deviceId}"}
    assert await caller.call(asyncio_detailed, expected=EXPECTED, device_id="d1", **arguments) == Device("d1", "Mk2")
    with pytest.raises(NotFound) as caught:
        await caller.call(asyncio_detailed, expected=EXPECTED, device_id="gone", **arguments)
    assert f"on GET {BASE}/devices/gone" in str(caught.value)
    with pytest.raises(UnexpectedResponse):
        await caller.call(asyncio_detailed, expected=EXPECTED, device_id="broken", **arguments)


# unwrap on its own, without the real request


def _response(status: int, content: bytes = b"", parsed: Any = None, **headers: str) -> Response[Any]:
    return Response(HTTPStatus(status), content, httpx.Headers(headers), parsed)


def test_unwrap_success() -> None:
    device = Device("d1", "Mk2")
    assert unwrap(_response(200, b"{}", device)) is device
    assert unwrap(_response(204)) is None
    assert unwrap(_response(200, b'{"extra": 1}'), expected={200: None}) is None


def test_unwrap_error_uses_parsed_model_as_body() -> None:
    model = ErrorModel("E1", "bad")
    with pytest.raises(NotFound) as caught:
        unwrap(_response(404, b'{"code":"E1","detail":"bad"}', model), method="get", url=f"{BASE}/devices/x")
    assert caught.value.body is model
    assert str(caught.value) == f"404 Not Found on GET {BASE}/devices/x: bad"


def test_unwrap_error_without_model_parses_json_or_text() -> None:
    with pytest.raises(ServerError) as caught:
        unwrap(_response(500, b'{"message": "boom"}', **{"request-id": "q1"}))
    assert caught.value.body == {"message": "boom"}
    assert caught.value.request_id == "q1"
    with pytest.raises(ServerError) as caught:
        unwrap(_response(502, b"bad gateway"))
    assert caught.value.body == "bad gateway"


def test_unwrap_invalid_json_success_is_unexpected() -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        unwrap(_response(200, b"not json"))
    reason = "response body is not usable JSON: not JSON: Expecting value at line 1 column 1 (char 0)"
    assert caught.value.reason == reason


def test_unwrap_of_a_body_nested_past_the_stack_is_unexpected_not_a_recursion_error() -> None:
    with pytest.raises(UnexpectedResponse) as caught:
        unwrap(_response(200, b"[" * 100_000 + b"]" * 100_000))
    assert caught.value.reason is not None and "nested too deeply" in caught.value.reason


def test_unwrap_checks_expected_statuses_and_types() -> None:
    with pytest.raises(UnexpectedResponse):
        unwrap(_response(201, b"{}", {}), expected=(200,))
    with pytest.raises(UnexpectedResponse, match="not a Device"):
        unwrap(_response(200, b"{}", {"id": "x"}), expected={200: Device})
    with pytest.raises(UnexpectedResponse):
        unwrap(_response(302))
    assert unwrap(_response(200, b"{}", Device("a", "b")), expected={200: Device}) == Device("a", "b")


def test_unwrap_redacts_given_secrets() -> None:
    with pytest.raises(AuthenticationError) as caught:
        unwrap(_response(401, b'{"message": "key k-777777777 revoked"}'), secrets=[Secret("k-777777777")])
    assert "k-777777777" not in str(caught.value)
    assert "k-777777777" not in repr(caught.value.body)


def test_raw_response_from_response() -> None:
    raw = RawResponse.from_response(_response(200, b'{"a": 1}', {"a": 1}, **{"x-h": "v"}))
    assert raw.parsed == {"a": 1}
    assert raw.headers["x-h"] == "v"
    assert raw.text == '{"a": 1}'
