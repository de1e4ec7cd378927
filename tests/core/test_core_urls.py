"""Request URLs joined once: the same URL httpx would send to, and never a stale one."""

from __future__ import annotations

import asyncio

import httpx
import pytest
from fabapi_core import request_url

BASES = [
    "https://api.example.com",
    "https://api.example.com/",
    "https://api.example.com/v1",
    "https://api.example.com/v1/",
    "http://127.0.0.1:8080/prefix/deeper",
    "https://user@api.example.com:8443/a%20b/",
    "",
]
PATHS = [
    "/ping",
    "ping",
    "/",
    "/devices/abc%2Fdef",
    "/files/caf%C3%A9/%3F%23",
    "/a b/ü",
    "/items?limit=3",
    "/v1/../x",
    "https://elsewhere.example.org/absolute",
]


def _sent_to(client: httpx.Client, url: str | httpx.URL) -> httpx.URL:
    return client.build_request("GET", url).url


@pytest.mark.parametrize("base", BASES)
@pytest.mark.parametrize("path", PATHS)
def test_the_joined_url_is_the_one_httpx_sends_to(base: str, path: str) -> None:
    with httpx.Client(base_url=base) as client:
        joined = request_url(client, path)
        assert joined == _sent_to(client, path)
        assert str(joined) == str(_sent_to(client, path))
        # httpx sends an absolute URL object as it is: the request goes exactly there.
        assert _sent_to(client, joined) == joined
        assert request_url(client, path) is joined  # kept for the next call


def test_a_replaced_base_url_is_honoured() -> None:
    with httpx.Client(base_url="https://one.example.com/v1") as client:
        assert str(request_url(client, "/ping")) == "https://one.example.com/v1/ping"
        client.base_url = httpx.URL("https://two.example.com/v2")
        assert str(request_url(client, "/ping")) == "https://two.example.com/v2/ping"


def test_clients_with_different_bases_do_not_share_urls() -> None:
    one, two = httpx.Client(base_url="https://one.example.com"), httpx.Client(base_url="https://two.example.com")
    with one, two:
        assert request_url(one, "/ping").host == "one.example.com"
        assert request_url(two, "/ping").host == "two.example.com"


def test_many_paths_stay_correct_past_the_cache_bound() -> None:
    with httpx.Client(base_url="https://api.example.com/v1") as client:
        for index in range(5000):
            assert str(request_url(client, f"/devices/{index}")) == f"https://api.example.com/v1/devices/{index}"


def test_async_clients_join_the_same_way() -> None:
    async def joined() -> httpx.URL:
        async with httpx.AsyncClient(base_url="https://api.example.com/v1") as client:
            return request_url(client, "/ping")

    assert str(asyncio.run(joined())) == "https://api.example.com/v1/ping"
