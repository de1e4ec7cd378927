"""Contains all the data models used in inputs/outputs"""

from .already_registered_response import AlreadyRegisteredResponse
from .asset_request import AssetRequest
from .error import Error
from .fetch_all_response import FetchAllResponse
from .fetch_projects_response import FetchProjectsResponse
from .fetch_request_response import FetchRequestResponse
from .iteration import Iteration
from .level_of_quality import LevelOfQuality
from .process_files_request import ProcessFilesRequest
from .process_files_request_test import ProcessFilesRequestTest
from .process_response import ProcessResponse
from .process_urls_request import ProcessUrlsRequest
from .project import Project
from .refresh_jwt_request import RefreshJwtRequest
from .refresh_jwt_response import RefreshJwtResponse
from .register_hook_request import RegisterHookRequest
from .register_hook_response import RegisterHookResponse
from .result_links import ResultLinks
from .webhook_event_type import WebhookEventType
from .webhook_flat_error import WebhookFlatError
from .webhook_flat_result import WebhookFlatResult
from .webhook_results import WebhookResults
from .webhook_results_body import WebhookResultsBody

__all__ = (
    "AlreadyRegisteredResponse",
    "AssetRequest",
    "Error",
    "FetchAllResponse",
    "FetchProjectsResponse",
    "FetchRequestResponse",
    "Iteration",
    "LevelOfQuality",
    "ProcessFilesRequest",
    "ProcessFilesRequestTest",
    "ProcessResponse",
    "ProcessUrlsRequest",
    "Project",
    "RefreshJwtRequest",
    "RefreshJwtResponse",
    "RegisterHookRequest",
    "RegisterHookResponse",
    "ResultLinks",
    "WebhookEventType",
    "WebhookFlatError",
    "WebhookFlatResult",
    "WebhookResults",
    "WebhookResultsBody",
)
