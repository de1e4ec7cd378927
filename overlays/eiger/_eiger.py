"""`Eiger` and `AsyncEiger`: the entry points, with the vendor's example programs as single calls.

Every operation of the spec is reachable through the generated resource groups
(`eiger.devices.list(...)`); the methods here are the workflows the vendor's
documentation shows as example programs.
"""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

import httpx
from fabapi_core import (
    AsyncCaller,
    AsyncClientLifecycle,
    BasicAuth,
    Caller,
    ClientLifecycle,
    ClientSettings,
    InvalidArgument,
    NotFound,
    RetryPolicy,
    Secret,
    adownload,
    apoll,
    client_settings,
    download,
    finite_number,
    folder_for_writing,
    path_inside,
    poll,
    refuse_existing,
    safe_name,
    seconds_or_none,
    sendable_text,
    suffix_of,
)

from . import _results as results
from ._resources import AsyncResources, Resources
from ._vendor import PROFILE
from .client import Client
from .models.append_to_device_queue_request import AppendToDeviceQueueRequest
from .models.approve_builds_request import ApproveBuildsRequest
from .models.print_to_printer_request import PrintToPrinterRequest

Progress = Callable[[Any], None]


def _set_up(
    access_key: str | Secret | None,
    secret_key: str | Secret | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    retries: RetryPolicy | int | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    allow_insecure_http: bool,
) -> tuple[ClientSettings, Client, tuple[Secret, Secret]]:
    """Eiger's own part of a client: HTTP Basic with the access key and the secret key."""
    key = PROFILE.credential(access_key, "access_key")
    secret = PROFILE.credential(secret_key, "secret_key")
    settings = client_settings(
        PROFILE,
        base_url=base_url,
        timeout=timeout,
        retries=retries,
        transport=transport,
        allow_insecure_http=allow_insecure_http,
    )
    return settings, settings.client(Client, BasicAuth(key, secret)), (key, secret)


def _report_targets(reports: Iterable[Any], folder: Path, overwrite: bool) -> list[tuple[str, Path]]:
    """(URL, file) per report: `scan-report-<part>.<ext>`, `-2`, `-3`... for a part's further reports.

    The name comes from the part id, and the extension only from a short plain suffix of the URL's
    path, so nothing the server sends can steer the file out of `folder` or onto another's name.
    Every target is checked before anything is fetched.
    """
    targets: list[tuple[str, Path]] = []
    taken: set[str] = set()
    for report in reports:
        url = results.value(report.scan_report_url)
        if not url:
            continue
        stem = f"scan-report-{safe_name(report.printed_part_id, fallback='part')}"
        suffix = suffix_of(urlsplit(str(url)).path)
        name, number = f"{stem}{suffix}", 1
        while name in taken:
            number += 1
            name = f"{stem}-{number}{suffix}"
        taken.add(name)
        target = path_inside(folder, name)
        refuse_existing(target, overwrite)
        targets.append((str(url), target))
    return targets


def _gone(error: NotFound) -> bool:
    """A 404 to a DELETE whose earlier attempt may have been carried out: the thing is gone, by us."""
    return error.earlier_attempt_may_have_acted


def _uuid(argument: str, value: UUID | str) -> UUID:
    try:
        return value if isinstance(value, UUID) else UUID(value)
    except (ValueError, TypeError, AttributeError):
        shown = f"{value!r:.60}" if isinstance(value, str) else type(value).__name__
        raise InvalidArgument(argument, f"argument {argument!r} must be a UUID, got {shown}") from None


def _check_period(start: datetime.datetime, end: datetime.datetime) -> None:
    for name, moment in (("start", start), ("end", end)):
        if not isinstance(moment, datetime.datetime):
            raise InvalidArgument(name, f"argument {name!r} must be a datetime, not {type(moment).__name__}")
    if results.aware(end) <= results.aware(start):
        raise InvalidArgument("end", f"end ({end.isoformat()}) must be after start ({start.isoformat()})")


def _text(value: str, argument: str) -> str:
    # Eiger's text filters take at least one character.
    return sendable_text(value, argument, allow_empty=False)


def _titles(titles: Iterable[str]) -> list[str]:
    if isinstance(titles, str) or not isinstance(titles, Iterable):
        raise InvalidArgument("titles", f"titles must be a list of build titles, not {type(titles).__name__}")
    return [_text(title, f"titles[{index}]") for index, title in enumerate(titles)]


