"""Resource groups of the 3YOURMIND API, one per tag: written by the fabapi pipeline, do not edit."""

from __future__ import annotations

import builtins
import datetime
from collections.abc import Mapping
from typing import Any, cast

from fabapi_core import AsyncCaller, AsyncPager, Caller, OperationInfo, Pager, PageStyle, RawResponse

from .api.addresses import delete_organization_user_address as _delete_organization_user_address
from .api.addresses import list_service_user_addresses as _list_service_user_addresses
from .api.ampi import bulk_delete_ampi_parts as _bulk_delete_ampi_parts
from .api.ampi import bulk_update_ampi_parts as _bulk_update_ampi_parts
from .api.ampi import create_ampi_file_attachment as _create_ampi_file_attachment
from .api.ampi import create_ampi_part as _create_ampi_part
from .api.ampi import create_ampi_technical_drawing as _create_ampi_technical_drawing
from .api.ampi import download_ampi_part_files as _download_ampi_part_files
from .api.ampi import get_ampi_file_attachment as _get_ampi_file_attachment
from .api.ampi import get_ampi_part as _get_ampi_part
from .api.ampi import list_ampi_file_attachments as _list_ampi_file_attachments
from .api.ampi import list_ampi_parts as _list_ampi_parts
from .api.ampi import update_ampi_part as _update_ampi_part
from .api.basket import create_basket as _create_basket
from .api.basket import create_basket_from_order as _create_basket_from_order
from .api.basket import create_basket_from_quote as _create_basket_from_quote
from .api.basket import create_basket_line as _create_basket_line
from .api.basket import create_line_attachment as _create_line_attachment
from .api.basket import create_service_basket as _create_service_basket
from .api.basket import create_service_basket_line as _create_service_basket_line
from .api.basket import delete_basket as _delete_basket
from .api.basket import delete_basket_line as _delete_basket_line
from .api.basket import delete_line_attachment as _delete_line_attachment
from .api.basket import delete_service_basket as _delete_service_basket
from .api.basket import delete_service_basket_line as _delete_service_basket_line
from .api.basket import get_basket as _get_basket
from .api.basket import get_basket_line as _get_basket_line
from .api.basket import get_basket_line_file_status as _get_basket_line_file_status
from .api.basket import get_basket_price as _get_basket_price
from .api.basket import get_material_properties as _get_material_properties
from .api.basket import get_offer as _get_offer
from .api.basket import get_offer_price as _get_offer_price
from .api.basket import get_service_basket as _get_service_basket
from .api.basket import get_service_basket_line as _get_service_basket_line
from .api.basket import get_service_basket_line_file_status as _get_service_basket_line_file_status
from .api.basket import list_basket_line_materials as _list_basket_line_materials
from .api.basket import list_basket_lines as _list_basket_lines
from .api.basket import list_baskets as _list_baskets
from .api.basket import list_line_attachments as _list_line_attachments
from .api.basket import list_offers as _list_offers
from .api.basket import list_service_basket_lines as _list_service_basket_lines
from .api.basket import list_service_baskets as _list_service_baskets
from .api.basket import trigger_price_resolution as _trigger_price_resolution
from .api.basket import update_basket as _update_basket
from .api.basket import update_basket_line as _update_basket_line
from .api.basket import update_service_basket as _update_service_basket
from .api.basket import update_service_basket_line as _update_service_basket_line
from .api.catalog import add_catalog_item_label as _add_catalog_item_label
from .api.catalog import bulk_delete_catalog_items as _bulk_delete_catalog_items
from .api.catalog import bulk_delete_service_catalog_items as _bulk_delete_service_catalog_items
from .api.catalog import bulk_update_catalog_items as _bulk_update_catalog_items
from .api.catalog import create_catalog_csv_import_job as _create_catalog_csv_import_job
from .api.catalog import create_catalog_item as _create_catalog_item
from .api.catalog import create_catalog_item_attachment as _create_catalog_item_attachment
from .api.catalog import create_service_catalog_item as _create_service_catalog_item
from .api.catalog import create_service_catalog_item_from_line as _create_service_catalog_item_from_line
from .api.catalog import delete_catalog_csv_import_job as _delete_catalog_csv_import_job
from .api.catalog import delete_catalog_item as _delete_catalog_item
from .api.catalog import delete_catalog_item_attachment as _delete_catalog_item_attachment
from .api.catalog import get_catalog_csv_import_job as _get_catalog_csv_import_job
from .api.catalog import get_catalog_filter_choices as _get_catalog_filter_choices
from .api.catalog import get_catalog_item as _get_catalog_item
from .api.catalog import get_service_catalog_filter_choices as _get_service_catalog_filter_choices
from .api.catalog import list_catalog_csv_import_jobs as _list_catalog_csv_import_jobs
from .api.catalog import list_catalog_item_attachments as _list_catalog_item_attachments
from .api.catalog import list_catalog_item_labels as _list_catalog_item_labels
from .api.catalog import list_catalog_items as _list_catalog_items
from .api.catalog import list_service_catalog_item_summaries as _list_service_catalog_item_summaries
from .api.catalog import list_service_catalog_items as _list_service_catalog_items
from .api.catalog import update_catalog_item as _update_catalog_item
from .api.comments import create_comment as _create_comment
from .api.comments import list_comments as _list_comments
from .api.download import download_file as _download_file
from .api.jobs import create_job as _create_job
from .api.jobs import create_job_attachment as _create_job_attachment
from .api.jobs import delete_job as _delete_job
from .api.jobs import delete_job_attachment as _delete_job_attachment
from .api.jobs import delete_job_build_file_attachment as _delete_job_build_file_attachment
from .api.jobs import export_jobs_csv as _export_jobs_csv
from .api.jobs import get_job as _get_job
from .api.jobs import import_jobs_csv as _import_jobs_csv
from .api.jobs import list_job_sequences as _list_job_sequences
from .api.jobs import list_jobs as _list_jobs
from .api.jobs import recreate_job as _recreate_job
from .api.jobs import scrap_job_sequences as _scrap_job_sequences
from .api.jobs import update_job as _update_job
from .api.machine_connectivity import get_machine as _get_machine
from .api.machine_connectivity import get_workstation_machine as _get_workstation_machine
from .api.machine_connectivity import list_machines as _list_machines
from .api.machine_connectivity import list_unread_machine_events as _list_unread_machine_events
from .api.material_lots import create_material_lot_attachment as _create_material_lot_attachment
from .api.material_lots import get_material_lot as _get_material_lot
from .api.material_lots import get_material_lot_attachment as _get_material_lot_attachment
from .api.material_lots import list_material_lots as _list_material_lots
from .api.materials import create_material_offer as _create_material_offer
from .api.materials import create_material_offer_post_processing as _create_material_offer_post_processing
from .api.materials import list_material_offer_post_processings as _list_material_offer_post_processings
from .api.materials import list_material_offers as _list_material_offers
from .api.mes_workflow import create_workflow_template_status as _create_workflow_template_status
from .api.mes_workflow import get_workflow_step as _get_workflow_step
from .api.mes_workflow import get_workflow_template as _get_workflow_template
from .api.mes_workflow import list_workflow_step_templates as _list_workflow_step_templates
from .api.mes_workflow import list_workflow_templates as _list_workflow_templates
from .api.mes_workflow import update_workflow_template_status as _update_workflow_template_status
from .api.orders import create_order as _create_order
from .api.orders import get_order as _get_order
from .api.orders import get_order_line as _get_order_line
from .api.orders import list_orders as _list_orders
from .api.organization_users import create_organization_user as _create_organization_user
from .api.organization_users import create_organization_user_address as _create_organization_user_address
from .api.organization_users import delete_organization_user as _delete_organization_user
from .api.organization_users import get_organization_user as _get_organization_user
from .api.organization_users import get_organization_user_address as _get_organization_user_address
from .api.organization_users import get_organization_user_preferences as _get_organization_user_preferences
from .api.organization_users import list_organization_user_addresses as _list_organization_user_addresses
from .api.organization_users import list_organization_users as _list_organization_users
from .api.organization_users import update_organization_user as _update_organization_user
from .api.organization_users import update_organization_user_address as _update_organization_user_address
from .api.organization_users import update_organization_user_preferences as _update_organization_user_preferences
from .api.part_sequences import bulk_update_sequences as _bulk_update_sequences
from .api.part_sequences import scrap_part_sequences as _scrap_part_sequences
from .api.part_sequences import update_part_sequences_step as _update_part_sequences_step
from .api.part_workflow import create_part_workflow_status as _create_part_workflow_status
from .api.part_workflow import delete_part_workflow as _delete_part_workflow
from .api.part_workflow import delete_part_workflow_status as _delete_part_workflow_status
from .api.part_workflow import update_part_workflow as _update_part_workflow
from .api.part_workflow import update_part_workflow_status as _update_part_workflow_status
from .api.parts import bulk_download_part_files as _bulk_download_part_files
from .api.parts import bulk_update_parts as _bulk_update_parts
from .api.parts import create_part_attachment as _create_part_attachment
from .api.parts import create_production_sheet as _create_production_sheet
from .api.parts import delete_part_attachment as _delete_part_attachment
from .api.parts import get_mes_filter_options as _get_mes_filter_options
from .api.parts import get_part as _get_part
from .api.parts import get_part_file_version as _get_part_file_version
from .api.parts import list_parts as _list_parts
from .api.parts import remove_part_file_version as _remove_part_file_version
from .api.parts import update_part as _update_part
from .api.parts import view_production_sheet as _view_production_sheet
from .api.printing_service_details import list_internal_payment_methods as _list_internal_payment_methods
from .api.printing_service_details import list_payment_methods as _list_payment_methods
from .api.printing_service_details import list_pickup_locations as _list_pickup_locations
from .api.printing_service_details import list_services as _list_services
from .api.printing_service_details import list_shipping_methods as _list_shipping_methods
from .api.projects import get_project as _get_project
from .api.projects import list_projects as _list_projects
from .api.quote import create_edited_quote_from_basket as _create_edited_quote_from_basket
from .api.quote import create_quote_attachment as _create_quote_attachment
from .api.quote import create_quote_from_basket as _create_quote_from_basket
from .api.quote import create_quote_from_request_for_quote as _create_quote_from_request_for_quote
from .api.quote import create_request_for_quote as _create_request_for_quote
from .api.quote import delete_quote_attachment as _delete_quote_attachment
from .api.quote import finalize_quote as _finalize_quote
from .api.quote import get_quote as _get_quote
from .api.quote import list_quote_attachments as _list_quote_attachments
from .api.quote import list_quotes as _list_quotes
from .api.quote import list_service_quotes as _list_service_quotes
from .api.reference_data import list_colors as _list_colors
from .api.reference_data import list_countries as _list_countries
from .api.reference_data import list_currencies as _list_currencies
from .api.reference_data import list_forms as _list_forms
from .api.reference_data import list_materials as _list_materials
from .api.reference_data import list_tax_types as _list_tax_types
from .api.reference_data import list_units as _list_units
from .api.service_orders import create_internal_order as _create_internal_order
from .api.service_orders import edit_service_order as _edit_service_order
from .api.service_orders import get_order_tracking_service_panel as _get_order_tracking_service_panel
from .api.service_orders import get_service_order as _get_service_order
from .api.service_orders import list_available_order_statuses as _list_available_order_statuses
from .api.service_orders import list_service_orders as _list_service_orders
from .api.service_orders import update_order_tracking_service_panel as _update_order_tracking_service_panel
from .api.service_orders import update_service_order as _update_service_order
from .api.service_orders import update_service_order_status as _update_service_order_status
from .api.service_partners import list_available_services as _list_available_services
from .api.tag3d_files import get_file_optimization_status as _get_file_optimization_status
from .api.tag3d_files import get_file_parameter as _get_file_parameter
from .api.tag3d_files import get_file_printability as _get_file_printability
from .api.upload import upload_file as _upload_file
from .api.user_profile import create_address as _create_address
from .api.user_profile import delete_address as _delete_address
from .api.user_profile import get_address as _get_address
from .api.user_profile import get_user_preferences as _get_user_preferences
from .api.user_profile import get_user_profile as _get_user_profile
from .api.user_profile import list_addresses as _list_addresses
from .api.user_profile import patch_address as _patch_address
from .api.user_profile import patch_user_profile as _patch_user_profile
from .api.user_profile import update_address as _update_address
from .api.user_profile import update_user_preferences as _update_user_preferences
from .api.user_profile import update_user_profile as _update_user_profile
from .api.workstations import create_workstation as _create_workstation
from .api.workstations import create_workstation_reserved_time as _create_workstation_reserved_time
from .api.workstations import delete_workstation as _delete_workstation
from .api.workstations import delete_workstation_reserved_time as _delete_workstation_reserved_time
from .api.workstations import get_workstation as _get_workstation
from .api.workstations import get_workstation_next_free_time_slot as _get_workstation_next_free_time_slot
from .api.workstations import get_workstation_reserved_time as _get_workstation_reserved_time
from .api.workstations import list_workstation_events as _list_workstation_events
from .api.workstations import list_workstations as _list_workstations
from .api.workstations import swap_workstation_order as _swap_workstation_order
from .api.workstations import update_workstation as _update_workstation
from .api.workstations import update_workstation_machine as _update_workstation_machine
from .api.workstations import update_workstation_reserved_time as _update_workstation_reserved_time
from .models.address import Address
from .models.address_update import AddressUpdate
from .models.address_write import AddressWrite
from .models.ampi_file_attachment import AmpiFileAttachment
from .models.ampi_file_upload import AmpiFileUpload
from .models.ampi_page import AmpiPage
from .models.ampi_part import AmpiPart
from .models.ampi_part_create import AmpiPartCreate
from .models.ampi_part_update import AmpiPartUpdate
from .models.ampi_parts_bulk_delete import AmpiPartsBulkDelete
from .models.ampi_parts_bulk_update import AmpiPartsBulkUpdate
from .models.ampi_technical_drawing import AmpiTechnicalDrawing
from .models.basket import Basket
from .models.basket_line import BasketLine
from .models.basket_line_create import BasketLineCreate
from .models.basket_line_update import BasketLineUpdate
from .models.basket_price import BasketPrice
from .models.basket_update import BasketUpdate
from .models.catalog_csv_import_job import CatalogCsvImportJob
from .models.catalog_csv_import_job_create import CatalogCsvImportJobCreate
from .models.catalog_filter_choices import CatalogFilterChoices
from .models.catalog_item import CatalogItem
from .models.catalog_item_attachment import CatalogItemAttachment
from .models.catalog_item_attachment_upload import CatalogItemAttachmentUpload
from .models.catalog_item_bulk_update import CatalogItemBulkUpdate
from .models.catalog_item_create import CatalogItemCreate
from .models.catalog_item_from_line import CatalogItemFromLine
from .models.catalog_item_ids import CatalogItemIds
from .models.catalog_item_summary import CatalogItemSummary
from .models.catalog_item_update import CatalogItemUpdate
from .models.comment import Comment
from .models.comment_create import CommentCreate
from .models.create_comment_object_type import CreateCommentObjectType
from .models.create_order_request import CreateOrderRequest
from .models.created_material_offer import CreatedMaterialOffer
from .models.created_object import CreatedObject
from .models.download_file_container_name import DownloadFileContainerName
from .models.download_file_path_suffix import DownloadFilePathSuffix
from .models.export_jobs_csv_job_status_name_item import ExportJobsCsvJobStatusNameItem
from .models.file_attachment_upload import FileAttachmentUpload
from .models.file_optimization_status import FileOptimizationStatus
from .models.file_parameter import FileParameter
from .models.file_printability import FilePrintability
from .models.file_status import FileStatus
from .models.file_upload_request import FileUploadRequest
from .models.get_mes_filter_options_fields_item import GetMesFilterOptionsFieldsItem
from .models.get_mes_filter_options_production_sheet_template_type import GetMesFilterOptionsProductionSheetTemplateType
from .models.get_part_file_version_response_2xx import GetPartFileVersionResponse2XX
from .models.internal_order_request import InternalOrderRequest
from .models.job import Job
from .models.job_attachment import JobAttachment
from .models.job_attachment_upload import JobAttachmentUpload
from .models.job_create import JobCreate
from .models.job_csv_import import JobCsvImport
from .models.job_csv_import_upload import JobCsvImportUpload
from .models.job_recreate import JobRecreate
from .models.job_recreation import JobRecreation
from .models.job_scrap_sequences import JobScrapSequences
from .models.job_update import JobUpdate
from .models.label import Label
from .models.label_create import LabelCreate
from .models.line_attachment import LineAttachment
from .models.list_catalog_items_status_item import ListCatalogItemsStatusItem
from .models.list_comments_object_type import ListCommentsObjectType
from .models.list_jobs_job_status_name_item import ListJobsJobStatusNameItem
from .models.list_parts_scheduled import ListPartsScheduled
from .models.list_service_catalog_items_status_item import ListServiceCatalogItemsStatusItem
from .models.list_service_quotes_status_item import ListServiceQuotesStatusItem
from .models.machine import Machine
from .models.material_lot import MaterialLot
from .models.material_lot_attachment import MaterialLotAttachment
from .models.material_offer_create import MaterialOfferCreate
from .models.material_properties import MaterialProperties
from .models.mes_filter_options import MesFilterOptions
from .models.offer import Offer
from .models.offer_price import OfferPrice
from .models.open_object import OpenObject
from .models.order import Order
from .models.order_status_update import OrderStatusUpdate
from .models.order_tracking import OrderTracking
from .models.order_tracking_update import OrderTrackingUpdate
from .models.organization_user_create import OrganizationUserCreate
from .models.organization_user_created import OrganizationUserCreated
from .models.organization_user_update import OrganizationUserUpdate
from .models.page import Page
from .models.part import Part
from .models.part_attachment import PartAttachment
from .models.part_attachment_upload import PartAttachmentUpload
from .models.part_bulk_update import PartBulkUpdate
from .models.part_sequences_step_update import PartSequencesStepUpdate
from .models.part_update import PartUpdate
from .models.post_processing import PostProcessing
from .models.post_processing_create import PostProcessingCreate
from .models.preferences import Preferences
from .models.preferences_replace import PreferencesReplace
from .models.preferences_update import PreferencesUpdate
from .models.price_resolution_request import PriceResolutionRequest
from .models.production_sheet import ProductionSheet
from .models.production_sheet_create import ProductionSheetCreate
from .models.project import Project
from .models.quote import Quote
from .models.quote_attachment import QuoteAttachment
from .models.quote_finalize import QuoteFinalize
from .models.quote_from_basket import QuoteFromBasket
from .models.quote_from_request_for_quote import QuoteFromRequestForQuote
from .models.request_for_quote_create import RequestForQuoteCreate
from .models.reserved_time import ReservedTime
from .models.reserved_time_create import ReservedTimeCreate
from .models.reserved_time_update import ReservedTimeUpdate
from .models.scrap_sequences import ScrapSequences
from .models.sequence_bulk_update import SequenceBulkUpdate
from .models.service_basket import ServiceBasket
from .models.service_basket_line import ServiceBasketLine
from .models.service_basket_line_update import ServiceBasketLineUpdate
from .models.service_basket_update import ServiceBasketUpdate
from .models.service_order import ServiceOrder
from .models.service_order_update import ServiceOrderUpdate
from .models.swap_workstation_order_response_2xx import SwapWorkstationOrderResponse2XX
from .models.uploaded_file import UploadedFile
from .models.user_profile import UserProfile
from .models.user_profile_update import UserProfileUpdate
from .models.workflow import Workflow
from .models.workflow_status_create import WorkflowStatusCreate
from .models.workflow_status_update import WorkflowStatusUpdate
from .models.workflow_step import WorkflowStep
from .models.workflow_update import WorkflowUpdate
from .models.workstation import Workstation
from .models.workstation_create import WorkstationCreate
from .models.workstation_free_time import WorkstationFreeTime
from .models.workstation_machine import WorkstationMachine
from .models.workstation_machine_update import WorkstationMachineUpdate
from .models.workstation_order_swap import WorkstationOrderSwap
from .models.workstation_update import WorkstationUpdate
from .types import UNSET, File, Unset

# The documented statuses of the operations, built once, not on every call.
_STATUSES_2XX_4XX: tuple[int, ...] = (*range(200, 300), *range(400, 500))


class AddressesResource:
    """Addresses"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def delete_organization_user_address(self, user_id: int, address_id: int) -> None:
        """Delete Address"""
        return cast(
            "None",
            self._caller.call(
                _delete_organization_user_address.sync_detailed,
                operation="delete_organization_user_address",
                method="DELETE",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
            ),
        )

    def list_service_user(self, service_id: int, user_id: int) -> builtins.list[OpenObject]:
        """List Addresses"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_service_user_addresses.sync_detailed,
                operation="list_service_user_addresses",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                user_id=user_id,
            ),
        )


class AmpiResource:
    """The AM Part Identifier (AMPI) can assess a part's suitability for 3d printing. With the endpoints listed here you can

    - get a list of all parts in AMPI including their category and properties
    - get part details of an individual part including associated assessment reports (aka scores)
    - create new parts in AMPI"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_parts(self) -> Pager[OpenObject]:
        """List Parts

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_ampi_parts.sync_detailed,
                operation="list_ampi_parts",
                method="GET",
                path="/api/v2.0/ampi/parts/",
                expected=_STATUSES_2XX_4XX,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {"style": "next-token", "next": "next", "token_param": "page", "items": "results", "next_is_url": True}
            ),
        )

    def create_part(self, *, body: AmpiPartCreate) -> AmpiPart:
        """Create Part"""
        return cast(
            "AmpiPart",
            self._caller.call(
                _create_ampi_part.sync_detailed,
                operation="create_ampi_part",
                method="POST",
                path="/api/v2.0/ampi/parts/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def bulk_update_parts(self, *, body: AmpiPartsBulkUpdate) -> builtins.list[OpenObject]:
        """Updates many parts at once"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _bulk_update_ampi_parts.sync_detailed,
                operation="bulk_update_ampi_parts",
                method="PATCH",
                path="/api/v2.0/ampi/parts/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def bulk_delete_parts(self, *, body: AmpiPartsBulkDelete) -> None:
        """Deletes multiple parts"""
        return cast(
            "None",
            self._caller.call(
                _bulk_delete_ampi_parts.sync_detailed,
                operation="bulk_delete_ampi_parts",
                method="POST",
                path="/api/v2.0/ampi/parts/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_part(self, short_id: str) -> AmpiPart:
        """Get Part Details"""
        return cast(
            "AmpiPart",
            self._caller.call(
                _get_ampi_part.sync_detailed,
                operation="get_ampi_part",
                method="GET",
                path="/api/v2.0/ampi/parts/{short_id}/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
            ),
        )

    def update_part(self, short_id: str, *, body: AmpiPartUpdate) -> AmpiPart:
        """Update Part"""
        return cast(
            "AmpiPart",
            self._caller.call(
                _update_ampi_part.sync_detailed,
                operation="update_ampi_part",
                method="PUT",
                path="/api/v2.0/ampi/parts/{short_id}/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
                body=body,
            ),
        )

    def download_part_files(self, short_id: str) -> File:
        """Download all AMPI part files"""
        return cast(
            "File",
            self._caller.call(
                _download_ampi_part_files.sync_detailed,
                operation="download_ampi_part_files",
                method="GET",
                path="/api/v2.0/ampi/parts/{short_id}/download/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
            ),
        )

    def list_file_attachments(self, *, id: int) -> builtins.list[OpenObject]:
        """List of user's file attachments"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_ampi_file_attachments.sync_detailed,
                operation="list_ampi_file_attachments",
                method="GET",
                path="/api/v2.0/ampi/files/",
                expected=_STATUSES_2XX_4XX,
                id=id,
            ),
        )

    def create_file_attachment(self, *, body: AmpiFileUpload) -> AmpiFileAttachment:
        """Create a new file attachment"""
        return cast(
            "AmpiFileAttachment",
            self._caller.call(
                _create_ampi_file_attachment.sync_detailed,
                operation="create_ampi_file_attachment",
                method="POST",
                path="/api/v2.0/ampi/files/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_file_attachment(self, file_id: int) -> AmpiFileAttachment:
        """Details of user's file attachments"""
        return cast(
            "AmpiFileAttachment",
            self._caller.call(
                _get_ampi_file_attachment.sync_detailed,
                operation="get_ampi_file_attachment",
                method="GET",
                path="/api/v2.0/ampi/files/{file_id}/",
                expected=_STATUSES_2XX_4XX,
                file_id=file_id,
            ),
        )

    def create_technical_drawing(self, *, body: AmpiFileUpload) -> AmpiTechnicalDrawing:
        """Create TechnicalDrawing object"""
        return cast(
            "AmpiTechnicalDrawing",
            self._caller.call(
                _create_ampi_technical_drawing.sync_detailed,
                operation="create_ampi_technical_drawing",
                method="POST",
                path="/api/v2.0/ampi/technical-drawings/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )


class BasketResource:
    """A basket contains multiple lines. Each line contains one 3D object and it's corresponding properties."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, *, page_size: int | Unset = UNSET, ordering: str | Unset = UNSET) -> Pager[OpenObject]:
        """List Baskets

        Returns a list of baskets, by default sorted by reverse creation date.

        The default page size is 25. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_baskets.sync_detailed,
                operation="list_baskets",
                method="GET",
                path="/api/v2.0/user-panel/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                },
                page_size=page_size,
                ordering=ordering,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create(self) -> Basket:
        """Create Basket

        A basket combines multiple 3D objects into an order. Use this to create a new basket. Subsequently an order can be created for this basket."""
        return cast(
            "Basket",
            self._caller.call(
                _create_basket.sync_detailed,
                operation="create_basket",
                method="POST",
                path="/api/v2.0/user-panel/baskets/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def get(self, basket_id: int) -> Basket:
        """Get Basket Details

        Gets the basket details."""
        return cast(
            "Basket",
            self._caller.call(
                _get_basket.sync_detailed,
                operation="get_basket",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    def delete(self, basket_id: int) -> None:
        """Delete Basket

        Delete the basket."""
        return cast(
            "None",
            self._caller.call(
                _delete_basket.sync_detailed,
                operation="delete_basket",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    def update(self, basket_id: int, *, body: BasketUpdate) -> Basket:
        """Update Basket

        Edit basket name and/or force the recalculation."""
        return cast(
            "Basket",
            self._caller.call(
                _update_basket.sync_detailed,
                operation="update_basket",
                method="PATCH",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
                body=body,
            ),
        )

    def list_lines(self, basket_id: int) -> builtins.list[BasketLine]:
        """List Basket Lines

        Each line of a basket represents a 3D model with information like, quantity, material and post processing. A list of basket line details is returned."""
        return cast(
            "builtins.list[BasketLine]",
            self._caller.call(
                _list_basket_lines.sync_detailed,
                operation="list_basket_lines",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    def create_line(self, basket_id: int, *, body: BasketLineCreate) -> BasketLine:
        """Create Basket Line

        An basket line is added to the given basket_id. You can either:

        - Specify nothing else and get a newly created basket line, with no default values. This line is intended to be filled with at least one 3D file.
        - Specify a line id to clone from with cloneLine, which will copy all attributes from the source line to a newly created basket line.
        - Specify a catalogItemId, which will be used to copy all known attributes to a newly created basket line."""
        return cast(
            "BasketLine",
            self._caller.call(
                _create_basket_line.sync_detailed,
                operation="create_basket_line",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
                body=body,
            ),
        )

    def get_line(self, basket_id: int, line_id: int) -> BasketLine:
        """Get Basket Line

        Each line of a basket represents a 3D model with information like, quantity, material and post processing. To display one specific line of a basket, reference it by its ID."""
        return cast(
            "BasketLine",
            self._caller.call(
                _get_basket_line.sync_detailed,
                operation="get_basket_line",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def delete_line(self, basket_id: int, line_id: int) -> None:
        """Delete Basket Line

        Delete a line by passing its line ID."""
        return cast(
            "None",
            self._caller.call(
                _delete_basket_line.sync_detailed,
                operation="delete_basket_line",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def update_line(self, basket_id: int, line_id: int, *, body: BasketLineUpdate) -> BasketLine:
        """Update Basket Line

        Edit desired basket line."""
        return cast(
            "BasketLine",
            self._caller.call(
                _update_basket_line.sync_detailed,
                operation="update_basket_line",
                method="PATCH",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    def get_line_file_status(self, basket_id: int, line_id: int) -> FileStatus:
        """Get File Status

        Get the status of an uploaded file."""
        return cast(
            "FileStatus",
            self._caller.call(
                _get_basket_line_file_status.sync_detailed,
                operation="get_basket_line_file_status",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/file-status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def list_line_materials(
        self,
        basket_id: int,
        line_id: int,
        *,
        country: str,
        technology_id: int | Unset = UNSET,
        service_label: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[OpenObject]:
        """List Materials

        List all available materials."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_basket_line_materials.sync_detailed,
                operation="list_basket_line_materials",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "country": {"minLength": 1, "maxLength": 2},
                },
                basket_id=basket_id,
                line_id=line_id,
                country=country,
                technology_id=technology_id,
                service_label=service_label,
            ),
        )

    def get_material_properties(self, basket_id: int, line_id: int, material_id: int) -> MaterialProperties:
        """Get Material Properties

        Get properties of a selected material."""
        return cast(
            "MaterialProperties",
            self._caller.call(
                _get_material_properties.sync_detailed,
                operation="get_material_properties",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "material_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
            ),
        )

    def list_offers(
        self,
        basket_id: int,
        line_id: int,
        material_id: int,
        *,
        country: str,
        technology_id: int | Unset = UNSET,
        service_label: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[OpenObject]:
        """List Offers

        List all available offers for a specific material."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_offers.sync_detailed,
                operation="list_offers",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "material_id": {"minimum": 1},
                    "country": {"minLength": 1, "maxLength": 2},
                },
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                country=country,
                technology_id=technology_id,
                service_label=service_label,
            ),
        )

    def get_offer(self, basket_id: int, line_id: int, material_id: int, offer_id: int) -> Offer:
        """Get Offer

        Get details about a specific offer of a specific material."""
        return cast(
            "Offer",
            self._caller.call(
                _get_offer.sync_detailed,
                operation="get_offer",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "material_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                offer_id=offer_id,
            ),
        )

    def get_offer_price(
        self,
        basket_id: int,
        line_id: int,
        material_id: int,
        offer_id: int,
        *,
        currency: str | Unset = UNSET,
        postprocessings: str | Unset = UNSET,
        post_processing_ids: builtins.list[int] | Unset = UNSET,
        quantity: int | Unset = UNSET,
    ) -> OfferPrice:
        """Get Price of Offer

        Get the price of a specific offer of a specific material."""
        return cast(
            "OfferPrice",
            self._caller.call(
                _get_offer_price.sync_detailed,
                operation="get_offer_price",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/price/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "material_id": {"minimum": 1},
                    "currency": {"minimum": 1, "pattern": "^[A-Z]{3}$", "minLength": 1, "maxLength": 3},
                    "postprocessings": {"minLength": 1},
                    "quantity": {"minimum": 1},
                },
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                offer_id=offer_id,
                currency=currency,
                postprocessings=postprocessings,
                post_processing_ids=post_processing_ids,
                quantity=quantity,
            ),
        )

    def list_line_attachments(self, basket_id: int, line_id: int) -> builtins.list[OpenObject]:
        """List Line Attachments

        Each basket line can have multiple line attachments."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_line_attachments.sync_detailed,
                operation="list_line_attachments",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def create_line_attachment(self, basket_id: int, line_id: int, *, body: FileAttachmentUpload) -> LineAttachment:
        """Create Line Attachment

        Each basket line can have multiple line attachments."""
        return cast(
            "LineAttachment",
            self._caller.call(
                _create_line_attachment.sync_detailed,
                operation="create_line_attachment",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    def delete_line_attachment(self, basket_id: int, line_id: int, attachment_id: int) -> None:
        """Delete Line Attachment

        Delete file attachment."""
        return cast(
            "None",
            self._caller.call(
                _delete_line_attachment.sync_detailed,
                operation="delete_line_attachment",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                attachment_id=attachment_id,
            ),
        )

    def trigger_price_resolution(
        self, basket_id: int, line_id: int, *, body: PriceResolutionRequest
    ) -> builtins.list[OpenObject]:
        """Trigger Price Resolution

        In some cases an explicit price resolution is needed as a result of orientation optimization. In this case, the price can not immediately be calculated. If the user wants to know the price, the frontend can poll this endpoint with a list of offers for which the user wants to know the price. The endpoint returns prices for all offers for which the price is already resolved, and isPriceResolutionRequired = true for those where the orientation optimization is still pending. If prices for requested offers are missing, or if prices for more offers should be resolved, the frontend can call this endpoint again with an updated list of offers."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _trigger_price_resolution.sync_detailed,
                operation="trigger_price_resolution",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/price-resolution/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    def get_price(
        self,
        basket_id: int,
        *,
        currency: str,
        shipping_method_id: int | Unset = UNSET,
        shipping_address_id: int | Unset = UNSET,
        billing_address_id: int | Unset = UNSET,
        voucher_code: str | Unset = UNSET,
    ) -> BasketPrice:
        """Get Basket Price

        Calculates basket price for sent parameters."""
        return cast(
            "BasketPrice",
            self._caller.call(
                _get_basket_price.sync_detailed,
                operation="get_basket_price",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/price/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "voucher_code": {"minLength": 1},
                    "currency": {"minLength": 1},
                },
                basket_id=basket_id,
                shipping_method_id=shipping_method_id,
                shipping_address_id=shipping_address_id,
                billing_address_id=billing_address_id,
                voucher_code=voucher_code,
                currency=currency,
            ),
        )

    def list_service_baskets(self, service_id: int, *, page_size: int | Unset = UNSET) -> Pager[OpenObject]:
        """List Baskets

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_service_baskets.sync_detailed,
                operation="list_service_baskets",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                },
                service_id=service_id,
                page_size=page_size,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create_service_basket(self, service_id: int) -> Basket:
        """Create Basket"""
        return cast(
            "Basket",
            self._caller.call(
                _create_service_basket.sync_detailed,
                operation="create_service_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def get_service_basket(self, service_id: int, basket_id: int) -> ServiceBasket:
        """List Baskets

        The seed titles this operation "List Baskets" like the list before it; it takes a basket_id and returns that one basket."""
        return cast(
            "ServiceBasket",
            self._caller.call(
                _get_service_basket.sync_detailed,
                operation="get_service_basket",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    def delete_service_basket(self, service_id: int, basket_id: int) -> None:
        """Delete Basket"""
        return cast(
            "None",
            self._caller.call(
                _delete_service_basket.sync_detailed,
                operation="delete_service_basket",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    def update_service_basket(self, service_id: int, basket_id: int, *, body: ServiceBasketUpdate) -> ServiceBasket:
        """Update Basket"""
        return cast(
            "ServiceBasket",
            self._caller.call(
                _update_service_basket.sync_detailed,
                operation="update_service_basket",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                body=body,
            ),
        )

    def get_service_line_file_status(self, service_id: int, basket_id: int, line_id: int) -> FileStatus:
        """Get File Status

        Get the file status of an uploaded file. The upload is finished successfully, when it returns

            {
                "uuid": "...",
                "status": "finished"
            }

        The upload is finished with error, when it returns

            {
                "uuid": "...",
                "status": "error"
            }"""
        return cast(
            "FileStatus",
            self._caller.call(
                _get_service_basket_line_file_status.sync_detailed,
                operation="get_service_basket_line_file_status",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/file-status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def create_from_order(self, service_id: int, sale_transaction_id: int) -> ServiceBasket:
        """Create basket

        Create basket with lines and their properties from this Order"""
        return cast(
            "ServiceBasket",
            self._caller.call(
                _create_basket_from_order.sync_detailed,
                operation="create_basket_from_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{sale_transaction_id}/basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                sale_transaction_id=sale_transaction_id,
            ),
        )

    def list_service_lines(self, service_id: int, basket_id: int) -> builtins.list[OpenObject]:
        """List Basket-Lines"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_service_basket_lines.sync_detailed,
                operation="list_service_basket_lines",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    def create_service_line(self, service_id: int, basket_id: int, *, body: BasketLineCreate) -> ServiceBasketLine:
        """Create a Basket-Line

        An basket line is added to the given basket_id. You can either:

        - Specify nothing else and get a newly created basket line, with no default values. This line is intended to be filled with at least one 3D file.
        - Specify a line id to clone from with cloneLine, which will copy all attributes from the source line to a newly created basket line.
        - Specify a catalogItemId, which will be used to copy all known attributes to a newly created basket line."""
        return cast(
            "ServiceBasketLine",
            self._caller.call(
                _create_service_basket_line.sync_detailed,
                operation="create_service_basket_line",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                body=body,
            ),
        )

    def get_service_line(self, service_id: int, basket_id: int, line_id: int) -> ServiceBasketLine:
        """Get a Basket-Line"""
        return cast(
            "ServiceBasketLine",
            self._caller.call(
                _get_service_basket_line.sync_detailed,
                operation="get_service_basket_line",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def delete_service_line(self, service_id: int, basket_id: int, line_id: int) -> None:
        """Delete a Basket-Line"""
        return cast(
            "None",
            self._caller.call(
                _delete_service_basket_line.sync_detailed,
                operation="delete_service_basket_line",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def update_service_line(
        self, service_id: int, basket_id: int, line_id: int, *, body: ServiceBasketLineUpdate
    ) -> ServiceBasketLine:
        """Update a Basket-Line"""
        return cast(
            "ServiceBasketLine",
            self._caller.call(
                _update_service_basket_line.sync_detailed,
                operation="update_service_basket_line",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    def create_from_quote(self, service_id: int, quote_id: int) -> ServiceBasket:
        """Create a Basket based on a Quote

        Create basket with lines and their properties from a selected Quote."""
        return cast(
            "ServiceBasket",
            self._caller.call(
                _create_basket_from_quote.sync_detailed,
                operation="create_basket_from_quote",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
            ),
        )


class CatalogResource:
    """The Catalog is a Organization Wide Store of 3D Files. The endpoints listed here are for Querying the Catalog. To place an order from an catalog item, you'll first need to add that item to a basekte with the Create a basket line endpoint."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_items(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
        status: builtins.list[ListCatalogItemsStatusItem] | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """List Catalog Items

        Returns a list of catalog items, by default sorted by reverse creation date. The default page size is 10. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_catalog_items.sync_detailed,
                operation="list_catalog_items",
                method="GET",
                path="/api/v2.0/user-panel/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                status=status,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create_item(self, *, body: CatalogItemCreate) -> CatalogItem:
        """Create Catalog Item

        A catalog item is created from a basket line. Subsequently this item is saved in the catalog list and can be added to the basket very easily. To use this endpoint, the connected user must be an Organization catalog admin."""
        return cast(
            "CatalogItem",
            self._caller.call(
                _create_catalog_item.sync_detailed,
                operation="create_catalog_item",
                method="POST",
                path="/api/v2.0/user-panel/catalog/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def bulk_delete_items(self, *, body: CatalogItemIds) -> None:
        """Bulk Delete Catalog Items

        Delete multiple Catalog items by sending an array of IDs."""
        return cast(
            "None",
            self._caller.call(
                _bulk_delete_catalog_items.sync_detailed,
                operation="bulk_delete_catalog_items",
                method="POST",
                path="/api/v2.0/user-panel/catalog/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_filter_choices(self) -> CatalogFilterChoices:
        """Catalog Filter Choices - User Panel

        Catalog Filter Choices for User Panel, that allow filtering the catalog list"""
        return cast(
            "CatalogFilterChoices",
            self._caller.call(
                _get_catalog_filter_choices.sync_detailed,
                operation="get_catalog_filter_choices",
                method="GET",
                path="/api/v2.0/user-panel/catalog/filter-choices/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_item_labels(self, catalog_id: int, *, search: str | Unset = UNSET) -> builtins.list[OpenObject]:
        """List Labels for Catalog Items

        Returns a list of labels for catalog items sorted by name."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_catalog_item_labels.sync_detailed,
                operation="list_catalog_item_labels",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}, "search": {"minLength": 1}},
                catalog_id=catalog_id,
                search=search,
            ),
        )

    def add_item_label(self, catalog_id: int, *, body: LabelCreate) -> Label:
        """Add Label to the Catalog Item

        Add Label to the Catalog Item"""
        return cast(
            "Label",
            self._caller.call(
                _add_catalog_item_label.sync_detailed,
                operation="add_catalog_item_label",
                method="POST",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                body=body,
            ),
        )

    def bulk_update_items(self, *, body: CatalogItemBulkUpdate) -> None:
        """Catalog Item bulk update"""
        return cast(
            "None",
            self._caller.call(
                _bulk_update_catalog_items.sync_detailed,
                operation="bulk_update_catalog_items",
                method="PATCH",
                path="/api/v2.0/user-panel/catalog/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_item(self, catalog_id: int) -> CatalogItem:
        """Get Catalog Item Detail

        Catalog item details."""
        return cast(
            "CatalogItem",
            self._caller.call(
                _get_catalog_item.sync_detailed,
                operation="get_catalog_item",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    def delete_item(self, catalog_id: int) -> None:
        """Delete Catalog Item

        Delete an catalog item from the catalog list. To use this endpoint, the connected user must be an Organization catalog admin."""
        return cast(
            "None",
            self._caller.call(
                _delete_catalog_item.sync_detailed,
                operation="delete_catalog_item",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    def update_item(
        self, catalog_id: int, *, body: CatalogItemUpdate, omit_response: bool | Unset = UNSET
    ) -> CatalogItem:
        """Update Catalog Item Detail

        Edit Catalog Item."""
        return cast(
            "CatalogItem",
            self._caller.call(
                _update_catalog_item.sync_detailed,
                operation="update_catalog_item",
                method="PATCH",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                omit_response=omit_response,
                body=body,
            ),
        )

    def list_item_attachments(self, catalog_id: int) -> builtins.list[OpenObject]:
        """Get Attachments to an Catalog Item"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_catalog_item_attachments.sync_detailed,
                operation="list_catalog_item_attachments",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    def create_item_attachment(self, catalog_id: int, *, body: CatalogItemAttachmentUpload) -> CatalogItemAttachment:
        """Create Attachments to an Catalog Item"""
        return cast(
            "CatalogItemAttachment",
            self._caller.call(
                _create_catalog_item_attachment.sync_detailed,
                operation="create_catalog_item_attachment",
                method="POST",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                body=body,
            ),
        )

    def delete_item_attachment(self, catalog_id: int, attachment_id: int) -> None:
        """Delete Catalog Item Attachment"""
        return cast(
            "None",
            self._caller.call(
                _delete_catalog_item_attachment.sync_detailed,
                operation="delete_catalog_item_attachment",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                catalog_id=catalog_id,
                attachment_id=attachment_id,
            ),
        )

    def list_csv_import_jobs(self) -> builtins.list[OpenObject]:
        """List Catalog CSV import jobs"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_catalog_csv_import_jobs.sync_detailed,
                operation="list_catalog_csv_import_jobs",
                method="GET",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def create_csv_import_job(self, *, body: CatalogCsvImportJobCreate) -> CatalogCsvImportJob:
        """Create Catalog CSV Import job"""
        return cast(
            "CatalogCsvImportJob",
            self._caller.call(
                _create_catalog_csv_import_job.sync_detailed,
                operation="create_catalog_csv_import_job",
                method="POST",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_csv_import_job(self, job_id: int) -> CatalogCsvImportJob:
        """Get a Catalog CSV import job"""
        return cast(
            "CatalogCsvImportJob",
            self._caller.call(
                _get_catalog_csv_import_job.sync_detailed,
                operation="get_catalog_csv_import_job",
                method="GET",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"job_id": {"minimum": 1}},
                job_id=job_id,
            ),
        )

    def delete_csv_import_job(self, job_id: int) -> None:
        """Delete a Catalog CSV import job"""
        return cast(
            "None",
            self._caller.call(
                _delete_catalog_csv_import_job.sync_detailed,
                operation="delete_catalog_csv_import_job",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"job_id": {"minimum": 1}},
                job_id=job_id,
            ),
        )

    def list_service_item_summaries(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """List Catalog Items

        Returns a list of catalog items, by default sorted by reverse creation date. The default page size is 10. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_service_catalog_item_summaries.sync_detailed,
                operation="list_service_catalog_item_summaries",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog-items/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create_service_item_from_line(self, service_id: int, *, body: CatalogItemFromLine) -> CatalogItemSummary:
        """Create Catalog Item

        A catalog item is created from a basket line. Subsequently this item is saved in the catalog list and can be added to the basket very easily. To use this endpoint, the connected user must be an Organization catalog admin."""
        return cast(
            "CatalogItemSummary",
            self._caller.call(
                _create_service_catalog_item_from_line.sync_detailed,
                operation="create_service_catalog_item_from_line",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog-items/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def list_service_items(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
        status: builtins.list[ListServiceCatalogItemsStatusItem] | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """List Catalog Items

        Returns a list of catalog items, by default sorted by reverse creation date. The default page size is 10. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_service_catalog_items.sync_detailed,
                operation="list_service_catalog_items",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                status=status,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create_service_item(self, service_id: int, *, body: CatalogItemCreate) -> CatalogItem:
        """Create Catalog Item

        A catalog item is created from a basket line. Subsequently this item is saved in the catalog list and can be added to the basket very easily. To use this endpoint, the connected user must be an Organization catalog admin."""
        return cast(
            "CatalogItem",
            self._caller.call(
                _create_service_catalog_item.sync_detailed,
                operation="create_service_catalog_item",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def bulk_delete_service_items(self, service_id: int, *, body: CatalogItemIds) -> None:
        """Bulk Delete Catalog Items

        Delete multiple Catalog items by sending an array of IDs."""
        return cast(
            "None",
            self._caller.call(
                _bulk_delete_service_catalog_items.sync_detailed,
                operation="bulk_delete_service_catalog_items",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def get_service_filter_choices(self, service_id: int) -> CatalogFilterChoices:
        """Catalog Filter Choices - Service Panel

        Catalog Filter Choices for Service Panel, that allow filtering the catalog list"""
        return cast(
            "CatalogFilterChoices",
            self._caller.call(
                _get_service_catalog_filter_choices.sync_detailed,
                operation="get_service_catalog_filter_choices",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/filter-choices/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )


class CommentsResource:
    """Comments"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, object_type: ListCommentsObjectType | str, object_id: int) -> builtins.list[OpenObject]:
        """Get comments for an object"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_comments.sync_detailed,
                operation="list_comments",
                method="GET",
                path="/api/v2.0/comments/{object_type}/{object_id}/",
                expected=_STATUSES_2XX_4XX,
                object_type=object_type,
                object_id=object_id,
            ),
        )

    def create(self, object_type: CreateCommentObjectType | str, object_id: int, *, body: CommentCreate) -> Comment:
        """Create comment for an object"""
        return cast(
            "Comment",
            self._caller.call(
                _create_comment.sync_detailed,
                operation="create_comment",
                method="POST",
                path="/api/v2.0/comments/{object_type}/{object_id}/",
                expected=_STATUSES_2XX_4XX,
                object_type=object_type,
                object_id=object_id,
                body=body,
            ),
        )


class DownloadResource:
    """For downloading 3D Files"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def file(
        self,
        container_name: DownloadFileContainerName | str,
        container_id: int,
        uuid: str,
        path_suffix: DownloadFilePathSuffix | str,
    ) -> File:
        """Download 3D File

        This is the endpoint that can be used to download 3D Files and get printability information. The URL includes a container, to check if the user has permission to view the file. It is not recommended to craft the URL from scratch. Instead either:

        - Use another endpoint (e.g. the downloadOptimizedUrl field in Get Basket Line) to fetch this URL from its response
        - Call the 3D Backend directly. For this jwtAuthorizationRequired needs to be deactivated in the server settings. For more information, please contact support."""
        return cast(
            "File",
            self._caller.call(
                _download_file.sync_detailed,
                operation="download_file",
                method="GET",
                path="/api/v2.0/files/{container_name}/{container_id}/{uuid}/{path_suffix}/",
                expected=_STATUSES_2XX_4XX,
                container_name=container_name,
                container_id=container_id,
                uuid=uuid,
                path_suffix=path_suffix,
            ),
        )


class JobsResource:
    """Jobs"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        user_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        job_status_name: builtins.list[ListJobsJobStatusNameItem] | Unset = UNSET,
        assignee_id: builtins.list[int] | Unset = UNSET,
        internal_lot_number: builtins.list[str] | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """Job list

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_jobs.sync_detailed,
                operation="list_jobs",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                ordering=ordering,
                search=search,
                page_size=page_size,
                date_gte=date_gte,
                date_lte=date_lte,
                material_id=material_id,
                user_id=user_id,
                workstation_id=workstation_id,
                job_status_name=job_status_name,
                assignee_id=assignee_id,
                internal_lot_number=internal_lot_number,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create(self, service_id: int, *, body: JobCreate) -> Job:
        """Job create"""
        return cast(
            "Job",
            self._caller.call(
                _create_job.sync_detailed,
                operation="create_job",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def get(self, service_id: int, job_id: int) -> Job:
        """Job Detail Get"""
        return cast(
            "Job",
            self._caller.call(
                _get_job.sync_detailed,
                operation="get_job",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    def delete(self, service_id: int, job_id: int) -> None:
        """Job Detail Delete"""
        return cast(
            "None",
            self._caller.call(
                _delete_job.sync_detailed,
                operation="delete_job",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    def update(self, service_id: int, job_id: int, *, body: JobUpdate) -> Job:
        """Job Detail Patch"""
        return cast(
            "Job",
            self._caller.call(
                _update_job.sync_detailed,
                operation="update_job",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    def recreate(self, service_id: int, job_id: int, *, body: JobRecreate) -> JobRecreation:
        """Job Recreate

        Create a copy of a scrapped job and modify it's status to "recreated\""""
        return cast(
            "JobRecreation",
            self._caller.call(
                _recreate_job.sync_detailed,
                operation="recreate_job",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/recreate/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    def import_csv(self, service_id: int, *, body: JobCsvImportUpload) -> JobCsvImport:
        """Import CSV file for job creation"""
        return cast(
            "JobCsvImport",
            self._caller.call(
                _import_jobs_csv.sync_detailed,
                operation="import_jobs_csv",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/import-csv/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def create_attachment(self, service_id: int, job_id: int, *, body: JobAttachmentUpload) -> JobAttachment:
        """Create Job Attachment"""
        return cast(
            "JobAttachment",
            self._caller.call(
                _create_job_attachment.sync_detailed,
                operation="create_job_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    def delete_attachment(self, service_id: int, job_id: int, job_attachment_id: int) -> None:
        """JobAttachment delete"""
        return cast(
            "None",
            self._caller.call(
                _delete_job_attachment.sync_detailed,
                operation="delete_job_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/{job_attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                job_attachment_id=job_attachment_id,
            ),
        )

    def delete_build_file_attachment(self, service_id: int, job_id: int) -> None:
        """JobBuildFileAttachment delete"""
        return cast(
            "None",
            self._caller.call(
                _delete_job_build_file_attachment.sync_detailed,
                operation="delete_job_build_file_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/build-file-attachment/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    def export_csv(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        user_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        job_status_name: builtins.list[ExportJobsCsvJobStatusNameItem] | Unset = UNSET,
        assignee_id: builtins.list[int] | Unset = UNSET,
        internal_lot_number: builtins.list[str] | Unset = UNSET,
    ) -> str:
        """Export Jobs to CSV

        Export a csv containing jobs information."""
        return cast(
            "str",
            self._caller.call(
                _export_jobs_csv.sync_detailed,
                operation="export_jobs_csv",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/export-csv/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                ordering=ordering,
                search=search,
                date_gte=date_gte,
                date_lte=date_lte,
                material_id=material_id,
                user_id=user_id,
                workstation_id=workstation_id,
                job_status_name=job_status_name,
                assignee_id=assignee_id,
                internal_lot_number=internal_lot_number,
            ),
        )

    def list_sequences(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        status_name: builtins.list[str] | Unset = UNSET,
        processing_title: builtins.list[str] | Unset = UNSET,
        exclude_sequence_id: int | Unset = UNSET,
        exclude_job_id: int | Unset = UNSET,
        in_workstation_step: bool | Unset = UNSET,
        part_id: int | Unset = UNSET,
        from_time: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """Job Sequence List

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_job_sequences.sync_detailed,
                operation="list_job_sequences",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/sequences/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "exclude_sequence_id": {"minimum": 1},
                    "exclude_job_id": {"minimum": 1},
                    "part_id": {"minimum": 1},
                    "from_time": {"minLength": 1},
                    "duration": {"minimum": 0},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                },
                service_id=service_id,
                ordering=ordering,
                material_id=material_id,
                technology_id=technology_id,
                workstation_id=workstation_id,
                date_gte=date_gte,
                date_lte=date_lte,
                status_name=status_name,
                processing_title=processing_title,
                exclude_sequence_id=exclude_sequence_id,
                exclude_job_id=exclude_job_id,
                in_workstation_step=in_workstation_step,
                part_id=part_id,
                from_time=from_time,
                duration=duration,
                page_size=page_size,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def scrap_sequences(self, service_id: int, job_id: int, *, body: JobScrapSequences) -> None:
        """Scrap sequences or an amount of a sequences from a job"""
        return cast(
            "None",
            self._caller.call(
                _scrap_job_sequences.sync_detailed,
                operation="scrap_job_sequences",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/sequences/scrap/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )


class MachineConnectivityResource:
    """MachineConnectivity"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_workstation_machine(self, service_id: int, workstation_id: int) -> WorkstationMachine:
        """Get associated machine for specific workstation"""
        return cast(
            "WorkstationMachine",
            self._caller.call(
                _get_workstation_machine.sync_detailed,
                operation="get_workstation_machine",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    def list_machines(self, service_id: int) -> builtins.list[OpenObject]:
        """Available Machines"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_machines.sync_detailed,
                operation="list_machines",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def get(self, service_id: int, machine_id: int) -> Machine:
        """Machine details"""
        return cast(
            "Machine",
            self._caller.call(
                _get_machine.sync_detailed,
                operation="get_machine",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                machine_id=machine_id,
            ),
        )

    def list_unread_events(self, service_id: int, machine_id: int) -> builtins.list[OpenObject]:
        """Get unread machine events"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_unread_machine_events.sync_detailed,
                operation="list_unread_machine_events",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/unread-events/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                machine_id=machine_id,
            ),
        )


class MaterialLotsResource:
    """MaterialLots"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        material_form: builtins.list[str] | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """MaterialLots List

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_material_lots.sync_detailed,
                operation="list_material_lots",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                material_form=material_form,
                material_id=material_id,
                technology_id=technology_id,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def get(self, service_id: int, material_lot_id: int) -> MaterialLot:
        """Material Lot detail"""
        return cast(
            "MaterialLot",
            self._caller.call(
                _get_material_lot.sync_detailed,
                operation="get_material_lot",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
            ),
        )

    def create_attachment(
        self, service_id: int, material_lot_id: int, *, body: FileAttachmentUpload
    ) -> MaterialLotAttachment:
        """Create MaterialLotAttachment"""
        return cast(
            "MaterialLotAttachment",
            self._caller.call(
                _create_material_lot_attachment.sync_detailed,
                operation="create_material_lot_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
                body=body,
            ),
        )

    def get_attachment(
        self, service_id: int, material_lot_id: int, material_lot_attachment_id: int
    ) -> MaterialLotAttachment:
        """MaterialLotAttachment Detail"""
        return cast(
            "MaterialLotAttachment",
            self._caller.call(
                _get_material_lot_attachment.sync_detailed,
                operation="get_material_lot_attachment",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/{material_lot_attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
                material_lot_attachment_id=material_lot_attachment_id,
            ),
        )


class MaterialsResource:
    """Materials"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_offers(self, service_id: int, *, technology_id: int | Unset = UNSET) -> builtins.list[OpenObject]:
        """List Material-Offers"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_material_offers.sync_detailed,
                operation="list_material_offers",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                technology_id=technology_id,
            ),
        )

    def create_offer(self, service_id: int, *, body: MaterialOfferCreate) -> CreatedMaterialOffer:
        """Create a Material-Offer"""
        return cast(
            "CreatedMaterialOffer",
            self._caller.call(
                _create_material_offer.sync_detailed,
                operation="create_material_offer",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def list_offer_post_processings(self, service_id: int, offer_id: int) -> builtins.list[OpenObject]:
        """List Post-Processings for a Material-Offer"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_material_offer_post_processings.sync_detailed,
                operation="list_material_offer_post_processings",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                offer_id=offer_id,
            ),
        )

    def create_offer_post_processing(
        self, service_id: int, offer_id: int, *, body: PostProcessingCreate
    ) -> PostProcessing:
        """Create a Post-Processing for a Material-Offer"""
        return cast(
            "PostProcessing",
            self._caller.call(
                _create_material_offer_post_processing.sync_detailed,
                operation="create_material_offer_post_processing",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                offer_id=offer_id,
                body=body,
            ),
        )


class MesWorkflowResource:
    """MesWorkflow"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_templates(self, service_id: int) -> builtins.list[OpenObject]:
        """Workflow Template List"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_workflow_templates.sync_detailed,
                operation="list_workflow_templates",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def get_template(self, service_id: int, workflow_template_id: int) -> Workflow:
        """Workflow Template details"""
        return cast(
            "Workflow",
            self._caller.call(
                _get_workflow_template.sync_detailed,
                operation="get_workflow_template",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
            ),
        )

    def create_template_status(
        self, service_id: int, workflow_template_id: int, *, body: WorkflowStatusCreate
    ) -> Workflow:
        """Create Workflow Template Status"""
        return cast(
            "Workflow",
            self._caller.call(
                _create_workflow_template_status.sync_detailed,
                operation="create_workflow_template_status",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
                body=body,
            ),
        )

    def update_template_status(
        self,
        service_id: int,
        workflow_template_id: int,
        workflow_template_status_id: int,
        *,
        body: WorkflowStatusUpdate,
    ) -> Workflow:
        """Workflow Template Status update"""
        return cast(
            "Workflow",
            self._caller.call(
                _update_workflow_template_status.sync_detailed,
                operation="update_workflow_template_status",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/{workflow_template_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
                workflow_template_status_id=workflow_template_status_id,
                body=body,
            ),
        )

    def list_step_templates(self, service_id: int) -> builtins.list[OpenObject]:
        """Workflow Step Template List"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_workflow_step_templates.sync_detailed,
                operation="list_workflow_step_templates",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-steps/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def get_step(self, service_id: int, workflow_step_id: int) -> WorkflowStep:
        """Workflow Step details"""
        return cast(
            "WorkflowStep",
            self._caller.call(
                _get_workflow_step.sync_detailed,
                operation="get_workflow_step",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-steps/{workflow_step_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_step_id=workflow_step_id,
            ),
        )


class OrdersResource:
    """To place an order you need to create a basket first (see above)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service_id: int | Unset = UNSET,
        created_at_lte: str | Unset = UNSET,
        created_at_gte: str | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """List Orders

        Returns a list of orders, by default sorted by reverse creation date.

        The default page size is 25. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_orders.sync_detailed,
                operation="list_orders",
                method="GET",
                path="/api/v2.0/user-panel/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "service_id": {"minimum": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                page_size=page_size,
                ordering=ordering,
                search=search,
                service_id=service_id,
                created_at_lte=created_at_lte,
                created_at_gte=created_at_gte,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create(self, *, body: CreateOrderRequest) -> CreatedObject:
        """Create Order

        This endpoint allows you to create an order either from a basket or from a quote."""
        return cast(
            "CreatedObject",
            self._caller.call(
                _create_order.sync_detailed,
                operation="create_order",
                method="POST",
                path="/api/v2.0/user-panel/orders/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get(self, order_id: int) -> Order:
        """Get Order

        Get an order using its id."""
        return cast(
            "Order",
            self._caller.call(
                _get_order.sync_detailed,
                operation="get_order",
                method="GET",
                path="/api/v2.0/user-panel/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"order_id": {"minimum": 1}},
                order_id=order_id,
            ),
        )

    def get_line(self, order_id: int, line_id: int) -> OpenObject:
        """Get Order Line

        One line of an order. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "OpenObject",
            self._caller.call(
                _get_order_line.sync_detailed,
                operation="get_order_line",
                method="GET",
                path="/api/v2.0/user-panel/orders/{order_id}/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"order_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                order_id=order_id,
                line_id=line_id,
            ),
        )


class OrganizationUsersResource:
    """The Organization Users endpoints are for creating and updating User information. In order to use those endpoints, the user with the ApiToken needs to have the "Organization Admin" Role."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self, *, page_size: int | Unset = UNSET, search: str | Unset = UNSET, ordering: str | Unset = UNSET
    ) -> Pager[OpenObject]:
        """List Users

        Returns a list of organization users.

        The default page size is 10. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_organization_users.sync_detailed,
                operation="list_organization_users",
                method="GET",
                path="/api/v2.0/organization-panel/users/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                },
                page_size=page_size,
                search=search,
                ordering=ordering,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create(self, *, body: OrganizationUserCreate) -> OrganizationUserCreated:
        """Create User

        Creates and returns an organization user."""
        return cast(
            "OrganizationUserCreated",
            self._caller.call(
                _create_organization_user.sync_detailed,
                operation="create_organization_user",
                method="POST",
                path="/api/v2.0/organization-panel/users/create/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get(self, user_id: int) -> UserProfile:
        """Get User

        Returns an organization user - this includes his default address and some info from his user profile, plus a count of addresses. Displayed to org admins in the org panel user mgmt section."""
        return cast(
            "UserProfile",
            self._caller.call(
                _get_organization_user.sync_detailed,
                operation="get_organization_user",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    def delete(self, user_id: int) -> UserProfile:
        """Delete User"""
        return cast(
            "UserProfile",
            self._caller.call(
                _delete_organization_user.sync_detailed,
                operation="delete_organization_user",
                method="DELETE",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    def update(self, user_id: int, *, body: OrganizationUserUpdate) -> UserProfile:
        """Update User"""
        return cast(
            "UserProfile",
            self._caller.call(
                _update_organization_user.sync_detailed,
                operation="update_organization_user",
                method="PATCH",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )

    def get_address(self, user_id: int, address_id: int) -> Address:
        """Get Address"""
        return cast(
            "Address",
            self._caller.call(
                _get_organization_user_address.sync_detailed,
                operation="get_organization_user_address",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
            ),
        )

    def update_address(self, user_id: int, address_id: int, *, body: AddressUpdate) -> Address:
        """Update Address"""
        return cast(
            "Address",
            self._caller.call(
                _update_organization_user_address.sync_detailed,
                operation="update_organization_user_address",
                method="PATCH",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
                body=body,
            ),
        )

    def list_addresses(self, user_id: int) -> builtins.list[OpenObject]:
        """List Addresses"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_organization_user_addresses.sync_detailed,
                operation="list_organization_user_addresses",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    def create_address(self, user_id: int, *, body: AddressWrite) -> Address:
        """Create Address"""
        return cast(
            "Address",
            self._caller.call(
                _create_organization_user_address.sync_detailed,
                operation="create_organization_user_address",
                method="POST",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )

    def get_preferences(self, user_id: int) -> Preferences:
        """Get Users Preferences

        Get preferences for the specified user."""
        return cast(
            "Preferences",
            self._caller.call(
                _get_organization_user_preferences.sync_detailed,
                operation="get_organization_user_preferences",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/preferences/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    def update_preferences(self, user_id: int, *, body: PreferencesReplace) -> Preferences:
        """Update Users Preferences"""
        return cast(
            "Preferences",
            self._caller.call(
                _update_organization_user_preferences.sync_detailed,
                operation="update_organization_user_preferences",
                method="PUT",
                path="/api/v2.0/organization-panel/users/{user_id}/preferences/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )


class PartSequencesResource:
    """PartSequences"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def bulk_update(self, service_id: int, *, body: SequenceBulkUpdate) -> None:
        """Sequence bulk update

        Perform a specified operation on a set of sequences. The sequences to update are identified by their id. The update is performed in a single transaction, so either all sequences are updated or none."""
        return cast(
            "None",
            self._caller.call(
                _bulk_update_sequences.sync_detailed,
                operation="bulk_update_sequences",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/sequences/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def scrap(self, service_id: int, part_id: int, *, body: ScrapSequences) -> None:
        """Scrap part sequences or an amount of a sequence"""
        return cast(
            "None",
            self._caller.call(
                _scrap_part_sequences.sync_detailed,
                operation="scrap_part_sequences",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/scrap/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    def update_step(self, service_id: int, part_id: int, *, body: PartSequencesStepUpdate) -> None:
        """Update a part's sequences step"""
        return cast(
            "None",
            self._caller.call(
                _update_part_sequences_step.sync_detailed,
                operation="update_part_sequences_step",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )


class PartWorkflowResource:
    """PartWorkflow"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def delete(self, service_id: int, part_id: int, workflow_id: int) -> None:
        """Delete part workflow"""
        return cast(
            "None",
            self._caller.call(
                _delete_part_workflow.sync_detailed,
                operation="delete_part_workflow",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
            ),
        )

    def update(self, service_id: int, part_id: int, workflow_id: int, *, body: WorkflowUpdate) -> Workflow:
        """Update part workflow"""
        return cast(
            "Workflow",
            self._caller.call(
                _update_part_workflow.sync_detailed,
                operation="update_part_workflow",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                body=body,
            ),
        )

    def create_status(self, service_id: int, part_id: int, workflow_id: int, *, body: WorkflowStatusCreate) -> Workflow:
        """Create Workflow Status"""
        return cast(
            "Workflow",
            self._caller.call(
                _create_part_workflow_status.sync_detailed,
                operation="create_part_workflow_status",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                body=body,
            ),
        )

    def delete_status(self, service_id: int, part_id: int, workflow_id: int, workflow_status_id: int) -> None:
        """Workflow Status update

        The seed titles this operation "Workflow Status update" like the one before it, but it takes no body and answers none: it removes the status."""
        return cast(
            "None",
            self._caller.call(
                _delete_part_workflow_status.sync_detailed,
                operation="delete_part_workflow_status",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                workflow_status_id=workflow_status_id,
            ),
        )

    def update_status(
        self, service_id: int, part_id: int, workflow_id: int, workflow_status_id: int, *, body: WorkflowStatusUpdate
    ) -> Workflow:
        """Workflow Status update"""
        return cast(
            "Workflow",
            self._caller.call(
                _update_part_workflow_status.sync_detailed,
                operation="update_part_workflow_status",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                workflow_status_id=workflow_status_id,
                body=body,
            ),
        )


class PartsResource:
    """Parts"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_mes_filter_options(
        self,
        service_id: int,
        *,
        fields: builtins.list[GetMesFilterOptionsFieldsItem],
        production_sheet_template_type: GetMesFilterOptionsProductionSheetTemplateType | str | Unset = UNSET,
    ) -> MesFilterOptions:
        """MES Service Filter Options"""
        return cast(
            "MesFilterOptions",
            self._caller.call(
                _get_mes_filter_options.sync_detailed,
                operation="get_mes_filter_options",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/mes-filter-options/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "fields": {"minItems": 1},
                    "production_sheet_template_type": {"minLength": 1},
                },
                service_id=service_id,
                fields=fields,
                production_sheet_template_type=production_sheet_template_type,
            ),
        )

    def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        status_name: builtins.list[str] | Unset = UNSET,
        processing_title: builtins.list[str] | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        scheduled: ListPartsScheduled | str | Unset = UNSET,
        modified_date_gte: datetime.date | str | Unset = UNSET,
        modified_date_lte: datetime.date | str | Unset = UNSET,
        order_date_gte: datetime.date | str | Unset = UNSET,
        order_date_lte: datetime.date | str | Unset = UNSET,
        target_date_gte: datetime.date | str | Unset = UNSET,
        target_date_lte: datetime.date | str | Unset = UNSET,
        show_only_delayed: bool | Unset = UNSET,
        show_finished: bool | Unset = UNSET,
        sort_by_part_requirements: int | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """Part List

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_parts.sync_detailed,
                operation="list_parts",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "assignee_id": {"minimum": 1},
                    "scheduled": {"minLength": 1},
                    "modified_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "modified_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "order_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "order_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "target_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "target_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                material_id=material_id,
                technology_id=technology_id,
                status_name=status_name,
                processing_title=processing_title,
                assignee_id=assignee_id,
                scheduled=scheduled,
                modified_date_gte=modified_date_gte,
                modified_date_lte=modified_date_lte,
                order_date_gte=order_date_gte,
                order_date_lte=order_date_lte,
                target_date_gte=target_date_gte,
                target_date_lte=target_date_lte,
                show_only_delayed=show_only_delayed,
                show_finished=show_finished,
                sort_by_part_requirements=sort_by_part_requirements,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def get(self, service_id: int, part_id: int) -> Part:
        """Part Detail"""
        return cast(
            "Part",
            self._caller.call(
                _get_part.sync_detailed,
                operation="get_part",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
            ),
        )

    def update(self, service_id: int, part_id: int, *, body: PartUpdate) -> Part:
        """Part Detail

        The seed titles this operation "Part Detail" like the read before it; it takes the part's new values."""
        return cast(
            "Part",
            self._caller.call(
                _update_part.sync_detailed,
                operation="update_part",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    def bulk_download_files(self, service_id: int, *, object_ids: str) -> File:
        """Bulk download parts' files"""
        return cast(
            "File",
            self._caller.call(
                _bulk_download_part_files.sync_detailed,
                operation="bulk_download_part_files",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/bulk-download/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "object_ids": {"minLength": 1}},
                service_id=service_id,
                object_ids=object_ids,
            ),
        )

    def bulk_update(self, service_id: int, *, body: PartBulkUpdate) -> None:
        """Bulk update parts"""
        return cast(
            "None",
            self._caller.call(
                _bulk_update_parts.sync_detailed,
                operation="bulk_update_parts",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def create_production_sheet(self, service_id: int, *, body: ProductionSheetCreate) -> ProductionSheet:
        """Create a production sheet

        Create a production sheet pdf for a part or a job"""
        return cast(
            "ProductionSheet",
            self._caller.call(
                _create_production_sheet.sync_detailed,
                operation="create_production_sheet",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/production-sheets/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def view_production_sheet(self, service_id: int, filename: str) -> File:
        """View production sheet

        View previously created production sheet pdf"""
        return cast(
            "File",
            self._caller.call(
                _view_production_sheet.sync_detailed,
                operation="view_production_sheet",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/production-sheets/{filename}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                filename=filename,
            ),
        )

    def get_file_version(self, service_id: int, part_id: int, uuid: str) -> GetPartFileVersionResponse2XX:
        """Get File Version"""
        return cast(
            "GetPartFileVersionResponse2XX",
            self._caller.call(
                _get_part_file_version.sync_detailed,
                operation="get_part_file_version",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                uuid=uuid,
            ),
        )

    def remove_file_version(self, service_id: int, part_id: int, uuid: str) -> None:
        """Remove File Version To Part"""
        return cast(
            "None",
            self._caller.call(
                _remove_part_file_version.sync_detailed,
                operation="remove_part_file_version",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                uuid=uuid,
            ),
        )

    def create_attachment(self, service_id: int, part_id: int, *, body: PartAttachmentUpload) -> PartAttachment:
        """Create Part Attachment"""
        return cast(
            "PartAttachment",
            self._caller.call(
                _create_part_attachment.sync_detailed,
                operation="create_part_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    def delete_attachment(self, service_id: int, part_id: int, attachment_id: int) -> None:
        """Delete Part Attachment"""
        return cast(
            "None",
            self._caller.call(
                _delete_part_attachment.sync_detailed,
                operation="delete_part_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                attachment_id=attachment_id,
            ),
        )


class PrintingServiceDetailsResource:
    """PrintingServiceDetails"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_services(self) -> builtins.list[OpenObject]:
        """List Services

        Returns a list of all printing services available at the organization."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_services.sync_detailed,
                operation="list_services",
                method="GET",
                path="/api/v2.0/user-panel/services/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_payment_methods(self, service_id: int) -> builtins.list[OpenObject]:
        """List Payment Methods

        Returns a list of all payment methods that are activated for the specified printing service."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_payment_methods.sync_detailed,
                operation="list_payment_methods",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/payment-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def list_pickup_locations(self, service_id: int) -> builtins.list[OpenObject]:
        """List Pickup Locations

        Returns a list of all pickup locations that are activated for the specified printing service."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_pickup_locations.sync_detailed,
                operation="list_pickup_locations",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/pickup-locations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def list_shipping_methods(
        self,
        service_id: int,
        *,
        shipping_address_id: int | Unset = UNSET,
        shipping_quote_address_id: int | Unset = UNSET,
        contry: str | Unset = UNSET,
    ) -> builtins.list[OpenObject]:
        """List Shipping Methods

        Returns a list of all shipping methods that are activated for the specified printing service."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_shipping_methods.sync_detailed,
                operation="list_shipping_methods",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/shipping-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "contry": {"minLength": 1}},
                service_id=service_id,
                shipping_address_id=shipping_address_id,
                shipping_quote_address_id=shipping_quote_address_id,
                contry=contry,
            ),
        )

    def list_internal_payment_methods(self, service_id: int) -> builtins.list[OpenObject]:
        """List of Payment Methods viable for internal ordering"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_internal_payment_methods.sync_detailed,
                operation="list_internal_payment_methods",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/payment-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )


class ProjectsResource:
    """Projects"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, *, page_size: int | Unset = UNSET) -> Pager[OpenObject]:
        """Get all service related projects

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_projects.sync_detailed,
                operation="list_projects",
                method="GET",
                path="/api/v2.0/service-panel/projects/",
                expected=_STATUSES_2XX_4XX,
                constraints={"page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5}},
                page_size=page_size,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def get(self, project_id: int) -> Project:
        """Get all service related projects

        The seed titles this operation like the list before it; it returns one project by its id."""
        return cast(
            "Project",
            self._caller.call(
                _get_project.sync_detailed,
                operation="get_project",
                method="GET",
                path="/api/v2.0/service-panel/projects/{project_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"project_id": {"minimum": 1}},
                project_id=project_id,
            ),
        )


class QuoteResource:
    """Quote"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_service_quotes(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: builtins.list[ListServiceQuotesStatusItem] | Unset = UNSET,
        created_at_gte: datetime.date | str | Unset = UNSET,
        created_at_lte: datetime.date | str | Unset = UNSET,
        product_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        is_rejected: bool | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """List Quotes

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_service_quotes.sync_detailed,
                operation="list_service_quotes",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                status=status,
                created_at_gte=created_at_gte,
                created_at_lte=created_at_lte,
                product_id=product_id,
                technology_id=technology_id,
                is_rejected=is_rejected,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create_from_request_for_quote(self, service_id: int, *, body: QuoteFromRequestForQuote) -> Quote:
        """Create a Quote based on a RequestForQuote"""
        return cast(
            "Quote",
            self._caller.call(
                _create_quote_from_request_for_quote.sync_detailed,
                operation="create_quote_from_request_for_quote",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def list_attachments(self, service_id: int, quote_id: int) -> builtins.list[OpenObject]:
        """List Quote-Attachments"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_quote_attachments.sync_detailed,
                operation="list_quote_attachments",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
            ),
        )

    def create_attachment(self, service_id: int, quote_id: int, *, body: FileAttachmentUpload) -> QuoteAttachment:
        """Create a Quote-Attachment"""
        return cast(
            "QuoteAttachment",
            self._caller.call(
                _create_quote_attachment.sync_detailed,
                operation="create_quote_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
                body=body,
            ),
        )

    def delete_attachment(self, service_id: int, quote_id: int, attachment_id: int) -> None:
        """Delete a Quote-Attachment"""
        return cast(
            "None",
            self._caller.call(
                _delete_quote_attachment.sync_detailed,
                operation="delete_quote_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
                attachment_id=attachment_id,
            ),
        )

    def create_from_basket(self, service_id: int, *, body: QuoteFromBasket) -> CreatedObject:
        """Create a Quote based on a Basket"""
        return cast(
            "CreatedObject",
            self._caller.call(
                _create_quote_from_basket.sync_detailed,
                operation="create_quote_from_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def create_edited_from_basket(self, service_id: int, *, body: QuoteFromBasket) -> CreatedObject:
        """Create a Quote based on a Basket (edit mode)

        This endpoint assumes, that the basket was created based on a quote, and the quote that we are now creating is essentially an edited version of that quote. Therefore, the previous quote is being marked as "edited"."""
        return cast(
            "CreatedObject",
            self._caller.call(
                _create_edited_quote_from_basket.sync_detailed,
                operation="create_edited_quote_from_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/edit/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def create_request_for_quote(self, *, body: RequestForQuoteCreate) -> OpenObject:
        """Create a Request for Quote

        Ask a printing service for a quote on a basket. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "OpenObject",
            self._caller.call(
                _create_request_for_quote.sync_detailed,
                operation="create_request_for_quote",
                method="POST",
                path="/api/v2.0/user-panel/requests-for-quote/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def list(self) -> Any:
        """List Quotes

        The user's quotes. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            self._caller.call(
                _list_quotes.sync_detailed,
                operation="list_quotes",
                method="GET",
                path="/api/v2.0/user-panel/quotes/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def get(self, quote_id: int) -> Quote:
        """Get Quote

        One of the user's quotes. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented. Modelled on the service panel's quote."""
        return cast(
            "Quote",
            self._caller.call(
                _get_quote.sync_detailed,
                operation="get_quote",
                method="GET",
                path="/api/v2.0/user-panel/quotes/{quote_id}/",
                expected=_STATUSES_2XX_4XX,
                quote_id=quote_id,
            ),
        )

    def finalize(self, quote_id: int, *, body: QuoteFinalize) -> OpenObject:
        """Finalize Quote

        Order a quote: turns it into an order. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "OpenObject",
            self._caller.call(
                _finalize_quote.sync_detailed,
                operation="finalize_quote",
                method="PUT",
                path="/api/v2.0/user-panel/quotes/{quote_id}/finalize/",
                expected=_STATUSES_2XX_4XX,
                quote_id=quote_id,
                body=body,
            ),
        )


class ReferenceDataResource:
    """Lookup lists the vendor's own Python client reads. Not a section of the seed: these operations are known from the vendor's code only (see PROVENANCE.md)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_colors(self) -> Any:
        """List colors

        The colors known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            self._caller.call(
                _list_colors.sync_detailed,
                operation="list_colors",
                method="GET",
                path="/api/v2.0/colors/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_units(self) -> Any:
        """List units

        The units known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            self._caller.call(
                _list_units.sync_detailed,
                operation="list_units",
                method="GET",
                path="/api/v2.0/units/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_countries(self) -> Any:
        """List countries

        The countries known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            self._caller.call(
                _list_countries.sync_detailed,
                operation="list_countries",
                method="GET",
                path="/api/v2.0/countries/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_currencies(self) -> Any:
        """List currencies

        The currencies known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            self._caller.call(
                _list_currencies.sync_detailed,
                operation="list_currencies",
                method="GET",
                path="/api/v2.0/currencies/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_materials(self) -> Any:
        """List materials

        The materials known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            self._caller.call(
                _list_materials.sync_detailed,
                operation="list_materials",
                method="GET",
                path="/api/v2.0/materials/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_forms(self) -> Any:
        """List material forms

        The material forms known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            self._caller.call(
                _list_forms.sync_detailed,
                operation="list_forms",
                method="GET",
                path="/api/v2.0/forms/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_tax_types(self) -> Any:
        """List tax types

        The tax types known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            self._caller.call(
                _list_tax_types.sync_detailed,
                operation="list_tax_types",
                method="GET",
                path="/api/v2.0/tax-types/",
                expected=_STATUSES_2XX_4XX,
            ),
        )


class ServiceOrdersResource:
    """To access the endpoints in the Service Panel section, the user that is assigned to your API token must have access to the Service Panel."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: builtins.list[int] | Unset = UNSET,
        payment_method_id: builtins.list[int] | Unset = UNSET,
        shipping_method_id: builtins.list[int] | Unset = UNSET,
        created_at_gte: datetime.date | str | Unset = UNSET,
        created_at_lte: datetime.date | str | Unset = UNSET,
        product_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        is_rejected: bool | Unset = UNSET,
        id: builtins.list[int] | Unset = UNSET,
    ) -> Pager[OpenObject]:
        """List Orders

        Returns a list of Orders.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        def fetch(page: Mapping[str, Any]) -> Any:
            return self._caller.call(
                _list_service_orders.sync_detailed,
                operation="list_service_orders",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                status=status,
                payment_method_id=payment_method_id,
                shipping_method_id=shipping_method_id,
                created_at_gte=created_at_gte,
                created_at_lte=created_at_lte,
                product_id=product_id,
                technology_id=technology_id,
                is_rejected=is_rejected,
                id=id,
                page=page.get("page", UNSET),
            )

        return Pager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    def create_internal(self, service_id: int, *, body: InternalOrderRequest) -> CreatedObject:
        """Create Internal Order

        This endpoint allows you to create an internal order"""
        return cast(
            "CreatedObject",
            self._caller.call(
                _create_internal_order.sync_detailed,
                operation="create_internal_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def get(self, service_id: int, order_id: int) -> ServiceOrder:
        """Get Order

        Returns an Order object."""
        return cast(
            "ServiceOrder",
            self._caller.call(
                _get_service_order.sync_detailed,
                operation="get_service_order",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    def update(self, service_id: int, order_id: int, *, body: ServiceOrderUpdate) -> ServiceOrder:
        """Update Order properties

        Updates title of an order."""
        return cast(
            "ServiceOrder",
            self._caller.call(
                _update_service_order.sync_detailed,
                operation="update_service_order",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )

    def edit(self, service_id: int, *, body: InternalOrderRequest) -> CreatedObject:
        """Edit Order

        This endpoint allows you to save edited order"""
        return cast(
            "CreatedObject",
            self._caller.call(
                _edit_service_order.sync_detailed,
                operation="edit_service_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/edit/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def update_status(self, service_id: int, order_id: int, *, body: OrderStatusUpdate) -> ServiceOrder:
        """Update Order Status

        Changes the Status of an order"""
        return cast(
            "ServiceOrder",
            self._caller.call(
                _update_service_order_status.sync_detailed,
                operation="update_service_order_status",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )

    def list_available_statuses(self, service_id: int, order_id: int) -> builtins.list[OpenObject]:
        """Get available Order Statuses

        Returns a list statuses into which the order can progress to."""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_available_order_statuses.sync_detailed,
                operation="list_available_order_statuses",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/available-statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    def get_tracking(self, service_id: int, order_id: int) -> OrderTracking:
        """getOrderTrackingServicePanel

        Returns tracking informtion of an Order object."""
        return cast(
            "OrderTracking",
            self._caller.call(
                _get_order_tracking_service_panel.sync_detailed,
                operation="get_order_tracking_service_panel",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    def update_tracking(self, service_id: int, order_id: int, *, body: OrderTrackingUpdate) -> ServiceOrder:
        """updateOrderTrackingServicePanel

        Updates tracking informtion of an Order object."""
        return cast(
            "ServiceOrder",
            self._caller.call(
                _update_order_tracking_service_panel.sync_detailed,
                operation="update_order_tracking_service_panel",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )


class ServicePartnersResource:
    """ServicePartners"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_available_services(self) -> builtins.list[OpenObject]:
        """List Available Services"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_available_services.sync_detailed,
                operation="list_available_services",
                method="GET",
                path="/api/v2.0/service-panel/services/",
                expected=_STATUSES_2XX_4XX,
            ),
        )


class FilesResource:
    """Detailed information about uploaded 3D files. These endpoints are only available after activation."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_optimization_status(self, uuid: str) -> FileOptimizationStatus:
        """Get File Optimization Status

        Repeatedly request this endpoint in one or more second intervals until the file status becomes finished or failed. Only once the status has reached finished can other sub-endpoints be called."""
        return cast(
            "FileOptimizationStatus",
            self._caller.call(
                _get_file_optimization_status.sync_detailed,
                operation="get_file_optimization_status",
                method="GET",
                path="/api/v2.0/files/status/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
            ),
        )

    def get_parameter(self, uuid: str) -> FileParameter:
        """Get Paramater

        Parameter of the 3D file"""
        return cast(
            "FileParameter",
            self._caller.call(
                _get_file_parameter.sync_detailed,
                operation="get_file_parameter",
                method="GET",
                path="/api/v2.0/files/parameter/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
            ),
        )

    def get_printability(
        self,
        uuid: str,
        *,
        material_minimum_wall_thickness: float | Unset = UNSET,
        build_chamber_height: float | Unset = UNSET,
        build_chamber_width: float | Unset = UNSET,
        build_chamber_depth: float | Unset = UNSET,
    ) -> FilePrintability:
        """Get Printability

        Printability details of the 3D file"""
        return cast(
            "FilePrintability",
            self._caller.call(
                _get_file_printability.sync_detailed,
                operation="get_file_printability",
                method="GET",
                path="/api/v2.0/files/printability/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
                material_minimum_wall_thickness=material_minimum_wall_thickness,
                build_chamber_height=build_chamber_height,
                build_chamber_width=build_chamber_width,
                build_chamber_depth=build_chamber_depth,
            ),
        )


class UploadResource:
    """For uploading 3D Files"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def file(
        self, *, body: FileUploadRequest, basket_id: int | Unset = UNSET, line_id: int | Unset = UNSET
    ) -> UploadedFile:
        """Upload 3D File

        Files can be uploaded in 3 different ways into the platform:

        1. Upload and Redirect the User

        This option should be used if you want the user to see our frontend.

        Upload 3D File without specifying a basket_id and line_id and redirect the user to the url returned in the response. The user will see the uploaded file in a basket in our frontend.

        2. Upload Into a Basket

        This option should be used if you want to handle the basket creation and ordering programmatically, without redirecting the user to the platform.

          1. Create a basket, save the basket_id
          2. Create a line, save the line_id
          3. Upload the file

        Fist create a basket and a basket line and save the IDs. Then use this endpoint with the query parameters basket_id and line_id, to upload the 3D File into the basket you created before.

        After that, you may want to interact with the basket/line to fetch and set the right materials.

        3. Upload for AMPI/PLM part creation

        This option should be used if you want to create AMPI part. Provide just file and unit parameter. Response will return an object with the url parameter that has a token query parameter in itself. Use this token value for AMPI part creation as stlFileToken parameter."""
        return cast(
            "UploadedFile",
            self._caller.call(
                _upload_file.sync_detailed,
                operation="upload_file",
                method="POST",
                path="/api/v2.0/files/",
                expected=_STATUSES_2XX_4XX,
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )


class UserProfileResource:
    """UserProfile"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self) -> UserProfile:
        """Get a User Profile Object

        Returns a user profile object."""
        return cast(
            "UserProfile",
            self._caller.call(
                _get_user_profile.sync_detailed,
                operation="get_user_profile",
                method="GET",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def update(self, *, body: UserProfileUpdate) -> UserProfile:
        """Update a user's profile

        Returns a user profile object."""
        return cast(
            "UserProfile",
            self._caller.call(
                _update_user_profile.sync_detailed,
                operation="update_user_profile",
                method="PUT",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def patch(self, *, body: UserProfileUpdate) -> UserProfile:
        """Update a user's profile

        Returns a user profile object."""
        return cast(
            "UserProfile",
            self._caller.call(
                _patch_user_profile.sync_detailed,
                operation="patch_user_profile",
                method="PATCH",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def list_addresses(self) -> builtins.list[OpenObject]:
        """List Addresses"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_addresses.sync_detailed,
                operation="list_addresses",
                method="GET",
                path="/api/v2.0/my-profile/addresses/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def create_address(self, *, body: AddressWrite) -> Address:
        """Create Address"""
        return cast(
            "Address",
            self._caller.call(
                _create_address.sync_detailed,
                operation="create_address",
                method="POST",
                path="/api/v2.0/my-profile/addresses/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_address(self, address_id: int) -> Address:
        """Get Address"""
        return cast(
            "Address",
            self._caller.call(
                _get_address.sync_detailed,
                operation="get_address",
                method="GET",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
            ),
        )

    def update_address(self, address_id: int, *, body: AddressWrite) -> Address:
        """Update Address"""
        return cast(
            "Address",
            self._caller.call(
                _update_address.sync_detailed,
                operation="update_address",
                method="PUT",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
                body=body,
            ),
        )

    def delete_address(self, address_id: int) -> None:
        """Delete Address"""
        return cast(
            "None",
            self._caller.call(
                _delete_address.sync_detailed,
                operation="delete_address",
                method="DELETE",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
            ),
        )

    def patch_address(self, address_id: int, *, body: AddressWrite) -> Address:
        """Patch Address"""
        return cast(
            "Address",
            self._caller.call(
                _patch_address.sync_detailed,
                operation="patch_address",
                method="PATCH",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
                body=body,
            ),
        )

    def get_preferences(self) -> Preferences:
        """Get User Preferences

        Get the current user preferences."""
        return cast(
            "Preferences",
            self._caller.call(
                _get_user_preferences.sync_detailed,
                operation="get_user_preferences",
                method="GET",
                path="/api/v2.0/my-profile/preferences/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def update_preferences(self, *, body: PreferencesUpdate) -> Preferences:
        """Update User Preferences"""
        return cast(
            "Preferences",
            self._caller.call(
                _update_user_preferences.sync_detailed,
                operation="update_user_preferences",
                method="PUT",
                path="/api/v2.0/my-profile/preferences/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )


class WorkstationsResource:
    """Workstations"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, service_id: int, *, part_ids: int | Unset = UNSET) -> builtins.list[OpenObject]:
        """Workstations List"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_workstations.sync_detailed,
                operation="list_workstations",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "part_ids": {"minimum": 1}},
                service_id=service_id,
                part_ids=part_ids,
            ),
        )

    def create(self, service_id: int, *, body: WorkstationCreate) -> Workstation:
        """Create workstation"""
        return cast(
            "Workstation",
            self._caller.call(
                _create_workstation.sync_detailed,
                operation="create_workstation",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def list_events(self, service_id: int, *, from_time: str, to_time: str) -> builtins.list[OpenObject]:
        """Workstation events list"""
        return cast(
            "builtins.list[OpenObject]",
            self._caller.call(
                _list_workstation_events.sync_detailed,
                operation="list_workstation_events",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/events/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "from_time": {"minLength": 1}, "to_time": {"minLength": 1}},
                service_id=service_id,
                from_time=from_time,
                to_time=to_time,
            ),
        )

    def get(self, service_id: int, workstation_id: int) -> Workstation:
        """Workstation detail"""
        return cast(
            "Workstation",
            self._caller.call(
                _get_workstation.sync_detailed,
                operation="get_workstation",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    def delete(self, service_id: int, workstation_id: int) -> None:
        """Workstation delete"""
        return cast(
            "None",
            self._caller.call(
                _delete_workstation.sync_detailed,
                operation="delete_workstation",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    def update(self, service_id: int, workstation_id: int, *, body: WorkstationUpdate) -> Workstation:
        """Update workstation"""
        return cast(
            "Workstation",
            self._caller.call(
                _update_workstation.sync_detailed,
                operation="update_workstation",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )

    def swap_order(self, service_id: int, *, body: WorkstationOrderSwap) -> SwapWorkstationOrderResponse2XX:
        """Swap the order of two workstations based on IDs"""
        return cast(
            "SwapWorkstationOrderResponse2XX",
            self._caller.call(
                _swap_workstation_order.sync_detailed,
                operation="swap_workstation_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/swap-order/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def get_next_free_time_slot(
        self,
        service_id: int,
        workstation_id: int,
        *,
        from_time: str,
        duration: int,
        exclude_job_id: int | Unset = UNSET,
        exclude_reserved_time_id: int | Unset = UNSET,
    ) -> WorkstationFreeTime:
        """Get workstation next free time slot"""
        return cast(
            "WorkstationFreeTime",
            self._caller.call(
                _get_workstation_next_free_time_slot.sync_detailed,
                operation="get_workstation_next_free_time_slot",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/next-free-time-slot/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "from_time": {"minLength": 1},
                    "duration": {"minimum": 1},
                    "exclude_job_id": {"minimum": 1},
                    "exclude_reserved_time_id": {"minimum": 1},
                },
                service_id=service_id,
                workstation_id=workstation_id,
                from_time=from_time,
                duration=duration,
                exclude_job_id=exclude_job_id,
                exclude_reserved_time_id=exclude_reserved_time_id,
            ),
        )

    def create_reserved_time(self, service_id: int, workstation_id: int, *, body: ReservedTimeCreate) -> ReservedTime:
        """Create workstation reserved-time"""
        return cast(
            "ReservedTime",
            self._caller.call(
                _create_workstation_reserved_time.sync_detailed,
                operation="create_workstation_reserved_time",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )

    def get_reserved_time(self, service_id: int, workstation_id: int, reserved_time_id: int) -> ReservedTime:
        """Get workstation reserved-time"""
        return cast(
            "ReservedTime",
            self._caller.call(
                _get_workstation_reserved_time.sync_detailed,
                operation="get_workstation_reserved_time",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
            ),
        )

    def delete_reserved_time(self, service_id: int, workstation_id: int, reserved_time_id: int) -> None:
        """Delete workstation reserved-time"""
        return cast(
            "None",
            self._caller.call(
                _delete_workstation_reserved_time.sync_detailed,
                operation="delete_workstation_reserved_time",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
            ),
        )

    def update_reserved_time(
        self, service_id: int, workstation_id: int, reserved_time_id: int, *, body: ReservedTimeUpdate
    ) -> ReservedTime:
        """Update workstation reserved-time"""
        return cast(
            "ReservedTime",
            self._caller.call(
                _update_workstation_reserved_time.sync_detailed,
                operation="update_workstation_reserved_time",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
                body=body,
            ),
        )

    def update_machine(
        self, service_id: int, workstation_id: int, *, body: WorkstationMachineUpdate
    ) -> WorkstationMachine:
        """Update associated machine for specific workstation"""
        return cast(
            "WorkstationMachine",
            self._caller.call(
                _update_workstation_machine.sync_detailed,
                operation="update_workstation_machine",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )


class RawAddressesResource:
    """Addresses"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def delete_organization_user_address(self, user_id: int, address_id: int) -> RawResponse[None]:
        """`delete_organization_user_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_organization_user_address.sync_detailed,
                operation="delete_organization_user_address",
                method="DELETE",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
            ),
        )

    def list_service_user(self, service_id: int, user_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_service_user_addresses`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_service_user_addresses.sync_detailed,
                operation="list_service_user_addresses",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                user_id=user_id,
            ),
        )


class RawAmpiResource:
    """The AM Part Identifier (AMPI) can assess a part's suitability for 3d printing. With the endpoints listed here you can

    - get a list of all parts in AMPI including their category and properties
    - get part details of an individual part including associated assessment reports (aka scores)
    - create new parts in AMPI"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_parts(self) -> RawResponse[AmpiPage]:
        """`list_ampi_parts`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[AmpiPage]",
            self._caller.call_with_response(
                _list_ampi_parts.sync_detailed,
                operation="list_ampi_parts",
                method="GET",
                path="/api/v2.0/ampi/parts/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def create_part(self, *, body: AmpiPartCreate) -> RawResponse[AmpiPart]:
        """`create_ampi_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiPart]",
            self._caller.call_with_response(
                _create_ampi_part.sync_detailed,
                operation="create_ampi_part",
                method="POST",
                path="/api/v2.0/ampi/parts/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def bulk_update_parts(self, *, body: AmpiPartsBulkUpdate) -> RawResponse[builtins.list[OpenObject]]:
        """`bulk_update_ampi_parts`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _bulk_update_ampi_parts.sync_detailed,
                operation="bulk_update_ampi_parts",
                method="PATCH",
                path="/api/v2.0/ampi/parts/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def bulk_delete_parts(self, *, body: AmpiPartsBulkDelete) -> RawResponse[None]:
        """`bulk_delete_ampi_parts`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _bulk_delete_ampi_parts.sync_detailed,
                operation="bulk_delete_ampi_parts",
                method="POST",
                path="/api/v2.0/ampi/parts/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_part(self, short_id: str) -> RawResponse[AmpiPart]:
        """`get_ampi_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiPart]",
            self._caller.call_with_response(
                _get_ampi_part.sync_detailed,
                operation="get_ampi_part",
                method="GET",
                path="/api/v2.0/ampi/parts/{short_id}/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
            ),
        )

    def update_part(self, short_id: str, *, body: AmpiPartUpdate) -> RawResponse[AmpiPart]:
        """`update_ampi_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiPart]",
            self._caller.call_with_response(
                _update_ampi_part.sync_detailed,
                operation="update_ampi_part",
                method="PUT",
                path="/api/v2.0/ampi/parts/{short_id}/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
                body=body,
            ),
        )

    def download_part_files(self, short_id: str) -> RawResponse[File]:
        """`download_ampi_part_files`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            self._caller.call_with_response(
                _download_ampi_part_files.sync_detailed,
                operation="download_ampi_part_files",
                method="GET",
                path="/api/v2.0/ampi/parts/{short_id}/download/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
            ),
        )

    def list_file_attachments(self, *, id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_ampi_file_attachments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_ampi_file_attachments.sync_detailed,
                operation="list_ampi_file_attachments",
                method="GET",
                path="/api/v2.0/ampi/files/",
                expected=_STATUSES_2XX_4XX,
                id=id,
            ),
        )

    def create_file_attachment(self, *, body: AmpiFileUpload) -> RawResponse[AmpiFileAttachment]:
        """`create_ampi_file_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiFileAttachment]",
            self._caller.call_with_response(
                _create_ampi_file_attachment.sync_detailed,
                operation="create_ampi_file_attachment",
                method="POST",
                path="/api/v2.0/ampi/files/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_file_attachment(self, file_id: int) -> RawResponse[AmpiFileAttachment]:
        """`get_ampi_file_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiFileAttachment]",
            self._caller.call_with_response(
                _get_ampi_file_attachment.sync_detailed,
                operation="get_ampi_file_attachment",
                method="GET",
                path="/api/v2.0/ampi/files/{file_id}/",
                expected=_STATUSES_2XX_4XX,
                file_id=file_id,
            ),
        )

    def create_technical_drawing(self, *, body: AmpiFileUpload) -> RawResponse[AmpiTechnicalDrawing]:
        """`create_ampi_technical_drawing`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiTechnicalDrawing]",
            self._caller.call_with_response(
                _create_ampi_technical_drawing.sync_detailed,
                operation="create_ampi_technical_drawing",
                method="POST",
                path="/api/v2.0/ampi/technical-drawings/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )


class RawBasketResource:
    """A basket contains multiple lines. Each line contains one 3D object and it's corresponding properties."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, *, page_size: int | Unset = UNSET, ordering: str | Unset = UNSET) -> RawResponse[Page]:
        """`list_baskets`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_baskets.sync_detailed,
                operation="list_baskets",
                method="GET",
                path="/api/v2.0/user-panel/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                },
                page_size=page_size,
                ordering=ordering,
            ),
        )

    def create(self) -> RawResponse[Basket]:
        """`create_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Basket]",
            self._caller.call_with_response(
                _create_basket.sync_detailed,
                operation="create_basket",
                method="POST",
                path="/api/v2.0/user-panel/baskets/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def get(self, basket_id: int) -> RawResponse[Basket]:
        """`get_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Basket]",
            self._caller.call_with_response(
                _get_basket.sync_detailed,
                operation="get_basket",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    def delete(self, basket_id: int) -> RawResponse[None]:
        """`delete_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_basket.sync_detailed,
                operation="delete_basket",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    def update(self, basket_id: int, *, body: BasketUpdate) -> RawResponse[Basket]:
        """`update_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Basket]",
            self._caller.call_with_response(
                _update_basket.sync_detailed,
                operation="update_basket",
                method="PATCH",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
                body=body,
            ),
        )

    def list_lines(self, basket_id: int) -> RawResponse[builtins.list[BasketLine]]:
        """`list_basket_lines`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[BasketLine]]",
            self._caller.call_with_response(
                _list_basket_lines.sync_detailed,
                operation="list_basket_lines",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    def create_line(self, basket_id: int, *, body: BasketLineCreate) -> RawResponse[BasketLine]:
        """`create_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[BasketLine]",
            self._caller.call_with_response(
                _create_basket_line.sync_detailed,
                operation="create_basket_line",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
                body=body,
            ),
        )

    def get_line(self, basket_id: int, line_id: int) -> RawResponse[BasketLine]:
        """`get_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[BasketLine]",
            self._caller.call_with_response(
                _get_basket_line.sync_detailed,
                operation="get_basket_line",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def delete_line(self, basket_id: int, line_id: int) -> RawResponse[None]:
        """`delete_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_basket_line.sync_detailed,
                operation="delete_basket_line",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def update_line(self, basket_id: int, line_id: int, *, body: BasketLineUpdate) -> RawResponse[BasketLine]:
        """`update_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[BasketLine]",
            self._caller.call_with_response(
                _update_basket_line.sync_detailed,
                operation="update_basket_line",
                method="PATCH",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    def get_line_file_status(self, basket_id: int, line_id: int) -> RawResponse[FileStatus]:
        """`get_basket_line_file_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileStatus]",
            self._caller.call_with_response(
                _get_basket_line_file_status.sync_detailed,
                operation="get_basket_line_file_status",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/file-status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def list_line_materials(
        self,
        basket_id: int,
        line_id: int,
        *,
        country: str,
        technology_id: int | Unset = UNSET,
        service_label: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_basket_line_materials`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_basket_line_materials.sync_detailed,
                operation="list_basket_line_materials",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "country": {"minLength": 1, "maxLength": 2},
                },
                basket_id=basket_id,
                line_id=line_id,
                country=country,
                technology_id=technology_id,
                service_label=service_label,
            ),
        )

    def get_material_properties(
        self, basket_id: int, line_id: int, material_id: int
    ) -> RawResponse[MaterialProperties]:
        """`get_material_properties`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MaterialProperties]",
            self._caller.call_with_response(
                _get_material_properties.sync_detailed,
                operation="get_material_properties",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "material_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
            ),
        )

    def list_offers(
        self,
        basket_id: int,
        line_id: int,
        material_id: int,
        *,
        country: str,
        technology_id: int | Unset = UNSET,
        service_label: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_offers`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_offers.sync_detailed,
                operation="list_offers",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "material_id": {"minimum": 1},
                    "country": {"minLength": 1, "maxLength": 2},
                },
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                country=country,
                technology_id=technology_id,
                service_label=service_label,
            ),
        )

    def get_offer(self, basket_id: int, line_id: int, material_id: int, offer_id: int) -> RawResponse[Offer]:
        """`get_offer`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Offer]",
            self._caller.call_with_response(
                _get_offer.sync_detailed,
                operation="get_offer",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "material_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                offer_id=offer_id,
            ),
        )

    def get_offer_price(
        self,
        basket_id: int,
        line_id: int,
        material_id: int,
        offer_id: int,
        *,
        currency: str | Unset = UNSET,
        postprocessings: str | Unset = UNSET,
        post_processing_ids: builtins.list[int] | Unset = UNSET,
        quantity: int | Unset = UNSET,
    ) -> RawResponse[OfferPrice]:
        """`get_offer_price`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OfferPrice]",
            self._caller.call_with_response(
                _get_offer_price.sync_detailed,
                operation="get_offer_price",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/price/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "material_id": {"minimum": 1},
                    "currency": {"minimum": 1, "pattern": "^[A-Z]{3}$", "minLength": 1, "maxLength": 3},
                    "postprocessings": {"minLength": 1},
                    "quantity": {"minimum": 1},
                },
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                offer_id=offer_id,
                currency=currency,
                postprocessings=postprocessings,
                post_processing_ids=post_processing_ids,
                quantity=quantity,
            ),
        )

    def list_line_attachments(self, basket_id: int, line_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_line_attachments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_line_attachments.sync_detailed,
                operation="list_line_attachments",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def create_line_attachment(
        self, basket_id: int, line_id: int, *, body: FileAttachmentUpload
    ) -> RawResponse[LineAttachment]:
        """`create_line_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[LineAttachment]",
            self._caller.call_with_response(
                _create_line_attachment.sync_detailed,
                operation="create_line_attachment",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    def delete_line_attachment(self, basket_id: int, line_id: int, attachment_id: int) -> RawResponse[None]:
        """`delete_line_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_line_attachment.sync_detailed,
                operation="delete_line_attachment",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                attachment_id=attachment_id,
            ),
        )

    def trigger_price_resolution(
        self, basket_id: int, line_id: int, *, body: PriceResolutionRequest
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`trigger_price_resolution`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _trigger_price_resolution.sync_detailed,
                operation="trigger_price_resolution",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/price-resolution/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    def get_price(
        self,
        basket_id: int,
        *,
        currency: str,
        shipping_method_id: int | Unset = UNSET,
        shipping_address_id: int | Unset = UNSET,
        billing_address_id: int | Unset = UNSET,
        voucher_code: str | Unset = UNSET,
    ) -> RawResponse[BasketPrice]:
        """`get_basket_price`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[BasketPrice]",
            self._caller.call_with_response(
                _get_basket_price.sync_detailed,
                operation="get_basket_price",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/price/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "voucher_code": {"minLength": 1},
                    "currency": {"minLength": 1},
                },
                basket_id=basket_id,
                shipping_method_id=shipping_method_id,
                shipping_address_id=shipping_address_id,
                billing_address_id=billing_address_id,
                voucher_code=voucher_code,
                currency=currency,
            ),
        )

    def list_service_baskets(self, service_id: int, *, page_size: int | Unset = UNSET) -> RawResponse[Page]:
        """`list_service_baskets`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_service_baskets.sync_detailed,
                operation="list_service_baskets",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                },
                service_id=service_id,
                page_size=page_size,
            ),
        )

    def create_service_basket(self, service_id: int) -> RawResponse[Basket]:
        """`create_service_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Basket]",
            self._caller.call_with_response(
                _create_service_basket.sync_detailed,
                operation="create_service_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def get_service_basket(self, service_id: int, basket_id: int) -> RawResponse[ServiceBasket]:
        """`get_service_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasket]",
            self._caller.call_with_response(
                _get_service_basket.sync_detailed,
                operation="get_service_basket",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    def delete_service_basket(self, service_id: int, basket_id: int) -> RawResponse[None]:
        """`delete_service_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_service_basket.sync_detailed,
                operation="delete_service_basket",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    def update_service_basket(
        self, service_id: int, basket_id: int, *, body: ServiceBasketUpdate
    ) -> RawResponse[ServiceBasket]:
        """`update_service_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasket]",
            self._caller.call_with_response(
                _update_service_basket.sync_detailed,
                operation="update_service_basket",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                body=body,
            ),
        )

    def get_service_line_file_status(self, service_id: int, basket_id: int, line_id: int) -> RawResponse[FileStatus]:
        """`get_service_basket_line_file_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileStatus]",
            self._caller.call_with_response(
                _get_service_basket_line_file_status.sync_detailed,
                operation="get_service_basket_line_file_status",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/file-status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def create_from_order(self, service_id: int, sale_transaction_id: int) -> RawResponse[ServiceBasket]:
        """`create_basket_from_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasket]",
            self._caller.call_with_response(
                _create_basket_from_order.sync_detailed,
                operation="create_basket_from_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{sale_transaction_id}/basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                sale_transaction_id=sale_transaction_id,
            ),
        )

    def list_service_lines(self, service_id: int, basket_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_service_basket_lines`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_service_basket_lines.sync_detailed,
                operation="list_service_basket_lines",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    def create_service_line(
        self, service_id: int, basket_id: int, *, body: BasketLineCreate
    ) -> RawResponse[ServiceBasketLine]:
        """`create_service_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasketLine]",
            self._caller.call_with_response(
                _create_service_basket_line.sync_detailed,
                operation="create_service_basket_line",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                body=body,
            ),
        )

    def get_service_line(self, service_id: int, basket_id: int, line_id: int) -> RawResponse[ServiceBasketLine]:
        """`get_service_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasketLine]",
            self._caller.call_with_response(
                _get_service_basket_line.sync_detailed,
                operation="get_service_basket_line",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def delete_service_line(self, service_id: int, basket_id: int, line_id: int) -> RawResponse[None]:
        """`delete_service_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_service_basket_line.sync_detailed,
                operation="delete_service_basket_line",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    def update_service_line(
        self, service_id: int, basket_id: int, line_id: int, *, body: ServiceBasketLineUpdate
    ) -> RawResponse[ServiceBasketLine]:
        """`update_service_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasketLine]",
            self._caller.call_with_response(
                _update_service_basket_line.sync_detailed,
                operation="update_service_basket_line",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    def create_from_quote(self, service_id: int, quote_id: int) -> RawResponse[ServiceBasket]:
        """`create_basket_from_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasket]",
            self._caller.call_with_response(
                _create_basket_from_quote.sync_detailed,
                operation="create_basket_from_quote",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
            ),
        )


class RawCatalogResource:
    """The Catalog is a Organization Wide Store of 3D Files. The endpoints listed here are for Querying the Catalog. To place an order from an catalog item, you'll first need to add that item to a basekte with the Create a basket line endpoint."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_items(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
        status: builtins.list[ListCatalogItemsStatusItem] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_catalog_items`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_catalog_items.sync_detailed,
                operation="list_catalog_items",
                method="GET",
                path="/api/v2.0/user-panel/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                status=status,
            ),
        )

    def create_item(self, *, body: CatalogItemCreate) -> RawResponse[CatalogItem]:
        """`create_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItem]",
            self._caller.call_with_response(
                _create_catalog_item.sync_detailed,
                operation="create_catalog_item",
                method="POST",
                path="/api/v2.0/user-panel/catalog/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def bulk_delete_items(self, *, body: CatalogItemIds) -> RawResponse[None]:
        """`bulk_delete_catalog_items`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _bulk_delete_catalog_items.sync_detailed,
                operation="bulk_delete_catalog_items",
                method="POST",
                path="/api/v2.0/user-panel/catalog/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_filter_choices(self) -> RawResponse[CatalogFilterChoices]:
        """`get_catalog_filter_choices`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogFilterChoices]",
            self._caller.call_with_response(
                _get_catalog_filter_choices.sync_detailed,
                operation="get_catalog_filter_choices",
                method="GET",
                path="/api/v2.0/user-panel/catalog/filter-choices/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_item_labels(
        self, catalog_id: int, *, search: str | Unset = UNSET
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_catalog_item_labels`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_catalog_item_labels.sync_detailed,
                operation="list_catalog_item_labels",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}, "search": {"minLength": 1}},
                catalog_id=catalog_id,
                search=search,
            ),
        )

    def add_item_label(self, catalog_id: int, *, body: LabelCreate) -> RawResponse[Label]:
        """`add_catalog_item_label`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Label]",
            self._caller.call_with_response(
                _add_catalog_item_label.sync_detailed,
                operation="add_catalog_item_label",
                method="POST",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                body=body,
            ),
        )

    def bulk_update_items(self, *, body: CatalogItemBulkUpdate) -> RawResponse[None]:
        """`bulk_update_catalog_items`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _bulk_update_catalog_items.sync_detailed,
                operation="bulk_update_catalog_items",
                method="PATCH",
                path="/api/v2.0/user-panel/catalog/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_item(self, catalog_id: int) -> RawResponse[CatalogItem]:
        """`get_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItem]",
            self._caller.call_with_response(
                _get_catalog_item.sync_detailed,
                operation="get_catalog_item",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    def delete_item(self, catalog_id: int) -> RawResponse[None]:
        """`delete_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_catalog_item.sync_detailed,
                operation="delete_catalog_item",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    def update_item(
        self, catalog_id: int, *, body: CatalogItemUpdate, omit_response: bool | Unset = UNSET
    ) -> RawResponse[CatalogItem]:
        """`update_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItem]",
            self._caller.call_with_response(
                _update_catalog_item.sync_detailed,
                operation="update_catalog_item",
                method="PATCH",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                omit_response=omit_response,
                body=body,
            ),
        )

    def list_item_attachments(self, catalog_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_catalog_item_attachments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_catalog_item_attachments.sync_detailed,
                operation="list_catalog_item_attachments",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    def create_item_attachment(
        self, catalog_id: int, *, body: CatalogItemAttachmentUpload
    ) -> RawResponse[CatalogItemAttachment]:
        """`create_catalog_item_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItemAttachment]",
            self._caller.call_with_response(
                _create_catalog_item_attachment.sync_detailed,
                operation="create_catalog_item_attachment",
                method="POST",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                body=body,
            ),
        )

    def delete_item_attachment(self, catalog_id: int, attachment_id: int) -> RawResponse[None]:
        """`delete_catalog_item_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_catalog_item_attachment.sync_detailed,
                operation="delete_catalog_item_attachment",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                catalog_id=catalog_id,
                attachment_id=attachment_id,
            ),
        )

    def list_csv_import_jobs(self) -> RawResponse[builtins.list[OpenObject]]:
        """`list_catalog_csv_import_jobs`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_catalog_csv_import_jobs.sync_detailed,
                operation="list_catalog_csv_import_jobs",
                method="GET",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def create_csv_import_job(self, *, body: CatalogCsvImportJobCreate) -> RawResponse[CatalogCsvImportJob]:
        """`create_catalog_csv_import_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogCsvImportJob]",
            self._caller.call_with_response(
                _create_catalog_csv_import_job.sync_detailed,
                operation="create_catalog_csv_import_job",
                method="POST",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_csv_import_job(self, job_id: int) -> RawResponse[CatalogCsvImportJob]:
        """`get_catalog_csv_import_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogCsvImportJob]",
            self._caller.call_with_response(
                _get_catalog_csv_import_job.sync_detailed,
                operation="get_catalog_csv_import_job",
                method="GET",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"job_id": {"minimum": 1}},
                job_id=job_id,
            ),
        )

    def delete_csv_import_job(self, job_id: int) -> RawResponse[None]:
        """`delete_catalog_csv_import_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_catalog_csv_import_job.sync_detailed,
                operation="delete_catalog_csv_import_job",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"job_id": {"minimum": 1}},
                job_id=job_id,
            ),
        )

    def list_service_item_summaries(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_service_catalog_item_summaries`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_service_catalog_item_summaries.sync_detailed,
                operation="list_service_catalog_item_summaries",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog-items/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
            ),
        )

    def create_service_item_from_line(
        self, service_id: int, *, body: CatalogItemFromLine
    ) -> RawResponse[CatalogItemSummary]:
        """`create_service_catalog_item_from_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItemSummary]",
            self._caller.call_with_response(
                _create_service_catalog_item_from_line.sync_detailed,
                operation="create_service_catalog_item_from_line",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog-items/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def list_service_items(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
        status: builtins.list[ListServiceCatalogItemsStatusItem] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_service_catalog_items`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_service_catalog_items.sync_detailed,
                operation="list_service_catalog_items",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                status=status,
            ),
        )

    def create_service_item(self, service_id: int, *, body: CatalogItemCreate) -> RawResponse[CatalogItem]:
        """`create_service_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItem]",
            self._caller.call_with_response(
                _create_service_catalog_item.sync_detailed,
                operation="create_service_catalog_item",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def bulk_delete_service_items(self, service_id: int, *, body: CatalogItemIds) -> RawResponse[None]:
        """`bulk_delete_service_catalog_items`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _bulk_delete_service_catalog_items.sync_detailed,
                operation="bulk_delete_service_catalog_items",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def get_service_filter_choices(self, service_id: int) -> RawResponse[CatalogFilterChoices]:
        """`get_service_catalog_filter_choices`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogFilterChoices]",
            self._caller.call_with_response(
                _get_service_catalog_filter_choices.sync_detailed,
                operation="get_service_catalog_filter_choices",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/filter-choices/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )


class RawCommentsResource:
    """Comments"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, object_type: ListCommentsObjectType | str, object_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_comments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_comments.sync_detailed,
                operation="list_comments",
                method="GET",
                path="/api/v2.0/comments/{object_type}/{object_id}/",
                expected=_STATUSES_2XX_4XX,
                object_type=object_type,
                object_id=object_id,
            ),
        )

    def create(
        self, object_type: CreateCommentObjectType | str, object_id: int, *, body: CommentCreate
    ) -> RawResponse[Comment]:
        """`create_comment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Comment]",
            self._caller.call_with_response(
                _create_comment.sync_detailed,
                operation="create_comment",
                method="POST",
                path="/api/v2.0/comments/{object_type}/{object_id}/",
                expected=_STATUSES_2XX_4XX,
                object_type=object_type,
                object_id=object_id,
                body=body,
            ),
        )


class RawDownloadResource:
    """For downloading 3D Files"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def file(
        self,
        container_name: DownloadFileContainerName | str,
        container_id: int,
        uuid: str,
        path_suffix: DownloadFilePathSuffix | str,
    ) -> RawResponse[File]:
        """`download_file`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            self._caller.call_with_response(
                _download_file.sync_detailed,
                operation="download_file",
                method="GET",
                path="/api/v2.0/files/{container_name}/{container_id}/{uuid}/{path_suffix}/",
                expected=_STATUSES_2XX_4XX,
                container_name=container_name,
                container_id=container_id,
                uuid=uuid,
                path_suffix=path_suffix,
            ),
        )


class RawJobsResource:
    """Jobs"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        user_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        job_status_name: builtins.list[ListJobsJobStatusNameItem] | Unset = UNSET,
        assignee_id: builtins.list[int] | Unset = UNSET,
        internal_lot_number: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_jobs`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_jobs.sync_detailed,
                operation="list_jobs",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                ordering=ordering,
                search=search,
                page_size=page_size,
                date_gte=date_gte,
                date_lte=date_lte,
                material_id=material_id,
                user_id=user_id,
                workstation_id=workstation_id,
                job_status_name=job_status_name,
                assignee_id=assignee_id,
                internal_lot_number=internal_lot_number,
            ),
        )

    def create(self, service_id: int, *, body: JobCreate) -> RawResponse[Job]:
        """`create_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Job]",
            self._caller.call_with_response(
                _create_job.sync_detailed,
                operation="create_job",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def get(self, service_id: int, job_id: int) -> RawResponse[Job]:
        """`get_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Job]",
            self._caller.call_with_response(
                _get_job.sync_detailed,
                operation="get_job",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    def delete(self, service_id: int, job_id: int) -> RawResponse[None]:
        """`delete_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_job.sync_detailed,
                operation="delete_job",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    def update(self, service_id: int, job_id: int, *, body: JobUpdate) -> RawResponse[Job]:
        """`update_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Job]",
            self._caller.call_with_response(
                _update_job.sync_detailed,
                operation="update_job",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    def recreate(self, service_id: int, job_id: int, *, body: JobRecreate) -> RawResponse[JobRecreation]:
        """`recreate_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[JobRecreation]",
            self._caller.call_with_response(
                _recreate_job.sync_detailed,
                operation="recreate_job",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/recreate/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    def import_csv(self, service_id: int, *, body: JobCsvImportUpload) -> RawResponse[JobCsvImport]:
        """`import_jobs_csv`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[JobCsvImport]",
            self._caller.call_with_response(
                _import_jobs_csv.sync_detailed,
                operation="import_jobs_csv",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/import-csv/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def create_attachment(
        self, service_id: int, job_id: int, *, body: JobAttachmentUpload
    ) -> RawResponse[JobAttachment]:
        """`create_job_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[JobAttachment]",
            self._caller.call_with_response(
                _create_job_attachment.sync_detailed,
                operation="create_job_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    def delete_attachment(self, service_id: int, job_id: int, job_attachment_id: int) -> RawResponse[None]:
        """`delete_job_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_job_attachment.sync_detailed,
                operation="delete_job_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/{job_attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                job_attachment_id=job_attachment_id,
            ),
        )

    def delete_build_file_attachment(self, service_id: int, job_id: int) -> RawResponse[None]:
        """`delete_job_build_file_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_job_build_file_attachment.sync_detailed,
                operation="delete_job_build_file_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/build-file-attachment/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    def export_csv(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        user_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        job_status_name: builtins.list[ExportJobsCsvJobStatusNameItem] | Unset = UNSET,
        assignee_id: builtins.list[int] | Unset = UNSET,
        internal_lot_number: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[str]:
        """`export_jobs_csv`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[str]",
            self._caller.call_with_response(
                _export_jobs_csv.sync_detailed,
                operation="export_jobs_csv",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/export-csv/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                ordering=ordering,
                search=search,
                date_gte=date_gte,
                date_lte=date_lte,
                material_id=material_id,
                user_id=user_id,
                workstation_id=workstation_id,
                job_status_name=job_status_name,
                assignee_id=assignee_id,
                internal_lot_number=internal_lot_number,
            ),
        )

    def list_sequences(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        status_name: builtins.list[str] | Unset = UNSET,
        processing_title: builtins.list[str] | Unset = UNSET,
        exclude_sequence_id: int | Unset = UNSET,
        exclude_job_id: int | Unset = UNSET,
        in_workstation_step: bool | Unset = UNSET,
        part_id: int | Unset = UNSET,
        from_time: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_job_sequences`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_job_sequences.sync_detailed,
                operation="list_job_sequences",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/sequences/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "exclude_sequence_id": {"minimum": 1},
                    "exclude_job_id": {"minimum": 1},
                    "part_id": {"minimum": 1},
                    "from_time": {"minLength": 1},
                    "duration": {"minimum": 0},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                },
                service_id=service_id,
                ordering=ordering,
                material_id=material_id,
                technology_id=technology_id,
                workstation_id=workstation_id,
                date_gte=date_gte,
                date_lte=date_lte,
                status_name=status_name,
                processing_title=processing_title,
                exclude_sequence_id=exclude_sequence_id,
                exclude_job_id=exclude_job_id,
                in_workstation_step=in_workstation_step,
                part_id=part_id,
                from_time=from_time,
                duration=duration,
                page_size=page_size,
            ),
        )

    def scrap_sequences(self, service_id: int, job_id: int, *, body: JobScrapSequences) -> RawResponse[None]:
        """`scrap_job_sequences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _scrap_job_sequences.sync_detailed,
                operation="scrap_job_sequences",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/sequences/scrap/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )


class RawMachineConnectivityResource:
    """MachineConnectivity"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_workstation_machine(self, service_id: int, workstation_id: int) -> RawResponse[WorkstationMachine]:
        """`get_workstation_machine`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[WorkstationMachine]",
            self._caller.call_with_response(
                _get_workstation_machine.sync_detailed,
                operation="get_workstation_machine",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    def list_machines(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_machines`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_machines.sync_detailed,
                operation="list_machines",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def get(self, service_id: int, machine_id: int) -> RawResponse[Machine]:
        """`get_machine`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Machine]",
            self._caller.call_with_response(
                _get_machine.sync_detailed,
                operation="get_machine",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                machine_id=machine_id,
            ),
        )

    def list_unread_events(self, service_id: int, machine_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_unread_machine_events`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_unread_machine_events.sync_detailed,
                operation="list_unread_machine_events",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/unread-events/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                machine_id=machine_id,
            ),
        )


class RawMaterialLotsResource:
    """MaterialLots"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        material_form: builtins.list[str] | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_material_lots`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_material_lots.sync_detailed,
                operation="list_material_lots",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                material_form=material_form,
                material_id=material_id,
                technology_id=technology_id,
            ),
        )

    def get(self, service_id: int, material_lot_id: int) -> RawResponse[MaterialLot]:
        """`get_material_lot`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MaterialLot]",
            self._caller.call_with_response(
                _get_material_lot.sync_detailed,
                operation="get_material_lot",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
            ),
        )

    def create_attachment(
        self, service_id: int, material_lot_id: int, *, body: FileAttachmentUpload
    ) -> RawResponse[MaterialLotAttachment]:
        """`create_material_lot_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MaterialLotAttachment]",
            self._caller.call_with_response(
                _create_material_lot_attachment.sync_detailed,
                operation="create_material_lot_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
                body=body,
            ),
        )

    def get_attachment(
        self, service_id: int, material_lot_id: int, material_lot_attachment_id: int
    ) -> RawResponse[MaterialLotAttachment]:
        """`get_material_lot_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MaterialLotAttachment]",
            self._caller.call_with_response(
                _get_material_lot_attachment.sync_detailed,
                operation="get_material_lot_attachment",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/{material_lot_attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
                material_lot_attachment_id=material_lot_attachment_id,
            ),
        )


class RawMaterialsResource:
    """Materials"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_offers(
        self, service_id: int, *, technology_id: int | Unset = UNSET
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_material_offers`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_material_offers.sync_detailed,
                operation="list_material_offers",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                technology_id=technology_id,
            ),
        )

    def create_offer(self, service_id: int, *, body: MaterialOfferCreate) -> RawResponse[CreatedMaterialOffer]:
        """`create_material_offer`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedMaterialOffer]",
            self._caller.call_with_response(
                _create_material_offer.sync_detailed,
                operation="create_material_offer",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def list_offer_post_processings(self, service_id: int, offer_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_material_offer_post_processings`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_material_offer_post_processings.sync_detailed,
                operation="list_material_offer_post_processings",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                offer_id=offer_id,
            ),
        )

    def create_offer_post_processing(
        self, service_id: int, offer_id: int, *, body: PostProcessingCreate
    ) -> RawResponse[PostProcessing]:
        """`create_material_offer_post_processing`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PostProcessing]",
            self._caller.call_with_response(
                _create_material_offer_post_processing.sync_detailed,
                operation="create_material_offer_post_processing",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                offer_id=offer_id,
                body=body,
            ),
        )


class RawMesWorkflowResource:
    """MesWorkflow"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_templates(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_workflow_templates`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_workflow_templates.sync_detailed,
                operation="list_workflow_templates",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def get_template(self, service_id: int, workflow_template_id: int) -> RawResponse[Workflow]:
        """`get_workflow_template`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            self._caller.call_with_response(
                _get_workflow_template.sync_detailed,
                operation="get_workflow_template",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
            ),
        )

    def create_template_status(
        self, service_id: int, workflow_template_id: int, *, body: WorkflowStatusCreate
    ) -> RawResponse[Workflow]:
        """`create_workflow_template_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            self._caller.call_with_response(
                _create_workflow_template_status.sync_detailed,
                operation="create_workflow_template_status",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
                body=body,
            ),
        )

    def update_template_status(
        self,
        service_id: int,
        workflow_template_id: int,
        workflow_template_status_id: int,
        *,
        body: WorkflowStatusUpdate,
    ) -> RawResponse[Workflow]:
        """`update_workflow_template_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            self._caller.call_with_response(
                _update_workflow_template_status.sync_detailed,
                operation="update_workflow_template_status",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/{workflow_template_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
                workflow_template_status_id=workflow_template_status_id,
                body=body,
            ),
        )

    def list_step_templates(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_workflow_step_templates`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_workflow_step_templates.sync_detailed,
                operation="list_workflow_step_templates",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-steps/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def get_step(self, service_id: int, workflow_step_id: int) -> RawResponse[WorkflowStep]:
        """`get_workflow_step`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[WorkflowStep]",
            self._caller.call_with_response(
                _get_workflow_step.sync_detailed,
                operation="get_workflow_step",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-steps/{workflow_step_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_step_id=workflow_step_id,
            ),
        )


class RawOrdersResource:
    """To place an order you need to create a basket first (see above)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service_id: int | Unset = UNSET,
        created_at_lte: str | Unset = UNSET,
        created_at_gte: str | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_orders`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_orders.sync_detailed,
                operation="list_orders",
                method="GET",
                path="/api/v2.0/user-panel/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "service_id": {"minimum": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                page_size=page_size,
                ordering=ordering,
                search=search,
                service_id=service_id,
                created_at_lte=created_at_lte,
                created_at_gte=created_at_gte,
            ),
        )

    def create(self, *, body: CreateOrderRequest) -> RawResponse[CreatedObject]:
        """`create_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            self._caller.call_with_response(
                _create_order.sync_detailed,
                operation="create_order",
                method="POST",
                path="/api/v2.0/user-panel/orders/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get(self, order_id: int) -> RawResponse[Order]:
        """`get_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Order]",
            self._caller.call_with_response(
                _get_order.sync_detailed,
                operation="get_order",
                method="GET",
                path="/api/v2.0/user-panel/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"order_id": {"minimum": 1}},
                order_id=order_id,
            ),
        )

    def get_line(self, order_id: int, line_id: int) -> RawResponse[OpenObject]:
        """`get_order_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OpenObject]",
            self._caller.call_with_response(
                _get_order_line.sync_detailed,
                operation="get_order_line",
                method="GET",
                path="/api/v2.0/user-panel/orders/{order_id}/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"order_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                order_id=order_id,
                line_id=line_id,
            ),
        )


class RawOrganizationUsersResource:
    """The Organization Users endpoints are for creating and updating User information. In order to use those endpoints, the user with the ApiToken needs to have the "Organization Admin" Role."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self, *, page_size: int | Unset = UNSET, search: str | Unset = UNSET, ordering: str | Unset = UNSET
    ) -> RawResponse[Page]:
        """`list_organization_users`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_organization_users.sync_detailed,
                operation="list_organization_users",
                method="GET",
                path="/api/v2.0/organization-panel/users/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                },
                page_size=page_size,
                search=search,
                ordering=ordering,
            ),
        )

    def create(self, *, body: OrganizationUserCreate) -> RawResponse[OrganizationUserCreated]:
        """`create_organization_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OrganizationUserCreated]",
            self._caller.call_with_response(
                _create_organization_user.sync_detailed,
                operation="create_organization_user",
                method="POST",
                path="/api/v2.0/organization-panel/users/create/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get(self, user_id: int) -> RawResponse[UserProfile]:
        """`get_organization_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            self._caller.call_with_response(
                _get_organization_user.sync_detailed,
                operation="get_organization_user",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    def delete(self, user_id: int) -> RawResponse[UserProfile]:
        """`delete_organization_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            self._caller.call_with_response(
                _delete_organization_user.sync_detailed,
                operation="delete_organization_user",
                method="DELETE",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    def update(self, user_id: int, *, body: OrganizationUserUpdate) -> RawResponse[UserProfile]:
        """`update_organization_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            self._caller.call_with_response(
                _update_organization_user.sync_detailed,
                operation="update_organization_user",
                method="PATCH",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )

    def get_address(self, user_id: int, address_id: int) -> RawResponse[Address]:
        """`get_organization_user_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            self._caller.call_with_response(
                _get_organization_user_address.sync_detailed,
                operation="get_organization_user_address",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
            ),
        )

    def update_address(self, user_id: int, address_id: int, *, body: AddressUpdate) -> RawResponse[Address]:
        """`update_organization_user_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            self._caller.call_with_response(
                _update_organization_user_address.sync_detailed,
                operation="update_organization_user_address",
                method="PATCH",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
                body=body,
            ),
        )

    def list_addresses(self, user_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_organization_user_addresses`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_organization_user_addresses.sync_detailed,
                operation="list_organization_user_addresses",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    def create_address(self, user_id: int, *, body: AddressWrite) -> RawResponse[Address]:
        """`create_organization_user_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            self._caller.call_with_response(
                _create_organization_user_address.sync_detailed,
                operation="create_organization_user_address",
                method="POST",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )

    def get_preferences(self, user_id: int) -> RawResponse[Preferences]:
        """`get_organization_user_preferences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Preferences]",
            self._caller.call_with_response(
                _get_organization_user_preferences.sync_detailed,
                operation="get_organization_user_preferences",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/preferences/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    def update_preferences(self, user_id: int, *, body: PreferencesReplace) -> RawResponse[Preferences]:
        """`update_organization_user_preferences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Preferences]",
            self._caller.call_with_response(
                _update_organization_user_preferences.sync_detailed,
                operation="update_organization_user_preferences",
                method="PUT",
                path="/api/v2.0/organization-panel/users/{user_id}/preferences/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )


class RawPartSequencesResource:
    """PartSequences"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def bulk_update(self, service_id: int, *, body: SequenceBulkUpdate) -> RawResponse[None]:
        """`bulk_update_sequences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _bulk_update_sequences.sync_detailed,
                operation="bulk_update_sequences",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/sequences/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def scrap(self, service_id: int, part_id: int, *, body: ScrapSequences) -> RawResponse[None]:
        """`scrap_part_sequences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _scrap_part_sequences.sync_detailed,
                operation="scrap_part_sequences",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/scrap/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    def update_step(self, service_id: int, part_id: int, *, body: PartSequencesStepUpdate) -> RawResponse[None]:
        """`update_part_sequences_step`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _update_part_sequences_step.sync_detailed,
                operation="update_part_sequences_step",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )


class RawPartWorkflowResource:
    """PartWorkflow"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def delete(self, service_id: int, part_id: int, workflow_id: int) -> RawResponse[None]:
        """`delete_part_workflow`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_part_workflow.sync_detailed,
                operation="delete_part_workflow",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
            ),
        )

    def update(self, service_id: int, part_id: int, workflow_id: int, *, body: WorkflowUpdate) -> RawResponse[Workflow]:
        """`update_part_workflow`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            self._caller.call_with_response(
                _update_part_workflow.sync_detailed,
                operation="update_part_workflow",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                body=body,
            ),
        )

    def create_status(
        self, service_id: int, part_id: int, workflow_id: int, *, body: WorkflowStatusCreate
    ) -> RawResponse[Workflow]:
        """`create_part_workflow_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            self._caller.call_with_response(
                _create_part_workflow_status.sync_detailed,
                operation="create_part_workflow_status",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                body=body,
            ),
        )

    def delete_status(
        self, service_id: int, part_id: int, workflow_id: int, workflow_status_id: int
    ) -> RawResponse[None]:
        """`delete_part_workflow_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_part_workflow_status.sync_detailed,
                operation="delete_part_workflow_status",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                workflow_status_id=workflow_status_id,
            ),
        )

    def update_status(
        self, service_id: int, part_id: int, workflow_id: int, workflow_status_id: int, *, body: WorkflowStatusUpdate
    ) -> RawResponse[Workflow]:
        """`update_part_workflow_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            self._caller.call_with_response(
                _update_part_workflow_status.sync_detailed,
                operation="update_part_workflow_status",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                workflow_status_id=workflow_status_id,
                body=body,
            ),
        )


class RawPartsResource:
    """Parts"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_mes_filter_options(
        self,
        service_id: int,
        *,
        fields: builtins.list[GetMesFilterOptionsFieldsItem],
        production_sheet_template_type: GetMesFilterOptionsProductionSheetTemplateType | str | Unset = UNSET,
    ) -> RawResponse[MesFilterOptions]:
        """`get_mes_filter_options`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MesFilterOptions]",
            self._caller.call_with_response(
                _get_mes_filter_options.sync_detailed,
                operation="get_mes_filter_options",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/mes-filter-options/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "fields": {"minItems": 1},
                    "production_sheet_template_type": {"minLength": 1},
                },
                service_id=service_id,
                fields=fields,
                production_sheet_template_type=production_sheet_template_type,
            ),
        )

    def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        status_name: builtins.list[str] | Unset = UNSET,
        processing_title: builtins.list[str] | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        scheduled: ListPartsScheduled | str | Unset = UNSET,
        modified_date_gte: datetime.date | str | Unset = UNSET,
        modified_date_lte: datetime.date | str | Unset = UNSET,
        order_date_gte: datetime.date | str | Unset = UNSET,
        order_date_lte: datetime.date | str | Unset = UNSET,
        target_date_gte: datetime.date | str | Unset = UNSET,
        target_date_lte: datetime.date | str | Unset = UNSET,
        show_only_delayed: bool | Unset = UNSET,
        show_finished: bool | Unset = UNSET,
        sort_by_part_requirements: int | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_parts`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_parts.sync_detailed,
                operation="list_parts",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "assignee_id": {"minimum": 1},
                    "scheduled": {"minLength": 1},
                    "modified_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "modified_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "order_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "order_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "target_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "target_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                material_id=material_id,
                technology_id=technology_id,
                status_name=status_name,
                processing_title=processing_title,
                assignee_id=assignee_id,
                scheduled=scheduled,
                modified_date_gte=modified_date_gte,
                modified_date_lte=modified_date_lte,
                order_date_gte=order_date_gte,
                order_date_lte=order_date_lte,
                target_date_gte=target_date_gte,
                target_date_lte=target_date_lte,
                show_only_delayed=show_only_delayed,
                show_finished=show_finished,
                sort_by_part_requirements=sort_by_part_requirements,
            ),
        )

    def get(self, service_id: int, part_id: int) -> RawResponse[Part]:
        """`get_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Part]",
            self._caller.call_with_response(
                _get_part.sync_detailed,
                operation="get_part",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
            ),
        )

    def update(self, service_id: int, part_id: int, *, body: PartUpdate) -> RawResponse[Part]:
        """`update_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Part]",
            self._caller.call_with_response(
                _update_part.sync_detailed,
                operation="update_part",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    def bulk_download_files(self, service_id: int, *, object_ids: str) -> RawResponse[File]:
        """`bulk_download_part_files`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            self._caller.call_with_response(
                _bulk_download_part_files.sync_detailed,
                operation="bulk_download_part_files",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/bulk-download/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "object_ids": {"minLength": 1}},
                service_id=service_id,
                object_ids=object_ids,
            ),
        )

    def bulk_update(self, service_id: int, *, body: PartBulkUpdate) -> RawResponse[None]:
        """`bulk_update_parts`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _bulk_update_parts.sync_detailed,
                operation="bulk_update_parts",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def create_production_sheet(self, service_id: int, *, body: ProductionSheetCreate) -> RawResponse[ProductionSheet]:
        """`create_production_sheet`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ProductionSheet]",
            self._caller.call_with_response(
                _create_production_sheet.sync_detailed,
                operation="create_production_sheet",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/production-sheets/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def view_production_sheet(self, service_id: int, filename: str) -> RawResponse[File]:
        """`view_production_sheet`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            self._caller.call_with_response(
                _view_production_sheet.sync_detailed,
                operation="view_production_sheet",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/production-sheets/{filename}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                filename=filename,
            ),
        )

    def get_file_version(self, service_id: int, part_id: int, uuid: str) -> RawResponse[GetPartFileVersionResponse2XX]:
        """`get_part_file_version`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[GetPartFileVersionResponse2XX]",
            self._caller.call_with_response(
                _get_part_file_version.sync_detailed,
                operation="get_part_file_version",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                uuid=uuid,
            ),
        )

    def remove_file_version(self, service_id: int, part_id: int, uuid: str) -> RawResponse[None]:
        """`remove_part_file_version`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _remove_part_file_version.sync_detailed,
                operation="remove_part_file_version",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                uuid=uuid,
            ),
        )

    def create_attachment(
        self, service_id: int, part_id: int, *, body: PartAttachmentUpload
    ) -> RawResponse[PartAttachment]:
        """`create_part_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PartAttachment]",
            self._caller.call_with_response(
                _create_part_attachment.sync_detailed,
                operation="create_part_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    def delete_attachment(self, service_id: int, part_id: int, attachment_id: int) -> RawResponse[None]:
        """`delete_part_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_part_attachment.sync_detailed,
                operation="delete_part_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                attachment_id=attachment_id,
            ),
        )


class RawPrintingServiceDetailsResource:
    """PrintingServiceDetails"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_services(self) -> RawResponse[builtins.list[OpenObject]]:
        """`list_services`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_services.sync_detailed,
                operation="list_services",
                method="GET",
                path="/api/v2.0/user-panel/services/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def list_payment_methods(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_payment_methods`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_payment_methods.sync_detailed,
                operation="list_payment_methods",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/payment-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def list_pickup_locations(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_pickup_locations`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_pickup_locations.sync_detailed,
                operation="list_pickup_locations",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/pickup-locations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    def list_shipping_methods(
        self,
        service_id: int,
        *,
        shipping_address_id: int | Unset = UNSET,
        shipping_quote_address_id: int | Unset = UNSET,
        contry: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_shipping_methods`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_shipping_methods.sync_detailed,
                operation="list_shipping_methods",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/shipping-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "contry": {"minLength": 1}},
                service_id=service_id,
                shipping_address_id=shipping_address_id,
                shipping_quote_address_id=shipping_quote_address_id,
                contry=contry,
            ),
        )

    def list_internal_payment_methods(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_internal_payment_methods`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_internal_payment_methods.sync_detailed,
                operation="list_internal_payment_methods",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/payment-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )


class RawProjectsResource:
    """Projects"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, *, page_size: int | Unset = UNSET) -> RawResponse[Page]:
        """`list_projects`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_projects.sync_detailed,
                operation="list_projects",
                method="GET",
                path="/api/v2.0/service-panel/projects/",
                expected=_STATUSES_2XX_4XX,
                constraints={"page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5}},
                page_size=page_size,
            ),
        )

    def get(self, project_id: int) -> RawResponse[Project]:
        """`get_project`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Project]",
            self._caller.call_with_response(
                _get_project.sync_detailed,
                operation="get_project",
                method="GET",
                path="/api/v2.0/service-panel/projects/{project_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"project_id": {"minimum": 1}},
                project_id=project_id,
            ),
        )


class RawQuoteResource:
    """Quote"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_service_quotes(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: builtins.list[ListServiceQuotesStatusItem] | Unset = UNSET,
        created_at_gte: datetime.date | str | Unset = UNSET,
        created_at_lte: datetime.date | str | Unset = UNSET,
        product_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        is_rejected: bool | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_service_quotes`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_service_quotes.sync_detailed,
                operation="list_service_quotes",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                status=status,
                created_at_gte=created_at_gte,
                created_at_lte=created_at_lte,
                product_id=product_id,
                technology_id=technology_id,
                is_rejected=is_rejected,
            ),
        )

    def create_from_request_for_quote(self, service_id: int, *, body: QuoteFromRequestForQuote) -> RawResponse[Quote]:
        """`create_quote_from_request_for_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Quote]",
            self._caller.call_with_response(
                _create_quote_from_request_for_quote.sync_detailed,
                operation="create_quote_from_request_for_quote",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def list_attachments(self, service_id: int, quote_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_quote_attachments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_quote_attachments.sync_detailed,
                operation="list_quote_attachments",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
            ),
        )

    def create_attachment(
        self, service_id: int, quote_id: int, *, body: FileAttachmentUpload
    ) -> RawResponse[QuoteAttachment]:
        """`create_quote_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QuoteAttachment]",
            self._caller.call_with_response(
                _create_quote_attachment.sync_detailed,
                operation="create_quote_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
                body=body,
            ),
        )

    def delete_attachment(self, service_id: int, quote_id: int, attachment_id: int) -> RawResponse[None]:
        """`delete_quote_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_quote_attachment.sync_detailed,
                operation="delete_quote_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
                attachment_id=attachment_id,
            ),
        )

    def create_from_basket(self, service_id: int, *, body: QuoteFromBasket) -> RawResponse[CreatedObject]:
        """`create_quote_from_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            self._caller.call_with_response(
                _create_quote_from_basket.sync_detailed,
                operation="create_quote_from_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def create_edited_from_basket(self, service_id: int, *, body: QuoteFromBasket) -> RawResponse[CreatedObject]:
        """`create_edited_quote_from_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            self._caller.call_with_response(
                _create_edited_quote_from_basket.sync_detailed,
                operation="create_edited_quote_from_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/edit/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def create_request_for_quote(self, *, body: RequestForQuoteCreate) -> RawResponse[OpenObject]:
        """`create_request_for_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OpenObject]",
            self._caller.call_with_response(
                _create_request_for_quote.sync_detailed,
                operation="create_request_for_quote",
                method="POST",
                path="/api/v2.0/user-panel/requests-for-quote/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def list(self) -> RawResponse[Any]:
        """`list_quotes`, answered with its status, headers and bytes beside the parsed value."""
        return self._caller.call_with_response(
            _list_quotes.sync_detailed,
            operation="list_quotes",
            method="GET",
            path="/api/v2.0/user-panel/quotes/",
            expected=_STATUSES_2XX_4XX,
        )

    def get(self, quote_id: int) -> RawResponse[Quote]:
        """`get_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Quote]",
            self._caller.call_with_response(
                _get_quote.sync_detailed,
                operation="get_quote",
                method="GET",
                path="/api/v2.0/user-panel/quotes/{quote_id}/",
                expected=_STATUSES_2XX_4XX,
                quote_id=quote_id,
            ),
        )

    def finalize(self, quote_id: int, *, body: QuoteFinalize) -> RawResponse[OpenObject]:
        """`finalize_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OpenObject]",
            self._caller.call_with_response(
                _finalize_quote.sync_detailed,
                operation="finalize_quote",
                method="PUT",
                path="/api/v2.0/user-panel/quotes/{quote_id}/finalize/",
                expected=_STATUSES_2XX_4XX,
                quote_id=quote_id,
                body=body,
            ),
        )


class RawReferenceDataResource:
    """Lookup lists the vendor's own Python client reads. Not a section of the seed: these operations are known from the vendor's code only (see PROVENANCE.md)."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_colors(self) -> RawResponse[Any]:
        """`list_colors`, answered with its status, headers and bytes beside the parsed value."""
        return self._caller.call_with_response(
            _list_colors.sync_detailed,
            operation="list_colors",
            method="GET",
            path="/api/v2.0/colors/",
            expected=_STATUSES_2XX_4XX,
        )

    def list_units(self) -> RawResponse[Any]:
        """`list_units`, answered with its status, headers and bytes beside the parsed value."""
        return self._caller.call_with_response(
            _list_units.sync_detailed,
            operation="list_units",
            method="GET",
            path="/api/v2.0/units/",
            expected=_STATUSES_2XX_4XX,
        )

    def list_countries(self) -> RawResponse[Any]:
        """`list_countries`, answered with its status, headers and bytes beside the parsed value."""
        return self._caller.call_with_response(
            _list_countries.sync_detailed,
            operation="list_countries",
            method="GET",
            path="/api/v2.0/countries/",
            expected=_STATUSES_2XX_4XX,
        )

    def list_currencies(self) -> RawResponse[Any]:
        """`list_currencies`, answered with its status, headers and bytes beside the parsed value."""
        return self._caller.call_with_response(
            _list_currencies.sync_detailed,
            operation="list_currencies",
            method="GET",
            path="/api/v2.0/currencies/",
            expected=_STATUSES_2XX_4XX,
        )

    def list_materials(self) -> RawResponse[Any]:
        """`list_materials`, answered with its status, headers and bytes beside the parsed value."""
        return self._caller.call_with_response(
            _list_materials.sync_detailed,
            operation="list_materials",
            method="GET",
            path="/api/v2.0/materials/",
            expected=_STATUSES_2XX_4XX,
        )

    def list_forms(self) -> RawResponse[Any]:
        """`list_forms`, answered with its status, headers and bytes beside the parsed value."""
        return self._caller.call_with_response(
            _list_forms.sync_detailed,
            operation="list_forms",
            method="GET",
            path="/api/v2.0/forms/",
            expected=_STATUSES_2XX_4XX,
        )

    def list_tax_types(self) -> RawResponse[Any]:
        """`list_tax_types`, answered with its status, headers and bytes beside the parsed value."""
        return self._caller.call_with_response(
            _list_tax_types.sync_detailed,
            operation="list_tax_types",
            method="GET",
            path="/api/v2.0/tax-types/",
            expected=_STATUSES_2XX_4XX,
        )


class RawServiceOrdersResource:
    """To access the endpoints in the Service Panel section, the user that is assigned to your API token must have access to the Service Panel."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: builtins.list[int] | Unset = UNSET,
        payment_method_id: builtins.list[int] | Unset = UNSET,
        shipping_method_id: builtins.list[int] | Unset = UNSET,
        created_at_gte: datetime.date | str | Unset = UNSET,
        created_at_lte: datetime.date | str | Unset = UNSET,
        product_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        is_rejected: bool | Unset = UNSET,
        id: builtins.list[int] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_service_orders`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            self._caller.call_with_response(
                _list_service_orders.sync_detailed,
                operation="list_service_orders",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                status=status,
                payment_method_id=payment_method_id,
                shipping_method_id=shipping_method_id,
                created_at_gte=created_at_gte,
                created_at_lte=created_at_lte,
                product_id=product_id,
                technology_id=technology_id,
                is_rejected=is_rejected,
                id=id,
            ),
        )

    def create_internal(self, service_id: int, *, body: InternalOrderRequest) -> RawResponse[CreatedObject]:
        """`create_internal_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            self._caller.call_with_response(
                _create_internal_order.sync_detailed,
                operation="create_internal_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def get(self, service_id: int, order_id: int) -> RawResponse[ServiceOrder]:
        """`get_service_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceOrder]",
            self._caller.call_with_response(
                _get_service_order.sync_detailed,
                operation="get_service_order",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    def update(self, service_id: int, order_id: int, *, body: ServiceOrderUpdate) -> RawResponse[ServiceOrder]:
        """`update_service_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceOrder]",
            self._caller.call_with_response(
                _update_service_order.sync_detailed,
                operation="update_service_order",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )

    def edit(self, service_id: int, *, body: InternalOrderRequest) -> RawResponse[CreatedObject]:
        """`edit_service_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            self._caller.call_with_response(
                _edit_service_order.sync_detailed,
                operation="edit_service_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/edit/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def update_status(self, service_id: int, order_id: int, *, body: OrderStatusUpdate) -> RawResponse[ServiceOrder]:
        """`update_service_order_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceOrder]",
            self._caller.call_with_response(
                _update_service_order_status.sync_detailed,
                operation="update_service_order_status",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )

    def list_available_statuses(self, service_id: int, order_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_available_order_statuses`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_available_order_statuses.sync_detailed,
                operation="list_available_order_statuses",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/available-statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    def get_tracking(self, service_id: int, order_id: int) -> RawResponse[OrderTracking]:
        """`get_order_tracking_service_panel`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OrderTracking]",
            self._caller.call_with_response(
                _get_order_tracking_service_panel.sync_detailed,
                operation="get_order_tracking_service_panel",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    def update_tracking(
        self, service_id: int, order_id: int, *, body: OrderTrackingUpdate
    ) -> RawResponse[ServiceOrder]:
        """`update_order_tracking_service_panel`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceOrder]",
            self._caller.call_with_response(
                _update_order_tracking_service_panel.sync_detailed,
                operation="update_order_tracking_service_panel",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )


class RawServicePartnersResource:
    """ServicePartners"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list_available_services(self) -> RawResponse[builtins.list[OpenObject]]:
        """`list_available_services`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_available_services.sync_detailed,
                operation="list_available_services",
                method="GET",
                path="/api/v2.0/service-panel/services/",
                expected=_STATUSES_2XX_4XX,
            ),
        )


class RawFilesResource:
    """Detailed information about uploaded 3D files. These endpoints are only available after activation."""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get_optimization_status(self, uuid: str) -> RawResponse[FileOptimizationStatus]:
        """`get_file_optimization_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileOptimizationStatus]",
            self._caller.call_with_response(
                _get_file_optimization_status.sync_detailed,
                operation="get_file_optimization_status",
                method="GET",
                path="/api/v2.0/files/status/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
            ),
        )

    def get_parameter(self, uuid: str) -> RawResponse[FileParameter]:
        """`get_file_parameter`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileParameter]",
            self._caller.call_with_response(
                _get_file_parameter.sync_detailed,
                operation="get_file_parameter",
                method="GET",
                path="/api/v2.0/files/parameter/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
            ),
        )

    def get_printability(
        self,
        uuid: str,
        *,
        material_minimum_wall_thickness: float | Unset = UNSET,
        build_chamber_height: float | Unset = UNSET,
        build_chamber_width: float | Unset = UNSET,
        build_chamber_depth: float | Unset = UNSET,
    ) -> RawResponse[FilePrintability]:
        """`get_file_printability`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FilePrintability]",
            self._caller.call_with_response(
                _get_file_printability.sync_detailed,
                operation="get_file_printability",
                method="GET",
                path="/api/v2.0/files/printability/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
                material_minimum_wall_thickness=material_minimum_wall_thickness,
                build_chamber_height=build_chamber_height,
                build_chamber_width=build_chamber_width,
                build_chamber_depth=build_chamber_depth,
            ),
        )


class RawUploadResource:
    """For uploading 3D Files"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def file(
        self, *, body: FileUploadRequest, basket_id: int | Unset = UNSET, line_id: int | Unset = UNSET
    ) -> RawResponse[UploadedFile]:
        """`upload_file`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UploadedFile]",
            self._caller.call_with_response(
                _upload_file.sync_detailed,
                operation="upload_file",
                method="POST",
                path="/api/v2.0/files/",
                expected=_STATUSES_2XX_4XX,
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )


class RawUserProfileResource:
    """UserProfile"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def get(self) -> RawResponse[UserProfile]:
        """`get_user_profile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            self._caller.call_with_response(
                _get_user_profile.sync_detailed,
                operation="get_user_profile",
                method="GET",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def update(self, *, body: UserProfileUpdate) -> RawResponse[UserProfile]:
        """`update_user_profile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            self._caller.call_with_response(
                _update_user_profile.sync_detailed,
                operation="update_user_profile",
                method="PUT",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def patch(self, *, body: UserProfileUpdate) -> RawResponse[UserProfile]:
        """`patch_user_profile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            self._caller.call_with_response(
                _patch_user_profile.sync_detailed,
                operation="patch_user_profile",
                method="PATCH",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def list_addresses(self) -> RawResponse[builtins.list[OpenObject]]:
        """`list_addresses`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_addresses.sync_detailed,
                operation="list_addresses",
                method="GET",
                path="/api/v2.0/my-profile/addresses/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def create_address(self, *, body: AddressWrite) -> RawResponse[Address]:
        """`create_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            self._caller.call_with_response(
                _create_address.sync_detailed,
                operation="create_address",
                method="POST",
                path="/api/v2.0/my-profile/addresses/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    def get_address(self, address_id: int) -> RawResponse[Address]:
        """`get_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            self._caller.call_with_response(
                _get_address.sync_detailed,
                operation="get_address",
                method="GET",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
            ),
        )

    def update_address(self, address_id: int, *, body: AddressWrite) -> RawResponse[Address]:
        """`update_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            self._caller.call_with_response(
                _update_address.sync_detailed,
                operation="update_address",
                method="PUT",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
                body=body,
            ),
        )

    def delete_address(self, address_id: int) -> RawResponse[None]:
        """`delete_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_address.sync_detailed,
                operation="delete_address",
                method="DELETE",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
            ),
        )

    def patch_address(self, address_id: int, *, body: AddressWrite) -> RawResponse[Address]:
        """`patch_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            self._caller.call_with_response(
                _patch_address.sync_detailed,
                operation="patch_address",
                method="PATCH",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
                body=body,
            ),
        )

    def get_preferences(self) -> RawResponse[Preferences]:
        """`get_user_preferences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Preferences]",
            self._caller.call_with_response(
                _get_user_preferences.sync_detailed,
                operation="get_user_preferences",
                method="GET",
                path="/api/v2.0/my-profile/preferences/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    def update_preferences(self, *, body: PreferencesUpdate) -> RawResponse[Preferences]:
        """`update_user_preferences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Preferences]",
            self._caller.call_with_response(
                _update_user_preferences.sync_detailed,
                operation="update_user_preferences",
                method="PUT",
                path="/api/v2.0/my-profile/preferences/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )


class RawWorkstationsResource:
    """Workstations"""

    def __init__(self, caller: Caller) -> None:
        self._caller = caller

    def list(self, service_id: int, *, part_ids: int | Unset = UNSET) -> RawResponse[builtins.list[OpenObject]]:
        """`list_workstations`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_workstations.sync_detailed,
                operation="list_workstations",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "part_ids": {"minimum": 1}},
                service_id=service_id,
                part_ids=part_ids,
            ),
        )

    def create(self, service_id: int, *, body: WorkstationCreate) -> RawResponse[Workstation]:
        """`create_workstation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workstation]",
            self._caller.call_with_response(
                _create_workstation.sync_detailed,
                operation="create_workstation",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def list_events(self, service_id: int, *, from_time: str, to_time: str) -> RawResponse[builtins.list[OpenObject]]:
        """`list_workstation_events`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            self._caller.call_with_response(
                _list_workstation_events.sync_detailed,
                operation="list_workstation_events",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/events/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "from_time": {"minLength": 1}, "to_time": {"minLength": 1}},
                service_id=service_id,
                from_time=from_time,
                to_time=to_time,
            ),
        )

    def get(self, service_id: int, workstation_id: int) -> RawResponse[Workstation]:
        """`get_workstation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workstation]",
            self._caller.call_with_response(
                _get_workstation.sync_detailed,
                operation="get_workstation",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    def delete(self, service_id: int, workstation_id: int) -> RawResponse[None]:
        """`delete_workstation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_workstation.sync_detailed,
                operation="delete_workstation",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    def update(self, service_id: int, workstation_id: int, *, body: WorkstationUpdate) -> RawResponse[Workstation]:
        """`update_workstation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workstation]",
            self._caller.call_with_response(
                _update_workstation.sync_detailed,
                operation="update_workstation",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )

    def swap_order(
        self, service_id: int, *, body: WorkstationOrderSwap
    ) -> RawResponse[SwapWorkstationOrderResponse2XX]:
        """`swap_workstation_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[SwapWorkstationOrderResponse2XX]",
            self._caller.call_with_response(
                _swap_workstation_order.sync_detailed,
                operation="swap_workstation_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/swap-order/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def get_next_free_time_slot(
        self,
        service_id: int,
        workstation_id: int,
        *,
        from_time: str,
        duration: int,
        exclude_job_id: int | Unset = UNSET,
        exclude_reserved_time_id: int | Unset = UNSET,
    ) -> RawResponse[WorkstationFreeTime]:
        """`get_workstation_next_free_time_slot`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[WorkstationFreeTime]",
            self._caller.call_with_response(
                _get_workstation_next_free_time_slot.sync_detailed,
                operation="get_workstation_next_free_time_slot",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/next-free-time-slot/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "from_time": {"minLength": 1},
                    "duration": {"minimum": 1},
                    "exclude_job_id": {"minimum": 1},
                    "exclude_reserved_time_id": {"minimum": 1},
                },
                service_id=service_id,
                workstation_id=workstation_id,
                from_time=from_time,
                duration=duration,
                exclude_job_id=exclude_job_id,
                exclude_reserved_time_id=exclude_reserved_time_id,
            ),
        )

    def create_reserved_time(
        self, service_id: int, workstation_id: int, *, body: ReservedTimeCreate
    ) -> RawResponse[ReservedTime]:
        """`create_workstation_reserved_time`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReservedTime]",
            self._caller.call_with_response(
                _create_workstation_reserved_time.sync_detailed,
                operation="create_workstation_reserved_time",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )

    def get_reserved_time(
        self, service_id: int, workstation_id: int, reserved_time_id: int
    ) -> RawResponse[ReservedTime]:
        """`get_workstation_reserved_time`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReservedTime]",
            self._caller.call_with_response(
                _get_workstation_reserved_time.sync_detailed,
                operation="get_workstation_reserved_time",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
            ),
        )

    def delete_reserved_time(self, service_id: int, workstation_id: int, reserved_time_id: int) -> RawResponse[None]:
        """`delete_workstation_reserved_time`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            self._caller.call_with_response(
                _delete_workstation_reserved_time.sync_detailed,
                operation="delete_workstation_reserved_time",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
            ),
        )

    def update_reserved_time(
        self, service_id: int, workstation_id: int, reserved_time_id: int, *, body: ReservedTimeUpdate
    ) -> RawResponse[ReservedTime]:
        """`update_workstation_reserved_time`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReservedTime]",
            self._caller.call_with_response(
                _update_workstation_reserved_time.sync_detailed,
                operation="update_workstation_reserved_time",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
                body=body,
            ),
        )

    def update_machine(
        self, service_id: int, workstation_id: int, *, body: WorkstationMachineUpdate
    ) -> RawResponse[WorkstationMachine]:
        """`update_workstation_machine`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[WorkstationMachine]",
            self._caller.call_with_response(
                _update_workstation_machine.sync_detailed,
                operation="update_workstation_machine",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )


class RawResources:
    """Every operation of the 3YOURMIND API, answering `RawResponse`s."""

    def __init__(self, caller: Caller) -> None:
        self.addresses = RawAddressesResource(caller)
        self.ampi = RawAmpiResource(caller)
        self.basket = RawBasketResource(caller)
        self.catalog = RawCatalogResource(caller)
        self.comments = RawCommentsResource(caller)
        self.download = RawDownloadResource(caller)
        self.jobs = RawJobsResource(caller)
        self.machine_connectivity = RawMachineConnectivityResource(caller)
        self.material_lots = RawMaterialLotsResource(caller)
        self.materials = RawMaterialsResource(caller)
        self.mes_workflow = RawMesWorkflowResource(caller)
        self.orders = RawOrdersResource(caller)
        self.organization_users = RawOrganizationUsersResource(caller)
        self.part_sequences = RawPartSequencesResource(caller)
        self.part_workflow = RawPartWorkflowResource(caller)
        self.parts = RawPartsResource(caller)
        self.printing_service_details = RawPrintingServiceDetailsResource(caller)
        self.projects = RawProjectsResource(caller)
        self.quote = RawQuoteResource(caller)
        self.reference_data = RawReferenceDataResource(caller)
        self.service_orders = RawServiceOrdersResource(caller)
        self.service_partners = RawServicePartnersResource(caller)
        self.files = RawFilesResource(caller)
        self.upload = RawUploadResource(caller)
        self.user_profile = RawUserProfileResource(caller)
        self.workstations = RawWorkstationsResource(caller)


class Resources:
    """Every operation of the 3YOURMIND API, grouped by tag."""

    def __init__(self, caller: Caller) -> None:
        self._bind(caller)

    def _bind(self, caller: Caller) -> None:
        self._caller = caller
        self.addresses = AddressesResource(caller)
        self.ampi = AmpiResource(caller)
        self.basket = BasketResource(caller)
        self.catalog = CatalogResource(caller)
        self.comments = CommentsResource(caller)
        self.download = DownloadResource(caller)
        self.jobs = JobsResource(caller)
        self.machine_connectivity = MachineConnectivityResource(caller)
        self.material_lots = MaterialLotsResource(caller)
        self.materials = MaterialsResource(caller)
        self.mes_workflow = MesWorkflowResource(caller)
        self.orders = OrdersResource(caller)
        self.organization_users = OrganizationUsersResource(caller)
        self.part_sequences = PartSequencesResource(caller)
        self.part_workflow = PartWorkflowResource(caller)
        self.parts = PartsResource(caller)
        self.printing_service_details = PrintingServiceDetailsResource(caller)
        self.projects = ProjectsResource(caller)
        self.quote = QuoteResource(caller)
        self.reference_data = ReferenceDataResource(caller)
        self.service_orders = ServiceOrdersResource(caller)
        self.service_partners = ServicePartnersResource(caller)
        self.files = FilesResource(caller)
        self.upload = UploadResource(caller)
        self.user_profile = UserProfileResource(caller)
        self.workstations = WorkstationsResource(caller)

    @property
    def with_raw_response(self) -> RawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return RawResources(self._caller)


class AsyncAddressesResource:
    """Addresses"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def delete_organization_user_address(self, user_id: int, address_id: int) -> None:
        """Delete Address"""
        return cast(
            "None",
            await self._caller.call(
                _delete_organization_user_address.asyncio_detailed,
                operation="delete_organization_user_address",
                method="DELETE",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
            ),
        )

    async def list_service_user(self, service_id: int, user_id: int) -> builtins.list[OpenObject]:
        """List Addresses"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_service_user_addresses.asyncio_detailed,
                operation="list_service_user_addresses",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                user_id=user_id,
            ),
        )


class AsyncAmpiResource:
    """The AM Part Identifier (AMPI) can assess a part's suitability for 3d printing. With the endpoints listed here you can

    - get a list of all parts in AMPI including their category and properties
    - get part details of an individual part including associated assessment reports (aka scores)
    - create new parts in AMPI"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list_parts(self) -> AsyncPager[OpenObject]:
        """List Parts

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_ampi_parts.asyncio_detailed,
                operation="list_ampi_parts",
                method="GET",
                path="/api/v2.0/ampi/parts/",
                expected=_STATUSES_2XX_4XX,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {"style": "next-token", "next": "next", "token_param": "page", "items": "results", "next_is_url": True}
            ),
        )

    async def create_part(self, *, body: AmpiPartCreate) -> AmpiPart:
        """Create Part"""
        return cast(
            "AmpiPart",
            await self._caller.call(
                _create_ampi_part.asyncio_detailed,
                operation="create_ampi_part",
                method="POST",
                path="/api/v2.0/ampi/parts/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def bulk_update_parts(self, *, body: AmpiPartsBulkUpdate) -> builtins.list[OpenObject]:
        """Updates many parts at once"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _bulk_update_ampi_parts.asyncio_detailed,
                operation="bulk_update_ampi_parts",
                method="PATCH",
                path="/api/v2.0/ampi/parts/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def bulk_delete_parts(self, *, body: AmpiPartsBulkDelete) -> None:
        """Deletes multiple parts"""
        return cast(
            "None",
            await self._caller.call(
                _bulk_delete_ampi_parts.asyncio_detailed,
                operation="bulk_delete_ampi_parts",
                method="POST",
                path="/api/v2.0/ampi/parts/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_part(self, short_id: str) -> AmpiPart:
        """Get Part Details"""
        return cast(
            "AmpiPart",
            await self._caller.call(
                _get_ampi_part.asyncio_detailed,
                operation="get_ampi_part",
                method="GET",
                path="/api/v2.0/ampi/parts/{short_id}/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
            ),
        )

    async def update_part(self, short_id: str, *, body: AmpiPartUpdate) -> AmpiPart:
        """Update Part"""
        return cast(
            "AmpiPart",
            await self._caller.call(
                _update_ampi_part.asyncio_detailed,
                operation="update_ampi_part",
                method="PUT",
                path="/api/v2.0/ampi/parts/{short_id}/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
                body=body,
            ),
        )

    async def download_part_files(self, short_id: str) -> File:
        """Download all AMPI part files"""
        return cast(
            "File",
            await self._caller.call(
                _download_ampi_part_files.asyncio_detailed,
                operation="download_ampi_part_files",
                method="GET",
                path="/api/v2.0/ampi/parts/{short_id}/download/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
            ),
        )

    async def list_file_attachments(self, *, id: int) -> builtins.list[OpenObject]:
        """List of user's file attachments"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_ampi_file_attachments.asyncio_detailed,
                operation="list_ampi_file_attachments",
                method="GET",
                path="/api/v2.0/ampi/files/",
                expected=_STATUSES_2XX_4XX,
                id=id,
            ),
        )

    async def create_file_attachment(self, *, body: AmpiFileUpload) -> AmpiFileAttachment:
        """Create a new file attachment"""
        return cast(
            "AmpiFileAttachment",
            await self._caller.call(
                _create_ampi_file_attachment.asyncio_detailed,
                operation="create_ampi_file_attachment",
                method="POST",
                path="/api/v2.0/ampi/files/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_file_attachment(self, file_id: int) -> AmpiFileAttachment:
        """Details of user's file attachments"""
        return cast(
            "AmpiFileAttachment",
            await self._caller.call(
                _get_ampi_file_attachment.asyncio_detailed,
                operation="get_ampi_file_attachment",
                method="GET",
                path="/api/v2.0/ampi/files/{file_id}/",
                expected=_STATUSES_2XX_4XX,
                file_id=file_id,
            ),
        )

    async def create_technical_drawing(self, *, body: AmpiFileUpload) -> AmpiTechnicalDrawing:
        """Create TechnicalDrawing object"""
        return cast(
            "AmpiTechnicalDrawing",
            await self._caller.call(
                _create_ampi_technical_drawing.asyncio_detailed,
                operation="create_ampi_technical_drawing",
                method="POST",
                path="/api/v2.0/ampi/technical-drawings/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )


class AsyncBasketResource:
    """A basket contains multiple lines. Each line contains one 3D object and it's corresponding properties."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(self, *, page_size: int | Unset = UNSET, ordering: str | Unset = UNSET) -> AsyncPager[OpenObject]:
        """List Baskets

        Returns a list of baskets, by default sorted by reverse creation date.

        The default page size is 25. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_baskets.asyncio_detailed,
                operation="list_baskets",
                method="GET",
                path="/api/v2.0/user-panel/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                },
                page_size=page_size,
                ordering=ordering,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create(self) -> Basket:
        """Create Basket

        A basket combines multiple 3D objects into an order. Use this to create a new basket. Subsequently an order can be created for this basket."""
        return cast(
            "Basket",
            await self._caller.call(
                _create_basket.asyncio_detailed,
                operation="create_basket",
                method="POST",
                path="/api/v2.0/user-panel/baskets/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def get(self, basket_id: int) -> Basket:
        """Get Basket Details

        Gets the basket details."""
        return cast(
            "Basket",
            await self._caller.call(
                _get_basket.asyncio_detailed,
                operation="get_basket",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    async def delete(self, basket_id: int) -> None:
        """Delete Basket

        Delete the basket."""
        return cast(
            "None",
            await self._caller.call(
                _delete_basket.asyncio_detailed,
                operation="delete_basket",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    async def update(self, basket_id: int, *, body: BasketUpdate) -> Basket:
        """Update Basket

        Edit basket name and/or force the recalculation."""
        return cast(
            "Basket",
            await self._caller.call(
                _update_basket.asyncio_detailed,
                operation="update_basket",
                method="PATCH",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
                body=body,
            ),
        )

    async def list_lines(self, basket_id: int) -> builtins.list[BasketLine]:
        """List Basket Lines

        Each line of a basket represents a 3D model with information like, quantity, material and post processing. A list of basket line details is returned."""
        return cast(
            "builtins.list[BasketLine]",
            await self._caller.call(
                _list_basket_lines.asyncio_detailed,
                operation="list_basket_lines",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    async def create_line(self, basket_id: int, *, body: BasketLineCreate) -> BasketLine:
        """Create Basket Line

        An basket line is added to the given basket_id. You can either:

        - Specify nothing else and get a newly created basket line, with no default values. This line is intended to be filled with at least one 3D file.
        - Specify a line id to clone from with cloneLine, which will copy all attributes from the source line to a newly created basket line.
        - Specify a catalogItemId, which will be used to copy all known attributes to a newly created basket line."""
        return cast(
            "BasketLine",
            await self._caller.call(
                _create_basket_line.asyncio_detailed,
                operation="create_basket_line",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
                body=body,
            ),
        )

    async def get_line(self, basket_id: int, line_id: int) -> BasketLine:
        """Get Basket Line

        Each line of a basket represents a 3D model with information like, quantity, material and post processing. To display one specific line of a basket, reference it by its ID."""
        return cast(
            "BasketLine",
            await self._caller.call(
                _get_basket_line.asyncio_detailed,
                operation="get_basket_line",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def delete_line(self, basket_id: int, line_id: int) -> None:
        """Delete Basket Line

        Delete a line by passing its line ID."""
        return cast(
            "None",
            await self._caller.call(
                _delete_basket_line.asyncio_detailed,
                operation="delete_basket_line",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def update_line(self, basket_id: int, line_id: int, *, body: BasketLineUpdate) -> BasketLine:
        """Update Basket Line

        Edit desired basket line."""
        return cast(
            "BasketLine",
            await self._caller.call(
                _update_basket_line.asyncio_detailed,
                operation="update_basket_line",
                method="PATCH",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    async def get_line_file_status(self, basket_id: int, line_id: int) -> FileStatus:
        """Get File Status

        Get the status of an uploaded file."""
        return cast(
            "FileStatus",
            await self._caller.call(
                _get_basket_line_file_status.asyncio_detailed,
                operation="get_basket_line_file_status",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/file-status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def list_line_materials(
        self,
        basket_id: int,
        line_id: int,
        *,
        country: str,
        technology_id: int | Unset = UNSET,
        service_label: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[OpenObject]:
        """List Materials

        List all available materials."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_basket_line_materials.asyncio_detailed,
                operation="list_basket_line_materials",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "country": {"minLength": 1, "maxLength": 2},
                },
                basket_id=basket_id,
                line_id=line_id,
                country=country,
                technology_id=technology_id,
                service_label=service_label,
            ),
        )

    async def get_material_properties(self, basket_id: int, line_id: int, material_id: int) -> MaterialProperties:
        """Get Material Properties

        Get properties of a selected material."""
        return cast(
            "MaterialProperties",
            await self._caller.call(
                _get_material_properties.asyncio_detailed,
                operation="get_material_properties",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "material_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
            ),
        )

    async def list_offers(
        self,
        basket_id: int,
        line_id: int,
        material_id: int,
        *,
        country: str,
        technology_id: int | Unset = UNSET,
        service_label: builtins.list[str] | Unset = UNSET,
    ) -> builtins.list[OpenObject]:
        """List Offers

        List all available offers for a specific material."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_offers.asyncio_detailed,
                operation="list_offers",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "material_id": {"minimum": 1},
                    "country": {"minLength": 1, "maxLength": 2},
                },
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                country=country,
                technology_id=technology_id,
                service_label=service_label,
            ),
        )

    async def get_offer(self, basket_id: int, line_id: int, material_id: int, offer_id: int) -> Offer:
        """Get Offer

        Get details about a specific offer of a specific material."""
        return cast(
            "Offer",
            await self._caller.call(
                _get_offer.asyncio_detailed,
                operation="get_offer",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "material_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                offer_id=offer_id,
            ),
        )

    async def get_offer_price(
        self,
        basket_id: int,
        line_id: int,
        material_id: int,
        offer_id: int,
        *,
        currency: str | Unset = UNSET,
        postprocessings: str | Unset = UNSET,
        post_processing_ids: builtins.list[int] | Unset = UNSET,
        quantity: int | Unset = UNSET,
    ) -> OfferPrice:
        """Get Price of Offer

        Get the price of a specific offer of a specific material."""
        return cast(
            "OfferPrice",
            await self._caller.call(
                _get_offer_price.asyncio_detailed,
                operation="get_offer_price",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/price/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "material_id": {"minimum": 1},
                    "currency": {"minimum": 1, "pattern": "^[A-Z]{3}$", "minLength": 1, "maxLength": 3},
                    "postprocessings": {"minLength": 1},
                    "quantity": {"minimum": 1},
                },
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                offer_id=offer_id,
                currency=currency,
                postprocessings=postprocessings,
                post_processing_ids=post_processing_ids,
                quantity=quantity,
            ),
        )

    async def list_line_attachments(self, basket_id: int, line_id: int) -> builtins.list[OpenObject]:
        """List Line Attachments

        Each basket line can have multiple line attachments."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_line_attachments.asyncio_detailed,
                operation="list_line_attachments",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def create_line_attachment(
        self, basket_id: int, line_id: int, *, body: FileAttachmentUpload
    ) -> LineAttachment:
        """Create Line Attachment

        Each basket line can have multiple line attachments."""
        return cast(
            "LineAttachment",
            await self._caller.call(
                _create_line_attachment.asyncio_detailed,
                operation="create_line_attachment",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    async def delete_line_attachment(self, basket_id: int, line_id: int, attachment_id: int) -> None:
        """Delete Line Attachment

        Delete file attachment."""
        return cast(
            "None",
            await self._caller.call(
                _delete_line_attachment.asyncio_detailed,
                operation="delete_line_attachment",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                attachment_id=attachment_id,
            ),
        )

    async def trigger_price_resolution(
        self, basket_id: int, line_id: int, *, body: PriceResolutionRequest
    ) -> builtins.list[OpenObject]:
        """Trigger Price Resolution

        In some cases an explicit price resolution is needed as a result of orientation optimization. In this case, the price can not immediately be calculated. If the user wants to know the price, the frontend can poll this endpoint with a list of offers for which the user wants to know the price. The endpoint returns prices for all offers for which the price is already resolved, and isPriceResolutionRequired = true for those where the orientation optimization is still pending. If prices for requested offers are missing, or if prices for more offers should be resolved, the frontend can call this endpoint again with an updated list of offers."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _trigger_price_resolution.asyncio_detailed,
                operation="trigger_price_resolution",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/price-resolution/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    async def get_price(
        self,
        basket_id: int,
        *,
        currency: str,
        shipping_method_id: int | Unset = UNSET,
        shipping_address_id: int | Unset = UNSET,
        billing_address_id: int | Unset = UNSET,
        voucher_code: str | Unset = UNSET,
    ) -> BasketPrice:
        """Get Basket Price

        Calculates basket price for sent parameters."""
        return cast(
            "BasketPrice",
            await self._caller.call(
                _get_basket_price.asyncio_detailed,
                operation="get_basket_price",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/price/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "voucher_code": {"minLength": 1},
                    "currency": {"minLength": 1},
                },
                basket_id=basket_id,
                shipping_method_id=shipping_method_id,
                shipping_address_id=shipping_address_id,
                billing_address_id=billing_address_id,
                voucher_code=voucher_code,
                currency=currency,
            ),
        )

    def list_service_baskets(self, service_id: int, *, page_size: int | Unset = UNSET) -> AsyncPager[OpenObject]:
        """List Baskets

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_service_baskets.asyncio_detailed,
                operation="list_service_baskets",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                },
                service_id=service_id,
                page_size=page_size,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create_service_basket(self, service_id: int) -> Basket:
        """Create Basket"""
        return cast(
            "Basket",
            await self._caller.call(
                _create_service_basket.asyncio_detailed,
                operation="create_service_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def get_service_basket(self, service_id: int, basket_id: int) -> ServiceBasket:
        """List Baskets

        The seed titles this operation "List Baskets" like the list before it; it takes a basket_id and returns that one basket."""
        return cast(
            "ServiceBasket",
            await self._caller.call(
                _get_service_basket.asyncio_detailed,
                operation="get_service_basket",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    async def delete_service_basket(self, service_id: int, basket_id: int) -> None:
        """Delete Basket"""
        return cast(
            "None",
            await self._caller.call(
                _delete_service_basket.asyncio_detailed,
                operation="delete_service_basket",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    async def update_service_basket(
        self, service_id: int, basket_id: int, *, body: ServiceBasketUpdate
    ) -> ServiceBasket:
        """Update Basket"""
        return cast(
            "ServiceBasket",
            await self._caller.call(
                _update_service_basket.asyncio_detailed,
                operation="update_service_basket",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                body=body,
            ),
        )

    async def get_service_line_file_status(self, service_id: int, basket_id: int, line_id: int) -> FileStatus:
        """Get File Status

        Get the file status of an uploaded file. The upload is finished successfully, when it returns

            {
                "uuid": "...",
                "status": "finished"
            }

        The upload is finished with error, when it returns

            {
                "uuid": "...",
                "status": "error"
            }"""
        return cast(
            "FileStatus",
            await self._caller.call(
                _get_service_basket_line_file_status.asyncio_detailed,
                operation="get_service_basket_line_file_status",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/file-status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def create_from_order(self, service_id: int, sale_transaction_id: int) -> ServiceBasket:
        """Create basket

        Create basket with lines and their properties from this Order"""
        return cast(
            "ServiceBasket",
            await self._caller.call(
                _create_basket_from_order.asyncio_detailed,
                operation="create_basket_from_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{sale_transaction_id}/basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                sale_transaction_id=sale_transaction_id,
            ),
        )

    async def list_service_lines(self, service_id: int, basket_id: int) -> builtins.list[OpenObject]:
        """List Basket-Lines"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_service_basket_lines.asyncio_detailed,
                operation="list_service_basket_lines",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    async def create_service_line(
        self, service_id: int, basket_id: int, *, body: BasketLineCreate
    ) -> ServiceBasketLine:
        """Create a Basket-Line

        An basket line is added to the given basket_id. You can either:

        - Specify nothing else and get a newly created basket line, with no default values. This line is intended to be filled with at least one 3D file.
        - Specify a line id to clone from with cloneLine, which will copy all attributes from the source line to a newly created basket line.
        - Specify a catalogItemId, which will be used to copy all known attributes to a newly created basket line."""
        return cast(
            "ServiceBasketLine",
            await self._caller.call(
                _create_service_basket_line.asyncio_detailed,
                operation="create_service_basket_line",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                body=body,
            ),
        )

    async def get_service_line(self, service_id: int, basket_id: int, line_id: int) -> ServiceBasketLine:
        """Get a Basket-Line"""
        return cast(
            "ServiceBasketLine",
            await self._caller.call(
                _get_service_basket_line.asyncio_detailed,
                operation="get_service_basket_line",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def delete_service_line(self, service_id: int, basket_id: int, line_id: int) -> None:
        """Delete a Basket-Line"""
        return cast(
            "None",
            await self._caller.call(
                _delete_service_basket_line.asyncio_detailed,
                operation="delete_service_basket_line",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def update_service_line(
        self, service_id: int, basket_id: int, line_id: int, *, body: ServiceBasketLineUpdate
    ) -> ServiceBasketLine:
        """Update a Basket-Line"""
        return cast(
            "ServiceBasketLine",
            await self._caller.call(
                _update_service_basket_line.asyncio_detailed,
                operation="update_service_basket_line",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    async def create_from_quote(self, service_id: int, quote_id: int) -> ServiceBasket:
        """Create a Basket based on a Quote

        Create basket with lines and their properties from a selected Quote."""
        return cast(
            "ServiceBasket",
            await self._caller.call(
                _create_basket_from_quote.asyncio_detailed,
                operation="create_basket_from_quote",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
            ),
        )


class AsyncCatalogResource:
    """The Catalog is a Organization Wide Store of 3D Files. The endpoints listed here are for Querying the Catalog. To place an order from an catalog item, you'll first need to add that item to a basekte with the Create a basket line endpoint."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list_items(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
        status: builtins.list[ListCatalogItemsStatusItem] | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """List Catalog Items

        Returns a list of catalog items, by default sorted by reverse creation date. The default page size is 10. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_catalog_items.asyncio_detailed,
                operation="list_catalog_items",
                method="GET",
                path="/api/v2.0/user-panel/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                status=status,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create_item(self, *, body: CatalogItemCreate) -> CatalogItem:
        """Create Catalog Item

        A catalog item is created from a basket line. Subsequently this item is saved in the catalog list and can be added to the basket very easily. To use this endpoint, the connected user must be an Organization catalog admin."""
        return cast(
            "CatalogItem",
            await self._caller.call(
                _create_catalog_item.asyncio_detailed,
                operation="create_catalog_item",
                method="POST",
                path="/api/v2.0/user-panel/catalog/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def bulk_delete_items(self, *, body: CatalogItemIds) -> None:
        """Bulk Delete Catalog Items

        Delete multiple Catalog items by sending an array of IDs."""
        return cast(
            "None",
            await self._caller.call(
                _bulk_delete_catalog_items.asyncio_detailed,
                operation="bulk_delete_catalog_items",
                method="POST",
                path="/api/v2.0/user-panel/catalog/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_filter_choices(self) -> CatalogFilterChoices:
        """Catalog Filter Choices - User Panel

        Catalog Filter Choices for User Panel, that allow filtering the catalog list"""
        return cast(
            "CatalogFilterChoices",
            await self._caller.call(
                _get_catalog_filter_choices.asyncio_detailed,
                operation="get_catalog_filter_choices",
                method="GET",
                path="/api/v2.0/user-panel/catalog/filter-choices/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_item_labels(self, catalog_id: int, *, search: str | Unset = UNSET) -> builtins.list[OpenObject]:
        """List Labels for Catalog Items

        Returns a list of labels for catalog items sorted by name."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_catalog_item_labels.asyncio_detailed,
                operation="list_catalog_item_labels",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}, "search": {"minLength": 1}},
                catalog_id=catalog_id,
                search=search,
            ),
        )

    async def add_item_label(self, catalog_id: int, *, body: LabelCreate) -> Label:
        """Add Label to the Catalog Item

        Add Label to the Catalog Item"""
        return cast(
            "Label",
            await self._caller.call(
                _add_catalog_item_label.asyncio_detailed,
                operation="add_catalog_item_label",
                method="POST",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                body=body,
            ),
        )

    async def bulk_update_items(self, *, body: CatalogItemBulkUpdate) -> None:
        """Catalog Item bulk update"""
        return cast(
            "None",
            await self._caller.call(
                _bulk_update_catalog_items.asyncio_detailed,
                operation="bulk_update_catalog_items",
                method="PATCH",
                path="/api/v2.0/user-panel/catalog/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_item(self, catalog_id: int) -> CatalogItem:
        """Get Catalog Item Detail

        Catalog item details."""
        return cast(
            "CatalogItem",
            await self._caller.call(
                _get_catalog_item.asyncio_detailed,
                operation="get_catalog_item",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    async def delete_item(self, catalog_id: int) -> None:
        """Delete Catalog Item

        Delete an catalog item from the catalog list. To use this endpoint, the connected user must be an Organization catalog admin."""
        return cast(
            "None",
            await self._caller.call(
                _delete_catalog_item.asyncio_detailed,
                operation="delete_catalog_item",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    async def update_item(
        self, catalog_id: int, *, body: CatalogItemUpdate, omit_response: bool | Unset = UNSET
    ) -> CatalogItem:
        """Update Catalog Item Detail

        Edit Catalog Item."""
        return cast(
            "CatalogItem",
            await self._caller.call(
                _update_catalog_item.asyncio_detailed,
                operation="update_catalog_item",
                method="PATCH",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                omit_response=omit_response,
                body=body,
            ),
        )

    async def list_item_attachments(self, catalog_id: int) -> builtins.list[OpenObject]:
        """Get Attachments to an Catalog Item"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_catalog_item_attachments.asyncio_detailed,
                operation="list_catalog_item_attachments",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    async def create_item_attachment(
        self, catalog_id: int, *, body: CatalogItemAttachmentUpload
    ) -> CatalogItemAttachment:
        """Create Attachments to an Catalog Item"""
        return cast(
            "CatalogItemAttachment",
            await self._caller.call(
                _create_catalog_item_attachment.asyncio_detailed,
                operation="create_catalog_item_attachment",
                method="POST",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                body=body,
            ),
        )

    async def delete_item_attachment(self, catalog_id: int, attachment_id: int) -> None:
        """Delete Catalog Item Attachment"""
        return cast(
            "None",
            await self._caller.call(
                _delete_catalog_item_attachment.asyncio_detailed,
                operation="delete_catalog_item_attachment",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                catalog_id=catalog_id,
                attachment_id=attachment_id,
            ),
        )

    async def list_csv_import_jobs(self) -> builtins.list[OpenObject]:
        """List Catalog CSV import jobs"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_catalog_csv_import_jobs.asyncio_detailed,
                operation="list_catalog_csv_import_jobs",
                method="GET",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def create_csv_import_job(self, *, body: CatalogCsvImportJobCreate) -> CatalogCsvImportJob:
        """Create Catalog CSV Import job"""
        return cast(
            "CatalogCsvImportJob",
            await self._caller.call(
                _create_catalog_csv_import_job.asyncio_detailed,
                operation="create_catalog_csv_import_job",
                method="POST",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_csv_import_job(self, job_id: int) -> CatalogCsvImportJob:
        """Get a Catalog CSV import job"""
        return cast(
            "CatalogCsvImportJob",
            await self._caller.call(
                _get_catalog_csv_import_job.asyncio_detailed,
                operation="get_catalog_csv_import_job",
                method="GET",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"job_id": {"minimum": 1}},
                job_id=job_id,
            ),
        )

    async def delete_csv_import_job(self, job_id: int) -> None:
        """Delete a Catalog CSV import job"""
        return cast(
            "None",
            await self._caller.call(
                _delete_catalog_csv_import_job.asyncio_detailed,
                operation="delete_catalog_csv_import_job",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"job_id": {"minimum": 1}},
                job_id=job_id,
            ),
        )

    def list_service_item_summaries(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """List Catalog Items

        Returns a list of catalog items, by default sorted by reverse creation date. The default page size is 10. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_service_catalog_item_summaries.asyncio_detailed,
                operation="list_service_catalog_item_summaries",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog-items/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create_service_item_from_line(self, service_id: int, *, body: CatalogItemFromLine) -> CatalogItemSummary:
        """Create Catalog Item

        A catalog item is created from a basket line. Subsequently this item is saved in the catalog list and can be added to the basket very easily. To use this endpoint, the connected user must be an Organization catalog admin."""
        return cast(
            "CatalogItemSummary",
            await self._caller.call(
                _create_service_catalog_item_from_line.asyncio_detailed,
                operation="create_service_catalog_item_from_line",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog-items/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    def list_service_items(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
        status: builtins.list[ListServiceCatalogItemsStatusItem] | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """List Catalog Items

        Returns a list of catalog items, by default sorted by reverse creation date. The default page size is 10. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_service_catalog_items.asyncio_detailed,
                operation="list_service_catalog_items",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                status=status,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create_service_item(self, service_id: int, *, body: CatalogItemCreate) -> CatalogItem:
        """Create Catalog Item

        A catalog item is created from a basket line. Subsequently this item is saved in the catalog list and can be added to the basket very easily. To use this endpoint, the connected user must be an Organization catalog admin."""
        return cast(
            "CatalogItem",
            await self._caller.call(
                _create_service_catalog_item.asyncio_detailed,
                operation="create_service_catalog_item",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def bulk_delete_service_items(self, service_id: int, *, body: CatalogItemIds) -> None:
        """Bulk Delete Catalog Items

        Delete multiple Catalog items by sending an array of IDs."""
        return cast(
            "None",
            await self._caller.call(
                _bulk_delete_service_catalog_items.asyncio_detailed,
                operation="bulk_delete_service_catalog_items",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def get_service_filter_choices(self, service_id: int) -> CatalogFilterChoices:
        """Catalog Filter Choices - Service Panel

        Catalog Filter Choices for Service Panel, that allow filtering the catalog list"""
        return cast(
            "CatalogFilterChoices",
            await self._caller.call(
                _get_service_catalog_filter_choices.asyncio_detailed,
                operation="get_service_catalog_filter_choices",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/filter-choices/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )


class AsyncCommentsResource:
    """Comments"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self, object_type: ListCommentsObjectType | str, object_id: int) -> builtins.list[OpenObject]:
        """Get comments for an object"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_comments.asyncio_detailed,
                operation="list_comments",
                method="GET",
                path="/api/v2.0/comments/{object_type}/{object_id}/",
                expected=_STATUSES_2XX_4XX,
                object_type=object_type,
                object_id=object_id,
            ),
        )

    async def create(
        self, object_type: CreateCommentObjectType | str, object_id: int, *, body: CommentCreate
    ) -> Comment:
        """Create comment for an object"""
        return cast(
            "Comment",
            await self._caller.call(
                _create_comment.asyncio_detailed,
                operation="create_comment",
                method="POST",
                path="/api/v2.0/comments/{object_type}/{object_id}/",
                expected=_STATUSES_2XX_4XX,
                object_type=object_type,
                object_id=object_id,
                body=body,
            ),
        )


class AsyncDownloadResource:
    """For downloading 3D Files"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def file(
        self,
        container_name: DownloadFileContainerName | str,
        container_id: int,
        uuid: str,
        path_suffix: DownloadFilePathSuffix | str,
    ) -> File:
        """Download 3D File

        This is the endpoint that can be used to download 3D Files and get printability information. The URL includes a container, to check if the user has permission to view the file. It is not recommended to craft the URL from scratch. Instead either:

        - Use another endpoint (e.g. the downloadOptimizedUrl field in Get Basket Line) to fetch this URL from its response
        - Call the 3D Backend directly. For this jwtAuthorizationRequired needs to be deactivated in the server settings. For more information, please contact support."""
        return cast(
            "File",
            await self._caller.call(
                _download_file.asyncio_detailed,
                operation="download_file",
                method="GET",
                path="/api/v2.0/files/{container_name}/{container_id}/{uuid}/{path_suffix}/",
                expected=_STATUSES_2XX_4XX,
                container_name=container_name,
                container_id=container_id,
                uuid=uuid,
                path_suffix=path_suffix,
            ),
        )


class AsyncJobsResource:
    """Jobs"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        user_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        job_status_name: builtins.list[ListJobsJobStatusNameItem] | Unset = UNSET,
        assignee_id: builtins.list[int] | Unset = UNSET,
        internal_lot_number: builtins.list[str] | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """Job list

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_jobs.asyncio_detailed,
                operation="list_jobs",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                ordering=ordering,
                search=search,
                page_size=page_size,
                date_gte=date_gte,
                date_lte=date_lte,
                material_id=material_id,
                user_id=user_id,
                workstation_id=workstation_id,
                job_status_name=job_status_name,
                assignee_id=assignee_id,
                internal_lot_number=internal_lot_number,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create(self, service_id: int, *, body: JobCreate) -> Job:
        """Job create"""
        return cast(
            "Job",
            await self._caller.call(
                _create_job.asyncio_detailed,
                operation="create_job",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def get(self, service_id: int, job_id: int) -> Job:
        """Job Detail Get"""
        return cast(
            "Job",
            await self._caller.call(
                _get_job.asyncio_detailed,
                operation="get_job",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    async def delete(self, service_id: int, job_id: int) -> None:
        """Job Detail Delete"""
        return cast(
            "None",
            await self._caller.call(
                _delete_job.asyncio_detailed,
                operation="delete_job",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    async def update(self, service_id: int, job_id: int, *, body: JobUpdate) -> Job:
        """Job Detail Patch"""
        return cast(
            "Job",
            await self._caller.call(
                _update_job.asyncio_detailed,
                operation="update_job",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    async def recreate(self, service_id: int, job_id: int, *, body: JobRecreate) -> JobRecreation:
        """Job Recreate

        Create a copy of a scrapped job and modify it's status to "recreated\""""
        return cast(
            "JobRecreation",
            await self._caller.call(
                _recreate_job.asyncio_detailed,
                operation="recreate_job",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/recreate/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    async def import_csv(self, service_id: int, *, body: JobCsvImportUpload) -> JobCsvImport:
        """Import CSV file for job creation"""
        return cast(
            "JobCsvImport",
            await self._caller.call(
                _import_jobs_csv.asyncio_detailed,
                operation="import_jobs_csv",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/import-csv/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def create_attachment(self, service_id: int, job_id: int, *, body: JobAttachmentUpload) -> JobAttachment:
        """Create Job Attachment"""
        return cast(
            "JobAttachment",
            await self._caller.call(
                _create_job_attachment.asyncio_detailed,
                operation="create_job_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    async def delete_attachment(self, service_id: int, job_id: int, job_attachment_id: int) -> None:
        """JobAttachment delete"""
        return cast(
            "None",
            await self._caller.call(
                _delete_job_attachment.asyncio_detailed,
                operation="delete_job_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/{job_attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                job_attachment_id=job_attachment_id,
            ),
        )

    async def delete_build_file_attachment(self, service_id: int, job_id: int) -> None:
        """JobBuildFileAttachment delete"""
        return cast(
            "None",
            await self._caller.call(
                _delete_job_build_file_attachment.asyncio_detailed,
                operation="delete_job_build_file_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/build-file-attachment/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    async def export_csv(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        user_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        job_status_name: builtins.list[ExportJobsCsvJobStatusNameItem] | Unset = UNSET,
        assignee_id: builtins.list[int] | Unset = UNSET,
        internal_lot_number: builtins.list[str] | Unset = UNSET,
    ) -> str:
        """Export Jobs to CSV

        Export a csv containing jobs information."""
        return cast(
            "str",
            await self._caller.call(
                _export_jobs_csv.asyncio_detailed,
                operation="export_jobs_csv",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/export-csv/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                ordering=ordering,
                search=search,
                date_gte=date_gte,
                date_lte=date_lte,
                material_id=material_id,
                user_id=user_id,
                workstation_id=workstation_id,
                job_status_name=job_status_name,
                assignee_id=assignee_id,
                internal_lot_number=internal_lot_number,
            ),
        )

    def list_sequences(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        status_name: builtins.list[str] | Unset = UNSET,
        processing_title: builtins.list[str] | Unset = UNSET,
        exclude_sequence_id: int | Unset = UNSET,
        exclude_job_id: int | Unset = UNSET,
        in_workstation_step: bool | Unset = UNSET,
        part_id: int | Unset = UNSET,
        from_time: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """Job Sequence List

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_job_sequences.asyncio_detailed,
                operation="list_job_sequences",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/sequences/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "exclude_sequence_id": {"minimum": 1},
                    "exclude_job_id": {"minimum": 1},
                    "part_id": {"minimum": 1},
                    "from_time": {"minLength": 1},
                    "duration": {"minimum": 0},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                },
                service_id=service_id,
                ordering=ordering,
                material_id=material_id,
                technology_id=technology_id,
                workstation_id=workstation_id,
                date_gte=date_gte,
                date_lte=date_lte,
                status_name=status_name,
                processing_title=processing_title,
                exclude_sequence_id=exclude_sequence_id,
                exclude_job_id=exclude_job_id,
                in_workstation_step=in_workstation_step,
                part_id=part_id,
                from_time=from_time,
                duration=duration,
                page_size=page_size,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def scrap_sequences(self, service_id: int, job_id: int, *, body: JobScrapSequences) -> None:
        """Scrap sequences or an amount of a sequences from a job"""
        return cast(
            "None",
            await self._caller.call(
                _scrap_job_sequences.asyncio_detailed,
                operation="scrap_job_sequences",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/sequences/scrap/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )


class AsyncMachineConnectivityResource:
    """MachineConnectivity"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_workstation_machine(self, service_id: int, workstation_id: int) -> WorkstationMachine:
        """Get associated machine for specific workstation"""
        return cast(
            "WorkstationMachine",
            await self._caller.call(
                _get_workstation_machine.asyncio_detailed,
                operation="get_workstation_machine",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    async def list_machines(self, service_id: int) -> builtins.list[OpenObject]:
        """Available Machines"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_machines.asyncio_detailed,
                operation="list_machines",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def get(self, service_id: int, machine_id: int) -> Machine:
        """Machine details"""
        return cast(
            "Machine",
            await self._caller.call(
                _get_machine.asyncio_detailed,
                operation="get_machine",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                machine_id=machine_id,
            ),
        )

    async def list_unread_events(self, service_id: int, machine_id: int) -> builtins.list[OpenObject]:
        """Get unread machine events"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_unread_machine_events.asyncio_detailed,
                operation="list_unread_machine_events",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/unread-events/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                machine_id=machine_id,
            ),
        )


class AsyncMaterialLotsResource:
    """MaterialLots"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        material_form: builtins.list[str] | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """MaterialLots List

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_material_lots.asyncio_detailed,
                operation="list_material_lots",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                material_form=material_form,
                material_id=material_id,
                technology_id=technology_id,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def get(self, service_id: int, material_lot_id: int) -> MaterialLot:
        """Material Lot detail"""
        return cast(
            "MaterialLot",
            await self._caller.call(
                _get_material_lot.asyncio_detailed,
                operation="get_material_lot",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
            ),
        )

    async def create_attachment(
        self, service_id: int, material_lot_id: int, *, body: FileAttachmentUpload
    ) -> MaterialLotAttachment:
        """Create MaterialLotAttachment"""
        return cast(
            "MaterialLotAttachment",
            await self._caller.call(
                _create_material_lot_attachment.asyncio_detailed,
                operation="create_material_lot_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
                body=body,
            ),
        )

    async def get_attachment(
        self, service_id: int, material_lot_id: int, material_lot_attachment_id: int
    ) -> MaterialLotAttachment:
        """MaterialLotAttachment Detail"""
        return cast(
            "MaterialLotAttachment",
            await self._caller.call(
                _get_material_lot_attachment.asyncio_detailed,
                operation="get_material_lot_attachment",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/{material_lot_attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
                material_lot_attachment_id=material_lot_attachment_id,
            ),
        )


class AsyncMaterialsResource:
    """Materials"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_offers(self, service_id: int, *, technology_id: int | Unset = UNSET) -> builtins.list[OpenObject]:
        """List Material-Offers"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_material_offers.asyncio_detailed,
                operation="list_material_offers",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                technology_id=technology_id,
            ),
        )

    async def create_offer(self, service_id: int, *, body: MaterialOfferCreate) -> CreatedMaterialOffer:
        """Create a Material-Offer"""
        return cast(
            "CreatedMaterialOffer",
            await self._caller.call(
                _create_material_offer.asyncio_detailed,
                operation="create_material_offer",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def list_offer_post_processings(self, service_id: int, offer_id: int) -> builtins.list[OpenObject]:
        """List Post-Processings for a Material-Offer"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_material_offer_post_processings.asyncio_detailed,
                operation="list_material_offer_post_processings",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                offer_id=offer_id,
            ),
        )

    async def create_offer_post_processing(
        self, service_id: int, offer_id: int, *, body: PostProcessingCreate
    ) -> PostProcessing:
        """Create a Post-Processing for a Material-Offer"""
        return cast(
            "PostProcessing",
            await self._caller.call(
                _create_material_offer_post_processing.asyncio_detailed,
                operation="create_material_offer_post_processing",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                offer_id=offer_id,
                body=body,
            ),
        )


class AsyncMesWorkflowResource:
    """MesWorkflow"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_templates(self, service_id: int) -> builtins.list[OpenObject]:
        """Workflow Template List"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_workflow_templates.asyncio_detailed,
                operation="list_workflow_templates",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def get_template(self, service_id: int, workflow_template_id: int) -> Workflow:
        """Workflow Template details"""
        return cast(
            "Workflow",
            await self._caller.call(
                _get_workflow_template.asyncio_detailed,
                operation="get_workflow_template",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
            ),
        )

    async def create_template_status(
        self, service_id: int, workflow_template_id: int, *, body: WorkflowStatusCreate
    ) -> Workflow:
        """Create Workflow Template Status"""
        return cast(
            "Workflow",
            await self._caller.call(
                _create_workflow_template_status.asyncio_detailed,
                operation="create_workflow_template_status",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
                body=body,
            ),
        )

    async def update_template_status(
        self,
        service_id: int,
        workflow_template_id: int,
        workflow_template_status_id: int,
        *,
        body: WorkflowStatusUpdate,
    ) -> Workflow:
        """Workflow Template Status update"""
        return cast(
            "Workflow",
            await self._caller.call(
                _update_workflow_template_status.asyncio_detailed,
                operation="update_workflow_template_status",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/{workflow_template_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
                workflow_template_status_id=workflow_template_status_id,
                body=body,
            ),
        )

    async def list_step_templates(self, service_id: int) -> builtins.list[OpenObject]:
        """Workflow Step Template List"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_workflow_step_templates.asyncio_detailed,
                operation="list_workflow_step_templates",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-steps/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def get_step(self, service_id: int, workflow_step_id: int) -> WorkflowStep:
        """Workflow Step details"""
        return cast(
            "WorkflowStep",
            await self._caller.call(
                _get_workflow_step.asyncio_detailed,
                operation="get_workflow_step",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-steps/{workflow_step_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_step_id=workflow_step_id,
            ),
        )


class AsyncOrdersResource:
    """To place an order you need to create a basket first (see above)."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service_id: int | Unset = UNSET,
        created_at_lte: str | Unset = UNSET,
        created_at_gte: str | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """List Orders

        Returns a list of orders, by default sorted by reverse creation date.

        The default page size is 25. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_orders.asyncio_detailed,
                operation="list_orders",
                method="GET",
                path="/api/v2.0/user-panel/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "service_id": {"minimum": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                page_size=page_size,
                ordering=ordering,
                search=search,
                service_id=service_id,
                created_at_lte=created_at_lte,
                created_at_gte=created_at_gte,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create(self, *, body: CreateOrderRequest) -> CreatedObject:
        """Create Order

        This endpoint allows you to create an order either from a basket or from a quote."""
        return cast(
            "CreatedObject",
            await self._caller.call(
                _create_order.asyncio_detailed,
                operation="create_order",
                method="POST",
                path="/api/v2.0/user-panel/orders/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get(self, order_id: int) -> Order:
        """Get Order

        Get an order using its id."""
        return cast(
            "Order",
            await self._caller.call(
                _get_order.asyncio_detailed,
                operation="get_order",
                method="GET",
                path="/api/v2.0/user-panel/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"order_id": {"minimum": 1}},
                order_id=order_id,
            ),
        )

    async def get_line(self, order_id: int, line_id: int) -> OpenObject:
        """Get Order Line

        One line of an order. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "OpenObject",
            await self._caller.call(
                _get_order_line.asyncio_detailed,
                operation="get_order_line",
                method="GET",
                path="/api/v2.0/user-panel/orders/{order_id}/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"order_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                order_id=order_id,
                line_id=line_id,
            ),
        )


class AsyncOrganizationUsersResource:
    """The Organization Users endpoints are for creating and updating User information. In order to use those endpoints, the user with the ApiToken needs to have the "Organization Admin" Role."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(
        self, *, page_size: int | Unset = UNSET, search: str | Unset = UNSET, ordering: str | Unset = UNSET
    ) -> AsyncPager[OpenObject]:
        """List Users

        Returns a list of organization users.

        The default page size is 10. Page 1 is rendered if no page number is provided.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_organization_users.asyncio_detailed,
                operation="list_organization_users",
                method="GET",
                path="/api/v2.0/organization-panel/users/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                },
                page_size=page_size,
                search=search,
                ordering=ordering,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create(self, *, body: OrganizationUserCreate) -> OrganizationUserCreated:
        """Create User

        Creates and returns an organization user."""
        return cast(
            "OrganizationUserCreated",
            await self._caller.call(
                _create_organization_user.asyncio_detailed,
                operation="create_organization_user",
                method="POST",
                path="/api/v2.0/organization-panel/users/create/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get(self, user_id: int) -> UserProfile:
        """Get User

        Returns an organization user - this includes his default address and some info from his user profile, plus a count of addresses. Displayed to org admins in the org panel user mgmt section."""
        return cast(
            "UserProfile",
            await self._caller.call(
                _get_organization_user.asyncio_detailed,
                operation="get_organization_user",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    async def delete(self, user_id: int) -> UserProfile:
        """Delete User"""
        return cast(
            "UserProfile",
            await self._caller.call(
                _delete_organization_user.asyncio_detailed,
                operation="delete_organization_user",
                method="DELETE",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    async def update(self, user_id: int, *, body: OrganizationUserUpdate) -> UserProfile:
        """Update User"""
        return cast(
            "UserProfile",
            await self._caller.call(
                _update_organization_user.asyncio_detailed,
                operation="update_organization_user",
                method="PATCH",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )

    async def get_address(self, user_id: int, address_id: int) -> Address:
        """Get Address"""
        return cast(
            "Address",
            await self._caller.call(
                _get_organization_user_address.asyncio_detailed,
                operation="get_organization_user_address",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
            ),
        )

    async def update_address(self, user_id: int, address_id: int, *, body: AddressUpdate) -> Address:
        """Update Address"""
        return cast(
            "Address",
            await self._caller.call(
                _update_organization_user_address.asyncio_detailed,
                operation="update_organization_user_address",
                method="PATCH",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
                body=body,
            ),
        )

    async def list_addresses(self, user_id: int) -> builtins.list[OpenObject]:
        """List Addresses"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_organization_user_addresses.asyncio_detailed,
                operation="list_organization_user_addresses",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    async def create_address(self, user_id: int, *, body: AddressWrite) -> Address:
        """Create Address"""
        return cast(
            "Address",
            await self._caller.call(
                _create_organization_user_address.asyncio_detailed,
                operation="create_organization_user_address",
                method="POST",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )

    async def get_preferences(self, user_id: int) -> Preferences:
        """Get Users Preferences

        Get preferences for the specified user."""
        return cast(
            "Preferences",
            await self._caller.call(
                _get_organization_user_preferences.asyncio_detailed,
                operation="get_organization_user_preferences",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/preferences/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    async def update_preferences(self, user_id: int, *, body: PreferencesReplace) -> Preferences:
        """Update Users Preferences"""
        return cast(
            "Preferences",
            await self._caller.call(
                _update_organization_user_preferences.asyncio_detailed,
                operation="update_organization_user_preferences",
                method="PUT",
                path="/api/v2.0/organization-panel/users/{user_id}/preferences/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )


class AsyncPartSequencesResource:
    """PartSequences"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def bulk_update(self, service_id: int, *, body: SequenceBulkUpdate) -> None:
        """Sequence bulk update

        Perform a specified operation on a set of sequences. The sequences to update are identified by their id. The update is performed in a single transaction, so either all sequences are updated or none."""
        return cast(
            "None",
            await self._caller.call(
                _bulk_update_sequences.asyncio_detailed,
                operation="bulk_update_sequences",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/sequences/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def scrap(self, service_id: int, part_id: int, *, body: ScrapSequences) -> None:
        """Scrap part sequences or an amount of a sequence"""
        return cast(
            "None",
            await self._caller.call(
                _scrap_part_sequences.asyncio_detailed,
                operation="scrap_part_sequences",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/scrap/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    async def update_step(self, service_id: int, part_id: int, *, body: PartSequencesStepUpdate) -> None:
        """Update a part's sequences step"""
        return cast(
            "None",
            await self._caller.call(
                _update_part_sequences_step.asyncio_detailed,
                operation="update_part_sequences_step",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )


class AsyncPartWorkflowResource:
    """PartWorkflow"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def delete(self, service_id: int, part_id: int, workflow_id: int) -> None:
        """Delete part workflow"""
        return cast(
            "None",
            await self._caller.call(
                _delete_part_workflow.asyncio_detailed,
                operation="delete_part_workflow",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
            ),
        )

    async def update(self, service_id: int, part_id: int, workflow_id: int, *, body: WorkflowUpdate) -> Workflow:
        """Update part workflow"""
        return cast(
            "Workflow",
            await self._caller.call(
                _update_part_workflow.asyncio_detailed,
                operation="update_part_workflow",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                body=body,
            ),
        )

    async def create_status(
        self, service_id: int, part_id: int, workflow_id: int, *, body: WorkflowStatusCreate
    ) -> Workflow:
        """Create Workflow Status"""
        return cast(
            "Workflow",
            await self._caller.call(
                _create_part_workflow_status.asyncio_detailed,
                operation="create_part_workflow_status",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                body=body,
            ),
        )

    async def delete_status(self, service_id: int, part_id: int, workflow_id: int, workflow_status_id: int) -> None:
        """Workflow Status update

        The seed titles this operation "Workflow Status update" like the one before it, but it takes no body and answers none: it removes the status."""
        return cast(
            "None",
            await self._caller.call(
                _delete_part_workflow_status.asyncio_detailed,
                operation="delete_part_workflow_status",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                workflow_status_id=workflow_status_id,
            ),
        )

    async def update_status(
        self, service_id: int, part_id: int, workflow_id: int, workflow_status_id: int, *, body: WorkflowStatusUpdate
    ) -> Workflow:
        """Workflow Status update"""
        return cast(
            "Workflow",
            await self._caller.call(
                _update_part_workflow_status.asyncio_detailed,
                operation="update_part_workflow_status",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                workflow_status_id=workflow_status_id,
                body=body,
            ),
        )


class AsyncPartsResource:
    """Parts"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_mes_filter_options(
        self,
        service_id: int,
        *,
        fields: builtins.list[GetMesFilterOptionsFieldsItem],
        production_sheet_template_type: GetMesFilterOptionsProductionSheetTemplateType | str | Unset = UNSET,
    ) -> MesFilterOptions:
        """MES Service Filter Options"""
        return cast(
            "MesFilterOptions",
            await self._caller.call(
                _get_mes_filter_options.asyncio_detailed,
                operation="get_mes_filter_options",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/mes-filter-options/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "fields": {"minItems": 1},
                    "production_sheet_template_type": {"minLength": 1},
                },
                service_id=service_id,
                fields=fields,
                production_sheet_template_type=production_sheet_template_type,
            ),
        )

    def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        status_name: builtins.list[str] | Unset = UNSET,
        processing_title: builtins.list[str] | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        scheduled: ListPartsScheduled | str | Unset = UNSET,
        modified_date_gte: datetime.date | str | Unset = UNSET,
        modified_date_lte: datetime.date | str | Unset = UNSET,
        order_date_gte: datetime.date | str | Unset = UNSET,
        order_date_lte: datetime.date | str | Unset = UNSET,
        target_date_gte: datetime.date | str | Unset = UNSET,
        target_date_lte: datetime.date | str | Unset = UNSET,
        show_only_delayed: bool | Unset = UNSET,
        show_finished: bool | Unset = UNSET,
        sort_by_part_requirements: int | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """Part List

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_parts.asyncio_detailed,
                operation="list_parts",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "assignee_id": {"minimum": 1},
                    "scheduled": {"minLength": 1},
                    "modified_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "modified_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "order_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "order_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "target_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "target_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                material_id=material_id,
                technology_id=technology_id,
                status_name=status_name,
                processing_title=processing_title,
                assignee_id=assignee_id,
                scheduled=scheduled,
                modified_date_gte=modified_date_gte,
                modified_date_lte=modified_date_lte,
                order_date_gte=order_date_gte,
                order_date_lte=order_date_lte,
                target_date_gte=target_date_gte,
                target_date_lte=target_date_lte,
                show_only_delayed=show_only_delayed,
                show_finished=show_finished,
                sort_by_part_requirements=sort_by_part_requirements,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def get(self, service_id: int, part_id: int) -> Part:
        """Part Detail"""
        return cast(
            "Part",
            await self._caller.call(
                _get_part.asyncio_detailed,
                operation="get_part",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
            ),
        )

    async def update(self, service_id: int, part_id: int, *, body: PartUpdate) -> Part:
        """Part Detail

        The seed titles this operation "Part Detail" like the read before it; it takes the part's new values."""
        return cast(
            "Part",
            await self._caller.call(
                _update_part.asyncio_detailed,
                operation="update_part",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    async def bulk_download_files(self, service_id: int, *, object_ids: str) -> File:
        """Bulk download parts' files"""
        return cast(
            "File",
            await self._caller.call(
                _bulk_download_part_files.asyncio_detailed,
                operation="bulk_download_part_files",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/bulk-download/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "object_ids": {"minLength": 1}},
                service_id=service_id,
                object_ids=object_ids,
            ),
        )

    async def bulk_update(self, service_id: int, *, body: PartBulkUpdate) -> None:
        """Bulk update parts"""
        return cast(
            "None",
            await self._caller.call(
                _bulk_update_parts.asyncio_detailed,
                operation="bulk_update_parts",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def create_production_sheet(self, service_id: int, *, body: ProductionSheetCreate) -> ProductionSheet:
        """Create a production sheet

        Create a production sheet pdf for a part or a job"""
        return cast(
            "ProductionSheet",
            await self._caller.call(
                _create_production_sheet.asyncio_detailed,
                operation="create_production_sheet",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/production-sheets/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def view_production_sheet(self, service_id: int, filename: str) -> File:
        """View production sheet

        View previously created production sheet pdf"""
        return cast(
            "File",
            await self._caller.call(
                _view_production_sheet.asyncio_detailed,
                operation="view_production_sheet",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/production-sheets/{filename}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                filename=filename,
            ),
        )

    async def get_file_version(self, service_id: int, part_id: int, uuid: str) -> GetPartFileVersionResponse2XX:
        """Get File Version"""
        return cast(
            "GetPartFileVersionResponse2XX",
            await self._caller.call(
                _get_part_file_version.asyncio_detailed,
                operation="get_part_file_version",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                uuid=uuid,
            ),
        )

    async def remove_file_version(self, service_id: int, part_id: int, uuid: str) -> None:
        """Remove File Version To Part"""
        return cast(
            "None",
            await self._caller.call(
                _remove_part_file_version.asyncio_detailed,
                operation="remove_part_file_version",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                uuid=uuid,
            ),
        )

    async def create_attachment(self, service_id: int, part_id: int, *, body: PartAttachmentUpload) -> PartAttachment:
        """Create Part Attachment"""
        return cast(
            "PartAttachment",
            await self._caller.call(
                _create_part_attachment.asyncio_detailed,
                operation="create_part_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    async def delete_attachment(self, service_id: int, part_id: int, attachment_id: int) -> None:
        """Delete Part Attachment"""
        return cast(
            "None",
            await self._caller.call(
                _delete_part_attachment.asyncio_detailed,
                operation="delete_part_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                attachment_id=attachment_id,
            ),
        )


class AsyncPrintingServiceDetailsResource:
    """PrintingServiceDetails"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_services(self) -> builtins.list[OpenObject]:
        """List Services

        Returns a list of all printing services available at the organization."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_services.asyncio_detailed,
                operation="list_services",
                method="GET",
                path="/api/v2.0/user-panel/services/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_payment_methods(self, service_id: int) -> builtins.list[OpenObject]:
        """List Payment Methods

        Returns a list of all payment methods that are activated for the specified printing service."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_payment_methods.asyncio_detailed,
                operation="list_payment_methods",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/payment-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def list_pickup_locations(self, service_id: int) -> builtins.list[OpenObject]:
        """List Pickup Locations

        Returns a list of all pickup locations that are activated for the specified printing service."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_pickup_locations.asyncio_detailed,
                operation="list_pickup_locations",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/pickup-locations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def list_shipping_methods(
        self,
        service_id: int,
        *,
        shipping_address_id: int | Unset = UNSET,
        shipping_quote_address_id: int | Unset = UNSET,
        contry: str | Unset = UNSET,
    ) -> builtins.list[OpenObject]:
        """List Shipping Methods

        Returns a list of all shipping methods that are activated for the specified printing service."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_shipping_methods.asyncio_detailed,
                operation="list_shipping_methods",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/shipping-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "contry": {"minLength": 1}},
                service_id=service_id,
                shipping_address_id=shipping_address_id,
                shipping_quote_address_id=shipping_quote_address_id,
                contry=contry,
            ),
        )

    async def list_internal_payment_methods(self, service_id: int) -> builtins.list[OpenObject]:
        """List of Payment Methods viable for internal ordering"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_internal_payment_methods.asyncio_detailed,
                operation="list_internal_payment_methods",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/payment-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )


class AsyncProjectsResource:
    """Projects"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(self, *, page_size: int | Unset = UNSET) -> AsyncPager[OpenObject]:
        """Get all service related projects

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_projects.asyncio_detailed,
                operation="list_projects",
                method="GET",
                path="/api/v2.0/service-panel/projects/",
                expected=_STATUSES_2XX_4XX,
                constraints={"page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5}},
                page_size=page_size,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def get(self, project_id: int) -> Project:
        """Get all service related projects

        The seed titles this operation like the list before it; it returns one project by its id."""
        return cast(
            "Project",
            await self._caller.call(
                _get_project.asyncio_detailed,
                operation="get_project",
                method="GET",
                path="/api/v2.0/service-panel/projects/{project_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"project_id": {"minimum": 1}},
                project_id=project_id,
            ),
        )


class AsyncQuoteResource:
    """Quote"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list_service_quotes(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: builtins.list[ListServiceQuotesStatusItem] | Unset = UNSET,
        created_at_gte: datetime.date | str | Unset = UNSET,
        created_at_lte: datetime.date | str | Unset = UNSET,
        product_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        is_rejected: bool | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """List Quotes

        Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_service_quotes.asyncio_detailed,
                operation="list_service_quotes",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                status=status,
                created_at_gte=created_at_gte,
                created_at_lte=created_at_lte,
                product_id=product_id,
                technology_id=technology_id,
                is_rejected=is_rejected,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create_from_request_for_quote(self, service_id: int, *, body: QuoteFromRequestForQuote) -> Quote:
        """Create a Quote based on a RequestForQuote"""
        return cast(
            "Quote",
            await self._caller.call(
                _create_quote_from_request_for_quote.asyncio_detailed,
                operation="create_quote_from_request_for_quote",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def list_attachments(self, service_id: int, quote_id: int) -> builtins.list[OpenObject]:
        """List Quote-Attachments"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_quote_attachments.asyncio_detailed,
                operation="list_quote_attachments",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
            ),
        )

    async def create_attachment(self, service_id: int, quote_id: int, *, body: FileAttachmentUpload) -> QuoteAttachment:
        """Create a Quote-Attachment"""
        return cast(
            "QuoteAttachment",
            await self._caller.call(
                _create_quote_attachment.asyncio_detailed,
                operation="create_quote_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
                body=body,
            ),
        )

    async def delete_attachment(self, service_id: int, quote_id: int, attachment_id: int) -> None:
        """Delete a Quote-Attachment"""
        return cast(
            "None",
            await self._caller.call(
                _delete_quote_attachment.asyncio_detailed,
                operation="delete_quote_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
                attachment_id=attachment_id,
            ),
        )

    async def create_from_basket(self, service_id: int, *, body: QuoteFromBasket) -> CreatedObject:
        """Create a Quote based on a Basket"""
        return cast(
            "CreatedObject",
            await self._caller.call(
                _create_quote_from_basket.asyncio_detailed,
                operation="create_quote_from_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def create_edited_from_basket(self, service_id: int, *, body: QuoteFromBasket) -> CreatedObject:
        """Create a Quote based on a Basket (edit mode)

        This endpoint assumes, that the basket was created based on a quote, and the quote that we are now creating is essentially an edited version of that quote. Therefore, the previous quote is being marked as "edited"."""
        return cast(
            "CreatedObject",
            await self._caller.call(
                _create_edited_quote_from_basket.asyncio_detailed,
                operation="create_edited_quote_from_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/edit/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def create_request_for_quote(self, *, body: RequestForQuoteCreate) -> OpenObject:
        """Create a Request for Quote

        Ask a printing service for a quote on a basket. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "OpenObject",
            await self._caller.call(
                _create_request_for_quote.asyncio_detailed,
                operation="create_request_for_quote",
                method="POST",
                path="/api/v2.0/user-panel/requests-for-quote/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def list(self) -> Any:
        """List Quotes

        The user's quotes. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            await self._caller.call(
                _list_quotes.asyncio_detailed,
                operation="list_quotes",
                method="GET",
                path="/api/v2.0/user-panel/quotes/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def get(self, quote_id: int) -> Quote:
        """Get Quote

        One of the user's quotes. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented. Modelled on the service panel's quote."""
        return cast(
            "Quote",
            await self._caller.call(
                _get_quote.asyncio_detailed,
                operation="get_quote",
                method="GET",
                path="/api/v2.0/user-panel/quotes/{quote_id}/",
                expected=_STATUSES_2XX_4XX,
                quote_id=quote_id,
            ),
        )

    async def finalize(self, quote_id: int, *, body: QuoteFinalize) -> OpenObject:
        """Finalize Quote

        Order a quote: turns it into an order. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "OpenObject",
            await self._caller.call(
                _finalize_quote.asyncio_detailed,
                operation="finalize_quote",
                method="PUT",
                path="/api/v2.0/user-panel/quotes/{quote_id}/finalize/",
                expected=_STATUSES_2XX_4XX,
                quote_id=quote_id,
                body=body,
            ),
        )


class AsyncReferenceDataResource:
    """Lookup lists the vendor's own Python client reads. Not a section of the seed: these operations are known from the vendor's code only (see PROVENANCE.md)."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_colors(self) -> Any:
        """List colors

        The colors known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            await self._caller.call(
                _list_colors.asyncio_detailed,
                operation="list_colors",
                method="GET",
                path="/api/v2.0/colors/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_units(self) -> Any:
        """List units

        The units known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            await self._caller.call(
                _list_units.asyncio_detailed,
                operation="list_units",
                method="GET",
                path="/api/v2.0/units/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_countries(self) -> Any:
        """List countries

        The countries known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            await self._caller.call(
                _list_countries.asyncio_detailed,
                operation="list_countries",
                method="GET",
                path="/api/v2.0/countries/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_currencies(self) -> Any:
        """List currencies

        The currencies known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            await self._caller.call(
                _list_currencies.asyncio_detailed,
                operation="list_currencies",
                method="GET",
                path="/api/v2.0/currencies/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_materials(self) -> Any:
        """List materials

        The materials known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            await self._caller.call(
                _list_materials.asyncio_detailed,
                operation="list_materials",
                method="GET",
                path="/api/v2.0/materials/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_forms(self) -> Any:
        """List material forms

        The material forms known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            await self._caller.call(
                _list_forms.asyncio_detailed,
                operation="list_forms",
                method="GET",
                path="/api/v2.0/forms/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_tax_types(self) -> Any:
        """List tax types

        The tax types known to the instance. Not in the seed: known from the vendor's own Python client (push-to-3yourmind), which calls it; its response is not documented."""
        return cast(
            "Any",
            await self._caller.call(
                _list_tax_types.asyncio_detailed,
                operation="list_tax_types",
                method="GET",
                path="/api/v2.0/tax-types/",
                expected=_STATUSES_2XX_4XX,
            ),
        )


class AsyncServiceOrdersResource:
    """To access the endpoints in the Service Panel section, the user that is assigned to your API token must have access to the Service Panel."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: builtins.list[int] | Unset = UNSET,
        payment_method_id: builtins.list[int] | Unset = UNSET,
        shipping_method_id: builtins.list[int] | Unset = UNSET,
        created_at_gte: datetime.date | str | Unset = UNSET,
        created_at_lte: datetime.date | str | Unset = UNSET,
        product_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        is_rejected: bool | Unset = UNSET,
        id: builtins.list[int] | Unset = UNSET,
    ) -> AsyncPager[OpenObject]:
        """List Orders

        Returns a list of Orders.

                Iterate the result for every item across pages; `.pages()` yields whole pages."""

        async def fetch(page: Mapping[str, Any]) -> Any:
            return await self._caller.call(
                _list_service_orders.asyncio_detailed,
                operation="list_service_orders",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                status=status,
                payment_method_id=payment_method_id,
                shipping_method_id=shipping_method_id,
                created_at_gte=created_at_gte,
                created_at_lte=created_at_lte,
                product_id=product_id,
                technology_id=technology_id,
                is_rejected=is_rejected,
                id=id,
                page=page.get("page", UNSET),
            )

        return AsyncPager(
            fetch,
            PageStyle.from_extension(
                {
                    "style": "page-number",
                    "page_param": "page",
                    "size_param": "pageSize",
                    "items": "results",
                    "total_pages": "totalPages",
                    "first_page": 1,
                }
            ),
        )

    async def create_internal(self, service_id: int, *, body: InternalOrderRequest) -> CreatedObject:
        """Create Internal Order

        This endpoint allows you to create an internal order"""
        return cast(
            "CreatedObject",
            await self._caller.call(
                _create_internal_order.asyncio_detailed,
                operation="create_internal_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def get(self, service_id: int, order_id: int) -> ServiceOrder:
        """Get Order

        Returns an Order object."""
        return cast(
            "ServiceOrder",
            await self._caller.call(
                _get_service_order.asyncio_detailed,
                operation="get_service_order",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    async def update(self, service_id: int, order_id: int, *, body: ServiceOrderUpdate) -> ServiceOrder:
        """Update Order properties

        Updates title of an order."""
        return cast(
            "ServiceOrder",
            await self._caller.call(
                _update_service_order.asyncio_detailed,
                operation="update_service_order",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )

    async def edit(self, service_id: int, *, body: InternalOrderRequest) -> CreatedObject:
        """Edit Order

        This endpoint allows you to save edited order"""
        return cast(
            "CreatedObject",
            await self._caller.call(
                _edit_service_order.asyncio_detailed,
                operation="edit_service_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/edit/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def update_status(self, service_id: int, order_id: int, *, body: OrderStatusUpdate) -> ServiceOrder:
        """Update Order Status

        Changes the Status of an order"""
        return cast(
            "ServiceOrder",
            await self._caller.call(
                _update_service_order_status.asyncio_detailed,
                operation="update_service_order_status",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )

    async def list_available_statuses(self, service_id: int, order_id: int) -> builtins.list[OpenObject]:
        """Get available Order Statuses

        Returns a list statuses into which the order can progress to."""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_available_order_statuses.asyncio_detailed,
                operation="list_available_order_statuses",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/available-statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    async def get_tracking(self, service_id: int, order_id: int) -> OrderTracking:
        """getOrderTrackingServicePanel

        Returns tracking informtion of an Order object."""
        return cast(
            "OrderTracking",
            await self._caller.call(
                _get_order_tracking_service_panel.asyncio_detailed,
                operation="get_order_tracking_service_panel",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    async def update_tracking(self, service_id: int, order_id: int, *, body: OrderTrackingUpdate) -> ServiceOrder:
        """updateOrderTrackingServicePanel

        Updates tracking informtion of an Order object."""
        return cast(
            "ServiceOrder",
            await self._caller.call(
                _update_order_tracking_service_panel.asyncio_detailed,
                operation="update_order_tracking_service_panel",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )


class AsyncServicePartnersResource:
    """ServicePartners"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_available_services(self) -> builtins.list[OpenObject]:
        """List Available Services"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_available_services.asyncio_detailed,
                operation="list_available_services",
                method="GET",
                path="/api/v2.0/service-panel/services/",
                expected=_STATUSES_2XX_4XX,
            ),
        )


class AsyncFilesResource:
    """Detailed information about uploaded 3D files. These endpoints are only available after activation."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_optimization_status(self, uuid: str) -> FileOptimizationStatus:
        """Get File Optimization Status

        Repeatedly request this endpoint in one or more second intervals until the file status becomes finished or failed. Only once the status has reached finished can other sub-endpoints be called."""
        return cast(
            "FileOptimizationStatus",
            await self._caller.call(
                _get_file_optimization_status.asyncio_detailed,
                operation="get_file_optimization_status",
                method="GET",
                path="/api/v2.0/files/status/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
            ),
        )

    async def get_parameter(self, uuid: str) -> FileParameter:
        """Get Paramater

        Parameter of the 3D file"""
        return cast(
            "FileParameter",
            await self._caller.call(
                _get_file_parameter.asyncio_detailed,
                operation="get_file_parameter",
                method="GET",
                path="/api/v2.0/files/parameter/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
            ),
        )

    async def get_printability(
        self,
        uuid: str,
        *,
        material_minimum_wall_thickness: float | Unset = UNSET,
        build_chamber_height: float | Unset = UNSET,
        build_chamber_width: float | Unset = UNSET,
        build_chamber_depth: float | Unset = UNSET,
    ) -> FilePrintability:
        """Get Printability

        Printability details of the 3D file"""
        return cast(
            "FilePrintability",
            await self._caller.call(
                _get_file_printability.asyncio_detailed,
                operation="get_file_printability",
                method="GET",
                path="/api/v2.0/files/printability/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
                material_minimum_wall_thickness=material_minimum_wall_thickness,
                build_chamber_height=build_chamber_height,
                build_chamber_width=build_chamber_width,
                build_chamber_depth=build_chamber_depth,
            ),
        )


class AsyncUploadResource:
    """For uploading 3D Files"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def file(
        self, *, body: FileUploadRequest, basket_id: int | Unset = UNSET, line_id: int | Unset = UNSET
    ) -> UploadedFile:
        """Upload 3D File

        Files can be uploaded in 3 different ways into the platform:

        1. Upload and Redirect the User

        This option should be used if you want the user to see our frontend.

        Upload 3D File without specifying a basket_id and line_id and redirect the user to the url returned in the response. The user will see the uploaded file in a basket in our frontend.

        2. Upload Into a Basket

        This option should be used if you want to handle the basket creation and ordering programmatically, without redirecting the user to the platform.

          1. Create a basket, save the basket_id
          2. Create a line, save the line_id
          3. Upload the file

        Fist create a basket and a basket line and save the IDs. Then use this endpoint with the query parameters basket_id and line_id, to upload the 3D File into the basket you created before.

        After that, you may want to interact with the basket/line to fetch and set the right materials.

        3. Upload for AMPI/PLM part creation

        This option should be used if you want to create AMPI part. Provide just file and unit parameter. Response will return an object with the url parameter that has a token query parameter in itself. Use this token value for AMPI part creation as stlFileToken parameter."""
        return cast(
            "UploadedFile",
            await self._caller.call(
                _upload_file.asyncio_detailed,
                operation="upload_file",
                method="POST",
                path="/api/v2.0/files/",
                expected=_STATUSES_2XX_4XX,
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )


class AsyncUserProfileResource:
    """UserProfile"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self) -> UserProfile:
        """Get a User Profile Object

        Returns a user profile object."""
        return cast(
            "UserProfile",
            await self._caller.call(
                _get_user_profile.asyncio_detailed,
                operation="get_user_profile",
                method="GET",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def update(self, *, body: UserProfileUpdate) -> UserProfile:
        """Update a user's profile

        Returns a user profile object."""
        return cast(
            "UserProfile",
            await self._caller.call(
                _update_user_profile.asyncio_detailed,
                operation="update_user_profile",
                method="PUT",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def patch(self, *, body: UserProfileUpdate) -> UserProfile:
        """Update a user's profile

        Returns a user profile object."""
        return cast(
            "UserProfile",
            await self._caller.call(
                _patch_user_profile.asyncio_detailed,
                operation="patch_user_profile",
                method="PATCH",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def list_addresses(self) -> builtins.list[OpenObject]:
        """List Addresses"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_addresses.asyncio_detailed,
                operation="list_addresses",
                method="GET",
                path="/api/v2.0/my-profile/addresses/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def create_address(self, *, body: AddressWrite) -> Address:
        """Create Address"""
        return cast(
            "Address",
            await self._caller.call(
                _create_address.asyncio_detailed,
                operation="create_address",
                method="POST",
                path="/api/v2.0/my-profile/addresses/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_address(self, address_id: int) -> Address:
        """Get Address"""
        return cast(
            "Address",
            await self._caller.call(
                _get_address.asyncio_detailed,
                operation="get_address",
                method="GET",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
            ),
        )

    async def update_address(self, address_id: int, *, body: AddressWrite) -> Address:
        """Update Address"""
        return cast(
            "Address",
            await self._caller.call(
                _update_address.asyncio_detailed,
                operation="update_address",
                method="PUT",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
                body=body,
            ),
        )

    async def delete_address(self, address_id: int) -> None:
        """Delete Address"""
        return cast(
            "None",
            await self._caller.call(
                _delete_address.asyncio_detailed,
                operation="delete_address",
                method="DELETE",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
            ),
        )

    async def patch_address(self, address_id: int, *, body: AddressWrite) -> Address:
        """Patch Address"""
        return cast(
            "Address",
            await self._caller.call(
                _patch_address.asyncio_detailed,
                operation="patch_address",
                method="PATCH",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
                body=body,
            ),
        )

    async def get_preferences(self) -> Preferences:
        """Get User Preferences

        Get the current user preferences."""
        return cast(
            "Preferences",
            await self._caller.call(
                _get_user_preferences.asyncio_detailed,
                operation="get_user_preferences",
                method="GET",
                path="/api/v2.0/my-profile/preferences/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def update_preferences(self, *, body: PreferencesUpdate) -> Preferences:
        """Update User Preferences"""
        return cast(
            "Preferences",
            await self._caller.call(
                _update_user_preferences.asyncio_detailed,
                operation="update_user_preferences",
                method="PUT",
                path="/api/v2.0/my-profile/preferences/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )


class AsyncWorkstationsResource:
    """Workstations"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self, service_id: int, *, part_ids: int | Unset = UNSET) -> builtins.list[OpenObject]:
        """Workstations List"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_workstations.asyncio_detailed,
                operation="list_workstations",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "part_ids": {"minimum": 1}},
                service_id=service_id,
                part_ids=part_ids,
            ),
        )

    async def create(self, service_id: int, *, body: WorkstationCreate) -> Workstation:
        """Create workstation"""
        return cast(
            "Workstation",
            await self._caller.call(
                _create_workstation.asyncio_detailed,
                operation="create_workstation",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def list_events(self, service_id: int, *, from_time: str, to_time: str) -> builtins.list[OpenObject]:
        """Workstation events list"""
        return cast(
            "builtins.list[OpenObject]",
            await self._caller.call(
                _list_workstation_events.asyncio_detailed,
                operation="list_workstation_events",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/events/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "from_time": {"minLength": 1}, "to_time": {"minLength": 1}},
                service_id=service_id,
                from_time=from_time,
                to_time=to_time,
            ),
        )

    async def get(self, service_id: int, workstation_id: int) -> Workstation:
        """Workstation detail"""
        return cast(
            "Workstation",
            await self._caller.call(
                _get_workstation.asyncio_detailed,
                operation="get_workstation",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    async def delete(self, service_id: int, workstation_id: int) -> None:
        """Workstation delete"""
        return cast(
            "None",
            await self._caller.call(
                _delete_workstation.asyncio_detailed,
                operation="delete_workstation",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    async def update(self, service_id: int, workstation_id: int, *, body: WorkstationUpdate) -> Workstation:
        """Update workstation"""
        return cast(
            "Workstation",
            await self._caller.call(
                _update_workstation.asyncio_detailed,
                operation="update_workstation",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )

    async def swap_order(self, service_id: int, *, body: WorkstationOrderSwap) -> SwapWorkstationOrderResponse2XX:
        """Swap the order of two workstations based on IDs"""
        return cast(
            "SwapWorkstationOrderResponse2XX",
            await self._caller.call(
                _swap_workstation_order.asyncio_detailed,
                operation="swap_workstation_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/swap-order/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def get_next_free_time_slot(
        self,
        service_id: int,
        workstation_id: int,
        *,
        from_time: str,
        duration: int,
        exclude_job_id: int | Unset = UNSET,
        exclude_reserved_time_id: int | Unset = UNSET,
    ) -> WorkstationFreeTime:
        """Get workstation next free time slot"""
        return cast(
            "WorkstationFreeTime",
            await self._caller.call(
                _get_workstation_next_free_time_slot.asyncio_detailed,
                operation="get_workstation_next_free_time_slot",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/next-free-time-slot/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "from_time": {"minLength": 1},
                    "duration": {"minimum": 1},
                    "exclude_job_id": {"minimum": 1},
                    "exclude_reserved_time_id": {"minimum": 1},
                },
                service_id=service_id,
                workstation_id=workstation_id,
                from_time=from_time,
                duration=duration,
                exclude_job_id=exclude_job_id,
                exclude_reserved_time_id=exclude_reserved_time_id,
            ),
        )

    async def create_reserved_time(
        self, service_id: int, workstation_id: int, *, body: ReservedTimeCreate
    ) -> ReservedTime:
        """Create workstation reserved-time"""
        return cast(
            "ReservedTime",
            await self._caller.call(
                _create_workstation_reserved_time.asyncio_detailed,
                operation="create_workstation_reserved_time",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )

    async def get_reserved_time(self, service_id: int, workstation_id: int, reserved_time_id: int) -> ReservedTime:
        """Get workstation reserved-time"""
        return cast(
            "ReservedTime",
            await self._caller.call(
                _get_workstation_reserved_time.asyncio_detailed,
                operation="get_workstation_reserved_time",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
            ),
        )

    async def delete_reserved_time(self, service_id: int, workstation_id: int, reserved_time_id: int) -> None:
        """Delete workstation reserved-time"""
        return cast(
            "None",
            await self._caller.call(
                _delete_workstation_reserved_time.asyncio_detailed,
                operation="delete_workstation_reserved_time",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
            ),
        )

    async def update_reserved_time(
        self, service_id: int, workstation_id: int, reserved_time_id: int, *, body: ReservedTimeUpdate
    ) -> ReservedTime:
        """Update workstation reserved-time"""
        return cast(
            "ReservedTime",
            await self._caller.call(
                _update_workstation_reserved_time.asyncio_detailed,
                operation="update_workstation_reserved_time",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
                body=body,
            ),
        )

    async def update_machine(
        self, service_id: int, workstation_id: int, *, body: WorkstationMachineUpdate
    ) -> WorkstationMachine:
        """Update associated machine for specific workstation"""
        return cast(
            "WorkstationMachine",
            await self._caller.call(
                _update_workstation_machine.asyncio_detailed,
                operation="update_workstation_machine",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )


class AsyncRawAddressesResource:
    """Addresses"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def delete_organization_user_address(self, user_id: int, address_id: int) -> RawResponse[None]:
        """`delete_organization_user_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_organization_user_address.asyncio_detailed,
                operation="delete_organization_user_address",
                method="DELETE",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
            ),
        )

    async def list_service_user(self, service_id: int, user_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_service_user_addresses`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_service_user_addresses.asyncio_detailed,
                operation="list_service_user_addresses",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                user_id=user_id,
            ),
        )


class AsyncRawAmpiResource:
    """The AM Part Identifier (AMPI) can assess a part's suitability for 3d printing. With the endpoints listed here you can

    - get a list of all parts in AMPI including their category and properties
    - get part details of an individual part including associated assessment reports (aka scores)
    - create new parts in AMPI"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_parts(self) -> RawResponse[AmpiPage]:
        """`list_ampi_parts`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[AmpiPage]",
            await self._caller.call_with_response(
                _list_ampi_parts.asyncio_detailed,
                operation="list_ampi_parts",
                method="GET",
                path="/api/v2.0/ampi/parts/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def create_part(self, *, body: AmpiPartCreate) -> RawResponse[AmpiPart]:
        """`create_ampi_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiPart]",
            await self._caller.call_with_response(
                _create_ampi_part.asyncio_detailed,
                operation="create_ampi_part",
                method="POST",
                path="/api/v2.0/ampi/parts/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def bulk_update_parts(self, *, body: AmpiPartsBulkUpdate) -> RawResponse[builtins.list[OpenObject]]:
        """`bulk_update_ampi_parts`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _bulk_update_ampi_parts.asyncio_detailed,
                operation="bulk_update_ampi_parts",
                method="PATCH",
                path="/api/v2.0/ampi/parts/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def bulk_delete_parts(self, *, body: AmpiPartsBulkDelete) -> RawResponse[None]:
        """`bulk_delete_ampi_parts`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _bulk_delete_ampi_parts.asyncio_detailed,
                operation="bulk_delete_ampi_parts",
                method="POST",
                path="/api/v2.0/ampi/parts/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_part(self, short_id: str) -> RawResponse[AmpiPart]:
        """`get_ampi_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiPart]",
            await self._caller.call_with_response(
                _get_ampi_part.asyncio_detailed,
                operation="get_ampi_part",
                method="GET",
                path="/api/v2.0/ampi/parts/{short_id}/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
            ),
        )

    async def update_part(self, short_id: str, *, body: AmpiPartUpdate) -> RawResponse[AmpiPart]:
        """`update_ampi_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiPart]",
            await self._caller.call_with_response(
                _update_ampi_part.asyncio_detailed,
                operation="update_ampi_part",
                method="PUT",
                path="/api/v2.0/ampi/parts/{short_id}/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
                body=body,
            ),
        )

    async def download_part_files(self, short_id: str) -> RawResponse[File]:
        """`download_ampi_part_files`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            await self._caller.call_with_response(
                _download_ampi_part_files.asyncio_detailed,
                operation="download_ampi_part_files",
                method="GET",
                path="/api/v2.0/ampi/parts/{short_id}/download/",
                expected=_STATUSES_2XX_4XX,
                short_id=short_id,
            ),
        )

    async def list_file_attachments(self, *, id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_ampi_file_attachments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_ampi_file_attachments.asyncio_detailed,
                operation="list_ampi_file_attachments",
                method="GET",
                path="/api/v2.0/ampi/files/",
                expected=_STATUSES_2XX_4XX,
                id=id,
            ),
        )

    async def create_file_attachment(self, *, body: AmpiFileUpload) -> RawResponse[AmpiFileAttachment]:
        """`create_ampi_file_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiFileAttachment]",
            await self._caller.call_with_response(
                _create_ampi_file_attachment.asyncio_detailed,
                operation="create_ampi_file_attachment",
                method="POST",
                path="/api/v2.0/ampi/files/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_file_attachment(self, file_id: int) -> RawResponse[AmpiFileAttachment]:
        """`get_ampi_file_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiFileAttachment]",
            await self._caller.call_with_response(
                _get_ampi_file_attachment.asyncio_detailed,
                operation="get_ampi_file_attachment",
                method="GET",
                path="/api/v2.0/ampi/files/{file_id}/",
                expected=_STATUSES_2XX_4XX,
                file_id=file_id,
            ),
        )

    async def create_technical_drawing(self, *, body: AmpiFileUpload) -> RawResponse[AmpiTechnicalDrawing]:
        """`create_ampi_technical_drawing`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[AmpiTechnicalDrawing]",
            await self._caller.call_with_response(
                _create_ampi_technical_drawing.asyncio_detailed,
                operation="create_ampi_technical_drawing",
                method="POST",
                path="/api/v2.0/ampi/technical-drawings/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )


class AsyncRawBasketResource:
    """A basket contains multiple lines. Each line contains one 3D object and it's corresponding properties."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self, *, page_size: int | Unset = UNSET, ordering: str | Unset = UNSET) -> RawResponse[Page]:
        """`list_baskets`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_baskets.asyncio_detailed,
                operation="list_baskets",
                method="GET",
                path="/api/v2.0/user-panel/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                },
                page_size=page_size,
                ordering=ordering,
            ),
        )

    async def create(self) -> RawResponse[Basket]:
        """`create_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Basket]",
            await self._caller.call_with_response(
                _create_basket.asyncio_detailed,
                operation="create_basket",
                method="POST",
                path="/api/v2.0/user-panel/baskets/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def get(self, basket_id: int) -> RawResponse[Basket]:
        """`get_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Basket]",
            await self._caller.call_with_response(
                _get_basket.asyncio_detailed,
                operation="get_basket",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    async def delete(self, basket_id: int) -> RawResponse[None]:
        """`delete_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_basket.asyncio_detailed,
                operation="delete_basket",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    async def update(self, basket_id: int, *, body: BasketUpdate) -> RawResponse[Basket]:
        """`update_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Basket]",
            await self._caller.call_with_response(
                _update_basket.asyncio_detailed,
                operation="update_basket",
                method="PATCH",
                path="/api/v2.0/user-panel/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
                body=body,
            ),
        )

    async def list_lines(self, basket_id: int) -> RawResponse[builtins.list[BasketLine]]:
        """`list_basket_lines`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[BasketLine]]",
            await self._caller.call_with_response(
                _list_basket_lines.asyncio_detailed,
                operation="list_basket_lines",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
            ),
        )

    async def create_line(self, basket_id: int, *, body: BasketLineCreate) -> RawResponse[BasketLine]:
        """`create_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[BasketLine]",
            await self._caller.call_with_response(
                _create_basket_line.asyncio_detailed,
                operation="create_basket_line",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}},
                basket_id=basket_id,
                body=body,
            ),
        )

    async def get_line(self, basket_id: int, line_id: int) -> RawResponse[BasketLine]:
        """`get_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[BasketLine]",
            await self._caller.call_with_response(
                _get_basket_line.asyncio_detailed,
                operation="get_basket_line",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def delete_line(self, basket_id: int, line_id: int) -> RawResponse[None]:
        """`delete_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_basket_line.asyncio_detailed,
                operation="delete_basket_line",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def update_line(self, basket_id: int, line_id: int, *, body: BasketLineUpdate) -> RawResponse[BasketLine]:
        """`update_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[BasketLine]",
            await self._caller.call_with_response(
                _update_basket_line.asyncio_detailed,
                operation="update_basket_line",
                method="PATCH",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    async def get_line_file_status(self, basket_id: int, line_id: int) -> RawResponse[FileStatus]:
        """`get_basket_line_file_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileStatus]",
            await self._caller.call_with_response(
                _get_basket_line_file_status.asyncio_detailed,
                operation="get_basket_line_file_status",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/file-status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def list_line_materials(
        self,
        basket_id: int,
        line_id: int,
        *,
        country: str,
        technology_id: int | Unset = UNSET,
        service_label: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_basket_line_materials`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_basket_line_materials.asyncio_detailed,
                operation="list_basket_line_materials",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "country": {"minLength": 1, "maxLength": 2},
                },
                basket_id=basket_id,
                line_id=line_id,
                country=country,
                technology_id=technology_id,
                service_label=service_label,
            ),
        )

    async def get_material_properties(
        self, basket_id: int, line_id: int, material_id: int
    ) -> RawResponse[MaterialProperties]:
        """`get_material_properties`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MaterialProperties]",
            await self._caller.call_with_response(
                _get_material_properties.asyncio_detailed,
                operation="get_material_properties",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "material_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
            ),
        )

    async def list_offers(
        self,
        basket_id: int,
        line_id: int,
        material_id: int,
        *,
        country: str,
        technology_id: int | Unset = UNSET,
        service_label: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_offers`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_offers.asyncio_detailed,
                operation="list_offers",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "material_id": {"minimum": 1},
                    "country": {"minLength": 1, "maxLength": 2},
                },
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                country=country,
                technology_id=technology_id,
                service_label=service_label,
            ),
        )

    async def get_offer(self, basket_id: int, line_id: int, material_id: int, offer_id: int) -> RawResponse[Offer]:
        """`get_offer`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Offer]",
            await self._caller.call_with_response(
                _get_offer.asyncio_detailed,
                operation="get_offer",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "material_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                offer_id=offer_id,
            ),
        )

    async def get_offer_price(
        self,
        basket_id: int,
        line_id: int,
        material_id: int,
        offer_id: int,
        *,
        currency: str | Unset = UNSET,
        postprocessings: str | Unset = UNSET,
        post_processing_ids: builtins.list[int] | Unset = UNSET,
        quantity: int | Unset = UNSET,
    ) -> RawResponse[OfferPrice]:
        """`get_offer_price`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OfferPrice]",
            await self._caller.call_with_response(
                _get_offer_price.asyncio_detailed,
                operation="get_offer_price",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/price/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "line_id": {"minimum": 1},
                    "material_id": {"minimum": 1},
                    "currency": {"minimum": 1, "pattern": "^[A-Z]{3}$", "minLength": 1, "maxLength": 3},
                    "postprocessings": {"minLength": 1},
                    "quantity": {"minimum": 1},
                },
                basket_id=basket_id,
                line_id=line_id,
                material_id=material_id,
                offer_id=offer_id,
                currency=currency,
                postprocessings=postprocessings,
                post_processing_ids=post_processing_ids,
                quantity=quantity,
            ),
        )

    async def list_line_attachments(self, basket_id: int, line_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_line_attachments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_line_attachments.asyncio_detailed,
                operation="list_line_attachments",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def create_line_attachment(
        self, basket_id: int, line_id: int, *, body: FileAttachmentUpload
    ) -> RawResponse[LineAttachment]:
        """`create_line_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[LineAttachment]",
            await self._caller.call_with_response(
                _create_line_attachment.asyncio_detailed,
                operation="create_line_attachment",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    async def delete_line_attachment(self, basket_id: int, line_id: int, attachment_id: int) -> RawResponse[None]:
        """`delete_line_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_line_attachment.asyncio_detailed,
                operation="delete_line_attachment",
                method="DELETE",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                attachment_id=attachment_id,
            ),
        )

    async def trigger_price_resolution(
        self, basket_id: int, line_id: int, *, body: PriceResolutionRequest
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`trigger_price_resolution`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _trigger_price_resolution.asyncio_detailed,
                operation="trigger_price_resolution",
                method="POST",
                path="/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/price-resolution/",
                expected=_STATUSES_2XX_4XX,
                constraints={"basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    async def get_price(
        self,
        basket_id: int,
        *,
        currency: str,
        shipping_method_id: int | Unset = UNSET,
        shipping_address_id: int | Unset = UNSET,
        billing_address_id: int | Unset = UNSET,
        voucher_code: str | Unset = UNSET,
    ) -> RawResponse[BasketPrice]:
        """`get_basket_price`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[BasketPrice]",
            await self._caller.call_with_response(
                _get_basket_price.asyncio_detailed,
                operation="get_basket_price",
                method="GET",
                path="/api/v2.0/user-panel/baskets/{basket_id}/price/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "basket_id": {"minimum": 1},
                    "voucher_code": {"minLength": 1},
                    "currency": {"minLength": 1},
                },
                basket_id=basket_id,
                shipping_method_id=shipping_method_id,
                shipping_address_id=shipping_address_id,
                billing_address_id=billing_address_id,
                voucher_code=voucher_code,
                currency=currency,
            ),
        )

    async def list_service_baskets(self, service_id: int, *, page_size: int | Unset = UNSET) -> RawResponse[Page]:
        """`list_service_baskets`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_service_baskets.asyncio_detailed,
                operation="list_service_baskets",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                },
                service_id=service_id,
                page_size=page_size,
            ),
        )

    async def create_service_basket(self, service_id: int) -> RawResponse[Basket]:
        """`create_service_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Basket]",
            await self._caller.call_with_response(
                _create_service_basket.asyncio_detailed,
                operation="create_service_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def get_service_basket(self, service_id: int, basket_id: int) -> RawResponse[ServiceBasket]:
        """`get_service_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasket]",
            await self._caller.call_with_response(
                _get_service_basket.asyncio_detailed,
                operation="get_service_basket",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    async def delete_service_basket(self, service_id: int, basket_id: int) -> RawResponse[None]:
        """`delete_service_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_service_basket.asyncio_detailed,
                operation="delete_service_basket",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    async def update_service_basket(
        self, service_id: int, basket_id: int, *, body: ServiceBasketUpdate
    ) -> RawResponse[ServiceBasket]:
        """`update_service_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasket]",
            await self._caller.call_with_response(
                _update_service_basket.asyncio_detailed,
                operation="update_service_basket",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                body=body,
            ),
        )

    async def get_service_line_file_status(
        self, service_id: int, basket_id: int, line_id: int
    ) -> RawResponse[FileStatus]:
        """`get_service_basket_line_file_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileStatus]",
            await self._caller.call_with_response(
                _get_service_basket_line_file_status.asyncio_detailed,
                operation="get_service_basket_line_file_status",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/file-status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def create_from_order(self, service_id: int, sale_transaction_id: int) -> RawResponse[ServiceBasket]:
        """`create_basket_from_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasket]",
            await self._caller.call_with_response(
                _create_basket_from_order.asyncio_detailed,
                operation="create_basket_from_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{sale_transaction_id}/basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                sale_transaction_id=sale_transaction_id,
            ),
        )

    async def list_service_lines(self, service_id: int, basket_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_service_basket_lines`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_service_basket_lines.asyncio_detailed,
                operation="list_service_basket_lines",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
            ),
        )

    async def create_service_line(
        self, service_id: int, basket_id: int, *, body: BasketLineCreate
    ) -> RawResponse[ServiceBasketLine]:
        """`create_service_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasketLine]",
            await self._caller.call_with_response(
                _create_service_basket_line.asyncio_detailed,
                operation="create_service_basket_line",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                body=body,
            ),
        )

    async def get_service_line(self, service_id: int, basket_id: int, line_id: int) -> RawResponse[ServiceBasketLine]:
        """`get_service_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasketLine]",
            await self._caller.call_with_response(
                _get_service_basket_line.asyncio_detailed,
                operation="get_service_basket_line",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def delete_service_line(self, service_id: int, basket_id: int, line_id: int) -> RawResponse[None]:
        """`delete_service_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_service_basket_line.asyncio_detailed,
                operation="delete_service_basket_line",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
            ),
        )

    async def update_service_line(
        self, service_id: int, basket_id: int, line_id: int, *, body: ServiceBasketLineUpdate
    ) -> RawResponse[ServiceBasketLine]:
        """`update_service_basket_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasketLine]",
            await self._caller.call_with_response(
                _update_service_basket_line.asyncio_detailed,
                operation="update_service_basket_line",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "basket_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                service_id=service_id,
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )

    async def create_from_quote(self, service_id: int, quote_id: int) -> RawResponse[ServiceBasket]:
        """`create_basket_from_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceBasket]",
            await self._caller.call_with_response(
                _create_basket_from_quote.asyncio_detailed,
                operation="create_basket_from_quote",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
            ),
        )


class AsyncRawCatalogResource:
    """The Catalog is a Organization Wide Store of 3D Files. The endpoints listed here are for Querying the Catalog. To place an order from an catalog item, you'll first need to add that item to a basekte with the Create a basket line endpoint."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_items(
        self,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
        status: builtins.list[ListCatalogItemsStatusItem] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_catalog_items`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_catalog_items.asyncio_detailed,
                operation="list_catalog_items",
                method="GET",
                path="/api/v2.0/user-panel/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                status=status,
            ),
        )

    async def create_item(self, *, body: CatalogItemCreate) -> RawResponse[CatalogItem]:
        """`create_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItem]",
            await self._caller.call_with_response(
                _create_catalog_item.asyncio_detailed,
                operation="create_catalog_item",
                method="POST",
                path="/api/v2.0/user-panel/catalog/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def bulk_delete_items(self, *, body: CatalogItemIds) -> RawResponse[None]:
        """`bulk_delete_catalog_items`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _bulk_delete_catalog_items.asyncio_detailed,
                operation="bulk_delete_catalog_items",
                method="POST",
                path="/api/v2.0/user-panel/catalog/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_filter_choices(self) -> RawResponse[CatalogFilterChoices]:
        """`get_catalog_filter_choices`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogFilterChoices]",
            await self._caller.call_with_response(
                _get_catalog_filter_choices.asyncio_detailed,
                operation="get_catalog_filter_choices",
                method="GET",
                path="/api/v2.0/user-panel/catalog/filter-choices/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_item_labels(
        self, catalog_id: int, *, search: str | Unset = UNSET
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_catalog_item_labels`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_catalog_item_labels.asyncio_detailed,
                operation="list_catalog_item_labels",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}, "search": {"minLength": 1}},
                catalog_id=catalog_id,
                search=search,
            ),
        )

    async def add_item_label(self, catalog_id: int, *, body: LabelCreate) -> RawResponse[Label]:
        """`add_catalog_item_label`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Label]",
            await self._caller.call_with_response(
                _add_catalog_item_label.asyncio_detailed,
                operation="add_catalog_item_label",
                method="POST",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                body=body,
            ),
        )

    async def bulk_update_items(self, *, body: CatalogItemBulkUpdate) -> RawResponse[None]:
        """`bulk_update_catalog_items`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _bulk_update_catalog_items.asyncio_detailed,
                operation="bulk_update_catalog_items",
                method="PATCH",
                path="/api/v2.0/user-panel/catalog/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_item(self, catalog_id: int) -> RawResponse[CatalogItem]:
        """`get_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItem]",
            await self._caller.call_with_response(
                _get_catalog_item.asyncio_detailed,
                operation="get_catalog_item",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    async def delete_item(self, catalog_id: int) -> RawResponse[None]:
        """`delete_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_catalog_item.asyncio_detailed,
                operation="delete_catalog_item",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    async def update_item(
        self, catalog_id: int, *, body: CatalogItemUpdate, omit_response: bool | Unset = UNSET
    ) -> RawResponse[CatalogItem]:
        """`update_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItem]",
            await self._caller.call_with_response(
                _update_catalog_item.asyncio_detailed,
                operation="update_catalog_item",
                method="PATCH",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                omit_response=omit_response,
                body=body,
            ),
        )

    async def list_item_attachments(self, catalog_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_catalog_item_attachments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_catalog_item_attachments.asyncio_detailed,
                operation="list_catalog_item_attachments",
                method="GET",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
            ),
        )

    async def create_item_attachment(
        self, catalog_id: int, *, body: CatalogItemAttachmentUpload
    ) -> RawResponse[CatalogItemAttachment]:
        """`create_catalog_item_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItemAttachment]",
            await self._caller.call_with_response(
                _create_catalog_item_attachment.asyncio_detailed,
                operation="create_catalog_item_attachment",
                method="POST",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}},
                catalog_id=catalog_id,
                body=body,
            ),
        )

    async def delete_item_attachment(self, catalog_id: int, attachment_id: int) -> RawResponse[None]:
        """`delete_catalog_item_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_catalog_item_attachment.asyncio_detailed,
                operation="delete_catalog_item_attachment",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/{catalog_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"catalog_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                catalog_id=catalog_id,
                attachment_id=attachment_id,
            ),
        )

    async def list_csv_import_jobs(self) -> RawResponse[builtins.list[OpenObject]]:
        """`list_catalog_csv_import_jobs`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_catalog_csv_import_jobs.asyncio_detailed,
                operation="list_catalog_csv_import_jobs",
                method="GET",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def create_csv_import_job(self, *, body: CatalogCsvImportJobCreate) -> RawResponse[CatalogCsvImportJob]:
        """`create_catalog_csv_import_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogCsvImportJob]",
            await self._caller.call_with_response(
                _create_catalog_csv_import_job.asyncio_detailed,
                operation="create_catalog_csv_import_job",
                method="POST",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_csv_import_job(self, job_id: int) -> RawResponse[CatalogCsvImportJob]:
        """`get_catalog_csv_import_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogCsvImportJob]",
            await self._caller.call_with_response(
                _get_catalog_csv_import_job.asyncio_detailed,
                operation="get_catalog_csv_import_job",
                method="GET",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"job_id": {"minimum": 1}},
                job_id=job_id,
            ),
        )

    async def delete_csv_import_job(self, job_id: int) -> RawResponse[None]:
        """`delete_catalog_csv_import_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_catalog_csv_import_job.asyncio_detailed,
                operation="delete_catalog_csv_import_job",
                method="DELETE",
                path="/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"job_id": {"minimum": 1}},
                job_id=job_id,
            ),
        )

    async def list_service_item_summaries(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_service_catalog_item_summaries`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_service_catalog_item_summaries.asyncio_detailed,
                operation="list_service_catalog_item_summaries",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog-items/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
            ),
        )

    async def create_service_item_from_line(
        self, service_id: int, *, body: CatalogItemFromLine
    ) -> RawResponse[CatalogItemSummary]:
        """`create_service_catalog_item_from_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItemSummary]",
            await self._caller.call_with_response(
                _create_service_catalog_item_from_line.asyncio_detailed,
                operation="create_service_catalog_item_from_line",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog-items/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def list_service_items(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        customer_group: int | Unset = UNSET,
        label: str | Unset = UNSET,
        partner: int | Unset = UNSET,
        product: int | Unset = UNSET,
        post_processing: str | Unset = UNSET,
        status: builtins.list[ListServiceCatalogItemsStatusItem] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_service_catalog_items`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_service_catalog_items.asyncio_detailed,
                operation="list_service_catalog_items",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "label": {"minLength": 1},
                    "post_processing": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                customer_group=customer_group,
                label=label,
                partner=partner,
                product=product,
                post_processing=post_processing,
                status=status,
            ),
        )

    async def create_service_item(self, service_id: int, *, body: CatalogItemCreate) -> RawResponse[CatalogItem]:
        """`create_service_catalog_item`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogItem]",
            await self._caller.call_with_response(
                _create_service_catalog_item.asyncio_detailed,
                operation="create_service_catalog_item",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def bulk_delete_service_items(self, service_id: int, *, body: CatalogItemIds) -> RawResponse[None]:
        """`bulk_delete_service_catalog_items`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _bulk_delete_service_catalog_items.asyncio_detailed,
                operation="bulk_delete_service_catalog_items",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/bulk-delete/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def get_service_filter_choices(self, service_id: int) -> RawResponse[CatalogFilterChoices]:
        """`get_service_catalog_filter_choices`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CatalogFilterChoices]",
            await self._caller.call_with_response(
                _get_service_catalog_filter_choices.asyncio_detailed,
                operation="get_service_catalog_filter_choices",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/catalog/filter-choices/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )


class AsyncRawCommentsResource:
    """Comments"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self, object_type: ListCommentsObjectType | str, object_id: int
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_comments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_comments.asyncio_detailed,
                operation="list_comments",
                method="GET",
                path="/api/v2.0/comments/{object_type}/{object_id}/",
                expected=_STATUSES_2XX_4XX,
                object_type=object_type,
                object_id=object_id,
            ),
        )

    async def create(
        self, object_type: CreateCommentObjectType | str, object_id: int, *, body: CommentCreate
    ) -> RawResponse[Comment]:
        """`create_comment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Comment]",
            await self._caller.call_with_response(
                _create_comment.asyncio_detailed,
                operation="create_comment",
                method="POST",
                path="/api/v2.0/comments/{object_type}/{object_id}/",
                expected=_STATUSES_2XX_4XX,
                object_type=object_type,
                object_id=object_id,
                body=body,
            ),
        )


class AsyncRawDownloadResource:
    """For downloading 3D Files"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def file(
        self,
        container_name: DownloadFileContainerName | str,
        container_id: int,
        uuid: str,
        path_suffix: DownloadFilePathSuffix | str,
    ) -> RawResponse[File]:
        """`download_file`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            await self._caller.call_with_response(
                _download_file.asyncio_detailed,
                operation="download_file",
                method="GET",
                path="/api/v2.0/files/{container_name}/{container_id}/{uuid}/{path_suffix}/",
                expected=_STATUSES_2XX_4XX,
                container_name=container_name,
                container_id=container_id,
                uuid=uuid,
                path_suffix=path_suffix,
            ),
        )


class AsyncRawJobsResource:
    """Jobs"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        page_size: int | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        user_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        job_status_name: builtins.list[ListJobsJobStatusNameItem] | Unset = UNSET,
        assignee_id: builtins.list[int] | Unset = UNSET,
        internal_lot_number: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_jobs`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_jobs.asyncio_detailed,
                operation="list_jobs",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                ordering=ordering,
                search=search,
                page_size=page_size,
                date_gte=date_gte,
                date_lte=date_lte,
                material_id=material_id,
                user_id=user_id,
                workstation_id=workstation_id,
                job_status_name=job_status_name,
                assignee_id=assignee_id,
                internal_lot_number=internal_lot_number,
            ),
        )

    async def create(self, service_id: int, *, body: JobCreate) -> RawResponse[Job]:
        """`create_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Job]",
            await self._caller.call_with_response(
                _create_job.asyncio_detailed,
                operation="create_job",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def get(self, service_id: int, job_id: int) -> RawResponse[Job]:
        """`get_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Job]",
            await self._caller.call_with_response(
                _get_job.asyncio_detailed,
                operation="get_job",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    async def delete(self, service_id: int, job_id: int) -> RawResponse[None]:
        """`delete_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_job.asyncio_detailed,
                operation="delete_job",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    async def update(self, service_id: int, job_id: int, *, body: JobUpdate) -> RawResponse[Job]:
        """`update_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Job]",
            await self._caller.call_with_response(
                _update_job.asyncio_detailed,
                operation="update_job",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    async def recreate(self, service_id: int, job_id: int, *, body: JobRecreate) -> RawResponse[JobRecreation]:
        """`recreate_job`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[JobRecreation]",
            await self._caller.call_with_response(
                _recreate_job.asyncio_detailed,
                operation="recreate_job",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/recreate/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    async def import_csv(self, service_id: int, *, body: JobCsvImportUpload) -> RawResponse[JobCsvImport]:
        """`import_jobs_csv`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[JobCsvImport]",
            await self._caller.call_with_response(
                _import_jobs_csv.asyncio_detailed,
                operation="import_jobs_csv",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/import-csv/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def create_attachment(
        self, service_id: int, job_id: int, *, body: JobAttachmentUpload
    ) -> RawResponse[JobAttachment]:
        """`create_job_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[JobAttachment]",
            await self._caller.call_with_response(
                _create_job_attachment.asyncio_detailed,
                operation="create_job_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )

    async def delete_attachment(self, service_id: int, job_id: int, job_attachment_id: int) -> RawResponse[None]:
        """`delete_job_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_job_attachment.asyncio_detailed,
                operation="delete_job_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/{job_attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                job_attachment_id=job_attachment_id,
            ),
        )

    async def delete_build_file_attachment(self, service_id: int, job_id: int) -> RawResponse[None]:
        """`delete_job_build_file_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_job_build_file_attachment.asyncio_detailed,
                operation="delete_job_build_file_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/build-file-attachment/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
            ),
        )

    async def export_csv(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        user_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        job_status_name: builtins.list[ExportJobsCsvJobStatusNameItem] | Unset = UNSET,
        assignee_id: builtins.list[int] | Unset = UNSET,
        internal_lot_number: builtins.list[str] | Unset = UNSET,
    ) -> RawResponse[str]:
        """`export_jobs_csv`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[str]",
            await self._caller.call_with_response(
                _export_jobs_csv.asyncio_detailed,
                operation="export_jobs_csv",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/export-csv/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                ordering=ordering,
                search=search,
                date_gte=date_gte,
                date_lte=date_lte,
                material_id=material_id,
                user_id=user_id,
                workstation_id=workstation_id,
                job_status_name=job_status_name,
                assignee_id=assignee_id,
                internal_lot_number=internal_lot_number,
            ),
        )

    async def list_sequences(
        self,
        service_id: int,
        *,
        ordering: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        workstation_id: builtins.list[int] | Unset = UNSET,
        date_gte: str | Unset = UNSET,
        date_lte: str | Unset = UNSET,
        status_name: builtins.list[str] | Unset = UNSET,
        processing_title: builtins.list[str] | Unset = UNSET,
        exclude_sequence_id: int | Unset = UNSET,
        exclude_job_id: int | Unset = UNSET,
        in_workstation_step: bool | Unset = UNSET,
        part_id: int | Unset = UNSET,
        from_time: str | Unset = UNSET,
        duration: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_job_sequences`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_job_sequences.asyncio_detailed,
                operation="list_job_sequences",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/sequences/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "exclude_sequence_id": {"minimum": 1},
                    "exclude_job_id": {"minimum": 1},
                    "part_id": {"minimum": 1},
                    "from_time": {"minLength": 1},
                    "duration": {"minimum": 0},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                },
                service_id=service_id,
                ordering=ordering,
                material_id=material_id,
                technology_id=technology_id,
                workstation_id=workstation_id,
                date_gte=date_gte,
                date_lte=date_lte,
                status_name=status_name,
                processing_title=processing_title,
                exclude_sequence_id=exclude_sequence_id,
                exclude_job_id=exclude_job_id,
                in_workstation_step=in_workstation_step,
                part_id=part_id,
                from_time=from_time,
                duration=duration,
                page_size=page_size,
            ),
        )

    async def scrap_sequences(self, service_id: int, job_id: int, *, body: JobScrapSequences) -> RawResponse[None]:
        """`scrap_job_sequences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _scrap_job_sequences.asyncio_detailed,
                operation="scrap_job_sequences",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/sequences/scrap/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                job_id=job_id,
                body=body,
            ),
        )


class AsyncRawMachineConnectivityResource:
    """MachineConnectivity"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_workstation_machine(self, service_id: int, workstation_id: int) -> RawResponse[WorkstationMachine]:
        """`get_workstation_machine`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[WorkstationMachine]",
            await self._caller.call_with_response(
                _get_workstation_machine.asyncio_detailed,
                operation="get_workstation_machine",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    async def list_machines(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_machines`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_machines.asyncio_detailed,
                operation="list_machines",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def get(self, service_id: int, machine_id: int) -> RawResponse[Machine]:
        """`get_machine`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Machine]",
            await self._caller.call_with_response(
                _get_machine.asyncio_detailed,
                operation="get_machine",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                machine_id=machine_id,
            ),
        )

    async def list_unread_events(self, service_id: int, machine_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_unread_machine_events`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_unread_machine_events.asyncio_detailed,
                operation="list_unread_machine_events",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/unread-events/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                machine_id=machine_id,
            ),
        )


class AsyncRawMaterialLotsResource:
    """MaterialLots"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        material_form: builtins.list[str] | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_material_lots`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_material_lots.asyncio_detailed,
                operation="list_material_lots",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                material_form=material_form,
                material_id=material_id,
                technology_id=technology_id,
            ),
        )

    async def get(self, service_id: int, material_lot_id: int) -> RawResponse[MaterialLot]:
        """`get_material_lot`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MaterialLot]",
            await self._caller.call_with_response(
                _get_material_lot.asyncio_detailed,
                operation="get_material_lot",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
            ),
        )

    async def create_attachment(
        self, service_id: int, material_lot_id: int, *, body: FileAttachmentUpload
    ) -> RawResponse[MaterialLotAttachment]:
        """`create_material_lot_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MaterialLotAttachment]",
            await self._caller.call_with_response(
                _create_material_lot_attachment.asyncio_detailed,
                operation="create_material_lot_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
                body=body,
            ),
        )

    async def get_attachment(
        self, service_id: int, material_lot_id: int, material_lot_attachment_id: int
    ) -> RawResponse[MaterialLotAttachment]:
        """`get_material_lot_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MaterialLotAttachment]",
            await self._caller.call_with_response(
                _get_material_lot_attachment.asyncio_detailed,
                operation="get_material_lot_attachment",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/{material_lot_attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                material_lot_id=material_lot_id,
                material_lot_attachment_id=material_lot_attachment_id,
            ),
        )


class AsyncRawMaterialsResource:
    """Materials"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_offers(
        self, service_id: int, *, technology_id: int | Unset = UNSET
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_material_offers`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_material_offers.asyncio_detailed,
                operation="list_material_offers",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                technology_id=technology_id,
            ),
        )

    async def create_offer(self, service_id: int, *, body: MaterialOfferCreate) -> RawResponse[CreatedMaterialOffer]:
        """`create_material_offer`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedMaterialOffer]",
            await self._caller.call_with_response(
                _create_material_offer.asyncio_detailed,
                operation="create_material_offer",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def list_offer_post_processings(
        self, service_id: int, offer_id: int
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_material_offer_post_processings`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_material_offer_post_processings.asyncio_detailed,
                operation="list_material_offer_post_processings",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                offer_id=offer_id,
            ),
        )

    async def create_offer_post_processing(
        self, service_id: int, offer_id: int, *, body: PostProcessingCreate
    ) -> RawResponse[PostProcessing]:
        """`create_material_offer_post_processing`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PostProcessing]",
            await self._caller.call_with_response(
                _create_material_offer_post_processing.asyncio_detailed,
                operation="create_material_offer_post_processing",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                offer_id=offer_id,
                body=body,
            ),
        )


class AsyncRawMesWorkflowResource:
    """MesWorkflow"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_templates(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_workflow_templates`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_workflow_templates.asyncio_detailed,
                operation="list_workflow_templates",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def get_template(self, service_id: int, workflow_template_id: int) -> RawResponse[Workflow]:
        """`get_workflow_template`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            await self._caller.call_with_response(
                _get_workflow_template.asyncio_detailed,
                operation="get_workflow_template",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
            ),
        )

    async def create_template_status(
        self, service_id: int, workflow_template_id: int, *, body: WorkflowStatusCreate
    ) -> RawResponse[Workflow]:
        """`create_workflow_template_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            await self._caller.call_with_response(
                _create_workflow_template_status.asyncio_detailed,
                operation="create_workflow_template_status",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
                body=body,
            ),
        )

    async def update_template_status(
        self,
        service_id: int,
        workflow_template_id: int,
        workflow_template_status_id: int,
        *,
        body: WorkflowStatusUpdate,
    ) -> RawResponse[Workflow]:
        """`update_workflow_template_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            await self._caller.call_with_response(
                _update_workflow_template_status.asyncio_detailed,
                operation="update_workflow_template_status",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/{workflow_template_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_template_id=workflow_template_id,
                workflow_template_status_id=workflow_template_status_id,
                body=body,
            ),
        )

    async def list_step_templates(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_workflow_step_templates`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_workflow_step_templates.asyncio_detailed,
                operation="list_workflow_step_templates",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-steps/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def get_step(self, service_id: int, workflow_step_id: int) -> RawResponse[WorkflowStep]:
        """`get_workflow_step`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[WorkflowStep]",
            await self._caller.call_with_response(
                _get_workflow_step.asyncio_detailed,
                operation="get_workflow_step",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workflow-steps/{workflow_step_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workflow_step_id=workflow_step_id,
            ),
        )


class AsyncRawOrdersResource:
    """To place an order you need to create a basket first (see above)."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        service_id: int | Unset = UNSET,
        created_at_lte: str | Unset = UNSET,
        created_at_gte: str | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_orders`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_orders.asyncio_detailed,
                operation="list_orders",
                method="GET",
                path="/api/v2.0/user-panel/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "service_id": {"minimum": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                page_size=page_size,
                ordering=ordering,
                search=search,
                service_id=service_id,
                created_at_lte=created_at_lte,
                created_at_gte=created_at_gte,
            ),
        )

    async def create(self, *, body: CreateOrderRequest) -> RawResponse[CreatedObject]:
        """`create_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            await self._caller.call_with_response(
                _create_order.asyncio_detailed,
                operation="create_order",
                method="POST",
                path="/api/v2.0/user-panel/orders/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get(self, order_id: int) -> RawResponse[Order]:
        """`get_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Order]",
            await self._caller.call_with_response(
                _get_order.asyncio_detailed,
                operation="get_order",
                method="GET",
                path="/api/v2.0/user-panel/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"order_id": {"minimum": 1}},
                order_id=order_id,
            ),
        )

    async def get_line(self, order_id: int, line_id: int) -> RawResponse[OpenObject]:
        """`get_order_line`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OpenObject]",
            await self._caller.call_with_response(
                _get_order_line.asyncio_detailed,
                operation="get_order_line",
                method="GET",
                path="/api/v2.0/user-panel/orders/{order_id}/{line_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"order_id": {"minimum": 1}, "line_id": {"minimum": 1}},
                order_id=order_id,
                line_id=line_id,
            ),
        )


class AsyncRawOrganizationUsersResource:
    """The Organization Users endpoints are for creating and updating User information. In order to use those endpoints, the user with the ApiToken needs to have the "Organization Admin" Role."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self, *, page_size: int | Unset = UNSET, search: str | Unset = UNSET, ordering: str | Unset = UNSET
    ) -> RawResponse[Page]:
        """`list_organization_users`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_organization_users.asyncio_detailed,
                operation="list_organization_users",
                method="GET",
                path="/api/v2.0/organization-panel/users/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                },
                page_size=page_size,
                search=search,
                ordering=ordering,
            ),
        )

    async def create(self, *, body: OrganizationUserCreate) -> RawResponse[OrganizationUserCreated]:
        """`create_organization_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OrganizationUserCreated]",
            await self._caller.call_with_response(
                _create_organization_user.asyncio_detailed,
                operation="create_organization_user",
                method="POST",
                path="/api/v2.0/organization-panel/users/create/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get(self, user_id: int) -> RawResponse[UserProfile]:
        """`get_organization_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            await self._caller.call_with_response(
                _get_organization_user.asyncio_detailed,
                operation="get_organization_user",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    async def delete(self, user_id: int) -> RawResponse[UserProfile]:
        """`delete_organization_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            await self._caller.call_with_response(
                _delete_organization_user.asyncio_detailed,
                operation="delete_organization_user",
                method="DELETE",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    async def update(self, user_id: int, *, body: OrganizationUserUpdate) -> RawResponse[UserProfile]:
        """`update_organization_user`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            await self._caller.call_with_response(
                _update_organization_user.asyncio_detailed,
                operation="update_organization_user",
                method="PATCH",
                path="/api/v2.0/organization-panel/users/{user_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )

    async def get_address(self, user_id: int, address_id: int) -> RawResponse[Address]:
        """`get_organization_user_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            await self._caller.call_with_response(
                _get_organization_user_address.asyncio_detailed,
                operation="get_organization_user_address",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
            ),
        )

    async def update_address(self, user_id: int, address_id: int, *, body: AddressUpdate) -> RawResponse[Address]:
        """`update_organization_user_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            await self._caller.call_with_response(
                _update_organization_user_address.asyncio_detailed,
                operation="update_organization_user_address",
                method="PATCH",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                address_id=address_id,
                body=body,
            ),
        )

    async def list_addresses(self, user_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_organization_user_addresses`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_organization_user_addresses.asyncio_detailed,
                operation="list_organization_user_addresses",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    async def create_address(self, user_id: int, *, body: AddressWrite) -> RawResponse[Address]:
        """`create_organization_user_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            await self._caller.call_with_response(
                _create_organization_user_address.asyncio_detailed,
                operation="create_organization_user_address",
                method="POST",
                path="/api/v2.0/organization-panel/users/{user_id}/addresses/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )

    async def get_preferences(self, user_id: int) -> RawResponse[Preferences]:
        """`get_organization_user_preferences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Preferences]",
            await self._caller.call_with_response(
                _get_organization_user_preferences.asyncio_detailed,
                operation="get_organization_user_preferences",
                method="GET",
                path="/api/v2.0/organization-panel/users/{user_id}/preferences/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
            ),
        )

    async def update_preferences(self, user_id: int, *, body: PreferencesReplace) -> RawResponse[Preferences]:
        """`update_organization_user_preferences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Preferences]",
            await self._caller.call_with_response(
                _update_organization_user_preferences.asyncio_detailed,
                operation="update_organization_user_preferences",
                method="PUT",
                path="/api/v2.0/organization-panel/users/{user_id}/preferences/",
                expected=_STATUSES_2XX_4XX,
                user_id=user_id,
                body=body,
            ),
        )


class AsyncRawPartSequencesResource:
    """PartSequences"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def bulk_update(self, service_id: int, *, body: SequenceBulkUpdate) -> RawResponse[None]:
        """`bulk_update_sequences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _bulk_update_sequences.asyncio_detailed,
                operation="bulk_update_sequences",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/sequences/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def scrap(self, service_id: int, part_id: int, *, body: ScrapSequences) -> RawResponse[None]:
        """`scrap_part_sequences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _scrap_part_sequences.asyncio_detailed,
                operation="scrap_part_sequences",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/scrap/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    async def update_step(self, service_id: int, part_id: int, *, body: PartSequencesStepUpdate) -> RawResponse[None]:
        """`update_part_sequences_step`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _update_part_sequences_step.asyncio_detailed,
                operation="update_part_sequences_step",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )


class AsyncRawPartWorkflowResource:
    """PartWorkflow"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def delete(self, service_id: int, part_id: int, workflow_id: int) -> RawResponse[None]:
        """`delete_part_workflow`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_part_workflow.asyncio_detailed,
                operation="delete_part_workflow",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
            ),
        )

    async def update(
        self, service_id: int, part_id: int, workflow_id: int, *, body: WorkflowUpdate
    ) -> RawResponse[Workflow]:
        """`update_part_workflow`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            await self._caller.call_with_response(
                _update_part_workflow.asyncio_detailed,
                operation="update_part_workflow",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                body=body,
            ),
        )

    async def create_status(
        self, service_id: int, part_id: int, workflow_id: int, *, body: WorkflowStatusCreate
    ) -> RawResponse[Workflow]:
        """`create_part_workflow_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            await self._caller.call_with_response(
                _create_part_workflow_status.asyncio_detailed,
                operation="create_part_workflow_status",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                body=body,
            ),
        )

    async def delete_status(
        self, service_id: int, part_id: int, workflow_id: int, workflow_status_id: int
    ) -> RawResponse[None]:
        """`delete_part_workflow_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_part_workflow_status.asyncio_detailed,
                operation="delete_part_workflow_status",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                workflow_status_id=workflow_status_id,
            ),
        )

    async def update_status(
        self, service_id: int, part_id: int, workflow_id: int, workflow_status_id: int, *, body: WorkflowStatusUpdate
    ) -> RawResponse[Workflow]:
        """`update_part_workflow_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workflow]",
            await self._caller.call_with_response(
                _update_part_workflow_status.asyncio_detailed,
                operation="update_part_workflow_status",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                workflow_id=workflow_id,
                workflow_status_id=workflow_status_id,
                body=body,
            ),
        )


class AsyncRawPartsResource:
    """Parts"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_mes_filter_options(
        self,
        service_id: int,
        *,
        fields: builtins.list[GetMesFilterOptionsFieldsItem],
        production_sheet_template_type: GetMesFilterOptionsProductionSheetTemplateType | str | Unset = UNSET,
    ) -> RawResponse[MesFilterOptions]:
        """`get_mes_filter_options`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[MesFilterOptions]",
            await self._caller.call_with_response(
                _get_mes_filter_options.asyncio_detailed,
                operation="get_mes_filter_options",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/mes-filter-options/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "fields": {"minItems": 1},
                    "production_sheet_template_type": {"minLength": 1},
                },
                service_id=service_id,
                fields=fields,
                production_sheet_template_type=production_sheet_template_type,
            ),
        )

    async def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        search: str | Unset = UNSET,
        material_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        status_name: builtins.list[str] | Unset = UNSET,
        processing_title: builtins.list[str] | Unset = UNSET,
        assignee_id: int | Unset = UNSET,
        scheduled: ListPartsScheduled | str | Unset = UNSET,
        modified_date_gte: datetime.date | str | Unset = UNSET,
        modified_date_lte: datetime.date | str | Unset = UNSET,
        order_date_gte: datetime.date | str | Unset = UNSET,
        order_date_lte: datetime.date | str | Unset = UNSET,
        target_date_gte: datetime.date | str | Unset = UNSET,
        target_date_lte: datetime.date | str | Unset = UNSET,
        show_only_delayed: bool | Unset = UNSET,
        show_finished: bool | Unset = UNSET,
        sort_by_part_requirements: int | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_parts`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_parts.asyncio_detailed,
                operation="list_parts",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "search": {"minLength": 1},
                    "assignee_id": {"minimum": 1},
                    "scheduled": {"minLength": 1},
                    "modified_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "modified_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "order_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "order_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "target_date_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "target_date_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                search=search,
                material_id=material_id,
                technology_id=technology_id,
                status_name=status_name,
                processing_title=processing_title,
                assignee_id=assignee_id,
                scheduled=scheduled,
                modified_date_gte=modified_date_gte,
                modified_date_lte=modified_date_lte,
                order_date_gte=order_date_gte,
                order_date_lte=order_date_lte,
                target_date_gte=target_date_gte,
                target_date_lte=target_date_lte,
                show_only_delayed=show_only_delayed,
                show_finished=show_finished,
                sort_by_part_requirements=sort_by_part_requirements,
            ),
        )

    async def get(self, service_id: int, part_id: int) -> RawResponse[Part]:
        """`get_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Part]",
            await self._caller.call_with_response(
                _get_part.asyncio_detailed,
                operation="get_part",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
            ),
        )

    async def update(self, service_id: int, part_id: int, *, body: PartUpdate) -> RawResponse[Part]:
        """`update_part`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Part]",
            await self._caller.call_with_response(
                _update_part.asyncio_detailed,
                operation="update_part",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    async def bulk_download_files(self, service_id: int, *, object_ids: str) -> RawResponse[File]:
        """`bulk_download_part_files`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            await self._caller.call_with_response(
                _bulk_download_part_files.asyncio_detailed,
                operation="bulk_download_part_files",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/bulk-download/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "object_ids": {"minLength": 1}},
                service_id=service_id,
                object_ids=object_ids,
            ),
        )

    async def bulk_update(self, service_id: int, *, body: PartBulkUpdate) -> RawResponse[None]:
        """`bulk_update_parts`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _bulk_update_parts.asyncio_detailed,
                operation="bulk_update_parts",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/parts/bulk-update/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def create_production_sheet(
        self, service_id: int, *, body: ProductionSheetCreate
    ) -> RawResponse[ProductionSheet]:
        """`create_production_sheet`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ProductionSheet]",
            await self._caller.call_with_response(
                _create_production_sheet.asyncio_detailed,
                operation="create_production_sheet",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/production-sheets/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def view_production_sheet(self, service_id: int, filename: str) -> RawResponse[File]:
        """`view_production_sheet`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[File]",
            await self._caller.call_with_response(
                _view_production_sheet.asyncio_detailed,
                operation="view_production_sheet",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/production-sheets/{filename}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                filename=filename,
            ),
        )

    async def get_file_version(
        self, service_id: int, part_id: int, uuid: str
    ) -> RawResponse[GetPartFileVersionResponse2XX]:
        """`get_part_file_version`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[GetPartFileVersionResponse2XX]",
            await self._caller.call_with_response(
                _get_part_file_version.asyncio_detailed,
                operation="get_part_file_version",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                uuid=uuid,
            ),
        )

    async def remove_file_version(self, service_id: int, part_id: int, uuid: str) -> RawResponse[None]:
        """`remove_part_file_version`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _remove_part_file_version.asyncio_detailed,
                operation="remove_part_file_version",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                uuid=uuid,
            ),
        )

    async def create_attachment(
        self, service_id: int, part_id: int, *, body: PartAttachmentUpload
    ) -> RawResponse[PartAttachment]:
        """`create_part_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[PartAttachment]",
            await self._caller.call_with_response(
                _create_part_attachment.asyncio_detailed,
                operation="create_part_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                body=body,
            ),
        )

    async def delete_attachment(self, service_id: int, part_id: int, attachment_id: int) -> RawResponse[None]:
        """`delete_part_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_part_attachment.asyncio_detailed,
                operation="delete_part_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                service_id=service_id,
                part_id=part_id,
                attachment_id=attachment_id,
            ),
        )


class AsyncRawPrintingServiceDetailsResource:
    """PrintingServiceDetails"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_services(self) -> RawResponse[builtins.list[OpenObject]]:
        """`list_services`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_services.asyncio_detailed,
                operation="list_services",
                method="GET",
                path="/api/v2.0/user-panel/services/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def list_payment_methods(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_payment_methods`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_payment_methods.asyncio_detailed,
                operation="list_payment_methods",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/payment-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def list_pickup_locations(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_pickup_locations`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_pickup_locations.asyncio_detailed,
                operation="list_pickup_locations",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/pickup-locations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )

    async def list_shipping_methods(
        self,
        service_id: int,
        *,
        shipping_address_id: int | Unset = UNSET,
        shipping_quote_address_id: int | Unset = UNSET,
        contry: str | Unset = UNSET,
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_shipping_methods`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_shipping_methods.asyncio_detailed,
                operation="list_shipping_methods",
                method="GET",
                path="/api/v2.0/user-panel/services/{service_id}/shipping-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "contry": {"minLength": 1}},
                service_id=service_id,
                shipping_address_id=shipping_address_id,
                shipping_quote_address_id=shipping_quote_address_id,
                contry=contry,
            ),
        )

    async def list_internal_payment_methods(self, service_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_internal_payment_methods`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_internal_payment_methods.asyncio_detailed,
                operation="list_internal_payment_methods",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/payment-methods/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
            ),
        )


class AsyncRawProjectsResource:
    """Projects"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self, *, page_size: int | Unset = UNSET) -> RawResponse[Page]:
        """`list_projects`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_projects.asyncio_detailed,
                operation="list_projects",
                method="GET",
                path="/api/v2.0/service-panel/projects/",
                expected=_STATUSES_2XX_4XX,
                constraints={"page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5}},
                page_size=page_size,
            ),
        )

    async def get(self, project_id: int) -> RawResponse[Project]:
        """`get_project`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Project]",
            await self._caller.call_with_response(
                _get_project.asyncio_detailed,
                operation="get_project",
                method="GET",
                path="/api/v2.0/service-panel/projects/{project_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"project_id": {"minimum": 1}},
                project_id=project_id,
            ),
        )


class AsyncRawQuoteResource:
    """Quote"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_service_quotes(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: builtins.list[ListServiceQuotesStatusItem] | Unset = UNSET,
        created_at_gte: datetime.date | str | Unset = UNSET,
        created_at_lte: datetime.date | str | Unset = UNSET,
        product_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        is_rejected: bool | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_service_quotes`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_service_quotes.asyncio_detailed,
                operation="list_service_quotes",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                status=status,
                created_at_gte=created_at_gte,
                created_at_lte=created_at_lte,
                product_id=product_id,
                technology_id=technology_id,
                is_rejected=is_rejected,
            ),
        )

    async def create_from_request_for_quote(
        self, service_id: int, *, body: QuoteFromRequestForQuote
    ) -> RawResponse[Quote]:
        """`create_quote_from_request_for_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Quote]",
            await self._caller.call_with_response(
                _create_quote_from_request_for_quote.asyncio_detailed,
                operation="create_quote_from_request_for_quote",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def list_attachments(self, service_id: int, quote_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_quote_attachments`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_quote_attachments.asyncio_detailed,
                operation="list_quote_attachments",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
            ),
        )

    async def create_attachment(
        self, service_id: int, quote_id: int, *, body: FileAttachmentUpload
    ) -> RawResponse[QuoteAttachment]:
        """`create_quote_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[QuoteAttachment]",
            await self._caller.call_with_response(
                _create_quote_attachment.asyncio_detailed,
                operation="create_quote_attachment",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
                body=body,
            ),
        )

    async def delete_attachment(self, service_id: int, quote_id: int, attachment_id: int) -> RawResponse[None]:
        """`delete_quote_attachment`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_quote_attachment.asyncio_detailed,
                operation="delete_quote_attachment",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/{attachment_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "attachment_id": {"minimum": 1}},
                service_id=service_id,
                quote_id=quote_id,
                attachment_id=attachment_id,
            ),
        )

    async def create_from_basket(self, service_id: int, *, body: QuoteFromBasket) -> RawResponse[CreatedObject]:
        """`create_quote_from_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            await self._caller.call_with_response(
                _create_quote_from_basket.asyncio_detailed,
                operation="create_quote_from_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def create_edited_from_basket(self, service_id: int, *, body: QuoteFromBasket) -> RawResponse[CreatedObject]:
        """`create_edited_quote_from_basket`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            await self._caller.call_with_response(
                _create_edited_quote_from_basket.asyncio_detailed,
                operation="create_edited_quote_from_basket",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/edit/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def create_request_for_quote(self, *, body: RequestForQuoteCreate) -> RawResponse[OpenObject]:
        """`create_request_for_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OpenObject]",
            await self._caller.call_with_response(
                _create_request_for_quote.asyncio_detailed,
                operation="create_request_for_quote",
                method="POST",
                path="/api/v2.0/user-panel/requests-for-quote/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def list(self) -> RawResponse[Any]:
        """`list_quotes`, answered with its status, headers and bytes beside the parsed value."""
        return await self._caller.call_with_response(
            _list_quotes.asyncio_detailed,
            operation="list_quotes",
            method="GET",
            path="/api/v2.0/user-panel/quotes/",
            expected=_STATUSES_2XX_4XX,
        )

    async def get(self, quote_id: int) -> RawResponse[Quote]:
        """`get_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Quote]",
            await self._caller.call_with_response(
                _get_quote.asyncio_detailed,
                operation="get_quote",
                method="GET",
                path="/api/v2.0/user-panel/quotes/{quote_id}/",
                expected=_STATUSES_2XX_4XX,
                quote_id=quote_id,
            ),
        )

    async def finalize(self, quote_id: int, *, body: QuoteFinalize) -> RawResponse[OpenObject]:
        """`finalize_quote`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OpenObject]",
            await self._caller.call_with_response(
                _finalize_quote.asyncio_detailed,
                operation="finalize_quote",
                method="PUT",
                path="/api/v2.0/user-panel/quotes/{quote_id}/finalize/",
                expected=_STATUSES_2XX_4XX,
                quote_id=quote_id,
                body=body,
            ),
        )


class AsyncRawReferenceDataResource:
    """Lookup lists the vendor's own Python client reads. Not a section of the seed: these operations are known from the vendor's code only (see PROVENANCE.md)."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_colors(self) -> RawResponse[Any]:
        """`list_colors`, answered with its status, headers and bytes beside the parsed value."""
        return await self._caller.call_with_response(
            _list_colors.asyncio_detailed,
            operation="list_colors",
            method="GET",
            path="/api/v2.0/colors/",
            expected=_STATUSES_2XX_4XX,
        )

    async def list_units(self) -> RawResponse[Any]:
        """`list_units`, answered with its status, headers and bytes beside the parsed value."""
        return await self._caller.call_with_response(
            _list_units.asyncio_detailed,
            operation="list_units",
            method="GET",
            path="/api/v2.0/units/",
            expected=_STATUSES_2XX_4XX,
        )

    async def list_countries(self) -> RawResponse[Any]:
        """`list_countries`, answered with its status, headers and bytes beside the parsed value."""
        return await self._caller.call_with_response(
            _list_countries.asyncio_detailed,
            operation="list_countries",
            method="GET",
            path="/api/v2.0/countries/",
            expected=_STATUSES_2XX_4XX,
        )

    async def list_currencies(self) -> RawResponse[Any]:
        """`list_currencies`, answered with its status, headers and bytes beside the parsed value."""
        return await self._caller.call_with_response(
            _list_currencies.asyncio_detailed,
            operation="list_currencies",
            method="GET",
            path="/api/v2.0/currencies/",
            expected=_STATUSES_2XX_4XX,
        )

    async def list_materials(self) -> RawResponse[Any]:
        """`list_materials`, answered with its status, headers and bytes beside the parsed value."""
        return await self._caller.call_with_response(
            _list_materials.asyncio_detailed,
            operation="list_materials",
            method="GET",
            path="/api/v2.0/materials/",
            expected=_STATUSES_2XX_4XX,
        )

    async def list_forms(self) -> RawResponse[Any]:
        """`list_forms`, answered with its status, headers and bytes beside the parsed value."""
        return await self._caller.call_with_response(
            _list_forms.asyncio_detailed,
            operation="list_forms",
            method="GET",
            path="/api/v2.0/forms/",
            expected=_STATUSES_2XX_4XX,
        )

    async def list_tax_types(self) -> RawResponse[Any]:
        """`list_tax_types`, answered with its status, headers and bytes beside the parsed value."""
        return await self._caller.call_with_response(
            _list_tax_types.asyncio_detailed,
            operation="list_tax_types",
            method="GET",
            path="/api/v2.0/tax-types/",
            expected=_STATUSES_2XX_4XX,
        )


class AsyncRawServiceOrdersResource:
    """To access the endpoints in the Service Panel section, the user that is assigned to your API token must have access to the Service Panel."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(
        self,
        service_id: int,
        *,
        page_size: int | Unset = UNSET,
        ordering: str | Unset = UNSET,
        search: str | Unset = UNSET,
        status: builtins.list[int] | Unset = UNSET,
        payment_method_id: builtins.list[int] | Unset = UNSET,
        shipping_method_id: builtins.list[int] | Unset = UNSET,
        created_at_gte: datetime.date | str | Unset = UNSET,
        created_at_lte: datetime.date | str | Unset = UNSET,
        product_id: builtins.list[int] | Unset = UNSET,
        technology_id: builtins.list[int] | Unset = UNSET,
        is_rejected: bool | Unset = UNSET,
        id: builtins.list[int] | Unset = UNSET,
    ) -> RawResponse[Page]:
        """`list_service_orders`, answered with its status, headers and bytes beside the parsed value. The first page."""
        return cast(
            "RawResponse[Page]",
            await self._caller.call_with_response(
                _list_service_orders.asyncio_detailed,
                operation="list_service_orders",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "page_size": {"minimum": 10, "maximum": 100, "multipleOf": 5},
                    "ordering": {"pattern": "^-?\\w+(,-?\\w+)*$", "minLength": 1},
                    "search": {"minLength": 1},
                    "created_at_gte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                    "created_at_lte": {"pattern": "^\\d{4}-\\d{2}-\\d{2}$", "minLength": 1},
                },
                service_id=service_id,
                page_size=page_size,
                ordering=ordering,
                search=search,
                status=status,
                payment_method_id=payment_method_id,
                shipping_method_id=shipping_method_id,
                created_at_gte=created_at_gte,
                created_at_lte=created_at_lte,
                product_id=product_id,
                technology_id=technology_id,
                is_rejected=is_rejected,
                id=id,
            ),
        )

    async def create_internal(self, service_id: int, *, body: InternalOrderRequest) -> RawResponse[CreatedObject]:
        """`create_internal_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            await self._caller.call_with_response(
                _create_internal_order.asyncio_detailed,
                operation="create_internal_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def get(self, service_id: int, order_id: int) -> RawResponse[ServiceOrder]:
        """`get_service_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceOrder]",
            await self._caller.call_with_response(
                _get_service_order.asyncio_detailed,
                operation="get_service_order",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    async def update(self, service_id: int, order_id: int, *, body: ServiceOrderUpdate) -> RawResponse[ServiceOrder]:
        """`update_service_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceOrder]",
            await self._caller.call_with_response(
                _update_service_order.asyncio_detailed,
                operation="update_service_order",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )

    async def edit(self, service_id: int, *, body: InternalOrderRequest) -> RawResponse[CreatedObject]:
        """`edit_service_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[CreatedObject]",
            await self._caller.call_with_response(
                _edit_service_order.asyncio_detailed,
                operation="edit_service_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/orders/edit/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def update_status(
        self, service_id: int, order_id: int, *, body: OrderStatusUpdate
    ) -> RawResponse[ServiceOrder]:
        """`update_service_order_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceOrder]",
            await self._caller.call_with_response(
                _update_service_order_status.asyncio_detailed,
                operation="update_service_order_status",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/status/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )

    async def list_available_statuses(self, service_id: int, order_id: int) -> RawResponse[builtins.list[OpenObject]]:
        """`list_available_order_statuses`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_available_order_statuses.asyncio_detailed,
                operation="list_available_order_statuses",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/available-statuses/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    async def get_tracking(self, service_id: int, order_id: int) -> RawResponse[OrderTracking]:
        """`get_order_tracking_service_panel`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[OrderTracking]",
            await self._caller.call_with_response(
                _get_order_tracking_service_panel.asyncio_detailed,
                operation="get_order_tracking_service_panel",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
            ),
        )

    async def update_tracking(
        self, service_id: int, order_id: int, *, body: OrderTrackingUpdate
    ) -> RawResponse[ServiceOrder]:
        """`update_order_tracking_service_panel`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ServiceOrder]",
            await self._caller.call_with_response(
                _update_order_tracking_service_panel.asyncio_detailed,
                operation="update_order_tracking_service_panel",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "order_id": {"minimum": 1}},
                service_id=service_id,
                order_id=order_id,
                body=body,
            ),
        )


class AsyncRawServicePartnersResource:
    """ServicePartners"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list_available_services(self) -> RawResponse[builtins.list[OpenObject]]:
        """`list_available_services`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_available_services.asyncio_detailed,
                operation="list_available_services",
                method="GET",
                path="/api/v2.0/service-panel/services/",
                expected=_STATUSES_2XX_4XX,
            ),
        )


class AsyncRawFilesResource:
    """Detailed information about uploaded 3D files. These endpoints are only available after activation."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get_optimization_status(self, uuid: str) -> RawResponse[FileOptimizationStatus]:
        """`get_file_optimization_status`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileOptimizationStatus]",
            await self._caller.call_with_response(
                _get_file_optimization_status.asyncio_detailed,
                operation="get_file_optimization_status",
                method="GET",
                path="/api/v2.0/files/status/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
            ),
        )

    async def get_parameter(self, uuid: str) -> RawResponse[FileParameter]:
        """`get_file_parameter`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FileParameter]",
            await self._caller.call_with_response(
                _get_file_parameter.asyncio_detailed,
                operation="get_file_parameter",
                method="GET",
                path="/api/v2.0/files/parameter/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
            ),
        )

    async def get_printability(
        self,
        uuid: str,
        *,
        material_minimum_wall_thickness: float | Unset = UNSET,
        build_chamber_height: float | Unset = UNSET,
        build_chamber_width: float | Unset = UNSET,
        build_chamber_depth: float | Unset = UNSET,
    ) -> RawResponse[FilePrintability]:
        """`get_file_printability`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[FilePrintability]",
            await self._caller.call_with_response(
                _get_file_printability.asyncio_detailed,
                operation="get_file_printability",
                method="GET",
                path="/api/v2.0/files/printability/{uuid}/",
                expected=_STATUSES_2XX_4XX,
                uuid=uuid,
                material_minimum_wall_thickness=material_minimum_wall_thickness,
                build_chamber_height=build_chamber_height,
                build_chamber_width=build_chamber_width,
                build_chamber_depth=build_chamber_depth,
            ),
        )


class AsyncRawUploadResource:
    """For uploading 3D Files"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def file(
        self, *, body: FileUploadRequest, basket_id: int | Unset = UNSET, line_id: int | Unset = UNSET
    ) -> RawResponse[UploadedFile]:
        """`upload_file`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UploadedFile]",
            await self._caller.call_with_response(
                _upload_file.asyncio_detailed,
                operation="upload_file",
                method="POST",
                path="/api/v2.0/files/",
                expected=_STATUSES_2XX_4XX,
                basket_id=basket_id,
                line_id=line_id,
                body=body,
            ),
        )


class AsyncRawUserProfileResource:
    """UserProfile"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def get(self) -> RawResponse[UserProfile]:
        """`get_user_profile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            await self._caller.call_with_response(
                _get_user_profile.asyncio_detailed,
                operation="get_user_profile",
                method="GET",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def update(self, *, body: UserProfileUpdate) -> RawResponse[UserProfile]:
        """`update_user_profile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            await self._caller.call_with_response(
                _update_user_profile.asyncio_detailed,
                operation="update_user_profile",
                method="PUT",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def patch(self, *, body: UserProfileUpdate) -> RawResponse[UserProfile]:
        """`patch_user_profile`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[UserProfile]",
            await self._caller.call_with_response(
                _patch_user_profile.asyncio_detailed,
                operation="patch_user_profile",
                method="PATCH",
                path="/api/v2.0/my-profile/profile/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def list_addresses(self) -> RawResponse[builtins.list[OpenObject]]:
        """`list_addresses`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_addresses.asyncio_detailed,
                operation="list_addresses",
                method="GET",
                path="/api/v2.0/my-profile/addresses/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def create_address(self, *, body: AddressWrite) -> RawResponse[Address]:
        """`create_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            await self._caller.call_with_response(
                _create_address.asyncio_detailed,
                operation="create_address",
                method="POST",
                path="/api/v2.0/my-profile/addresses/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )

    async def get_address(self, address_id: int) -> RawResponse[Address]:
        """`get_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            await self._caller.call_with_response(
                _get_address.asyncio_detailed,
                operation="get_address",
                method="GET",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
            ),
        )

    async def update_address(self, address_id: int, *, body: AddressWrite) -> RawResponse[Address]:
        """`update_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            await self._caller.call_with_response(
                _update_address.asyncio_detailed,
                operation="update_address",
                method="PUT",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
                body=body,
            ),
        )

    async def delete_address(self, address_id: int) -> RawResponse[None]:
        """`delete_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_address.asyncio_detailed,
                operation="delete_address",
                method="DELETE",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
            ),
        )

    async def patch_address(self, address_id: int, *, body: AddressWrite) -> RawResponse[Address]:
        """`patch_address`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Address]",
            await self._caller.call_with_response(
                _patch_address.asyncio_detailed,
                operation="patch_address",
                method="PATCH",
                path="/api/v2.0/my-profile/addresses/{address_id}/",
                expected=_STATUSES_2XX_4XX,
                address_id=address_id,
                body=body,
            ),
        )

    async def get_preferences(self) -> RawResponse[Preferences]:
        """`get_user_preferences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Preferences]",
            await self._caller.call_with_response(
                _get_user_preferences.asyncio_detailed,
                operation="get_user_preferences",
                method="GET",
                path="/api/v2.0/my-profile/preferences/",
                expected=_STATUSES_2XX_4XX,
            ),
        )

    async def update_preferences(self, *, body: PreferencesUpdate) -> RawResponse[Preferences]:
        """`update_user_preferences`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Preferences]",
            await self._caller.call_with_response(
                _update_user_preferences.asyncio_detailed,
                operation="update_user_preferences",
                method="PUT",
                path="/api/v2.0/my-profile/preferences/",
                expected=_STATUSES_2XX_4XX,
                body=body,
            ),
        )


class AsyncRawWorkstationsResource:
    """Workstations"""

    def __init__(self, caller: AsyncCaller) -> None:
        self._caller = caller

    async def list(self, service_id: int, *, part_ids: int | Unset = UNSET) -> RawResponse[builtins.list[OpenObject]]:
        """`list_workstations`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_workstations.asyncio_detailed,
                operation="list_workstations",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "part_ids": {"minimum": 1}},
                service_id=service_id,
                part_ids=part_ids,
            ),
        )

    async def create(self, service_id: int, *, body: WorkstationCreate) -> RawResponse[Workstation]:
        """`create_workstation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workstation]",
            await self._caller.call_with_response(
                _create_workstation.asyncio_detailed,
                operation="create_workstation",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def list_events(
        self, service_id: int, *, from_time: str, to_time: str
    ) -> RawResponse[builtins.list[OpenObject]]:
        """`list_workstation_events`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[builtins.list[OpenObject]]",
            await self._caller.call_with_response(
                _list_workstation_events.asyncio_detailed,
                operation="list_workstation_events",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/events/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}, "from_time": {"minLength": 1}, "to_time": {"minLength": 1}},
                service_id=service_id,
                from_time=from_time,
                to_time=to_time,
            ),
        )

    async def get(self, service_id: int, workstation_id: int) -> RawResponse[Workstation]:
        """`get_workstation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workstation]",
            await self._caller.call_with_response(
                _get_workstation.asyncio_detailed,
                operation="get_workstation",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    async def delete(self, service_id: int, workstation_id: int) -> RawResponse[None]:
        """`delete_workstation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_workstation.asyncio_detailed,
                operation="delete_workstation",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
            ),
        )

    async def update(
        self, service_id: int, workstation_id: int, *, body: WorkstationUpdate
    ) -> RawResponse[Workstation]:
        """`update_workstation`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[Workstation]",
            await self._caller.call_with_response(
                _update_workstation.asyncio_detailed,
                operation="update_workstation",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )

    async def swap_order(
        self, service_id: int, *, body: WorkstationOrderSwap
    ) -> RawResponse[SwapWorkstationOrderResponse2XX]:
        """`swap_workstation_order`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[SwapWorkstationOrderResponse2XX]",
            await self._caller.call_with_response(
                _swap_workstation_order.asyncio_detailed,
                operation="swap_workstation_order",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/swap-order/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                body=body,
            ),
        )

    async def get_next_free_time_slot(
        self,
        service_id: int,
        workstation_id: int,
        *,
        from_time: str,
        duration: int,
        exclude_job_id: int | Unset = UNSET,
        exclude_reserved_time_id: int | Unset = UNSET,
    ) -> RawResponse[WorkstationFreeTime]:
        """`get_workstation_next_free_time_slot`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[WorkstationFreeTime]",
            await self._caller.call_with_response(
                _get_workstation_next_free_time_slot.asyncio_detailed,
                operation="get_workstation_next_free_time_slot",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/next-free-time-slot/",
                expected=_STATUSES_2XX_4XX,
                constraints={
                    "service_id": {"minimum": 1},
                    "from_time": {"minLength": 1},
                    "duration": {"minimum": 1},
                    "exclude_job_id": {"minimum": 1},
                    "exclude_reserved_time_id": {"minimum": 1},
                },
                service_id=service_id,
                workstation_id=workstation_id,
                from_time=from_time,
                duration=duration,
                exclude_job_id=exclude_job_id,
                exclude_reserved_time_id=exclude_reserved_time_id,
            ),
        )

    async def create_reserved_time(
        self, service_id: int, workstation_id: int, *, body: ReservedTimeCreate
    ) -> RawResponse[ReservedTime]:
        """`create_workstation_reserved_time`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReservedTime]",
            await self._caller.call_with_response(
                _create_workstation_reserved_time.asyncio_detailed,
                operation="create_workstation_reserved_time",
                method="POST",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )

    async def get_reserved_time(
        self, service_id: int, workstation_id: int, reserved_time_id: int
    ) -> RawResponse[ReservedTime]:
        """`get_workstation_reserved_time`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReservedTime]",
            await self._caller.call_with_response(
                _get_workstation_reserved_time.asyncio_detailed,
                operation="get_workstation_reserved_time",
                method="GET",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
            ),
        )

    async def delete_reserved_time(
        self, service_id: int, workstation_id: int, reserved_time_id: int
    ) -> RawResponse[None]:
        """`delete_workstation_reserved_time`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[None]",
            await self._caller.call_with_response(
                _delete_workstation_reserved_time.asyncio_detailed,
                operation="delete_workstation_reserved_time",
                method="DELETE",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
            ),
        )

    async def update_reserved_time(
        self, service_id: int, workstation_id: int, reserved_time_id: int, *, body: ReservedTimeUpdate
    ) -> RawResponse[ReservedTime]:
        """`update_workstation_reserved_time`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[ReservedTime]",
            await self._caller.call_with_response(
                _update_workstation_reserved_time.asyncio_detailed,
                operation="update_workstation_reserved_time",
                method="PATCH",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                reserved_time_id=reserved_time_id,
                body=body,
            ),
        )

    async def update_machine(
        self, service_id: int, workstation_id: int, *, body: WorkstationMachineUpdate
    ) -> RawResponse[WorkstationMachine]:
        """`update_workstation_machine`, answered with its status, headers and bytes beside the parsed value."""
        return cast(
            "RawResponse[WorkstationMachine]",
            await self._caller.call_with_response(
                _update_workstation_machine.asyncio_detailed,
                operation="update_workstation_machine",
                method="PUT",
                path="/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
                expected=_STATUSES_2XX_4XX,
                constraints={"service_id": {"minimum": 1}},
                service_id=service_id,
                workstation_id=workstation_id,
                body=body,
            ),
        )


class AsyncRawResources:
    """Every operation of the 3YOURMIND API, answering `RawResponse`s."""

    def __init__(self, caller: AsyncCaller) -> None:
        self.addresses = AsyncRawAddressesResource(caller)
        self.ampi = AsyncRawAmpiResource(caller)
        self.basket = AsyncRawBasketResource(caller)
        self.catalog = AsyncRawCatalogResource(caller)
        self.comments = AsyncRawCommentsResource(caller)
        self.download = AsyncRawDownloadResource(caller)
        self.jobs = AsyncRawJobsResource(caller)
        self.machine_connectivity = AsyncRawMachineConnectivityResource(caller)
        self.material_lots = AsyncRawMaterialLotsResource(caller)
        self.materials = AsyncRawMaterialsResource(caller)
        self.mes_workflow = AsyncRawMesWorkflowResource(caller)
        self.orders = AsyncRawOrdersResource(caller)
        self.organization_users = AsyncRawOrganizationUsersResource(caller)
        self.part_sequences = AsyncRawPartSequencesResource(caller)
        self.part_workflow = AsyncRawPartWorkflowResource(caller)
        self.parts = AsyncRawPartsResource(caller)
        self.printing_service_details = AsyncRawPrintingServiceDetailsResource(caller)
        self.projects = AsyncRawProjectsResource(caller)
        self.quote = AsyncRawQuoteResource(caller)
        self.reference_data = AsyncRawReferenceDataResource(caller)
        self.service_orders = AsyncRawServiceOrdersResource(caller)
        self.service_partners = AsyncRawServicePartnersResource(caller)
        self.files = AsyncRawFilesResource(caller)
        self.upload = AsyncRawUploadResource(caller)
        self.user_profile = AsyncRawUserProfileResource(caller)
        self.workstations = AsyncRawWorkstationsResource(caller)


class AsyncResources:
    """Every operation of the 3YOURMIND API, grouped by tag."""

    def __init__(self, caller: AsyncCaller) -> None:
        self._bind(caller)

    def _bind(self, caller: AsyncCaller) -> None:
        self._caller = caller
        self.addresses = AsyncAddressesResource(caller)
        self.ampi = AsyncAmpiResource(caller)
        self.basket = AsyncBasketResource(caller)
        self.catalog = AsyncCatalogResource(caller)
        self.comments = AsyncCommentsResource(caller)
        self.download = AsyncDownloadResource(caller)
        self.jobs = AsyncJobsResource(caller)
        self.machine_connectivity = AsyncMachineConnectivityResource(caller)
        self.material_lots = AsyncMaterialLotsResource(caller)
        self.materials = AsyncMaterialsResource(caller)
        self.mes_workflow = AsyncMesWorkflowResource(caller)
        self.orders = AsyncOrdersResource(caller)
        self.organization_users = AsyncOrganizationUsersResource(caller)
        self.part_sequences = AsyncPartSequencesResource(caller)
        self.part_workflow = AsyncPartWorkflowResource(caller)
        self.parts = AsyncPartsResource(caller)
        self.printing_service_details = AsyncPrintingServiceDetailsResource(caller)
        self.projects = AsyncProjectsResource(caller)
        self.quote = AsyncQuoteResource(caller)
        self.reference_data = AsyncReferenceDataResource(caller)
        self.service_orders = AsyncServiceOrdersResource(caller)
        self.service_partners = AsyncServicePartnersResource(caller)
        self.files = AsyncFilesResource(caller)
        self.upload = AsyncUploadResource(caller)
        self.user_profile = AsyncUserProfileResource(caller)
        self.workstations = AsyncWorkstationsResource(caller)

    @property
    def with_raw_response(self) -> AsyncRawResources:
        """The same operations, answering status, headers and bytes beside the parsed value."""
        return AsyncRawResources(self._caller)


# operationId -> where it lives and how safe it is to call against a live server.

OPERATIONS: dict[str, OperationInfo] = {
    "delete_organization_user_address": OperationInfo(
        "addresses",
        "delete_organization_user_address",
        "DELETE",
        "/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_service_user_addresses": OperationInfo(
        "addresses",
        "list_service_user",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/users/{user_id}/addresses/",
        unsafe=False,
        paginated=False,
    ),
    "list_ampi_parts": OperationInfo(
        "ampi", "list_parts", "GET", "/api/v2.0/ampi/parts/", unsafe=False, paginated=True
    ),
    "create_ampi_part": OperationInfo(
        "ampi", "create_part", "POST", "/api/v2.0/ampi/parts/", unsafe=False, paginated=False
    ),
    "bulk_update_ampi_parts": OperationInfo(
        "ampi", "bulk_update_parts", "PATCH", "/api/v2.0/ampi/parts/bulk-update/", unsafe=False, paginated=False
    ),
    "bulk_delete_ampi_parts": OperationInfo(
        "ampi", "bulk_delete_parts", "POST", "/api/v2.0/ampi/parts/bulk-delete/", unsafe=True, paginated=False
    ),
    "get_ampi_part": OperationInfo(
        "ampi", "get_part", "GET", "/api/v2.0/ampi/parts/{short_id}/", unsafe=False, paginated=False
    ),
    "update_ampi_part": OperationInfo(
        "ampi", "update_part", "PUT", "/api/v2.0/ampi/parts/{short_id}/", unsafe=False, paginated=False
    ),
    "download_ampi_part_files": OperationInfo(
        "ampi", "download_part_files", "GET", "/api/v2.0/ampi/parts/{short_id}/download/", unsafe=False, paginated=False
    ),
    "list_ampi_file_attachments": OperationInfo(
        "ampi", "list_file_attachments", "GET", "/api/v2.0/ampi/files/", unsafe=False, paginated=False
    ),
    "create_ampi_file_attachment": OperationInfo(
        "ampi", "create_file_attachment", "POST", "/api/v2.0/ampi/files/", unsafe=False, paginated=False
    ),
    "get_ampi_file_attachment": OperationInfo(
        "ampi", "get_file_attachment", "GET", "/api/v2.0/ampi/files/{file_id}/", unsafe=False, paginated=False
    ),
    "create_ampi_technical_drawing": OperationInfo(
        "ampi", "create_technical_drawing", "POST", "/api/v2.0/ampi/technical-drawings/", unsafe=False, paginated=False
    ),
    "list_baskets": OperationInfo(
        "basket", "list", "GET", "/api/v2.0/user-panel/baskets/", unsafe=False, paginated=True
    ),
    "create_basket": OperationInfo(
        "basket", "create", "POST", "/api/v2.0/user-panel/baskets/", unsafe=False, paginated=False
    ),
    "get_basket": OperationInfo(
        "basket", "get", "GET", "/api/v2.0/user-panel/baskets/{basket_id}/", unsafe=False, paginated=False
    ),
    "delete_basket": OperationInfo(
        "basket", "delete", "DELETE", "/api/v2.0/user-panel/baskets/{basket_id}/", unsafe=False, paginated=False
    ),
    "update_basket": OperationInfo(
        "basket", "update", "PATCH", "/api/v2.0/user-panel/baskets/{basket_id}/", unsafe=False, paginated=False
    ),
    "list_basket_lines": OperationInfo(
        "basket", "list_lines", "GET", "/api/v2.0/user-panel/baskets/{basket_id}/lines/", unsafe=False, paginated=False
    ),
    "create_basket_line": OperationInfo(
        "basket",
        "create_line",
        "POST",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/",
        unsafe=False,
        paginated=False,
    ),
    "get_basket_line": OperationInfo(
        "basket",
        "get_line",
        "GET",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_basket_line": OperationInfo(
        "basket",
        "delete_line",
        "DELETE",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_basket_line": OperationInfo(
        "basket",
        "update_line",
        "PATCH",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/",
        unsafe=False,
        paginated=False,
    ),
    "get_basket_line_file_status": OperationInfo(
        "basket",
        "get_line_file_status",
        "GET",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/file-status/",
        unsafe=False,
        paginated=False,
    ),
    "list_basket_line_materials": OperationInfo(
        "basket",
        "list_line_materials",
        "GET",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/",
        unsafe=False,
        paginated=False,
    ),
    "get_material_properties": OperationInfo(
        "basket",
        "get_material_properties",
        "GET",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_offers": OperationInfo(
        "basket",
        "list_offers",
        "GET",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/",
        unsafe=False,
        paginated=False,
    ),
    "get_offer": OperationInfo(
        "basket",
        "get_offer",
        "GET",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/",
        unsafe=False,
        paginated=False,
    ),
    "get_offer_price": OperationInfo(
        "basket",
        "get_offer_price",
        "GET",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/materials/{material_id}/offers/{offer_id}/price/",
        unsafe=False,
        paginated=False,
    ),
    "list_line_attachments": OperationInfo(
        "basket",
        "list_line_attachments",
        "GET",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
        unsafe=False,
        paginated=False,
    ),
    "create_line_attachment": OperationInfo(
        "basket",
        "create_line_attachment",
        "POST",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/",
        unsafe=False,
        paginated=False,
    ),
    "delete_line_attachment": OperationInfo(
        "basket",
        "delete_line_attachment",
        "DELETE",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/attachments/{attachment_id}/",
        unsafe=False,
        paginated=False,
    ),
    "trigger_price_resolution": OperationInfo(
        "basket",
        "trigger_price_resolution",
        "POST",
        "/api/v2.0/user-panel/baskets/{basket_id}/lines/{line_id}/price-resolution/",
        unsafe=False,
        paginated=False,
    ),
    "get_basket_price": OperationInfo(
        "basket", "get_price", "GET", "/api/v2.0/user-panel/baskets/{basket_id}/price/", unsafe=False, paginated=False
    ),
    "list_service_baskets": OperationInfo(
        "basket",
        "list_service_baskets",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/baskets/",
        unsafe=False,
        paginated=True,
    ),
    "create_service_basket": OperationInfo(
        "basket",
        "create_service_basket",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/baskets/",
        unsafe=False,
        paginated=False,
    ),
    "get_service_basket": OperationInfo(
        "basket",
        "get_service_basket",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_service_basket": OperationInfo(
        "basket",
        "delete_service_basket",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_service_basket": OperationInfo(
        "basket",
        "update_service_basket",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/",
        unsafe=False,
        paginated=False,
    ),
    "get_service_basket_line_file_status": OperationInfo(
        "basket",
        "get_service_line_file_status",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/file-status/",
        unsafe=False,
        paginated=False,
    ),
    "create_basket_from_order": OperationInfo(
        "basket",
        "create_from_order",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/orders/{sale_transaction_id}/basket/",
        unsafe=False,
        paginated=False,
    ),
    "list_service_basket_lines": OperationInfo(
        "basket",
        "list_service_lines",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
        unsafe=False,
        paginated=False,
    ),
    "create_service_basket_line": OperationInfo(
        "basket",
        "create_service_line",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/",
        unsafe=False,
        paginated=False,
    ),
    "get_service_basket_line": OperationInfo(
        "basket",
        "get_service_line",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_service_basket_line": OperationInfo(
        "basket",
        "delete_service_line",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_service_basket_line": OperationInfo(
        "basket",
        "update_service_line",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/baskets/{basket_id}/lines/{line_id}/",
        unsafe=False,
        paginated=False,
    ),
    "create_basket_from_quote": OperationInfo(
        "basket",
        "create_from_quote",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/basket/",
        unsafe=False,
        paginated=False,
    ),
    "list_catalog_items": OperationInfo(
        "catalog", "list_items", "GET", "/api/v2.0/user-panel/catalog/", unsafe=False, paginated=True
    ),
    "create_catalog_item": OperationInfo(
        "catalog", "create_item", "POST", "/api/v2.0/user-panel/catalog/", unsafe=False, paginated=False
    ),
    "bulk_delete_catalog_items": OperationInfo(
        "catalog",
        "bulk_delete_items",
        "POST",
        "/api/v2.0/user-panel/catalog/bulk-delete/",
        unsafe=True,
        paginated=False,
    ),
    "get_catalog_filter_choices": OperationInfo(
        "catalog",
        "get_filter_choices",
        "GET",
        "/api/v2.0/user-panel/catalog/filter-choices/",
        unsafe=False,
        paginated=False,
    ),
    "list_catalog_item_labels": OperationInfo(
        "catalog",
        "list_item_labels",
        "GET",
        "/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
        unsafe=False,
        paginated=False,
    ),
    "add_catalog_item_label": OperationInfo(
        "catalog",
        "add_item_label",
        "POST",
        "/api/v2.0/user-panel/catalog/{catalog_id}/labels/",
        unsafe=False,
        paginated=False,
    ),
    "bulk_update_catalog_items": OperationInfo(
        "catalog",
        "bulk_update_items",
        "PATCH",
        "/api/v2.0/user-panel/catalog/bulk-update/",
        unsafe=False,
        paginated=False,
    ),
    "get_catalog_item": OperationInfo(
        "catalog", "get_item", "GET", "/api/v2.0/user-panel/catalog/{catalog_id}/", unsafe=False, paginated=False
    ),
    "delete_catalog_item": OperationInfo(
        "catalog", "delete_item", "DELETE", "/api/v2.0/user-panel/catalog/{catalog_id}/", unsafe=True, paginated=False
    ),
    "update_catalog_item": OperationInfo(
        "catalog", "update_item", "PATCH", "/api/v2.0/user-panel/catalog/{catalog_id}/", unsafe=False, paginated=False
    ),
    "list_catalog_item_attachments": OperationInfo(
        "catalog",
        "list_item_attachments",
        "GET",
        "/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
        unsafe=False,
        paginated=False,
    ),
    "create_catalog_item_attachment": OperationInfo(
        "catalog",
        "create_item_attachment",
        "POST",
        "/api/v2.0/user-panel/catalog/{catalog_id}/attachments/",
        unsafe=False,
        paginated=False,
    ),
    "delete_catalog_item_attachment": OperationInfo(
        "catalog",
        "delete_item_attachment",
        "DELETE",
        "/api/v2.0/user-panel/catalog/{catalog_id}/attachments/{attachment_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_catalog_csv_import_jobs": OperationInfo(
        "catalog",
        "list_csv_import_jobs",
        "GET",
        "/api/v2.0/user-panel/catalog/csv-import-jobs/",
        unsafe=False,
        paginated=False,
    ),
    "create_catalog_csv_import_job": OperationInfo(
        "catalog",
        "create_csv_import_job",
        "POST",
        "/api/v2.0/user-panel/catalog/csv-import-jobs/",
        unsafe=False,
        paginated=False,
    ),
    "get_catalog_csv_import_job": OperationInfo(
        "catalog",
        "get_csv_import_job",
        "GET",
        "/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_catalog_csv_import_job": OperationInfo(
        "catalog",
        "delete_csv_import_job",
        "DELETE",
        "/api/v2.0/user-panel/catalog/csv-import-jobs/{job_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_service_catalog_item_summaries": OperationInfo(
        "catalog",
        "list_service_item_summaries",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/catalog-items/",
        unsafe=False,
        paginated=True,
    ),
    "create_service_catalog_item_from_line": OperationInfo(
        "catalog",
        "create_service_item_from_line",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/catalog-items/",
        unsafe=False,
        paginated=False,
    ),
    "list_service_catalog_items": OperationInfo(
        "catalog",
        "list_service_items",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/catalog/",
        unsafe=False,
        paginated=True,
    ),
    "create_service_catalog_item": OperationInfo(
        "catalog",
        "create_service_item",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/catalog/",
        unsafe=False,
        paginated=False,
    ),
    "bulk_delete_service_catalog_items": OperationInfo(
        "catalog",
        "bulk_delete_service_items",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/catalog/bulk-delete/",
        unsafe=True,
        paginated=False,
    ),
    "get_service_catalog_filter_choices": OperationInfo(
        "catalog",
        "get_service_filter_choices",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/catalog/filter-choices/",
        unsafe=False,
        paginated=False,
    ),
    "list_comments": OperationInfo(
        "comments", "list", "GET", "/api/v2.0/comments/{object_type}/{object_id}/", unsafe=False, paginated=False
    ),
    "create_comment": OperationInfo(
        "comments", "create", "POST", "/api/v2.0/comments/{object_type}/{object_id}/", unsafe=False, paginated=False
    ),
    "download_file": OperationInfo(
        "download",
        "file",
        "GET",
        "/api/v2.0/files/{container_name}/{container_id}/{uuid}/{path_suffix}/",
        unsafe=False,
        paginated=False,
    ),
    "list_jobs": OperationInfo(
        "jobs", "list", "GET", "/api/v2.0/service-panel/services/{service_id}/jobs/", unsafe=False, paginated=True
    ),
    "create_job": OperationInfo(
        "jobs", "create", "POST", "/api/v2.0/service-panel/services/{service_id}/jobs/", unsafe=False, paginated=False
    ),
    "get_job": OperationInfo(
        "jobs",
        "get",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_job": OperationInfo(
        "jobs",
        "delete",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
        unsafe=True,
        paginated=False,
    ),
    "update_job": OperationInfo(
        "jobs",
        "update",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/",
        unsafe=False,
        paginated=False,
    ),
    "recreate_job": OperationInfo(
        "jobs",
        "recreate",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/recreate/",
        unsafe=False,
        paginated=False,
    ),
    "import_jobs_csv": OperationInfo(
        "jobs",
        "import_csv",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/jobs/import-csv/",
        unsafe=False,
        paginated=False,
    ),
    "create_job_attachment": OperationInfo(
        "jobs",
        "create_attachment",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/",
        unsafe=False,
        paginated=False,
    ),
    "delete_job_attachment": OperationInfo(
        "jobs",
        "delete_attachment",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/attachments/{job_attachment_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_job_build_file_attachment": OperationInfo(
        "jobs",
        "delete_build_file_attachment",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/build-file-attachment/",
        unsafe=False,
        paginated=False,
    ),
    "export_jobs_csv": OperationInfo(
        "jobs",
        "export_csv",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/jobs/export-csv/",
        unsafe=False,
        paginated=False,
    ),
    "list_job_sequences": OperationInfo(
        "jobs",
        "list_sequences",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/sequences/",
        unsafe=False,
        paginated=True,
    ),
    "scrap_job_sequences": OperationInfo(
        "jobs",
        "scrap_sequences",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/jobs/{job_id}/sequences/scrap/",
        unsafe=True,
        paginated=False,
    ),
    "get_workstation_machine": OperationInfo(
        "machine_connectivity",
        "get_workstation_machine",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
        unsafe=False,
        paginated=False,
    ),
    "list_machines": OperationInfo(
        "machine_connectivity",
        "list_machines",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/machines/",
        unsafe=False,
        paginated=False,
    ),
    "get_machine": OperationInfo(
        "machine_connectivity",
        "get",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_unread_machine_events": OperationInfo(
        "machine_connectivity",
        "list_unread_events",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/machines/{machine_id}/unread-events/",
        unsafe=False,
        paginated=False,
    ),
    "list_material_lots": OperationInfo(
        "material_lots",
        "list",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/material-lots/",
        unsafe=False,
        paginated=True,
    ),
    "get_material_lot": OperationInfo(
        "material_lots",
        "get",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/",
        unsafe=False,
        paginated=False,
    ),
    "create_material_lot_attachment": OperationInfo(
        "material_lots",
        "create_attachment",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/",
        unsafe=False,
        paginated=False,
    ),
    "get_material_lot_attachment": OperationInfo(
        "material_lots",
        "get_attachment",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/material-lots/{material_lot_id}/attachments/{material_lot_attachment_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_material_offers": OperationInfo(
        "materials",
        "list_offers",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/material-offers/",
        unsafe=False,
        paginated=False,
    ),
    "create_material_offer": OperationInfo(
        "materials",
        "create_offer",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/material-offers/",
        unsafe=False,
        paginated=False,
    ),
    "list_material_offer_post_processings": OperationInfo(
        "materials",
        "list_offer_post_processings",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
        unsafe=False,
        paginated=False,
    ),
    "create_material_offer_post_processing": OperationInfo(
        "materials",
        "create_offer_post_processing",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/material-offers/{offer_id}/post-processings/",
        unsafe=False,
        paginated=False,
    ),
    "list_workflow_templates": OperationInfo(
        "mes_workflow",
        "list_templates",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workflow-templates/",
        unsafe=False,
        paginated=False,
    ),
    "get_workflow_template": OperationInfo(
        "mes_workflow",
        "get_template",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/",
        unsafe=False,
        paginated=False,
    ),
    "create_workflow_template_status": OperationInfo(
        "mes_workflow",
        "create_template_status",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/",
        unsafe=False,
        paginated=False,
    ),
    "update_workflow_template_status": OperationInfo(
        "mes_workflow",
        "update_template_status",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/workflow-templates/{workflow_template_id}/statuses/{workflow_template_status_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_workflow_step_templates": OperationInfo(
        "mes_workflow",
        "list_step_templates",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workflow-steps/",
        unsafe=False,
        paginated=False,
    ),
    "get_workflow_step": OperationInfo(
        "mes_workflow",
        "get_step",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workflow-steps/{workflow_step_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_orders": OperationInfo("orders", "list", "GET", "/api/v2.0/user-panel/orders/", unsafe=False, paginated=True),
    "create_order": OperationInfo(
        "orders", "create", "POST", "/api/v2.0/user-panel/orders/", unsafe=True, paginated=False
    ),
    "get_order": OperationInfo(
        "orders", "get", "GET", "/api/v2.0/user-panel/orders/{order_id}/", unsafe=False, paginated=False
    ),
    "get_order_line": OperationInfo(
        "orders", "get_line", "GET", "/api/v2.0/user-panel/orders/{order_id}/{line_id}/", unsafe=False, paginated=False
    ),
    "list_organization_users": OperationInfo(
        "organization_users", "list", "GET", "/api/v2.0/organization-panel/users/", unsafe=False, paginated=True
    ),
    "create_organization_user": OperationInfo(
        "organization_users",
        "create",
        "POST",
        "/api/v2.0/organization-panel/users/create/",
        unsafe=True,
        paginated=False,
    ),
    "get_organization_user": OperationInfo(
        "organization_users",
        "get",
        "GET",
        "/api/v2.0/organization-panel/users/{user_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_organization_user": OperationInfo(
        "organization_users",
        "delete",
        "DELETE",
        "/api/v2.0/organization-panel/users/{user_id}/",
        unsafe=True,
        paginated=False,
    ),
    "update_organization_user": OperationInfo(
        "organization_users",
        "update",
        "PATCH",
        "/api/v2.0/organization-panel/users/{user_id}/",
        unsafe=False,
        paginated=False,
    ),
    "get_organization_user_address": OperationInfo(
        "organization_users",
        "get_address",
        "GET",
        "/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_organization_user_address": OperationInfo(
        "organization_users",
        "update_address",
        "PATCH",
        "/api/v2.0/organization-panel/users/{user_id}/addresses/{address_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_organization_user_addresses": OperationInfo(
        "organization_users",
        "list_addresses",
        "GET",
        "/api/v2.0/organization-panel/users/{user_id}/addresses/",
        unsafe=False,
        paginated=False,
    ),
    "create_organization_user_address": OperationInfo(
        "organization_users",
        "create_address",
        "POST",
        "/api/v2.0/organization-panel/users/{user_id}/addresses/",
        unsafe=False,
        paginated=False,
    ),
    "get_organization_user_preferences": OperationInfo(
        "organization_users",
        "get_preferences",
        "GET",
        "/api/v2.0/organization-panel/users/{user_id}/preferences/",
        unsafe=False,
        paginated=False,
    ),
    "update_organization_user_preferences": OperationInfo(
        "organization_users",
        "update_preferences",
        "PUT",
        "/api/v2.0/organization-panel/users/{user_id}/preferences/",
        unsafe=False,
        paginated=False,
    ),
    "bulk_update_sequences": OperationInfo(
        "part_sequences",
        "bulk_update",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/sequences/bulk-update/",
        unsafe=False,
        paginated=False,
    ),
    "scrap_part_sequences": OperationInfo(
        "part_sequences",
        "scrap",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/scrap/",
        unsafe=True,
        paginated=False,
    ),
    "update_part_sequences_step": OperationInfo(
        "part_sequences",
        "update_step",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/sequences/",
        unsafe=False,
        paginated=False,
    ),
    "delete_part_workflow": OperationInfo(
        "part_workflow",
        "delete",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
        unsafe=True,
        paginated=False,
    ),
    "update_part_workflow": OperationInfo(
        "part_workflow",
        "update",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/",
        unsafe=False,
        paginated=False,
    ),
    "create_part_workflow_status": OperationInfo(
        "part_workflow",
        "create_status",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/",
        unsafe=False,
        paginated=False,
    ),
    "delete_part_workflow_status": OperationInfo(
        "part_workflow",
        "delete_status",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_part_workflow_status": OperationInfo(
        "part_workflow",
        "update_status",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/workflows/{workflow_id}/statuses/{workflow_status_id}/",
        unsafe=False,
        paginated=False,
    ),
    "get_mes_filter_options": OperationInfo(
        "parts",
        "get_mes_filter_options",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/mes-filter-options/",
        unsafe=False,
        paginated=False,
    ),
    "list_parts": OperationInfo(
        "parts", "list", "GET", "/api/v2.0/service-panel/services/{service_id}/parts/", unsafe=False, paginated=True
    ),
    "get_part": OperationInfo(
        "parts",
        "get",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_part": OperationInfo(
        "parts",
        "update",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/",
        unsafe=False,
        paginated=False,
    ),
    "bulk_download_part_files": OperationInfo(
        "parts",
        "bulk_download_files",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/parts/bulk-download/",
        unsafe=False,
        paginated=False,
    ),
    "bulk_update_parts": OperationInfo(
        "parts",
        "bulk_update",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/parts/bulk-update/",
        unsafe=False,
        paginated=False,
    ),
    "create_production_sheet": OperationInfo(
        "parts",
        "create_production_sheet",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/production-sheets/",
        unsafe=False,
        paginated=False,
    ),
    "view_production_sheet": OperationInfo(
        "parts",
        "view_production_sheet",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/production-sheets/{filename}/",
        unsafe=False,
        paginated=False,
    ),
    "get_part_file_version": OperationInfo(
        "parts",
        "get_file_version",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
        unsafe=False,
        paginated=False,
    ),
    "remove_part_file_version": OperationInfo(
        "parts",
        "remove_file_version",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/file-versions/{uuid}/",
        unsafe=False,
        paginated=False,
    ),
    "create_part_attachment": OperationInfo(
        "parts",
        "create_attachment",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/",
        unsafe=False,
        paginated=False,
    ),
    "delete_part_attachment": OperationInfo(
        "parts",
        "delete_attachment",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/parts/{part_id}/attachments/{attachment_id}/",
        unsafe=False,
        paginated=False,
    ),
    "list_services": OperationInfo(
        "printing_service_details",
        "list_services",
        "GET",
        "/api/v2.0/user-panel/services/",
        unsafe=False,
        paginated=False,
    ),
    "list_payment_methods": OperationInfo(
        "printing_service_details",
        "list_payment_methods",
        "GET",
        "/api/v2.0/user-panel/services/{service_id}/payment-methods/",
        unsafe=False,
        paginated=False,
    ),
    "list_pickup_locations": OperationInfo(
        "printing_service_details",
        "list_pickup_locations",
        "GET",
        "/api/v2.0/user-panel/services/{service_id}/pickup-locations/",
        unsafe=False,
        paginated=False,
    ),
    "list_shipping_methods": OperationInfo(
        "printing_service_details",
        "list_shipping_methods",
        "GET",
        "/api/v2.0/user-panel/services/{service_id}/shipping-methods/",
        unsafe=False,
        paginated=False,
    ),
    "list_internal_payment_methods": OperationInfo(
        "printing_service_details",
        "list_internal_payment_methods",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/payment-methods/",
        unsafe=False,
        paginated=False,
    ),
    "list_projects": OperationInfo(
        "projects", "list", "GET", "/api/v2.0/service-panel/projects/", unsafe=False, paginated=True
    ),
    "get_project": OperationInfo(
        "projects", "get", "GET", "/api/v2.0/service-panel/projects/{project_id}/", unsafe=False, paginated=False
    ),
    "list_service_quotes": OperationInfo(
        "quote",
        "list_service_quotes",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/quotes/",
        unsafe=False,
        paginated=True,
    ),
    "create_quote_from_request_for_quote": OperationInfo(
        "quote",
        "create_from_request_for_quote",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/quotes/",
        unsafe=True,
        paginated=False,
    ),
    "list_quote_attachments": OperationInfo(
        "quote",
        "list_attachments",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
        unsafe=False,
        paginated=False,
    ),
    "create_quote_attachment": OperationInfo(
        "quote",
        "create_attachment",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/",
        unsafe=False,
        paginated=False,
    ),
    "delete_quote_attachment": OperationInfo(
        "quote",
        "delete_attachment",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/quotes/{quote_id}/attachments/{attachment_id}/",
        unsafe=False,
        paginated=False,
    ),
    "create_quote_from_basket": OperationInfo(
        "quote",
        "create_from_basket",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/",
        unsafe=True,
        paginated=False,
    ),
    "create_edited_quote_from_basket": OperationInfo(
        "quote",
        "create_edited_from_basket",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/quotes/from-basket/edit/",
        unsafe=True,
        paginated=False,
    ),
    "create_request_for_quote": OperationInfo(
        "quote",
        "create_request_for_quote",
        "POST",
        "/api/v2.0/user-panel/requests-for-quote/",
        unsafe=True,
        paginated=False,
    ),
    "list_quotes": OperationInfo("quote", "list", "GET", "/api/v2.0/user-panel/quotes/", unsafe=False, paginated=False),
    "get_quote": OperationInfo(
        "quote", "get", "GET", "/api/v2.0/user-panel/quotes/{quote_id}/", unsafe=False, paginated=False
    ),
    "finalize_quote": OperationInfo(
        "quote", "finalize", "PUT", "/api/v2.0/user-panel/quotes/{quote_id}/finalize/", unsafe=True, paginated=False
    ),
    "list_colors": OperationInfo(
        "reference_data", "list_colors", "GET", "/api/v2.0/colors/", unsafe=False, paginated=False
    ),
    "list_units": OperationInfo(
        "reference_data", "list_units", "GET", "/api/v2.0/units/", unsafe=False, paginated=False
    ),
    "list_countries": OperationInfo(
        "reference_data", "list_countries", "GET", "/api/v2.0/countries/", unsafe=False, paginated=False
    ),
    "list_currencies": OperationInfo(
        "reference_data", "list_currencies", "GET", "/api/v2.0/currencies/", unsafe=False, paginated=False
    ),
    "list_materials": OperationInfo(
        "reference_data", "list_materials", "GET", "/api/v2.0/materials/", unsafe=False, paginated=False
    ),
    "list_forms": OperationInfo(
        "reference_data", "list_forms", "GET", "/api/v2.0/forms/", unsafe=False, paginated=False
    ),
    "list_tax_types": OperationInfo(
        "reference_data", "list_tax_types", "GET", "/api/v2.0/tax-types/", unsafe=False, paginated=False
    ),
    "list_service_orders": OperationInfo(
        "service_orders",
        "list",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/orders/",
        unsafe=False,
        paginated=True,
    ),
    "create_internal_order": OperationInfo(
        "service_orders",
        "create_internal",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/orders/",
        unsafe=True,
        paginated=False,
    ),
    "get_service_order": OperationInfo(
        "service_orders",
        "get",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_service_order": OperationInfo(
        "service_orders",
        "update",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/",
        unsafe=False,
        paginated=False,
    ),
    "edit_service_order": OperationInfo(
        "service_orders",
        "edit",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/orders/edit/",
        unsafe=True,
        paginated=False,
    ),
    "update_service_order_status": OperationInfo(
        "service_orders",
        "update_status",
        "PUT",
        "/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/status/",
        unsafe=True,
        paginated=False,
    ),
    "list_available_order_statuses": OperationInfo(
        "service_orders",
        "list_available_statuses",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/available-statuses/",
        unsafe=False,
        paginated=False,
    ),
    "get_order_tracking_service_panel": OperationInfo(
        "service_orders",
        "get_tracking",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
        unsafe=False,
        paginated=False,
    ),
    "update_order_tracking_service_panel": OperationInfo(
        "service_orders",
        "update_tracking",
        "PUT",
        "/api/v2.0/service-panel/services/{service_id}/orders/{order_id}/tracking/",
        unsafe=False,
        paginated=False,
    ),
    "list_available_services": OperationInfo(
        "service_partners",
        "list_available_services",
        "GET",
        "/api/v2.0/service-panel/services/",
        unsafe=False,
        paginated=False,
    ),
    "get_file_optimization_status": OperationInfo(
        "files", "get_optimization_status", "GET", "/api/v2.0/files/status/{uuid}/", unsafe=False, paginated=False
    ),
    "get_file_parameter": OperationInfo(
        "files", "get_parameter", "GET", "/api/v2.0/files/parameter/{uuid}/", unsafe=False, paginated=False
    ),
    "get_file_printability": OperationInfo(
        "files", "get_printability", "GET", "/api/v2.0/files/printability/{uuid}/", unsafe=False, paginated=False
    ),
    "upload_file": OperationInfo("upload", "file", "POST", "/api/v2.0/files/", unsafe=False, paginated=False),
    "get_user_profile": OperationInfo(
        "user_profile", "get", "GET", "/api/v2.0/my-profile/profile/", unsafe=False, paginated=False
    ),
    "update_user_profile": OperationInfo(
        "user_profile", "update", "PUT", "/api/v2.0/my-profile/profile/", unsafe=False, paginated=False
    ),
    "patch_user_profile": OperationInfo(
        "user_profile", "patch", "PATCH", "/api/v2.0/my-profile/profile/", unsafe=False, paginated=False
    ),
    "list_addresses": OperationInfo(
        "user_profile", "list_addresses", "GET", "/api/v2.0/my-profile/addresses/", unsafe=False, paginated=False
    ),
    "create_address": OperationInfo(
        "user_profile", "create_address", "POST", "/api/v2.0/my-profile/addresses/", unsafe=False, paginated=False
    ),
    "get_address": OperationInfo(
        "user_profile",
        "get_address",
        "GET",
        "/api/v2.0/my-profile/addresses/{address_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_address": OperationInfo(
        "user_profile",
        "update_address",
        "PUT",
        "/api/v2.0/my-profile/addresses/{address_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_address": OperationInfo(
        "user_profile",
        "delete_address",
        "DELETE",
        "/api/v2.0/my-profile/addresses/{address_id}/",
        unsafe=False,
        paginated=False,
    ),
    "patch_address": OperationInfo(
        "user_profile",
        "patch_address",
        "PATCH",
        "/api/v2.0/my-profile/addresses/{address_id}/",
        unsafe=False,
        paginated=False,
    ),
    "get_user_preferences": OperationInfo(
        "user_profile", "get_preferences", "GET", "/api/v2.0/my-profile/preferences/", unsafe=False, paginated=False
    ),
    "update_user_preferences": OperationInfo(
        "user_profile", "update_preferences", "PUT", "/api/v2.0/my-profile/preferences/", unsafe=False, paginated=False
    ),
    "list_workstations": OperationInfo(
        "workstations",
        "list",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workstations/",
        unsafe=False,
        paginated=False,
    ),
    "create_workstation": OperationInfo(
        "workstations",
        "create",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/workstations/",
        unsafe=False,
        paginated=False,
    ),
    "list_workstation_events": OperationInfo(
        "workstations",
        "list_events",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workstations/events/",
        unsafe=False,
        paginated=False,
    ),
    "get_workstation": OperationInfo(
        "workstations",
        "get",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_workstation": OperationInfo(
        "workstations",
        "delete",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
        unsafe=True,
        paginated=False,
    ),
    "update_workstation": OperationInfo(
        "workstations",
        "update",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/",
        unsafe=False,
        paginated=False,
    ),
    "swap_workstation_order": OperationInfo(
        "workstations",
        "swap_order",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/workstations/swap-order/",
        unsafe=False,
        paginated=False,
    ),
    "get_workstation_next_free_time_slot": OperationInfo(
        "workstations",
        "get_next_free_time_slot",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/next-free-time-slot/",
        unsafe=False,
        paginated=False,
    ),
    "create_workstation_reserved_time": OperationInfo(
        "workstations",
        "create_reserved_time",
        "POST",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/",
        unsafe=False,
        paginated=False,
    ),
    "get_workstation_reserved_time": OperationInfo(
        "workstations",
        "get_reserved_time",
        "GET",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
        unsafe=False,
        paginated=False,
    ),
    "delete_workstation_reserved_time": OperationInfo(
        "workstations",
        "delete_reserved_time",
        "DELETE",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_workstation_reserved_time": OperationInfo(
        "workstations",
        "update_reserved_time",
        "PATCH",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/reserved-times/{reserved_time_id}/",
        unsafe=False,
        paginated=False,
    ),
    "update_workstation_machine": OperationInfo(
        "workstations",
        "update_machine",
        "PUT",
        "/api/v2.0/service-panel/services/{service_id}/workstations/{workstation_id}/machine/",
        unsafe=False,
        paginated=False,
    ),
}
