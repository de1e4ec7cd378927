"""Credentials and base URLs are checked before any request, and the errors never show the values."""

from __future__ import annotations

import logging
import traceback

import httpx
import pytest
from fabapi_core import (
    ConfigurationError,
    FabapiError,
    InvalidArgument,
    Secret,
    base_url_setting,
    build_httpx_args,
    credential,
)
from fabapi_core._logging import configure_from_env, logger
from fabapi_kittycad import KittyCAD


def _everything(error: BaseException) -> str:
    return "\n".join([str(error), repr(error), repr(error.args), "".join(traceback.format_exception(error))])


def test_an_argument_loses_surrounding_whitespace_like_the_environment() -> None:
    assert credential("  tok-123\n", "ACME_TOKEN", what="token", environ={}) == Secret("tok-123")
    assert credential(Secret("\ttok-456 "), "ACME_TOKEN", what="token", environ={}) == Secret("tok-456")
    # Only whitespace is no credential at all.
    assert credential(" \n", "ACME_TOKEN", what="token", required=False, environ={}) is None


@pytest.mark.parametrize("between", ["\n", "\r\nX-Evil: 1", "\x00", "\x7f", "-ø-", "\t"])
def test_a_credential_that_cannot_go_into_a_header_is_refused_by_name(between: str) -> None:
    value = f"zq-first{between}zq-second"
    for given in (value, Secret(value)):
        with pytest.raises(InvalidArgument) as caught:
            credential(given, "ACME_TOKEN", what="API token", argument="api_token", environ={})
        assert caught.value.argument == "api_token" and "api_token" in str(caught.value)
        assert "zq-first" not in _everything(caught.value) and "zq-second" not in _everything(caught.value)


def test_a_bad_credential_from_the_environment_names_the_variable() -> None:
    value = "env-token\nsecond-line-77"
    with pytest.raises(ConfigurationError, match="ACME_TOKEN") as caught:
        credential(None, "ACME_TOKEN", what="API token", environ={"ACME_TOKEN": value})
    for part in value.split():
        assert part not in _everything(caught.value)


def test_httpx_never_gets_to_echo_a_bad_token() -> None:
    # Without the check, h11 raises LocalProtocolError("Illegal header value b'Bearer tok\\n...'").
    value = "zq-first\nzq-second"  # a variable: the traceback shows this test's own source lines
    with pytest.raises(InvalidArgument) as caught:
        KittyCAD(value)
    assert "zq-first" not in _everything(caught.value) and "zq-second" not in _everything(caught.value)


PASSWORD = "pw-Zq9-secret-77"


@pytest.mark.parametrize(
    "url",
    [
        f"https://user:{PASSWORD}@api.example.test/v1",
        f"https://:{PASSWORD}@api.example.test",
        f"ftp://user:{PASSWORD}@api.example.test",
        f"http://user:{PASSWORD}@api.example.test",
        f"https://user:{PASSWORD}@api.example.test:notaport/",
        f"https://{PASSWORD}@api.example.test/",
    ],
    ids=["https", "no-user", "scheme", "plain-http", "bad-port", "user-only"],
)
def test_a_base_url_with_credentials_is_refused_without_echoing_them(url: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        base_url_setting(url, "ACME_BASE_URL", "https://api.example.test")
    assert caught.value.argument == "base_url"
    assert PASSWORD not in _everything(caught.value)


def test_a_base_url_with_credentials_from_the_environment_names_the_variable() -> None:
    environ = {"ACME_BASE_URL": f"https://user:{PASSWORD}@api.example.test"}
    with pytest.raises(InvalidArgument, match="ACME_BASE_URL") as caught:
        base_url_setting(None, "ACME_BASE_URL", "https://api.example.test", environ=environ)
    assert "user name or password" in str(caught.value)
    assert PASSWORD not in _everything(caught.value)


def test_the_other_base_url_errors_mask_a_password_too() -> None:
    # The userinfo check comes first, but each message built from the URL masks it anyway.
    with pytest.raises(InvalidArgument) as caught:
        base_url_setting(f"https://u:{PASSWORD}@[::1", "ACME_BASE_URL", "https://d.test")
    assert PASSWORD not in _everything(caught.value)


class Lines(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


def test_a_client_with_such_a_base_url_is_never_built_nor_logged(monkeypatch: pytest.MonkeyPatch) -> None:
    handler = Lines()
    old_level = logger.level
    logger.addHandler(handler)
    monkeypatch.setenv("FABAPI_LOG", "debug")
    try:
        configure_from_env()
        sent: list[httpx.Request] = []

        def answer(request: httpx.Request) -> httpx.Response:
            sent.append(request)
            return httpx.Response(200, json={})

        transport = httpx.MockTransport(answer)
        with pytest.raises(FabapiError) as caught:
            KittyCAD("kc-token-1", base_url=f"https://user:{PASSWORD}@api.example.test", transport=transport)
        assert PASSWORD not in _everything(caught.value)
        assert not sent
        # The same logger, with the same client pieces, logs a debug line for a URL that does carry a password.
        args = build_httpx_args(transport=transport)
        with httpx.Client(**args) as client:
            client.get(f"https://user:{PASSWORD}@api.example.test/x")
        assert handler.lines and all(PASSWORD not in line for line in handler.lines)
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


def test_repr_masks_credential_query_values_in_a_base_url() -> None:
    client = KittyCAD("kc-token-1", base_url=f"https://api.example.test/v1?api_key={PASSWORD}")
    assert PASSWORD not in repr(client)
    assert "api.example.test" in repr(client)
    client.close()
