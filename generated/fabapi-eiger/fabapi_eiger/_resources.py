"""Resource groups of the Markforged Eiger API, one per tag: written by the fabapi pipeline, do not edit."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, cast
from uuid import UUID

from fabapi_core import AsyncCaller, AsyncPager, Caller, OperationInfo, Pager, PageStyle, RawResponse

from .api.builds import approve_builds as _approve_builds
from .api.builds import disable_approved_builds as _disable_approved_builds
from .api.builds import list_approved_builds as _list_approved_builds
from .api.builds import list_builds as _list_builds
from .api.builds import read_build as _read_build
from .api.builds import remove_build_from_job_request_queue as _remove_build_from_job_request_queue
from .api.builds import send_build_to_backlog as _send_build_to_backlog
from .api.builds import send_build_to_job_request_queue as _send_build_to_job_request_queue
from .api.dashboard import get_custom_analytics_csv as _get_custom_analytics_csv
from .api.devices import append_to_device_queue as _append_to_device_queue
from .api.devices import list_device_queue as _list_device_queue
from .api.devices import list_devices as _list_devices
from .api.devices import print_to_printer as _print_to_printer
from .api.devices import read_device as _read_device
from .api.devices import read_device_queue as _read_device_queue
from .api.devices import remove_from_device_queue as _remove_from_device_queue
from .api.parts import get_org_settings_presets as _get_org_settings_presets
from .api.parts import get_printed_part_scan_report as _get_printed_part_scan_report
from .api.parts import get_slice_status as _get_slice_status
from .api.parts import list_printed_parts as _list_printed_parts
from .api.parts import read_part as _read_part
from .api.parts import read_part_version as _read_part_version
from .api.parts import read_printed_part as _read_printed_part
from .api.parts import read_signed_url as _read_signed_url
from .api.parts import upload_stl as _upload_stl
from .api.print_jobs import get_print_job_part_scan_report as _get_print_job_part_scan_report
from .api.print_jobs import list_print_jobs as _list_print_jobs
from .api.print_jobs import read_print_job as _read_print_job
from .api.users import fetch_user as _fetch_user
from .api.users import list_users as _list_users
from .models.append_to_device_queue_request import AppendToDeviceQueueRequest
from .models.append_to_device_queue_response import AppendToDeviceQueueResponse
from .models.approve_builds_request import ApproveBuildsRequest
from .models.build_view import BuildView
from .models.device_view_extended import DeviceViewExtended
from .models.get_custom_analytics_csv_filtertimespaneq import GetCustomAnalyticsCsvFiltertimespaneq
from .models.get_print_job_part_scan_report_response_item import GetPrintJobPartScanReportResponseItem
from .models.get_printed_part_scan_report_response import GetPrintedPartScanReportResponse
from .models.get_user_response import GetUserResponse
from .models.list_approved_builds_response import ListApprovedBuildsResponse
from .models.list_builds_response import ListBuildsResponse
from .models.list_builds_sortby import ListBuildsSortby
from .models.list_builds_sortorder import ListBuildsSortorder
from .models.list_device_queue_response import ListDeviceQueueResponse
from .models.list_devices_response import ListDevicesResponse
from .models.list_devices_sortby import ListDevicesSortby
from .models.list_devices_sortorder import ListDevicesSortorder
from .models.list_print_jobs_response import ListPrintJobsResponse
from .models.list_print_jobs_sortby import ListPrintJobsSortby
from .models.list_print_jobs_sortorder import ListPrintJobsSortorder
from .models.list_printed_parts_response import ListPrintedPartsResponse
from .models.list_printed_parts_sortby import ListPrintedPartsSortby
from .models.list_printed_parts_sortorder import ListPrintedPartsSortorder
from .models.list_users_response import ListUsersResponse
from .models.list_users_sortby import ListUsersSortby
from .models.list_users_sortorder import ListUsersSortorder
from .models.org_settings_presets_response_item import OrgSettingsPresetsResponseItem
from .models.print_job_state_enum import PrintJobStateEnum
from .models.print_job_view_extended import PrintJobViewExtended
from .models.print_to_printer_request import PrintToPrinterRequest
from .models.print_to_printer_response import PrintToPrinterResponse
from .models.printed_part_view_extended import PrintedPartViewExtended
from .models.printed_part_view_state_enum import PrintedPartViewStateEnum
from .models.queued_print_job_view import QueuedPrintJobView
from .models.queued_print_job_view_extended import QueuedPrintJobViewExtended
from .models.read_build_response import ReadBuildResponse
from .models.read_device_response import ReadDeviceResponse
from .models.read_part_response import ReadPartResponse
from .models.read_part_version_response import ReadPartVersionResponse
from .models.read_print_job_response import ReadPrintJobResponse
from .models.read_printed_part_response import ReadPrintedPartResponse
from .models.read_signed_url_response import ReadSignedURLResponse
from .models.send_build_to_backlog_request import SendBuildToBacklogRequest
from .models.send_build_to_backlog_response import SendBuildToBacklogResponse
from .models.slice_status_response import SliceStatusResponse
from .models.upload_stl_request import UploadStlRequest
from .models.upload_stl_response import UploadStlResponse
from .models.user_view import UserView
from .types import UNSET, Unset

# The documented statuses of the operations, built once, not on every call.
_STATUSES_200_204_400_TO_401_500: tuple[int, ...] = (200, 204, 400, 401, 500)
_STATUSES_200_400_TO_401_404_500: tuple[int, ...] = (200, 400, 401, 404, 500)
_STATUSES_200_400_TO_401_500: tuple[int, ...] = (200, 400, 401, 500)
_STATUSES_200_401_404_500: tuple[int, ...] = (200, 401, 404, 500)
_STATUSES_201_400_TO_401_404_409_500: tuple[int, ...] = (201, 400, 401, 404, 409, 500)
_STATUSES_201_400_TO_401_404_500: tuple[int, ...] = (201, 400, 401, 404, 500)
_STATUSES_204_400_TO_401_404_500: tuple[int, ...] = (204, 400, 401, 404, 500)
_STATUSES_204_401_404_500: tuple[int, ...] = (204, 401, 404, 500)
_STATUSES_204_401_500: tuple[int, ...] = (204, 401, 500)


class BuildsResource:
    """Endpoints for interacting with builds"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def send_to_backlog(self, build_id: UUID | str, *, body: SendBuildToBacklogRequest) -> SendBuildToBacklogResponse:
        """Send Build to Backlog

        Send a build to the backlog. This will create a printjob with a backlogged status, and return the printjob."""
        return cast(
            "SendBuildToBacklogResponse",
            self._caller.call(
                _send_build_to_backlog.sync_detailed,
                operation="sendBuildToBacklog",
                method="POST",
                path="/backlog/{build_id}",
                expected=_STATUSES_201_400_TO_401_404_500,
                build_id=build_id,
                body=body,
            ),
        )

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        title_eq: str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        part_count_eq: int | Unset = UNSET,
        part_count_ne: int | Unset = UNSET,
        part_count_lt: int | Unset = UNSET,
        part_count_le: int | Unset = UNSET,
        part_count_gt: int | Unset = UNSET,
        part_count_ge: int | Unset = UNSET,
        sliced_eq: bool | Unset = UNSET,
        blacksmith_enabled_eq: bool | Unset = UNSET,
        approved_eq: bool | None | Unset = UNSET,
        approved_ne: bool | None | Unset = UNSET,
        sort_order: ListBuildsSortorder | str | Unset = UNSET,
        sort_by: ListBuildsSortby | str | Unset = UNSET,
    ) -> Pager[BuildView]:
        """List Builds

        List all the builds in your organization Items are returned in reverse chronological order.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_builds.sync_detailed,
                operation="listBuilds",
                method="GET",
                path="/builds",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "pagesize": "page_size",
                    "filtertitleeq": "title_eq",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filterpart_counteq": "part_count_eq",
                    "filterpart_countne": "part_count_ne",
                    "filterpart_countlt": "part_count_lt",
                    "filterpart_countle": "part_count_le",
                    "filterpart_countgt": "part_count_gt",
                    "filterpart_countge": "part_count_ge",
                    "filterslicedeq": "sliced_eq",
                    "filterblacksmith_enabledeq": "blacksmith_enabled_eq",
                    "filterapprovedeq": "approved_eq",
                    "filterapprovedne": "approved_ne",
                    "sortorder": "sort_order",
                    "sortby": "sort_by",
                },
                constraints={
                    "pagesize": {"minimum": 1, "maximum": 1000},
                    "filtertitleeq": {"minLength": 1},
                    "filterpart_counteq": {"minimum": 1},
                    "filterpart_countne": {"minimum": 1},
                    "filterpart_countlt": {"minimum": 1},
                    "filterpart_countle": {"minimum": 1},
                    "filterpart_countgt": {"minimum": 1},
                    "filterpart_countge": {"minimum": 1},
                },
                pagesize=page_size,
                filtertitleeq=title_eq,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filterpart_counteq=part_count_eq,
                filterpart_countne=part_count_ne,
                filterpart_countlt=part_count_lt,
                filterpart_countle=part_count_le,
                filterpart_countgt=part_count_gt,
                filterpart_countge=part_count_ge,
                filterslicedeq=sliced_eq,
                filterblacksmith_enabledeq=blacksmith_enabled_eq,
                filterapprovedeq=approved_eq,
                filterapprovedne=approved_ne,
                sortorder=sort_order,
                sortby=sort_by,
                pagenumber=page.get("page[number]", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    def get(self, build_id: UUID | str) -> ReadBuildResponse:
        """Get Build

        Get a single build"""
        return cast(
            "ReadBuildResponse",
            self._caller.call(
                _read_build.sync_detailed,
                operation="readBuild",
                method="GET",
                path="/builds/{build_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                build_id=build_id,
            ),
        )

    def list_approved(self, *, page_size: int | Unset = UNSET) -> Pager[BuildView]:
        """List Approved Builds

        List all approved builds in your organization

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_approved_builds.sync_detailed,
                operation="listApprovedBuilds",
                method="GET",
                path="/builds/approved",
                expected=_STATUSES_200_204_400_TO_401_500,
                renamed={"pagesize": "page_size"},
                constraints={"pagesize": {"minimum": 1, "maximum": 1000}},
                pagesize=page_size,
                pagenumber=page.get("page[number]", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    def approve(self, *, body: ApproveBuildsRequest) -> None:
        """Approve Builds

        Update all specified builds to be approved, unapproving all others."""
        return cast(
            "None",
            self._caller.call(
                _approve_builds.sync_detailed,
                operation="approveBuilds",
                method="PUT",
                path="/builds/approved",
                expected=_STATUSES_204_400_TO_401_404_500,
                body=body,
            ),
        )

    def disable_approved(self) -> None:
        """Disable Build Approvals

        Disable all approved builds, leaving all builds as default (approved)"""
        return cast(
            "None",
            self._caller.call(
                _disable_approved_builds.sync_detailed,
                operation="disableApprovedBuilds",
                method="DELETE",
                path="/builds/approved",
                expected=_STATUSES_204_401_500,
            ),
        )

    def send_to_job_request_queue(
        self, build_id: UUID | str, *, body: SendBuildToBacklogRequest
    ) -> SendBuildToBacklogResponse:
        """Send Build to Job Request Queue

        Send a build to the Job Request Queue. This will create a printjob with a backlogged status, and return the printjob."""
        return cast(
            "SendBuildToBacklogResponse",
            self._caller.call(
                _send_build_to_job_request_queue.sync_detailed,
                operation="sendBuildToJobRequestQueue",
                method="POST",
                path="/job-requests/{build_id}",
                expected=_STATUSES_201_400_TO_401_404_500,
                build_id=build_id,
                body=body,
            ),
        )

    def remove_from_job_request_queue(self, build_id: UUID | str) -> None:
        """Delete Build from Job Request Queue

        Deletes a build's print job from the job request queue"""
        return cast(
            "None",
            self._caller.call(
                _remove_build_from_job_request_queue.sync_detailed,
                operation="removeBuildFromJobRequestQueue",
                method="DELETE",
                path="/job-requests/{build_id}",
                expected=_STATUSES_204_401_404_500,
                build_id=build_id,
            ),
        )


class DashboardResource:
    """Endpoints for interacting with Dashboard metrics"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_custom_analytics_csv(
        self, *, timespan_eq: GetCustomAnalyticsCsvFiltertimespaneq | str | Unset = UNSET
    ) -> str:
        """Get Custom Analytics

        Get Custom Analytics CSV from dashboard, by timespan"""
        return cast(
            "str",
            self._caller.call(
                _get_custom_analytics_csv.sync_detailed,
                operation="getCustomAnalyticsCSV",
                method="GET",
                path="/dashboard/custom_analytics_csv",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={"filtertimespaneq": "timespan_eq"},
                filtertimespaneq=timespan_eq,
            ),
        )


class DevicesResource:
    """Endpoints for interacting with devices"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        name_eq: str | Unset = UNSET,
        sort_order: ListDevicesSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: ListDevicesSortby | str | Unset = UNSET,
    ) -> Pager[DeviceViewExtended]:
        """List Devices

        List all devices in organization

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_devices.sync_detailed,
                operation="listDevices",
                method="GET",
                path="/devices",
                expected=_STATUSES_200_400_TO_401_404_500,
                renamed={
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filternameeq": "name_eq",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "sortby": "sort_by",
                },
                constraints={"filternameeq": {"minLength": 1}, "pagesize": {"minimum": 1, "maximum": 1000}},
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filternameeq=name_eq,
                sortorder=sort_order,
                pagesize=page_size,
                sortby=sort_by,
                pagenumber=page.get("page[number]", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    def get(self, device_id: UUID | str) -> ReadDeviceResponse:
        """Get a Device

        Get the state of a device"""
        return cast(
            "ReadDeviceResponse",
            self._caller.call(
                _read_device.sync_detailed,
                operation="readDevice",
                method="GET",
                path="/devices/{device_id}",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
            ),
        )

    def print_to_printer(self, device_id: UUID | str, *, body: PrintToPrinterRequest) -> PrintToPrinterResponse:
        """Print to Printer

        Send a build to a printer > WARNING: Remotely operating machinery can be dangerous. > Please confirm that the printer is safe to use prior to using this endpoint."""
        return cast(
            "PrintToPrinterResponse",
            self._caller.call(
                _print_to_printer.sync_detailed,
                operation="printToPrinter",
                method="POST",
                path="/devices/{device_id}",
                expected=_STATUSES_201_400_TO_401_404_409_500,
                device_id=device_id,
                body=body,
            ),
        )

    def list_queue(self, device_id: UUID | str) -> ListDeviceQueueResponse:
        """List Queued Jobs

        List jobs in a device queue"""
        return cast(
            "ListDeviceQueueResponse",
            self._caller.call(
                _list_device_queue.sync_detailed,
                operation="listDeviceQueue",
                method="GET",
                path="/devices/{device_id}/queue",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
            ),
        )

    def append_to_queue(
        self, device_id: UUID | str, *, body: AppendToDeviceQueueRequest
    ) -> AppendToDeviceQueueResponse:
        """Add Build to Queue

        Add a build to the device queue"""
        return cast(
            "AppendToDeviceQueueResponse",
            self._caller.call(
                _append_to_device_queue.sync_detailed,
                operation="appendToDeviceQueue",
                method="POST",
                path="/devices/{device_id}/queue",
                expected=_STATUSES_201_400_TO_401_404_500,
                device_id=device_id,
                body=body,
            ),
        )

    def get_queue(
        self, device_id: UUID | str, queued_job_id: UUID | str
    ) -> QueuedPrintJobView | QueuedPrintJobViewExtended:
        """Get Queued Job

        Get job information from queue"""
        return cast(
            "QueuedPrintJobView | QueuedPrintJobViewExtended",
            self._caller.call(
                _read_device_queue.sync_detailed,
                operation="readDeviceQueue",
                method="GET",
                path="/devices/{device_id}/queue/{queued_job_id}",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
                queued_job_id=queued_job_id,
            ),
        )

    def remove_from_queue(self, device_id: UUID | str, queued_job_id: UUID | str) -> None:
        """Remove Job From Queue

        Remove a job from the queue"""
        return cast(
            "None",
            self._caller.call(
                _remove_from_device_queue.sync_detailed,
                operation="removeFromDeviceQueue",
                method="DELETE",
                path="/devices/{device_id}/queue/{queued_job_id}",
                expected=_STATUSES_204_401_404_500,
                device_id=device_id,
                queued_job_id=queued_job_id,
            ),
        )


class PartsResource:
    """Endpoints for interacting with parts"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self, part_id: UUID | str) -> ReadPartResponse:
        """Get Part

        Get a single part."""
        return cast(
            "ReadPartResponse",
            self._caller.call(
                _read_part.sync_detailed,
                operation="readPart",
                method="GET",
                path="/parts/{part_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_id=part_id,
            ),
        )

    def upload_stl(self, *, body: UploadStlRequest) -> UploadStlResponse:
        """Upload a Part

        Upload an STL file. ```bash $ curl --location '' \\ --header 'Authorization: Basic ' \\ --form 'stlFile=@"/Users/"' \\ --form 'userId="uuid"' \\ --form 'title="Your Part Title"' ```"""
        return cast(
            "UploadStlResponse",
            self._caller.call(
                _upload_stl.sync_detailed,
                operation="uploadStl",
                method="POST",
                path="/parts/upload_stl",
                expected=_STATUSES_201_400_TO_401_404_500,
                body=body,
            ),
        )

    def get_slice_status(self, slice_job_id: UUID | str) -> SliceStatusResponse:
        """Get the Status of a Slice Job

        STATUS TYPES: REQUESTED, QUEUED, IN_PROGRESS, CANCELED, ERROR, COMPLETED"""
        return cast(
            "SliceStatusResponse",
            self._caller.call(
                _get_slice_status.sync_detailed,
                operation="getSliceStatus",
                method="GET",
                path="/parts/slice_status/{slice_job_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                slice_job_id=slice_job_id,
            ),
        )

    def get_org_settings_presets(self) -> builtins.list[OrgSettingsPresetsResponseItem]:
        """List Organization Settings Presets"""
        return cast(
            "builtins.list[OrgSettingsPresetsResponseItem]",
            self._caller.call(
                _get_org_settings_presets.sync_detailed,
                operation="getOrgSettingsPresets",
                method="GET",
                path="/parts/settings_presets",
                expected=_STATUSES_200_400_TO_401_500,
            ),
        )

    def get_version(self, part_version_id: UUID | str) -> ReadPartVersionResponse:
        """Get Part Version

        Get a single part version."""
        return cast(
            "ReadPartVersionResponse",
            self._caller.call(
                _read_part_version.sync_detailed,
                operation="readPartVersion",
                method="GET",
                path="/part_versions/{part_version_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_version_id=part_version_id,
            ),
        )

    def get_signed_url(self, part_version_id: UUID | str) -> ReadSignedURLResponse:
        """Get Part Version Download URL

        Get the download URL for the STL file of a part version, valid for 30 seconds."""
        return cast(
            "ReadSignedURLResponse",
            self._caller.call(
                _read_signed_url.sync_detailed,
                operation="readSignedURL",
                method="GET",
                path="/part_versions/{part_version_id}/download",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_version_id=part_version_id,
            ),
        )

    def list_printed(
        self,
        *,
        sort_by: ListPrintedPartsSortby | str | Unset = UNSET,
        sort_order: ListPrintedPartsSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        state_eq: PrintedPartViewStateEnum | str | Unset = UNSET,
        state_ne: PrintedPartViewStateEnum | str | Unset = UNSET,
        notes_eq: str | Unset = UNSET,
        notes_ne: str | Unset = UNSET,
    ) -> Pager[PrintedPartViewExtended]:
        """List Printed Parts

        Get all Printed Parts in an organization. Items are returned sorted by printed_at in reverse chronological order.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_printed_parts.sync_detailed,
                operation="listPrintedParts",
                method="GET",
                path="/printed_parts",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "sortby": "sort_by",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "filterstateeq": "state_eq",
                    "filterstatene": "state_ne",
                    "filternoteseq": "notes_eq",
                    "filternotesne": "notes_ne",
                },
                constraints={
                    "pagesize": {"minimum": 1, "maximum": 1000},
                    "filternoteseq": {"minLength": 1, "maxLength": 255},
                    "filternotesne": {"minLength": 1, "maxLength": 255},
                },
                sortby=sort_by,
                sortorder=sort_order,
                pagesize=page_size,
                filterstateeq=state_eq,
                filterstatene=state_ne,
                filternoteseq=notes_eq,
                filternotesne=notes_ne,
                pagenumber=page.get("page[number]", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    def get_printed(self, printed_part_id: UUID | str) -> ReadPrintedPartResponse:
        """Get Printed Part

        Get a single printed part"""
        return cast(
            "ReadPrintedPartResponse",
            self._caller.call(
                _read_printed_part.sync_detailed,
                operation="readPrintedPart",
                method="GET",
                path="/printed_parts/{printed_part_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                printed_part_id=printed_part_id,
            ),
        )

    def get_printed_scan_report(self, printed_part_id: UUID | str) -> GetPrintedPartScanReportResponse:
        """Get a Printed Part's Scan Report

        Get the URL to download the scan report for a printed part A null value will be returned if the scan report hasn't been generated yet."""
        return cast(
            "GetPrintedPartScanReportResponse",
            self._caller.call(
                _get_printed_part_scan_report.sync_detailed,
                operation="getPrintedPartScanReport",
                method="GET",
                path="/printed_parts/{printed_part_id}/scan_report",
                expected=_STATUSES_200_400_TO_401_404_500,
                printed_part_id=printed_part_id,
            ),
        )


