"""Kaedim's webhooks: signatures (raw or compact body), both payload shapes, staleness, duplicates, 400s."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest
from fabapi_kaedim import (
    WebhookEvent,
    WebhookPayloadError,
    WebhookReceiver,
    WebhookSignatureError,
    parse_event,
    sign,
    verify_signature,
)

from conformance.serving import serve

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
