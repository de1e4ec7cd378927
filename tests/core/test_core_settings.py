"""Client settings are checked before any request: a bad one is a ValueError naming it."""

from __future__ import annotations

import httpx
import pytest
from fabapi_core import InvalidArgument, RetryPolicy, base_url_setting, client_kwargs


@pytest.mark.parametrize(
    "timeout",
    [0, -1, -0.5, httpx.Timeout(5.0, connect=-1), float("nan"), float("inf"), 10**400, True],
    ids=repr,
)
def test_non_positive_and_non_finite_timeouts_are_refused(timeout: float | httpx.Timeout) -> None:
    with pytest.raises(ValueError, match="timeout") as caught:
        client_kwargs(timeout=timeout)
    assert isinstance(caught.value, InvalidArgument) and caught.value.argument == "timeout"


def test_timeouts_that_work() -> None:
    assert client_kwargs(timeout=2.5)["timeout"] == httpx.Timeout(2.5)
    assert client_kwargs(timeout=None)["timeout"] == httpx.Timeout(None)
    assert client_kwargs(timeout=httpx.Timeout(3.0, connect=1.0))["timeout"].connect == 1.0


def test_timeout_of_the_wrong_type() -> None:
    with pytest.raises(InvalidArgument, match="timeout"):
        client_kwargs(timeout="10")  # type: ignore[arg-type]


@pytest.mark.parametrize("part", ["connect", "read", "write", "pool"])
def test_each_part_of_an_httpx_timeout_must_be_finite(part: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        client_kwargs(timeout=httpx.Timeout(5.0, **{part: float("inf")}))
    assert caught.value.argument == "timeout"
    assert part in str(caught.value)


def test_retries_as_a_number_or_a_policy() -> None:
    with pytest.raises(InvalidArgument, match="retries") as caught:
        client_kwargs(retries=-1)
    assert caught.value.argument == "retries"
    with pytest.raises(InvalidArgument, match="attempts"):
        RetryPolicy(attempts=-2)
    with pytest.raises(InvalidArgument, match="retries"):
        client_kwargs(retries=True)
    client_kwargs(retries=0)
    client_kwargs(retries=RetryPolicy(attempts=5))


@pytest.mark.parametrize(
    ("url", "fragment"),
    [
        ("ftp://api.example.com", "http:// or https://"),
        ("api.example.com/v1", "http:// or https://"),
        ("https://", "http:// or https://"),
        ("http://api.example.com", "plain http"),
        ("http://10.0.0.5:8080", "plain http"),
    ],
)
def test_bad_base_urls_are_named(url: str, fragment: str) -> None:
    with pytest.raises(ValueError, match="base_url") as caught:
        base_url_setting(url, "X_BASE_URL", "https://api.example.com")
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    "url", ["https://api.example.com/v1", "http://127.0.0.1:8000", "http://localhost:9000/api", "http://[::1]:80"]
)
def test_good_base_urls(url: str) -> None:
    assert base_url_setting(url, "X_BASE_URL", "https://default.example") == url


def test_plain_http_needs_an_explicit_opt_in() -> None:
    url = "http://printers.factory.lan/api"
    assert base_url_setting(url, "X_BASE_URL", "https://d.example", allow_insecure_http=True) == url


def test_environment_and_default() -> None:
    environ = {"X_BASE_URL": "ftp://nope"}
    with pytest.raises(InvalidArgument, match="ftp://nope"):
        base_url_setting(None, "X_BASE_URL", "https://d.example", environ=environ)
    assert base_url_setting(None, "X_BASE_URL", "https://d.example", environ={}) == "https://d.example"