class PrintJobsResource:
    """Endpoints for interacting with print jobs"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        state_eq: PrintJobStateEnum | str | Unset = UNSET,
        state_ne: PrintJobStateEnum | str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        started_at_lt: datetime.datetime | str | Unset = UNSET,
        started_at_le: datetime.datetime | str | Unset = UNSET,
        started_at_gt: datetime.datetime | str | Unset = UNSET,
        started_at_ge: datetime.datetime | str | Unset = UNSET,
        ended_at_lt: datetime.datetime | str | Unset = UNSET,
        ended_at_le: datetime.datetime | str | Unset = UNSET,
        ended_at_gt: datetime.datetime | str | Unset = UNSET,
        ended_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        build_eq: UUID | str | Unset = UNSET,
        device_eq: UUID | str | Unset = UNSET,
        sort_order: ListPrintJobsSortorder | str | Unset = UNSET,
        sort_by: ListPrintJobsSortby | str | Unset = UNSET,
    ) -> Pager[PrintJobViewExtended]:
        """List Print Jobs

        List the print jobs in your organization Items are returned in reverse chronological order.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_print_jobs.sync_detailed,
                operation="listPrintJobs",
                method="GET",
                path="/print_jobs",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "pagesize": "page_size",
                    "filterstateeq": "state_eq",
                    "filterstatene": "state_ne",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterstarted_atlt": "started_at_lt",
                    "filterstarted_atle": "started_at_le",
                    "filterstarted_atgt": "started_at_gt",
                    "filterstarted_atge": "started_at_ge",
                    "filterended_atlt": "ended_at_lt",
                    "filterended_atle": "ended_at_le",
                    "filterended_atgt": "ended_at_gt",
                    "filterended_atge": "ended_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filterbuildeq": "build_eq",
                    "filterdeviceeq": "device_eq",
                    "sortorder": "sort_order",
                    "sortby": "sort_by",
                },
                constraints={"pagesize": {"minimum": 1, "maximum": 1000}},
                pagesize=page_size,
                filterstateeq=state_eq,
                filterstatene=state_ne,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterstarted_atlt=started_at_lt,
                filterstarted_atle=started_at_le,
                filterstarted_atgt=started_at_gt,
                filterstarted_atge=started_at_ge,
                filterended_atlt=ended_at_lt,
                filterended_atle=ended_at_le,
                filterended_atgt=ended_at_gt,
                filterended_atge=ended_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filterbuildeq=build_eq,
                filterdeviceeq=device_eq,
                sortorder=sort_order,
                sortby=sort_by,
                pagenumber=page.get("page[number]", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    def get(self, print_job_id: UUID | str) -> ReadPrintJobResponse:
        """Get Print Job

        Get a single print job"""
        return cast(
            "ReadPrintJobResponse",
            self._caller.call(
                _read_print_job.sync_detailed,
                operation="readPrintJob",
                method="GET",
                path="/print_jobs/{print_job_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                print_job_id=print_job_id,
            ),
        )

    def get_part_scan_report(self, print_job_id: UUID | str) -> builtins.list[GetPrintJobPartScanReportResponseItem]:
        """Get Print Job Scan Reports

        Get all URLs to download the scan reports for printed parts associated with a print job A null value will be returned for any scan reports that haven't been generated yet."""
        return cast(
            "builtins.list[GetPrintJobPartScanReportResponseItem]",
            self._caller.call(
                _get_print_job_part_scan_report.sync_detailed,
                operation="getPrintJobPartScanReport",
                method="GET",
                path="/print_jobs/{print_job_id}/scan_report",
                expected=_STATUSES_200_400_TO_401_404_500,
                print_job_id=print_job_id,
            ),
        )


class UsersResource:
    """Endpoints for interacting with users"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self, user_id: UUID | str) -> GetUserResponse:
        """Fetch User

        Get a single user"""
        return cast(
            "GetUserResponse",
            self._caller.call(
                _fetch_user.sync_detailed,
                operation="fetchUser",
                method="GET",
                path="/users/{user_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                user_id=user_id,
            ),
        )

    def list(
        self,
        *,
        email_eq: str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        name_eq: str | Unset = UNSET,
        sort_order: ListUsersSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: ListUsersSortby | str | Unset = UNSET,
    ) -> Pager[UserView]:
        """List Users

        List all users in organization

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_users.sync_detailed,
                operation="listUsers",
                method="GET",
                path="/users",
                expected=_STATUSES_200_400_TO_401_404_500,
                renamed={
                    "filteremaileq": "email_eq",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filternameeq": "name_eq",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "sortby": "sort_by",
                },
                constraints={
                    "filteremaileq": {"minLength": 1},
                    "filternameeq": {"minLength": 1},
                    "pagesize": {"minimum": 1, "maximum": 1000},
                },
                filteremaileq=email_eq,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filternameeq=name_eq,
                sortorder=sort_order,
                pagesize=page_size,
                sortby=sort_by,
                pagenumber=page.get("page[number]", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )


class RawBuildsResource:
    """Endpoints for interacting with builds"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def send_to_backlog(
        self, build_id: UUID | str, *, body: SendBuildToBacklogRequest
    ) -> RawResponse[SendBuildToBacklogResponse]:
        """`sendBuildToBacklog`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[SendBuildToBacklogResponse]",
            self._caller.call_with_response(
                _send_build_to_backlog.sync_detailed,
                operation="sendBuildToBacklog",
                method="POST",
                path="/backlog/{build_id}",
                expected=_STATUSES_201_400_TO_401_404_500,
                build_id=build_id,
                body=body,
            ),
        )

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        title_eq: str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        part_count_eq: int | Unset = UNSET,
        part_count_ne: int | Unset = UNSET,
        part_count_lt: int | Unset = UNSET,
        part_count_le: int | Unset = UNSET,
        part_count_gt: int | Unset = UNSET,
        part_count_ge: int | Unset = UNSET,
        sliced_eq: bool | Unset = UNSET,
        blacksmith_enabled_eq: bool | Unset = UNSET,
        approved_eq: bool | None | Unset = UNSET,
        approved_ne: bool | None | Unset = UNSET,
        sort_order: ListBuildsSortorder | str | Unset = UNSET,
        sort_by: ListBuildsSortby | str | Unset = UNSET,
    ) -> RawResponse[ListBuildsResponse]:
        """`listBuilds`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListBuildsResponse]",
            self._caller.call_with_response(
                _list_builds.sync_detailed,
                operation="listBuilds",
                method="GET",
                path="/builds",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "pagesize": "page_size",
                    "filtertitleeq": "title_eq",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filterpart_counteq": "part_count_eq",
                    "filterpart_countne": "part_count_ne",
                    "filterpart_countlt": "part_count_lt",
                    "filterpart_countle": "part_count_le",
                    "filterpart_countgt": "part_count_gt",
                    "filterpart_countge": "part_count_ge",
                    "filterslicedeq": "sliced_eq",
                    "filterblacksmith_enabledeq": "blacksmith_enabled_eq",
                    "filterapprovedeq": "approved_eq",
                    "filterapprovedne": "approved_ne",
                    "sortorder": "sort_order",
                    "sortby": "sort_by",
                },
                constraints={
                    "pagesize": {"minimum": 1, "maximum": 1000},
                    "filtertitleeq": {"minLength": 1},
                    "filterpart_counteq": {"minimum": 1},
                    "filterpart_countne": {"minimum": 1},
                    "filterpart_countlt": {"minimum": 1},
                    "filterpart_countle": {"minimum": 1},
                    "filterpart_countgt": {"minimum": 1},
                    "filterpart_countge": {"minimum": 1},
                },
                pagesize=page_size,
                filtertitleeq=title_eq,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filterpart_counteq=part_count_eq,
                filterpart_countne=part_count_ne,
                filterpart_countlt=part_count_lt,
                filterpart_countle=part_count_le,
                filterpart_countgt=part_count_gt,
                filterpart_countge=part_count_ge,
                filterslicedeq=sliced_eq,
                filterblacksmith_enabledeq=blacksmith_enabled_eq,
                filterapprovedeq=approved_eq,
                filterapprovedne=approved_ne,
                sortorder=sort_order,
                sortby=sort_by,
            ),
        )

    def get(self, build_id: UUID | str) -> RawResponse[ReadBuildResponse]:
        """`readBuild`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadBuildResponse]",
            self._caller.call_with_response(
                _read_build.sync_detailed,
                operation="readBuild",
                method="GET",
                path="/builds/{build_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                build_id=build_id,
            ),
        )

    def list_approved(self, *, page_size: int | Unset = UNSET) -> RawResponse[ListApprovedBuildsResponse | None]:
        """`listApprovedBuilds`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListApprovedBuildsResponse | None]",
            self._caller.call_with_response(
                _list_approved_builds.sync_detailed,
                operation="listApprovedBuilds",
                method="GET",
                path="/builds/approved",
                expected=_STATUSES_200_204_400_TO_401_500,
                renamed={"pagesize": "page_size"},
                constraints={"pagesize": {"minimum": 1, "maximum": 1000}},
                pagesize=page_size,
            ),
        )

    def approve(self, *, body: ApproveBuildsRequest) -> RawResponse[None]:
        """`approveBuilds`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _approve_builds.sync_detailed,
                operation="approveBuilds",
                method="PUT",
                path="/builds/approved",
                expected=_STATUSES_204_400_TO_401_404_500,
                body=body,
            ),
        )

    def disable_approved(self) -> RawResponse[None]:
        """`disableApprovedBuilds`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _disable_approved_builds.sync_detailed,
                operation="disableApprovedBuilds",
                method="DELETE",
                path="/builds/approved",
                expected=_STATUSES_204_401_500,
            ),
        )

    def send_to_job_request_queue(
        self, build_id: UUID | str, *, body: SendBuildToBacklogRequest
    ) -> RawResponse[SendBuildToBacklogResponse]:
        """`sendBuildToJobRequestQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[SendBuildToBacklogResponse]",
            self._caller.call_with_response(
                _send_build_to_job_request_queue.sync_detailed,
                operation="sendBuildToJobRequestQueue",
                method="POST",
                path="/job-requests/{build_id}",
                expected=_STATUSES_201_400_TO_401_404_500,
                build_id=build_id,
                body=body,
            ),
        )

    def remove_from_job_request_queue(self, build_id: UUID | str) -> RawResponse[None]:
        """`removeBuildFromJobRequestQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _remove_build_from_job_request_queue.sync_detailed,
                operation="removeBuildFromJobRequestQueue",
                method="DELETE",
                path="/job-requests/{build_id}",
                expected=_STATUSES_204_401_404_500,
                build_id=build_id,
            ),
        )


