"""In-memory state of the Eiger mock, seeded with a small deterministic organization.

It answers in the shapes real accounts were seen to send (`conformance/corpus/eiger/`): every print
job's `requester` is null, an offline device leaves out its material keys and `active_job`, and a
build's `approved` is null while approvals are off. `Store(real_account=True)` seeds the size and
mix of a recorded live account instead: 10 devices (FX10 and Sinter-1 among them, three offline),
195 print jobs, approvals off.

Everything is derived from fixed uuid5 names and fixed timestamps so that two
fresh stores are identical; ids minted at runtime come from a counter, and the
clock only moves when the store changes.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any, Literal
from uuid import UUID, uuid5

from ..kit import found

NAMESPACE = UUID("6f1b8a3e-2c4d-5e6f-8a9b-0c1d2e3f4a5b")

SEED_NOW = datetime(2024, 6, 1, 12, 0, 0, tzinfo=UTC)

SLICE_PROGRESSION = ("REQUESTED", "QUEUED", "IN_PROGRESS", "COMPLETED")

# How a print job entered the system; decides which endpoints may remove it.
Channel = Literal["device", "backlog", "job_request"]


def seeded_id(kind: str, name: str) -> UUID:
    """The id a seeded object of ``kind`` called ``name`` gets."""
    return uuid5(NAMESPACE, f"{kind}:{name}")


def _at(days: float, hours: float = 0.0) -> datetime:
    # Seed timestamps are expressed relative to the fixed seed clock.
    return SEED_NOW - timedelta(days=days, hours=hours)


class StoreError(Exception):
    """A request that the state cannot satisfy; ``kind`` picks the HTTP answer."""

    def __init__(self, kind: Literal["bad_request", "not_found", "conflict"], message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def _not_found(what: str) -> StoreError:
    return StoreError("not_found", f"{what} not found")


@dataclass
class User:
    id: UUID
    name: str
    email: str
    created_at: datetime
    updated_at: datetime


@dataclass
class Build:
    id: UUID
    title: str
    created_at: datetime
    updated_at: datetime
    part_count: int
    device_series: str
    primary_material: str
    secondary_material: str
    ccs_primary_required: float | None
    ccs_secondary_required: float | None
    ccs_tertiary_required: float | None
    ccs_fiber_required: float | None
    estimated_print_seconds: float | None
    sliced: bool
    blacksmith_enabled: bool
    part_version_ids: list[UUID] = field(default_factory=list)
    poses: list[dict[str, Any]] = field(default_factory=list)
    standard_costs: dict[str, float | None] | None = None
    custom_costs: dict[str, float | None] | None = None


@dataclass
class Device:
    id: UUID
    name: str
    device_type: str
    device_series: str
    created_at: datetime
    updated_at: datetime
    state: str
    loaded_primary_material: str | None
    loaded_secondary_material: str | None
    ccs_primary_remaining: float | None
    ccs_secondary_remaining: float | None
    active_job_id: UUID | None = None
    maintenance_status: list[dict[str, Any]] | None = None


@dataclass
class QueuedJob:
    id: UUID
    device_id: UUID
    build_id: UUID
    state: str
    queued_at: datetime
    updated_at: datetime
    requester_id: UUID | None


@dataclass
class PrintJob:
    id: UUID
    build_id: UUID
    device_id: UUID | None
    state: str
    channel: Channel
    created_at: datetime
    updated_at: datetime
    queued_at: datetime | None = None
    started_at: datetime | None = None
    ended_at: datetime | None = None
    printing_state: str | None = None
    current_layer: int | None = None
    layer_count: int | None = None
    progress: float | None = None
    estimated_seconds_remaining: int | None = None
    source: str | None = None
    initiator_id: UUID | None = None
    due_date: str | None = None


@dataclass
class PrintedPart:
    id: UUID
    print_job_id: UUID
    state: str | None
    notes: str | None
    printed_at: datetime | None
    updated_at: datetime | None
    scan_report: bytes | None = None


@dataclass
class Part:
    id: UUID
    created_at: datetime
    updated_at: datetime
    cloned_from: UUID | None
    part_version_ids: list[UUID] = field(default_factory=list)


@dataclass
class PartVersion:
    id: UUID
    part_id: UUID
    title: str
    description: str | None
    version_number: int
    device_series: str
    primary_material: str
    secondary_material: str
    settings: dict[str, Any]
    stl: bytes
    created_at: datetime
    slice_job_id: UUID | None = None
    settings_preset_id: UUID | None = None
    owner_id: UUID | None = None
    folder_id: UUID | None = None


@dataclass
class SliceJob:
    id: UUID
    part_version_id: UUID
    # Number of status reads so far; the reported status advances one step per read.
    reads: int = 0
    terminal: str | None = None

    @property
    def status(self) -> str:
        if self.terminal is not None:
            return self.terminal
        return SLICE_PROGRESSION[min(self.reads, len(SLICE_PROGRESSION) - 1)]


@dataclass
class SettingsPreset:
    id: UUID
    title: str


_TINY_STL = (
    b"solid cube\n"
    b"  facet normal 0 0 -1\n    outer loop\n"
    b"      vertex 0 0 0\n      vertex 1 0 0\n      vertex 0 1 0\n"
    b"    endloop\n  endfacet\n"
    b"endsolid cube\n"
)


def _scan_report_pdf(printed_part_id: UUID) -> bytes:
    return b"%PDF-1.4\n% mock inspection report for printed part " + str(printed_part_id).encode() + b"\n%%EOF\n"


class Store:
    """All mutable state behind the mock; every method is safe to call from any thread."""

    def __init__(self, *, real_account: bool = False) -> None:
        self.lock = threading.RLock()
        self.now = SEED_NOW
        self._counter = 0
        self._reference = 1000
        self.users: dict[UUID, User] = {}
        self.builds: dict[UUID, Build] = {}
        self.devices: dict[UUID, Device] = {}
        self.queues: dict[UUID, list[QueuedJob]] = {}
        self.print_jobs: dict[UUID, PrintJob] = {}
        self.printed_parts: dict[UUID, PrintedPart] = {}
        self.parts: dict[UUID, Part] = {}
        self.part_versions: dict[UUID, PartVersion] = {}
        self.slice_jobs: dict[UUID, SliceJob] = {}
        self.settings_presets: dict[UUID, SettingsPreset] = {}
        self.approvals_enabled = True
        self.approved_build_ids: set[UUID] = set()
        self.owner_id: UUID
        _seed(self, real_account)

    # -- bookkeeping -------------------------------------------------------

    def tick(self) -> datetime:
        """Advance the mock clock by one second and return the new time."""
        self.now += timedelta(seconds=1)
        return self.now

    def new_id(self, kind: str) -> UUID:
        self._counter += 1
        return uuid5(NAMESPACE, f"runtime:{kind}:{self._counter}")

    def next_reference(self) -> int:
        """A fresh X-Reference-ID for an error response."""
        with self.lock:
            self._reference += 1
            return self._reference

    # -- lookups -----------------------------------------------------------

    def get_build(self, build_id: UUID) -> Build:
        return found(self.builds, build_id, "Build", _not_found)

    def get_device(self, device_id: UUID) -> Device:
        return found(self.devices, device_id, "Device", _not_found)

    def get_print_job(self, print_job_id: UUID) -> PrintJob:
        return found(self.print_jobs, print_job_id, "Print job", _not_found)

    def get_printed_part(self, printed_part_id: UUID) -> PrintedPart:
        return found(self.printed_parts, printed_part_id, "Printed part", _not_found)

    def get_part(self, part_id: UUID) -> Part:
        return found(self.parts, part_id, "Part", _not_found)

    def get_part_version(self, part_version_id: UUID) -> PartVersion:
        return found(self.part_versions, part_version_id, "Part version", _not_found)

    def get_user(self, user_id: UUID) -> User:
        return found(self.users, user_id, "User", _not_found)

    def get_queued_job(self, device_id: UUID, queued_job_id: UUID) -> QueuedJob:
        self.get_device(device_id)
        for job in self.queues.get(device_id, []):
            if job.id == queued_job_id:
                return job
        raise StoreError("not_found", f"Queued job {queued_job_id} not found in device {device_id} queue")

    def is_approved(self, build: Build) -> bool:
        # With approvals disabled every build is approved by default.
        return not self.approvals_enabled or build.id in self.approved_build_ids

    def approval(self, build: Build) -> bool | None:
        """What a build's `approved` says: null while approvals are off (printable by default), as
        real accounts send it."""
        return build.id in self.approved_build_ids if self.approvals_enabled else None

    def is_sliced(self, version: PartVersion) -> bool:
        if version.slice_job_id is None:
            return True
        job = self.slice_jobs.get(version.slice_job_id)
        return job is None or job.status == "COMPLETED"

    def queue_of(self, device_id: UUID) -> list[QueuedJob]:
        return list(self.queues.get(device_id, []))

    def printed_parts_of(self, print_job_id: UUID) -> list[PrintedPart]:
        return [p for p in self.printed_parts.values() if p.print_job_id == print_job_id]

    # -- builds ------------------------------------------------------------

    def approve_builds(self, build_ids: list[UUID]) -> None:
        """Replace the approved set; unknown ids reject the whole request."""
        with self.lock:
            for build_id in build_ids:
                self.get_build(build_id)
            self.approvals_enabled = True
            self.approved_build_ids = set(build_ids)
            now = self.tick()
            for build in self.builds.values():
                build.updated_at = now

    def disable_approvals(self) -> None:
        with self.lock:
            self.approvals_enabled = False
            self.approved_build_ids = set()
            self.tick()

    def send_to_backlog(self, build_id: UUID, due_date: str | None, channel: Channel) -> PrintJob:
        with self.lock:
            build = self.get_build(build_id)
            now = self.tick()
            job = PrintJob(
                id=self.new_id("print_job"),
                build_id=build.id,
                device_id=None,
                state="Backlogged",
                channel=channel,
                created_at=now,
                updated_at=now,
                source="api",
                due_date=due_date,
            )
            self.print_jobs[job.id] = job
            return job

    def remove_from_job_requests(self, build_id: UUID) -> int:
        """Delete the build's job-request print jobs; returns how many went."""
        with self.lock:
            self.get_build(build_id)
            doomed = [
                job.id
                for job in self.print_jobs.values()
                if job.build_id == build_id and job.channel == "job_request" and job.state == "Backlogged"
            ]
            for job_id in doomed:
                del self.print_jobs[job_id]
            if doomed:
                self.tick()
            return len(doomed)

    # -- devices -----------------------------------------------------------

    def _check_compatible(self, device: Device, build: Build) -> None:
        if build.device_series != device.device_series:
            raise StoreError(
                "bad_request",
                f"Build {build.id} ({build.device_series}) is not compatible with device {device.name} "
                f"({device.device_series})",
            )

    def print_to_printer(self, device_id: UUID, build_id: UUID) -> PrintJob:
        with self.lock:
            device = self.get_device(device_id)
            build = self.get_build(build_id)
            if not build.sliced:
                raise StoreError("bad_request", f"Build {build.id} has not been sliced")
            self._check_compatible(device, build)
            if not self.is_approved(build):
                raise StoreError("bad_request", f"Build {build.id} is not approved for printing")
            if device.state != "Ready" or device.active_job_id is not None:
                raise StoreError("conflict", f"Device {device.name} is not ready to print (state: {device.state})")
            now = self.tick()
            job = PrintJob(
                id=self.new_id("print_job"),
                build_id=build.id,
                device_id=device.id,
                state="Printing",
                channel="device",
                created_at=now,
                updated_at=now,
                queued_at=now,
                started_at=now,
                printing_state="Downloading",
                current_layer=None,
                layer_count=None,
                progress=0.0,
                estimated_seconds_remaining=(
                    int(build.estimated_print_seconds) if build.estimated_print_seconds is not None else None
                ),
                source="api",
                initiator_id=self.owner_id,
            )
            self.print_jobs[job.id] = job
            device.active_job_id = job.id
            device.state = "Printing"
            device.updated_at = now
            return job

    def finish_active_job(self, device_id: UUID, state: str = "Completed") -> PrintJob:
        """Test hook: end the device's running job and make the printer ready again."""
        with self.lock:
            device = self.get_device(device_id)
            if device.active_job_id is None:
                raise StoreError("conflict", f"Device {device.name} has no active job")
            job = self.print_jobs[device.active_job_id]
            now = self.tick()
            job.state = state
            job.ended_at = now
            job.updated_at = now
            job.printing_state = None
            job.progress = 100.0 if state == "Completed" else job.progress
            job.estimated_seconds_remaining = 0
            build = self.builds.get(job.build_id)
            for _ in range(build.part_count if build else 1):
                part = PrintedPart(
                    id=self.new_id("printed_part"),
                    print_job_id=job.id,
                    state="Printed" if state == "Completed" else "Print Failed",
                    notes=None,
                    printed_at=now,
                    updated_at=now,
                )
                self.printed_parts[part.id] = part
            device.active_job_id = None
            device.state = "Ready"
            device.updated_at = now
            return job

    def append_to_queue(self, device_id: UUID, build_id: UUID) -> QueuedJob:
        with self.lock:
            device = self.get_device(device_id)
            # Any existing build may wait in a queue; compatibility is checked when it is sent to print.
            build = self.get_build(build_id)
            now = self.tick()
            job = QueuedJob(
                id=self.new_id("queued_job"),
                device_id=device.id,
                build_id=build.id,
                state="Queued",
                queued_at=now,
                updated_at=now,
                requester_id=self.owner_id,
            )
            self.queues.setdefault(device.id, []).append(job)
            device.updated_at = now
            return job

    def remove_from_queue(self, device_id: UUID, queued_job_id: UUID) -> None:
        with self.lock:
            job = self.get_queued_job(device_id, queued_job_id)
            self.queues[device_id].remove(job)
            self.devices[device_id].updated_at = self.tick()

    # -- parts -------------------------------------------------------------

    def upload_stl(
        self,
        *,
        stl: bytes,
        filename: str | None,
        title: str | None,
        user_id: UUID | None,
        folder_id: UUID | None,
        settings_preset_id: UUID | None,
    ) -> tuple[SliceJob, PartVersion]:
        with self.lock:
            # Folders are not modelled, so any folder id is accepted.
            if user_id is not None:
                self.get_user(user_id)
            if settings_preset_id is not None and settings_preset_id not in self.settings_presets:
                raise StoreError("not_found", f"Settings preset {settings_preset_id} not found")
            now = self.tick()
            part = Part(id=self.new_id("part"), created_at=now, updated_at=now, cloned_from=None)
            if not title:
                title = filename.rsplit(".", 1)[0] if filename else "Untitled Part"
            version = PartVersion(
                id=self.new_id("part_version"),
                part_id=part.id,
                title=title,
                description=None,
                version_number=1,
                device_series="Industrial Series",
                primary_material="Onyx",
                secondary_material="None",
                settings={"scale": 1.0, "euler": {"x": 0.0, "y": 0.0, "z": 0.0}, "units": "mm"},
                stl=stl,
                created_at=now,
                settings_preset_id=settings_preset_id,
                owner_id=user_id or self.owner_id,
                folder_id=folder_id,
            )
            slice_job = SliceJob(id=self.new_id("slice_job"), part_version_id=version.id)
            version.slice_job_id = slice_job.id
            part.part_version_ids.append(version.id)
            self.parts[part.id] = part
            self.part_versions[version.id] = version
            self.slice_jobs[slice_job.id] = slice_job
            return slice_job, version

    def read_slice_status(self, slice_job_id: UUID) -> str:
        """Report the slice job's status, then move it one step along."""
        with self.lock:
            job = self.slice_jobs.get(slice_job_id)
            if job is None:
                raise StoreError("not_found", f"Slice job {slice_job_id} not found")
            status = job.status
            job.reads += 1
            if job.status != status:
                version = self.part_versions.get(job.part_version_id)
                if version is not None:
                    now = self.tick()
                    self.parts[version.part_id].updated_at = now
            return status

    # -- printed parts -----------------------------------------------------

    def request_scan_report(self, printed_part_id: UUID) -> bytes | None:
        """Return the printed part's report; asking for a missing one generates it for next time."""
        with self.lock:
            part = self.get_printed_part(printed_part_id)
            if part.scan_report is not None:
                return part.scan_report
            job = self.print_jobs.get(part.print_job_id)
            build = self.builds.get(job.build_id) if job else None
            if build is not None and build.blacksmith_enabled and part.state not in (None, "Printing"):
                part.scan_report = _scan_report_pdf(part.id)
                part.updated_at = self.tick()
            return None


