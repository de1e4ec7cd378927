"""Every vendor's workflow through every fault kind: what no broken or hostile server can do to a client.

Each case runs one vendor's workflow (a few independent steps, each one call of the client) against
its mock behind one profile of `conformance.faults`, and checks four invariants:

- No bare exception: each step returns, or raises a `FabapiError`.
- Nothing lost, nothing made twice: a step that returned left exactly its one resource in the mock's
  store (an upload, a quote, a queued job, a basket line, an order...), the one it reported; a step
  that failed left at most one. The server never carried out one POST or PATCH twice: after an
  answer that was lost or garbled the client raises, it never sends the request again (no vendor
  offers idempotency keys, so a resend could only make a second order, a second queued print).
- No file outside its destination: the test's folder holds the inputs and the outputs of the steps
  that returned, nothing else: no temporary `.part` file, no output of a step that failed.
- Every call within its deadline: each step ends within `calls × timeout + MARGIN`, `calls` being
  the requests it makes one after another (a helper given a `timeout=` for its whole work counts once).

What each kind may do to a workflow (what the server does is in `conformance/faults.py`):

- 503, 429, drop, slow, garbage `Retry-After`: nothing. Every step returns: the client resends what
  was refused, or dropped unanswered, and sits out no wait it was not asked for.
- 500, 502, 504, reset, html, huge `Retry-After`: the server did not act. Idempotent calls are
  resent; a POST or PATCH fails with `ServerError`, `TransportError`, `UnexpectedResponse` or
  `RateLimited` (a wait of years is not sat out: the call ends at once), and leaves nothing.
- after, cut, truncated, badjson, stall, trickle: the server may have acted on a POST or PATCH
  whose answer never arrived whole. The step raises (`TransportError`, `UnexpectedResponse`,
  `DeadlineExceeded`); the store may hold the one resource the request made, never two.

A vendor in the registry without a workflow of its own here (a freshly scaffolded one) is still
run through every fault, by `ReadingWorkflow`: its safe reads that need no argument, over and over,
through its conformance client factory and its mock. That proves the invariants every client owes
(no bare exception, every call within its deadline, no file, nothing carried out twice) until
someone writes the vendor's own workflow.
"""

from __future__ import annotations

import base64
import importlib
import inspect
import time
import traceback
import zlib
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol
from uuid import UUID, uuid4

import httpx
import pytest
from fabapi_3yourmind import ThreeYourMind
from fabapi_cloudslicer import CloudSlicer
from fabapi_core import FabapiError, RetryPolicy
from fabapi_eiger import Eiger
from fabapi_kaedim import Kaedim, TokenStore
from fabapi_kittycad import KittyCAD

from conformance.faults import TAG_HEADER, ASGIApp, FaultLog, FaultProfile, Receive, Scope, Send, with_faults
from conformance.mocks import cloudslicer as slicer_mock
from conformance.mocks import eiger as eiger_mock
from conformance.mocks import kaedim as kaedim_mock
from conformance.mocks import kittycad as kittycad_mock
from conformance.mocks import threeyourmind as tym_mock
from conformance.mocks.eiger.store import seeded_id
from conformance.mocks.kaedim.store import model_file
from conformance.plugins import VendorPlugins, plugins_for
from conformance.serving import serve
from conformance.stl_files import box, repeated_boxes
from registry.vendors import Vendor, load_vendors

TIMEOUT = 2.0
# Stalls and trickles are what a timeout is for: shorter, so that the cases stay quick.
SHORT_TIMEOUT = 1.0
MARGIN = 1.5
SETUP_TIMEOUT = 60.0
# Each case's draw is fixed: seeded from its name and this salt, with which every case meets its fault
# at least twice (checked at the end of the test).
SALT = 3
# Enough attempts that a run of refusals never exhausts them, short waits between them and no jitter, so
# that a case's outcome does not depend on the machine's speed. `max_backoff` stays at its default: a huge
# Retry-After is a wait longer than any call's timeout.
PATIENT = RetryPolicy(attempts=10, backoff_factor=0.001, jitter=0)


@dataclass(frozen=True)
class Profile:
    name: str
    text: str
    kind: str  # what `FaultLog.counts` calls it
    recovers: bool = False  # every step must return
    timeout: float = TIMEOUT