class RawDashboardResource:
    """Endpoints for interacting with Dashboard metrics"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_custom_analytics_csv(
        self, *, timespan_eq: GetCustomAnalyticsCsvFiltertimespaneq | str | Unset = UNSET
    ) -> RawResponse[str]:
        """`getCustomAnalyticsCSV`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[str]",
            self._caller.call_with_response(
                _get_custom_analytics_csv.sync_detailed,
                operation="getCustomAnalyticsCSV",
                method="GET",
                path="/dashboard/custom_analytics_csv",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={"filtertimespaneq": "timespan_eq"},
                filtertimespaneq=timespan_eq,
            ),
        )


class RawDevicesResource:
    """Endpoints for interacting with devices"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        name_eq: str | Unset = UNSET,
        sort_order: ListDevicesSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: ListDevicesSortby | str | Unset = UNSET,
    ) -> RawResponse[ListDevicesResponse]:
        """`listDevices`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListDevicesResponse]",
            self._caller.call_with_response(
                _list_devices.sync_detailed,
                operation="listDevices",
                method="GET",
                path="/devices",
                expected=_STATUSES_200_400_TO_401_404_500,
                renamed={
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filternameeq": "name_eq",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "sortby": "sort_by",
                },
                constraints={"filternameeq": {"minLength": 1}, "pagesize": {"minimum": 1, "maximum": 1000}},
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filternameeq=name_eq,
                sortorder=sort_order,
                pagesize=page_size,
                sortby=sort_by,
            ),
        )

    def get(self, device_id: UUID | str) -> RawResponse[ReadDeviceResponse]:
        """`readDevice`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadDeviceResponse]",
            self._caller.call_with_response(
                _read_device.sync_detailed,
                operation="readDevice",
                method="GET",
                path="/devices/{device_id}",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
            ),
        )

    def print_to_printer(
        self, device_id: UUID | str, *, body: PrintToPrinterRequest
    ) -> RawResponse[PrintToPrinterResponse]:
        """`printToPrinter`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PrintToPrinterResponse]",
            self._caller.call_with_response(
                _print_to_printer.sync_detailed,
                operation="printToPrinter",
                method="POST",
                path="/devices/{device_id}",
                expected=_STATUSES_201_400_TO_401_404_409_500,
                device_id=device_id,
                body=body,
            ),
        )

    def list_queue(self, device_id: UUID | str) -> RawResponse[ListDeviceQueueResponse]:
        """`listDeviceQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ListDeviceQueueResponse]",
            self._caller.call_with_response(
                _list_device_queue.sync_detailed,
                operation="listDeviceQueue",
                method="GET",
                path="/devices/{device_id}/queue",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
            ),
        )

    def append_to_queue(
        self, device_id: UUID | str, *, body: AppendToDeviceQueueRequest
    ) -> RawResponse[AppendToDeviceQueueResponse]:
        """`appendToDeviceQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AppendToDeviceQueueResponse]",
            self._caller.call_with_response(
                _append_to_device_queue.sync_detailed,
                operation="appendToDeviceQueue",
                method="POST",
                path="/devices/{device_id}/queue",
                expected=_STATUSES_201_400_TO_401_404_500,
                device_id=device_id,
                body=body,
            ),
        )

    def get_queue(
        self, device_id: UUID | str, queued_job_id: UUID | str
    ) -> RawResponse[QueuedPrintJobView | QueuedPrintJobViewExtended]:
        """`readDeviceQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QueuedPrintJobView | QueuedPrintJobViewExtended]",
            self._caller.call_with_response(
                _read_device_queue.sync_detailed,
                operation="readDeviceQueue",
                method="GET",
                path="/devices/{device_id}/queue/{queued_job_id}",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
                queued_job_id=queued_job_id,
            ),
        )

    def remove_from_queue(self, device_id: UUID | str, queued_job_id: UUID | str) -> RawResponse[None]:
        """`removeFromDeviceQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _remove_from_device_queue.sync_detailed,
                operation="removeFromDeviceQueue",
                method="DELETE",
                path="/devices/{device_id}/queue/{queued_job_id}",
                expected=_STATUSES_204_401_404_500,
                device_id=device_id,
                queued_job_id=queued_job_id,
            ),
        )


class RawPartsResource:
    """Endpoints for interacting with parts"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self, part_id: UUID | str) -> RawResponse[ReadPartResponse]:
        """`readPart`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadPartResponse]",
            self._caller.call_with_response(
                _read_part.sync_detailed,
                operation="readPart",
                method="GET",
                path="/parts/{part_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_id=part_id,
            ),
        )

    def upload_stl(self, *, body: UploadStlRequest) -> RawResponse[UploadStlResponse]:
        """`uploadStl`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UploadStlResponse]",
            self._caller.call_with_response(
                _upload_stl.sync_detailed,
                operation="uploadStl",
                method="POST",
                path="/parts/upload_stl",
                expected=_STATUSES_201_400_TO_401_404_500,
                body=body,
            ),
        )

    def get_slice_status(self, slice_job_id: UUID | str) -> RawResponse[SliceStatusResponse]:
        """`getSliceStatus`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[SliceStatusResponse]",
            self._caller.call_with_response(
                _get_slice_status.sync_detailed,
                operation="getSliceStatus",
                method="GET",
                path="/parts/slice_status/{slice_job_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                slice_job_id=slice_job_id,
            ),
        )

    def get_org_settings_presets(self) -> RawResponse[builtins.list[OrgSettingsPresetsResponseItem]]:
        """`getOrgSettingsPresets`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OrgSettingsPresetsResponseItem]]",
            self._caller.call_with_response(
                _get_org_settings_presets.sync_detailed,
                operation="getOrgSettingsPresets",
                method="GET",
                path="/parts/settings_presets",
                expected=_STATUSES_200_400_TO_401_500,
            ),
        )

    def get_version(self, part_version_id: UUID | str) -> RawResponse[ReadPartVersionResponse]:
        """`readPartVersion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadPartVersionResponse]",
            self._caller.call_with_response(
                _read_part_version.sync_detailed,
                operation="readPartVersion",
                method="GET",
                path="/part_versions/{part_version_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_version_id=part_version_id,
            ),
        )

    def get_signed_url(self, part_version_id: UUID | str) -> RawResponse[ReadSignedURLResponse]:
        """`readSignedURL`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadSignedURLResponse]",
            self._caller.call_with_response(
                _read_signed_url.sync_detailed,
                operation="readSignedURL",
                method="GET",
                path="/part_versions/{part_version_id}/download",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_version_id=part_version_id,
            ),
        )

    def list_printed(
        self,
        *,
        sort_by: ListPrintedPartsSortby | str | Unset = UNSET,
        sort_order: ListPrintedPartsSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        state_eq: PrintedPartViewStateEnum | str | Unset = UNSET,
        state_ne: PrintedPartViewStateEnum | str | Unset = UNSET,
        notes_eq: str | Unset = UNSET,
        notes_ne: str | Unset = UNSET,
    ) -> RawResponse[ListPrintedPartsResponse]:
        """`listPrintedParts`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListPrintedPartsResponse]",
            self._caller.call_with_response(
                _list_printed_parts.sync_detailed,
                operation="listPrintedParts",
                method="GET",
                path="/printed_parts",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "sortby": "sort_by",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "filterstateeq": "state_eq",
                    "filterstatene": "state_ne",
                    "filternoteseq": "notes_eq",
                    "filternotesne": "notes_ne",
                },
                constraints={
                    "pagesize": {"minimum": 1, "maximum": 1000},
                    "filternoteseq": {"minLength": 1, "maxLength": 255},
                    "filternotesne": {"minLength": 1, "maxLength": 255},
                },
                sortby=sort_by,
                sortorder=sort_order,
                pagesize=page_size,
                filterstateeq=state_eq,
                filterstatene=state_ne,
                filternoteseq=notes_eq,
                filternotesne=notes_ne,
            ),
        )

    def get_printed(self, printed_part_id: UUID | str) -> RawResponse[ReadPrintedPartResponse]:
        """`readPrintedPart`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadPrintedPartResponse]",
            self._caller.call_with_response(
                _read_printed_part.sync_detailed,
                operation="readPrintedPart",
                method="GET",
                path="/printed_parts/{printed_part_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                printed_part_id=printed_part_id,
            ),
        )

    def get_printed_scan_report(self, printed_part_id: UUID | str) -> RawResponse[GetPrintedPartScanReportResponse]:
        """`getPrintedPartScanReport`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[GetPrintedPartScanReportResponse]",
            self._caller.call_with_response(
                _get_printed_part_scan_report.sync_detailed,
                operation="getPrintedPartScanReport",
                method="GET",
                path="/printed_parts/{printed_part_id}/scan_report",
                expected=_STATUSES_200_400_TO_401_404_500,
                printed_part_id=printed_part_id,
            ),
        )


class RawPrintJobsResource:
    """Endpoints for interacting with print jobs"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        state_eq: PrintJobStateEnum | str | Unset = UNSET,
        state_ne: PrintJobStateEnum | str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        started_at_lt: datetime.datetime | str | Unset = UNSET,
        started_at_le: datetime.datetime | str | Unset = UNSET,
        started_at_gt: datetime.datetime | str | Unset = UNSET,
        started_at_ge: datetime.datetime | str | Unset = UNSET,
        ended_at_lt: datetime.datetime | str | Unset = UNSET,
        ended_at_le: datetime.datetime | str | Unset = UNSET,
        ended_at_gt: datetime.datetime | str | Unset = UNSET,
        ended_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        build_eq: UUID | str | Unset = UNSET,
        device_eq: UUID | str | Unset = UNSET,
        sort_order: ListPrintJobsSortorder | str | Unset = UNSET,
        sort_by: ListPrintJobsSortby | str | Unset = UNSET,
    ) -> RawResponse[ListPrintJobsResponse]:
        """`listPrintJobs`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListPrintJobsResponse]",
            self._caller.call_with_response(
                _list_print_jobs.sync_detailed,
                operation="listPrintJobs",
                method="GET",
                path="/print_jobs",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "pagesize": "page_size",
                    "filterstateeq": "state_eq",
                    "filterstatene": "state_ne",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterstarted_atlt": "started_at_lt",
                    "filterstarted_atle": "started_at_le",
                    "filterstarted_atgt": "started_at_gt",
                    "filterstarted_atge": "started_at_ge",
                    "filterended_atlt": "ended_at_lt",
                    "filterended_atle": "ended_at_le",
                    "filterended_atgt": "ended_at_gt",
                    "filterended_atge": "ended_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filterbuildeq": "build_eq",
                    "filterdeviceeq": "device_eq",
                    "sortorder": "sort_order",
                    "sortby": "sort_by",
                },
                constraints={"pagesize": {"minimum": 1, "maximum": 1000}},
                pagesize=page_size,
                filterstateeq=state_eq,
                filterstatene=state_ne,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterstarted_atlt=started_at_lt,
                filterstarted_atle=started_at_le,
                filterstarted_atgt=started_at_gt,
                filterstarted_atge=started_at_ge,
                filterended_atlt=ended_at_lt,
                filterended_atle=ended_at_le,
                filterended_atgt=ended_at_gt,
                filterended_atge=ended_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filterbuildeq=build_eq,
                filterdeviceeq=device_eq,
                sortorder=sort_order,
                sortby=sort_by,
            ),
        )

    def get(self, print_job_id: UUID | str) -> RawResponse[ReadPrintJobResponse]:
        """`readPrintJob`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadPrintJobResponse]",
            self._caller.call_with_response(
                _read_print_job.sync_detailed,
                operation="readPrintJob",
                method="GET",
                path="/print_jobs/{print_job_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                print_job_id=print_job_id,
            ),
        )

    def get_part_scan_report(
        self, print_job_id: UUID | str
    ) -> RawResponse[builtins.list[GetPrintJobPartScanReportResponseItem]]:
        """`getPrintJobPartScanReport`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[GetPrintJobPartScanReportResponseItem]]",
            self._caller.call_with_response(
                _get_print_job_part_scan_report.sync_detailed,
                operation="getPrintJobPartScanReport",
                method="GET",
                path="/print_jobs/{print_job_id}/scan_report",
                expected=_STATUSES_200_400_TO_401_404_500,
                print_job_id=print_job_id,
            ),
        )


class RawUsersResource:
    """Endpoints for interacting with users"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self, user_id: UUID | str) -> RawResponse[GetUserResponse]:
        """`fetchUser`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[GetUserResponse]",
            self._caller.call_with_response(
                _fetch_user.sync_detailed,
                operation="fetchUser",
                method="GET",
                path="/users/{user_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                user_id=user_id,
            ),
        )

    def list(
        self,
        *,
        email_eq: str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        name_eq: str | Unset = UNSET,
        sort_order: ListUsersSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: ListUsersSortby | str | Unset = UNSET,
    ) -> RawResponse[ListUsersResponse]:
        """`listUsers`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListUsersResponse]",
            self._caller.call_with_response(
                _list_users.sync_detailed,
                operation="listUsers",
                method="GET",
                path="/users",
                expected=_STATUSES_200_400_TO_401_404_500,
                renamed={
                    "filteremaileq": "email_eq",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filternameeq": "name_eq",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "sortby": "sort_by",
                },
                constraints={
                    "filteremaileq": {"minLength": 1},
                    "filternameeq": {"minLength": 1},
                    "pagesize": {"minimum": 1, "maximum": 1000},
                },
                filteremaileq=email_eq,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filternameeq=name_eq,
                sortorder=sort_order,
                pagesize=page_size,
                sortby=sort_by,
            ),
        )