# -- seed data --------------------------------------------------------------


# What each seeded build and device is; the seed functions below add the derived fields.
_BUILD_SPECS: list[dict[str, Any]] = [
    {
        "title": "Build01",
        "age": 150,
        "part_count": 2,
        "device_series": "Industrial Series",
        "primary_material": "Onyx",
        "secondary_material": "Carbon Fiber",
        "ccs": (42.5, 8.25, None, 8.25),
        "seconds": 5.5 * 3600,
        "blacksmith": True,
        "parts": ["clamp-jaw"],
        "approved": True,
    },
    {
        "title": "Bracket Batch",
        "age": 120,
        "part_count": 4,
        "device_series": "Desktop Series",
        "primary_material": "Onyx",
        "secondary_material": "None",
        "ccs": (18.0, None, None, None),
        "seconds": 3 * 3600,
        "blacksmith": False,
        "parts": ["bracket"],
        "approved": True,
    },
    {
        "title": "Gear Housing",
        "age": 90,
        "part_count": 1,
        "device_series": "Industrial Series",
        "primary_material": "Onyx",
        "secondary_material": "Kevlar",
        "ccs": (120.0, 15.5, None, 15.5),
        "seconds": 14 * 3600,
        "blacksmith": True,
        "parts": ["gear"],
        "approved": False,
    },
    {
        "title": "Metal Impeller",
        "age": 60,
        "part_count": 1,
        "device_series": "Metal X",
        "primary_material": "17-4 PH",
        "secondary_material": "Ceramic Release",
        "ccs": (35.0, 4.0, None, None),
        "seconds": 20 * 3600,
        "blacksmith": False,
        "parts": ["impeller"],
        "approved": True,
    },
    {
        "title": "Draft Fixture",
        "age": 10,
        "part_count": 3,
        "device_series": "Industrial Series",
        "primary_material": "Onyx",
        "secondary_material": "None",
        "ccs": (None, None, None, None),
        "seconds": None,
        "blacksmith": False,
        "parts": ["clamp-jaw", "gear"],
        "approved": False,
        "sliced": False,
    },
]

