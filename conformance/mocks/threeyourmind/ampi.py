"""AMPI parts: their list (the API's other page shape), creation from an upload's token, updates."""

from __future__ import annotations

import io
import json
import zipfile

from . import models, views
from .calls import NO_CONTENT, Call, Reply, created, handles
from .errors import not_found
from .pagination import link_page
from .records import AmpiPart
from .store import AMPI_STATUSES, Store


def _file_uuid(store: Store, token: str | None) -> str | None:
    return store.upload_by_token(token).uuid if token is not None else None


@handles("list_ampi_parts")
def list_parts(call: Call) -> Reply:
    with call.store.lock:
        parts = sorted(call.store.ampi_parts.values(), key=lambda p: p.id)
        page = link_page(parts, call.query.get("page", 1), call.url)
        page["results"] = [views.ampi_part(p) for p in page["results"]]
    return Reply(page)


@handles("create_ampi_part")
def create_part(call: Call) -> Reply:
    body = call.body(models.AmpiPartCreate)
    store = call.store
    with store.lock:
        file_uuid = _file_uuid(store, body.stlFileToken)
        ident = store.next_id("ampi")
        now = store.now()
        part = AmpiPart(
            id=ident,
            short_id=f"P-{ident:04d}",
            branch=body.branch,
            branch_is_advanced=body.branchIsAdvanced,
            values=body.values.model_dump(mode="json"),
            created=now,
            modified=now,
            file_uuid=file_uuid,
            technical_drawing=body.technicalDrawing,
        )
        store.ampi_parts[part.short_id] = part
        return created(views.ampi_part(part))


@handles("get_ampi_part")
def get_part(call: Call) -> Reply:
    with call.store.lock:
        return Reply(views.ampi_part(call.store.ampi_part(call.path["short_id"])))


@handles("update_ampi_part")
def update_part(call: Call) -> Reply:
    body = call.body(models.AmpiPartUpdate)
    store = call.store
    with store.lock:
        part = store.ampi_part(call.path["short_id"])
        if body.stlFileToken is not None:
            part.file_uuid = _file_uuid(store, body.stlFileToken)
        part.values = dict(body.values)
        part.branch_is_advanced = body.branchIsAdvanced
        part.modified = store.now()
        return Reply(views.ampi_part(part))


@handles("bulk_update_ampi_parts")
def bulk_update_parts(call: Call) -> Reply:
    body = call.body(models.AmpiPartsBulkUpdate)
    store = call.store
    with store.lock:
        if body.statusSlug not in AMPI_STATUSES:
            raise not_found("Part status", body.statusSlug)
        parts = [store.ampi_part(short_id) for short_id in body.parts]
        for part in parts:
            part.status_slug = body.statusSlug
            if body.comment:
                part.comments.append(body.comment)
            part.modified = store.now()
        return Reply([views.ampi_part(p) for p in parts])


@handles("bulk_delete_ampi_parts")
def bulk_delete_parts(call: Call) -> Reply:
    body = call.body(models.AmpiPartsBulkDelete)
    store = call.store
    with store.lock:
        parts = [store.ampi_part(short_id) for short_id in body.parts]  # all known, or none deleted
        for part in parts:
            store.ampi_parts.pop(part.short_id, None)
    return NO_CONTENT


@handles("download_ampi_part_files")
def download_part_files(call: Call) -> Reply:
    """A zip of the part's 3D file (when it has one) and its property values."""
    store = call.store
    with store.lock:
        part = store.ampi_part(call.path["short_id"])
        archive = io.BytesIO()
        with zipfile.ZipFile(archive, "w") as folder:
            folder.writestr(f"{part.short_id}.json", json.dumps(part.values, indent=2))
            if part.file_uuid is not None and part.file_uuid in store.uploads:
                upload = store.uploads[part.file_uuid]
                folder.writestr(f"{part.short_id}.stl", upload.data)
    return Reply(content=archive.getvalue())
