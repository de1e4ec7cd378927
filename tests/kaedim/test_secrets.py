"""Kaedim's credentials never reach an error: JWTs and refresh tokens issued in answers, and bad input."""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable

import httpx
import pytest
from fabapi_core import APIError, FabapiError, InvalidArgument, UnexpectedResponse
from fabapi_kaedim import Kaedim, TokenStore

API_KEY = "kaedim-api-key-0001"
REFRESH = "kaedim-refresh-0002"
# Issued by the server in an answer: no client lists these as secrets.
FRESH_JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXYtMSIsImV4cCI6NDEwMjQ0NDgwMH0.ZnJlc2gtc2lnbmF0dXJl"
FRESH_REFRESH = "issued-refresh-token-0003"

Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler, **options: object) -> Kaedim:
    options.setdefault("refresh_token", REFRESH)
    return Kaedim(
        API_KEY,
        "dev-1",
        transport=httpx.MockTransport(handler),
        token_store=TokenStore(),
        retries=0,
        **options,  # type: ignore[arg-type]
    )


def _everything(error: BaseException) -> str:
    """Every text a user could see of an error: message, repr, traceback, and an APIError's fields."""
    texts = [str(error), repr(error), "".join(traceback.format_exception(error))]
    if isinstance(error, APIError):
        body = error.body.to_dict() if hasattr(error.body, "to_dict") else error.body
        texts += [json.dumps(body, default=repr), repr(error.body), error.raw.decode(errors="replace")]
        texts += [str(error.url), *error.headers.values()]
    return "\n".join(texts)


def _assert_hidden(error: BaseException, *secrets: str) -> None:
    seen = _everything(error)
    for secret in secrets:
        assert secret not in seen, secret


def _refresh_answer(response: httpx.Response) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/refreshJWT"):
            return response
        return httpx.Response(200, json={"status": "success", "message": []})

    return handler


@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(400, json={"status": "error", "jwt": FRESH_JWT, "refreshToken": FRESH_REFRESH}),
        httpx.Response(500, text=f"jwt={FRESH_JWT}&refresh_token={FRESH_REFRESH}"),
        httpx.Response(
            200,
            json={"status": "ok", "token": FRESH_JWT, "refreshToken": FRESH_REFRESH, "note": f"use {FRESH_REFRESH}"},
        ),
        httpx.Response(200, json={"status": "success", "jwt": [FRESH_JWT], "refreshToken": FRESH_REFRESH}),
    ],
    ids=["refused", "text", "no-jwt-field", "jwt-not-a-string"],
)
def test_refresh_jwt_answering_unexpectedly_shows_no_token(answer: httpx.Response) -> None:
    with _client(_refresh_answer(answer)) as kaedim, pytest.raises(APIError) as caught:
        kaedim.list_projects()
    _assert_hidden(caught.value, FRESH_JWT, FRESH_REFRESH, API_KEY, REFRESH)


def test_a_jwt_that_cannot_go_into_a_header_is_refused_before_it_is_sent() -> None:
    sent: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        if request.url.path.endswith("/refreshJWT"):
            return httpx.Response(200, json={"status": "success", "jwt": FRESH_JWT + "\r\nX-Evil: 1"})
        return httpx.Response(200, json={"status": "success", "message": []})

    with _client(handler) as kaedim, pytest.raises(UnexpectedResponse, match="jwt") as caught:
        kaedim.list_projects()
    assert [request.url.path for request in sent] == ["/api/v1/refreshJWT"]
    _assert_hidden(caught.value, FRESH_JWT)


def _register_answer(response: httpx.Response) -> Handler:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.url.path.endswith("/registerHook")
        return response

    return handler


