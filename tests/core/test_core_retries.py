"""Retries over a real loopback server: idempotent methods retried, POST not, Retry-After honoured."""

from __future__ import annotations

import json
import socket
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

import httpx
import pytest
from fabapi_core import (
    InvalidArgument,
    RetryPolicy,
    ServerError,
    TransportError,
    async_retrying_transport,
    error_for,
    retrying_transport,
)


@dataclass
class Loopback:
    """`GET|POST /flaky/<key>?fail=N&status=503&retry_after=0` fails N times for that key, then answers 200."""

    base_url: str
    hits: Counter[str] = field(default_factory=Counter)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def hit(self, key: str) -> int:
        with self.lock:
            self.hits[key] += 1
            return self.hits[key]


def _handler(state: Loopback) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _answer(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length:
                self.rfile.read(length)
            url = urlsplit(self.path)
            query = {name: values[0] for name, values in parse_qs(url.query).items()}
            key = url.path.rsplit("/", 1)[-1]
            count = state.hit(key)
            if count <= int(query.get("fail", "0")):
                status = int(query.get("status", "503"))
                body = json.dumps({"error": "try again", "hit": count}).encode()
                headers = {"Retry-After": query["retry_after"]} if "retry_after" in query else {}
            else:
                status, body, headers = 200, json.dumps({"ok": True, "hit": count}).encode(), {}
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("X-Request-Id", f"req-{key}-{count}")
            for name, value in headers.items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body)

        do_GET = do_POST = do_PUT = do_DELETE = _answer

        def log_message(self, format: str, *args: object) -> None:
            pass

    return Handler


@pytest.fixture(scope="module")
def loopback() -> Iterator[Loopback]:
    state = Loopback(base_url="")
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    server.daemon_threads = True
    state.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture
def closed_port() -> int:
    """A loopback port nothing listens on: connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


FAST = RetryPolicy(attempts=3, backoff_factor=0.01, max_backoff=0.05)


def _key() -> str:
    return uuid.uuid4().hex


class Counting(httpx.BaseTransport):
    """Counts what reaches the wire, so refused connections can be counted too."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.calls = 0

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return self.inner.handle_request(request)

    def close(self) -> None:
        self.inner.close()


class AsyncCounting(httpx.AsyncBaseTransport):
    def __init__(self, inner: httpx.AsyncBaseTransport) -> None:
        self.inner = inner
        self.calls = 0

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self.calls += 1
        return await self.inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self.inner.aclose()


def test_get_succeeds_after_failures(loopback: Loopback) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST)) as client:
        response = client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 2, "retry_after": 0})
    assert response.status_code == 200
    assert response.json() == {"ok": True, "hit": 3}
    assert loopback.hits[key] == 3


def test_get_gives_up_after_attempts_and_returns_last_failure(loopback: Loopback) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST.with_(attempts=2))) as client:
        response = client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 10})
        response.read()
    assert response.status_code == 503
    assert loopback.hits[key] == 3  # the first try and two retries
    error = error_for(response)
    assert isinstance(error, ServerError)
    assert error.request_id == f"req-{key}-3"


@pytest.mark.parametrize(
    "failure",
    [
        {"status": 503},  # unavailable, but no word that it was not processed
        {"status": 500, "retry_after": 0},
        {"status": 502, "retry_after": 0},
    ],
)
def test_post_is_not_retried_when_it_may_have_taken_effect(loopback: Loopback, failure: dict[str, int]) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST)) as client:
        response = client.post(f"{loopback.base_url}/flaky/{key}", params={"fail": 1, **failure}, json={"x": 1})
    assert response.status_code == failure["status"]
    assert loopback.hits[key] == 1


@pytest.mark.parametrize(
    "failure", [{"status": 429}, {"status": 429, "retry_after": 0}, {"status": 503, "retry_after": 0}]
)
def test_post_refused_before_processing_is_retried(loopback: Loopback, failure: dict[str, int]) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST)) as client:
        response = client.post(f"{loopback.base_url}/flaky/{key}", params={"fail": 2, **failure}, json={"x": 1})
    assert response.status_code == 200
    assert loopback.hits[key] == 3