_DEVICE_SPECS: list[dict[str, Any]] = [
    {
        "name": "Printer01",
        "type": "X7",
        "series": "Industrial Series",
        "state": "Ready",
        "materials": ("Onyx", "Carbon Fiber"),
        "remaining": (420.5, 95.0),
        "age": 365,
    },
    {
        "name": "Printer02",
        "type": "X5",
        "series": "Industrial Series",
        "state": "Printing",
        "materials": ("Onyx", "Kevlar"),
        "remaining": (310.0, 60.25),
        "age": 330,
    },
    {
        "name": "Printer03",
        "type": "Onyx Pro",
        "series": "Desktop Series",
        "state": "Offline",
        "materials": (None, None),
        "remaining": (None, None),
        "age": 300,
    },
    {
        "name": "Printer04",
        "type": "Mark Two",
        "series": "Desktop Series",
        "state": "Ready",
        "materials": ("Onyx", None),
        "remaining": (150.0, None),
        "age": 250,
    },
    {
        "name": "MetalX01",
        "type": "Metal X",
        "series": "Metal X",
        "state": "Print Bed Needs Clearing",
        "materials": ("17-4 PH", "Ceramic Release"),
        "remaining": (800.0, 120.0),
        "age": 200,
    },
]

# A recorded live account's fleet (conformance/corpus/eiger/): ten devices, device types beyond the
# document's list (FX10, Sinter-1), three offline ones that report no material at all.
_REAL_DEVICE_SPECS: list[dict[str, Any]] = [
    {"name": "FX10-01", "type": "FX10", "series": "Industrial Series", "state": "Ready",
     "materials": ("Onyx", "Carbon Fiber"), "remaining": (611.4, 88.1), "age": 260},
    {"name": "FX10-02", "type": "FX10", "series": "Industrial Series", "state": "Printing",
     "materials": ("Onyx", "Kevlar"), "remaining": (402.0, 51.5), "age": 250},
    {"name": "X7-01", "type": "X7", "series": "Industrial Series", "state": "Ready",
     "materials": ("Onyx", "Carbon Fiber"), "remaining": (380.0, 70.0), "age": 700},
    {"name": "X7-02", "type": "X7", "series": "Industrial Series", "state": "Offline",
     "materials": (None, None), "remaining": (None, None), "age": 690},
    {"name": "Mark2-01", "type": "Mark Two", "series": "Desktop Series", "state": "Ready",
     "materials": ("Onyx", None), "remaining": (150.0, None), "age": 900},
    {"name": "Mark2-02", "type": "Mark Two", "series": "Desktop Series", "state": "Offline",
     "materials": (None, None), "remaining": (None, None), "age": 880},
    {"name": "OnyxPro-01", "type": "Onyx Pro", "series": "Desktop Series", "state": "Offline",
     "materials": (None, None), "remaining": (None, None), "age": 860},
    {"name": "MetalX-01", "type": "Metal X", "series": "Metal X", "state": "Ready",
     "materials": ("17-4 PH", "Ceramic Release"), "remaining": (800.0, 120.0), "age": 500},
    {"name": "Sinter-01", "type": "Sinter-1", "series": "Sinter-1", "state": "Ready",
     "materials": (None, None), "remaining": (None, None), "age": 490},
    {"name": "Wash-01", "type": "Wash-1", "series": "Wash-1", "state": "Ready",
     "materials": (None, None), "remaining": (None, None), "age": 480},
]  # fmt: skip
REAL_PRINT_JOBS = 195


