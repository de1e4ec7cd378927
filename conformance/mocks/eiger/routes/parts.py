"""Parts, part versions, uploads, slicing and settings presets."""

from __future__ import annotations

from uuid import UUID

from fastapi import Request
from starlette.datastructures import UploadFile
from starlette.responses import Response

from .. import models
from ..errors import ApiError
from ..handling import (
    PREFIX,
    Register,
    base_url,
    emit,
    path_id,
    store_of,
)
from ..query import parse_uuid
from ..views import (
    part_version_view,
    part_view,
    storage_url,
)


def install(route: Register) -> None:
    @route(PREFIX + "/parts/upload_stl", "POST")
    async def upload_stl(request: Request) -> Response:
        content_type = request.headers.get("content-type", "")
        if not content_type.lower().startswith("multipart/form-data"):
            raise ApiError(400, "Upload the STL file as multipart/form-data")
        try:
            form = await request.form()
        except Exception as exc:  # python-multipart raises several unrelated types
            raise ApiError(400, f"Malformed multipart body: {exc}") from exc
        stl = form.get("stlFile")
        filename: str | None = None
        if isinstance(stl, UploadFile):
            data = await stl.read()
            filename = stl.filename
        elif isinstance(stl, str):
            data = stl.encode()
        else:
            raise ApiError(400, "stlFile is required")

        def optional_uuid(name: str) -> UUID | None:
            value = form.get(name)
            if value is None:
                return None
            if not isinstance(value, str) or parse_uuid(value) is None:
                raise ApiError(400, f"Invalid {name}: expected a UUID")
            return UUID(value)

        title = form.get("title")
        if title is not None and not isinstance(title, str):
            raise ApiError(400, "Invalid title: expected a string")
        slice_job, version = store_of(request).upload_stl(
            stl=data,
            filename=filename,
            title=title,
            user_id=optional_uuid("userId"),
            folder_id=optional_uuid("folderId"),
            settings_preset_id=optional_uuid("settingsPresetId"),
        )
        return emit(
            models.UploadStlResponse,
            {"slice_job_id": slice_job.id, "part_version_id": version.id},
            201,
        )

    @route(PREFIX + "/parts/settings_presets", "GET")
    async def get_org_settings_presets(request: Request) -> Response:
        store = store_of(request)
        presets = [{"id": p.id, "title": p.title} for p in store.settings_presets.values()]
        return emit(models.OrgSettingsPresetsResponse, presets)

    @route(PREFIX + "/parts/slice_status/{slice_job_id}", "GET")
    async def get_slice_status(request: Request) -> Response:
        status = store_of(request).read_slice_status(path_id(request, "slice_job_id"))
        return emit(models.SliceStatusResponse, {"status": status})

    @route(PREFIX + "/parts/{part_id}", "GET")
    async def read_part(request: Request) -> Response:
        store = store_of(request)
        part = store.get_part(path_id(request, "part_id"))
        return emit(models.ReadPartResponse, part_view(store, part.id))

    @route(PREFIX + "/part_versions/{part_version_id}", "GET")
    async def read_part_version(request: Request) -> Response:
        store = store_of(request)
        version = store.get_part_version(path_id(request, "part_version_id"))
        return emit(models.ReadPartVersionResponse, part_version_view(store, version, base_url(request)))

    @route(PREFIX + "/part_versions/{part_version_id}/download", "GET")
    async def read_signed_url(request: Request) -> Response:
        version = store_of(request).get_part_version(path_id(request, "part_version_id"))
        url = storage_url(base_url(request), f"part_versions/{version.id}.stl").replace("3600", "30")
        return emit(models.ReadSignedURLResponse, {"url": url})