def _seconds(timeout: float, interval: float) -> None:
    """A wait's timing, checked before the request it follows (a print that has started cannot be undone)."""
    finite_number(timeout, "timeout", minimum=0)
    finite_number(interval, "interval", minimum=0)


def _filters(method: Any, filters: dict[str, Any]) -> dict[str, Any]:
    """`filters` when `method` takes every one of them: a misspelt filter is named, not a TypeError."""
    accepted = inspect.signature(method).parameters
    unknown = sorted(name for name in filters if name not in accepted or name == "page_size")
    if unknown:
        known = ", ".join(name for name in accepted if name != "page_size")
        raise InvalidArgument(unknown[0], f"print jobs have no filter {unknown[0]!r}; known: {known}")
    return filters


class Eiger(ClientLifecycle, Resources):
    """Markforged Eiger API v3. Credentials from arguments or EIGER_ACCESS_KEY / EIGER_SECRET_KEY.

    >>> eiger = Eiger()                    # doctest: +SKIP
    >>> for device in eiger.devices.list():  # doctest: +SKIP
    ...     print(device.name, device.state)
    """

    def __init__(
        self,
        access_key: str | Secret | None = None,
        secret_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = PROFILE.timeout,
        retries: RetryPolicy | int | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.BaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        self._settings, self._client, secrets = _set_up(
            access_key, secret_key, base_url, timeout, retries, transport, allow_insecure_http
        )
        self.base_url = self._settings.base_url
        super().__init__(Caller(self._client, secrets=secrets, strict=strict))

    # --- lookups -------------------------------------------------------------------

    def find_build(self, title: str) -> Any | None:
        """The most recent build with exactly this title, or None."""
        return next(iter(self.builds.list(title_eq=_text(title, "title"), page_size=1)), None)

    def find_device(self, name: str) -> Any | None:
        """The device with exactly this name, or None."""
        return next(iter(self.devices.list(name_eq=_text(name, "name"), page_size=1)), None)

    def available_printers(self, build_id: UUID | str) -> list[Any]:
        """Devices that could print the build now: ready, of its series, with its material loaded."""
        build = self.builds.get(_uuid("build_id", build_id))
        return [device for device in self.devices.list() if results.is_available(device, build)]

    def printed_parts_by_notes(self, notes: str) -> list[Any]:
        """Printed parts whose notes are exactly `notes`."""
        return list(self.parts.list_printed(notes_eq=_text(notes, "notes")))

    # --- builds ---------------------------------------------------------------------

    def approve_builds(self, titles: Iterable[str]) -> list[UUID]:
        """Replace the approved-build list with the builds of these titles; every title must exist."""
        ids: list[UUID] = []
        for title in _titles(titles):
            build = self.find_build(title)
            if build is None:
                raise InvalidArgument("titles", f"no build is titled {title!r}")
            ids.append(build.id)
        self.builds.approve(body=ApproveBuildsRequest(builds=ids))
        return ids

    # --- printing -------------------------------------------------------------------

    def send_to_printer(
        self,
        build_id: UUID | str,
        device_id: UUID | str,
        *,
        timeout: float = 60.0,
        interval: float = 2.0,
        on_progress: Progress | None = None,
    ) -> results.PrintStarted:
        """Start a print and confirm it: poll the device until its active job is the new one.

        This moves a real machine. A busy printer raises `Conflict` (409).
        """
        body = PrintToPrinterRequest(build=_uuid("build_id", build_id))
        device_id = _uuid("device_id", device_id)
        _seconds(timeout, interval)
        job = self.devices.print_to_printer(device_id, body=body)
        device = poll(
            lambda: self.devices.get(device_id),
            until=lambda d: results.active_job_id(d) == job.id,
            timeout=timeout,
            interval=interval,
            on_progress=on_progress,
        )
        return results.PrintStarted(print_job_id=job.id, device_id=device.id, device=device)

    # --- queues ---------------------------------------------------------------------

    def queue_info(self, device_id: UUID | str) -> results.QueueInfo:
        """Queue length, estimated time, and material left once the queue has printed."""
        return results.queue_info(self.devices.list_queue(_uuid("device_id", device_id)))

    def add_to_queue(self, device_id: UUID | str, build_id: UUID | str) -> Any:
        """Append a build to the end of the device's queue."""
        device_id = _uuid("device_id", device_id)
        body = AppendToDeviceQueueRequest(build=_uuid("build_id", build_id))
        return self.devices.append_to_queue(device_id, body=body)

    def remove_build_from_queue(self, device_id: UUID | str, build_id: UUID | str) -> bool:
        """Remove the first queued job of this build; True when this call removed it.

        False when the build is not queued, or its job left the queue before this call could remove
        it. A 404 to a retried removal whose earlier attempt may have been carried out counts as
        removed: the connection dropped after the server acted.
        """
        device_id = _uuid("device_id", device_id)
        wanted = _uuid("build_id", build_id)
        for job in self.devices.list_queue(device_id).queue:
            build = results.value(getattr(job, "build", None))
            if build is not None and build.id == wanted:
                try:
                    self.devices.remove_from_queue(device_id, job.id)
                except NotFound as error:
                    return _gone(error)
                return True
        return False

    def clear_queue(self, device_id: UUID | str) -> int:
        """Remove every job from the device's queue; how many this call removed (see `remove_build_from_queue`)."""
        device_id = _uuid("device_id", device_id)
        removed = 0
        for job in self.devices.list_queue(device_id).queue:
            try:
                self.devices.remove_from_queue(device_id, job.id)
            except NotFound as error:
                removed += _gone(error)
            else:
                removed += 1
        return removed

    # --- analytics ------------------------------------------------------------------

    def device_utilization(
        self, device_id: UUID | str, start: datetime.datetime, end: datetime.datetime
    ) -> results.Utilization:
        """Share of [start, end) the device spent printing, over all pages of its print jobs."""
        device = _uuid("device_id", device_id)
        _check_period(start, end)
        jobs = self.print_jobs.list(device_eq=device, started_at_lt=end)
        now = datetime.datetime.now(datetime.UTC)
        return results.utilization(device, start, end, jobs, now)

    def print_jobs_per_state(self, **filters: Any) -> dict[str, int]:
        """How many print jobs are in each state (filters as for `print_jobs.list`)."""
        return results.count_states(self.print_jobs.list(**_filters(self.print_jobs.list, filters)))

    def download_scan_reports(
        self, print_job_id: UUID | str, dest: str | Path, *, overwrite: bool = False, timeout: float | None = None
    ) -> list[Path]:
        """Stream every scan report of a print job into the folder `dest`; parts without a report are skipped.

        Files are named `scan-report-<printed part id>.<ext>` (`-2`, `-3`... for a part's further
        reports), and appear only once complete. An existing file raises `DestinationExists` before
        anything is fetched, unless `overwrite=True`. Report URLs are pre-signed, so no Eiger
        credentials are sent with them. `timeout` bounds each report's download.
        """
        job = _uuid("print_job_id", print_job_id)
        seconds_or_none(timeout)
        folder = folder_for_writing(dest)
        targets = _report_targets(self.print_jobs.get_part_scan_report(job), folder, overwrite)
        with httpx.Client(**self._settings.plain_httpx_args()) as http:
            return [download(http, url, target, overwrite=overwrite, timeout=timeout) for url, target in targets]


class AsyncEiger(AsyncClientLifecycle, AsyncResources):
    """The async twin of `Eiger`: same arguments, same workflows, awaited."""

    def __init__(
        self,
        access_key: str | Secret | None = None,
        secret_key: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = PROFILE.timeout,
        retries: RetryPolicy | int | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        self._settings, self._client, secrets = _set_up(
            access_key, secret_key, base_url, timeout, retries, transport, allow_insecure_http
        )
        self.base_url = self._settings.base_url
        super().__init__(AsyncCaller(self._client, secrets=secrets, strict=strict))

    async def find_build(self, title: str) -> Any | None:
        """Async version of `Eiger.find_build`."""
        async for build in self.builds.list(title_eq=_text(title, "title"), page_size=1):
            return build
        return None

    async def find_device(self, name: str) -> Any | None:
        """Async version of `Eiger.find_device`."""
        async for device in self.devices.list(name_eq=_text(name, "name"), page_size=1):
            return device
        return None

    async def available_printers(self, build_id: UUID | str) -> list[Any]:
        """Async version of `Eiger.available_printers`."""
        build = await self.builds.get(_uuid("build_id", build_id))
        return [device async for device in self.devices.list() if results.is_available(device, build)]

    async def printed_parts_by_notes(self, notes: str) -> list[Any]:
        """Async version of `Eiger.printed_parts_by_notes`."""
        return [part async for part in self.parts.list_printed(notes_eq=_text(notes, "notes"))]

    async def approve_builds(self, titles: Iterable[str]) -> list[UUID]:
        """Async version of `Eiger.approve_builds`."""
        ids: list[UUID] = []
        for title in _titles(titles):
            build = await self.find_build(title)
            if build is None:
                raise InvalidArgument("titles", f"no build is titled {title!r}")
            ids.append(build.id)
        await self.builds.approve(body=ApproveBuildsRequest(builds=ids))
        return ids

    async def send_to_printer(
        self,
        build_id: UUID | str,
        device_id: UUID | str,
        *,
        timeout: float = 60.0,
        interval: float = 2.0,
        on_progress: Progress | None = None,
    ) -> results.PrintStarted:
        """Async version of `Eiger.send_to_printer`; `on_progress` is a plain (not async) function."""
        body = PrintToPrinterRequest(build=_uuid("build_id", build_id))
        device_id = _uuid("device_id", device_id)
        _seconds(timeout, interval)
        job = await self.devices.print_to_printer(device_id, body=body)
        device = await apoll(
            lambda: self.devices.get(device_id),
            until=lambda d: results.active_job_id(d) == job.id,
            timeout=timeout,
            interval=interval,
            on_progress=on_progress,
        )
        return results.PrintStarted(print_job_id=job.id, device_id=device.id, device=device)

    async def queue_info(self, device_id: UUID | str) -> results.QueueInfo:
        """Async version of `Eiger.queue_info`."""
        return results.queue_info(await self.devices.list_queue(_uuid("device_id", device_id)))

    async def add_to_queue(self, device_id: UUID | str, build_id: UUID | str) -> Any:
        """Async version of `Eiger.add_to_queue`."""
        device_id = _uuid("device_id", device_id)
        body = AppendToDeviceQueueRequest(build=_uuid("build_id", build_id))
        return await self.devices.append_to_queue(device_id, body=body)

    async def remove_build_from_queue(self, device_id: UUID | str, build_id: UUID | str) -> bool:
        """Async version of `Eiger.remove_build_from_queue`."""
        device_id = _uuid("device_id", device_id)
        wanted = _uuid("build_id", build_id)
        for job in (await self.devices.list_queue(device_id)).queue:
            build = results.value(getattr(job, "build", None))
            if build is not None and build.id == wanted:
                try:
                    await self.devices.remove_from_queue(device_id, job.id)
                except NotFound as error:
                    return _gone(error)
                return True
        return False

    async def clear_queue(self, device_id: UUID | str) -> int:
        """Async version of `Eiger.clear_queue`."""
        device_id = _uuid("device_id", device_id)
        removed = 0
        for job in (await self.devices.list_queue(device_id)).queue:
            try:
                await self.devices.remove_from_queue(device_id, job.id)
            except NotFound as error:
                removed += _gone(error)
            else:
                removed += 1
        return removed

    async def device_utilization(
        self, device_id: UUID | str, start: datetime.datetime, end: datetime.datetime
    ) -> results.Utilization:
        """Async version of `Eiger.device_utilization`; every page is fetched before the share is computed."""
        device = _uuid("device_id", device_id)
        _check_period(start, end)
        jobs = [job async for job in self.print_jobs.list(device_eq=device, started_at_lt=end)]
        now = datetime.datetime.now(datetime.UTC)
        return results.utilization(device, start, end, jobs, now)

    async def print_jobs_per_state(self, **filters: Any) -> dict[str, int]:
        """Async version of `Eiger.print_jobs_per_state`."""
        checked = _filters(self.print_jobs.list, filters)
        return results.count_states([job async for job in self.print_jobs.list(**checked)])

    async def download_scan_reports(
        self, print_job_id: UUID | str, dest: str | Path, *, overwrite: bool = False, timeout: float | None = None
    ) -> list[Path]:
        """Async version of `Eiger.download_scan_reports`."""
        job = _uuid("print_job_id", print_job_id)
        seconds_or_none(timeout)
        folder = folder_for_writing(dest)
        targets = _report_targets(await self.print_jobs.get_part_scan_report(job), folder, overwrite)
        async with httpx.AsyncClient(**self._settings.plain_httpx_args()) as http:
            return [await adownload(http, url, target, overwrite=overwrite, timeout=timeout) for url, target in targets]