def test_refused_post_retries_can_be_turned_off(loopback: Loopback) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST.with_(retry_refused=False))) as client:
        response = client.post(f"{loopback.base_url}/flaky/{key}", params={"fail": 1, "status": 429})
    assert response.status_code == 429
    assert loopback.hits[key] == 1


def test_refused_post_gives_up_after_attempts(loopback: Loopback) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST.with_(attempts=2))) as client:
        response = client.post(f"{loopback.base_url}/flaky/{key}", params={"fail": 9, "status": 429})
    assert response.status_code == 429
    assert loopback.hits[key] == 3


def test_post_is_retried_when_the_policy_allows_it(loopback: Loopback) -> None:
    key = _key()
    policy = FAST.with_(methods=FAST.methods | {"POST"})
    with httpx.Client(transport=retrying_transport(policy)) as client:
        response = client.post(f"{loopback.base_url}/flaky/{key}", params={"fail": 1}, json={"x": 1})
    assert response.status_code == 200
    assert loopback.hits[key] == 2


def test_status_outside_the_list_is_not_retried(loopback: Loopback) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST)) as client:
        response = client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 1, "status": 404})
    assert response.status_code == 404
    assert loopback.hits[key] == 1


def test_empty_status_set_stays_empty(loopback: Loopback) -> None:
    # httpx-retries replaces an empty status list with its defaults; the policy must not.
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST.with_(statuses=frozenset()))) as client:
        response = client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 1})
    assert response.status_code == 503
    assert loopback.hits[key] == 1


def test_none_policy_never_retries(loopback: Loopback) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(RetryPolicy.none())) as client:
        response = client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 1})
    assert response.status_code == 503
    assert loopback.hits[key] == 1


def test_429_retry_after_is_honoured(loopback: Loopback) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST.with_(max_backoff=5.0))) as client:
        started = time.monotonic()
        response = client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 1, "status": 429, "retry_after": 1})
        waited = time.monotonic() - started
    assert response.status_code == 200
    assert loopback.hits[key] == 2
    assert waited >= 0.9  # the server asked for 1 s; the policy's own backoff is ~0.01 s


def test_retry_after_is_capped_by_max_backoff(loopback: Loopback) -> None:
    key = _key()
    with httpx.Client(transport=retrying_transport(FAST.with_(max_backoff=0.05))) as client:
        started = time.monotonic()
        response = client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 1, "status": 429, "retry_after": 120})
        waited = time.monotonic() - started
    assert response.status_code == 200
    assert waited < 5


def test_retry_after_ignored_when_told_to(loopback: Loopback) -> None:
    key = _key()
    policy = FAST.with_(max_backoff=5.0, respect_retry_after=False)
    with httpx.Client(transport=retrying_transport(policy)) as client:
        started = time.monotonic()
        response = client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 1, "status": 429, "retry_after": 3})
        waited = time.monotonic() - started
    assert response.status_code == 200
    assert waited < 2


def test_connection_refused_is_retried_then_raises(closed_port: int) -> None:
    counting = Counting(httpx.HTTPTransport())
    with (
        httpx.Client(transport=retrying_transport(FAST.with_(attempts=2), counting)) as client,
        pytest.raises(TransportError) as caught,
    ):
        client.get(f"http://127.0.0.1:{closed_port}/things", params={"api_key": "k-123456789"})
    assert counting.calls == 3
    error = caught.value
    assert isinstance(error, httpx.TransportError)  # code catching httpx errors still works
    assert isinstance(error.__cause__, httpx.ConnectError)
    assert error.method == "GET"
    assert "ConnectError on GET" in str(error)
    assert "k-123456789" not in str(error)
    assert "api_key=***" in str(error)


def test_connection_refused_post_is_retried_since_nothing_was_sent(closed_port: int) -> None:
    counting = Counting(httpx.HTTPTransport())
    with (
        httpx.Client(transport=retrying_transport(FAST, counting)) as client,
        pytest.raises(TransportError),
    ):
        client.post(f"http://127.0.0.1:{closed_port}/things")
    assert counting.calls == 1 + FAST.attempts


