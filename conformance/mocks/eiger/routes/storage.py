"""Outside auth: the spec itself and the files the signed URLs of answers point at."""

from __future__ import annotations

import base64
from pathlib import Path

from fastapi import Request
from starlette.responses import Response

from ..errors import ApiError
from ..handling import (
    Register,
    path_id,
    store_of,
)

_PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=="
)


def install(route: Register, spec_file: Path) -> None:
    @route("/openapi.yaml", "GET")
    async def openapi_document(request: Request) -> Response:
        try:
            content = spec_file.read_bytes()
        except OSError as exc:
            raise ApiError(404, f"Spec file not available: {spec_file.name}") from exc
        return Response(content, media_type="application/yaml")

    @route("/mock-storage/builds/{build_id}/preview.png", "GET")
    async def build_preview(request: Request) -> Response:
        build_id = path_id(request, "build_id", invalid_status=404)
        store_of(request).get_build(build_id)
        return Response(_PNG, media_type="image/png")

    @route("/mock-storage/part_versions/{part_version_id}/preview.png", "GET")
    async def part_version_preview(request: Request) -> Response:
        store_of(request).get_part_version(path_id(request, "part_version_id", invalid_status=404))
        return Response(_PNG, media_type="image/png")

    @route("/mock-storage/part_versions/{part_version_id}.stl", "GET")
    async def part_version_stl(request: Request) -> Response:
        version = store_of(request).get_part_version(path_id(request, "part_version_id", invalid_status=404))
        return Response(version.stl, media_type="model/stl")

    @route("/mock-storage/scan_reports/{printed_part_id}.pdf", "GET")
    async def scan_report_file(request: Request) -> Response:
        part = store_of(request).get_printed_part(path_id(request, "printed_part_id", invalid_status=404))
        if part.scan_report is None:
            raise ApiError(404, "Scan report has not been generated")
        return Response(part.scan_report, media_type="application/pdf")