PROFILES = [
    Profile("503", "503=0.4", "503", recovers=True),
    Profile("429", "429=0.4", "429", recovers=True),
    Profile("drop", "drop=0.4", "drop", recovers=True),
    Profile("slow", "slow=0.5:0.02", "slow", recovers=True),
    Profile("retryafter-garbage", "retryafter=0.4:soon", "retryafter", recovers=True),
    Profile("retryafter-huge", "retryafter=0.5", "retryafter"),
    Profile("500", "500=0.5", "500"),
    Profile("502", "502=0.5", "502"),
    Profile("504", "504=0.5", "504"),
    Profile("reset", "reset=0.5", "reset"),
    Profile("html", "html=0.5", "html"),
    Profile("after", "after=0.5", "after"),
    Profile("cut", "cut=0.5:20", "cut"),
    Profile("truncated", "truncated=0.5", "truncated"),
    Profile("badjson", "badjson=0.5", "badjson"),
    Profile("stall", "stall=0.4:10", "stall", timeout=SHORT_TIMEOUT),
    Profile("trickle", "trickle=0.4:10", "trickle", timeout=SHORT_TIMEOUT),
    Profile(
        "mixed",
        "503=0.1,429=0.05,drop=0.05,after=0.05,cut=0.05,reset=0.05,truncated=0.05,badjson=0.05,html=0.05,"
        "500=0.03,502=0.03,504=0.03,retryafter=0.04,stall=0.05:10,trickle=0.05:10,slow=0.2:0.01",
        "",
        timeout=SHORT_TIMEOUT,
    ),
]


# -- running a workflow ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    name: str
    calls: int  # requests made one after another, each bounded by the client's timeout
    run: Callable[[], Any]


@dataclass
class Outcome:
    step: str
    value: Any
    error: BaseException | None
    seconds: float
    budget: float

    @property
    def ok(self) -> bool:
        return self.error is None


def _run(steps: Sequence[Step], timeout: float) -> dict[str, Outcome]:
    outcomes: dict[str, Outcome] = {}
    for step in steps:
        start = time.monotonic()
        value: Any = None
        error: BaseException | None = None
        try:
            value = step.run()
        except Exception as raised:  # judged below: only FabapiError is allowed
            error = raised
        seconds = time.monotonic() - start
        outcomes[step.name] = Outcome(step.name, value, error, seconds, step.calls * timeout + MARGIN)
    return outcomes


def _one(outcome: Outcome, found: Sequence[object], what: str, reported: object = None) -> list[str]:
    """A step that returned left exactly one `what`, the one it reported; one that failed, at most one."""
    if outcome.ok and len(found) != 1:
        return [f"{outcome.step!r} returned, and the store holds {len(found)} {what}: {list(found)}"]
    if outcome.ok and reported is not None and found[0] != reported:
        return [f"{outcome.step!r} reported {what} {reported!r}, the store holds {found[0]!r}"]
    if not outcome.ok and len(found) > 1:
        return [f"{outcome.step!r} failed and left {len(found)} {what}: {list(found)}"]
    return []


def _same(outcome: Outcome, what: str, got: object, expected: object) -> list[str]:
    if outcome.ok and got != expected:
        return [f"{outcome.step!r} returned, but {what} is {got!r:.80}, not {expected!r:.80}"]
    return []


class Tagging(httpx.BaseTransport):
    """Names each request in `TAG_HEADER`, the same name on every resend of it, so the fault log can
    tell a resend of one request from a new request."""

    def __init__(self) -> None:
        self._inner = httpx.HTTPTransport()

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if TAG_HEADER not in request.headers:
            request.headers[TAG_HEADER] = uuid4().hex
        return self._inner.handle_request(request)

    def close(self) -> None:
        # Download helpers build short-lived clients on it; the case closes it when done.
        return None

    def shut(self) -> None:
        self._inner.close()


