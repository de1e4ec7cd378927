"""No credential leaks: secrets, headers, URLs and errors built from responses that echo them."""

from __future__ import annotations

import logging
import pickle
from urllib.parse import quote

import httpx
import pytest
from fabapi_core import BasicAuth, HeaderAuth, Secret, error_for, redact, redact_headers, redact_url
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from tests.budget import examples

secrets = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=33, max_codepoint=126),
        st.characters(blacklist_categories=("Z", "C")),
        st.sampled_from("%&=+/?#\\\"'*"),  # the characters URL and JSON escaping care about
    ),
    min_size=8,
    max_size=40,
)


def _echoing_response(secret: str) -> httpx.Response:
    """A failed request that sent the secret every usual way, answered by a server that echoes it."""
    url = httpx.URL(f"https://api.example.test/things/{quote(secret, safe='')}", params={"q": secret, "token": secret})
    # Header values go as UTF-8 bytes: httpx would refuse non-ASCII str values.
    request = httpx.Request("GET", url, headers={b"Authorization": f"Bearer {secret}".encode(), b"X-Plain": b"ok"})
    return httpx.Response(
        401,
        json={"message": f"bad token {secret}", "echo": secret, "nested": [{"again": secret}]},
        headers={b"X-Request-Id": b"r-1", b"Set-Cookie": f"session={secret}".encode(), b"X-Echo": secret.encode()},
        request=request,
    )


def _assert_hidden(secret: str, text: str) -> None:
    assert secret not in text
    assert quote(secret, safe="") not in text


def _leaves(value: object) -> list[str]:
    """The strings inside a parsed body (its keys are fixed text that a random secret may match)."""
    if isinstance(value, dict):
        return [leaf for item in value.values() for leaf in _leaves(item)]
    if isinstance(value, list):
        return [leaf for item in value for leaf in _leaves(item)]
    return [repr(value)]


def _repr(error: Exception) -> str:
    # The class name is fixed text, not an echo: a secret like "Authenti" may match it by chance.
    return repr(error).removeprefix(type(error).__name__)


@settings(max_examples=examples(150))
@given(secret=secrets)
def test_secret_never_shows(secret: str) -> None:
    wrapped = Secret(secret)
    for text in (repr(wrapped), str(wrapped), f"{wrapped}", f"{wrapped!r}", f"{[wrapped]}", f"{wrapped:>20}"):
        assert secret not in text
    assert wrapped.reveal() == secret
    assert wrapped == Secret(secret)
    assert pickle.loads(pickle.dumps(wrapped)) == wrapped  # noqa: S301 - our own object, round-tripped


def _listed_texts(secret: str) -> list[str]:
    error = error_for(_echoing_response(secret), secrets=[Secret(secret)])
    return [str(error), _repr(error), str(error.url), repr(error.args), *error.headers.values(), *_leaves(error.body)]


def _unlisted_texts(secret: str) -> list[str]:
    # No `secrets=`: the Authorization header and the token query parameter are enough.
    error = error_for(_echoing_response(secret))
    return [str(error), _repr(error), str(error.url), *error.headers.values(), *_leaves(error.body)]


# A secret no text could hold by coincidence. hypothesis also draws strings from the code under
# test; one that is part of what the error says whatever the secret (the URL) proves nothing.
CONTROL = "Zq9~control~secret~Zq9"


def _coincides(secret: str, texts: list[str]) -> bool:
    fixed = "\n".join(texts)
    return secret in fixed or quote(secret, safe="") in fixed


@settings(max_examples=examples(150))
@given(secret=secrets)
def test_error_from_echoing_response_hides_the_secret(secret: str) -> None:
    assume(not _coincides(secret, _listed_texts(CONTROL)))
    for text in _listed_texts(secret):
        _assert_hidden(secret, text)


@settings(max_examples=examples(150))
@given(secret=secrets)
def test_credentials_the_request_carried_are_redacted_without_being_listed(secret: str) -> None:
    assume(not _coincides(secret, _unlisted_texts(CONTROL)))
    for text in _unlisted_texts(secret):
        _assert_hidden(secret, text)


@settings(max_examples=examples(100))
@given(secret=secrets, prefix=st.text(max_size=20), suffix=st.text(max_size=20))
def test_redact_removes_every_occurrence(secret: str, prefix: str, suffix: str) -> None:
    text = f"{prefix}{secret}{suffix}{secret}"
    assert secret not in redact(text, [Secret(secret)])


def test_redact_masks_longest_first() -> None:
    assert redact("abc-abcdef", ["abc", "abcdef"]) == "***-***"
    assert redact("nothing here", []) == "nothing here"
    assert redact("nothing here", [""]) == "nothing here"


def test_redact_headers() -> None:
    headers = {
        "Authorization": "Token abc",
        "Proxy-Authorization": "Basic xyz",
        "X-API-Key": "k",
        "Cookie": "a=b",
        "Set-Cookie": "c=d",
        "X-Auth-Token": "t",
        "X-Client-Secret": "s",
        "X-Password": "p",
        "Content-Type": "application/json",
        "X-Echo": "value with hunter22 inside",
    }
    redacted = redact_headers(headers, ["hunter22"])
    assert redacted["Content-Type"] == "application/json"
    assert redacted["X-Echo"] == "value with *** inside"
    for name in headers:
        if name not in ("Content-Type", "X-Echo"):
            assert redacted[name] == "***", name


def test_redact_url() -> None:
    assert (
        redact_url("https://u:pw@h.test/p?api_key=abc&page=2&token=t")
        == "https://u:***@h.test/p?api_key=***&page=2&token=***"
    )
    assert redact_url("https://h.test/users/s3cr3t-value/x", ["s3cr3t-value"]) == "https://h.test/users/***/x"
    # Found however it was encoded.
    assert "a b&c" not in redact_url(str(httpx.URL("https://h.test/", params={"q": "a b&c"})), ["a b&c"])


def test_auth_reprs_hide_credentials() -> None:
    basic = BasicAuth(Secret("access-1234"), Secret("secret-5678"))
    header = HeaderAuth(Secret("tok-99999999"), prefix="Token")
    assert "access-1234" not in repr(basic) and "secret-5678" not in repr(basic)
    assert "tok-99999999" not in repr(header)
    assert basic.secrets == (Secret("access-1234"), Secret("secret-5678"))


def test_auth_sends_the_header() -> None:
    seen: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.headers)
        return httpx.Response(204)

    with httpx.Client(transport=httpx.MockTransport(handler), auth=HeaderAuth(Secret("tok"), prefix="Token")) as client:
        client.get("https://h.test/")
    with httpx.Client(transport=httpx.MockTransport(handler), auth=HeaderAuth("k", header="X-Api-Key")) as client:
        client.get("https://h.test/")
    with httpx.Client(transport=httpx.MockTransport(handler), auth=BasicAuth("user", Secret("pass"))) as client:
        client.get("https://h.test/")
    assert seen[0]["authorization"] == "Token tok"
    assert seen[1]["x-api-key"] == "k"
    assert seen[2]["authorization"] == httpx.BasicAuth("user", "pass")._auth_header


def test_secret_in_logs(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO):
        logging.getLogger("test").info("using %s and %r", Secret("hunter22"), Secret("hunter22"))
    assert "hunter22" not in caplog.text
