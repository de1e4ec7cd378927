"""Behaviour of the Kaedim mock over real loopback HTTP (plain httpx, no SDK)."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from starlette.requests import Request
from starlette.responses import Response

from conformance import runner
from conformance.mocks import kaedim as kaedim_mock
from conformance.mocks.kaedim import API_KEY, DEV_ID, REFRESH_TOKEN, WEBHOOK_SECRET, Store, create_app
from conformance.mocks.kaedim.store import Delivery
from conformance.serving import serve
from conformance.targets import MOCK
from registry.vendors import select
from tests.clock import Clock
from tests.loopback import is_loopback, loopback_only


@dataclass
class Mock:
    api: httpx.Client
    store: Store
    clock: Clock
    origin: str


@pytest.fixture
def mock() -> Iterator[Mock]:
    clock = Clock()
    store = Store(clock=clock, processing_seconds=None)
    with (
        serve(create_app(store=store)) as origin,
        httpx.Client(base_url=origin + "/api/v1", headers={"X-API-Key": API_KEY}, timeout=10) as api,
    ):
        yield Mock(api, store, clock, origin)
    store.stop()


class Receiver:
    """A webhook destination on loopback that keeps what Kaedim POSTs to it."""

    def __init__(self) -> None:
        self.received: list[tuple[dict[str, str], bytes]] = []
        self.arrived = threading.Event()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        request = Request(scope, receive)
        self.received.append((dict(request.headers), await request.body()))
        self.arrived.set()
        await Response(status_code=200)(scope, receive, send)


def _refresh(mock: Mock) -> str:
    answer = mock.api.post("/refreshJWT", headers={"refresh-token": REFRESH_TOKEN}, json={"devID": DEV_ID})
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["jwt"]
    return token


def _error(response: httpx.Response, status: int, *words: str) -> None:
    assert response.status_code == status, response.text
    body = response.json()
    assert body["status"] == "error"
    for word in words:
        assert word in body["message"]


def _submit(mock: Mock, jwt: str, **extra: Any) -> str:
    body = {"devID": DEV_ID, "imageUrls": ["https://example.com/chair.png"], "LoQ": "standard", **extra}
    answer = mock.api.post("/process", json=body, headers={"Authorization": f"Bearer {jwt}"})
    assert answer.status_code == 201, answer.text
    request_id: str = answer.json()["requestID"]
    return request_id


def test_register_then_already_registered(mock: Mock) -> None:
    first = mock.api.post("/registerHook", json={"devID": DEV_ID, "destination": "http://127.0.0.1:9/hook"})
    assert first.status_code == 200
    assert set(first.json()) == {"status", "userID", "sessionExpireAt", "jwt", "refreshToken"}
    again = mock.api.post("/registerHook", json={"devID": DEV_ID, "destination": "http://127.0.0.1:9/hook"})
    assert again.status_code == 201 and again.json()["message"] == "Webhook already registered"
    _error(mock.api.post("/registerHook", json={"devID": "nobody", "destination": "http://x"}), 404)
    _error(mock.api.post("/registerHook", json={"devID": DEV_ID}), 400, "destination")
    _error(httpx.post(mock.origin + "/api/v1/registerHook", json={"devID": DEV_ID, "destination": "http://x"}), 401)


def test_only_the_latest_jwt_is_valid_and_it_expires(mock: Mock) -> None:
    older = _refresh(mock)
    newer = _refresh(mock)
    params = {"devID": DEV_ID}
    _error(mock.api.get("/fetchProjects", params=params, headers={"Authorization": older}), 401, "newer one")
    assert mock.api.get("/fetchProjects", params=params, headers={"Authorization": newer}).status_code == 200
    assert mock.api.get("/fetchProjects", params=params, headers={"Authorization": f"Bearer {newer}"}).json()[
        "message"
    ][0]["projectID"]
    mock.clock.now += 12 * 3600
    _error(mock.api.get("/fetchProjects", params=params, headers={"Authorization": newer}), 401, "expired")
    _error(mock.api.get("/fetchProjects", params=params), 401, "Missing JWT")
    _error(mock.api.post("/refreshJWT", headers={"refresh-token": "wrong"}, json={"devID": DEV_ID}), 401, "refresh")


def test_iterations_complete_links_expire_and_refetch_renews_them(mock: Mock) -> None:
    jwt = _refresh(mock)
    request_id = _submit(mock, jwt, polycount=20000)
    auth = {"Authorization": jwt}
    waiting = mock.api.get("/fetchRequest", params={"devID": DEV_ID, "requestID": request_id}, headers=auth).json()
    assert waiting["iterations"] is None  # no work started yet: null, as Kaedim's own add-ons meet it
    mock.store.start(request_id)
    pending = mock.api.get("/fetchRequest", params={"devID": DEV_ID, "requestID": request_id}, headers=auth).json()
    assert pending["iterations"][-1]["status"] == "new" and pending["iterations"][-1]["results"] is None
    assert pending["polycount"] == "20000"  # a string in answers, a number in requests

    mock.store.complete(request_id)
    done = mock.api.get("/fetchRequest", params={"devID": DEV_ID, "requestID": request_id}, headers=auth).json()
    links = done["iterations"][-1]["results"]
    assert set(links) == {"obj", "fbx", "glb", "gltf", "mtl"}
    assert httpx.get(links["obj"]).content.startswith(b"# Kaedim mock")

    mock.clock.now += 3601
    expired = httpx.get(links["obj"])
    assert expired.status_code == 403 and "expired" in expired.json()["message"]
    jwt = _refresh(mock)  # the first JWT is still valid, but an hour later clients refresh anyway
    again = mock.api.get(
        "/fetchRequest", params={"devID": DEV_ID, "requestID": request_id}, headers={"Authorization": jwt}
    ).json()
    assert httpx.get(again["iterations"][-1]["results"]["glb"]).content.startswith(b"glTF")


def test_process_limits_and_levels(mock: Mock) -> None:
    jwt = _refresh(mock)
    auth = {"Authorization": jwt}
    too_many = {"devID": DEV_ID, "imageUrls": [f"https://example.com/{n}.png" for n in range(7)]}
    _error(mock.api.post("/process", json=too_many, headers=auth), 400, "at most 6")
    _error(mock.api.post("/process", json={"devID": DEV_ID, "imageUrls": ["u"], "LoQ": "max"}, headers=auth), 406)
    _error(mock.api.post("/process", content=b"{", headers={**auth, "Content-Type": "application/json"}), 400)
    files = {"image-0": ("a.png", b"\x89PNG" + b"0" * (5 * 1024 * 1024), "image/png")}
    _error(mock.api.post("/process", data={"devID": DEV_ID}, files=files, headers=auth), 400, "5MB")
    files = {"image-0": ("a.png", b"\x89PNG", "image/png"), "image-1": ("b.png", b"\x89PNG", "image/png")}
    sent = mock.api.post("/process", data={"devID": DEV_ID, "LoQ": "high", "test": "true"}, files=files, headers=auth)
    assert sent.status_code == 201, sent.text
    job = mock.store.jobs[sent.json()["requestID"]]
    assert (job.loq, job.test, len(job.images)) == ("high", True, 2)
    _error(mock.api.post("/process", data={"devID": DEV_ID}, files={"images": ("a.png", b"x")}, headers=auth), 400)


def test_fetch_all_filters_by_date(mock: Mock) -> None:
    jwt = _refresh(mock)
    first = _submit(mock, jwt)
    mock.clock.now += 3 * 86_400
    jwt = _refresh(mock)
    second = _submit(mock, jwt)
    auth = {"Authorization": jwt}

    def ids(**params: str) -> list[str]:
        answer = mock.api.get("/fetchAll", params={"devID": DEV_ID, **params}, headers=auth)
        assert answer.status_code == 200, answer.text
        return [asset["requestID"] for asset in answer.json()["assets"]]

    assert ids() == [first, second]
    assert ids(start="11-16-2023") == [second]  # MM-DD-YYYY, as documented
    assert ids(end="2023-11-15") == [first]  # YYYY-MM-DD, as the seed's example sends
    _error(mock.api.get("/fetchAll", params={"devID": DEV_ID, "start": "16.11.2023"}, headers=auth), 400, "MM-DD")
    _error(mock.api.get("/fetchAll", headers=auth), 400, "DevID is required")


def test_completion_posts_a_signed_webhook(mock: Mock) -> None:
    receiver = Receiver()
    with serve(receiver) as hook:
        registered = mock.api.post("/registerHook", json={"devID": DEV_ID, "destination": hook + "/hook"})
        request_id = _submit(mock, registered.json()["jwt"])
        mock.store.complete(request_id)
        assert receiver.arrived.wait(5)
    headers, body = receiver.received[0]
    signature = json.loads(headers["kaedim-signature"])
    expected = hmac.new(WEBHOOK_SECRET.encode(), f"{signature['t']}".encode() + body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(signature["v1"], expected)
    event = json.loads(body)["results"]
    assert (event["requestID"], event["status"], event["assetComplete"]) == (request_id, "completed", True)
    assert set(event["completedModels"]) >= {"obj", "glb"}
    assert mock.store.deliveries[0].status == 200


def test_a_studio_id_may_be_left_out_but_not_sent_empty(mock: Mock) -> None:
    jwt = _refresh(mock)
    request_id = _submit(mock, jwt)
    auth = {"Authorization": jwt}
    for path, params in [("/fetchRequest", {"requestID": request_id}), ("/fetchAll", {})]:
        query = {"devID": DEV_ID, **params}
        assert mock.api.get(path, params=query, headers=auth).status_code == 200
        assert mock.api.get(path, params={**query, "studioID": "team-1"}, headers=auth).status_code == 200
        _error(mock.api.get(path, params={**query, "studioID": ""}, headers=auth), 400, "studioID")


@pytest.mark.parametrize(
    "destination",
    [
        "http://example.com/hook",  # a name: never resolved
        "https://hooks.example.test:8443/x",
        "http://localhost.example.com/hook",
        "http://10.0.0.7/hook",  # a private address
        "http://169.254.169.254/latest/meta-data/",  # the cloud metadata service
        "http://[fe80::1]/hook",
        "http://127.1/hook",  # loopback only through a resolver's reading: not a literal
        "http://2130706433/hook",
        "http://[::1/hook",  # not a URL
        "ftp://127.0.0.1/hook",
    ],
)
def test_webhooks_beyond_loopback_are_refused_without_a_lookup(destination: str) -> None:
    store = Store(processing_seconds=None)
    with loopback_only() as watch:
        outcome = store.deliver(destination, {"results": {}})
    assert watch.contacts == []
    assert store.deliveries == []
    assert len(store.refusals) == 1 and outcome is store.refusals[0]
    assert store.refusals[0].destination == destination and store.refusals[0].reason


def test_completion_to_a_refused_destination_is_recorded(mock: Mock) -> None:
    registered = mock.api.post("/registerHook", json={"devID": DEV_ID, "destination": "https://hooks.example.com/k"})
    request_id = _submit(mock, registered.json()["jwt"])
    with loopback_only() as watch:
        mock.store.complete(request_id)
    assert watch.contacts == []
    assert [r.destination for r in mock.store.refusals] == ["https://hooks.example.com/k"]
    assert "hooks.example.com" in mock.store.refusals[0].reason


def test_webhooks_reach_localhost_without_the_environments_proxy(mock: Mock, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_PROXY", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy"):
        monkeypatch.setenv(name, "http://10.0.0.9:3128")
    receiver = Receiver()
    with serve(receiver) as hook, loopback_only() as watch:
        port = int(hook.rsplit(":", 1)[1])
        delivery = mock.store.deliver(f"http://localhost:{port}/hook", {"results": {}})
    assert watch.outside == []
    assert port in watch.ports()
    assert isinstance(delivery, Delivery) and delivery.status == 200, delivery
    assert mock.store.refusals == []


def test_a_host_the_test_allows_is_not_refused() -> None:
    store = Store(processing_seconds=None, allowed_hosts=frozenset({"hooks.internal"}))
    assert store.refusal("http://hooks.internal:8080/hook") is None
    assert store.refusal("http://[::1]:8080/hook") is None
    assert store.refusal("http://other.internal/hook") is not None


def test_a_conformance_run_reaches_nothing_beyond_loopback(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The whole Kaedim conformance run against its mock, every socket of this process watched.

    schemathesis registers the spec's example destination and destinations it invents; the mock must
    refuse each (recorded, never looked up). One account's webhook goes to a receiver on loopback, so the
    watch is seen to catch the mock's deliveries at all.
    """
    stores: list[Store] = []
    receiver = Receiver()

    def create_app_for_the_run() -> Any:
        store = Store()  # requests complete (and notify) half a second after they are made, as in any run
        account = store.add_account("mock-dev-audit", "mock-api-key-audit", "mock-refresh-token-audit")
        account.destination = f"{hook}/hook"
        store.submit(account, ["https://example.com/chair.png"], {"loq": "standard"})
        stores.append(store)
        return create_app(store=store)

    monkeypatch.setattr(runner, "REPORTS", tmp_path)
    monkeypatch.setattr(kaedim_mock, "create_app", create_app_for_the_run)
    with serve(receiver) as hook, loopback_only() as watch:
        outcome = runner.run(select(["kaedim"])[0], MOCK, max_examples=3)
        for store in stores:
            store.settle()
    assert outcome.status == "passed", outcome.detail
    assert watch.outside == []
    [store] = stores
    assert receiver.arrived.is_set() and int(hook.rsplit(":", 1)[1]) in watch.ports()
    assert any(d.destination == f"{hook}/hook" and d.status == 200 for d in store.deliveries)
    assert all(is_loopback(httpx.URL(d.destination).host) for d in store.deliveries)
    assert store.refusals, "the run registered no destination beyond loopback: nothing was proven refused"
    assert all(r.reason and not is_loopback(_host(r.destination)) for r in store.refusals)