def _seed(store: Store, real_account: bool) -> None:
    """The seeded organization, resource by resource (later ones refer to earlier ones by id)."""
    _seed_users(store)
    _seed_settings_presets(store)
    versions_by_part = _seed_parts(store)
    _seed_failed_clone(store)
    _seed_builds(store, versions_by_part)
    if real_account:
        _seed_devices(store, _REAL_DEVICE_SPECS)
        _seed_real_history(store)
        store.approvals_enabled = False
        store.approved_build_ids = set()
    else:
        _seed_devices(store, _DEVICE_SPECS)
        _seed_print_jobs(store)
        _seed_queues(store)
    _seed_printed_parts(store)


def _seed_users(store: Store) -> None:
    """Three users; the first owns the organization."""
    users = [
        ("Olivia Owner", "owner@example.com", 400),
        ("Alice Machinist", "alice@example.com", 300),
        ("Bob Engineer", "bob@example.com", 200),
    ]
    for name, email, age in users:
        user = User(
            id=seeded_id("user", email),
            name=name,
            email=email,
            created_at=_at(age),
            updated_at=_at(age - 10),
        )
        store.users[user.id] = user
    store.owner_id = seeded_id("user", "owner@example.com")


def _seed_settings_presets(store: Store) -> None:
    """The organization's slicer settings presets."""
    for title in ("Markforged Smart Settings", "High Strength", "Draft Quality"):
        preset = SettingsPreset(id=seeded_id("settings_preset", title), title=title)
        store.settings_presets[preset.id] = preset


