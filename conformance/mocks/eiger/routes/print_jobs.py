"""Print jobs and their scan reports."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import Request
from starlette.responses import Response

from .. import models
from ..handling import (
    PREFIX,
    PRINT_JOBS,
    Register,
    base_url,
    emit,
    list_page,
    path_id,
    store_of,
)
from ..views import (
    print_job_view_extended,
    scan_report_url,
)


def install(route: Register) -> None:
    @route(PREFIX + "/print_jobs", "GET")
    async def list_print_jobs(request: Request) -> Response:
        return list_page(
            request,
            PRINT_JOBS,
            models.ListPrintJobsResponse,
            lambda store: store.print_jobs.values(),
            print_job_view_extended,
            key=_print_job_key,
        )

    @route(PREFIX + "/print_jobs/{print_job_id}", "GET")
    async def read_print_job(request: Request) -> Response:
        store = store_of(request)
        job = store.get_print_job(path_id(request, "print_job_id"))
        with store.lock:
            view = print_job_view_extended(store, job, base_url(request))
        return emit(models.ReadPrintJobResponse, view)

    @route(PREFIX + "/print_jobs/{print_job_id}/scan_report", "GET")
    async def get_print_job_part_scan_report(request: Request) -> Response:
        store = store_of(request)
        job = store.get_print_job(path_id(request, "print_job_id"))
        with store.lock:
            reports = [
                {"printed_part_id": p.id, "scan_report_url": scan_report_url(base_url(request), p)}
                for p in store.printed_parts_of(job.id)
            ]
        return emit(models.GetPrintJobPartScanReportResponse, reports)


def _print_job_key(item: Mapping[str, Any], name: str) -> Any:
    if name == "device":
        device = item.get("device")
        return device["id"] if device else None
    if name == "build":
        return item["build"]["id"]
    return item.get(name)
