"""One set of rules finds credentials by name and by shape: in error bodies, raw bytes, messages and text."""

from __future__ import annotations

import base64
import json
from typing import Any

import httpx
import pytest
from fabapi_core import Redactor, Secret, error_for, is_sensitive_name, redact_text

# A real-looking JWT (header.payload.signature) that no test lists as a secret.
FRESH_JWT = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkZXYtMSIsImV4cCI6NDEwMjQ0NDgwMH0.c2lnbmF0dXJlLWZyZXNo"
REFRESH = "rt-5f1d2c3b4a59-fresh"

# Field, header and parameter names of the five specs (and their usual spellings) that carry credentials.
SENSITIVE = [
    "jwt",
    "refreshToken",
    "refresh_token",
    "refresh-token",
    "session_token",
    "stlFileToken",
    "token",
    "kaedim-signature",
    "X-API-Key",
    "Authorization",
    "bearer",
    "apikey",
    "apiKey",
    "access_key",
    "secret_key",
    "privateKey",
    "private",
    "client_secret",
    "password",
    "Set-Cookie",
    "X-Amz-Signature",
    "auth",
]
# Names holding nothing secret that a substring rule would hide.
NOT_SENSITIVE = [
    "author",
    "sessionExpireAt",
    "token_count",
    "tokenExpiresAt",
    "keyword",
    "monkey",
    "devID",
    "status",
    "message",
    "WWW-Authenticate",
]


@pytest.mark.parametrize("name", SENSITIVE)
def test_credential_names_are_sensitive(name: str) -> None:
    assert is_sensitive_name(name)


@pytest.mark.parametrize("name", NOT_SENSITIVE)
def test_useful_names_are_not_hidden(name: str) -> None:
    assert not is_sensitive_name(name)


def test_text_rules_mask_by_shape_and_name() -> None:
    text = "\n".join(
        [
            f"Response body: {json.dumps({'jwt': FRESH_JWT, 'refreshToken': REFRESH, 'token_count': 7})}",
            f"curl -X POST -H 'X-API-Key: key-abc-123' -H 'refresh-token: {REFRESH}' http://127.0.0.1/refreshJWT",
            f"RegisterHookResponse(status='success', jwt='{FRESH_JWT}', refresh_token='{REFRESH}')",
            f"a bare one: {FRESH_JWT} and a header dump Authorization: Token 0123456789abcdef",
            "in a query: https://h.test/x?api_key=q-secret-99&page=2",
            f"and an escaped one {json.dumps(json.dumps({'jwt': 'x'}))}",
            "sent Bearer abc123def456 to the server",
        ]
    )
    masked = redact_text(text)
    for secret in (FRESH_JWT, REFRESH, "key-abc-123", "0123456789abcdef", "q-secret-99", "abc123def456"):
        assert secret not in masked, secret
    assert '\\"jwt\\": \\"x\\"' not in masked
    # Numbers under credential names and ordinary words stay.
    assert '"token_count": 7' in masked and "page=2" in masked and "a bare one" in masked


def test_learned_secrets_are_masked_wherever_they_show_later() -> None:
    redactor = Redactor([Secret("listed-credential-1")])
    assert REFRESH not in redactor(json.dumps({"refresh_token": REFRESH}))
    # Later text that shows the value with no name beside it.
    assert redactor(f"echo {REFRESH} and listed-credential-1") == "echo *** and ***"
    # Short values under a sensitive name are masked there, but not learned (they'd mask ordinary text).
    assert redactor('{"token": "ab"} ab') == '{"token": "***"} ab'


def test_a_secret_learnt_after_masking_began_is_masked_from_then_on() -> None:
    # The redactor keeps its secrets' masked forms between calls; learning must renew them.
    redactor = Redactor([Secret("listed-credential-1")])
    assert redactor("late-credential-2 and listed-credential-1") == "late-credential-2 and ***"
    redactor.learn(["late-credential-2"])
    assert redactor("late-credential-2 and listed-credential-1") == "*** and ***"
    redactor.learn_value({"refresh_token": REFRESH})
    assert redactor(f"{REFRESH}, escaped: {json.dumps(REFRESH)}") == '***, escaped: "***"'


def test_ordinary_text_is_left_alone() -> None:
    text = "Token expired at 2024-01-01; version 1.2.3 on api.example.com; key: value-less prose, author: Ann"
    assert redact_text(text).endswith("author: Ann")
    assert "version 1.2.3 on api.example.com" in redact_text(text)
    assert "Token expired" in redact_text(text)


def _leaves(value: object) -> list[str]:
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [repr(value)]


def _texts(error: Any) -> str:
    body = error.body.to_dict() if hasattr(error.body, "to_dict") else error.body
    return "\n".join([str(error), repr(error), repr(error.args), error.raw.decode(errors="replace"), *_leaves(body)])


def test_error_body_and_raw_hide_secrets_issued_in_the_response() -> None:
    body = {"status": "error", "jwt": FRESH_JWT, "refreshToken": REFRESH, "note": f"issued {REFRESH}"}
    response = httpx.Response(400, json=body, request=httpx.Request("POST", "https://h.test/refreshJWT"))
    error = error_for(response)
    texts = _texts(error)
    assert FRESH_JWT not in texts and REFRESH not in texts
    # raw is the body as received with the credentials masked: still JSON, same shape.
    assert json.loads(error.raw) == {"status": "error", "jwt": "***", "refreshToken": "***", "note": "issued ***"}


def test_raw_of_a_text_body_is_masked_by_shape() -> None:
    response = httpx.Response(
        502, text=f"upstream said: Bearer {FRESH_JWT}", request=httpx.Request("GET", "https://h.test/")
    )
    error = error_for(response)
    assert FRESH_JWT not in _texts(error)
    assert error.raw.startswith(b"upstream said: Bearer ")


def test_raw_keeps_bytes_that_are_not_utf8() -> None:
    content = b"\xff\xfe binary " + FRESH_JWT.encode() + b" \x00\x01"
    response = httpx.Response(500, content=content, request=httpx.Request("GET", "https://h.test/"))
    raw = error_for(response).raw
    assert FRESH_JWT.encode() not in raw
    assert raw.startswith(b"\xff\xfe binary ") and raw.endswith(b" \x00\x01")


def test_basic_credentials_in_a_body_are_masked() -> None:
    pair = base64.b64encode(b"user:pass-word-77").decode()
    response = httpx.Response(
        401,
        json={"message": "no", "header": f"Authorization: Basic {pair}"},
        request=httpx.Request("GET", "https://h/"),
    )
    assert pair not in _texts(error_for(response))