def _seed_parts(store: Store) -> dict[str, list[UUID]]:
    """Parts with their versions, each sliced; the versions of each part by its key."""
    # Parts and part versions; builds reference them.
    part_specs: list[tuple[str, str, int, str, str, str]] = [
        # (part key, title, versions, series, primary, secondary)
        ("bracket", "Bracket", 2, "Desktop Series", "Onyx", "None"),
        ("gear", "Gear", 1, "Industrial Series", "Onyx", "Kevlar"),
        ("impeller", "Impeller", 1, "Metal X", "17-4 PH", "None"),
        ("clamp-jaw", "Clamp Jaw", 1, "Industrial Series", "Onyx", "Carbon Fiber"),
    ]
    versions_by_part: dict[str, list[UUID]] = {}
    for index, (key, title, count, series, primary, secondary) in enumerate(part_specs):
        part_id = seeded_id("part", key)
        created = _at(180 - 10 * index)
        part = Part(id=part_id, created_at=created, updated_at=created + timedelta(days=count), cloned_from=None)
        for number in range(1, count + 1):
            version = PartVersion(
                id=seeded_id("part_version", f"{key}:{number}"),
                part_id=part_id,
                title=title if number == 1 else f"{title} (rev {number})",
                description=None if number == 1 else f"Revision {number} of {title.lower()}",
                version_number=number,
                device_series=series,
                primary_material=primary,
                secondary_material=secondary,
                settings={"scale": 1.0, "euler": {"x": 0.0, "y": 0.0, "z": 90.0 * (number - 1)}, "units": "mm"},
                stl=_TINY_STL,
                created_at=created + timedelta(days=number - 1),
                owner_id=store.owner_id,
            )
            slice_job = SliceJob(
                id=seeded_id("slice_job", f"{key}:{number}"), part_version_id=version.id, reads=len(SLICE_PROGRESSION)
            )
            version.slice_job_id = slice_job.id
            store.slice_jobs[slice_job.id] = slice_job
            store.part_versions[version.id] = version
            part.part_version_ids.append(version.id)
        store.parts[part_id] = part
        versions_by_part[key] = part.part_version_ids
    return versions_by_part


