"""Kaedim's webhooks: signatures (raw or compact body), both payload shapes, staleness, duplicates, 400s."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import logging
from typing import Any

import httpx
import pytest
from fabapi_core import InvalidArgument
from fabapi_kaedim import (
    WebhookEvent,
    WebhookInProgress,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookSignatureError,
    WebhookTooLarge,
    parse_event,
    sign,
    verify_signature,
)
from hypothesis import given, settings
from hypothesis import strategies as st

from conformance.serving import serve
from tests.budget import examples

SECRET = "whsec-test"
NOW = 1_700_000_000
RESULTS = {
    "results": {
        "status": "completed",
        "userID": "u1",
        "studioID": "s1",
        "requestID": "r1",
        "iterationID": 2,
        "name": "chair",
        "image": "https://example.com/chair.png",
        "type": "generation",
        "isRevision": False,
        "createdAt": "2024-05-01T10:00:00Z",
        "completedAt": "2024-05-01T10:12:00Z",
        "assetComplete": True,
        "completedModels": {"obj": "https://cdn.example.com/m.obj", "glb": "https://cdn.example.com/m.glb"},
        "devID": "d1",
    }
}
FLAT = {"status": "success", "userID": "u1", "requestID": "r2", "results": {"obj": "https://cdn.example.com/a.obj"}}
FLAT_ERROR = {"status": "error", "requestID": "r3", "message": "Asset creation failed", "cause": "too complex"}


def _signed(payload: Any, *, at: int = NOW, compact: bool = True) -> tuple[dict[str, str], bytes]:
    body = json.dumps(payload, separators=(",", ":") if compact else None).encode()
    signed_body = json.dumps(payload, separators=(",", ":")).encode()
    return {"kaedim-signature": sign(SECRET, signed_body, at)}, body


def test_both_shapes_become_one_event() -> None:
    new = parse_event(RESULTS)
    assert (new.shape, new.request_id, new.iteration_id, new.type, new.asset_complete) == (
        "results",
        "r1",
        2,
        "generation",
        True,
    )
    assert new.models["glb"].endswith(".glb")
    flat = parse_event(FLAT)
    assert (flat.shape, flat.request_id, flat.models["obj"]) == ("flat", "r2", "https://cdn.example.com/a.obj")
    failed = parse_event(FLAT_ERROR)
    assert failed.failed and failed.cause == "too complex"


@pytest.mark.parametrize(
    ("payload", "field"),
    [
        ({"hello": "world"}, "requestID"),
        ({"results": {"status": "completed"}}, "results.requestID"),
        ({"results": {"requestID": "r", "status": "completed", "iterationID": "two"}}, "results.iterationID"),
        ([1, 2], "(body)"),
    ],
)
def test_a_body_of_neither_shape_names_the_field(payload: Any, field: str) -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        parse_event(payload)
    assert caught.value.field == field


def test_signature_of_the_raw_or_the_compact_body() -> None:
    headers, compact = _signed(RESULTS)
    verify_signature(SECRET, headers["kaedim-signature"], compact, now=NOW)
    # Pretty-printed on the wire, signed compact (as Kaedim's Node code does): still verified.
    headers, pretty = _signed(RESULTS, compact=False)
    verify_signature(SECRET, headers["kaedim-signature"], pretty, now=NOW)
    with pytest.raises(WebhookSignatureError, match="does not match"):
        verify_signature("other-secret", headers["kaedim-signature"], pretty, now=NOW)
    with pytest.raises(WebhookSignatureError, match="old"):
        verify_signature(SECRET, headers["kaedim-signature"], pretty, now=NOW + 301)
    with pytest.raises(WebhookSignatureError, match="missing"):
        verify_signature(SECRET, None, pretty, now=NOW)
    with pytest.raises(WebhookSignatureError, match="not JSON"):
        verify_signature(SECRET, "t=1,v1=abc", pretty, now=NOW)


def test_receiver_deduplicates_and_answers_400_without_crashing() -> None:
    received: list[WebhookEvent] = []
    receiver = WebhookReceiver(SECRET, clock=lambda: NOW)
    with serve(receiver.asgi(received.append)) as origin:
        headers, body = _signed(RESULTS)
        assert httpx.post(origin, content=body, headers=headers).status_code == 200
        assert httpx.post(origin, content=body, headers=headers).status_code == 200  # the same delivery again
        bad = httpx.post(origin, content=body, headers={"kaedim-signature": sign("wrong", body, NOW)})
        assert bad.status_code == 400 and "does not match" in bad.json()["message"]
        headers, junk = _signed({"unexpected": True})
        shaped = httpx.post(origin, content=junk, headers=headers)
        assert shaped.status_code == 400 and "requestID" in shaped.json()["message"]
        not_json = httpx.post(origin, content=b"{", headers={"kaedim-signature": sign(SECRET, b"{", NOW)})
        assert not_json.status_code == 400
        assert httpx.get(origin).status_code == 405
    assert [event.request_id for event in received] == ["r1"]
    assert SECRET not in repr(receiver)


# -- hostile input (issue 15, item 4) ---------------------------------------------------------------

Answer = tuple[int, dict[str, str], bytes]


async def _deliver(
    app: Any, body: bytes = b"", headers: dict[str, str] | None = None, *, method: str = "POST", chunk: int = 0
) -> Answer:
    """Call the ASGI app directly (no socket); `chunk` > 0 streams the body in pieces of that size."""
    pieces = ([body[i : i + chunk] for i in range(0, len(body), chunk)] if chunk else []) or [body]
    messages = [
        {"type": "http.request", "body": piece, "more_body": i < len(pieces) - 1} for i, piece in enumerate(pieces)
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0) if messages else {"type": "http.disconnect"}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    raw_headers = [(name.encode("latin-1"), value.encode("latin-1")) for name, value in (headers or {}).items()]
    await app({"type": "http", "method": method, "path": "/", "headers": raw_headers}, receive, send)
    start = next(message for message in sent if message["type"] == "http.response.start")
    answer_headers = {name.decode(): value.decode() for name, value in start.get("headers", [])}
    return (
        start["status"],
        answer_headers,
        b"".join(m.get("body", b"") for m in sent if m["type"] == "http.response.body"),
    )


def _header(t: object, v1: object) -> dict[str, str]:
    return {"kaedim-signature": json.dumps({"t": t, "v1": v1})}


async def test_a_non_ascii_v1_is_refused_with_400() -> None:
    app = WebhookReceiver(SECRET, clock=lambda: NOW).asgi(lambda event: None)
    _, body = _signed(RESULTS)
    status, _, answer = await _deliver(app, body, _header(NOW, "é" * 64))
    assert status == 400 and b"v1" in answer


async def test_a_400_digit_timestamp_is_refused_with_400() -> None:
    app = WebhookReceiver(SECRET, clock=lambda: NOW).asgi(lambda event: None)
    _, body = _signed(RESULTS)
    status, _, answer = await _deliver(app, body, _header(int("9" * 400), "0" * 64))
    assert status == 400 and b"timestamp" in answer


async def test_deeply_nested_json_is_refused_with_400() -> None:
    app = WebhookReceiver(SECRET, clock=lambda: NOW).asgi(lambda event: None)
    body = b"[" * 100_000 + b"]" * 100_000
    status, _, _ = await _deliver(app, body, {"kaedim-signature": sign(SECRET, b"other", NOW)})
    assert status == 400
    # Signed correctly, it is still refused (as a payload that is nested too deeply), never a 500.
    status, _, answer = await _deliver(app, body, {"kaedim-signature": sign(SECRET, body, NOW)})
    assert status == 400 and b"deep" in answer


def test_a_nan_timestamp_is_refused_not_never_stale() -> None:
    _, body = _signed(RESULTS)
    forged = hmac.new(SECRET.encode(), b"NaN" + body, hashlib.sha256).hexdigest()
    with pytest.raises(WebhookSignatureError, match="timestamp"):
        verify_signature(SECRET, json.dumps({"t": "NaN", "v1": forged}), body, now=NOW)


async def test_a_body_over_the_limit_is_413_and_reading_stops() -> None:
    app = WebhookReceiver(SECRET, clock=lambda: NOW, max_body_bytes=1000).asgi(lambda event: None)
    read = 0

    async def endless() -> dict[str, Any]:
        nonlocal read
        read += 1
        assert read < 100, "the app kept reading past the limit"
        return {"type": "http.request", "body": b"x" * 300, "more_body": True}

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app({"type": "http", "method": "POST", "path": "/", "headers": []}, endless, send)
    assert sent[0]["status"] == 413 and read == 4  # 1200 bytes passed the 1000-byte limit


async def test_a_content_length_over_the_limit_is_413_without_reading() -> None:
    app = WebhookReceiver(SECRET, clock=lambda: NOW, max_body_bytes=1000).asgi(lambda event: None)

    async def unread() -> dict[str, Any]:
        raise AssertionError("the body was read although Content-Length announced too much")

    sent: list[dict[str, Any]] = []

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    scope = {"type": "http", "method": "POST", "path": "/", "headers": [(b"content-length", b"1001")]}
    await app(scope, unread, send)
    assert sent[0]["status"] == 413


async def test_an_event_whose_handler_failed_is_handled_again_on_redelivery() -> None:
    calls: list[str] = []

    def flaky(event: WebhookEvent) -> None:
        calls.append(event.request_id)
        if len(calls) == 1:
            raise RuntimeError("database down: password=hunter2")

    app = WebhookReceiver(SECRET, clock=lambda: NOW).asgi(flaky)
    headers, body = _signed(RESULTS)
    status, _, answer = await _deliver(app, body, headers)
    assert status == 500 and b"hunter2" not in answer and b"database" not in answer
    assert (await _deliver(app, body, headers))[0] == 200  # Kaedim's redelivery runs the handler again
    assert (await _deliver(app, body, headers))[0] == 200  # and once it succeeded, a duplicate does not
    assert calls == ["r1", "r1"]


async def test_a_later_flat_delivery_with_new_models_is_not_dropped() -> None:
    received: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, clock=lambda: NOW).asgi(received.append)
    later = {**FLAT, "results": {"obj": "https://cdn.example.com/a.obj", "glb": "https://cdn.example.com/a.glb"}}
    for payload in (FLAT, FLAT, later, later):
        headers, body = _signed(payload)
        assert (await _deliver(app, body, headers))[0] == 200
    # The exact redeliveries are dropped; the delivery with a new model is not.
    assert [sorted(event.models) for event in received] == [["obj"], ["glb", "obj"]]


@pytest.mark.parametrize("iteration", ["²", "9" * 5000, -1, 2**64, 1.5, True])
def test_an_iteration_that_is_not_a_small_ascii_number_is_a_payload_error(iteration: Any) -> None:
    payload = {"results": {**RESULTS["results"], "iterationID": iteration}}
    with pytest.raises(WebhookPayloadError) as caught:
        WebhookReceiver(SECRET, clock=lambda: NOW).receive(*_signed(payload))
    assert caught.value.field == "results.iterationID"


BAD_HEADERS = {
    "not JSON": "t=1,v1=abc",
    "a list": "[1, 2]",
    "no v1": json.dumps({"t": NOW}),
    "no t": json.dumps({"v1": "0" * 64}),
    "t a bool": json.dumps({"t": True, "v1": "0" * 64}),
    "t null": json.dumps({"t": None, "v1": "0" * 64}),
    "t an object": json.dumps({"t": {}, "v1": "0" * 64}),
    "t NaN": '{"t": NaN, "v1": "' + "0" * 64 + '"}',
    "t Infinity": '{"t": Infinity, "v1": "' + "0" * 64 + '"}',
    "t 1e999": '{"t": 1e999, "v1": "' + "0" * 64 + '"}',
    "t the string NaN": json.dumps({"t": "NaN", "v1": "0" * 64}),
    "t the string inf": json.dumps({"t": "inf", "v1": "0" * 64}),
    "t 400 digits": json.dumps({"t": int("9" * 400), "v1": "0" * 64}),
    "t 5000 digits": '{"t": ' + "9" * 5000 + ', "v1": "' + "0" * 64 + '"}',
    "t negative": json.dumps({"t": -NOW, "v1": "0" * 64}),
    "t non-ASCII digits": json.dumps({"t": "١٢٣", "v1": "0" * 64}),
    "v1 non-ASCII": json.dumps({"t": NOW, "v1": "é" * 64}),
    "v1 not hex": json.dumps({"t": NOW, "v1": "g" * 64}),
    "v1 too short": json.dumps({"t": NOW, "v1": "0" * 63}),
    "v1 too long": json.dumps({"t": NOW, "v1": "0" * 65}),
    "v1 a number": json.dumps({"t": NOW, "v1": 0}),
    "nested deeply": "[" * 10_000 + "]" * 10_000,
    "a lone surrogate": '{"t": 1, "v1": "\\ud800"}',
    "far too long": json.dumps({"t": NOW, "v1": "0" * 64, "pad": "x" * 10_000}),
}


@pytest.mark.parametrize("header", BAD_HEADERS.values(), ids=BAD_HEADERS.keys())
async def test_every_malformed_signature_header_is_a_signature_error_and_a_400(header: str) -> None:
    _, body = _signed(RESULTS)
    with pytest.raises(WebhookSignatureError):
        verify_signature(SECRET, header, body, now=NOW)
    status, _, answer = await _deliver(
        WebhookReceiver(SECRET, clock=lambda: NOW).asgi(lambda event: None), body, {"kaedim-signature": header}
    )
    assert status == 400 and json.loads(answer)["status"] == "error"


def test_timestamps_in_seconds_milliseconds_or_digits_are_accepted_within_the_tolerance() -> None:
    _, body = _signed(RESULTS)
    for t, now in [(NOW, NOW), (NOW * 1000, NOW + 299), (str(NOW), NOW - 299)]:
        digest = hmac.new(SECRET.encode(), str(t).encode() + body, hashlib.sha256).hexdigest()
        verify_signature(SECRET, json.dumps({"t": t, "v1": digest.upper()}), body, now=now)
    with pytest.raises(WebhookSignatureError, match="old"):
        verify_signature(SECRET, sign(SECRET, body, NOW), body, now=float("nan"))


def test_receive_marks_nothing_until_told() -> None:
    receiver = WebhookReceiver(SECRET, clock=lambda: NOW)
    headers, body = _signed(RESULTS)
    first = receiver.receive(headers, body)
    assert first is not None and not receiver.is_handled(first)
    assert receiver.receive(headers, body) == first  # processing failed? The redelivery returns it again.
    receiver.mark_handled(first)
    assert receiver.is_handled(first) and receiver.receive(headers, body) is None


def test_handling_marks_the_event_only_when_the_block_succeeds() -> None:
    receiver = WebhookReceiver(SECRET, clock=lambda: NOW)
    headers, body = _signed(RESULTS)
    with pytest.raises(RuntimeError), receiver.handling(headers, body) as event:
        assert event is not None
        with pytest.raises(WebhookInProgress), receiver.handling(headers, body):
            pass  # a concurrent delivery of the same event is not run twice
        raise RuntimeError("handler failed")
    with receiver.handling(headers, body) as event:
        assert event is not None  # not lost: handled again
    with receiver.handling(headers, body) as event:
        assert event is None  # now a duplicate


def test_the_memory_of_handled_events_is_bounded() -> None:
    receiver = WebhookReceiver(SECRET, clock=lambda: NOW, memory=2)
    events = [parse_event({**FLAT, "requestID": f"r{i}"}) for i in range(3)]
    for event in events:
        receiver.mark_handled(event)
    assert [receiver.is_handled(event) for event in events] == [False, True, True]


def test_the_key_tells_exact_redeliveries_from_new_information() -> None:
    assert parse_event(RESULTS).key == parse_event(json.loads(json.dumps(RESULTS))).key
    more = {"results": {**RESULTS["results"], "completedModels": {"fbx": "https://cdn.example.com/m.fbx"}}}
    assert parse_event(more).key != parse_event(RESULTS).key
    other_iteration = {"results": {**RESULTS["results"], "iterationID": 3}}
    assert parse_event(other_iteration).key != parse_event(RESULTS).key
    reworded = {**FLAT_ERROR, "message": "Asset creation failed again"}
    assert parse_event(reworded).key != parse_event(FLAT_ERROR).key


async def test_a_concurrent_delivery_of_an_event_in_flight_gets_a_retryable_answer() -> None:
    started, release = asyncio.Event(), asyncio.Event()
    calls: list[str] = []

    async def slow(event: WebhookEvent) -> None:
        calls.append(event.request_id)
        started.set()
        await release.wait()

    app = WebhookReceiver(SECRET, clock=lambda: NOW).asgi(slow)
    headers, body = _signed(RESULTS)
    first = asyncio.create_task(_deliver(app, body, headers))
    await started.wait()
    status, answer_headers, _ = await _deliver(app, body, headers)
    assert status == 503 and int(answer_headers["retry-after"]) > 0
    release.set()
    assert (await first)[0] == 200
    assert (await _deliver(app, body, headers))[0] == 200
    assert calls == ["r1"]


async def test_a_failing_handler_is_logged_without_reaching_the_sender(caplog: pytest.LogCaptureFixture) -> None:
    def broken(event: WebhookEvent) -> None:
        raise KeyError("internal detail")

    app = WebhookReceiver(SECRET, clock=lambda: NOW).asgi(broken)
    headers, body = _signed(RESULTS)
    with caplog.at_level(logging.ERROR, logger="fabapi.kaedim.webhooks"):
        status, _, answer = await _deliver(app, body, headers)
    assert status == 500 and b"internal detail" not in answer and b"KeyError" not in answer
    assert "KeyError" in caplog.text and SECRET not in caplog.text


async def test_answers_escape_what_the_sender_wrote() -> None:
    app = WebhookReceiver(SECRET, clock=lambda: NOW).asgi(lambda event: None)
    payload = {"results": {"status": "completed", "requestID": "r", "completedModels": {"<script>é": 1}}}
    headers, body = _signed(payload)
    status, answer_headers, answer = await _deliver(app, body, headers)
    assert status == 400 and answer.isascii() and b"<" not in answer and b">" not in answer
    assert "<script>é" in json.loads(answer)["message"]  # escaped, not lost
    assert (
        answer_headers["content-type"] == "application/json" and answer_headers["x-content-type-options"] == "nosniff"
    )


async def test_odd_requests_are_answered_without_a_handler_run() -> None:
    calls: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, clock=lambda: NOW, max_body_bytes=1000).asgi(calls.append)
    headers, body = _signed(RESULTS)
    status, answer_headers, _ = await _deliver(app, body, headers, method="GET")
    assert status == 405 and answer_headers["allow"] == "POST"
    assert (await _deliver(app, body, {**headers, "content-length": "9" * 5000}))[0] == 413
    assert (await _deliver(app, body, {"Kaedim-Signature": headers["kaedim-signature"]}, chunk=7))[0] == 200
    twice = [(b"kaedim-signature", headers["kaedim-signature"].encode())] * 2
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": body}

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    await app({"type": "http", "method": "POST", "headers": twice}, receive, send)
    assert sent[0]["status"] == 400
    assert len(calls) == 1


async def test_a_sender_that_disconnects_gets_no_answer_and_no_handler_run() -> None:
    calls: list[WebhookEvent] = []
    app = WebhookReceiver(SECRET, clock=lambda: NOW).asgi(calls.append)
    headers, body = _signed(RESULTS)
    messages: list[dict[str, Any]] = [
        {"type": "http.request", "body": body[:10], "more_body": True},
        {"type": "http.disconnect"},
    ]
    sent: list[dict[str, Any]] = []

    async def receive() -> dict[str, Any]:
        return messages.pop(0)

    async def send(message: dict[str, Any]) -> None:
        sent.append(message)

    raw = [(b"kaedim-signature", headers["kaedim-signature"].encode())]
    await app({"type": "http", "method": "POST", "headers": raw}, receive, send)
    assert sent == [] and calls == []


def test_receive_refuses_a_body_over_the_limit() -> None:
    receiver = WebhookReceiver(SECRET, clock=lambda: NOW, max_body_bytes=10)
    with pytest.raises(WebhookTooLarge, match="10 bytes"):
        receiver.receive(*_signed(RESULTS))


@pytest.mark.parametrize(
    ("option", "value"),
    [("tolerance", float("nan")), ("tolerance", -1), ("max_body_bytes", 1.5), ("max_body_bytes", -1), ("memory", True)],
)
def test_bad_receiver_settings_are_invalid_arguments(option: str, value: Any) -> None:
    with pytest.raises(InvalidArgument, match=option):
        WebhookReceiver(SECRET, **{option: value})


HEADER_VALUES = st.one_of(
    st.text(max_size=120),
    st.builds(
        lambda t, v1: json.dumps({"t": t, "v1": v1}),
        st.one_of(st.integers(), st.floats(), st.text(max_size=20), st.booleans(), st.none(), st.just(NOW)),
        st.one_of(st.text(max_size=70), st.from_regex(r"\A[0-9a-f]{64}\Z"), st.integers()),
    ),
).map(lambda text: text.encode("utf-8", "surrogatepass"))
BODIES = st.one_of(
    st.binary(max_size=300),
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
        lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=12), children, max_size=4),
        max_leaves=12,
    ).map(lambda value: json.dumps({"results": value} if isinstance(value, dict) else value).encode()),
    st.sampled_from([RESULTS, FLAT, FLAT_ERROR]).map(lambda payload: json.dumps(payload).encode()),
)


@settings(max_examples=examples(300))
@given(
    method=st.sampled_from(["POST"] * 8 + ["GET", "PUT"]),
    body=BODIES,
    header=st.one_of(st.none(), HEADER_VALUES, st.just(b"SIGNED"), st.just(b"SIGNED")),
    extra=st.lists(st.tuples(st.binary(min_size=1, max_size=20), st.binary(max_size=40)), max_size=3),
    chunk=st.integers(min_value=0, max_value=64),
)
def test_any_request_gets_200_400_405_or_413_and_nothing_escapes(
    method: str, body: bytes, header: bytes | None, extra: list[tuple[bytes, bytes]], chunk: int
) -> None:
    app = WebhookReceiver(SECRET, clock=lambda: NOW, max_body_bytes=200).asgi(lambda event: None)
    raw_headers = [(name.lower(), value) for name, value in extra]
    if header is not None:
        value = sign(SECRET, body, NOW).encode() if header == b"SIGNED" else header
        raw_headers.append((b"kaedim-signature", value))
    headers = {name.decode("latin-1"): value.decode("latin-1") for name, value in raw_headers}
    status, _, answer = asyncio.run(_deliver(app, body, headers, method=method, chunk=chunk))
    assert status in {200, 400, 405, 413}
    assert answer.isascii() and SECRET.encode() not in answer
    assert json.loads(answer)["status"] in {"success", "error"}
