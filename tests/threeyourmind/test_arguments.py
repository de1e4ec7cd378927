"""Settings and arguments of the 3YOURMIND client: every mistake is named before anything is sent."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import httpx
import pytest
from fabapi_3yourmind import AsyncThreeYourMind, ThreeYourMind, instance_url
from fabapi_core import ConfigurationError, InvalidArgument, MissingCredential, UnexpectedResponse

TOKEN = "s3cr3t-t0ken-value"


def _refuse(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"a request was sent: {request.method} {request.url}")


def _client(**kwargs: Any) -> ThreeYourMind:
    kwargs.setdefault("base_url", "https://acme.3yourmind.com")
    return ThreeYourMind(TOKEN, transport=httpx.MockTransport(_refuse), **kwargs)


# -- settings ---------------------------------------------------------------------------------------


def test_the_instance_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THREEYOURMIND_BASE_URL", raising=False)
    with pytest.raises(ConfigurationError, match="THREEYOURMIND_BASE_URL"):
        ThreeYourMind(TOKEN)


def test_the_token_is_required(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THREEYOURMIND_API_TOKEN", raising=False)
    with pytest.raises(MissingCredential, match="THREEYOURMIND_API_TOKEN"):
        ThreeYourMind(base_url="https://acme.3yourmind.com")


def test_settings_come_from_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THREEYOURMIND_API_TOKEN", TOKEN)
    monkeypatch.setenv("THREEYOURMIND_BASE_URL", "https://acme.3yourmind.com/")
    assert ThreeYourMind().base_url == "https://acme.3yourmind.com"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://acme.3yourmind.com/api/v2.0/", "https://acme.3yourmind.com"),  # the documented form
        ("https://acme.3yourmind.com/api/v2.0", "https://acme.3yourmind.com"),
        ("https://print.example.com/", "https://print.example.com"),  # a dedicated host
    ],
)
def test_the_documented_base_url_form_does_not_double_the_prefix(given: str, expected: str) -> None:
    assert _client(base_url=given).base_url == expected


def test_an_instance_name_makes_the_url() -> None:
    assert _client(base_url=None, instance="Acme").base_url == "https://acme.3yourmind.com"
    assert instance_url("demo") == "https://demo.3yourmind.com"
    for bad in ("acme.evil.com", "-acme", "", "a/b"):
        with pytest.raises(InvalidArgument) as caught:
            instance_url(bad)
        assert caught.value.argument == "instance"
    with pytest.raises(InvalidArgument, match="not both"):
        _client(instance="acme")


def test_plain_http_to_a_remote_host_needs_an_opt_in() -> None:
    with pytest.raises(InvalidArgument, match="allow_insecure_http"):
        _client(base_url="http://acme.3yourmind.com")
    assert _client(base_url="http://acme.3yourmind.com", allow_insecure_http=True).base_url.startswith("http:")


def test_the_token_is_sent_as_token_and_never_shown() -> None:
    seen: list[httpx.Request] = []

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json={"id": 3})

    client = ThreeYourMind(TOKEN, base_url="https://acme.3yourmind.com", transport=httpx.MockTransport(answer))
    assert client.basket.get(3).id == 3
    assert seen[0].headers["Authorization"] == f"Token {TOKEN}"
    assert str(seen[0].url) == "https://acme.3yourmind.com/api/v2.0/user-panel/baskets/3/"
    assert TOKEN not in repr(client) and TOKEN not in repr(client._client)


# -- arguments of the workflows --------------------------------------------------------------------


def test_an_unknown_unit_is_refused_before_the_file_is_read(tmp_path: Path) -> None:
    part = tmp_path / "part.stl"
    part.write_bytes(b"solid x\nendsolid x\n")
    with pytest.raises(InvalidArgument, match=r"'mm', 'inch'|'inch', 'mm'") as caught:
        _client().upload_to_new_line(part, unit="cm")
    assert caught.value.argument == "unit"


def test_polling_faster_than_a_second_is_refused(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match=r"at least 1\.0 s") as caught:
        _client().upload_to_new_line(io.BytesIO(b"x"), unit="mm", interval=0.2)
    assert caught.value.argument == "interval"


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match="no such file") as caught:
        _client().upload_to_new_line(tmp_path / "absent.stl", unit="mm")
    assert caught.value.argument == "file"
    with pytest.raises(InvalidArgument, match="path or a binary file object"):
        _client().upload_to_new_line(42, unit="mm")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("call", "argument"),
    [
        (lambda t: t.price_basket(1, currency="euro"), "currency"),
        (lambda t: t.offers_for_line(1, 1, country="Germany"), "country"),
        (lambda t: t.pick_offer(1, 1, country="DE", quantity=0), "quantity"),
        (lambda t: t.order_basket(1, billing_address_id=1, payment={}), "shipping"),
        (lambda t: t.order_basket(1, billing_address_id=1, payment={}, shipping={}, pickup_location_id=2), "shipping"),
        (lambda t: t.order_basket(1, billing_address_id=1, payment=[], pickup_location_id=2), "payment"),
        (lambda t: t.order_quote(1, billing_address_id=1), "shipping_address_id"),
        (
            lambda t: t.order_quote(1, billing_address_id=1, shipping_method_id=3, pickup_location_id=2),
            "shipping_address_id",
        ),
        (lambda t: t.basket.list(page_size=12), "page_size"),
        (lambda t: t.basket.list(page_size=5), "page_size"),
        (lambda t: t.basket.list(ordering="-created at"), "ordering"),
        (lambda t: t.basket.get(0), "basket_id"),
    ],
)
def test_bad_workflow_arguments_are_named_before_sending(call: Any, argument: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        result = call(_client())
        next(iter(result))  # a pager sends on first iteration
    assert caught.value.argument == argument


async def test_the_async_twin_checks_the_same(tmp_path: Path) -> None:
    async def refuse(request: httpx.Request) -> httpx.Response:
        raise AssertionError("sent")

    async with AsyncThreeYourMind(
        TOKEN, base_url="https://acme.3yourmind.com", transport=httpx.MockTransport(refuse)
    ) as client:
        with pytest.raises(InvalidArgument):
            await client.upload_to_new_line(tmp_path / "part.stl", unit="furlong")
        with pytest.raises(InvalidArgument):
            await client.price_basket(1, currency="12")
        with pytest.raises(InvalidArgument):
            async for _ in client.basket.list(page_size=101):
                pass


def test_a_created_object_without_a_usable_id_is_an_unexpected_response() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"id": -5})  # what a random server may send

    client = ThreeYourMind(TOKEN, base_url="https://acme.3yourmind.com", transport=httpx.MockTransport(answer))
    with pytest.raises(UnexpectedResponse, match="positive integer id") as caught:
        client.order_basket(1, billing_address_id=1, payment={}, pickup_location_id=1)
    assert "order" in str(caught.value)
    # The error is the answer that was received, not a made-up one.
    assert caught.value.status_code == 201
    assert caught.value.raw == b'{"id":-5}'