class Workflow(Protocol):
    """One vendor's workflow: its mock, its client, and what its steps must leave behind."""

    def app(self) -> ASGIApp: ...

    def client(self, origin: str, timeout: float, transport: httpx.BaseTransport) -> AbstractContextManager[Any]: ...

    def setup(self, client: Any) -> None:
        """Prepares, before any fault, what the steps work on."""

    def steps(self, client: Any, timeout: float) -> list[Step]: ...

    def ledger(self, outcomes: dict[str, Outcome]) -> list[str]:
        """What is wrong in the store after the steps: lost or doubled resources."""

    def files(self, outcomes: dict[str, Outcome]) -> set[Path]:
        """The files the test's folder must hold: inputs, and outputs of the steps that returned."""


# -- Cloud Slicer: upload, check, quote, G-code; a download and a cleanup -----------------------------------


class SlicerWorkflow:
    def __init__(self, folder: Path) -> None:
        self.store = slicer_mock.Store()
        inputs = folder / "in"
        inputs.mkdir()
        # Tall enough for 200 layers of G-code (8 KB), big enough that a trickle takes seconds.
        self.parts = [box(inputs / f"part{index}.stl", (10 + index, 20, 40)) for index in range(2)]
        self.seed = repeated_boxes(inputs / "seed.stl", 8000)
        self.out = folder / "out"

    def app(self) -> ASGIApp:
        return slicer_mock.create_app(store=self.store)

    def client(self, origin: str, timeout: float, transport: httpx.BaseTransport) -> CloudSlicer:
        token = slicer_mock.CREDENTIALS["CLOUDSLICER_API_TOKEN"]
        return CloudSlicer(token, base_url=origin, timeout=timeout, retries=PATIENT, transport=transport)

    def setup(self, slicer: CloudSlicer) -> None:
        self.seeded = slicer.quote_file(self.seed)

    def steps(self, slicer: CloudSlicer, timeout: float) -> list[Step]:
        file_id, quote_id = self.seeded.file.file_id, self.seeded.quote.quote_id
        return [
            Step(
                "quote with G-code",
                1,
                lambda: slicer.quote_file(self.parts[0], gcode_to=self.out / "part0.gcode", timeout=timeout),
            ),
            Step("quote", 3, lambda: slicer.quote_file(self.parts[1])),
            Step("download", 1, lambda: slicer.download_file(file_id, self.out / "seed.stl", timeout=timeout)),
            Step("get quote", 1, lambda: slicer.quotes.get(quote_id)),
            Step("cleanup", 2, lambda: slicer.cleanup(file_id, [quote_id])),
        ]

    def ledger(self, outcomes: dict[str, Outcome]) -> list[str]:
        problems: list[str] = []
        for index, name in enumerate(("quote with G-code", "quote")):
            outcome, reported = outcomes[name], outcomes[name].value
            files = [ident for ident, file in self.store.files.items() if file.name == f"part{index}.stl"]
            quotes = [ident for ident, quote in self.store.quotes.items() if quote.file_id in files]
            problems += _one(outcome, files, "uploads", reported and reported.file.file_id)
            problems += _one(outcome, quotes, "quotes", reported and reported.quote.quote_id)
        gcode = outcomes["quote with G-code"]
        if gcode.ok:
            expected = self.store.quotes[gcode.value.quote.quote_id].gcode
            problems += _same(gcode, "the G-code file", gcode.value.gcode_path.read_bytes(), expected)
        download = outcomes["download"]
        if download.ok:
            problems += _same(download, "the downloaded file", download.value.read_bytes(), self.seed.read_bytes())
        got = outcomes["get quote"]
        problems += _same(got, "the quote", got.value and got.value.quote_id, self.seeded.quote.quote_id)
        cleanup = outcomes["cleanup"]
        left = (self.seeded.file.file_id in self.store.files, self.seeded.quote.quote_id in self.store.quotes)
        return problems + _same(cleanup, "(file, quote) still there", left, (False, False))

    def files(self, outcomes: dict[str, Outcome]) -> set[Path]:
        outputs = {"quote with G-code": self.out / "part0.gcode", "download": self.out / "seed.stl"}
        return {*self.parts, self.seed} | {path for step, path in outputs.items() if outcomes[step].ok}


# -- Eiger: queue builds, remove one, read the queue and the device pages, download scan reports -----------

