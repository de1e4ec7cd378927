"""A caller's timeout bounds the whole call: retries, `Retry-After` waits, trickling bodies, polls.

Each test states the promise as "ends within the timeout", measured on the wall clock with a wide
margin for a loaded machine; what the server would have made it wait is far beyond that margin.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator, Callable, Iterator

import httpx
import pytest
from fabapi_core import DeadlineExceeded, PollTimeout, RateLimited, RetryPolicy, ServerError, apoll, deadline, poll
from fabapi_eiger import AsyncEiger, Eiger
from fabapi_kaedim import Kaedim, TokenStore

from tests.test_hostile_servers import FRESH_JWT

MARGIN = 2.5  # seconds a loaded 2-core machine may add; every server below would add 30 or more
DEVICES = {"has_more_items": False, "items": []}


class Trickle(httpx.SyncByteStream, httpx.AsyncByteStream):
    """A body that arrives one byte every `pause` seconds."""

    def __init__(self, size: int, pause: float) -> None:
        self.size, self.pause = size, pause

    def __iter__(self) -> Iterator[bytes]:
        for _ in range(self.size):
            time.sleep(self.pause)
            yield b" "

    async def __aiter__(self) -> AsyncIterator[bytes]:
        for _ in range(self.size):
            await asyncio.sleep(self.pause)
            yield b" "


def _eiger(handler: Callable[[httpx.Request], httpx.Response], **options: object) -> Eiger:
    transport = httpx.MockTransport(handler)
    return Eiger("access-key-1", "secret-key-1", transport=transport, **options)  # type: ignore[arg-type]


def _timed(call: Callable[[], object]) -> tuple[float, BaseException | None]:
    started = time.monotonic()
    try:
        call()
    except Exception as error:
        return time.monotonic() - started, error
    return time.monotonic() - started, None


@pytest.mark.parametrize("retry_after", ["1000000000", "1e9", "Fri, 31 Dec 9999 23:59:59 GMT", "garbage"])
def test_a_long_retry_after_does_not_outlast_the_timeout(retry_after: str) -> None:
    sent: list[httpx.Request] = []

    def busy(request: httpx.Request) -> httpx.Response:
        sent.append(request)
        return httpx.Response(503, json={"message": "busy"}, headers={"Retry-After": retry_after})

    # A policy that would wait up to 60 s between its five retries: 5 minutes, were it not for the timeout.
    policy = RetryPolicy(attempts=5, backoff_factor=30, max_backoff=60, jitter=0)
    with _eiger(busy, timeout=1, retries=policy) as eiger:
        elapsed, error = _timed(lambda: eiger.devices.list().first_page())
    assert isinstance(error, ServerError) and error.status_code == 503
    assert elapsed < 1 + MARGIN
    assert 1 <= len(sent) <= 2


def test_a_short_retry_after_within_the_timeout_is_still_honoured() -> None:
    answers = [httpx.Response(429, json={}, headers={"Retry-After": "0"}), httpx.Response(200, json=DEVICES)]
    with _eiger(lambda request: answers.pop(0), timeout=5) as eiger:
        assert eiger.devices.list().first_page().items == []
    assert answers == []


def test_a_trickling_body_ends_at_the_timeout() -> None:
    def trickle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=Trickle(200, 0.05))

    with _eiger(trickle, timeout=1, retries=3) as eiger:
        elapsed, error = _timed(lambda: eiger.devices.list().first_page())
    assert isinstance(error, DeadlineExceeded)
    assert "timeout" in str(error)
    assert elapsed < 1 + MARGIN


async def test_the_async_client_is_bounded_the_same_way() -> None:
    def trickle(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=Trickle(200, 0.05))

    async with AsyncEiger("access-key-1", "secret-key-1", transport=httpx.MockTransport(trickle), timeout=1) as eiger:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded):
            await eiger.devices.list().first_page()
    assert time.monotonic() - started < 1 + MARGIN


def test_a_deadline_block_bounds_every_call_inside_it() -> None:
    def slow_then_ok(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json={}, headers={"Retry-After": "2"})

    with _eiger(slow_then_ok, timeout=60) as eiger, deadline(0.5):
        elapsed, error = _timed(lambda: eiger.devices.list().first_page())
    assert isinstance(error, ServerError)  # the answer in hand, since no retry could start in time
    assert elapsed < 0.5 + MARGIN


def test_kaedims_wait_ends_at_its_timeout_whatever_the_server_asks() -> None:
    def unavailable(request: httpx.Request) -> httpx.Response:
        return httpx.Response(503, json={"message": "later"}, headers={"Retry-After": "5"})

    transport = httpx.MockTransport(unavailable)
    with Kaedim("key", "dev", jwt=FRESH_JWT, transport=transport, token_store=TokenStore()) as kaedim:
        elapsed, error = _timed(lambda: kaedim.wait("req-1", timeout=2, interval=0.1))
    assert isinstance(error, ServerError | PollTimeout)
    assert elapsed < 2 + MARGIN


def test_a_poll_whose_fetch_runs_out_of_time_is_a_poll_timeout_with_the_last_value() -> None:
    def pending(request: httpx.Request) -> httpx.Response:
        if request.headers.get("x-slow"):
            return httpx.Response(200, headers={"Content-Type": "application/json"}, stream=Trickle(100, 0.05))
        return httpx.Response(200, json=DEVICES)

    calls: list[int] = []
    with _eiger(pending, timeout=30) as eiger:

        def fetch() -> object:
            calls.append(1)
            headers = {"x-slow": "1"} if len(calls) > 1 else {}
            return eiger._client.get_httpx_client().get("/devices", headers=headers).json()

        elapsed, error = _timed(lambda: poll(fetch, until=lambda value: False, timeout=1, interval=0.1))
    assert isinstance(error, PollTimeout)
    assert error.last == DEVICES
    assert elapsed < 1 + MARGIN


async def test_apoll_is_bounded_too() -> None:
    async def never_done() -> int:
        await asyncio.sleep(0.3)  # the poll's deadline passes meanwhile
        raise DeadlineExceeded("out of time")

    with pytest.raises(PollTimeout):
        await apoll(never_done, until=lambda value: True, timeout=0.1)


@pytest.mark.parametrize("asynchronous", [False, True], ids=["poll", "apoll"])
async def test_a_fetch_out_of_its_own_time_is_its_error_not_a_poll_timeout(asynchronous: bool) -> None:
    # One request stalled past the client's timeout, long before the wait's: the job is not late.
    stalled = DeadlineExceeded("ReadTimeout on GET /jobs/1: timed out")

    def fetch() -> int:
        raise stalled

    async def afetch() -> int:
        raise stalled

    with pytest.raises(DeadlineExceeded) as caught:
        if asynchronous:
            await apoll(afetch, until=lambda value: True, timeout=600)
        else:
            poll(fetch, until=lambda value: True, timeout=600)
    assert caught.value is stalled


def test_rate_limited_never_reports_an_infinite_wait() -> None:
    with _eiger(lambda request: httpx.Response(429, json={}, headers={"Retry-After": "1e999"}), retries=0) as eiger:
        with pytest.raises(RateLimited) as caught:
            eiger.devices.list().first_page()
    assert caught.value.retry_after is None
