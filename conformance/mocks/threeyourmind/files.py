"""3D file uploads, their analysis status, measurements, printability and download."""

from __future__ import annotations

import json
import secrets
import uuid
from pathlib import PurePath
from typing import Any

from . import models, views
from .analysis import measure
from .baskets import editable, line_of, new_basket, new_line, touch
from .calls import Call, Reply, created, handles
from .errors import conflict, not_found
from .records import Upload
from .store import Store

_FAILED = "The file could not be processed. Make sure it is a valid 3D Model."


def read_status(store: Store, upload: Upload) -> str:
    """One status read: the first `analysis_reads` of them answer `analysing`."""
    with store.lock:
        upload.reads += 1
        if upload.reads <= store.analysis_reads:
            return "analysing"
        return views.analysis_status(store, upload)


def _analysed(store: Store, upload: Upload) -> Upload:
    state = views.analysis_status(store, upload)
    if state == "analysing":
        raise conflict(f"File {upload.uuid} is still being analysed.")
    if state == "error":
        raise conflict(f"File {upload.uuid} could not be analysed: {_FAILED}")
    return upload


@handles("upload_file")
def upload_file(call: Call) -> Reply:
    body = call.body(models.FileUploadRequest)
    assert call.parsed is not None
    part_name, data = call.parsed.files["file"]
    filename = body.filename or part_name or "model.stl"
    store = call.store
    basket_id, line_id = call.query.get("basket_id"), call.query.get("line_id")
    with store.lock:
        line = store.lines.get(line_id) if line_id is not None else None
        if line_id is not None and (line is None or basket_id not in (None, line.basket_id)):
            raise not_found("Line", line_id)
        holder: int | None = line.basket_id if line is not None else basket_id
        basket = editable(store.basket(holder)) if holder is not None else None
        upload = Upload(
            uuid=str(uuid.uuid4()),
            data=data,
            unit=body.unit.value,
            filename=filename,
            origin=body.origin,
            geometry=measure(data, body.unit.value),
            token=secrets.token_urlsafe(16),
            created=store.now(),
        )
        store.uploads[upload.uuid] = upload
        # Without a basket (way 1 and 3 of the docs) the file lands in a new basket of its own.
        basket = basket or new_basket(store, title=PurePath(filename).stem)
        line = line or new_line(store, basket)
        line.file_uuid = upload.uuid
        line.name = line.name or PurePath(filename).stem
        line.offer_id = None  # prices and printability follow the file: pick again
        touch(store, basket)
    return created({"url": f"{call.origin}/en/basket/{basket.id}/?token={upload.token}", "uuid": upload.uuid})


@handles("get_basket_line_file_status", "get_service_basket_line_file_status")
def line_file_status(call: Call) -> Reply:
    store = call.store
    with store.lock:
        line = line_of(call)
        if line.file_uuid is None:
            raise conflict(f"Line {line.id} has no file yet: upload one into it first.")
        upload = store.upload(line.file_uuid)
    return Reply({"uuid": upload.uuid, "status": read_status(store, upload)})


@handles("get_file_optimization_status")
def optimization_status(call: Call) -> Reply:
    upload = call.store.upload(call.path["uuid"])
    state = read_status(call.store, upload)
    if state == "analysing":
        return Reply({"status": "analysing", "message": "The file is being analysed."})
    if state == "error":
        return Reply({"status": "failed", "message": _FAILED})
    return Reply({"status": "finished", "message": "The file was analysed."})


@handles("get_file_parameter")
def file_parameter(call: Call) -> Reply:
    upload = _analysed(call.store, call.store.upload(call.path["uuid"]))
    assert upload.geometry is not None
    measured = views.geometry(upload.geometry)
    return Reply({"original": measured, "optimized": dict(measured), "unit": upload.unit})


def _printability(upload: Upload, query: dict[str, Any]) -> dict[str, Any]:
    assert upload.geometry is not None
    criteria: dict[str, Any] = {"readable": {"passed": True}}
    names = [f"buildChamber{side}" for side in ("Width", "Height", "Depth")]
    chamber = [float(query[name]) for name in names if name in query]
    if len(chamber) == 3:
        fits = all(a <= b for a, b in zip(sorted(upload.geometry.size), sorted(chamber), strict=True))
        criteria["buildChamber"] = {"passed": fits, "size": views.geometry(upload.geometry)}
    if query.get("materialMinimumWallThickness") is not None:
        # The mock measures no walls: a part is taken to have walls as thick as its thinnest extent.
        thinnest = min(upload.geometry.size)
        criteria["wallThickness"] = {"passed": thinnest >= query["materialMinimumWallThickness"]}
    return criteria


@handles("get_file_printability")
def file_printability(call: Call) -> Reply:
    upload = _analysed(call.store, call.store.upload(call.path["uuid"]))
    return Reply({"criteria": _printability(upload, dict(call.query))})


@handles("download_file")
def download_file(call: Call) -> Reply:
    store = call.store
    container, container_id, file_uuid = call.path["container_name"], call.path["container_id"], call.path["uuid"]
    with store.lock:
        upload = store.upload(file_uuid)
        if file_uuid not in _files_of(store, container, container_id):
            raise not_found("File", file_uuid)
    if call.path["path_suffix"] == "printability":
        report = _printability(_analysed(store, upload), {})
        return Reply(content=json.dumps({"criteria": report}).encode())
    return Reply(content=upload.data)


def _files_of(store: Store, container: str, container_id: int) -> set[str]:
    """The uuids of the files a container holds (404 when the container does not exist)."""
    if container == "basket":
        basket = store.basket(container_id)
        return {store.lines[i].file_uuid or "" for i in basket.line_ids}
    if container == "order":
        return {str(line.get("fileUuid")) for line in store.order(container_id).lines}
    if container == "quote":
        return {str(line.get("fileUuid")) for line in store.quote(container_id).lines}
    raise not_found(container.capitalize(), container_id)