EIGER_KEYS = (eiger_mock.CREDENTIALS["EIGER_ACCESS_KEY"], eiger_mock.CREDENTIALS["EIGER_SECRET_KEY"])
PRINTER = seeded_id("device", "Printer01")
QUEUED, SECOND, REMOVED = (seeded_id("build", title) for title in ("Build01", "Gear Housing", "Draft Fixture"))


class EigerWorkflow:
    def __init__(self, folder: Path) -> None:
        self.store = eiger_mock.Store()
        self.reports = folder / "reports"
        self.job, self.part = next(
            (part.print_job_id, part) for part in self.store.printed_parts.values() if part.scan_report is not None
        )

    def app(self) -> ASGIApp:
        return eiger_mock.create_app(store=self.store)

    def client(self, origin: str, timeout: float, transport: httpx.BaseTransport) -> Eiger:
        return Eiger(*EIGER_KEYS, base_url=origin + "/api/v3", timeout=timeout, retries=PATIENT, transport=transport)

    def _queued(self) -> Counter[UUID]:
        return Counter(job.build_id for job in self.store.queue_of(PRINTER))

    def setup(self, eiger: Eiger) -> None:
        eiger.add_to_queue(PRINTER, REMOVED)
        self.before = self._queued()

    def steps(self, eiger: Eiger, timeout: float) -> list[Step]:
        return [
            Step("queue a build", 1, lambda: eiger.add_to_queue(PRINTER, QUEUED)),
            Step("queue another", 1, lambda: eiger.add_to_queue(PRINTER, SECOND)),
            Step("remove a build", 2, lambda: eiger.remove_build_from_queue(PRINTER, REMOVED)),
            Step("queue info", 1, lambda: eiger.queue_info(PRINTER)),
            Step("a build", 1, lambda: eiger.builds.get(QUEUED)),
            Step("device pages", 3, lambda: [device.id for device in eiger.devices.list(page_size=2)]),
            Step("scan reports", 2, lambda: eiger.download_scan_reports(self.job, self.reports, timeout=timeout)),
        ]

    def ledger(self, outcomes: dict[str, Outcome]) -> list[str]:
        problems: list[str] = []
        now = self._queued()
        jobs = {build: [job.id for job in self.store.queue_of(PRINTER) if job.build_id == build] for build in now}
        for name, build in (("queue a build", QUEUED), ("queue another", SECOND)):
            added = jobs.get(build, [])[self.before[build] :]
            problems += _one(outcomes[name], added, "queued jobs", outcomes[name].value and outcomes[name].value.id)
        removal = outcomes["remove a build"]
        removed = self.before[REMOVED] - now[REMOVED]
        if removed > 1 or (removal.ok and (removal.value, removed) != (True, 1)):
            problems.append(f"'remove a build' returned {removal.value!r} and {removed} jobs of it left the queue")
        fetched = outcomes["a build"]
        problems += _same(fetched, "the build", fetched.value and fetched.value.id, QUEUED)
        pages = outcomes["device pages"]
        problems += _same(pages, "the devices listed", sorted(pages.value or []), sorted(self.store.devices))
        reports = outcomes["scan reports"]
        if reports.ok:
            got = [path.read_bytes() for path in reports.value]
            problems += _same(reports, "the reports", got, [self.part.scan_report])
        return problems

    def files(self, outcomes: dict[str, Outcome]) -> set[Path]:
        return {self.reports / f"scan-report-{self.part.id}.pdf"} if outcomes["scan reports"].ok else set()


# -- Kaedim: submit, wait, download, list ---------------------------------------------------------------------


