"""FABAPI_LOG: one line per attempt through `logging`, with every credential redacted."""

from __future__ import annotations

import logging
from urllib.parse import quote

import httpx
import pytest
from fabapi_core import HeaderAuth, RetryPolicy, build_httpx_args
from fabapi_core._logging import configure_from_env, logger
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from tests.budget import examples

# Printable ASCII without spaces: header values must be ASCII, and a secret is one token.
secrets = st.text(alphabet=st.characters(min_codepoint=33, max_codepoint=126), min_size=8, max_size=40)


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(record.getMessage())


@pytest.fixture
def records() -> object:
    handler = Records()
    old_level = logger.level
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    yield handler
    logger.removeHandler(handler)
    logger.setLevel(old_level)


def _client(transport: httpx.MockTransport, token: str, retries: RetryPolicy | None = None) -> httpx.Client:
    args = build_httpx_args(
        auth=HeaderAuth(token, prefix="Bearer"),
        transport=transport,
        retries=retries or RetryPolicy(backoff_factor=0, attempts=2),
    )
    return httpx.Client(base_url="https://api.example.test", **args)


def _logged(records: Records, secret: str) -> list[str]:
    """The log lines of one call that sends and receives `secret` every usual way."""
    records.lines.clear()
    transport = httpx.MockTransport(
        lambda request: httpx.Response(200, json={"ok": True}, headers={"Set-Cookie": f"session={secret}"})
    )
    with _client(transport, secret) as client:
        client.get("/things", params={"api_key": secret, "q": "x"}, headers={"X-API-Key": secret})
    return list(records.lines)


# A secret no log line could hold by coincidence: the control run below.
CONTROL = "Zq9~control~secret~Zq9"


# The profile's own suppressions (tests/conftest.py) are kept: this list replaces, not extends, them.
@settings(
    max_examples=examples(60),
    suppress_health_check=[*settings().suppress_health_check, HealthCheck.function_scoped_fixture],
)
@given(secret=secrets)
def test_no_log_line_contains_a_secret(records: Records, secret: str) -> None:
    # hypothesis draws strings from the code under test too ("set-cook"): one that is part of
    # what every call logs whatever the secret (a header name) says nothing about redaction.
    control = "\n".join(_logged(records, CONTROL))
    assume(secret not in control and quote(secret, safe="") not in control)
    lines = _logged(records, secret)
    assert any("GET https://api.example.test/things" in line for line in lines)
    for line in lines:
        assert secret not in line
        assert quote(secret, safe="") not in line


def test_each_attempt_is_logged_and_retries_are_marked(records: Records) -> None:
    answers = iter([503, 503, 200])
    transport = httpx.MockTransport(lambda request: httpx.Response(next(answers), headers={"Retry-After": "0"}))
    with _client(transport, "t0ken-value") as client:
        assert client.get("/jobs/1").status_code == 200
    info = [line for line in records.lines if line.startswith("HTTP ")]
    assert len(info) == 3
    assert "-> 503" in info[0] and "retry" not in info[0]
    assert "-> 503" in info[1] and "(retry 1)" in info[1]
    assert "-> 200" in info[2] and "(retry 2)" in info[2]
    # A new call counts from the first attempt again.
    answers = iter([200])
    with _client(transport, "t0ken-value") as client:
        client.get("/jobs/2")
    last = [line for line in records.lines if line.startswith("HTTP ")][-1]
    assert "/jobs/2 -> 200" in last and "retry" not in last


def test_connection_failures_are_logged_by_type(records: Records) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with (
        _client(httpx.MockTransport(refuse), "t0ken-value", RetryPolicy.none()) as client,
        pytest.raises(httpx.TransportError),
    ):
        client.get("/x")
    assert any("failed after" in line and "ConnectError" in line for line in records.lines)


def test_debug_adds_headers_redacted(records: Records) -> None:
    transport = httpx.MockTransport(lambda request: httpx.Response(204, headers={"X-Request-Id": "req-7"}))
    with _client(transport, "s3cret-token") as client:
        client.delete("/things/1")
    debug = [line for line in records.lines if line.startswith(("request ", "response "))]
    assert any("authorization" in line.lower() for line in debug)
    assert any("req-7" in line for line in debug)
    assert all("s3cret-token" not in line for line in debug)


def test_env_switch_sets_the_level_and_ignores_unknown_values_with_a_warning() -> None:
    old_level, old_handlers = logger.level, list(logger.handlers)
    try:
        logger.handlers.clear()
        configure_from_env({"FABAPI_LOG": "info"})
        assert logger.level == logging.INFO and len(logger.handlers) == 1
        configure_from_env({"FABAPI_LOG": "DEBUG"})
        assert logger.level == logging.DEBUG and len(logger.handlers) == 1  # no second handler
        configure_from_env({"FABAPI_LOG": "Warning"})
        assert logger.level == logging.WARNING and len(logger.handlers) == 1
        with pytest.warns(RuntimeWarning, match="FABAPI_LOG='loud' ignored: use one of debug, info, warning, error"):
            configure_from_env({"FABAPI_LOG": "loud"})
        assert logger.level == logging.WARNING  # unchanged
    finally:
        logger.handlers[:] = old_handlers
        logger.setLevel(old_level)


def test_debug_masks_credentials_an_answer_issues_in_its_headers(records: Records) -> None:
    issued = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXYifQ.aXNzdWVkLXNpZ25hdHVyZQ"
    headers = {"X-Issued": issued, "Link": f"<https://api.example.test/next>; rel=next; jwt={issued}"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, headers=headers))
    with _client(transport, "s3cret-token") as client:
        client.get(f"/sessions/{issued}")
    assert any(line.startswith("response ") for line in records.lines)
    assert all(issued not in line for line in records.lines)
