# Copied from overlays/eiger/_results.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""What the Eiger workflows return, and the arithmetic they share (sync and async alike)."""

from __future__ import annotations

import datetime
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from .types import Unset


@dataclass(frozen=True)
class QueueInfo:
    """A device's queue as the vendor's 'queue information' example program reports it."""

    device_id: UUID
    length: int
    estimated_seconds: float
    primary_remaining_cm3: float
    secondary_remaining_cm3: float
    job_ids: tuple[UUID, ...]


@dataclass(frozen=True)
class Utilization:
    """How much of a period a device spent printing."""

    device_id: UUID
    start: datetime.datetime
    end: datetime.datetime
    printing_seconds: float
    jobs: int

    @property
    def ratio(self) -> float:
        period = (self.end - self.start).total_seconds()
        return self.printing_seconds / period if period > 0 else 0.0


@dataclass(frozen=True)
class PrintStarted:
    """A print job the device confirmed as its active job."""

    print_job_id: UUID
    device_id: UUID
    device: Any  # ReadDeviceResponse, as last polled


def value(field: Any) -> Any:
    """A model field, with the generated `Unset` sentinel read as None."""
    return None if isinstance(field, Unset) else field


def queue_info(listing: Any) -> QueueInfo:
    """Remaining material = the device's remaining cm³ minus each queued build's requirement."""
    device = listing.device
    primary = value(device.ccs_primary_remaining) or 0.0
    secondary = value(device.ccs_secondary_remaining) or 0.0
    for job in listing.queue:
        build = value(getattr(job, "build", None))
        if build is not None:
            primary -= value(build.ccs_primary_required) or 0.0
            secondary -= value(build.ccs_secondary_required) or 0.0
    return QueueInfo(
        device_id=device.id,
        length=value(device.queue_length) or len(listing.queue),
        estimated_seconds=value(device.queue_estimated_time_seconds) or 0.0,
        primary_remaining_cm3=primary,
        secondary_remaining_cm3=secondary,
        job_ids=tuple(job.id for job in listing.queue),
    )


def aware(moment: datetime.datetime) -> datetime.datetime:
    """Naive datetimes are taken as UTC, so comparisons with the API's never fail."""
    return moment if moment.tzinfo else moment.replace(tzinfo=datetime.UTC)


def utilization(
    device_id: UUID, start: datetime.datetime, end: datetime.datetime, jobs: Iterable[Any], now: datetime.datetime
) -> Utilization:
    """Sum each job's printing time clipped to [start, end); a job still running counts until now."""
    start, end, now = aware(start), aware(end), aware(now)
    total = 0.0
    count = 0
    for job in jobs:
        started = value(job.started_at)
        if started is None:
            continue
        ended = value(job.ended_at) or now
        overlap = (min(aware(ended), end) - max(aware(started), start)).total_seconds()
        if overlap > 0:
            total += overlap
            count += 1
    return Utilization(device_id=device_id, start=start, end=end, printing_seconds=total, jobs=count)


def count_states(jobs: Iterable[Any]) -> dict[str, int]:
    counts = Counter(str(getattr(job.state, "value", job.state)) for job in jobs)
    return dict(sorted(counts.items()))


def is_available(device: Any, build: Any) -> bool:
    """Ready, of the build's series, with the build's primary material loaded (when both say)."""
    if str(value(device.state) or "") != "Ready":
        return False
    if str(device.device_series) != str(build.device_series):
        return False
    wanted = value(build.primary_material)
    loaded = value(device.loaded_primary_material)
    return not (wanted and loaded and wanted != loaded)


def active_job_id(device: Any) -> UUID | None:
    job = value(getattr(device, "active_job", None))
    return None if job is None else value(job.id)