class RawResources:
    """Every operation of the Markforged Eiger API, answering `RawResponse`s."""

    def __init__(self, caller: Caller) -> None:
        self.builds = RawBuildsResource(caller)
        self.dashboard = RawDashboardResource(caller)
        self.devices = RawDevicesResource(caller)
        self.parts = RawPartsResource(caller)
        self.print_jobs = RawPrintJobsResource(caller)
        self.users = RawUsersResource(caller)


class Resources:
    """Every operation of the Markforged Eiger API, grouped by tag."""

    def __init__(self, caller: Caller) -> None:
        self._bind(caller)

    def _bind(self, caller: Caller) -> None:
        self._caller = caller
        self.builds = BuildsResource(caller)
        self.dashboard = DashboardResource(caller)
        self.devices = DevicesResource(caller)
        self.parts = PartsResource(caller)
        self.print_jobs = PrintJobsResource(caller)
        self.users = UsersResource(caller)

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return RawResources(self._caller)


class AsyncBuildsResource:
    """Endpoints for interacting with builds"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def send_to_backlog(
        self, build_id: UUID | str, *, body: SendBuildToBacklogRequest
    ) -> SendBuildToBacklogResponse:
        """Send Build to Backlog

        Send a build to the backlog. This will create a printjob with a backlogged status, and return the printjob."""
        return cast(
            "SendBuildToBacklogResponse",
            await self._caller.call(
                _send_build_to_backlog.asyncio_detailed,
                operation="sendBuildToBacklog",
                method="POST",
                path="/backlog/{build_id}",
                expected=_STATUSES_201_400_TO_401_404_500,
                build_id=build_id,
                body=body,
            ),
        )

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        title_eq: str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        part_count_eq: int | Unset = UNSET,
        part_count_ne: int | Unset = UNSET,
        part_count_lt: int | Unset = UNSET,
        part_count_le: int | Unset = UNSET,
        part_count_gt: int | Unset = UNSET,
        part_count_ge: int | Unset = UNSET,
        sliced_eq: bool | Unset = UNSET,
        blacksmith_enabled_eq: bool | Unset = UNSET,
        approved_eq: bool | None | Unset = UNSET,
        approved_ne: bool | None | Unset = UNSET,
        sort_order: ListBuildsSortorder | str | Unset = UNSET,
        sort_by: ListBuildsSortby | str | Unset = UNSET,
    ) -> AsyncPager[BuildView]:
        """List Builds

        List all the builds in your organization Items are returned in reverse chronological order.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_builds.asyncio_detailed,
                operation="listBuilds",
                method="GET",
                path="/builds",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "pagesize": "page_size",
                    "filtertitleeq": "title_eq",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filterpart_counteq": "part_count_eq",
                    "filterpart_countne": "part_count_ne",
                    "filterpart_countlt": "part_count_lt",
                    "filterpart_countle": "part_count_le",
                    "filterpart_countgt": "part_count_gt",
                    "filterpart_countge": "part_count_ge",
                    "filterslicedeq": "sliced_eq",
                    "filterblacksmith_enabledeq": "blacksmith_enabled_eq",
                    "filterapprovedeq": "approved_eq",
                    "filterapprovedne": "approved_ne",
                    "sortorder": "sort_order",
                    "sortby": "sort_by",
                },
                constraints={
                    "pagesize": {"minimum": 1, "maximum": 1000},
                    "filtertitleeq": {"minLength": 1},
                    "filterpart_counteq": {"minimum": 1},
                    "filterpart_countne": {"minimum": 1},
                    "filterpart_countlt": {"minimum": 1},
                    "filterpart_countle": {"minimum": 1},
                    "filterpart_countgt": {"minimum": 1},
                    "filterpart_countge": {"minimum": 1},
                },
                pagesize=page_size,
                filtertitleeq=title_eq,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filterpart_counteq=part_count_eq,
                filterpart_countne=part_count_ne,
                filterpart_countlt=part_count_lt,
                filterpart_countle=part_count_le,
                filterpart_countgt=part_count_gt,
                filterpart_countge=part_count_ge,
                filterslicedeq=sliced_eq,
                filterblacksmith_enabledeq=blacksmith_enabled_eq,
                filterapprovedeq=approved_eq,
                filterapprovedne=approved_ne,
                sortorder=sort_order,
                sortby=sort_by,
                pagenumber=page.get("page[number]", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    async def get(self, build_id: UUID | str) -> ReadBuildResponse:
        """Get Build

        Get a single build"""
        return cast(
            "ReadBuildResponse",
            await self._caller.call(
                _read_build.asyncio_detailed,
                operation="readBuild",
                method="GET",
                path="/builds/{build_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                build_id=build_id,
            ),
        )

    def list_approved(self, *, page_size: int | Unset = UNSET) -> AsyncPager[BuildView]:
        """List Approved Builds

        List all approved builds in your organization

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_approved_builds.asyncio_detailed,
                operation="listApprovedBuilds",
                method="GET",
                path="/builds/approved",
                expected=_STATUSES_200_204_400_TO_401_500,
                renamed={"pagesize": "page_size"},
                constraints={"pagesize": {"minimum": 1, "maximum": 1000}},
                pagesize=page_size,
                pagenumber=page.get("page[number]", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    async def approve(self, *, body: ApproveBuildsRequest) -> None:
        """Approve Builds

        Update all specified builds to be approved, unapproving all others."""
        return cast(
            "None",
            await self._caller.call(
                _approve_builds.asyncio_detailed,
                operation="approveBuilds",
                method="PUT",
                path="/builds/approved",
                expected=_STATUSES_204_400_TO_401_404_500,
                body=body,
            ),
        )

    async def disable_approved(self) -> None:
        """Disable Build Approvals

        Disable all approved builds, leaving all builds as default (approved)"""
        return cast(
            "None",
            await self._caller.call(
                _disable_approved_builds.asyncio_detailed,
                operation="disableApprovedBuilds",
                method="DELETE",
                path="/builds/approved",
                expected=_STATUSES_204_401_500,
            ),
        )

    async def send_to_job_request_queue(
        self, build_id: UUID | str, *, body: SendBuildToBacklogRequest
    ) -> SendBuildToBacklogResponse:
        """Send Build to Job Request Queue

        Send a build to the Job Request Queue. This will create a printjob with a backlogged status, and return the printjob."""
        return cast(
            "SendBuildToBacklogResponse",
            await self._caller.call(
                _send_build_to_job_request_queue.asyncio_detailed,
                operation="sendBuildToJobRequestQueue",
                method="POST",
                path="/job-requests/{build_id}",
                expected=_STATUSES_201_400_TO_401_404_500,
                build_id=build_id,
                body=body,
            ),
        )

    async def remove_from_job_request_queue(self, build_id: UUID | str) -> None:
        """Delete Build from Job Request Queue

        Deletes a build's print job from the job request queue"""
        return cast(
            "None",
            await self._caller.call(
                _remove_build_from_job_request_queue.asyncio_detailed,
                operation="removeBuildFromJobRequestQueue",
                method="DELETE",
                path="/job-requests/{build_id}",
                expected=_STATUSES_204_401_404_500,
                build_id=build_id,
            ),
        )


class AsyncDashboardResource:
    """Endpoints for interacting with Dashboard metrics"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_custom_analytics_csv(
        self, *, timespan_eq: GetCustomAnalyticsCsvFiltertimespaneq | str | Unset = UNSET
    ) -> str:
        """Get Custom Analytics

        Get Custom Analytics CSV from dashboard, by timespan"""
        return cast(
            "str",
            await self._caller.call(
                _get_custom_analytics_csv.asyncio_detailed,
                operation="getCustomAnalyticsCSV",
                method="GET",
                path="/dashboard/custom_analytics_csv",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={"filtertimespaneq": "timespan_eq"},
                filtertimespaneq=timespan_eq,
            ),
        )


class AsyncDevicesResource:
    """Endpoints for interacting with devices"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        name_eq: str | Unset = UNSET,
        sort_order: ListDevicesSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: ListDevicesSortby | str | Unset = UNSET,
    ) -> AsyncPager[DeviceViewExtended]:
        """List Devices

        List all devices in organization

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_devices.asyncio_detailed,
                operation="listDevices",
                method="GET",
                path="/devices",
                expected=_STATUSES_200_400_TO_401_404_500,
                renamed={
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filternameeq": "name_eq",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "sortby": "sort_by",
                },
                constraints={"filternameeq": {"minLength": 1}, "pagesize": {"minimum": 1, "maximum": 1000}},
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filternameeq=name_eq,
                sortorder=sort_order,
                pagesize=page_size,
                sortby=sort_by,
                pagenumber=page.get("page[number]", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    async def get(self, device_id: UUID | str) -> ReadDeviceResponse:
        """Get a Device

        Get the state of a device"""
        return cast(
            "ReadDeviceResponse",
            await self._caller.call(
                _read_device.asyncio_detailed,
                operation="readDevice",
                method="GET",
                path="/devices/{device_id}",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
            ),
        )

    async def print_to_printer(self, device_id: UUID | str, *, body: PrintToPrinterRequest) -> PrintToPrinterResponse:
        """Print to Printer

        Send a build to a printer > WARNING: Remotely operating machinery can be dangerous. > Please confirm that the printer is safe to use prior to using this endpoint."""
        return cast(
            "PrintToPrinterResponse",
            await self._caller.call(
                _print_to_printer.asyncio_detailed,
                operation="printToPrinter",
                method="POST",
                path="/devices/{device_id}",
                expected=_STATUSES_201_400_TO_401_404_409_500,
                device_id=device_id,
                body=body,
            ),
        )

    async def list_queue(self, device_id: UUID | str) -> ListDeviceQueueResponse:
        """List Queued Jobs

        List jobs in a device queue"""
        return cast(
            "ListDeviceQueueResponse",
            await self._caller.call(
                _list_device_queue.asyncio_detailed,
                operation="listDeviceQueue",
                method="GET",
                path="/devices/{device_id}/queue",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
            ),
        )

    async def append_to_queue(
        self, device_id: UUID | str, *, body: AppendToDeviceQueueRequest
    ) -> AppendToDeviceQueueResponse:
        """Add Build to Queue

        Add a build to the device queue"""
        return cast(
            "AppendToDeviceQueueResponse",
            await self._caller.call(
                _append_to_device_queue.asyncio_detailed,
                operation="appendToDeviceQueue",
                method="POST",
                path="/devices/{device_id}/queue",
                expected=_STATUSES_201_400_TO_401_404_500,
                device_id=device_id,
                body=body,
            ),
        )

    async def get_queue(
        self, device_id: UUID | str, queued_job_id: UUID | str
    ) -> QueuedPrintJobView | QueuedPrintJobViewExtended:
        """Get Queued Job

        Get job information from queue"""
        return cast(
            "QueuedPrintJobView | QueuedPrintJobViewExtended",
            await self._caller.call(
                _read_device_queue.asyncio_detailed,
                operation="readDeviceQueue",
                method="GET",
                path="/devices/{device_id}/queue/{queued_job_id}",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
                queued_job_id=queued_job_id,
            ),
        )

    async def remove_from_queue(self, device_id: UUID | str, queued_job_id: UUID | str) -> None:
        """Remove Job From Queue

        Remove a job from the queue"""
        return cast(
            "None",
            await self._caller.call(
                _remove_from_device_queue.asyncio_detailed,
                operation="removeFromDeviceQueue",
                method="DELETE",
                path="/devices/{device_id}/queue/{queued_job_id}",
                expected=_STATUSES_204_401_404_500,
                device_id=device_id,
                queued_job_id=queued_job_id,
            ),
        )


class AsyncPartsResource:
    """Endpoints for interacting with parts"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self, part_id: UUID | str) -> ReadPartResponse:
        """Get Part

        Get a single part."""
        return cast(
            "ReadPartResponse",
            await self._caller.call(
                _read_part.asyncio_detailed,
                operation="readPart",
                method="GET",
                path="/parts/{part_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_id=part_id,
            ),
        )

    async def upload_stl(self, *, body: UploadStlRequest) -> UploadStlResponse:
        """Upload a Part

        Upload an STL file. ```bash $ curl --location '' \\ --header 'Authorization: Basic ' \\ --form 'stlFile=@"/Users/"' \\ --form 'userId="uuid"' \\ --form 'title="Your Part Title"' ```"""
        return cast(
            "UploadStlResponse",
            await self._caller.call(
                _upload_stl.asyncio_detailed,
                operation="uploadStl",
                method="POST",
                path="/parts/upload_stl",
                expected=_STATUSES_201_400_TO_401_404_500,
                body=body,
            ),
        )

    async def get_slice_status(self, slice_job_id: UUID | str) -> SliceStatusResponse:
        """Get the Status of a Slice Job

        STATUS TYPES: REQUESTED, QUEUED, IN_PROGRESS, CANCELED, ERROR, COMPLETED"""
        return cast(
            "SliceStatusResponse",
            await self._caller.call(
                _get_slice_status.asyncio_detailed,
                operation="getSliceStatus",
                method="GET",
                path="/parts/slice_status/{slice_job_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                slice_job_id=slice_job_id,
            ),
        )

    async def get_org_settings_presets(self) -> builtins.list[OrgSettingsPresetsResponseItem]:
        """List Organization Settings Presets"""
        return cast(
            "builtins.list[OrgSettingsPresetsResponseItem]",
            await self._caller.call(
                _get_org_settings_presets.asyncio_detailed,
                operation="getOrgSettingsPresets",
                method="GET",
                path="/parts/settings_presets",
                expected=_STATUSES_200_400_TO_401_500,
            ),
        )

    async def get_version(self, part_version_id: UUID | str) -> ReadPartVersionResponse:
        """Get Part Version

        Get a single part version."""
        return cast(
            "ReadPartVersionResponse",
            await self._caller.call(
                _read_part_version.asyncio_detailed,
                operation="readPartVersion",
                method="GET",
                path="/part_versions/{part_version_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_version_id=part_version_id,
            ),
        )

    async def get_signed_url(self, part_version_id: UUID | str) -> ReadSignedURLResponse:
        """Get Part Version Download URL

        Get the download URL for the STL file of a part version, valid for 30 seconds."""
        return cast(
            "ReadSignedURLResponse",
            await self._caller.call(
                _read_signed_url.asyncio_detailed,
                operation="readSignedURL",
                method="GET",
                path="/part_versions/{part_version_id}/download",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_version_id=part_version_id,
            ),
        )

    def list_printed(
        self,
        *,
        sort_by: ListPrintedPartsSortby | str | Unset = UNSET,
        sort_order: ListPrintedPartsSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        state_eq: PrintedPartViewStateEnum | str | Unset = UNSET,
        state_ne: PrintedPartViewStateEnum | str | Unset = UNSET,
        notes_eq: str | Unset = UNSET,
        notes_ne: str | Unset = UNSET,
    ) -> AsyncPager[PrintedPartViewExtended]:
        """List Printed Parts

        Get all Printed Parts in an organization. Items are returned sorted by printed_at in reverse chronological order.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_printed_parts.asyncio_detailed,
                operation="listPrintedParts",
                method="GET",
                path="/printed_parts",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "sortby": "sort_by",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "filterstateeq": "state_eq",
                    "filterstatene": "state_ne",
                    "filternoteseq": "notes_eq",
                    "filternotesne": "notes_ne",
                },
                constraints={
                    "pagesize": {"minimum": 1, "maximum": 1000},
                    "filternoteseq": {"minLength": 1, "maxLength": 255},
                    "filternotesne": {"minLength": 1, "maxLength": 255},
                },
                sortby=sort_by,
                sortorder=sort_order,
                pagesize=page_size,
                filterstateeq=state_eq,
                filterstatene=state_ne,
                filternoteseq=notes_eq,
                filternotesne=notes_ne,
                pagenumber=page.get("page[number]", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    async def get_printed(self, printed_part_id: UUID | str) -> ReadPrintedPartResponse:
        """Get Printed Part

        Get a single printed part"""
        return cast(
            "ReadPrintedPartResponse",
            await self._caller.call(
                _read_printed_part.asyncio_detailed,
                operation="readPrintedPart",
                method="GET",
                path="/printed_parts/{printed_part_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                printed_part_id=printed_part_id,
            ),
        )

    async def get_printed_scan_report(self, printed_part_id: UUID | str) -> GetPrintedPartScanReportResponse:
        """Get a Printed Part's Scan Report

        Get the URL to download the scan report for a printed part A null value will be returned if the scan report hasn't been generated yet."""
        return cast(
            "GetPrintedPartScanReportResponse",
            await self._caller.call(
                _get_printed_part_scan_report.asyncio_detailed,
                operation="getPrintedPartScanReport",
                method="GET",
                path="/printed_parts/{printed_part_id}/scan_report",
                expected=_STATUSES_200_400_TO_401_404_500,
                printed_part_id=printed_part_id,
            ),
        )