class KaedimWorkflow:
    URLS = ("https://example.com/one.png", "https://example.com/two.png", "https://example.com/three.png")

    def __init__(self, folder: Path) -> None:
        self.store = kaedim_mock.Store(processing_seconds=None)
        self.models = folder / "models"
        # One store for the setup's client and the steps' one: the steps start with the JWT the setup got.
        self.tokens = TokenStore()

    def app(self) -> ASGIApp:
        return kaedim_mock.create_app(store=self.store)

    def client(self, origin: str, timeout: float, transport: httpx.BaseTransport) -> Kaedim:
        return Kaedim(
            kaedim_mock.API_KEY, kaedim_mock.DEV_ID, kaedim_mock.REFRESH_TOKEN, base_url=origin + "/api/v1",
            timeout=timeout, retries=PATIENT, transport=transport, token_store=self.tokens,
        )  # fmt: skip

    def setup(self, kaedim: Kaedim) -> None:
        self.ready = kaedim.submit(urls=["https://example.com/seed.png"]).request_id
        self.store.complete(self.ready)

    def steps(self, kaedim: Kaedim, timeout: float) -> list[Step]:
        submits = [Step(f"submit {url}", 1, partial(kaedim.submit, urls=[url])) for url in self.URLS]
        return [
            *submits,
            Step("wait", 1, lambda: kaedim.wait(self.ready, interval=0.01, timeout=30)),
            # The request, then its model; fresh links and the model again when a link is refused.
            Step("download", 4, lambda: kaedim.download(self.ready, "obj", self.models, timeout=timeout)),
            Step("get", 1, lambda: kaedim.get_request(self.ready)),
            Step("list", 1, kaedim.fetch_all),
            Step("projects", 1, kaedim.list_projects),
            Step("get again", 1, lambda: kaedim.get_request(self.ready)),
            Step("projects again", 1, kaedim.list_projects),
        ]

    def ledger(self, outcomes: dict[str, Outcome]) -> list[str]:
        problems: list[str] = []
        for url in self.URLS:
            submitted = outcomes[f"submit {url}"]
            jobs = [job.request_id for job in self.store.jobs.values() if job.images == [url]]
            problems += _one(submitted, jobs, "requests", submitted.value and submitted.value.request_id)
        download = outcomes["download"]
        if download.ok:
            expected = model_file(self.store.jobs[self.ready], "obj")
            problems += _same(download, "the model", download.value["obj"].read_bytes(), expected)
        for name in ("get", "get again"):
            got = outcomes[name]
            problems += _same(got, "the request", got.value and got.value.request_id, self.ready)
        listed = outcomes["list"]
        problems += _same(listed, "the requests listed", len(listed.value or []), len(self.store.jobs))
        for name in ("projects", "projects again"):
            projects = outcomes[name]
            problems += _same(projects, "the projects listed", len(projects.value or []), len(self.store.projects))
        return problems

    def files(self, outcomes: dict[str, Outcome]) -> set[Path]:
        return {self.models / f"{self.ready}.obj"} if outcomes["download"].ok else set()


# -- KittyCAD: file analyses and a conversion written to a file, unit conversion ------------------------------


UNITS = {(2, "foot"): 24.0, (1, "yard"): 36.0, (254, "millimeter"): 10.0, (127, "centimeter"): 50.0}


