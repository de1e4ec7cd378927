"""3YOURMIND's ten webhook payloads: parsed into their models, dispatched by type, bad ones named."""

from __future__ import annotations

import json
from typing import Any

import pytest
from fabapi_3yourmind import (
    EVENT_TYPES,
    UnknownWebhookType,
    WebhookDispatcher,
    WebhookPayloadError,
    parse_webhook,
)
from fabapi_3yourmind.models import OpenObject, WebhookOrderCreated, WebhookUserCreated
from hypothesis import given
from hypothesis import strategies as st

from tests.spec_strategies import curated_spec

SPEC = curated_spec("threeyourmind")


def _documented_types() -> dict[str, str]:
    """`type` value -> schema name, read from the spec's webhooks."""
    found = {}
    for hook in SPEC["webhooks"].values():
        name = hook["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"].rsplit("/", 1)[-1]
        found[SPEC["components"]["schemas"][name]["properties"]["type"]["enum"][0]] = name
    return found


def _event(event_type: str, **fields: Any) -> dict[str, Any]:
    return {
        "id": 7,
        "created": "2021-02-23T13:48:18.598Z",
        "apiVersion": "2021-02-15",
        "type": event_type,
        "data": {"orderId": 42},
        **fields,
    }


def test_every_documented_webhook_has_a_model() -> None:
    documented = _documented_types()
    assert len(documented) == 10
    assert {value: model.__name__ for value, model in EVENT_TYPES.items()} == documented


@pytest.mark.parametrize("event_type", sorted(_documented_types()))
def test_each_payload_parses_into_its_model_from_bytes_text_or_mapping(event_type: str) -> None:
    body = _event(event_type)
    for payload in (json.dumps(body).encode(), json.dumps(body), body):
        event = parse_webhook(payload)
        assert type(event) is EVENT_TYPES[event_type]
        assert event.id == 7 and event.api_version == "2021-02-15"
        assert isinstance(event.data, OpenObject) and event.data["orderId"] == 42
        assert event.to_dict() == body


@pytest.mark.parametrize(
    ("payload", "field", "words"),
    [
        (b"not json", "(body)", "not JSON"),
        (b"[1, 2]", "(body)", "JSON object"),
        (b'{"id": NaN}', "(body)", "NaN"),
        (b'{"type": "order.created", "created": "\xff"}', "(body)", "UTF-8"),
        (json.dumps({"id": 1}).encode(), "type", "missing"),
        (json.dumps({"type": 3}).encode(), "type", "string"),
        (json.dumps(_event("order.created", id="seven")).encode(), "id", "integer"),
        (json.dumps(_event("order.created", id=True)).encode(), "id", "integer"),
        (json.dumps(_event("order.created", data=[1])).encode(), "data", "object"),
        (json.dumps(_event("order.created", created=20210223)).encode(), "created", "string"),
        (json.dumps(_event("order.created", apiVersion=None)).encode(), "apiVersion", "string"),
    ],
)
def test_a_malformed_payload_names_the_field(payload: bytes, field: str, words: str) -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        parse_webhook(payload)
    assert caught.value.field == field
    assert words in str(caught.value)


def test_an_unknown_type_is_its_own_error_and_may_be_ignored() -> None:
    with pytest.raises(UnknownWebhookType) as caught:
        parse_webhook(_event("invoice.paid"))
    assert caught.value.event_type == "invoice.paid" and caught.value.field == "type"
    assert WebhookDispatcher(ignore_unknown=True).dispatch(_event("invoice.paid")) is None
    with pytest.raises(UnknownWebhookType):
        WebhookDispatcher().dispatch(_event("invoice.paid"))


def test_handlers_run_for_their_type_only_in_registration_order() -> None:
    hooks = WebhookDispatcher()
    calls: list[str] = []
    hooks.add(WebhookOrderCreated, lambda e: calls.append(f"created {e.data['orderId']}"))
    hooks.add("user.created", lambda e: calls.append("user"))
    hooks.on()(lambda e: calls.append(f"any {e.type_.value}"))

    @hooks.on(WebhookOrderCreated)
    def second(event: WebhookOrderCreated) -> None:
        calls.append("second")

    event = hooks.dispatch(json.dumps(_event("order.created")))
    assert isinstance(event, WebhookOrderCreated)
    assert calls == ["created 42", "second", "any order.created"]
    calls.clear()
    assert isinstance(hooks.dispatch(_event("user.created")), WebhookUserCreated)
    assert calls == ["user", "any user.created"]
    calls.clear()
    hooks.dispatch(_event("job.started"))
    assert calls == ["any job.started"]


def test_registering_something_that_is_not_an_event_fails_at_once() -> None:
    hooks = WebhookDispatcher()
    with pytest.raises(ValueError, match=r"order\.created"):
        hooks.add("order.shipped", print)
    with pytest.raises(ValueError, match="not a 3YOURMIND event"):
        hooks.add(dict, print)
    with pytest.raises(TypeError):
        hooks.add("order.created", "not callable")  # type: ignore[arg-type]


async def test_async_handlers_are_awaited_and_refused_by_the_sync_path() -> None:
    hooks = WebhookDispatcher()
    seen: list[int] = []

    @hooks.on("quote.created")
    async def quoted(event: Any) -> None:
        seen.append(event.id)

    await hooks.adispatch(_event("quote.created"))
    assert seen == [7]
    with pytest.raises(TypeError, match="adispatch"):
        hooks.dispatch(_event("quote.created"))


# -- hostile input (issue 15, item 5) ---------------------------------------------------------------


def test_an_id_of_5000_digits_is_a_payload_error() -> None:
    body = b'{"type": "order.created", "id": ' + b"7" * 5000 + b', "data": {}}'
    with pytest.raises(WebhookPayloadError) as caught:
        parse_webhook(body)
    assert caught.value.field == "(body)" and "digits" in str(caught.value)


def test_deep_nesting_is_a_payload_error() -> None:
    body = b'{"type": "order.created", "data": ' + b'{"a": ' * 100_000 + b"1" + b"}" * 100_001
    with pytest.raises(WebhookPayloadError) as caught:
        WebhookDispatcher().dispatch(body)
    assert caught.value.field == "(body)" and "deep" in str(caught.value)


def test_a_body_that_is_not_a_string_bytes_or_mapping_is_a_payload_error() -> None:
    with pytest.raises(WebhookPayloadError) as caught:
        parse_webhook(12)  # type: ignore[arg-type]
    assert caught.value.field == "(body)"


ENVELOPE_VALUES = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=8), st.just({}), st.just([])
)
HOSTILE_BODIES = st.one_of(
    st.binary(),
    st.text(),
    st.fixed_dictionaries(
        {},
        optional={
            "type": st.sampled_from([*EVENT_TYPES, "invoice.paid", 3, None]),
            "id": ENVELOPE_VALUES,
            "created": ENVELOPE_VALUES,
            "apiVersion": ENVELOPE_VALUES,
            "data": ENVELOPE_VALUES,
        },
    ).map(lambda body: json.dumps(body).encode()),
)


@given(HOSTILE_BODIES)
def test_only_payload_errors_escape_for_any_body(body: bytes | str) -> None:
    try:
        event = parse_webhook(body)
    except WebhookPayloadError as error:
        assert error.field and str(error)
    else:
        assert type(event) in EVENT_TYPES.values()
