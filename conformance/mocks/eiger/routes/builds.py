"""Builds: lists, approvals, and sending a build to the backlog or the job request queue."""

from __future__ import annotations

from fastapi import Request
from starlette.responses import Response

from .. import models
from ..handling import (
    APPROVED_BUILDS,
    BUILDS,
    PREFIX,
    Register,
    base_url,
    emit,
    json_body,
    list_page,
    path_id,
    store_of,
)
from ..query import apply, parse_list_query
from ..views import (
    build_view,
    build_view_extended,
    print_job_view,
)


def install(route: Register) -> None:
    async def _backlog(request: Request, channel: str) -> Response:
        build_id = path_id(request, "build_id")
        body = await json_body(request, models.SendBuildToBacklogRequest)
        due = body.dueDate.isoformat() if body.dueDate is not None else None
        store = store_of(request)
        job = store.send_to_backlog(build_id, due, "backlog" if channel == "backlog" else "job_request")
        return emit(models.SendBuildToBacklogResponse, print_job_view(job), 201)

    @route(PREFIX + "/backlog/{build_id}", "POST")
    async def send_build_to_backlog(request: Request) -> Response:
        return await _backlog(request, "backlog")

    @route(PREFIX + "/builds", "GET")
    async def list_builds(request: Request) -> Response:
        return list_page(request, BUILDS, models.ListBuildsResponse, lambda store: store.builds.values(), build_view)

    @route(PREFIX + "/builds/approved", "GET")
    async def list_approved_builds(request: Request) -> Response:
        store = store_of(request)
        query = parse_list_query(request.query_params, APPROVED_BUILDS)
        with store.lock:
            if not store.approvals_enabled:
                return Response(status_code=204)
            approved = sorted(
                (b for b in store.builds.values() if b.id in store.approved_build_ids), key=lambda b: b.created_at
            )
            items = [build_view(store, b, base_url(request)) for b in approved]
        page, more = apply(items, query)
        return emit(models.ListApprovedBuildsResponse, {"has_more_items": more, "items": page})

    @route(PREFIX + "/builds/approved", "PUT")
    async def approve_builds(request: Request) -> Response:
        body = await json_body(request, models.ApproveBuildsRequest)
        store_of(request).approve_builds(list(dict.fromkeys(body.builds)))
        return Response(status_code=204)

    @route(PREFIX + "/builds/approved", "DELETE")
    async def disable_approved_builds(request: Request) -> Response:
        store_of(request).disable_approvals()
        return Response(status_code=204)

    @route(PREFIX + "/builds/{build_id}", "GET")
    async def read_build(request: Request) -> Response:
        store = store_of(request)
        build = store.get_build(path_id(request, "build_id"))
        with store.lock:
            view = build_view_extended(store, build, base_url(request))
        return emit(models.ReadBuildResponse, view)

    @route(PREFIX + "/job-requests/{build_id}", "POST")
    async def send_build_to_job_request_queue(request: Request) -> Response:
        return await _backlog(request, "job_request")

    @route(PREFIX + "/job-requests/{build_id}", "DELETE")
    async def remove_build_from_job_request_queue(request: Request) -> Response:
        build_id = path_id(request, "build_id", invalid_status=404)
        store_of(request).remove_from_job_requests(build_id)
        return Response(status_code=204)