class KittyWorkflow:
    def __init__(self, folder: Path) -> None:
        self.store = kittycad_mock.Store()
        inputs = folder / "in"
        inputs.mkdir()
        self.parts = [box(inputs / f"part{index}.stl", (1 + index, 2, 3)) for index in range(3)]
        self.out = folder / "out" / "part2.obj"

    def app(self) -> ASGIApp:
        return kittycad_mock.create_app(store=self.store)

    def client(self, origin: str, timeout: float, transport: httpx.BaseTransport) -> KittyCAD:
        token = kittycad_mock.CREDENTIALS["ZOO_API_TOKEN"]
        return KittyCAD(token, base_url=origin, timeout=timeout, retries=PATIENT, transport=transport)

    def setup(self, kc: KittyCAD) -> None:
        return None

    def steps(self, kc: KittyCAD, timeout: float) -> list[Step]:
        return [
            Step("volume", 1, lambda: kc.volume(self.parts[0])),
            Step("another volume", 1, lambda: kc.volume(self.parts[1])),
            Step("surface area", 1, lambda: kc.surface_area(self.parts[0])),
            Step("mass", 1, lambda: kc.mass(self.parts[1], material_density=2)),
            Step("density", 1, lambda: kc.density(self.parts[0], material_mass=12)),
            Step("center of mass", 1, lambda: kc.center_of_mass(self.parts[2], material_density=1)),
            Step("convert", 1, lambda: kc.convert_file(self.parts[2], to="obj", output=self.out)),
            *(
                Step(f"{value} {unit} in inches", 1, partial(kc.convert_units, "length", value, unit, "inch"))
                for value, unit in UNITS
            ),
        ]

    def ledger(self, outcomes: dict[str, Outcome]) -> list[str]:
        problems: list[str] = []
        operations = list(self.store.operations.values())
        analyses = (
            ("volume", "FileVolume", "volume", 6.0),
            ("another volume", "FileVolume", "volume", 12.0),
            ("surface area", "FileSurfaceArea", "surface_area", 22.0),
            ("mass", "FileMass", "mass", 24.0),
            ("density", "FileDensity", "density", 2.0),
            ("center of mass", "FileCenterOfMass", "center_of_mass", [1.5, 1.0, 1.5]),
        )
        for name, kind, field, value in analyses:
            found = [op.record["id"] for op in operations if op.kind == kind and op.outcome[field] == value]
            problems += _one(outcomes[name], found, f"{kind} operations")
            problems += _same(outcomes[name], field, outcomes[name].value, value)
        conversions = [op for op in operations if op.kind == "FileConversion"]
        problems += _one(outcomes["convert"], [op.record["id"] for op in conversions], "conversions")
        if outcomes["convert"].ok and len(conversions) == 1:
            expected = base64.b64decode(conversions[0].outcome["output"])
            problems += _same(outcomes["convert"], "the converted file", self.out.read_bytes(), expected)
        for value, unit in UNITS:
            outcome = outcomes[f"{value} {unit} in inches"]
            problems += _same(outcome, "the inches", outcome.value, pytest.approx(UNITS[value, unit]))
        return problems

    def files(self, outcomes: dict[str, Outcome]) -> set[Path]:
        return set(self.parts) | ({self.out} if outcomes["convert"].ok else set())


# -- 3YOURMIND: upload into lines, pick an offer, price and order --------------------------------------------


class TymWorkflow:
    def __init__(self, folder: Path) -> None:
        self.store = tym_mock.Store()
        self.store.analysis_reads = 0  # analysed at the first look: no poll waits its second
        inputs = folder / "in"
        inputs.mkdir()
        self.seeds = [box(inputs / f"seed{index}.stl", (4 + index, 5, 6)) for index in range(2)]
        self.parts = [box(inputs / f"part{index}.stl", (6, 5, 4 + index)) for index in range(2)]

    def app(self) -> ASGIApp:
        return tym_mock.create_app(store=self.store)

    def client(self, origin: str, timeout: float, transport: httpx.BaseTransport) -> ThreeYourMind:
        token = tym_mock.CREDENTIALS["THREEYOURMIND_API_TOKEN"]
        return ThreeYourMind(token, base_url=origin, timeout=timeout, retries=PATIENT, transport=transport)

    def setup(self, tym: ThreeYourMind) -> None:
        self.ordered, self.extended = (tym.upload_to_new_line(seed, unit="mm") for seed in self.seeds)
        self.baskets = set(self.store.baskets)
        self.lines = set(self.store.lines)

    def steps(self, tym: ThreeYourMind, timeout: float) -> list[Step]:
        basket, line = self.ordered.basket_id, self.ordered.line_id
        return [
            Step("upload to a new basket", 4, lambda: tym.upload_to_new_line(self.parts[0], unit="mm")),
            Step(
                "upload to a basket",
                3,
                lambda: tym.upload_to_new_line(self.parts[1], unit="mm", basket_id=self.extended.basket_id),
            ),
            # The line's materials, each material's offers, then the change.
            Step("pick an offer", 5, lambda: tym.pick_offer(basket, line, country="DE", quantity=2)),
            Step("price", 1, lambda: tym.price_basket(basket, currency="EUR")),
            Step(
                "order",
                2,
                lambda: tym.order_basket(basket, billing_address_id=1, payment={}, pickup_location_id=1),
            ),
        ]

    def ledger(self, outcomes: dict[str, Outcome]) -> list[str]:
        problems: list[str] = []
        store = self.store
        new_basket, into_basket = outcomes["upload to a new basket"], outcomes["upload to a basket"]
        baskets = sorted(set(store.baskets) - self.baskets)
        problems += _one(new_basket, baskets, "new baskets", new_basket.value and new_basket.value.basket_id)
        for outcome, basket in ((new_basket, baskets[0] if baskets else None), (into_basket, self.extended.basket_id)):
            lines = sorted(ident for ident in set(store.lines) - self.lines if store.lines[ident].basket_id == basket)
            problems += _one(outcome, lines, "new lines", outcome.value and outcome.value.line_id)
        for outcome, part in ((new_basket, self.parts[0]), (into_basket, self.parts[1])):
            uploads = [upload.uuid for upload in store.uploads.values() if upload.filename == part.name]
            problems += _one(outcome, uploads, f"uploads of {part.name}", outcome.value and outcome.value.uuid)
        picked, line = outcomes["pick an offer"], store.lines[self.ordered.line_id]
        if picked.ok:
            problems += _same(
                picked, "(quantity, offer)", (line.quantity, line.offer_id), (2, picked.value.offer.offer_id)
            )
        order = outcomes["order"]
        orders = [ident for ident, placed in store.orders.items() if placed.basket_id == self.ordered.basket_id]
        return problems + _one(order, orders, "orders", order.value and order.value.id)

    def files(self, outcomes: dict[str, Outcome]) -> set[Path]:
        return {*self.seeds, *self.parts}