def test_post_not_retried_when_the_answer_was_lost(loopback: Loopback) -> None:
    # A read that fails after the request went out may have taken effect: never resent.
    calls = 0

    def lose_answer(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        raise httpx.ReadError("connection reset after the request was sent", request=request)

    with (
        httpx.Client(transport=retrying_transport(FAST, httpx.MockTransport(lose_answer))) as client,
        pytest.raises(TransportError),
    ):
        client.post("http://127.0.0.1:1/things", json={"x": 1})
    assert calls == 1


@pytest.mark.asyncio
async def test_async_get_succeeds_after_failures(loopback: Loopback) -> None:
    key = _key()
    async with httpx.AsyncClient(transport=async_retrying_transport(FAST)) as client:
        response = await client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 2, "retry_after": 0})
    assert response.status_code == 200
    assert loopback.hits[key] == 3


@pytest.mark.asyncio
async def test_async_post_is_not_retried(loopback: Loopback) -> None:
    key = _key()
    async with httpx.AsyncClient(transport=async_retrying_transport(FAST)) as client:
        response = await client.post(f"{loopback.base_url}/flaky/{key}", params={"fail": 1})
    assert response.status_code == 503
    assert loopback.hits[key] == 1


@pytest.mark.asyncio
async def test_async_connection_refused_is_retried_then_raises(closed_port: int) -> None:
    counting = AsyncCounting(httpx.AsyncHTTPTransport())
    async with httpx.AsyncClient(transport=async_retrying_transport(FAST.with_(attempts=2), counting)) as client:
        with pytest.raises(TransportError):
            await client.get(f"http://127.0.0.1:{closed_port}/")
    assert counting.calls == 3


def test_default_transport_serves_sync_and_async_clients(loopback: Loopback) -> None:
    # A generated client hands one transport to both its httpx clients.
    import asyncio

    transport = retrying_transport(FAST)
    key = _key()
    with httpx.Client(transport=transport) as client:
        assert client.get(f"{loopback.base_url}/flaky/{key}", params={"fail": 1}).status_code == 200

    async def run() -> int:
        async with httpx.AsyncClient(transport=transport) as client:  # type: ignore[arg-type]
            response = await client.get(f"{loopback.base_url}/flaky/{key}")
            return response.status_code

    assert asyncio.run(run()) == 200
    assert loopback.hits[key] == 3


def test_policy_maps_onto_httpx_retries() -> None:
    policy = RetryPolicy(
        attempts=5,
        backoff_factor=0.2,
        max_backoff=7,
        jitter=0.5,
        statuses=frozenset({503}),
        methods=frozenset({"get"}),
        max_total_wait=9,
    )
    retry = policy.to_retry()
    assert retry.total == 5
    assert retry.backoff_factor == 0.2
    assert retry.max_backoff_wait == 7
    assert retry.backoff_jitter == 0.5
    assert retry.status_forcelist == frozenset({503})
    assert retry.allowed_methods == frozenset({"GET"})
    assert retry.respect_retry_after_header is True
    assert retry.total_timeout == 9
    # Settings survive httpx-retries' per-attempt copies.
    assert retry.increment().status_forcelist == frozenset({503})


def test_policy_defaults_and_validation() -> None:
    policy = RetryPolicy()
    assert policy.attempts == 3
    assert policy.statuses == frozenset({408, 429, 500, 502, 503, 504})
    assert "POST" not in policy.methods and "PATCH" not in policy.methods
    assert policy.methods == frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})
    assert RetryPolicy.none().attempts == 0
    assert policy.with_(attempts=1) == RetryPolicy(attempts=1)
    with pytest.raises(InvalidArgument) as caught:
        RetryPolicy(jitter=2)
    assert caught.value.argument == "jitter"
    with pytest.raises(InvalidArgument):
        RetryPolicy(attempts=-1)
