"""fabapi-core: the shared runtime of the fabapi SDKs.

One public surface; the `_modules` behind it are private. Errors, secrets and redaction,
credentials from arguments or the environment, request logging, progress, retries (httpx-retries underneath), pagination
described by data, polling, httpx auth, client arguments, unwrapping generated responses, reading
untrusted JSON, and the one client set-up every vendor shares (`VendorProfile`, `client_settings`).

What comes in a sync and an async flavour is written once, async, in `_async/`; `_sync/` is generated
from it (codegen/unasync.py), and `_flavours.py` holds the few names that really differ.
"""

from ._async.caller import AsyncCaller
from ._async.download import adownload
from ._async.http import build_async_httpx_args
from ._async.lifecycle import AsyncClientLifecycle
from ._async.pagination import AsyncPager
from ._async.polling import apoll
from ._auth import BasicAuth, HeaderAuth
from ._caller import OperationInfo
from ._credentials import base_url_setting, credential, setting
from ._deadline import deadline
from ._decode import Properties, integers, integral, new_instance, parse_datetime, parse_uuid
from ._deviations import (
    Deviation,
    SchemaDeviationWarning,
    TolerantModel,
    closest,
    deviation_mark,
    located,
    restore_received,
)
from ._errors import (
    APIError,
    AuthenticationError,
    BadRequest,
    ConfigurationError,
    Conflict,
    DeadlineExceeded,
    DestinationExists,
    DeviatedField,
    FabapiError,
    InsecureTLSWarning,
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
    build_error,
    error_for,
)
from ._files import (
    file_for_writing,
    folder_for_writing,
    path_inside,
    refuse_existing,
    safe_name,
    suffix_of,
    write_file,
)
from ._http import ClientKwargs, client_kwargs, default_user_agent
from ._json import MAX_JSON_DEPTH, UntrustedJSONError, loads_body, loads_untrusted
from ._lazy import read_lazily, slot_setter, uuid_text
from ._pagination import PageStyle
from ._paths import expand_path, path_segment, path_text
from ._profile import ClientSettings, Connection, VendorProfile, client_settings
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
from ._redaction import Redactor, redact_text
from ._response import RawResponse, ResponseLike, unwrap
from ._retries import RetryPolicy, async_retrying_transport, retrying_transport
from ._secrets import Secret, is_sensitive_name, redact, redact_headers, redact_url
from ._sync.caller import Caller
from ._sync.download import download
from ._sync.http import build_httpx_args
from ._sync.lifecycle import ClientLifecycle
from ._sync.pagination import Pager
from ._sync.polling import poll
from ._transport import STREAMING
from ._urls import request_url
from ._values import file_destination, finite_number, local_path, seconds_or_none, sendable_text, whole_number
from ._version import __version__

__all__ = [
    "MAX_JSON_DEPTH",
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
    "ClientSettings",
    "ConfigurationError",
    "Conflict",
    "Connection",
    "DeadlineExceeded",
    "DestinationExists",
    "DeviatedField",
    "Deviation",
    "FabapiError",
    "HeaderAuth",
    "InsecureTLSWarning",
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
    "Redactor",
    "ResponseLike",
    "RetryPolicy",
    "SchemaDeviationWarning",
    "Secret",
    "ServerError",
    "TolerantModel",
    "TransportError",
    "UnexpectedResponse",
    "UnprocessableEntity",
    "UntrustedJSONError",
    "VendorProfile",
    "__version__",
    "adownload",
    "apoll",
    "async_reading_with_progress",
    "async_retrying_transport",
    "base_url_setting",
    "build_async_httpx_args",
    "build_error",
    "build_httpx_args",
    "client_kwargs",
    "client_settings",
    "closest",
    "credential",
    "deadline",
    "default_user_agent",
    "deviation_mark",
    "download",
    "error_for",
    "expand_path",
    "file_destination",
    "file_for_writing",
    "finite_number",
    "folder_for_writing",
    "integers",
    "integral",
    "is_sensitive_name",
    "loads_body",
    "loads_untrusted",
    "local_path",
    "located",
    "new_instance",
    "parse_datetime",
    "parse_uuid",
    "path_inside",
    "path_segment",
    "path_text",
    "poll",
    "progress_for",
    "read_lazily",
    "reading_with_progress",
    "redact",
    "redact_headers",
    "redact_text",
    "redact_url",
    "refuse_existing",
    "request_url",
    "restore_received",
    "retrying_transport",
    "safe_name",
    "seconds_or_none",
    "sendable_text",
    "setting",
    "slot_setter",
    "streaming_with_progress",
    "suffix_of",
    "unwrap",
    "uuid_text",
    "whole_number",
    "write_file",
]