class AsyncPrintJobsResource:
    """Endpoints for interacting with print jobs"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        state_eq: PrintJobStateEnum | str | Unset = UNSET,
        state_ne: PrintJobStateEnum | str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        started_at_lt: datetime.datetime | str | Unset = UNSET,
        started_at_le: datetime.datetime | str | Unset = UNSET,
        started_at_gt: datetime.datetime | str | Unset = UNSET,
        started_at_ge: datetime.datetime | str | Unset = UNSET,
        ended_at_lt: datetime.datetime | str | Unset = UNSET,
        ended_at_le: datetime.datetime | str | Unset = UNSET,
        ended_at_gt: datetime.datetime | str | Unset = UNSET,
        ended_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        build_eq: UUID | str | Unset = UNSET,
        device_eq: UUID | str | Unset = UNSET,
        sort_order: ListPrintJobsSortorder | str | Unset = UNSET,
        sort_by: ListPrintJobsSortby | str | Unset = UNSET,
    ) -> AsyncPager[PrintJobViewExtended]:
        """List Print Jobs

        List the print jobs in your organization Items are returned in reverse chronological order.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_print_jobs.asyncio_detailed,
                operation="listPrintJobs",
                method="GET",
                path="/print_jobs",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "pagesize": "page_size",
                    "filterstateeq": "state_eq",
                    "filterstatene": "state_ne",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterstarted_atlt": "started_at_lt",
                    "filterstarted_atle": "started_at_le",
                    "filterstarted_atgt": "started_at_gt",
                    "filterstarted_atge": "started_at_ge",
                    "filterended_atlt": "ended_at_lt",
                    "filterended_atle": "ended_at_le",
                    "filterended_atgt": "ended_at_gt",
                    "filterended_atge": "ended_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filterbuildeq": "build_eq",
                    "filterdeviceeq": "device_eq",
                    "sortorder": "sort_order",
                    "sortby": "sort_by",
                },
                constraints={"pagesize": {"minimum": 1, "maximum": 1000}},
                pagesize=page_size,
                filterstateeq=state_eq,
                filterstatene=state_ne,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterstarted_atlt=started_at_lt,
                filterstarted_atle=started_at_le,
                filterstarted_atgt=started_at_gt,
                filterstarted_atge=started_at_ge,
                filterended_atlt=ended_at_lt,
                filterended_atle=ended_at_le,
                filterended_atgt=ended_at_gt,
                filterended_atge=ended_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filterbuildeq=build_eq,
                filterdeviceeq=device_eq,
                sortorder=sort_order,
                sortby=sort_by,
                pagenumber=page.get("page[number]", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )

    async def get(self, print_job_id: UUID | str) -> ReadPrintJobResponse:
        """Get Print Job

        Get a single print job"""
        return cast(
            "ReadPrintJobResponse",
            await self._caller.call(
                _read_print_job.asyncio_detailed,
                operation="readPrintJob",
                method="GET",
                path="/print_jobs/{print_job_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                print_job_id=print_job_id,
            ),
        )

    async def get_part_scan_report(
        self, print_job_id: UUID | str
    ) -> builtins.list[GetPrintJobPartScanReportResponseItem]:
        """Get Print Job Scan Reports

        Get all URLs to download the scan reports for printed parts associated with a print job A null value will be returned for any scan reports that haven't been generated yet."""
        return cast(
            "builtins.list[GetPrintJobPartScanReportResponseItem]",
            await self._caller.call(
                _get_print_job_part_scan_report.asyncio_detailed,
                operation="getPrintJobPartScanReport",
                method="GET",
                path="/print_jobs/{print_job_id}/scan_report",
                expected=_STATUSES_200_400_TO_401_404_500,
                print_job_id=print_job_id,
            ),
        )


