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


# A vendor that renamed itself (as KittyCAD became Zoo): the current names first, the old ones after.
RENAMED = VendorProfile(
    title="Renamed",
    package="fabapi-renamed",
    version="0.1.0",
    base_url="https://api.renamed.test",
    env={"token": ("NEW_API_TOKEN", "OLD_API_TOKEN"), "base_url": ("NEW_HOST", "OLD_BASE_URL")},
    auth="http-bearer",
    timeout=60.0,
)
SECRET = "tok-3f9a-never-shown"


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for profile in (ACME, PER_CUSTOMER, RENAMED):
        for setting in profile.env:
            for variable in profile.env_vars(setting):
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


# -- several environment variables for one setting --------------------------------------------------


def _settings(profile: VendorProfile) -> str:
    return client_settings(
        profile, base_url=None, timeout=1, retries=None, transport=None, allow_insecure_http=False
    ).base_url


@pytest.mark.parametrize("token_var", ["NEW_API_TOKEN", "OLD_API_TOKEN"])
def test_each_token_name_alone_is_read(monkeypatch: pytest.MonkeyPatch, token_var: str) -> None:
    monkeypatch.setenv(token_var, SECRET)
    assert RENAMED.credential(None, "token") == Secret(SECRET)


@pytest.mark.parametrize("host_var", ["NEW_HOST", "OLD_BASE_URL"])
def test_each_host_name_alone_is_read(monkeypatch: pytest.MonkeyPatch, host_var: str) -> None:
    monkeypatch.setenv(host_var, "https://from-env.renamed.test")
    assert _settings(RENAMED) == "https://from-env.renamed.test"


def test_the_first_name_wins_when_both_are_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEW_API_TOKEN", SECRET)
    monkeypatch.setenv("OLD_API_TOKEN", "old-token-0001")
    monkeypatch.setenv("NEW_HOST", "https://new.renamed.test")
    monkeypatch.setenv("OLD_BASE_URL", "https://old.renamed.test")
    assert RENAMED.credential(None, "token") == Secret(SECRET)
    assert _settings(RENAMED) == "https://new.renamed.test"


def test_a_blank_current_name_falls_back_to_the_old_one(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEW_API_TOKEN", "  \n")
    monkeypatch.setenv("OLD_API_TOKEN", SECRET)
    assert RENAMED.credential(None, "token") == Secret(SECRET)


def test_the_argument_still_wins_over_every_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEW_API_TOKEN", "env-token-0001")
    monkeypatch.setenv("NEW_HOST", "https://env.renamed.test")
    assert RENAMED.credential(SECRET, "token") == Secret(SECRET)
    given = client_settings(
        RENAMED, base_url="https://arg.renamed.test", timeout=1, retries=None, transport=None, allow_insecure_http=False
    )
    assert given.base_url == "https://arg.renamed.test"


def test_a_missing_credential_names_every_variable_current_first() -> None:
    with pytest.raises(MissingCredential) as caught:
        RENAMED.credential(None, "token", what="API token")
    assert str(caught.value) == (
        "missing API token: pass token=... or set the NEW_API_TOKEN environment variable (or OLD_API_TOKEN)"
    )
    assert caught.value.env_var == "NEW_API_TOKEN"
    assert caught.value.env_vars == ("NEW_API_TOKEN", "OLD_API_TOKEN")
    assert RENAMED.env_vars("token") == ("NEW_API_TOKEN", "OLD_API_TOKEN")
    assert RENAMED.env_var("token") == "NEW_API_TOKEN"


def test_a_bad_value_names_the_variable_it_was_read_from_and_never_shows_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLD_API_TOKEN", f"{SECRET}\r\nX-Injected: 1")
    with pytest.raises(ConfigurationError, match="OLD_API_TOKEN") as caught:
        RENAMED.credential(None, "token")
    assert SECRET not in str(caught.value)
    assert SECRET not in repr(caught.value)
    assert "NEW_API_TOKEN" not in str(caught.value)


def test_a_bad_base_url_names_the_variable_it_was_read_from(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLD_BASE_URL", f"https://user:{SECRET}@api.renamed.test")
    with pytest.raises(InvalidArgument, match=r"from the OLD_BASE_URL environment variable") as caught:
        _settings(RENAMED)
    assert SECRET not in str(caught.value)


def test_the_token_read_from_an_old_name_never_appears_in_a_repr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OLD_API_TOKEN", SECRET)
    secret = RENAMED.credential(None, "token")
    assert SECRET not in repr(secret)
    assert SECRET not in str(secret)
    assert SECRET not in repr(RENAMED)


def test_a_setting_needs_at_least_one_variable_name() -> None:
    with pytest.raises(ConfigurationError, match="Acme profile's token needs environment variable names"):
        VendorProfile(
            title="Acme", package="p", version="1", base_url=None,
            env={"token": (), "base_url": "ACME_BASE_URL"}, auth="none", timeout=1.0,
        )  # fmt: skip
