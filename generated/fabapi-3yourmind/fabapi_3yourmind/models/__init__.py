"""Contains all the data models used in inputs/outputs"""

from .address import Address
from .address_update import AddressUpdate
from .address_write import AddressWrite
from .ampi_file_attachment import AmpiFileAttachment
from .ampi_file_upload import AmpiFileUpload
from .ampi_page import AmpiPage
from .ampi_part import AmpiPart
from .ampi_part_create import AmpiPartCreate
from .ampi_part_update import AmpiPartUpdate
from .ampi_part_update_values import AmpiPartUpdateValues
from .ampi_parts_bulk_delete import AmpiPartsBulkDelete
from .ampi_parts_bulk_update import AmpiPartsBulkUpdate
from .ampi_technical_drawing import AmpiTechnicalDrawing
from .basket import Basket
from .basket_line import BasketLine
from .basket_line_create import BasketLineCreate
from .basket_line_update import BasketLineUpdate
from .basket_price import BasketPrice
from .basket_update import BasketUpdate
from .catalog_csv_import_job import CatalogCsvImportJob
from .catalog_csv_import_job_create import CatalogCsvImportJobCreate
from .catalog_filter_choices import CatalogFilterChoices
from .catalog_item import CatalogItem
from .catalog_item_attachment import CatalogItemAttachment
from .catalog_item_attachment_upload import CatalogItemAttachmentUpload
from .catalog_item_bulk_update import CatalogItemBulkUpdate
from .catalog_item_create import CatalogItemCreate
from .catalog_item_from_line import CatalogItemFromLine
from .catalog_item_ids import CatalogItemIds
from .catalog_item_status import CatalogItemStatus
from .catalog_item_summary import CatalogItemSummary
from .catalog_item_update import CatalogItemUpdate
from .comment import Comment
from .comment_create import CommentCreate
from .create_comment_object_type import CreateCommentObjectType
from .create_order_request import CreateOrderRequest
from .created_material_offer import CreatedMaterialOffer
from .created_object import CreatedObject
from .currency import Currency
from .customer_group_nullable import CustomerGroupNullable
from .download_file_container_name import DownloadFileContainerName
from .download_file_path_suffix import DownloadFilePathSuffix
from .error import Error
from .export_jobs_csv_job_status_name_item import ExportJobsCsvJobStatusNameItem
from .file_attachment_upload import FileAttachmentUpload
from .file_optimization_status import FileOptimizationStatus
from .file_parameter import FileParameter
from .file_printability import FilePrintability
from .file_status import FileStatus
from .file_upload_request import FileUploadRequest
from .get_mes_filter_options_fields_item import GetMesFilterOptionsFieldsItem
from .get_mes_filter_options_production_sheet_template_type import GetMesFilterOptionsProductionSheetTemplateType
from .get_part_file_version_response_2xx import GetPartFileVersionResponse2XX
from .id_and_amount_sequence_representation import IdAndAmountSequenceRepresentation
from .internal_order_request import InternalOrderRequest
from .job import Job
from .job_attachment import JobAttachment
from .job_attachment_upload import JobAttachmentUpload
from .job_create import JobCreate
from .job_csv_import import JobCsvImport
from .job_csv_import_upload import JobCsvImportUpload
from .job_recreate import JobRecreate
from .job_recreation import JobRecreation
from .job_scrap_sequences import JobScrapSequences
from .job_update import JobUpdate
from .job_update_status import JobUpdateStatus
from .label import Label
from .label_create import LabelCreate
from .language import Language
from .line_attachment import LineAttachment
from .list_catalog_items_status_item import ListCatalogItemsStatusItem
from .list_comments_object_type import ListCommentsObjectType
from .list_jobs_job_status_name_item import ListJobsJobStatusNameItem
from .list_parts_scheduled import ListPartsScheduled
from .list_service_catalog_items_status_item import ListServiceCatalogItemsStatusItem
from .list_service_quotes_status_item import ListServiceQuotesStatusItem
from .machine import Machine
from .material import Material
from .material_lot import MaterialLot
from .material_lot_attachment import MaterialLotAttachment
from .material_offer_create import MaterialOfferCreate
from .material_properties import MaterialProperties
from .mes_filter_options import MesFilterOptions
from .nullable_language_type_1 import NullableLanguageType1
from .nullable_language_type_2_type_1 import NullableLanguageType2Type1
from .nullable_language_type_3_type_1 import NullableLanguageType3Type1
from .offer import Offer
from .offer_price import OfferPrice
from .open_object import OpenObject
from .order import Order
from .order_status_update import OrderStatusUpdate
from .order_tracking import OrderTracking
from .order_tracking_update import OrderTrackingUpdate
from .organization_user_create import OrganizationUserCreate
from .organization_user_created import OrganizationUserCreated
from .organization_user_update import OrganizationUserUpdate
from .page import Page
from .part import Part
from .part_assign_workflow_template import PartAssignWorkflowTemplate
from .part_attachment import PartAttachment
from .part_attachment_upload import PartAttachmentUpload
from .part_bulk_add_employees import PartBulkAddEmployees
from .part_bulk_update import PartBulkUpdate
from .part_bulk_update_target_date import PartBulkUpdateTargetDate
from .part_move_to_next_status import PartMoveToNextStatus
from .part_sequences_step_update import PartSequencesStepUpdate
from .part_update import PartUpdate
from .post_processing import PostProcessing
from .post_processing_create import PostProcessingCreate
from .preferences import Preferences
from .preferences_replace import PreferencesReplace
from .preferences_update import PreferencesUpdate
from .price import Price
from .price_resolution_request import PriceResolutionRequest
from .production_sheet import ProductionSheet
from .production_sheet_create import ProductionSheetCreate
from .project import Project
from .property_value_dict import PropertyValueDict
from .quote import Quote
from .quote_attachment import QuoteAttachment
from .quote_finalize import QuoteFinalize
from .quote_from_basket import QuoteFromBasket
from .quote_from_request_for_quote import QuoteFromRequestForQuote
from .request_for_quote_create import RequestForQuoteCreate
from .reserved_time import ReservedTime
from .reserved_time_create import ReservedTimeCreate
from .reserved_time_update import ReservedTimeUpdate
from .scrap_sequences import ScrapSequences
from .sequence_bulk_update import SequenceBulkUpdate
from .service_basket import ServiceBasket
from .service_basket_line import ServiceBasketLine
from .service_basket_line_update import ServiceBasketLineUpdate
from .service_basket_update import ServiceBasketUpdate
from .service_order import ServiceOrder
from .service_order_update import ServiceOrderUpdate
from .short_object_representation import ShortObjectRepresentation
from .swap_workstation_order_response_2xx import SwapWorkstationOrderResponse2XX
from .unit import Unit
from .uploaded_file import UploadedFile
from .user_profile import UserProfile
from .user_profile_update import UserProfileUpdate
from .webhook_job_finished import WebhookJobFinished
from .webhook_job_finished_type import WebhookJobFinishedType
from .webhook_job_scrapped import WebhookJobScrapped
from .webhook_job_scrapped_type import WebhookJobScrappedType
from .webhook_job_started import WebhookJobStarted
from .webhook_job_started_type import WebhookJobStartedType
from .webhook_order_accepted_in_mes import WebhookOrderAcceptedInMes
from .webhook_order_accepted_in_mes_type import WebhookOrderAcceptedInMesType
from .webhook_order_created import WebhookOrderCreated
from .webhook_order_created_type import WebhookOrderCreatedType
from .webhook_order_status_changed import WebhookOrderStatusChanged
from .webhook_order_status_changed_type import WebhookOrderStatusChangedType
from .webhook_quote_created import WebhookQuoteCreated
from .webhook_quote_created_type import WebhookQuoteCreatedType
from .webhook_request_for_quote_created import WebhookRequestForQuoteCreated
from .webhook_request_for_quote_created_type import WebhookRequestForQuoteCreatedType
from .webhook_sales_transaction_rejected import WebhookSalesTransactionRejected
from .webhook_sales_transaction_rejected_type import WebhookSalesTransactionRejectedType
from .webhook_user_created import WebhookUserCreated
from .webhook_user_created_type import WebhookUserCreatedType
from .workflow import Workflow
from .workflow_status_create import WorkflowStatusCreate
from .workflow_status_update import WorkflowStatusUpdate
from .workflow_step import WorkflowStep
from .workflow_update import WorkflowUpdate
from .workstation import Workstation
from .workstation_create import WorkstationCreate
from .workstation_create_type import WorkstationCreateType
from .workstation_free_time import WorkstationFreeTime
from .workstation_machine import WorkstationMachine
from .workstation_machine_update import WorkstationMachineUpdate
from .workstation_order_swap import WorkstationOrderSwap
from .workstation_update import WorkstationUpdate
from .workstation_update_type import WorkstationUpdateType

