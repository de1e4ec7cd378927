"""`VendorProfile` and `client_settings`: the one client set-up every vendor constructor calls."""

from __future__ import annotations

import httpx
import pytest
from fabapi_core import (
    ConfigurationError,
    InvalidArgument,
    MissingCredential,
    RetryPolicy,
    Secret,
    VendorProfile,
    client_settings,
)

ACME = VendorProfile(
    title="Acme",
    package="fabapi-acme",
    version="1.2.3",
    base_url="https://api.acme.test/v1",
    env={"token": "ACME_TOKEN", "account": "ACME_ACCOUNT", "base_url": "ACME_BASE_URL"},
    auth="http-bearer",
    timeout=45.0,
)
PER_CUSTOMER = VendorProfile(
    title="Per Customer",
    package="fabapi-pc",
    version="0.1.0",
    base_url=None,
    env={"token": "PC_TOKEN", "base_url": "PC_BASE_URL"},
    auth="api-key",
    timeout=60.0,
    base_url_example="https://demo.pc.test",
)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in (*ACME.env.values(), *PER_CUSTOMER.env.values()):
        monkeypatch.delenv(variable, raising=False)


def test_a_profile_must_name_the_base_url_variable() -> None:
    with pytest.raises(ConfigurationError, match="Acme profile names no environment variable for base_url"):
        VendorProfile(title="Acme", package="p", version="1", base_url=None, env={}, auth="none", timeout=1.0)


def test_credentials_come_from_the_argument_else_the_named_variable(monkeypatch: pytest.MonkeyPatch) -> None:
    assert ACME.credential("given-0001", "token") == Secret("given-0001")
    monkeypatch.setenv("ACME_TOKEN", "from-env-0002")
    assert ACME.credential(None, "token") == Secret("from-env-0002")
    assert ACME.optional_credential(None, "account") is None
    monkeypatch.delenv("ACME_TOKEN")
    with pytest.raises(MissingCredential, match="ACME_TOKEN"):
        ACME.credential(None, "token", what="API token")


def test_a_setting_the_profile_does_not_name_is_a_configuration_error() -> None:
    with pytest.raises(ConfigurationError, match="Acme profile names no environment variable for secret"):
        ACME.credential("x", "secret")


def test_base_url_argument_then_environment_then_default(monkeypatch: pytest.MonkeyPatch) -> None:
    assert client_settings(
        ACME, base_url=None, timeout=1, retries=None, transport=None, allow_insecure_http=False
    ).base_url == ("https://api.acme.test/v1")
    monkeypatch.setenv("ACME_BASE_URL", "https://env.acme.test")
    from_env = client_settings(ACME, base_url=None, timeout=1, retries=None, transport=None, allow_insecure_http=False)
    assert from_env.base_url == "https://env.acme.test"
    given = client_settings(
        ACME, base_url="https://arg.acme.test", timeout=1, retries=None, transport=None, allow_insecure_http=False
    )
    assert given.base_url == "https://arg.acme.test"


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("https://user:pw@api.acme.test", "user name or password"),
        ("http://api.acme.test", "plain http"),
        ("ftp://api.acme.test", "http:// or https://"),
    ],
)
def test_the_base_url_safety_checks_apply(url: str, reason: str) -> None:
    with pytest.raises(InvalidArgument, match=reason) as caught:
        client_settings(ACME, base_url=url, timeout=1, retries=None, transport=None, allow_insecure_http=False)
    assert caught.value.argument == "base_url"
    assert "pw" not in str(caught.value)


def test_without_a_default_the_base_url_is_asked_for() -> None:
    with pytest.raises(ConfigurationError, match=r"PC_BASE_URL \(e.g. https://demo.pc.test\)"):
        client_settings(PER_CUSTOMER, base_url=None, timeout=1, retries=None, transport=None, allow_insecure_http=False)


@pytest.mark.parametrize(
    ("given", "expected"),
    [(None, httpx.Timeout(None)), (12, httpx.Timeout(12)), (httpx.Timeout(3, read=8), httpx.Timeout(3, read=8))],
)
def test_timeout_none_a_number_or_an_httpx_timeout(
    given: float | httpx.Timeout | None, expected: httpx.Timeout
) -> None:
    settings = client_settings(
        ACME, base_url=None, timeout=given, retries=None, transport=None, allow_insecure_http=False
    )
    assert settings.timeout == expected


@pytest.mark.parametrize("bad", [0, -2, float("nan"), False, "10"])
def test_a_bad_timeout_names_timeout(bad: object) -> None:
    with pytest.raises(InvalidArgument) as caught:
        client_settings(ACME, base_url=None, timeout=bad, retries=None, transport=None, allow_insecure_http=False)  # type: ignore[arg-type]
    assert caught.value.argument == "timeout"


def test_retries_are_a_policy_and_bad_ones_are_refused() -> None:
    settings = client_settings(ACME, base_url=None, timeout=1, retries=2, transport=None, allow_insecure_http=False)
    assert settings.retries == RetryPolicy(attempts=2)
    with pytest.raises(InvalidArgument) as caught:
        client_settings(ACME, base_url=None, timeout=1, retries=-1, transport=None, allow_insecure_http=False)
    assert caught.value.argument == "retries"


def test_pre_signed_link_arguments_carry_the_user_agent_and_no_credentials() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200)

    settings = client_settings(
        ACME, base_url=None, timeout=1, retries=0, transport=httpx.MockTransport(answer), allow_insecure_http=False
    )
    with httpx.Client(**settings.plain_httpx_args()) as plain:
        plain.get("https://bucket.acme.test/report.pdf?X-Signature=abc")
    assert seen[-1].headers["user-agent"].startswith("fabapi-acme/1.2.3 fabapi-core/")
    assert "authorization" not in seen[-1].headers
