"""Contains all the data models used in inputs/outputs"""

from .data_usage import DataUsage
from .delete_file_response import DeleteFileResponse
from .delete_quote_response import DeleteQuoteResponse
from .dimensions import Dimensions
from .file_upload_form import FileUploadForm
from .file_upload_response import FileUploadResponse
from .http_error import HTTPError
from .http_validation_error import HTTPValidationError
from .printability_response import PrintabilityResponse
from .printer_config import PrinterConfig
from .quote_config import QuoteConfig
from .quote_record import QuoteRecord
from .quote_request import QuoteRequest
from .quote_response import QuoteResponse
from .upload_id_response import UploadIdResponse
from .user_response import UserResponse
from .validation_error import ValidationError

__all__ = (
    "DataUsage",
    "DeleteFileResponse",
    "DeleteQuoteResponse",
    "Dimensions",
    "FileUploadForm",
    "FileUploadResponse",
    "HTTPError",
    "HTTPValidationError",
    "PrintabilityResponse",
    "PrinterConfig",
    "QuoteConfig",
    "QuoteRecord",
    "QuoteRequest",
    "QuoteResponse",
    "UploadIdResponse",
    "UserResponse",
    "ValidationError",
)