def _seed_failed_clone(store: Store) -> None:
    """A clone whose slicing failed, so slice status has a non-happy example."""
    alice = seeded_id("user", "alice@example.com")
    clone_created = _at(30)
    clone = Part(
        id=seeded_id("part", "gear-clone"),
        created_at=clone_created,
        updated_at=clone_created,
        cloned_from=seeded_id("part", "gear"),
    )
    clone_version = PartVersion(
        id=seeded_id("part_version", "gear-clone:1"),
        part_id=clone.id,
        title="Gear (copy)",
        description="Clone of the gear",
        version_number=1,
        device_series="Industrial Series",
        primary_material="Onyx",
        secondary_material="Kevlar",
        settings={"scale": 1.5, "euler": {"x": 0.0, "y": 0.0, "z": 0.0}, "units": "mm"},
        stl=_TINY_STL,
        created_at=clone_created,
        owner_id=alice,
    )
    failed = SliceJob(id=seeded_id("slice_job", "gear-clone:1"), part_version_id=clone_version.id, terminal="ERROR")
    clone_version.slice_job_id = failed.id
    clone.part_version_ids.append(clone_version.id)
    store.slice_jobs[failed.id] = failed
    store.part_versions[clone_version.id] = clone_version
    store.parts[clone.id] = clone


def _seed_builds(store: Store, versions_by_part: dict[str, list[UUID]]) -> None:
    """Builds of the parts' latest versions; some approved."""
    for spec in _BUILD_SPECS:
        created = _at(spec["age"])
        primary, secondary, tertiary, fiber = spec["ccs"]
        build = Build(
            id=seeded_id("build", spec["title"]),
            title=spec["title"],
            created_at=created,
            updated_at=created + timedelta(hours=2),
            part_count=spec["part_count"],
            device_series=spec["device_series"],
            primary_material=spec["primary_material"],
            secondary_material=spec["secondary_material"],
            ccs_primary_required=primary,
            ccs_secondary_required=secondary,
            ccs_tertiary_required=tertiary,
            ccs_fiber_required=fiber,
            estimated_print_seconds=spec["seconds"],
            sliced=spec.get("sliced", True),
            blacksmith_enabled=spec["blacksmith"],
            part_version_ids=[versions_by_part[key][-1] for key in spec["parts"]],
            poses=[
                {"id": seeded_id("pose", f"{spec['title']}:{n}"), "x": 20 + 40 * n, "y": 30, "theta": 90 * (n % 2)}
                for n in range(spec["part_count"])
            ],
            standard_costs=_costs(primary, secondary, fiber, 0.3),
            custom_costs=_costs(primary, secondary, fiber, 0.45) if spec["blacksmith"] else None,
        )
        store.builds[build.id] = build
        if spec["approved"]:
            store.approved_build_ids.add(build.id)


