"""Printed parts and their scan reports."""

from __future__ import annotations

from fastapi import Request
from starlette.responses import Response

from .. import models
from ..handling import (
    PREFIX,
    PRINTED_PARTS,
    Register,
    base_url,
    emit,
    list_page,
    path_id,
    store_of,
)
from ..views import (
    printed_part_view_extended,
    scan_report_url,
)


def install(route: Register) -> None:
    @route(PREFIX + "/printed_parts", "GET")
    async def list_printed_parts(request: Request) -> Response:
        return list_page(
            request,
            PRINTED_PARTS,
            models.ListPrintedPartsResponse,
            lambda store: store.printed_parts.values(),
            printed_part_view_extended,
        )

    @route(PREFIX + "/printed_parts/{printed_part_id}", "GET")
    async def read_printed_part(request: Request) -> Response:
        store = store_of(request)
        part = store.get_printed_part(path_id(request, "printed_part_id"))
        with store.lock:
            view = printed_part_view_extended(store, part, base_url(request))
        return emit(models.ReadPrintedPartResponse, view)

    @route(PREFIX + "/printed_parts/{printed_part_id}/scan_report", "GET")
    async def get_printed_part_scan_report(request: Request) -> Response:
        store = store_of(request)
        printed_part_id = path_id(request, "printed_part_id")
        # The first request for a missing report only triggers its generation.
        report = store.request_scan_report(printed_part_id)
        part = store.get_printed_part(printed_part_id)
        url = scan_report_url(base_url(request), part) if report is not None else None
        headers = {"Location": url} if url is not None else {}
        return emit(models.GetPrintedPartScanReportResponse, {"scan_report_url": url}, 200, headers)
