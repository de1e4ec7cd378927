"""Extra headers, query parameters and JSON body fields a call adds to its requests (`with_options`)."""

from __future__ import annotations

import json
import uuid
from typing import Any

import httpx
import pytest
from fabapi_core import InvalidArgument, RetryPolicy
from fabapi_eiger import AsyncEiger, Eiger
from fabapi_eiger.models import ApproveBuildsRequest

BASE_URL = "https://eiger.example.test/api/v3"
PAGE = {"has_more_items": False, "items": []}


class Recorder:
    """Answers every request (503 first when `busy`), keeping each one as sent."""

    def __init__(self, busy: int = 0) -> None:
        self.sent: list[httpx.Request] = []
        self.busy = busy

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.sent.append(request)
        if len(self.sent) <= self.busy:
            return httpx.Response(503)
        return httpx.Response(200 if request.method == "GET" else 204, json=PAGE if request.method == "GET" else None)


def _eiger(recorder: Recorder, **options: Any) -> Eiger:
    return Eiger("key", "secret", base_url=BASE_URL, transport=httpx.MockTransport(recorder), **options)


def test_extra_headers_and_query_reach_every_request_retries_included() -> None:
    recorder = Recorder(busy=1)
    retrying = RetryPolicy(attempts=3, backoff_factor=0)
    with _eiger(recorder, retries=retrying) as eiger:
        quick = eiger.with_options(extra_headers={"X-Beta": "queues"}, extra_query={"trace": True, "n": 2})
        assert list(quick.devices.list()) == []
        list(eiger.devices.list())  # the client it came from is unchanged
    first, retried, plain = recorder.sent
    for request in (first, retried):
        assert request.headers["x-beta"] == "queues"
        assert request.url.params["trace"] == "true" and request.url.params["n"] == "2"
        assert request.headers["authorization"].startswith("Basic ")  # the client's own headers stay
    assert "x-beta" not in plain.headers and "trace" not in plain.url.params


def test_extras_add_up_and_a_later_header_replaces_one_of_any_case() -> None:
    recorder = Recorder()
    with _eiger(recorder) as eiger:
        layered = eiger.with_options(extra_headers={"X-Beta": "1"}, extra_query={"a": "1"})
        layered = layered.with_options(extra_headers={"x-beta": "2"}, extra_query={"b": "2"})
        list(layered.devices.list())
    (request,) = recorder.sent
    assert request.headers.get_list("x-beta") == ["2"]
    assert (request.url.params["a"], request.url.params["b"]) == ("1", "2")


def test_extra_body_fields_merge_into_a_json_body() -> None:
    recorder = Recorder()
    build = uuid.uuid4()
    with _eiger(recorder) as eiger:
        eiger.with_options(extra_body={"dry_run": True}).builds.approve(body=ApproveBuildsRequest(builds=[build]))
    (request,) = recorder.sent
    assert json.loads(request.content) == {"builds": [str(build)], "dry_run": True}
    assert request.headers["content-length"] == str(len(request.content))


def test_extra_body_on_a_request_without_a_json_body_is_refused_before_sending() -> None:
    recorder = Recorder()
    with _eiger(recorder) as eiger, pytest.raises(InvalidArgument, match="extra_body needs a JSON object body"):
        list(eiger.with_options(extra_body={"x": 1}).devices.list())
    assert recorder.sent == []


@pytest.mark.parametrize(
    ("options", "named"),
    [
        ({"extra_headers": {"X-Evil": "a\r\nInjected: yes"}}, "extra_headers"),
        ({"extra_headers": {"Bad Name": "x"}}, "extra_headers"),
        ({"extra_headers": {"X-Number": 1}}, "extra_headers"),
        ({"extra_headers": ["X-A"]}, "extra_headers"),
        ({"extra_query": {"when": object()}}, "extra_query"),
        ({"extra_query": {"x": float("nan")}}, "extra_query"),
        ({"extra_query": {"": "x"}}, "extra_query"),
        ({"extra_body": {"x": float("inf")}}, "extra_body"),
        ({"extra_body": {"x": {1, 2}}}, "extra_body"),
    ],
)
def test_bad_extras_are_named_when_given(options: dict[str, Any], named: str) -> None:
    with _eiger(Recorder()) as eiger, pytest.raises(InvalidArgument) as caught:
        eiger.with_options(**options)
    assert caught.value.argument == named


def test_a_header_value_is_never_quoted_in_the_error() -> None:
    with _eiger(Recorder()) as eiger, pytest.raises(InvalidArgument) as caught:
        eiger.with_options(extra_headers={"X-Api-Key": "s3cret\n"})
    assert "s3cret" not in str(caught.value)


async def test_the_async_client_sends_extras_too() -> None:
    recorder = Recorder()
    transport = httpx.MockTransport(recorder)
    async with AsyncEiger("key", "secret", base_url=BASE_URL, transport=transport) as eiger:
        async for _ in eiger.with_options(extra_headers={"X-Beta": "1"}).devices.list():
            pass
    assert recorder.sent[0].headers["x-beta"] == "1"


def test_with_options_default_headers_replace_the_clients_defaults_never_an_operations_own_header() -> None:
    from fabapi_core._transport import calling

    recorder = Recorder()
    with _eiger(recorder, default_headers={"X-Team": "base"}) as eiger:
        tuned = eiger.with_options(default_headers={"x-team": "tuned", "X-Op": "default", "X-New": "n"})
        caller = tuned._caller
        http = caller.client.get_httpx_client()
        # As a generated operation with a header parameter sends it: the request's own header.
        with calling(caller._for_call(lambda: caller.client.get_httpx_client())):
            http.get("/devices", headers={"X-Op": "own"})
        # The same header from the client's defaults is replaced.
        with calling(caller._for_call(lambda: caller.client.get_httpx_client())):
            http.get("/devices")
    own, plain = recorder.sent
    assert [own.headers[name] for name in ("x-team", "x-op", "x-new")] == ["tuned", "own", "n"]
    assert [plain.headers[name] for name in ("x-team", "x-op", "x-new")] == ["tuned", "default", "n"]