class AsyncUsersResource:
    """Endpoints for interacting with users"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self, user_id: UUID | str) -> GetUserResponse:
        """Fetch User

        Get a single user"""
        return cast(
            "GetUserResponse",
            await self._caller.call(
                _fetch_user.asyncio_detailed,
                operation="fetchUser",
                method="GET",
                path="/users/{user_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                user_id=user_id,
            ),
        )

    def list(
        self,
        *,
        email_eq: str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        name_eq: str | Unset = UNSET,
        sort_order: ListUsersSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: ListUsersSortby | str | Unset = UNSET,
    ) -> AsyncPager[UserView]:
        """List Users

        List all users in organization

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_users.asyncio_detailed,
                operation="listUsers",
                method="GET",
                path="/users",
                expected=_STATUSES_200_400_TO_401_404_500,
                renamed={
                    "filteremaileq": "email_eq",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filternameeq": "name_eq",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "sortby": "sort_by",
                },
                constraints={
                    "filteremaileq": {"minLength": 1},
                    "filternameeq": {"minLength": 1},
                    "pagesize": {"minimum": 1, "maximum": 1000},
                },
                filteremaileq=email_eq,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filternameeq=name_eq,
                sortorder=sort_order,
                pagesize=page_size,
                sortby=sort_by,
                pagenumber=page.get("page[number]", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page[number]",
                    "size_param": "page[size]",
                    "items": "items",
                    "has_more": "has_more_items",
                    "first_page": 1,
                }
            ),
        )


class AsyncRawBuildsResource:
    """Endpoints for interacting with builds"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def send_to_backlog(
        self, build_id: UUID | str, *, body: SendBuildToBacklogRequest
    ) -> RawResponse[SendBuildToBacklogResponse]:
        """`sendBuildToBacklog`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[SendBuildToBacklogResponse]",
            await self._caller.call_with_response(
                _send_build_to_backlog.asyncio_detailed,
                operation="sendBuildToBacklog",
                method="POST",
                path="/backlog/{build_id}",
                expected=_STATUSES_201_400_TO_401_404_500,
                build_id=build_id,
                body=body,
            ),
        )

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        title_eq: str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        part_count_eq: int | Unset = UNSET,
        part_count_ne: int | Unset = UNSET,
        part_count_lt: int | Unset = UNSET,
        part_count_le: int | Unset = UNSET,
        part_count_gt: int | Unset = UNSET,
        part_count_ge: int | Unset = UNSET,
        sliced_eq: bool | Unset = UNSET,
        blacksmith_enabled_eq: bool | Unset = UNSET,
        approved_eq: bool | None | Unset = UNSET,
        approved_ne: bool | None | Unset = UNSET,
        sort_order: ListBuildsSortorder | str | Unset = UNSET,
        sort_by: ListBuildsSortby | str | Unset = UNSET,
    ) -> RawResponse[ListBuildsResponse]:
        """`listBuilds`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListBuildsResponse]",
            await self._caller.call_with_response(
                _list_builds.asyncio_detailed,
                operation="listBuilds",
                method="GET",
                path="/builds",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "pagesize": "page_size",
                    "filtertitleeq": "title_eq",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filterpart_counteq": "part_count_eq",
                    "filterpart_countne": "part_count_ne",
                    "filterpart_countlt": "part_count_lt",
                    "filterpart_countle": "part_count_le",
                    "filterpart_countgt": "part_count_gt",
                    "filterpart_countge": "part_count_ge",
                    "filterslicedeq": "sliced_eq",
                    "filterblacksmith_enabledeq": "blacksmith_enabled_eq",
                    "filterapprovedeq": "approved_eq",
                    "filterapprovedne": "approved_ne",
                    "sortorder": "sort_order",
                    "sortby": "sort_by",
                },
                constraints={
                    "pagesize": {"minimum": 1, "maximum": 1000},
                    "filtertitleeq": {"minLength": 1},
                    "filterpart_counteq": {"minimum": 1},
                    "filterpart_countne": {"minimum": 1},
                    "filterpart_countlt": {"minimum": 1},
                    "filterpart_countle": {"minimum": 1},
                    "filterpart_countgt": {"minimum": 1},
                    "filterpart_countge": {"minimum": 1},
                },
                pagesize=page_size,
                filtertitleeq=title_eq,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filterpart_counteq=part_count_eq,
                filterpart_countne=part_count_ne,
                filterpart_countlt=part_count_lt,
                filterpart_countle=part_count_le,
                filterpart_countgt=part_count_gt,
                filterpart_countge=part_count_ge,
                filterslicedeq=sliced_eq,
                filterblacksmith_enabledeq=blacksmith_enabled_eq,
                filterapprovedeq=approved_eq,
                filterapprovedne=approved_ne,
                sortorder=sort_order,
                sortby=sort_by,
            ),
        )

    async def get(self, build_id: UUID | str) -> RawResponse[ReadBuildResponse]:
        """`readBuild`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadBuildResponse]",
            await self._caller.call_with_response(
                _read_build.asyncio_detailed,
                operation="readBuild",
                method="GET",
                path="/builds/{build_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                build_id=build_id,
            ),
        )

    async def list_approved(self, *, page_size: int | Unset = UNSET) -> RawResponse[ListApprovedBuildsResponse | None]:
        """`listApprovedBuilds`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListApprovedBuildsResponse | None]",
            await self._caller.call_with_response(
                _list_approved_builds.asyncio_detailed,
                operation="listApprovedBuilds",
                method="GET",
                path="/builds/approved",
                expected=_STATUSES_200_204_400_TO_401_500,
                renamed={"pagesize": "page_size"},
                constraints={"pagesize": {"minimum": 1, "maximum": 1000}},
                pagesize=page_size,
            ),
        )

    async def approve(self, *, body: ApproveBuildsRequest) -> RawResponse[None]:
        """`approveBuilds`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _approve_builds.asyncio_detailed,
                operation="approveBuilds",
                method="PUT",
                path="/builds/approved",
                expected=_STATUSES_204_400_TO_401_404_500,
                body=body,
            ),
        )

    async def disable_approved(self) -> RawResponse[None]:
        """`disableApprovedBuilds`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _disable_approved_builds.asyncio_detailed,
                operation="disableApprovedBuilds",
                method="DELETE",
                path="/builds/approved",
                expected=_STATUSES_204_401_500,
            ),
        )

    async def send_to_job_request_queue(
        self, build_id: UUID | str, *, body: SendBuildToBacklogRequest
    ) -> RawResponse[SendBuildToBacklogResponse]:
        """`sendBuildToJobRequestQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[SendBuildToBacklogResponse]",
            await self._caller.call_with_response(
                _send_build_to_job_request_queue.asyncio_detailed,
                operation="sendBuildToJobRequestQueue",
                method="POST",
                path="/job-requests/{build_id}",
                expected=_STATUSES_201_400_TO_401_404_500,
                build_id=build_id,
                body=body,
            ),
        )

    async def remove_from_job_request_queue(self, build_id: UUID | str) -> RawResponse[None]:
        """`removeBuildFromJobRequestQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _remove_build_from_job_request_queue.asyncio_detailed,
                operation="removeBuildFromJobRequestQueue",
                method="DELETE",
                path="/job-requests/{build_id}",
                expected=_STATUSES_204_401_404_500,
                build_id=build_id,
            ),
        )