def _host(destination: str) -> str | None:
    try:
        return httpx.URL(destination).host
    except httpx.InvalidURL:
        return None


@pytest.mark.parametrize(("status", "made"), [("approved", True), ("uploaded", True), ("cancelled", False)])
def test_the_statuses_kaedims_code_meets_end_an_iteration(mock: Mock, status: str, made: bool) -> None:
    jwt = _refresh(mock)
    request_id = _submit(mock, jwt)
    mock.store.complete(request_id, status=status)
    params = {"devID": DEV_ID, "requestID": request_id}
    (iteration,) = mock.api.get("/fetchRequest", params=params, headers={"Authorization": jwt}).json()["iterations"]
    assert iteration["status"] == status
    assert (iteration["results"] is not None) == made  # approved and uploaded models are made, as completed ones
    if made:
        assert httpx.get(iteration["results"]["obj"]).content.startswith(b"# Kaedim mock")


def test_a_form_may_carry_image_urls_as_a_json_array_text_field(mock: Mock) -> None:
    # Some integrations send `process` as multipart with `imageUrls` as one text field.
    jwt = _refresh(mock)
    auth = {"Authorization": jwt}  # the bare JWT, as most of Kaedim's own code sends it
    urls = ["https://example.com/front.png", "https://example.com/side.png"]
    form = {"devID": DEV_ID, "LoQ": "standard", "imageUrls": json.dumps(urls)}
    sent = mock.api.post("/process", data=form, files={"image": ("back.png", b"\x89PNG")}, headers=auth)
    assert sent.status_code == 201, sent.text
    assert mock.store.jobs[sent.json()["requestID"]].images == ["upload://back.png", *urls]
    text_parts = {name: (None, value) for name, value in form.items()}  # multipart, text fields only
    only_urls = mock.api.post("/process", files=text_parts, headers=auth)
    assert only_urls.status_code == 201, only_urls.text
    assert mock.store.jobs[only_urls.json()["requestID"]].images == urls
    for bad in ("not json", '{"a": 1}', "[1, 2]", "[" * 5000):
        form["imageUrls"] = bad
        _error(mock.api.post("/process", data=form, files={"image": ("b.png", b"x")}, headers=auth), 400, "imageUrls")
