"""A user's program touching every entry point of every package: `mypy --strict` must accept it as written.

Never run (the lint session type-checks it): it proves the public surface is typed well enough
that a strict user program needs no casts and no ignores.
"""

from __future__ import annotations

import datetime
import ssl
from collections.abc import Sequence
from pathlib import Path
from typing import assert_type

import httpx
from fabapi_3yourmind import (
    AsyncThreeYourMind,
    FileAnalysisFailed,
    LineOffer,
    ThreeYourMind,
    WebhookDispatcher,
    parse_webhook,
)
from fabapi_3yourmind.models import WebhookOrderCreated
from fabapi_cloudslicer import AsyncCloudSlicer, CloudSlicer, printer_profile
from fabapi_core import RetryPolicy
from fabapi_eiger import AsyncEiger, Eiger, NotFound
from fabapi_eiger.models import AppendToDeviceQueueResponse, BuildView, DeviceViewExtended, ListPrintJobsResponse
from fabapi_kaedim import AsyncKaedim, Kaedim, RequestDismissed
from fabapi_kaedim.models import AlreadyRegisteredResponse, RegisterHookResponse
from fabapi_kittycad import APIError, AsyncKittyCAD, KittyCAD, Operation, OperationFailed
from fabapi_kittycad.types import File


def eiger_program(out: Path) -> list[str]:
    # The connection options: the caller's own httpx client, default headers on every request.
    with httpx.Client() as http, Eiger(retries=RetryPolicy(attempts=5), http_client=http) as eiger:
        eiger = eiger.with_options(default_headers={"X-Team": "print-farm"})
        names = [device.name for device in eiger.devices.list() if isinstance(device.name, str)]
        build = assert_type(eiger.find_build("Build01"), BuildView | None)
        printer = assert_type(eiger.find_device("Printer01"), DeviceViewExtended | None)
        # Pages are typed as the operation's answer, items as its items: no Any on the way.
        for page in eiger.print_jobs.list(page_size=50).pages():
            assert_type(page, ListPrintJobsResponse)
            names += [str(job.id) for job in page.items]
        first = eiger.print_jobs.list().first_page()
        names.append(str(first.has_more_items))
        if build is not None and printer is not None:
            eiger.send_to_printer(build.id, printer.id, timeout=60)
            info = eiger.queue_info(printer.id)
            assert_type(eiger.add_to_queue(printer.id, build.id), AppendToDeviceQueueResponse)
            assert_type(eiger.available_printers(build.id), list[DeviceViewExtended])
            names.append(f"{info.length} queued, {info.estimated_seconds:.0f} s")
        week = datetime.datetime(2024, 5, 6, tzinfo=datetime.UTC)
        if printer is not None:
            usage = eiger.device_utilization(printer.id, week, week + datetime.timedelta(days=7))
            names.append(f"{usage.ratio:.0%}")
        try:
            counts: dict[str, int] = eiger.print_jobs_per_state()
        except NotFound:  # every error importable from the vendor package
            counts = {}
        raw = eiger.with_raw_response.devices.list()
        names.append(f"{raw.status_code} {len(counts)}")
        with eiger.with_options(timeout=5.0) as quick:
            quick.builds.list(page_size=10)
    return names


async def async_eiger_program() -> int:
    async with httpx.AsyncClient() as http, AsyncEiger(http_client=http, default_headers={"X-Team": "a"}) as eiger:
        return len([build.id async for build in eiger.builds.list(page_size=50)])


def cloudslicer_program(stl: Path) -> float:
    with CloudSlicer(verify=ssl.create_default_context()) as slicer:
        quoted = slicer.quote_file(stl, printer=printer_profile(fill_density=40), gcode_to=stl.with_suffix(".gcode"))
        slicer.cleanup(quoted.file.file_id)
        price: float = quoted.quote.total_price
        return price


async def async_cloudslicer_program(stl: Path) -> str:
    async with AsyncCloudSlicer() as slicer:
        uploaded = await slicer.upload_file(stl)
        return uploaded.file_id


def kittycad_program(step: Path) -> tuple[float, float]:
    with KittyCAD(verify="company-ca.pem", default_headers={"X-Trace": "on"}) as kc:
        try:
            converted = kc.convert_file(step, to="stl", output=step.with_suffix(".stl"))
        except OperationFailed as failure:
            print(failure.error)
        except APIError as error:
            print(error.status_code, error.request_id)
        else:
            assert_type(converted, Path)
        assert_type(kc.convert_file(step, to="stl"), bytes)
        with step.open("rb") as stream:
            started = kc.file.create_volume(body=File(payload=stream), src_format="step")
        assert_type(kc.wait(started, timeout=60), Operation)
        volume: float = kc.volume(step)
        inches: float = kc.convert_units("length", 25.4, "millimeter", "inch")
        for token in kc.api_tokens.list(sort_by="created-at-descending"):
            print(token.id)
        return volume, inches


async def async_kittycad_program(step: Path) -> list[float]:
    async with AsyncKittyCAD(verify=True) as kc:
        return await kc.center_of_mass(step, material_density=1.2)


def _cheapest_title(offers: Sequence[LineOffer]) -> LineOffer | None:
    return min(offers, key=lambda offer: str(offer.offer.title), default=None)


def threeyourmind_program(stl: Path) -> int:
    with ThreeYourMind(instance="acme", verify=False) as tym:
        try:
            uploaded = tym.upload_to_new_line(stl, unit="mm", progress=True)
        except FileAnalysisFailed as failure:
            print(failure.uuid, failure.line_id)
            raise
        picked = tym.pick_offer(uploaded.basket_id, uploaded.line_id, country="DE", choose=_cheapest_title)
        print(picked.offer.offer_id, tym.price_basket(uploaded.basket_id, currency="EUR").tax_rate)
        order = tym.order_basket(uploaded.basket_id, billing_address_id=1, payment={}, pickup_location_id=2)
        for basket in tym.basket.list(page_size=25, ordering="-id"):
            print(basket.additional_properties)
        hooks = WebhookDispatcher()
        hooks.add(WebhookOrderCreated, lambda event: print(event.id))
        hooks.dispatch(b'{"type": "order.created"}')
        print(parse_webhook({"type": "user.created"}).type_.value)
        return order.id if isinstance(order.id, int) else 0


async def async_threeyourmind_program(quote_id: int) -> object:
    async with AsyncThreeYourMind(base_url="https://print.example.com") as tym:
        return await tym.order_quote(quote_id, billing_address_id=1, shipping_address_id=1, shipping_method_id=3)


def kaedim_program(image: Path, out: Path) -> list[Path]:
    with Kaedim(default_headers={"X-Team": "studio"}) as kaedim:
        registered = kaedim.register_webhook("https://example.com/kaedim")
        assert_type(registered, RegisterHookResponse | AlreadyRegisteredResponse)
        submitted = kaedim.submit(images=[image], loq="high")
        request_id = str(submitted.request_id)
        try:
            kaedim.wait(request_id, timeout=1800)
        except RequestDismissed as dismissed:
            print(dismissed)
            return []
        return list(kaedim.download(request_id, ["obj", "glb"], out).values())


async def async_kaedim_program() -> int:
    async with httpx.AsyncClient(http2=False) as http, AsyncKaedim(http_client=http) as kaedim:
        return len(await kaedim.fetch_all(start=datetime.date(2024, 1, 1)))
