"""Status → error class, request ids, bodies, messages, pickling."""

from __future__ import annotations

import base64
import pickle

import httpx
import pytest
from fabapi_core import (
    APIError,
    AuthenticationError,
    BadRequest,
    ConfigurationError,
    Conflict,
    FabapiError,
    InvalidArgument,
    MissingCredential,
    NotFound,
    PermissionDenied,
    RateLimited,
    ServerError,
    UnexpectedResponse,
    UnprocessableEntity,
    error_for,
)

URL = "https://api.example.test/v1/devices/x"


def _response(
    status: int, *, json: object = None, content: bytes | None = None, headers: dict[str, str] | None = None
) -> httpx.Response:
    request = httpx.Request("GET", URL)
    if json is not None:
        return httpx.Response(status, json=json, headers=headers, request=request)
    return httpx.Response(status, content=content or b"", headers=headers, request=request)


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequest),
        (401, AuthenticationError),
        (403, PermissionDenied),
        (404, NotFound),
        (409, Conflict),
        (422, UnprocessableEntity),
        (429, RateLimited),
        (500, ServerError),
        (502, ServerError),
        (503, ServerError),
        (599, ServerError),
        (418, APIError),
        (451, APIError),
    ],
)
def test_status_picks_the_class(status: int, cls: type[APIError]) -> None:
    error = error_for(_response(status, json={"message": "nope"}))
    assert type(error) is cls
    assert isinstance(error, APIError) and isinstance(error, FabapiError)
    assert error.status_code == status
    assert error.method == "GET"
    assert error.url == URL


@pytest.mark.parametrize("status", [200, 201, 204, 302])
def test_success_or_redirect_status_is_unexpected(status: int) -> None:
    error = error_for(_response(status, json={"a": 1}), reason="undocumented status")
    assert type(error) is UnexpectedResponse
    assert error.reason == "undocumented status"
    assert error.status_code == status
    assert error.body == {"a": 1}


def test_message_names_status_request_and_body() -> None:
    error = error_for(_response(404, json={"message": "no device x"}, headers={"X-Request-Id": "abc"}))
    assert str(error) == f"404 Not Found on GET {URL} (request id abc): no device x"
    assert error.request_id == "abc"
    assert error.body == {"message": "no device x"}
    assert error.raw == b'{"message":"no device x"}'


@pytest.mark.parametrize("header", ["x-request-id", "request-id", "x-amzn-requestid", "x-correlation-id"])
def test_request_id_headers(header: str) -> None:
    assert error_for(_response(500, content=b"boom", headers={header: "rid-1"})).request_id == "rid-1"


def test_request_id_prefers_the_first_known_header() -> None:
    error = error_for(_response(500, headers={"x-correlation-id": "second", "x-request-id": "first"}))
    assert error.request_id == "first"


def test_body_is_json_else_text_else_none() -> None:
    assert error_for(_response(400, json=[1, 2])).body == [1, 2]
    assert error_for(_response(400, content=b"<html>bad gateway</html>")).body == "<html>bad gateway</html>"
    assert error_for(_response(400)).body is None
    assert str(error_for(_response(400))) == f"400 Bad Request on GET {URL}"


def test_vendor_error_model_is_kept_as_body() -> None:
    class VendorError:
        def __init__(self, code: str, detail: str) -> None:
            self.code = code
            self.detail = detail

        def to_dict(self) -> dict[str, str]:
            return {"code": self.code, "detail": self.detail}

    model = VendorError("E42", "printer offline")
    error = error_for(_response(409, json={"code": "E42", "detail": "printer offline"}), body=model)
    assert error.body is model
    assert str(error).endswith(": printer offline")


def test_long_bodies_are_truncated_in_the_message_only() -> None:
    raw = b"x" * 5000
    error = error_for(_response(500, content=raw))
    assert len(str(error)) < 400
    assert error.raw == raw


def test_rate_limited_carries_retry_after() -> None:
    assert error_for(_response(429, headers={"Retry-After": "7"})).retry_after == 7.0  # type: ignore[attr-defined]
    assert error_for(_response(429)).retry_after is None  # type: ignore[attr-defined]
    date = error_for(_response(429, headers={"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}))
    assert date.retry_after == 0.0  # type: ignore[attr-defined]


def test_response_without_request() -> None:
    error = error_for(httpx.Response(503, text="down"))
    assert str(error) == "503 Service Unavailable: down"
    assert error.url is None and error.method is None


def test_errors_pickle() -> None:
    error = error_for(_response(429, json={"message": "slow down"}, headers={"Retry-After": "3"}))
    copy = pickle.loads(pickle.dumps(error))  # noqa: S301 - our own object, round-tripped
    assert type(copy) is RateLimited
    assert str(copy) == str(error)
    assert copy.retry_after == 3.0
    assert copy.body == error.body


def test_configuration_errors() -> None:
    missing = MissingCredential("API key", env_var="ACME_API_KEY", argument="api_key")
    assert isinstance(missing, ConfigurationError)
    assert "ACME_API_KEY" in str(missing) and "api_key" in str(missing)
    invalid = InvalidArgument("page_size", "must be positive")
    assert isinstance(invalid, ValueError) and isinstance(invalid, FabapiError)
    assert invalid.argument == "page_size"
    assert "page_size" in str(invalid)


def test_reason_is_kept_for_every_class() -> None:
    assert error_for(_response(429), reason="quota").reason == "quota"
    assert str(error_for(_response(404), reason="gone")) == f"404 Not Found on GET {URL}: gone"


def test_basic_auth_password_is_redacted_from_the_answer() -> None:
    basic = "Basic " + base64.b64encode(b"user:pw-98765432").decode()
    request = httpx.Request("GET", URL, headers={"Authorization": basic})
    response = httpx.Response(401, json={"message": "password pw-98765432 is wrong"}, request=request)
    error = error_for(response)
    assert "pw-98765432" not in str(error)
    assert error.body == {"message": "password *** is wrong"}


def test_version_matches_the_distribution() -> None:
    import tomllib
    from pathlib import Path

    import fabapi_core

    pyproject = Path(__file__).parents[2] / "runtime" / "pyproject.toml"
    assert tomllib.loads(pyproject.read_text())["project"]["version"] == fabapi_core.__version__
