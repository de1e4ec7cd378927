"""fabapi-kaedim end to end over loopback: register, submit, webhook, wait, download; and the JWT's life."""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fabapi_core import AuthenticationError, PollTimeout
from fabapi_kaedim import AsyncKaedim, Kaedim, RequestDismissed, TokenStore, WebhookEvent
from fabapi_kaedim.models import RegisterHookResponse

from conformance.mocks.kaedim import API_KEY, DEV_ID, REFRESH_TOKEN, WEBHOOK_SECRET, Store, create_app
from conformance.serving import serve
from tests.clock import Clock


@dataclass
class Mock:
    url: str
    store: Store
    clock: Clock


@pytest.fixture
def mock() -> Iterator[Mock]:
    clock = Clock()
    store = Store(clock=clock, processing_seconds=None)
    with serve(create_app(store=store)) as origin:
        yield Mock(origin + "/api/v1", store, clock)
    store.stop()


def _client(mock: Mock, **options: object) -> Kaedim:
    # A store per client unless a test shares one: the process-wide store outlives each test's mock.
    options.setdefault("token_store", TokenStore(clock=mock.clock))
    options.setdefault("refresh_token", REFRESH_TOKEN)
    return Kaedim(API_KEY, DEV_ID, base_url=mock.url, **options)  # type: ignore[arg-type]


def _png(path: Path, size: int = 64) -> Path:
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * size)
    return path


class Receiver:
    """The user's webhook endpoint: fabapi's receiver app, recording the events it accepts."""

    def __init__(self, kaedim: Kaedim) -> None:
        self.events: list[WebhookEvent] = []
        self.arrived = threading.Event()
        self.receiver = kaedim.webhook_receiver(WEBHOOK_SECRET, tolerance=10**10)

        def on_event(event: WebhookEvent) -> None:
            self.events.append(event)
            self.arrived.set()

        self.app = self.receiver.asgi(on_event)


def test_register_submit_webhook_download(mock: Mock, tmp_path: Path) -> None:
    with _client(mock, refresh_token=None) as kaedim:
        receiver = Receiver(kaedim)
        with serve(receiver.app) as hook:
            registered = kaedim.register_webhook(hook + "/kaedim")
            assert isinstance(registered, RegisterHookResponse)
            assert registered.refresh_token == REFRESH_TOKEN  # adopted: later refreshes work
            sent = kaedim.submit(images=[_png(tmp_path / "front.png"), _png(tmp_path / "side.png")], loq="high")
            mock.store.complete(sent.request_id)
            assert receiver.arrived.wait(5)
        event = receiver.events[0]
        assert (event.request_id, event.status, event.asset_complete) == (sent.request_id, "completed", True)
        assert mock.store.deliveries[0].status == 200

        done = kaedim.wait(sent.request_id, interval=0.01)
        written = kaedim.download(sent.request_id, ["obj", "glb"], tmp_path / "models")
    assert written["obj"].read_bytes().startswith(b"# Kaedim mock")
    assert written["glb"].read_bytes().startswith(b"glTF")
    assert isinstance(done.iterations, list) and done.iterations[-1].status == "completed"
    job = mock.store.jobs[sent.request_id]
    assert (job.loq, len(job.images)) == ("high", 2) and job.images[0].startswith("upload://")


def test_urls_go_as_json_and_dates_as_the_api_wants(mock: Mock) -> None:
    with _client(mock) as kaedim:
        first = kaedim.submit(urls=["https://example.com/chair.png"], polycount=20000, height=120)
        mock.clock.now += 3 * 86_400
        second = kaedim.submit(urls="https://example.com/lamp.png", test=True)
        assert [a.request_id for a in kaedim.fetch_all()] == [first.request_id, second.request_id]
        later = dt.date.fromtimestamp(mock.clock.now - 86_400)
        assert [a.request_id for a in kaedim.fetch_all(start=later)] == [second.request_id]
        assert [a.request_id for a in kaedim.fetch_all(end="2023-11-15")] == [first.request_id]
        assert [p.name for p in kaedim.list_projects()] == ["Props", "Characters"]
    assert mock.store.jobs[first.request_id].images == ["https://example.com/chair.png"]
    assert mock.store.jobs[second.request_id].test is True


def test_jwt_expiry_mid_flow_is_recovered_unseen(mock: Mock) -> None:
    store = TokenStore(clock=mock.clock)
    with _client(mock, token_store=store) as kaedim:
        sent = kaedim.submit(urls=["https://example.com/a.png"])
        assert store.refreshes == 1  # the first call obtained a JWT
        mock.clock.now += 11.5 * 3600  # within 5 minutes of the 12 hours... not yet
        kaedim.get_request(sent.request_id)
        mock.clock.now += 0.5 * 3600 - 60  # now inside the refresh margin: refreshed before sending
        kaedim.get_request(sent.request_id)
        assert store.refreshes == 2
        # Someone else (another process) issues a JWT: ours is refused once, refreshed, retried.
        mock.store.issue_jwt(mock.store.accounts[DEV_ID])
        assert kaedim.get_request(sent.request_id).request_id == sent.request_id
        assert store.refreshes == 3