class AsyncRawDashboardResource:
    """Endpoints for interacting with Dashboard metrics"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_custom_analytics_csv(
        self, *, timespan_eq: GetCustomAnalyticsCsvFiltertimespaneq | str | Unset = UNSET
    ) -> RawResponse[str]:
        """`getCustomAnalyticsCSV`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[str]",
            await self._caller.call_with_response(
                _get_custom_analytics_csv.asyncio_detailed,
                operation="getCustomAnalyticsCSV",
                method="GET",
                path="/dashboard/custom_analytics_csv",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={"filtertimespaneq": "timespan_eq"},
                filtertimespaneq=timespan_eq,
            ),
        )


class AsyncRawDevicesResource:
    """Endpoints for interacting with devices"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self,
        *,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        name_eq: str | Unset = UNSET,
        sort_order: ListDevicesSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: ListDevicesSortby | str | Unset = UNSET,
    ) -> RawResponse[ListDevicesResponse]:
        """`listDevices`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListDevicesResponse]",
            await self._caller.call_with_response(
                _list_devices.asyncio_detailed,
                operation="listDevices",
                method="GET",
                path="/devices",
                expected=_STATUSES_200_400_TO_401_404_500,
                renamed={
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filternameeq": "name_eq",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "sortby": "sort_by",
                },
                constraints={"filternameeq": {"minLength": 1}, "pagesize": {"minimum": 1, "maximum": 1000}},
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filternameeq=name_eq,
                sortorder=sort_order,
                pagesize=page_size,
                sortby=sort_by,
            ),
        )

    async def get(self, device_id: UUID | str) -> RawResponse[ReadDeviceResponse]:
        """`readDevice`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadDeviceResponse]",
            await self._caller.call_with_response(
                _read_device.asyncio_detailed,
                operation="readDevice",
                method="GET",
                path="/devices/{device_id}",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
            ),
        )

    async def print_to_printer(
        self, device_id: UUID | str, *, body: PrintToPrinterRequest
    ) -> RawResponse[PrintToPrinterResponse]:
        """`printToPrinter`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PrintToPrinterResponse]",
            await self._caller.call_with_response(
                _print_to_printer.asyncio_detailed,
                operation="printToPrinter",
                method="POST",
                path="/devices/{device_id}",
                expected=_STATUSES_201_400_TO_401_404_409_500,
                device_id=device_id,
                body=body,
            ),
        )

    async def list_queue(self, device_id: UUID | str) -> RawResponse[ListDeviceQueueResponse]:
        """`listDeviceQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ListDeviceQueueResponse]",
            await self._caller.call_with_response(
                _list_device_queue.asyncio_detailed,
                operation="listDeviceQueue",
                method="GET",
                path="/devices/{device_id}/queue",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
            ),
        )

    async def append_to_queue(
        self, device_id: UUID | str, *, body: AppendToDeviceQueueRequest
    ) -> RawResponse[AppendToDeviceQueueResponse]:
        """`appendToDeviceQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AppendToDeviceQueueResponse]",
            await self._caller.call_with_response(
                _append_to_device_queue.asyncio_detailed,
                operation="appendToDeviceQueue",
                method="POST",
                path="/devices/{device_id}/queue",
                expected=_STATUSES_201_400_TO_401_404_500,
                device_id=device_id,
                body=body,
            ),
        )

    async def get_queue(
        self, device_id: UUID | str, queued_job_id: UUID | str
    ) -> RawResponse[QueuedPrintJobView | QueuedPrintJobViewExtended]:
        """`readDeviceQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QueuedPrintJobView | QueuedPrintJobViewExtended]",
            await self._caller.call_with_response(
                _read_device_queue.asyncio_detailed,
                operation="readDeviceQueue",
                method="GET",
                path="/devices/{device_id}/queue/{queued_job_id}",
                expected=_STATUSES_200_401_404_500,
                device_id=device_id,
                queued_job_id=queued_job_id,
            ),
        )

    async def remove_from_queue(self, device_id: UUID | str, queued_job_id: UUID | str) -> RawResponse[None]:
        """`removeFromDeviceQueue`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _remove_from_device_queue.asyncio_detailed,
                operation="removeFromDeviceQueue",
                method="DELETE",
                path="/devices/{device_id}/queue/{queued_job_id}",
                expected=_STATUSES_204_401_404_500,
                device_id=device_id,
                queued_job_id=queued_job_id,
            ),
        )


class AsyncRawPartsResource:
    """Endpoints for interacting with parts"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self, part_id: UUID | str) -> RawResponse[ReadPartResponse]:
        """`readPart`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadPartResponse]",
            await self._caller.call_with_response(
                _read_part.asyncio_detailed,
                operation="readPart",
                method="GET",
                path="/parts/{part_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_id=part_id,
            ),
        )

    async def upload_stl(self, *, body: UploadStlRequest) -> RawResponse[UploadStlResponse]:
        """`uploadStl`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UploadStlResponse]",
            await self._caller.call_with_response(
                _upload_stl.asyncio_detailed,
                operation="uploadStl",
                method="POST",
                path="/parts/upload_stl",
                expected=_STATUSES_201_400_TO_401_404_500,
                body=body,
            ),
        )

    async def get_slice_status(self, slice_job_id: UUID | str) -> RawResponse[SliceStatusResponse]:
        """`getSliceStatus`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[SliceStatusResponse]",
            await self._caller.call_with_response(
                _get_slice_status.asyncio_detailed,
                operation="getSliceStatus",
                method="GET",
                path="/parts/slice_status/{slice_job_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                slice_job_id=slice_job_id,
            ),
        )

    async def get_org_settings_presets(self) -> RawResponse[builtins.list[OrgSettingsPresetsResponseItem]]:
        """`getOrgSettingsPresets`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OrgSettingsPresetsResponseItem]]",
            await self._caller.call_with_response(
                _get_org_settings_presets.asyncio_detailed,
                operation="getOrgSettingsPresets",
                method="GET",
                path="/parts/settings_presets",
                expected=_STATUSES_200_400_TO_401_500,
            ),
        )

    async def get_version(self, part_version_id: UUID | str) -> RawResponse[ReadPartVersionResponse]:
        """`readPartVersion`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadPartVersionResponse]",
            await self._caller.call_with_response(
                _read_part_version.asyncio_detailed,
                operation="readPartVersion",
                method="GET",
                path="/part_versions/{part_version_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_version_id=part_version_id,
            ),
        )

    async def get_signed_url(self, part_version_id: UUID | str) -> RawResponse[ReadSignedURLResponse]:
        """`readSignedURL`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadSignedURLResponse]",
            await self._caller.call_with_response(
                _read_signed_url.asyncio_detailed,
                operation="readSignedURL",
                method="GET",
                path="/part_versions/{part_version_id}/download",
                expected=_STATUSES_200_400_TO_401_404_500,
                part_version_id=part_version_id,
            ),
        )

    async def list_printed(
        self,
        *,
        sort_by: ListPrintedPartsSortby | str | Unset = UNSET,
        sort_order: ListPrintedPartsSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        state_eq: PrintedPartViewStateEnum | str | Unset = UNSET,
        state_ne: PrintedPartViewStateEnum | str | Unset = UNSET,
        notes_eq: str | Unset = UNSET,
        notes_ne: str | Unset = UNSET,
    ) -> RawResponse[ListPrintedPartsResponse]:
        """`listPrintedParts`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListPrintedPartsResponse]",
            await self._caller.call_with_response(
                _list_printed_parts.asyncio_detailed,
                operation="listPrintedParts",
                method="GET",
                path="/printed_parts",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "sortby": "sort_by",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "filterstateeq": "state_eq",
                    "filterstatene": "state_ne",
                    "filternoteseq": "notes_eq",
                    "filternotesne": "notes_ne",
                },
                constraints={
                    "pagesize": {"minimum": 1, "maximum": 1000},
                    "filternoteseq": {"minLength": 1, "maxLength": 255},
                    "filternotesne": {"minLength": 1, "maxLength": 255},
                },
                sortby=sort_by,
                sortorder=sort_order,
                pagesize=page_size,
                filterstateeq=state_eq,
                filterstatene=state_ne,
                filternoteseq=notes_eq,
                filternotesne=notes_ne,
            ),
        )

    async def get_printed(self, printed_part_id: UUID | str) -> RawResponse[ReadPrintedPartResponse]:
        """`readPrintedPart`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadPrintedPartResponse]",
            await self._caller.call_with_response(
                _read_printed_part.asyncio_detailed,
                operation="readPrintedPart",
                method="GET",
                path="/printed_parts/{printed_part_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                printed_part_id=printed_part_id,
            ),
        )

    async def get_printed_scan_report(
        self, printed_part_id: UUID | str
    ) -> RawResponse[GetPrintedPartScanReportResponse]:
        """`getPrintedPartScanReport`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[GetPrintedPartScanReportResponse]",
            await self._caller.call_with_response(
                _get_printed_part_scan_report.asyncio_detailed,
                operation="getPrintedPartScanReport",
                method="GET",
                path="/printed_parts/{printed_part_id}/scan_report",
                expected=_STATUSES_200_400_TO_401_404_500,
                printed_part_id=printed_part_id,
            ),
        )


class AsyncRawPrintJobsResource:
    """Endpoints for interacting with print jobs"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        state_eq: PrintJobStateEnum | str | Unset = UNSET,
        state_ne: PrintJobStateEnum | str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        started_at_lt: datetime.datetime | str | Unset = UNSET,
        started_at_le: datetime.datetime | str | Unset = UNSET,
        started_at_gt: datetime.datetime | str | Unset = UNSET,
        started_at_ge: datetime.datetime | str | Unset = UNSET,
        ended_at_lt: datetime.datetime | str | Unset = UNSET,
        ended_at_le: datetime.datetime | str | Unset = UNSET,
        ended_at_gt: datetime.datetime | str | Unset = UNSET,
        ended_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        build_eq: UUID | str | Unset = UNSET,
        device_eq: UUID | str | Unset = UNSET,
        sort_order: ListPrintJobsSortorder | str | Unset = UNSET,
        sort_by: ListPrintJobsSortby | str | Unset = UNSET,
    ) -> RawResponse[ListPrintJobsResponse]:
        """`listPrintJobs`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListPrintJobsResponse]",
            await self._caller.call_with_response(
                _list_print_jobs.asyncio_detailed,
                operation="listPrintJobs",
                method="GET",
                path="/print_jobs",
                expected=_STATUSES_200_400_TO_401_500,
                renamed={
                    "pagesize": "page_size",
                    "filterstateeq": "state_eq",
                    "filterstatene": "state_ne",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterstarted_atlt": "started_at_lt",
                    "filterstarted_atle": "started_at_le",
                    "filterstarted_atgt": "started_at_gt",
                    "filterstarted_atge": "started_at_ge",
                    "filterended_atlt": "ended_at_lt",
                    "filterended_atle": "ended_at_le",
                    "filterended_atgt": "ended_at_gt",
                    "filterended_atge": "ended_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filterbuildeq": "build_eq",
                    "filterdeviceeq": "device_eq",
                    "sortorder": "sort_order",
                    "sortby": "sort_by",
                },
                constraints={"pagesize": {"minimum": 1, "maximum": 1000}},
                pagesize=page_size,
                filterstateeq=state_eq,
                filterstatene=state_ne,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterstarted_atlt=started_at_lt,
                filterstarted_atle=started_at_le,
                filterstarted_atgt=started_at_gt,
                filterstarted_atge=started_at_ge,
                filterended_atlt=ended_at_lt,
                filterended_atle=ended_at_le,
                filterended_atgt=ended_at_gt,
                filterended_atge=ended_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filterbuildeq=build_eq,
                filterdeviceeq=device_eq,
                sortorder=sort_order,
                sortby=sort_by,
            ),
        )

    async def get(self, print_job_id: UUID | str) -> RawResponse[ReadPrintJobResponse]:
        """`readPrintJob`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReadPrintJobResponse]",
            await self._caller.call_with_response(
                _read_print_job.asyncio_detailed,
                operation="readPrintJob",
                method="GET",
                path="/print_jobs/{print_job_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                print_job_id=print_job_id,
            ),
        )

    async def get_part_scan_report(
        self, print_job_id: UUID | str
    ) -> RawResponse[builtins.list[GetPrintJobPartScanReportResponseItem]]:
        """`getPrintJobPartScanReport`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[GetPrintJobPartScanReportResponseItem]]",
            await self._caller.call_with_response(
                _get_print_job_part_scan_report.asyncio_detailed,
                operation="getPrintJobPartScanReport",
                method="GET",
                path="/print_jobs/{print_job_id}/scan_report",
                expected=_STATUSES_200_400_TO_401_404_500,
                print_job_id=print_job_id,
            ),
        )


class AsyncRawUsersResource:
    """Endpoints for interacting with users"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self, user_id: UUID | str) -> RawResponse[GetUserResponse]:
        """`fetchUser`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[GetUserResponse]",
            await self._caller.call_with_response(
                _fetch_user.asyncio_detailed,
                operation="fetchUser",
                method="GET",
                path="/users/{user_id}",
                expected=_STATUSES_200_400_TO_401_404_500,
                user_id=user_id,
            ),
        )

    async def list(
        self,
        *,
        email_eq: str | Unset = UNSET,
        created_at_lt: datetime.datetime | str | Unset = UNSET,
        created_at_le: datetime.datetime | str | Unset = UNSET,
        created_at_gt: datetime.datetime | str | Unset = UNSET,
        created_at_ge: datetime.datetime | str | Unset = UNSET,
        updated_at_lt: datetime.datetime | str | Unset = UNSET,
        updated_at_le: datetime.datetime | str | Unset = UNSET,
        updated_at_gt: datetime.datetime | str | Unset = UNSET,
        updated_at_ge: datetime.datetime | str | Unset = UNSET,
        name_eq: str | Unset = UNSET,
        sort_order: ListUsersSortorder | str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        sort_by: ListUsersSortby | str | Unset = UNSET,
    ) -> RawResponse[ListUsersResponse]:
        """`listUsers`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[ListUsersResponse]",
            await self._caller.call_with_response(
                _list_users.asyncio_detailed,
                operation="listUsers",
                method="GET",
                path="/users",
                expected=_STATUSES_200_400_TO_401_404_500,
                renamed={
                    "filteremaileq": "email_eq",
                    "filtercreated_atlt": "created_at_lt",
                    "filtercreated_atle": "created_at_le",
                    "filtercreated_atgt": "created_at_gt",
                    "filtercreated_atge": "created_at_ge",
                    "filterupdated_atlt": "updated_at_lt",
                    "filterupdated_atle": "updated_at_le",
                    "filterupdated_atgt": "updated_at_gt",
                    "filterupdated_atge": "updated_at_ge",
                    "filternameeq": "name_eq",
                    "sortorder": "sort_order",
                    "pagesize": "page_size",
                    "sortby": "sort_by",
                },
                constraints={
                    "filteremaileq": {"minLength": 1},
                    "filternameeq": {"minLength": 1},
                    "pagesize": {"minimum": 1, "maximum": 1000},
                },
                filteremaileq=email_eq,
                filtercreated_atlt=created_at_lt,
                filtercreated_atle=created_at_le,
                filtercreated_atgt=created_at_gt,
                filtercreated_atge=created_at_ge,
                filterupdated_atlt=updated_at_lt,
                filterupdated_atle=updated_at_le,
                filterupdated_atgt=updated_at_gt,
                filterupdated_atge=updated_at_ge,
                filternameeq=name_eq,
                sortorder=sort_order,
                pagesize=page_size,
                sortby=sort_by,
            ),
        )


