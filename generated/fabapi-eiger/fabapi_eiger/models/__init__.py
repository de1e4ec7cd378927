"""Contains all the data models used in inputs/outputs"""

from .append_to_device_queue_request import AppendToDeviceQueueRequest
from .append_to_device_queue_response import AppendToDeviceQueueResponse
from .approve_builds_request import ApproveBuildsRequest
from .build_view import BuildView
from .build_view_custom_costs import BuildViewCustomCosts
from .build_view_extended import BuildViewExtended
from .build_view_standard_costs import BuildViewStandardCosts
from .device_class_enum import DeviceClassEnum
from .device_consumable_view import DeviceConsumableView
from .device_status_view import DeviceStatusView
from .device_view import DeviceView
from .device_view_extended import DeviceViewExtended
from .device_view_extended_active_job import DeviceViewExtendedActiveJob
from .error import Error
from .furnace_series_enum import FurnaceSeriesEnum
from .furnace_state_enum import FurnaceStateEnum
from .get_custom_analytics_csv_filtertimespaneq import GetCustomAnalyticsCsvFiltertimespaneq
from .get_print_job_part_scan_report_response_item import GetPrintJobPartScanReportResponseItem
from .get_printed_part_scan_report_response import GetPrintedPartScanReportResponse
from .get_user_response import GetUserResponse
from .list_approved_builds_response import ListApprovedBuildsResponse
from .list_builds_response import ListBuildsResponse
from .list_builds_sortby import ListBuildsSortby
from .list_builds_sortorder import ListBuildsSortorder
from .list_device_queue_response import ListDeviceQueueResponse
from .list_devices_response import ListDevicesResponse
from .list_devices_sortby import ListDevicesSortby
from .list_devices_sortorder import ListDevicesSortorder
from .list_print_jobs_response import ListPrintJobsResponse
from .list_print_jobs_sortby import ListPrintJobsSortby
from .list_print_jobs_sortorder import ListPrintJobsSortorder
from .list_printed_parts_response import ListPrintedPartsResponse
from .list_printed_parts_sortby import ListPrintedPartsSortby
from .list_printed_parts_sortorder import ListPrintedPartsSortorder
from .list_users_response import ListUsersResponse
from .list_users_sortby import ListUsersSortby
from .list_users_sortorder import ListUsersSortorder
from .org_settings_presets_response_item import OrgSettingsPresetsResponseItem
from .part_version_view import PartVersionView
from .part_version_view_settings import PartVersionViewSettings
from .part_version_view_settings_euler import PartVersionViewSettingsEuler
from .part_view import PartView
from .pose_view import PoseView
from .print_job_state_enum import PrintJobStateEnum
from .print_job_view import PrintJobView
from .print_job_view_extended import PrintJobViewExtended
from .print_job_view_extended_initiator import PrintJobViewExtendedInitiator
from .print_job_view_extended_requester import PrintJobViewExtendedRequester
from .print_to_printer_request import PrintToPrinterRequest
from .print_to_printer_response import PrintToPrinterResponse
from .printed_part_view import PrintedPartView
from .printed_part_view_extended import PrintedPartViewExtended
from .printed_part_view_extended_print_job import PrintedPartViewExtendedPrintJob
from .printed_part_view_state_enum import PrintedPartViewStateEnum
from .printer_series_enum import PrinterSeriesEnum
from .printing_state_enum import PrintingStateEnum
from .queued_print_job_state_enum import QueuedPrintJobStateEnum
from .queued_print_job_view import QueuedPrintJobView
from .queued_print_job_view_extended import QueuedPrintJobViewExtended
from .read_build_response import ReadBuildResponse
from .read_device_response import ReadDeviceResponse
from .read_device_response_active_job import ReadDeviceResponseActiveJob
from .read_part_response import ReadPartResponse
from .read_part_version_response import ReadPartVersionResponse
from .read_part_version_response_settings import ReadPartVersionResponseSettings
from .read_part_version_response_settings_euler import ReadPartVersionResponseSettingsEuler
from .read_print_job_response import ReadPrintJobResponse
from .read_print_job_response_initiator import ReadPrintJobResponseInitiator
from .read_print_job_response_requester import ReadPrintJobResponseRequester
from .read_printed_part_response import ReadPrintedPartResponse
from .read_printed_part_response_print_job import ReadPrintedPartResponsePrintJob
from .read_signed_url_response import ReadSignedURLResponse
from .remove_build_from_backlog_request import RemoveBuildFromBacklogRequest
from .remove_build_from_backlog_response import RemoveBuildFromBacklogResponse
from .send_build_to_backlog_request import SendBuildToBacklogRequest
from .send_build_to_backlog_response import SendBuildToBacklogResponse
from .slice_status_response import SliceStatusResponse
from .upload_stl_request import UploadStlRequest
from .upload_stl_response import UploadStlResponse
from .user_view import UserView
from .wash_series_enum import WashSeriesEnum

