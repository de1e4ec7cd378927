"""Render store objects into the spec's view shapes (plain dicts, before JSON encoding).

Optional, non-nullable properties are left out rather than set to null; required
nullable ones are always present.
"""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from .store import Build, Device, PartVersion, PrintedPart, PrintJob, QueuedJob, Store, User

TIMESPANS: dict[str, timedelta | None] = {
    "day": timedelta(days=1),
    "week": timedelta(weeks=1),
    "month": timedelta(days=30),
    "quarter": timedelta(days=91),
    "year": timedelta(days=365),
    "all_time": None,
}


def storage_url(base: str, path: str) -> str:
    # Signed URLs point back at the mock so clients can really download them.
    return f"{base.rstrip('/')}/mock-storage/{path}?signature=mock&expires_in=3600"


def _optional(target: dict[str, Any], **values: Any) -> dict[str, Any]:
    target.update({k: v for k, v in values.items() if v is not None})
    return target


def build_view(store: Store, build: Build, base: str) -> dict[str, Any]:
    view: dict[str, Any] = {
        "id": build.id,
        "title": build.title,
        "created_at": build.created_at,
        "updated_at": build.updated_at,
        "part_count": build.part_count,
        "preview_url": storage_url(base, f"builds/{build.id}/preview.png"),
        "device_series": build.device_series,
        "primary_material": build.primary_material,
        "secondary_material": build.secondary_material,
        "ccs_primary_required": build.ccs_primary_required,
        "ccs_secondary_required": build.ccs_secondary_required,
        "ccs_tertiary_required": build.ccs_tertiary_required,
        "ccs_fiber_required": build.ccs_fiber_required,
        "estimated_print_seconds": build.estimated_print_seconds,
        "sliced": build.sliced,
        "blacksmith_enabled": build.blacksmith_enabled,
        "approved": store.approval(build),
    }
    return _optional(view, standard_costs=build.standard_costs, custom_costs=build.custom_costs)


def build_view_extended(store: Store, build: Build, base: str) -> dict[str, Any]:
    view = build_view(store, build, base)
    view["part_versions"] = [
        part_version_view(store, store.part_versions[pv], base)
        for pv in build.part_version_ids
        if pv in store.part_versions
    ]
    view["poses"] = [dict(pose) for pose in build.poses]
    return view


def part_version_view(store: Store, version: PartVersion, base: str) -> dict[str, Any]:
    return {
        "id": version.id,
        "part_id": version.part_id,
        "title": version.title,
        "description": version.description,
        "version_number": version.version_number,
        "preview_url": storage_url(base, f"part_versions/{version.id}/preview.png"),
        "sliced": store.is_sliced(version),
        "device_series": version.device_series,
        "primary_material": version.primary_material,
        "secondary_material": version.secondary_material,
        "settings": {
            "scale": version.settings["scale"],
            "euler": dict(version.settings["euler"]),
            "units": version.settings["units"],
        },
    }


def part_view(store: Store, part_id: UUID) -> dict[str, Any]:
    part = store.parts[part_id]
    return {
        "id": part.id,
        "created_at": part.created_at,
        "updated_at": part.updated_at,
        "cloned_from": part.cloned_from,
        "latest_partversion": part.part_version_ids[-1] if part.part_version_ids else None,
        "part_versions": list(part.part_version_ids),
    }


def queue_stats(store: Store, device: Device) -> tuple[int, float]:
    queue = store.queue_of(device.id)
    seconds = sum(store.builds[q.build_id].estimated_print_seconds or 0.0 for q in queue if q.build_id in store.builds)
    return len(queue), float(seconds)


def device_view(store: Store, device: Device) -> dict[str, Any]:
    length, seconds = queue_stats(store, device)
    view: dict[str, Any] = {
        "id": device.id,
        "name": device.name,
        "device_type": device.device_type,
        "device_series": device.device_series,
        "created_at": device.created_at,
        "updated_at": device.updated_at,
        "queue_estimated_time_seconds": seconds,
        "queue_length": length,
    }
    # An offline device of a real account leaves out its material keys entirely (not null).
    if device.state != "Offline":
        view["loaded_primary_material"] = device.loaded_primary_material
        view["loaded_secondary_material"] = device.loaded_secondary_material
        view["ccs_primary_remaining"] = device.ccs_primary_remaining
        view["ccs_secondary_remaining"] = device.ccs_secondary_remaining
    view["state"] = device.state
    return view


def device_view_extended(store: Store, device: Device, base: str) -> dict[str, Any]:
    view = device_view(store, device)
    job = store.print_jobs.get(device.active_job_id) if device.active_job_id else None
    if job is not None:
        active = {**print_job_view(job), **device_status(job)}
        active["build"] = build_view(store, store.builds[job.build_id], base)
        view["active_job"] = active
    if device.maintenance_status is not None:
        view["maintenance_status"] = [dict(item) for item in device.maintenance_status]
    return view