# -- any other vendor: its argument-free safe reads, again and again --------------------------------------


def _every_page(read: Callable[[], Any]) -> list[Any]:
    return list(read())


class ReadingWorkflow:
    """A vendor's safe reads that take no argument (from its package's `OPERATIONS`), round after round.

    One step holds every round, `REQUESTS` reads in all, so that enough of them meet their faults for
    the check at the end whatever the vendor's seed (at a 40 % fault rate, fewer than two faults in
    24 requests: under 1 in 10,000); it may make `reads × PAGES` calls a round, its budget."""

    REQUESTS = 24
    PAGES = 3  # a paginated read is allowed this many pages

    def __init__(self, vendor: Vendor, folder: Path) -> None:
        self.vendor = vendor
        self.plugins: VendorPlugins = plugins_for(vendor.key)
        if self.plugins.client is None:
            raise AssertionError(f"{vendor.key}: conformance/workflows/{vendor.key}.py must define `client`")

    def app(self) -> ASGIApp:
        app: ASGIApp = self.plugins.create_app()
        return app

    def client(self, origin: str, timeout: float, transport: httpx.BaseTransport) -> AbstractContextManager[Any]:
        assert self.plugins.client is not None
        made = self.plugins.client(origin, self.plugins.credentials, transport)
        configured: AbstractContextManager[Any] = made.with_options(timeout=timeout, retries=PATIENT)  # type: ignore[attr-defined]
        return configured

    def setup(self, client: Any) -> None:
        return None

    def _reads(self, client: Any) -> list[tuple[str, Callable[[], Any], int]]:
        operations = importlib.import_module(f"{self.vendor.module}._resources").OPERATIONS
        reads = []
        for info in operations.values():
            if info.http_method != "GET" or info.unsafe or "{" in info.path:
                continue
            bound = getattr(getattr(client, info.resource), info.method)
            needed = [p for p in inspect.signature(bound).parameters.values() if p.default is inspect.Parameter.empty]
            if needed:
                continue
            call: Callable[[], Any] = partial(_every_page, bound) if info.paginated else bound
            reads.append((f"{info.resource}.{info.method}", call, self.PAGES if info.paginated else 1))
        if not reads:
            raise AssertionError(
                f"{self.vendor.key} has no safe GET without arguments to run through faults:"
                f" write its workflow in tests/test_fault_matrix.py (see SlicerWorkflow)"
            )
        return reads

    def steps(self, client: Any, timeout: float) -> list[Step]:
        reads = self._reads(client)

        rounds = -(-self.REQUESTS // len(reads))

        def every_round() -> int:
            # A fabapi error does not end the rounds (the faults must keep coming), but it is raised
            # at the end: a recovering profile must meet none. Anything else is raised at once.
            errors: list[FabapiError] = []
            for _ in range(rounds):
                for _name, call, _calls in reads:
                    try:
                        call()
                    except FabapiError as error:
                        errors.append(error)
            if errors:
                raise errors[0]
            return rounds

        return [Step("reads", rounds * sum(calls for _, _, calls in reads), every_round)]

    def ledger(self, outcomes: dict[str, Outcome]) -> list[str]:
        return []

    def files(self, outcomes: dict[str, Outcome]) -> set[Path]:
        return set()


# Each vendor's own workflow; every other vendor of the registry gets a ReadingWorkflow.
OWN_WORKFLOWS: dict[str, Callable[[Path], Workflow]] = {
    "cloudslicer": SlicerWorkflow,
    "eiger": EigerWorkflow,
    "kaedim": KaedimWorkflow,
    "kittycad": KittyWorkflow,
    "threeyourmind": TymWorkflow,
}
VENDORS = load_vendors()
WORKFLOWS: dict[str, Callable[[Path], Workflow]] = {
    key: OWN_WORKFLOWS.get(key, partial(ReadingWorkflow, vendor)) for key, vendor in VENDORS.items()
}
# The reading workflow itself, on a vendor that has three such reads, so that it is proven before a
# new vendor needs it.
WORKFLOWS["cloudslicer-reads"] = partial(ReadingWorkflow, VENDORS["cloudslicer"])


# -- the matrix ---------------------------------------------------------------------------------------------


class Switch:
    """The app the module's one server serves: each case plugs in its own (a fresh store, its faults)."""

    def __init__(self) -> None:
        self.app: ASGIApp | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        assert self.app is not None, "a request outside any case"
        await self.app(scope, receive, send)


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, Switch]]:
    switch = Switch()
    with serve(switch) as origin:
        yield origin, switch