class AsyncRawResources:
    """Every operation of the Markforged Eiger API, answering `RawResponse`s."""

    def __init__(self, caller: AsyncCaller) -> None:
        self.builds = AsyncRawBuildsResource(caller)
        self.dashboard = AsyncRawDashboardResource(caller)
        self.devices = AsyncRawDevicesResource(caller)
        self.parts = AsyncRawPartsResource(caller)
        self.print_jobs = AsyncRawPrintJobsResource(caller)
        self.users = AsyncRawUsersResource(caller)


class AsyncResources:
    """Every operation of the Markforged Eiger API, grouped by tag."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._bind(caller)

    def _bind(self, caller: AsyncCaller) -> None:
        self._caller = caller
        self.builds = AsyncBuildsResource(caller)
        self.dashboard = AsyncDashboardResource(caller)
        self.devices = AsyncDevicesResource(caller)
        self.parts = AsyncPartsResource(caller)
        self.print_jobs = AsyncPrintJobsResource(caller)
        self.users = AsyncUsersResource(caller)

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return AsyncRawResources(self._caller)


# operationId -> where it lives and how safe it is to call against a live server.

OPERATIONS: dict[str, OperationInfo] = {
    "sendBuildToBacklog": OperationInfo(
        "builds", "send_to_backlog", "POST", "/backlog/{build_id}", unsafe=False, paginated=False
    ),
    "listBuilds": OperationInfo("builds", "list", "GET", "/builds", unsafe=False, paginated=True),
    "readBuild": OperationInfo("builds", "get", "GET", "/builds/{build_id}", unsafe=False, paginated=False),
    "listApprovedBuilds": OperationInfo(
        "builds", "list_approved", "GET", "/builds/approved", unsafe=False, paginated=True
    ),
    "approveBuilds": OperationInfo("builds", "approve", "PUT", "/builds/approved", unsafe=False, paginated=False),
    "disableApprovedBuilds": OperationInfo(
        "builds", "disable_approved", "DELETE", "/builds/approved", unsafe=False, paginated=False
    ),
    "sendBuildToJobRequestQueue": OperationInfo(
        "builds", "send_to_job_request_queue", "POST", "/job-requests/{build_id}", unsafe=False, paginated=False
    ),
    "removeBuildFromJobRequestQueue": OperationInfo(
        "builds", "remove_from_job_request_queue", "DELETE", "/job-requests/{build_id}", unsafe=False, paginated=False
    ),
    "getCustomAnalyticsCSV": OperationInfo(
        "dashboard", "get_custom_analytics_csv", "GET", "/dashboard/custom_analytics_csv", unsafe=False, paginated=False
    ),
    "listDevices": OperationInfo("devices", "list", "GET", "/devices", unsafe=False, paginated=True),
    "readDevice": OperationInfo("devices", "get", "GET", "/devices/{device_id}", unsafe=False, paginated=False),
    "printToPrinter": OperationInfo(
        "devices", "print_to_printer", "POST", "/devices/{device_id}", unsafe=True, paginated=False
    ),
    "listDeviceQueue": OperationInfo(
        "devices", "list_queue", "GET", "/devices/{device_id}/queue", unsafe=False, paginated=False
    ),
    "appendToDeviceQueue": OperationInfo(
        "devices", "append_to_queue", "POST", "/devices/{device_id}/queue", unsafe=False, paginated=False
    ),
    "readDeviceQueue": OperationInfo(
        "devices", "get_queue", "GET", "/devices/{device_id}/queue/{queued_job_id}", unsafe=False, paginated=False
    ),
    "removeFromDeviceQueue": OperationInfo(
        "devices",
        "remove_from_queue",
        "DELETE",
        "/devices/{device_id}/queue/{queued_job_id}",
        unsafe=False,
        paginated=False,
    ),
    "readPart": OperationInfo("parts", "get", "GET", "/parts/{part_id}", unsafe=False, paginated=False),
    "uploadStl": OperationInfo("parts", "upload_stl", "POST", "/parts/upload_stl", unsafe=False, paginated=False),
    "getSliceStatus": OperationInfo(
        "parts", "get_slice_status", "GET", "/parts/slice_status/{slice_job_id}", unsafe=False, paginated=False
    ),
    "getOrgSettingsPresets": OperationInfo(
        "parts", "get_org_settings_presets", "GET", "/parts/settings_presets", unsafe=False, paginated=False
    ),
    "readPartVersion": OperationInfo(
        "parts", "get_version", "GET", "/part_versions/{part_version_id}", unsafe=False, paginated=False
    ),
    "readSignedURL": OperationInfo(
        "parts", "get_signed_url", "GET", "/part_versions/{part_version_id}/download", unsafe=False, paginated=False
    ),
    "listPrintedParts": OperationInfo("parts", "list_printed", "GET", "/printed_parts", unsafe=False, paginated=True),
    "readPrintedPart": OperationInfo(
        "parts", "get_printed", "GET", "/printed_parts/{printed_part_id}", unsafe=False, paginated=False
    ),
    "getPrintedPartScanReport": OperationInfo(
        "parts",
        "get_printed_scan_report",
        "GET",
        "/printed_parts/{printed_part_id}/scan_report",
        unsafe=False,
        paginated=False,
    ),
    "listPrintJobs": OperationInfo("print_jobs", "list", "GET", "/print_jobs", unsafe=False, paginated=True),
    "readPrintJob": OperationInfo(
        "print_jobs", "get", "GET", "/print_jobs/{print_job_id}", unsafe=False, paginated=False
    ),
    "getPrintJobPartScanReport": OperationInfo(
        "print_jobs",
        "get_part_scan_report",
        "GET",
        "/print_jobs/{print_job_id}/scan_report",
        unsafe=False,
        paginated=False,
    ),
    "fetchUser": OperationInfo("users", "get", "GET", "/users/{user_id}", unsafe=False, paginated=False),
    "listUsers": OperationInfo("users", "list", "GET", "/users", unsafe=False, paginated=True),
}
