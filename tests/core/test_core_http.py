"""Client arguments: the retrying transport, auth, headers and timeout reach httpx as a generated client passes them."""

from __future__ import annotations

import asyncio
from typing import Any

import attrs
import httpx
import pytest
from fabapi_core import (
    HeaderAuth,
    RetryPolicy,
    Secret,
    build_async_httpx_args,
    build_httpx_args,
    client_kwargs,
    default_user_agent,
)

FAST = RetryPolicy(backoff_factor=0.01, max_backoff=0.05)


@attrs.define
class GeneratedClient:
    """The shape of an openapi-python-client `Client`: it adds headers and timeout next to `**httpx_args`."""

    _base_url: str = attrs.field(alias="base_url")
    _headers: dict[str, str] = attrs.field(factory=dict, kw_only=True, alias="headers")
    _timeout: httpx.Timeout | None = attrs.field(default=None, kw_only=True, alias="timeout")
    _httpx_args: dict[str, Any] = attrs.field(factory=dict, kw_only=True, alias="httpx_args")

    def get_httpx_client(self) -> httpx.Client:
        return httpx.Client(base_url=self._base_url, headers=self._headers, timeout=self._timeout, **self._httpx_args)

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        return httpx.AsyncClient(
            base_url=self._base_url, headers=self._headers, timeout=self._timeout, **self._httpx_args
        )


class FlakyHandler:
    """Fails the first request of every two with 503, answers the second; records what it saw."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        if len(self.requests) % 2 == 1:
            return httpx.Response(503, headers={"Retry-After": "0"})
        return httpx.Response(200, json={"ok": True})


def test_client_kwargs_work_with_a_generated_client_sync_and_async() -> None:
    handler = FlakyHandler()
    kwargs = client_kwargs(
        auth=HeaderAuth(Secret("tok-123"), prefix="Token"),
        timeout=12.5,
        retries=FAST,
        transport=httpx.MockTransport(handler),
        headers={"X-Extra": "1"},
        user_agent="fabapi-acme/9.9",
    )
    assert set(kwargs) == {"headers", "timeout", "httpx_args"}
    assert "headers" not in kwargs["httpx_args"] and "timeout" not in kwargs["httpx_args"]
    client = GeneratedClient(base_url="https://api.example.test/v1", **kwargs)

    with client.get_httpx_client() as http:
        assert http.timeout == httpx.Timeout(12.5)
        response = http.get("/things")
    assert response.status_code == 200
    assert len(handler.requests) == 2  # the 503 was retried
    sent = handler.requests[-1]
    assert sent.headers["authorization"] == "Token tok-123"
    assert sent.headers["user-agent"] == "fabapi-acme/9.9"
    assert sent.headers["x-extra"] == "1"
    assert str(sent.url) == "https://api.example.test/v1/things"

    async def run() -> int:
        async with client.get_async_httpx_client() as http:
            return (await http.get("/things")).status_code

    assert asyncio.run(run()) == 200
    assert len(handler.requests) == 4


def test_build_httpx_args_for_httpx_client() -> None:
    handler = FlakyHandler()
    args = build_httpx_args(retries=FAST, transport=httpx.MockTransport(handler), user_agent="ua/1")
    assert {"auth", "transport", "timeout", "headers"} <= set(args)
    with httpx.Client(**args) as http:
        assert http.get("https://h.test/").status_code == 200
    assert handler.requests[-1].headers["user-agent"] == "ua/1"


@pytest.mark.asyncio
async def test_build_async_httpx_args() -> None:
    handler = FlakyHandler()
    args = build_async_httpx_args(retries=FAST, transport=httpx.MockTransport(handler), timeout=httpx.Timeout(3))
    async with httpx.AsyncClient(**args) as http:
        assert (await http.get("https://h.test/")).status_code == 200
    assert len(handler.requests) == 2
    assert handler.requests[-1].headers["user-agent"].startswith("fabapi-core/")


def test_caller_headers_override_user_agent_case_insensitively() -> None:
    args = build_httpx_args(headers={"user-agent": "mine"}, user_agent="theirs", trust_env=False)
    assert args["headers"] == {"user-agent": "mine"}


def test_default_user_agent() -> None:
    assert default_user_agent().startswith("fabapi-core/0.1.0 httpx/")
    assert default_user_agent("fabapi-acme/1.2").startswith("fabapi-acme/1.2 fabapi-core/")


def test_environment_proxies_are_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "proxy.example.test:3128")
    monkeypatch.setenv("NO_PROXY", "localhost,127.0.0.1,.internal.test")
    args = build_httpx_args(retries=FAST)
    mounts = args["mounts"]
    assert mounts["https://"] is not None
    assert mounts["all://localhost"] is None
    assert mounts["all://127.0.0.1"] is None
    assert mounts["all://*.internal.test"] is None
    httpx.Client(**args).close()
    assert "mounts" not in build_httpx_args(retries=FAST, trust_env=False)
    assert "mounts" not in build_httpx_args(transport=httpx.MockTransport(FlakyHandler()))
    monkeypatch.setenv("NO_PROXY", "*")
    assert "mounts" not in build_httpx_args(retries=FAST)