def test_clients_sharing_a_devid_share_one_token(mock: Mock) -> None:
    store = TokenStore(clock=mock.clock)
    with _client(mock, token_store=store) as one, _client(mock, token_store=store) as two:
        for _ in range(3):
            one.list_projects()
            two.list_projects()
    assert store.refreshes == 1


def test_separate_processes_do_not_loop_invalidating_each_other(mock: Mock) -> None:
    # Two stores stand for two processes: each refresh invalidates the other's token.
    with _client(mock) as one, _client(mock) as two:
        for _ in range(4):
            assert one.list_projects() and two.list_projects()
        # Each call finds its token taken by the other's last refresh and refreshes exactly once:
        # every call succeeds, none loops.
        assert (one.token_store.refreshes, two.token_store.refreshes) == (4, 4)


def test_threads_refresh_once(mock: Mock) -> None:
    store = TokenStore(clock=mock.clock)
    with _client(mock, token_store=store) as kaedim:
        threads = [threading.Thread(target=kaedim.list_projects) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    assert store.refreshes == 1


def test_without_a_refresh_token_a_401_says_so(mock: Mock) -> None:
    with _client(mock, refresh_token="wrong") as kaedim, pytest.raises(AuthenticationError) as caught:
        kaedim.list_projects()
    assert "refreshing the JWT failed" in str(caught.value)
    assert "wrong" not in str(caught.value)


def test_expired_links_are_fetched_again(mock: Mock, tmp_path: Path) -> None:
    class ExpiresFirstLink(httpx.HTTPTransport):
        """Moves the server's clock an hour on when the first model is requested: its link expires."""

        moved = False

        def handle_request(self, request: httpx.Request) -> httpx.Response:
            if "/results/" in request.url.path and not self.moved:
                self.moved = True
                mock.clock.now += 3601
            return super().handle_request(request)

    with _client(mock, transport=ExpiresFirstLink()) as kaedim:
        sent = kaedim.submit(urls=["https://example.com/a.png"])
        mock.store.complete(sent.request_id)
        written = kaedim.download(sent.request_id, "obj", tmp_path)
    assert written["obj"].read_bytes().startswith(b"# Kaedim mock")


def test_wait_ends_on_dismissal_and_on_timeout(mock: Mock) -> None:
    with _client(mock) as kaedim:
        dismissed = kaedim.submit(urls=["https://example.com/a.png"])
        mock.store.complete(dismissed.request_id, status="dismissed")
        with pytest.raises(RequestDismissed, match="could not be processed") as caught:
            kaedim.wait(dismissed.request_id, interval=0.01)
        assert caught.value.reason == "Image could not be processed"
        cancelled = kaedim.submit(urls=["https://example.com/c.png"])
        mock.store.complete(cancelled.request_id, status="cancelled")  # older add-ons meet this status
        with pytest.raises(RequestDismissed, match=f"Kaedim cancelled request {cancelled.request_id}"):
            kaedim.wait(cancelled.request_id, interval=0.01)
        pending = kaedim.submit(urls=["https://example.com/b.png"])
        seen: list[object] = []
        with pytest.raises(PollTimeout):
            kaedim.wait(pending.request_id, timeout=0.2, interval=0.01, on_progress=seen.append)
        assert seen


async def test_async_twin_and_concurrent_refresh(mock: Mock, tmp_path: Path) -> None:
    store = TokenStore(clock=mock.clock)
    async with AsyncKaedim(API_KEY, DEV_ID, REFRESH_TOKEN, base_url=mock.url, token_store=store) as kaedim:
        sent = await kaedim.submit(images=_png(tmp_path / "one.png"))
        mock.store.complete(sent.request_id)
        done = await kaedim.wait(sent.request_id, interval=0.01)
        assert isinstance(done.iterations, list) and done.iterations[-1].status == "completed"
        written = await kaedim.download(sent.request_id, ["gltf"], tmp_path / "out")
        assert b"Kaedim mock" in written["gltf"].read_bytes()
        mock.store.issue_jwt(mock.store.accounts[DEV_ID])  # everyone's token is now stale
        before = store.refreshes
        await asyncio.gather(*(kaedim.list_projects() for _ in range(10)))
        assert store.refreshes == before + 1
    assert mock.store.jobs[sent.request_id].images == ["upload://one.png"]
