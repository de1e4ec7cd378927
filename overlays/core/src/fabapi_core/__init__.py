"""fabapi-core: the shared runtime of the fabapi SDKs.

One public surface; the `_modules` behind it are private. Errors, secrets and redaction,
credentials from arguments or the environment, request logging, progress, retries (httpx-retries underneath), pagination
described by data, polling, httpx auth, client arguments, and unwrapping generated responses.
"""

from ._auth import BasicAuth, HeaderAuth
from ._caller import AsyncCaller, Caller, OperationInfo
from ._credentials import base_url_setting, credential, setting
from ._decode import Properties, parse_datetime, parse_uuid
from ._download import adownload, download
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequest,
    ConfigurationError,
    Conflict,
    FabapiError,
    InvalidArgument,
    JobFailed,
    MissingCredential,
    NotFound,
    PaginationError,
    PermissionDenied,
    PollTimeout,
    RateLimited,
    ServerError,
    TransportError,
    UnexpectedResponse,
    UnprocessableEntity,
    error_for,
)
from ._http import (
    ClientKwargs,
    build_async_httpx_args,
    build_httpx_args,
    client_kwargs,
    default_user_agent,
)
from ._lifecycle import AsyncClientLifecycle, ClientLifecycle
from ._pagination import AsyncPager, Pager, PageStyle
from ._paths import expand_path, path_segment, path_text
from ._polling import apoll, poll
from ._progress import (
    Progress,
    ProgressArg,
    ProgressCallback,
    ProgressReader,
    async_reading_with_progress,
    progress_for,
    reading_with_progress,
    streaming_with_progress,
)
from ._response import RawResponse, ResponseLike, unwrap
from ._retries import RetryPolicy, async_retrying_transport, retrying_transport
from ._secrets import Secret, redact, redact_headers, redact_url
from ._transport import STREAMING
from ._urls import request_url
from ._values import file_destination, finite_number, local_path, sendable_text, whole_number
from ._version import __version__

__all__ = [
    "STREAMING",
    "APIError",
    "AsyncCaller",
    "AsyncClientLifecycle",
    "AsyncPager",
    "AuthenticationError",
    "BadRequest",
    "BasicAuth",
    "Caller",
    "ClientKwargs",
    "ClientLifecycle",
    "ConfigurationError",
    "Conflict",
    "FabapiError",
    "HeaderAuth",
    "InvalidArgument",
    "JobFailed",
    "MissingCredential",
    "NotFound",
    "OperationInfo",
    "PageStyle",
    "Pager",
    "PaginationError",
    "PermissionDenied",
    "PollTimeout",
    "Progress",
    "ProgressArg",
    "ProgressCallback",
    "ProgressReader",
    "Properties",
    "RateLimited",
    "RawResponse",
    "ResponseLike",
    "RetryPolicy",
    "Secret",
    "ServerError",
    "TransportError",
    "UnexpectedResponse",
    "UnprocessableEntity",
    "__version__",
    "adownload",
    "apoll",
    "async_reading_with_progress",
    "async_retrying_transport",
    "base_url_setting",
    "build_async_httpx_args",
    "build_httpx_args",
    "client_kwargs",
    "credential",
    "default_user_agent",
    "download",
    "error_for",
    "expand_path",
    "file_destination",
    "finite_number",
    "local_path",
    "parse_datetime",
    "parse_uuid",
    "path_segment",
    "path_text",
    "poll",
    "progress_for",
    "reading_with_progress",
    "redact",
    "redact_headers",
    "redact_url",
    "request_url",
    "retrying_transport",
    "sendable_text",
    "setting",
    "streaming_with_progress",
    "unwrap",
    "whole_number",
]