@pytest.mark.parametrize(
    "answer",
    [
        # Undocumented status.
        httpx.Response(202, json={"status": "success", "jwt": FRESH_JWT, "refreshToken": FRESH_REFRESH}),
        # Documented status, body missing a required field.
        httpx.Response(200, json={"jwt": FRESH_JWT, "refreshToken": FRESH_REFRESH}),
        # Refused, echoing what it issued earlier.
        httpx.Response(
            400,
            json={
                "status": "error",
                "message": f"already issued {FRESH_JWT}",
                "cause": f"refresh_token={FRESH_REFRESH}",
            },
        ),
        # A JWT and a refresh token that would break the headers they go into.
        httpx.Response(200, json={"status": "success", "jwt": FRESH_JWT + "\n", "refreshToken": FRESH_REFRESH}),
        httpx.Response(200, json={"status": "success", "jwt": FRESH_JWT, "refreshToken": FRESH_REFRESH + "\n"}),
    ],
    ids=["undocumented", "schema", "refused", "jwt-newline", "refresh-newline"],
)
def test_register_hook_answering_unexpectedly_shows_no_token(answer: httpx.Response) -> None:
    # Strict: a body missing a required field is refused only when asked (decoding is tolerant by default).
    with _client(_register_answer(answer)) as kaedim, pytest.raises(APIError) as caught:
        kaedim.with_options(strict=True).register_webhook("https://example.com/hook")
    _assert_hidden(caught.value, FRESH_JWT, FRESH_REFRESH, API_KEY, REFRESH)
    # Nothing unusable was adopted.
    assert kaedim.token_store.current(0.0) is None


BAD = "zq-first\nzq-second"  # each part distinctive: neither may show in the error


@pytest.mark.parametrize(
    ("options", "argument"),
    [
        ({"api_key": BAD}, "api_key"),
        ({"refresh_token": "zq-first\r\nzq-second"}, "refresh_token"),
        ({"jwt": "eyJhbGciOiJIUzI1NiJ9.e30.c2ln\n"}, None),  # surrounding whitespace is stripped
        ({"jwt": "eyJhbGciOiJIUzI1NiJ9.zq-first\n.zq-second"}, "jwt"),
        ({"dev_id": BAD}, "dev_id"),
        ({"studio_id": BAD}, "studio_id"),
        ({"jwt_prefix": "zq-first\nzq-second:"}, "jwt_prefix"),
        ({"api_key": "zq-first-ключ-zq-second"}, "api_key"),
    ],
)
def test_header_bound_settings_are_checked_without_echoing_them(options: dict[str, str], argument: str | None) -> None:
    values = {"api_key": API_KEY, "dev_id": "dev-1", "refresh_token": REFRESH} | options
    api_key, dev_id, refresh = values.pop("api_key"), values.pop("dev_id"), values.pop("refresh_token")

    def build() -> Kaedim:
        return Kaedim(api_key, dev_id, refresh, token_store=TokenStore(), **values)  # type: ignore[arg-type]

    if argument is None:
        with build() as kaedim:
            token = kaedim.token_store.current(0.0)
            assert token is not None and token.value.reveal() == options["jwt"].strip()
        return
    with pytest.raises(InvalidArgument) as caught:
        build()
    assert caught.value.argument == argument and argument in str(caught.value)
    assert "zq-first" not in _everything(caught.value) and "zq-second" not in _everything(caught.value)


def test_settings_from_the_environment_are_checked_naming_the_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAEDIM_API_KEY", BAD)
    with pytest.raises(FabapiError, match="KAEDIM_API_KEY") as caught:
        Kaedim(dev_id="dev-1", token_store=TokenStore())
    assert "zq-first" not in _everything(caught.value) and "zq-second" not in _everything(caught.value)
    monkeypatch.setenv("KAEDIM_API_KEY", API_KEY)
    monkeypatch.setenv("KAEDIM_DEV_ID", BAD)
    with pytest.raises(FabapiError, match="KAEDIM_DEV_ID") as caught:
        Kaedim(token_store=TokenStore())
    assert "zq-first" not in _everything(caught.value) and "zq-second" not in _everything(caught.value)