__all__ = (
    "AppendToDeviceQueueRequest",
    "AppendToDeviceQueueResponse",
    "ApproveBuildsRequest",
    "BuildView",
    "BuildViewCustomCosts",
    "BuildViewExtended",
    "BuildViewStandardCosts",
    "DeviceClassEnum",
    "DeviceConsumableView",
    "DeviceStatusView",
    "DeviceView",
    "DeviceViewExtended",
    "DeviceViewExtendedActiveJob",
    "Error",
    "FurnaceSeriesEnum",
    "FurnaceStateEnum",
    "GetCustomAnalyticsCsvFiltertimespaneq",
    "GetPrintedPartScanReportResponse",
    "GetPrintJobPartScanReportResponseItem",
    "GetUserResponse",
    "ListApprovedBuildsResponse",
    "ListBuildsResponse",
    "ListBuildsSortby",
    "ListBuildsSortorder",
    "ListDeviceQueueResponse",
    "ListDevicesResponse",
    "ListDevicesSortby",
    "ListDevicesSortorder",
    "ListPrintedPartsResponse",
    "ListPrintedPartsSortby",
    "ListPrintedPartsSortorder",
    "ListPrintJobsResponse",
    "ListPrintJobsSortby",
    "ListPrintJobsSortorder",
    "ListUsersResponse",
    "ListUsersSortby",
    "ListUsersSortorder",
    "OrgSettingsPresetsResponseItem",
    "PartVersionView",
    "PartVersionViewSettings",
    "PartVersionViewSettingsEuler",
    "PartView",
    "PoseView",
    "PrintedPartView",
    "PrintedPartViewExtended",
    "PrintedPartViewExtendedPrintJob",
    "PrintedPartViewStateEnum",
    "PrinterSeriesEnum",
    "PrintingStateEnum",
    "PrintJobStateEnum",
    "PrintJobView",
    "PrintJobViewExtended",
    "PrintJobViewExtendedInitiator",
    "PrintJobViewExtendedRequester",
    "PrintToPrinterRequest",
    "PrintToPrinterResponse",
    "QueuedPrintJobStateEnum",
    "QueuedPrintJobView",
    "QueuedPrintJobViewExtended",
    "ReadBuildResponse",
    "ReadDeviceResponse",
    "ReadDeviceResponseActiveJob",
    "ReadPartResponse",
    "ReadPartVersionResponse",
    "ReadPartVersionResponseSettings",
    "ReadPartVersionResponseSettingsEuler",
    "ReadPrintedPartResponse",
    "ReadPrintedPartResponsePrintJob",
    "ReadPrintJobResponse",
    "ReadPrintJobResponseInitiator",
    "ReadPrintJobResponseRequester",
    "ReadSignedURLResponse",
    "RemoveBuildFromBacklogRequest",
    "RemoveBuildFromBacklogResponse",
    "SendBuildToBacklogRequest",
    "SendBuildToBacklogResponse",
    "SliceStatusResponse",
    "UploadStlRequest",
    "UploadStlResponse",
    "UserView",
    "WashSeriesEnum",
)