def print_job_view(job: PrintJob) -> dict[str, Any]:
    return {
        "id": job.id,
        "state": job.state,
        "queued_at": job.queued_at,
        "created_at": job.created_at,
        "started_at": job.started_at,
        "updated_at": job.updated_at,
        "ended_at": job.ended_at,
    }


def device_status(job: PrintJob) -> dict[str, Any]:
    status: dict[str, Any] = {
        "current_layer": job.current_layer,
        "layer_count": job.layer_count,
        "progress": job.progress,
        "estimated_seconds_remaining": job.estimated_seconds_remaining,
    }
    return _optional(status, printing_state=job.printing_state)


def person(user: User | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {"id": user.id, "email": user.email, "name": user.name}


def print_job_view_extended(store: Store, job: PrintJob, base: str) -> dict[str, Any]:
    view = {**print_job_view(job), **device_status(job)}
    view["build"] = build_view(store, store.builds[job.build_id], base)
    device = store.devices.get(job.device_id) if job.device_id else None
    view["device"] = device_view(store, device) if device else None
    if job.source is not None:
        view["source"] = job.source
    # Every print job of a real account has `requester: null` (conformance/corpus/eiger/).
    view["requester"] = None
    # Not nullable in the spec: absent when nobody initiated the print.
    return _optional(view, initiator=person(store.users.get(job.initiator_id) if job.initiator_id else None))


def queued_view(job: QueuedJob) -> dict[str, Any]:
    return {"id": job.id, "state": job.state, "queued_at": job.queued_at, "updated_at": job.updated_at}


def user_view(user: User | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {"id": user.id, "name": user.name, "email": user.email}


def queued_view_extended(store: Store, job: QueuedJob, base: str) -> dict[str, Any]:
    view = queued_view(job)
    view["build"] = build_view(store, store.builds[job.build_id], base)
    view["requester"] = user_view(store.users.get(job.requester_id) if job.requester_id else None)
    return view


def full_user(user: User) -> dict[str, Any]:
    return {
        "id": user.id,
        "name": user.name,
        "email": user.email,
        "created_at": user.created_at,
        "updated_at": user.updated_at,
    }


def printed_part_view_extended(store: Store, part: PrintedPart, base: str) -> dict[str, Any]:
    job = store.print_jobs[part.print_job_id]
    view: dict[str, Any] = {
        "id": part.id,
        "state": part.state,
        "notes": part.notes,
        "printed_at": part.printed_at,
        "updated_at": part.updated_at,
    }
    view["print_job"] = {**print_job_view(job), "build": build_view(store, store.builds[job.build_id], base)}
    return view


def scan_report_url(base: str, part: PrintedPart) -> str | None:
    if part.scan_report is None:
        return None
    return storage_url(base, f"scan_reports/{part.id}.pdf")


# -- dashboard ---------------------------------------------------------------

CSV_COLUMNS = (
    "device_id",
    "device_name",
    "device_type",
    "device_series",
    "print_jobs",
    "completed",
    "failed",
    "canceled",
    "print_hours",
    "utilization_percent",
    "primary_material_cc",
)


def _overlap(start: datetime, end: datetime, low: datetime | None, high: datetime) -> float:
    lower = max(start, low) if low is not None else start
    upper = min(end, high)
    return max(0.0, (upper - lower).total_seconds())


def custom_analytics_csv(store: Store, timespan: str) -> str:
    """Per-device print activity over the trailing ``timespan``."""
    length = TIMESPANS[timespan]
    now = store.now
    since = now - length if length is not None else None
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for device in sorted(store.devices.values(), key=lambda d: d.name.casefold()):
        jobs = [
            j
            for j in store.print_jobs.values()
            if j.device_id == device.id
            and j.started_at is not None
            and _overlap(j.started_at, j.ended_at or now, since, now) > 0
        ]
        busy = sum(_overlap(j.started_at, j.ended_at or now, since, now) for j in jobs if j.started_at)
        window = (length.total_seconds() if length is not None else (now - device.created_at).total_seconds()) or 1.0
        material = sum(
            store.builds[j.build_id].ccs_primary_required or 0.0 for j in jobs if j.state in ("Completed", "Printing")
        )
        writer.writerow(
            (
                device.id,
                device.name,
                device.device_type,
                device.device_series,
                len(jobs),
                sum(j.state == "Completed" for j in jobs),
                sum(j.state == "Failed" for j in jobs),
                sum(j.state == "Canceled" for j in jobs),
                f"{busy / 3600:.2f}",
                f"{min(100.0, 100.0 * busy / window):.2f}",
                f"{material:.2f}",
            )
        )
    return out.getvalue()