def _seed_devices(store: Store, specs: list[dict[str, Any]]) -> None:
    """Printers of each series, with their materials and maintenance."""
    for spec in specs:
        created = _at(spec["age"])
        series = spec["series"]
        maintenance = None
        if series in ("Industrial Series", "Desktop Series"):
            maintenance = [
                {"consumable_title": "Nozzle", "status": "OK", "usage_remaining": 72.5},
                {"consumable_title": "Print Bed", "status": "Replace Soon", "usage_remaining": 12.0},
            ]
        device = Device(
            id=seeded_id("device", spec["name"]),
            name=spec["name"],
            device_type=spec["type"],
            device_series=series,
            created_at=created,
            updated_at=_at(1),
            state=spec["state"],
            loaded_primary_material=spec["materials"][0],
            loaded_secondary_material=spec["materials"][1],
            ccs_primary_remaining=spec["remaining"][0],
            ccs_secondary_remaining=spec["remaining"][1],
            maintenance_status=maintenance,
        )
        store.devices[device.id] = device
        store.queues[device.id] = []


def _seed_print_jobs(store: Store) -> None:
    """Finished, failed and running jobs on printers, and jobs in the backlog."""
    alice = seeded_id("user", "alice@example.com")
    bob = seeded_id("user", "bob@example.com")
    build_ids = {b.title: b.id for b in store.builds.values()}
    device_ids = {d.name: d.id for d in store.devices.values()}
    history: list[tuple[str, str, str | None, str, float, float, UUID | None]] = [
        ("j01", "Build01", "Printer01", "Completed", 120, 5.5, alice),
        ("j02", "Bracket Batch", "Printer04", "Completed", 110, 3.0, bob),
        ("j03", "Gear Housing", "Printer02", "Failed", 95, 6.0, alice),
        ("j04", "Gear Housing", "Printer02", "Completed", 90, 14.0, alice),
        ("j05", "Metal Impeller", "MetalX01", "Completed", 75, 20.0, bob),
        ("j06", "Bracket Batch", "Printer03", "Canceled", 60, 1.0, bob),
        ("j07", "Build01", "Printer01", "Completed", 45, 5.5, store.owner_id),
        ("j08", "Bracket Batch", "Printer04", "Completed", 30, 3.0, alice),
        ("j09", "Build01", "Printer01", "Failed", 14, 2.0, alice),
        ("j10", "Metal Impeller", "MetalX01", "Completed", 3, 20.0, bob),
        ("j11", "Gear Housing", "Printer02", "Printing", 0.25, 0.0, alice),
        ("j12", "Build01", None, "Backlogged", 2, 0.0, None),
        ("j13", "Bracket Batch", None, "Backlogged", 1, 0.0, None),
    ]
    for key, build_title, device_name, state, days_ago, hours, initiator in history:
        started = _at(days_ago)
        job = PrintJob(
            id=seeded_id("print_job", key),
            build_id=build_ids[build_title],
            device_id=device_ids[device_name] if device_name else None,
            state=state,
            channel="device" if device_name else "backlog",
            created_at=started - timedelta(minutes=15),
            updated_at=started + timedelta(hours=hours),
            source="eiger" if device_name else "api",
            initiator_id=initiator,
        )
        if device_name:
            job.queued_at = started - timedelta(minutes=10)
            job.started_at = started
            seconds = store.builds[job.build_id].estimated_print_seconds or 3600.0
            if state == "Printing":
                job.printing_state = "Printing"
                job.layer_count = 420
                job.current_layer = 37
                job.progress = 8.75
                job.estimated_seconds_remaining = int(seconds * 0.9125)
                job.updated_at = SEED_NOW
                store.devices[device_ids[device_name]].active_job_id = job.id
            else:
                job.ended_at = started + timedelta(hours=hours)
                job.layer_count = 420
                job.current_layer = 420 if state == "Completed" else 120
                job.progress = 100.0 if state == "Completed" else 28.5
                job.estimated_seconds_remaining = 0
        else:
            job.due_date = (SEED_NOW + timedelta(days=7)).date().isoformat()
        store.print_jobs[job.id] = job