__all__ = (
    "Address",
    "AddressUpdate",
    "AddressWrite",
    "AmpiFileAttachment",
    "AmpiFileUpload",
    "AmpiPage",
    "AmpiPart",
    "AmpiPartCreate",
    "AmpiPartsBulkDelete",
    "AmpiPartsBulkUpdate",
    "AmpiPartUpdate",
    "AmpiPartUpdateValues",
    "AmpiTechnicalDrawing",
    "Basket",
    "BasketLine",
    "BasketLineCreate",
    "BasketLineUpdate",
    "BasketPrice",
    "BasketUpdate",
    "CatalogCsvImportJob",
    "CatalogCsvImportJobCreate",
    "CatalogFilterChoices",
    "CatalogItem",
    "CatalogItemAttachment",
    "CatalogItemAttachmentUpload",
    "CatalogItemBulkUpdate",
    "CatalogItemCreate",
    "CatalogItemFromLine",
    "CatalogItemIds",
    "CatalogItemStatus",
    "CatalogItemSummary",
    "CatalogItemUpdate",
    "Comment",
    "CommentCreate",
    "CreateCommentObjectType",
    "CreatedMaterialOffer",
    "CreatedObject",
    "CreateOrderRequest",
    "Currency",
    "CustomerGroupNullable",
    "DownloadFileContainerName",
    "DownloadFilePathSuffix",
    "Error",
    "ExportJobsCsvJobStatusNameItem",
    "FileAttachmentUpload",
    "FileOptimizationStatus",
    "FileParameter",
    "FilePrintability",
    "FileStatus",
    "FileUploadRequest",
    "GetMesFilterOptionsFieldsItem",
    "GetMesFilterOptionsProductionSheetTemplateType",
    "GetPartFileVersionResponse2XX",
    "IdAndAmountSequenceRepresentation",
    "InternalOrderRequest",
    "Job",
    "JobAttachment",
    "JobAttachmentUpload",
    "JobCreate",
    "JobCsvImport",
    "JobCsvImportUpload",
    "JobRecreate",
    "JobRecreation",
    "JobScrapSequences",
    "JobUpdate",
    "JobUpdateStatus",
    "Label",
    "LabelCreate",
    "Language",
    "LineAttachment",
    "ListCatalogItemsStatusItem",
    "ListCommentsObjectType",
    "ListJobsJobStatusNameItem",
    "ListPartsScheduled",
    "ListServiceCatalogItemsStatusItem",
    "ListServiceQuotesStatusItem",
    "Machine",
    "Material",
    "MaterialLot",
    "MaterialLotAttachment",
    "MaterialOfferCreate",
    "MaterialProperties",
    "MesFilterOptions",
    "NullableLanguageType1",
    "NullableLanguageType2Type1",
    "NullableLanguageType3Type1",
    "Offer",
    "OfferPrice",
    "OpenObject",
    "Order",
    "OrderStatusUpdate",
    "OrderTracking",
    "OrderTrackingUpdate",
    "OrganizationUserCreate",
    "OrganizationUserCreated",
    "OrganizationUserUpdate",
    "Page",
    "Part",
    "PartAssignWorkflowTemplate",
    "PartAttachment",
    "PartAttachmentUpload",
    "PartBulkAddEmployees",
    "PartBulkUpdate",
    "PartBulkUpdateTargetDate",
    "PartMoveToNextStatus",
    "PartSequencesStepUpdate",
    "PartUpdate",
    "PostProcessing",
    "PostProcessingCreate",
    "Preferences",
    "PreferencesReplace",
    "PreferencesUpdate",
    "Price",
    "PriceResolutionRequest",
    "ProductionSheet",
    "ProductionSheetCreate",
    "Project",
    "PropertyValueDict",
    "Quote",
    "QuoteAttachment",
    "QuoteFinalize",
    "QuoteFromBasket",
    "QuoteFromRequestForQuote",
    "RequestForQuoteCreate",
    "ReservedTime",
    "ReservedTimeCreate",
    "ReservedTimeUpdate",
    "ScrapSequences",
    "SequenceBulkUpdate",
    "ServiceBasket",
    "ServiceBasketLine",
    "ServiceBasketLineUpdate",
    "ServiceBasketUpdate",
    "ServiceOrder",
    "ServiceOrderUpdate",
    "ShortObjectRepresentation",
    "SwapWorkstationOrderResponse2XX",
    "Unit",
    "UploadedFile",
    "UserProfile",
    "UserProfileUpdate",
    "WebhookJobFinished",
    "WebhookJobFinishedType",
    "WebhookJobScrapped",
    "WebhookJobScrappedType",
    "WebhookJobStarted",
    "WebhookJobStartedType",
    "WebhookOrderAcceptedInMes",
    "WebhookOrderAcceptedInMesType",
    "WebhookOrderCreated",
    "WebhookOrderCreatedType",
    "WebhookOrderStatusChanged",
    "WebhookOrderStatusChangedType",
    "WebhookQuoteCreated",
    "WebhookQuoteCreatedType",
    "WebhookRequestForQuoteCreated",
    "WebhookRequestForQuoteCreatedType",
    "WebhookSalesTransactionRejected",
    "WebhookSalesTransactionRejectedType",
    "WebhookUserCreated",
    "WebhookUserCreatedType",
    "Workflow",
    "WorkflowStatusCreate",
    "WorkflowStatusUpdate",
    "WorkflowStep",
    "WorkflowUpdate",
    "Workstation",
    "WorkstationCreate",
    "WorkstationCreateType",
    "WorkstationFreeTime",
    "WorkstationMachine",
    "WorkstationMachineUpdate",
    "WorkstationOrderSwap",
    "WorkstationUpdate",
    "WorkstationUpdateType",
)
