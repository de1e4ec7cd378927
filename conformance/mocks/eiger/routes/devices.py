"""Devices and their queues."""

from __future__ import annotations

from fastapi import Request
from starlette.responses import Response

from .. import models
from ..handling import (
    DEVICES,
    PREFIX,
    Register,
    base_url,
    emit,
    json_body,
    list_page,
    path_id,
    store_of,
)
from ..views import (
    device_view_extended,
    print_job_view,
    queued_view,
    queued_view_extended,
)


def install(route: Register) -> None:
    @route(PREFIX + "/devices", "GET")
    async def list_devices(request: Request) -> Response:
        return list_page(
            request, DEVICES, models.ListDevicesResponse, lambda store: store.devices.values(), device_view_extended
        )

    @route(PREFIX + "/devices/{device_id}", "GET")
    async def read_device(request: Request) -> Response:
        store = store_of(request)
        device = store.get_device(path_id(request, "device_id", invalid_status=404))
        with store.lock:
            view = device_view_extended(store, device, base_url(request))
        return emit(models.ReadDeviceResponse, view)

    @route(PREFIX + "/devices/{device_id}", "POST")
    async def print_to_printer(request: Request) -> Response:
        device_id = path_id(request, "device_id")
        body = await json_body(request, models.PrintToPrinterRequest)
        job = store_of(request).print_to_printer(device_id, body.build)
        return emit(models.PrintToPrinterResponse, print_job_view(job), 201)

    @route(PREFIX + "/devices/{device_id}/queue", "GET")
    async def list_device_queue(request: Request) -> Response:
        store = store_of(request)
        device = store.get_device(path_id(request, "device_id", invalid_status=404))
        with store.lock:
            view = {
                "device": device_view_extended(store, device, base_url(request)),
                "queue": [queued_view_extended(store, q, base_url(request)) for q in store.queue_of(device.id)],
            }
        return emit(models.ListDeviceQueueResponse, view)

    @route(PREFIX + "/devices/{device_id}/queue", "POST")
    async def append_to_device_queue(request: Request) -> Response:
        device_id = path_id(request, "device_id")
        store = store_of(request)
        store.get_device(device_id)
        body = await json_body(request, models.AppendToDeviceQueueRequest)
        job = store.append_to_queue(device_id, body.build)
        return emit(models.AppendToDeviceQueueResponse, queued_view(job), 201)

    @route(PREFIX + "/devices/{device_id}/queue/{queued_job_id}", "GET")
    async def read_device_queue(request: Request) -> Response:
        store = store_of(request)
        device_id = path_id(request, "device_id", invalid_status=404)
        job = store.get_queued_job(device_id, path_id(request, "queued_job_id", invalid_status=404))
        with store.lock:
            view = queued_view_extended(store, job, base_url(request))
        return emit(models.ReadDeviceQueueResponse, view)

    @route(PREFIX + "/devices/{device_id}/queue/{queued_job_id}", "DELETE")
    async def remove_from_device_queue(request: Request) -> Response:
        device_id = path_id(request, "device_id", invalid_status=404)
        queued_job_id = path_id(request, "queued_job_id", invalid_status=404)
        store_of(request).remove_from_queue(device_id, queued_job_id)
        return Response(status_code=204)
