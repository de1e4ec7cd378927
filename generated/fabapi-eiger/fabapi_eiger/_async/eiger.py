# Copied from overlays/eiger/_async/eiger.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""The Eiger client: the entry point, with the vendor's example programs as single calls. Written once,
async; the sync flavour is generated from it.

Every operation of the spec is reachable through the generated resource groups
(`eiger.devices.list(...)`); the methods here are the workflows the vendor's
documentation shows as example programs.
"""

from __future__ import annotations

import datetime
import ssl
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any
from uuid import UUID

import httpx
from fabapi_core import (
    AsyncCaller,
    AsyncClientLifecycle,
    InvalidArgument,
    NotFound,
    RetryPolicy,
    Secret,
    adownload,
    apoll,
    folder_for_writing,
    seconds_or_none,
)

from .. import _results as results
from .._eiger import (
    Progress,
    _check_period,
    _filters,
    _gone,
    _report_targets,
    _seconds,
    _set_up,
    _text,
    _titles,
    _uuid,
)
from .._resources import AsyncResources
from .._vendor import PROFILE
from ..models.append_to_device_queue_request import AppendToDeviceQueueRequest
from ..models.append_to_device_queue_response import AppendToDeviceQueueResponse
from ..models.approve_builds_request import ApproveBuildsRequest
from ..models.build_view import BuildView
from ..models.device_view_extended import DeviceViewExtended
from ..models.print_to_printer_request import PrintToPrinterRequest
from ..models.printed_part_view_extended import PrintedPartViewExtended


class AsyncEiger(AsyncClientLifecycle, AsyncResources):
    """Markforged Eiger API v3. Credentials from arguments or EIGER_ACCESS_KEY / EIGER_SECRET_KEY.

    Every operation of the spec is a method of its resource group (`eiger.devices.list()` iterates
    across pages); the methods here are the vendor's example programs, one call each.

    `http_client=` (your own httpx client of this flavour makes the connections; never closed here),
    `verify=` (TLS: True, False, a CA bundle path or an `ssl.SSLContext`) and `default_headers=`
    (sent on every request, never the credentials' headers) work as on every fabapi client.
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
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
        http_client: httpx.AsyncClient | None = None,
        verify: bool | str | ssl.SSLContext | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._settings, self._client, secrets = _set_up(
            access_key,
            secret_key,
            base_url,
            timeout,
            retries,
            transport,
            allow_insecure_http,
            {"verify": verify, "http_client": http_client, "default_headers": default_headers},
        )
        self.base_url = self._settings.base_url
        super().__init__(AsyncCaller(self._client, secrets=secrets, strict=strict))

    # --- lookups -------------------------------------------------------------------

    async def find_build(self, title: str) -> BuildView | None:
        """The most recent build with exactly this title, or None.

        Args:
            title: The build's title, matched exactly.

        Returns:
            The build, or None when no build has this title.

        Raises:
            InvalidArgument: an empty title or text no server could take.
            APIError: the server refused the listing (`AuthenticationError`, `ServerError`...).
        """
        async for build in self.builds.list(title_eq=_text(title, "title"), page_size=1):
            return build
        return None

    async def find_device(self, name: str) -> DeviceViewExtended | None:
        """The device with exactly this name, or None.

        Args:
            name: The device's name, matched exactly.

        Returns:
            The device, or None when no device has this name.

        Raises:
            InvalidArgument: an empty name or text no server could take.
            APIError: the server refused the listing (`AuthenticationError`, `ServerError`...).
        """
        async for device in self.devices.list(name_eq=_text(name, "name"), page_size=1):
            return device
        return None

    async def available_printers(self, build_id: UUID | str) -> list[DeviceViewExtended]:
        """Devices that could print the build now: ready, of its series, with its material loaded.

        Args:
            build_id: The build's id (a UUID or its text).

        Returns:
            Every device that could start the build now, from all pages of the device list.

        Raises:
            InvalidArgument: a build id that is not a UUID.
            NotFound: no build has this id.
            APIError: the server refused a request (`AuthenticationError`, `ServerError`...).
        """
        build = await self.builds.get(_uuid("build_id", build_id))
        return [device async for device in self.devices.list() if results.is_available(device, build)]

    async def printed_parts_by_notes(self, notes: str) -> list[PrintedPartViewExtended]:
        """Printed parts whose notes are exactly `notes`.

        Args:
            notes: The notes to match exactly.

        Returns:
            The printed parts, from all pages.

        Raises:
            InvalidArgument: empty notes or text no server could take.
            APIError: the server refused the listing (`AuthenticationError`, `ServerError`...).
        """
        return [part async for part in self.parts.list_printed(notes_eq=_text(notes, "notes"))]

    # --- builds ---------------------------------------------------------------------

    async def approve_builds(self, titles: Iterable[str]) -> list[UUID]:
        """Replace the approved-build list with the builds of these titles; every title must exist.

        Args:
            titles: The titles of the builds to approve (the most recent build of each title).

        Returns:
            The ids of the approved builds, in the order of `titles`.

        Raises:
            InvalidArgument: no titles, a title that is not text, or a title no build has.
            APIError: the server refused a request (`BadRequest`, `AuthenticationError`...).
        """
        ids: list[UUID] = []
        for title in _titles(titles):
            build = await self.find_build(title)
            if build is None:
                raise InvalidArgument("titles", f"no build is titled {title!r}")
            ids.append(build.id)
        await self.builds.approve(body=ApproveBuildsRequest(builds=ids))
        return ids

    # --- printing -------------------------------------------------------------------

    async def send_to_printer(
        self,
        build_id: UUID | str,
        device_id: UUID | str,
        *,
        timeout: float = 60.0,
        interval: float = 2.0,
        on_progress: Progress | None = None,
    ) -> results.PrintStarted:
        """Start a print and confirm it: poll the device until its active job is the new one.

        This moves a real machine. `on_progress` is a plain function, called with each device state
        polled, never awaited.

        Args:
            build_id: The build to print (a UUID or its text).
            device_id: The printer (a UUID or its text).
            timeout: Seconds to wait for the printer to show the new job, each request included.
            interval: Seconds between polls.
            on_progress: Called with each device polled.

        Returns:
            The new print job's id, the device's id and the device as last polled.

        Raises:
            InvalidArgument: an id that is not a UUID, or a timeout or interval that is not a positive number.
            Conflict: the printer is busy (409).
            NotFound: no such build or device.
            PollTimeout: the device did not show the new job within `timeout`.
            APIError: the server refused a request otherwise.
        """
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

    # --- queues ---------------------------------------------------------------------

    async def queue_info(self, device_id: UUID | str) -> results.QueueInfo:
        """Queue length, estimated time, and material left once the queue has printed.

        Args:
            device_id: The printer (a UUID or its text).

        Returns:
            The queue's length, estimated seconds and the material left after it.

        Raises:
            InvalidArgument: a device id that is not a UUID.
            NotFound: no such device.
            APIError: the server refused the request otherwise.
        """
        return results.queue_info(await self.devices.list_queue(_uuid("device_id", device_id)))

    async def add_to_queue(self, device_id: UUID | str, build_id: UUID | str) -> AppendToDeviceQueueResponse:
        """Append a build to the end of the device's queue.

        Args:
            device_id: The printer (a UUID or its text).
            build_id: The build to queue (a UUID or its text).

        Returns:
            The server's answer: the queued job.

        Raises:
            InvalidArgument: an id that is not a UUID.
            NotFound: no such device or build.
            APIError: the server refused the request otherwise.
        """
        device_id = _uuid("device_id", device_id)
        body = AppendToDeviceQueueRequest(build=_uuid("build_id", build_id))
        return await self.devices.append_to_queue(device_id, body=body)

    async def remove_build_from_queue(self, device_id: UUID | str, build_id: UUID | str) -> bool:
        """Remove the first queued job of this build; True when this call removed it.

        False when the build is not queued, or its job left the queue before this call could remove
        it. A 404 to a retried removal whose earlier attempt may have been carried out counts as
        removed: the connection dropped after the server acted.

        Args:
            device_id: The printer (a UUID or its text).
            build_id: The build whose queued job to remove (a UUID or its text).

        Returns:
            True when this call removed the job, False otherwise.

        Raises:
            InvalidArgument: an id that is not a UUID.
            NotFound: no such device.
            APIError: the server refused a request otherwise.
        """
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
        """Remove every job from the device's queue; how many this call removed (see `remove_build_from_queue`).

        Args:
            device_id: The printer (a UUID or its text).

        Returns:
            How many jobs this call removed.

        Raises:
            InvalidArgument: a device id that is not a UUID.
            NotFound: no such device.
            APIError: the server refused a request otherwise.
        """
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

    # --- analytics ------------------------------------------------------------------

    async def device_utilization(
        self, device_id: UUID | str, start: datetime.datetime, end: datetime.datetime
    ) -> results.Utilization:
        """Share of [start, end) the device spent printing, over all pages of its print jobs.

        Args:
            device_id: The printer (a UUID or its text).
            start: The period's start, timezone-aware.
            end: The period's end (excluded), after `start`.

        Returns:
            The ratio of printing time to the period, with the seconds and the number of jobs counted.

        Raises:
            InvalidArgument: a device id that is not a UUID, naive datetimes, or an end not after the start.
            APIError: the server refused a request (`AuthenticationError`, `ServerError`...).
        """
        device = _uuid("device_id", device_id)
        _check_period(start, end)
        jobs = [job async for job in self.print_jobs.list(device_eq=device, started_at_lt=end)]
        now = datetime.datetime.now(datetime.UTC)
        return results.utilization(device, start, end, jobs, now)

    async def print_jobs_per_state(self, **filters: Any) -> dict[str, int]:
        """How many print jobs are in each state (filters as for `print_jobs.list`).

        Args:
            **filters: The keyword arguments of `print_jobs.list`, such as `device_eq=...`.

        Returns:
            The number of print jobs per state name, over all pages.

        Raises:
            InvalidArgument: a filter `print_jobs.list` does not take, or a value it refuses.
            APIError: the server refused a request (`AuthenticationError`, `ServerError`...).
        """
        checked = _filters(self.print_jobs.list, filters)
        return results.count_states([job async for job in self.print_jobs.list(**checked)])

    async def download_scan_reports(
        self, print_job_id: UUID | str, dest: str | Path, *, overwrite: bool = False, timeout: float | None = None
    ) -> list[Path]:
        """Stream every scan report of a print job into the folder `dest`; parts without a report are skipped.

        Files are named `scan-report-<printed part id>.<ext>` (`-2`, `-3`... for a part's further
        reports), and appear only once complete. Report URLs are pre-signed, so no Eiger credentials
        are sent with them.

        Args:
            print_job_id: The print job (a UUID or its text).
            dest: The folder to write into (made when missing).
            overwrite: Replace existing files instead of refusing.
            timeout: Seconds for each report's download; None: each read bounded by the client's timeout.

        Returns:
            The paths of the files written.

        Raises:
            InvalidArgument: a print job id that is not a UUID, or a timeout that is not a positive number.
            DestinationExists: a report's file exists and `overwrite` is False, before anything is fetched.
            NotFound: no such print job.
            UnexpectedResponse: a report answered with an HTML page or a cut body.
            APIError: the server refused a request otherwise.
        """
        job = _uuid("print_job_id", print_job_id)
        seconds_or_none(timeout)
        folder = folder_for_writing(dest)
        targets = _report_targets(await self.print_jobs.get_part_scan_report(job), folder, overwrite)
        async with httpx.AsyncClient(**self._settings.plain_httpx_args()) as http:
            return [await adownload(http, url, target, overwrite=overwrite, timeout=timeout) for url, target in targets]
