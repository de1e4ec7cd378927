"""Workflows through mocks that inject faults: 503s and 429s with Retry-After, dropped connections
and slow answers. The clients must finish each workflow with nothing lost and nothing made twice."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
from fabapi_3yourmind import ThreeYourMind
from fabapi_cloudslicer import CloudSlicer
from fabapi_core import RetryPolicy
from fabapi_eiger import AsyncEiger, Eiger
from fabapi_kaedim import Kaedim, TokenStore
from fabapi_kittycad import KittyCAD
from fastapi import FastAPI, Request, Response
from fastapi.responses import JSONResponse

from conformance.faults import (
    KINDS,
    TAG_HEADER,
    FaultInjectionError,
    FaultLog,
    FaultProfile,
    FaultProfileError,
    with_faults,
)
from conformance.mocks import cloudslicer as slicer_mock
from conformance.mocks import eiger as eiger_mock
from conformance.mocks import kaedim as kaedim_mock
from conformance.mocks import kittycad as kittycad_mock
from conformance.mocks import threeyourmind as tym_mock
from conformance.mocks.eiger.store import seeded_id
from conformance.serving import serve
from conformance.stl_files import box

PROFILE = FaultProfile.parse("503=0.2,429=0.1,drop=0.1,slow=0.2:0.01", seed=5)
# Patient enough that a run of faults never exhausts it; waits are short because Retry-After is 0.
PATIENT = RetryPolicy(attempts=12, backoff_factor=0.001, max_backoff=0.01)


def _served(app: Any, log: FaultLog) -> Any:
    return serve(with_faults(app, PROFILE, log))


@pytest.fixture
def faults() -> FaultLog:
    return FaultLog()


@pytest.fixture
def slicer_store() -> slicer_mock.Store:
    return slicer_mock.Store()


@pytest.fixture
def slicer(slicer_store: slicer_mock.Store, faults: FaultLog) -> Iterator[CloudSlicer]:
    token = slicer_mock.CREDENTIALS["CLOUDSLICER_API_TOKEN"]
    with (
        _served(slicer_mock.create_app(store=slicer_store), faults) as origin,
        CloudSlicer(token, base_url=origin, retries=PATIENT) as client,
    ):
        yield client


def test_cloudslicer_quote_flows_survive_faults(
    slicer: CloudSlicer, slicer_store: slicer_mock.Store, faults: FaultLog, tmp_path: Path
) -> None:
    quoted = []
    for index in range(4):
        stl = box(tmp_path / f"part{index}.stl", (10 + index, 20, 5))
        quoted.append(slicer.quote_file(stl, gcode_to=tmp_path / f"part{index}.gcode"))
        # Reads, which may also be dropped mid-answer, and a streamed download of the upload.
        assert slicer.quotes.get(quoted[-1].quote.quote_id).quote_id == quoted[-1].quote.quote_id
        assert (
            slicer.download_file(quoted[-1].file.file_id, tmp_path / f"back{index}.stl").read_bytes()
            == stl.read_bytes()
        )
    # Every upload and quote exists exactly once: refused requests were resent, nothing else was.
    assert sorted(slicer_store.files) == sorted(q.file.file_id for q in quoted)
    assert sorted(slicer_store.quotes) == sorted(q.quote.quote_id for q in quoted)
    assert all(q.gcode_path is not None and q.gcode_path.stat().st_size > 0 for q in quoted)
    assert faults.counts["503"] and faults.counts["429"] and faults.counts["drop"] and faults.counts["slow"]


EIGER_KEYS = (eiger_mock.CREDENTIALS["EIGER_ACCESS_KEY"], eiger_mock.CREDENTIALS["EIGER_SECRET_KEY"])
PRINTER = seeded_id("device", "Printer01")
BUILDS = [seeded_id("build", name) for name in ("Build01", "Bracket Batch", "Gear Housing")]


def test_eiger_queue_workflow_survives_faults(faults: FaultLog) -> None:
    store = eiger_mock.Store()
    before = len(store.queue_of(PRINTER))
    with _served(eiger_mock.create_app(store=store), faults) as origin:
        with Eiger(*EIGER_KEYS, base_url=origin + "/api/v3", retries=PATIENT) as eiger:
            added = [eiger.add_to_queue(PRINTER, build) for build in BUILDS]
            listed = [device.id for device in eiger.devices.list(page_size=1)]
            assert eiger.remove_build_from_queue(PRINTER, BUILDS[0])
    queue = store.queue_of(PRINTER)
    # Three appended, one removed: no job was queued twice by a retry.
    assert len(queue) == before + 2
    assert {job.id for job in queue} >= {job.id for job in added[1:]}
    assert PRINTER in listed and len(listed) == len(set(listed))
    assert sum(faults.counts.values()) > 0


async def test_async_eiger_pages_survive_faults(faults: FaultLog) -> None:
    with _served(eiger_mock.create_app(store=eiger_mock.Store()), faults) as origin:
        async with AsyncEiger(*EIGER_KEYS, base_url=origin + "/api/v3", retries=PATIENT) as eiger:
            builds = [build.id async for build in eiger.builds.list(page_size=2)]
    assert len(builds) == len(set(builds)) >= 3  # every page once, none repeated after a retry
    assert faults.passed > 0


def test_without_retries_the_same_faults_surface_as_typed_errors(faults: FaultLog) -> None:
    from fabapi_core import APIError, TransportError

    failures = 0
    with (
        _served(eiger_mock.create_app(store=eiger_mock.Store()), faults) as origin,
        Eiger(*EIGER_KEYS, base_url=origin + "/api/v3", retries=0) as eiger,
    ):
        for _ in range(30):
            try:
                eiger.devices.get(PRINTER)
            except (APIError, TransportError):
                failures += 1
    assert failures == faults.counts["503"] + faults.counts["429"] + faults.counts["drop"] > 0


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("503=2", "between 0 and 1"),
        ("teapot=0.1", "KIND one of 503, 429"),
        ("429=x", "not a number"),
        ("503=0.6,429=0.6", "add up to more than 1"),
        ("after=0.6,stall=0.5", "add up to more than 1"),
        ("after=0.1:3", "after takes no parameter"),
        ("cut=0.1:x", "not a valid parameter for cut"),
        ("stall=0.1:-1", "not a valid parameter for stall"),
        ("retryafter=0.1:", "not a valid parameter for retryafter"),
        ("reset=0.1,reset=0.2", "reset is given twice"),
        ("html", "KIND=SHARE"),
    ],
)
def test_bad_profiles_are_named(text: str, message: str) -> None:
    with pytest.raises(FaultProfileError, match=message):
        FaultProfile.parse(text)


def test_every_kind_parses_with_its_parameter_or_its_default() -> None:
    profile = FaultProfile.parse(
        "503=0.05,429=0.05,drop=0.05,after=0.05,cut=0.05:3,reset=0.05,truncated=0.05,badjson=0.05,html=0.05,"
        "500=0.05,502=0.05,504=0.05,retryafter=0.05:soon,stall=0.05:2,trickle=0.05,slow=0.5:0.2",
        seed=3,
    )
    assert set(profile.shares) == {*KINDS, "slow"} and profile.seed == 3
    assert [profile.param(kind) for kind in ("cut", "retryafter", "stall", "trickle", "slow", "after")] == [
        3, "soon", 2.0, 10.0, 0.2, None,
    ]  # fmt: skip
    assert FaultProfile.parse("retryafter=1").param("retryafter") == "1000000000"
    # Slow is drawn on its own, so it does not count towards the other kinds' total.
    assert FaultProfile.parse("after=0.5,reset=0.5,slow=1").share("slow") == 1


def test_a_profile_is_repeatable() -> None:
    def pattern() -> list[int]:
        statuses = []
        with (
            serve(with_faults(eiger_mock.create_app(store=eiger_mock.Store()), PROFILE)) as origin,
            httpx.Client(base_url=origin + "/api/v3", auth=EIGER_KEYS) as client,
        ):
            for _ in range(20):
                # POSTs are never dropped, so every draw ends in an answer.
                statuses.append(client.post("/builds/approve", json={"builds": []}).status_code)
        return statuses

    first = pattern()
    assert first == pattern() and {503, 429} & set(first)


def test_kittycad_streamed_files_survive_faults(faults: FaultLog, tmp_path: Path) -> None:
    store = kittycad_mock.Store()
    store.async_threshold = 100  # every file goes through the queue, so waits are retried reads too
    token = kittycad_mock.CREDENTIALS["ZOO_API_TOKEN"]
    with (
        _served(kittycad_mock.create_app(store=store), faults) as origin,
        KittyCAD(token, base_url=origin, retries=PATIENT) as kc,
    ):
        volumes = [kc.volume(box(tmp_path / f"part{i}.stl", (1 + i, 2, 3))) for i in range(4)]
        converted = kc.convert_file(tmp_path / "part0.stl", to="obj")
    assert volumes == pytest.approx([6, 12, 18, 24])
    assert isinstance(converted, bytes) and converted.count(b"\nf ") == 12
    # One operation per call: a refused upload was sent again whole, an answered one never twice.
    assert len(store.operations) == 5
    assert faults.counts["503"] and faults.counts["429"]


def test_kaedim_submit_wait_download_survive_faults(faults: FaultLog, tmp_path: Path) -> None:
    store = kaedim_mock.Store(processing_seconds=None)
    with (
        _served(kaedim_mock.create_app(store=store), faults) as origin,
        Kaedim(
            kaedim_mock.API_KEY,
            kaedim_mock.DEV_ID,
            kaedim_mock.REFRESH_TOKEN,
            base_url=origin + "/api/v1",
            retries=PATIENT,
            token_store=TokenStore(),
        ) as kaedim,
    ):
        sent = [kaedim.submit(urls=[f"https://example.com/{n}.png"]) for n in range(4)]
        for request in sent:
            store.complete(request.request_id)
            kaedim.wait(request.request_id, interval=0.01)
            written = kaedim.download(request.request_id, ["obj"], tmp_path / request.request_id)
            assert written["obj"].read_bytes().startswith(b"# Kaedim mock")
    # One request per submit: refused ones were resent, answered ones never twice.
    assert sorted(store.jobs) == sorted(r.request_id for r in sent)
    assert faults.counts["503"] and faults.counts["429"]


def test_3yourmind_upload_pick_and_order_survive_faults(faults: FaultLog, tmp_path: Path) -> None:
    store = tym_mock.Store()
    token = tym_mock.CREDENTIALS["THREEYOURMIND_API_TOKEN"]
    with (
        _served(tym_mock.create_app(store=store), faults) as origin,
        ThreeYourMind(token, base_url=origin, retries=PATIENT) as tym,
    ):
        line = tym.upload_to_new_line(box(tmp_path / "part.stl", (4, 5, 6)), unit="mm")
        second = tym.upload_to_new_line(box(tmp_path / "twin.stl", (6, 5, 4)), unit="mm", basket_id=line.basket_id)
        for uploaded in (line, second):
            tym.pick_offer(uploaded.basket_id, uploaded.line_id, country="DE", quantity=2)
        assert tym.price_basket(line.basket_id, currency="EUR").total_price is not None
        order = tym.order_basket(line.basket_id, billing_address_id=1, payment={}, pickup_location_id=1)
    # One of each: refused requests were resent (uploads whole), answered ones never twice.
    assert list(store.baskets) == [line.basket_id]
    assert sorted(store.lines) == sorted([line.line_id, second.line_id])
    assert sorted(store.uploads) == sorted(str(uploaded.uuid) for uploaded in (line, second))
    assert [placed.id for placed in store.orders.values()] == [order.id]
    assert all(store.lines[ident].quantity == 2 for ident in store.lines)
    assert faults.counts["503"] and faults.counts["429"]


# -- each kind, against a small app that keeps what it carried out ----------------------------------------------

FILE = bytes(range(256)) * 4


def _items_app(items: list[str]) -> FastAPI:
    app = FastAPI()

    @app.post("/items", status_code=201)
    async def create(request: Request) -> Any:
        name = (await request.body()).decode()
        if not name:
            return JSONResponse({"detail": "an item needs a name"}, status_code=422)
        items.append(name)
        return {"id": len(items), "name": name, "padding": "x" * 64}

    @app.get("/items")
    async def listed() -> list[str]:
        return items

    @app.get("/file")
    async def file() -> Response:
        return Response(FILE, media_type="application/octet-stream")

    return app


@contextmanager
def _faulty(text: str, items: list[str], log: FaultLog, *, timeout: float = 5.0) -> Iterator[httpx.Client]:
    profile = FaultProfile.parse(text, seed=1)
    with (
        serve(with_faults(_items_app(items), profile, log)) as origin,
        httpx.Client(base_url=origin, timeout=timeout) as client,
    ):
        yield client
    assert log.settle()


PARAMS = {"stall": ":0.05", "trickle": ":0.05"}


@pytest.mark.parametrize("kind", [kind for kind in KINDS if not KINDS[kind].idempotent_only])
def test_each_kind_changes_state_exactly_when_its_table_entry_says_it_acts(kind: str) -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty(f"{kind}=1{PARAMS.get(kind, '')}", items, log) as client:
        try:
            client.post("/items", content=b"one")
        except httpx.TransportError:
            pass  # the connection kinds; what the client sees is checked kind by kind below
    assert log.counts[kind] == 1
    assert bool(items) is KINDS[kind].acts


def test_after_carries_out_the_request_and_cuts_the_connection_before_the_answer() -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty("after=1", items, log) as client, pytest.raises(httpx.RemoteProtocolError, match="without sending"):
        client.post("/items", content=b"first")
    assert items == ["first"] and log.counts["after"] == 1


def test_reset_closes_the_connection_before_the_server_sees_the_request() -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty("reset=1", items, log) as client, pytest.raises(httpx.RemoteProtocolError, match="without sending"):
        client.post("/items", content=b"first")
    assert items == [] and log.counts["reset"] == 1


def test_cut_sends_the_real_head_and_the_first_bytes_of_the_body() -> None:
    items: list[str] = []
    log = FaultLog()
    received = b""
    with _faulty("cut=1:100", items, log) as client:
        with client.stream("GET", "/file") as response, pytest.raises(httpx.RemoteProtocolError):
            assert response.headers["content-length"] == str(len(FILE))
            for chunk in response.iter_raw():
                received += chunk
        with pytest.raises(httpx.RemoteProtocolError, match="complete message body"):
            client.post("/items", content=b"acted")
    assert received == FILE[:100]
    assert items == ["acted"] and log.counts["cut"] == 2


def test_truncated_json_is_framed_as_whole_but_ends_mid_document() -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty("truncated=1", items, log) as client:
        answer = client.post("/items", content=b"kept")
        file = client.get("/file")
    assert answer.status_code == 201 and len(answer.content) == int(answer.headers["content-length"]) > 0
    assert answer.content.startswith(b'{"id":1')
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.content)
    assert file.content == FILE  # not JSON: passed whole
    assert items == ["kept"] and log.counts["truncated"] == 1 and log.passed == 1


def test_badjson_answers_200_with_invalid_json_after_acting() -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty("badjson=1", items, log) as client:
        answer = client.post("/items", content=b"kept")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    with pytest.raises(json.JSONDecodeError):
        answer.json()
    assert items == ["kept"] and log.counts["badjson"] == 1


def test_html_is_a_proxy_page_with_status_200_and_the_server_never_saw_the_request() -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty("html=1", items, log) as client:
        answer = client.post("/items", content=b"lost")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("text/html")
    assert answer.text.startswith("<!DOCTYPE html>")
    assert items == [] and log.counts["html"] == 1


@pytest.mark.parametrize("status", ["500", "502", "504"])
def test_server_errors_come_without_retry_after_and_change_nothing(status: str) -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty(f"{status}=1", items, log) as client:
        answer = client.post("/items", content=b"lost")
    assert answer.status_code == int(status) and "retry-after" not in answer.headers
    assert items == [] and log.counts[status] == 1


@pytest.mark.parametrize("value", ["1000000000", "soon"])
def test_retryafter_refuses_with_503_and_429_and_a_wait_no_client_should_take(value: str) -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty(f"retryafter=1:{value}", items, log) as client:
        answers = [client.post("/items", content=b"lost") for _ in range(12)]
    assert {answer.status_code for answer in answers} == {503, 429}
    assert {answer.headers["retry-after"] for answer in answers} == {value}
    assert items == [] and log.counts["retryafter"] == 12


def test_stall_answers_after_its_delay_and_acts_at_once_when_the_client_hangs_up() -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty("stall=1:0.2", items, log) as client:
        assert client.post("/items", content=b"patient").status_code == 201
    # A client that gives up long before a 60 s stall: the server acts as it hangs up, not 60 s later.
    with _faulty("stall=1:60", items, log, timeout=0.2) as client, pytest.raises(httpx.ReadTimeout):
        client.post("/items", content=b"gone")
    assert items == ["patient", "gone"] and log.counts["stall"] == 2


def test_trickle_sends_the_real_answer_a_few_bytes_at_a_time() -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty("trickle=1:0.3", items, log) as client, client.stream("GET", "/file") as response:
        chunks = list(response.iter_raw())
    assert b"".join(chunks) == FILE and len(chunks) > 1
    assert max(len(chunk) for chunk in chunks) < len(FILE)
    assert log.counts["trickle"] == 1


def test_a_trickle_stops_when_the_client_hangs_up() -> None:
    items: list[str] = []
    log = FaultLog()
    # 1 KiB spread over two minutes; the client reads one piece and leaves.
    with _faulty("trickle=1:120", items, log) as client, client.stream("GET", "/file") as response:
        assert len(next(response.iter_raw())) <= 8
    assert log.counts["trickle"] == 1  # settled well within `settle`'s limit


def test_drop_cuts_idempotent_requests_only() -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty("drop=1", items, log) as client:
        with pytest.raises(httpx.RemoteProtocolError):
            client.get("/items")
        assert client.post("/items", content=b"kept").status_code == 201
    assert items == ["kept"] and log.counts["drop"] == 1 and log.passed == 1


def test_the_log_names_a_non_idempotent_request_the_server_carried_out_twice() -> None:
    items: list[str] = []
    log = FaultLog()
    with _faulty("", items, log) as client:
        for tag in ("a", "a", "b", "refused", "refused"):
            client.post("/items", content=b"x" if tag != "refused" else b"", headers={TAG_HEADER: tag})
        for _ in range(2):
            client.get("/items", headers={TAG_HEADER: "c"})
    # A resend the server refused (here: 422, no body) did nothing; two GETs are allowed to.
    assert log.carried_out_twice() == ["POST /items (2 times)"]
    assert log.carried_out["refused"] == ["POST /items 422", "POST /items 422"]
    assert log.carried_out["c"] == ["GET /items 200", "GET /items 200"]


async def test_connection_faults_need_uvicorn() -> None:
    async def receive() -> dict[str, Any]:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: Any) -> None:
        return None

    faulty = with_faults(_items_app([]), FaultProfile.parse("reset=1"))
    with pytest.raises(FaultInjectionError, match="served by uvicorn"):
        await faulty({"type": "http", "method": "GET", "path": "/items", "headers": []}, receive, send)