def _files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*") if not path.is_dir()}


def _describe(error: BaseException) -> str:
    return "".join(traceback.format_exception(error, limit=-3)).strip()


@pytest.mark.parametrize("profile", PROFILES, ids=lambda profile: profile.name)
@pytest.mark.parametrize("vendor", list(WORKFLOWS))
def test_workflow_through_faults(vendor: str, profile: Profile, server: tuple[str, Switch], tmp_path: Path) -> None:
    origin, switch = server
    workflow = WORKFLOWS[vendor](tmp_path)
    log = FaultLog()
    transport = Tagging()
    plain = workflow.app()
    switch.app = plain
    try:
        # The setup is not under test: a generous timeout, so that a slow or busy machine cannot fail it.
        with workflow.client(origin, SETUP_TIMEOUT, transport) as client:
            workflow.setup(client)
        with workflow.client(origin, profile.timeout, transport) as client:
            # Each case its own fixed seed, so that the vendors do not all meet faults at the same steps.
            seed = zlib.crc32(f"{vendor}-{profile.name}-{SALT}".encode())
            switch.app = with_faults(plain, FaultProfile.parse(profile.text, seed=seed), log)
            outcomes = _run(workflow.steps(client, profile.timeout), profile.timeout)
    finally:
        transport.shut()
    assert log.settle(), "the server was still working on requests long after the workflow"
    switch.app = None

    problems = [
        f"bare exception in {o.step!r}: {_describe(o.error)}"
        for o in outcomes.values()
        if o.error and not isinstance(o.error, FabapiError)
    ]
    if profile.recovers:
        problems += [f"{o.step!r} failed: {_describe(o.error)}" for o in outcomes.values() if o.error]
    problems += [
        f"{o.step!r} took {o.seconds:.2f} s, more than {o.budget:.2f} s"
        for o in outcomes.values()
        if o.seconds > o.budget
    ]
    problems += [f"carried out twice: {run}" for run in log.carried_out_twice()]
    problems += workflow.ledger(outcomes)
    expected, found = workflow.files(outcomes), _files_under(tmp_path)
    problems += [f"unexpected file {path.relative_to(tmp_path)}" for path in sorted(found - expected)]
    problems += [f"missing file {path.relative_to(tmp_path)}" for path in sorted(expected - found)]
    assert not problems, "\n".join(problems)
    # The faults really happened, several times, and the workflow ran into them.
    if profile.kind:
        assert log.counts[profile.kind] >= 2, f"only {dict(log.counts)} injected"
    else:
        assert len(log.counts) >= 3, f"only {dict(log.counts)} injected"
