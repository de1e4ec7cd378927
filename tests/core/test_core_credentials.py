"""Credentials and settings: argument, then environment, then a clear error or default."""

from __future__ import annotations

import pytest
from fabapi_core import InvalidArgument, MissingCredential, Secret, credential, setting

ENV = {"ACME_API_KEY": "from-env-123", "ACME_BASE_URL": "https://env.example.test"}


def test_argument_beats_environment() -> None:
    found = credential("from-arg-456", "ACME_API_KEY", what="API key", environ=ENV)
    assert found == Secret("from-arg-456")
    assert credential(Secret("wrapped-789"), "ACME_API_KEY", what="API key", environ=ENV) == Secret("wrapped-789")


def test_environment_used_when_no_argument() -> None:
    assert credential(None, "ACME_API_KEY", what="API key", environ=ENV) == Secret("from-env-123")
    # An empty argument counts as not given; trailing newlines from files are dropped.
    assert credential("", "ACME_API_KEY", what="API key", environ={"ACME_API_KEY": "k-1\n"}) == Secret("k-1")


def test_reads_os_environ_by_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ACME_TEST_TOKEN", "os-env-token")
    assert credential(None, "ACME_TEST_TOKEN", what="token") == Secret("os-env-token")


def test_missing_required_names_env_var_and_argument() -> None:
    with pytest.raises(MissingCredential) as caught:
        credential(None, "ACME_API_KEY", what="API key", argument="api_key", environ={"ACME_API_KEY": "  "})
    message = str(caught.value)
    assert "ACME_API_KEY" in message and "api_key=" in message and "API key" in message
    assert caught.value.env_var == "ACME_API_KEY"


def test_missing_optional_is_none() -> None:
    assert credential(None, "ACME_API_KEY", what="API key", required=False, environ={}) is None


def test_wrong_type_is_invalid_argument() -> None:
    with pytest.raises(InvalidArgument) as caught:
        credential(123, "ACME_API_KEY", what="API key", argument="api_key", environ={})  # type: ignore[call-overload]
    assert caught.value.argument == "api_key"


def test_setting() -> None:
    assert setting("https://arg.example.test", "ACME_BASE_URL", "https://default.test", environ=ENV) == (
        "https://arg.example.test"
    )
    assert setting(None, "ACME_BASE_URL", "https://default.test", environ=ENV) == "https://env.example.test"
    assert setting(None, "ACME_BASE_URL", "https://default.test", environ={}) == "https://default.test"
    assert setting(None, "ACME_BASE_URL", environ={}) is None
