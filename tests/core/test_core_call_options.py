"""Per-call settings (`with_options`) and `with_raw_response`, through a generated client (Eiger's)."""

from __future__ import annotations

from collections.abc import Callable

import httpx
import pytest
from fabapi_core import InvalidArgument, RawResponse, RetryPolicy, ServerError
from fabapi_eiger import AsyncEiger, Eiger
from fabapi_eiger._vendor import PROFILE

DEVICES = {"has_more_items": False, "items": []}


def _server(answers: list[int], seen: list[httpx.Request]) -> Callable[[httpx.Request], httpx.Response]:
    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        status = answers.pop(0) if answers else 200
        if status != 200:
            return httpx.Response(status, json={"detail": "down"}, headers={"Retry-After": "0"})
        return httpx.Response(200, json=DEVICES, headers={"X-Request-Id": "req-42"})

    return answer


def _sent_with(request: httpx.Request, seconds: float) -> bool:
    """Whether the request went out with this timeout: each phase cut to what was left of the call's
    deadline (`seconds` from its start), so a little under it, never over."""
    phases = request.extensions["timeout"]
    return set(phases) == {"connect", "read", "write", "pool"} and all(
        seconds - 0.5 < phases[name] <= seconds for name in phases
    )


def _eiger(answers: list[int], seen: list[httpx.Request], retries: RetryPolicy | int | None = None) -> Eiger:
    return Eiger("key", "secret", transport=httpx.MockTransport(_server(answers, seen)), retries=retries)


def test_per_call_retries_override_the_client() -> None:
    seen: list[httpx.Request] = []
    eiger = _eiger([503, 503, 503, 503], seen, retries=RetryPolicy(attempts=5, backoff_factor=0))
    with pytest.raises(ServerError):
        eiger.with_options(retries=0).devices.list().first_page()
    assert len(seen) == 1  # no retry for this call
    eiger.devices.list().first_page()  # the client itself still retries past the remaining 503s
    assert len(seen) == 1 + 4


def test_per_call_timeout_reaches_the_request() -> None:
    seen: list[httpx.Request] = []
    eiger = _eiger([], seen)
    eiger.with_options(timeout=2.5).devices.list().first_page()
    eiger.devices.list().first_page()
    assert _sent_with(seen[0], 2.5)
    # The client's own default (the registry's, 60 s) applies again outside with_options.
    assert _sent_with(seen[1], PROFILE.timeout)


def test_options_compose_and_keep_what_was_not_given() -> None:
    seen: list[httpx.Request] = []
    eiger = _eiger([503], seen, retries=RetryPolicy(attempts=3, backoff_factor=0))
    quick = eiger.with_options(timeout=1.0).with_options(retries=0)
    with pytest.raises(ServerError):
        quick.devices.list().first_page()
    assert len(seen) == 1 and _sent_with(seen[0], 1.0)
    assert quick.base_url == eiger.base_url and "secret" not in repr(quick)


def test_bad_per_call_settings_are_named() -> None:
    eiger = _eiger([], [])
    with pytest.raises(InvalidArgument, match="timeout"):
        eiger.with_options(timeout=-1)
    with pytest.raises(InvalidArgument, match="retries"):
        eiger.with_options(retries=-3)


def test_raw_response_keeps_status_headers_and_bytes() -> None:
    eiger = _eiger([], [])
    raw = eiger.with_raw_response.devices.list()
    assert isinstance(raw, RawResponse)
    assert raw.status_code == 200
    assert raw.headers["x-request-id"] == "req-42"
    assert raw.json() == DEVICES
    assert raw.parsed is not None and raw.parsed.has_more_items is False


def test_raw_response_still_raises_typed_errors() -> None:
    eiger = _eiger([404], [], retries=0)
    with pytest.raises(Exception) as caught:
        eiger.with_raw_response.devices.get("00000000-0000-4000-8000-000000000000")
    assert type(caught.value).__name__ == "NotFound"


async def test_async_twins() -> None:
    seen: list[httpx.Request] = []
    transport = httpx.MockTransport(_server([503], seen))
    async with AsyncEiger("key", "secret", transport=transport, retries=RetryPolicy(backoff_factor=0)) as eiger:
        raw = await eiger.with_options(timeout=3).with_raw_response.devices.list()
        assert raw.status_code == 200 and len(seen) == 2  # retried once, by the client's policy
        assert _sent_with(seen[-1], 3)