def _seed_real_history(store: Store) -> None:
    """`REAL_PRINT_JOBS` jobs over a year on the fleet's printers, newest last: mostly completed, some
    failed or canceled, one printing on FX10-02, and a few in the backlog (no device). Nobody is the
    requester of any (real accounts send `requester: null`)."""
    series = ("Industrial Series", "Desktop Series", "Metal X")
    printers = [d for d in store.devices.values() if d.device_series in series]
    builds: dict[str, list[Build]] = {}
    for build in sorted(store.builds.values(), key=lambda b: b.title):
        if build.sliced:
            builds.setdefault(build.device_series, []).append(build)
    initiators = sorted(store.users)
    for n in range(REAL_PRINT_JOBS - 1):  # and the one printing now
        days_ago = 365 * (REAL_PRINT_JOBS - n) / REAL_PRINT_JOBS
        device = printers[n % len(printers)]
        backlogged = n % 40 == 7
        state = "Backlogged" if backlogged else "Failed" if n % 11 == 3 else "Canceled" if n % 17 == 5 else "Completed"
        candidates = builds[device.device_series]
        build = candidates[n % len(candidates)]
        started = _at(days_ago)
        job = PrintJob(
            id=seeded_id("print_job", f"real-{n:03d}"),
            build_id=build.id,
            device_id=None if backlogged else device.id,
            state=state,
            channel="backlog" if backlogged else "device",
            created_at=started - timedelta(minutes=15),
            updated_at=started,
            source="api" if backlogged else "eiger",
            initiator_id=None if backlogged else initiators[n % len(initiators)],
        )
        if not backlogged:
            hours = (build.estimated_print_seconds or 3600.0) / 3600 * (0.3 if state != "Completed" else 1.0)
            job.started_at = started
            job.ended_at = job.updated_at = started + timedelta(hours=hours)
            job.layer_count = 400
            job.current_layer = 400 if state == "Completed" else 120
            job.progress = 100.0 if state == "Completed" else 30.0
            job.estimated_seconds_remaining = 0
        store.print_jobs[job.id] = job
    running = store.devices[seeded_id("device", "FX10-02")]
    build = builds[running.device_series][0]
    job = PrintJob(
        id=seeded_id("print_job", "real-printing"),
        build_id=build.id,
        device_id=running.id,
        state="Printing",
        channel="device",
        created_at=_at(0, 3.25),
        updated_at=SEED_NOW,
        queued_at=_at(0, 3.1),
        started_at=_at(0, 3),
        source="eiger",
        initiator_id=store.owner_id,
        printing_state="Printing",
        layer_count=400,
        current_layer=90,
        progress=22.5,
        estimated_seconds_remaining=int((build.estimated_print_seconds or 3600.0) * 0.775),
    )
    store.print_jobs[job.id] = job
    running.active_job_id = job.id


def _seed_queues(store: Store) -> None:
    """One queued job on Printer01 and two on Printer02."""
    alice = seeded_id("user", "alice@example.com")
    build_ids = {b.title: b.id for b in store.builds.values()}
    device_ids = {d.name: d.id for d in store.devices.values()}
    for key, device_name, build_title, minutes in (
        ("q01", "Printer01", "Build01", 90),
        ("q02", "Printer02", "Gear Housing", 60),
        ("q03", "Printer02", "Draft Fixture", 30),
    ):
        queued = _at(0, minutes / 60)
        store.queues[device_ids[device_name]].append(
            QueuedJob(
                id=seeded_id("queued_job", key),
                device_id=device_ids[device_name],
                build_id=build_ids[build_title],
                state="Queued",
                queued_at=queued,
                updated_at=queued,
                requester_id=alice,
            )
        )


def _seed_printed_parts(store: Store) -> None:
    """The parts each finished job printed, with notes and scan reports."""
    notes_cycle = ["Customer A lot 12", None, "rework: warped corner", "Customer B", None]
    counter = 0
    for job in sorted(store.print_jobs.values(), key=lambda j: j.created_at):
        if job.device_id is None or job.state in ("Printing", "Canceled"):
            continue
        count = store.builds[job.build_id].part_count
        for index in range(count):
            counter += 1
            failed_job = job.state == "Failed"
            printed_part = PrintedPart(
                id=seeded_id("printed_part", f"{job.id}:{index}"),
                print_job_id=job.id,
                state=_printed_state(failed_job, store.devices[job.device_id].device_series == "Metal X"),
                notes=notes_cycle[counter % len(notes_cycle)],
                printed_at=job.ended_at,
                updated_at=job.ended_at,
            )
            blacksmith = store.builds[job.build_id].blacksmith_enabled
            # Every other inspected part already has its report; the rest are still pending.
            if blacksmith and not failed_job and index % 2 == 0:
                printed_part.scan_report = _scan_report_pdf(printed_part.id)
            store.printed_parts[printed_part.id] = printed_part


def _costs(primary: float | None, secondary: float | None, fiber: float | None, rate: float) -> dict[str, float | None]:
    def cost(value: float | None, factor: float) -> float | None:
        return None if value is None else round(value * rate * factor, 2)

    parts = {
        "primary": cost(primary, 1.0),
        "secondary": cost(secondary, 1.5),
        "tertiary": None,
        "fiber": cost(fiber, 4.0),
    }
    total = round(sum(v for v in parts.values() if v is not None), 2)
    return {**parts, "total": total}


def _printed_state(failed: bool, metal: bool) -> str:
    if failed:
        return "Print Failed"
    return "Sintered" if metal else "Printed"
