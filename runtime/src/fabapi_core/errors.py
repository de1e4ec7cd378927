"""Every error and warning a fabapi SDK raises, in one public module.

Each vendor package re-exports these names (`from fabapi_eiger import NotFound`), so a user never
has to know that they live in fabapi-core; the pipeline reads `__all__` below to write those imports.
"""

from ._deviations import SchemaDeviationWarning
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
)
from ._json import UntrustedJSONError

__all__ = [
    "APIError",
    "AuthenticationError",
    "BadRequest",
    "ConfigurationError",
    "Conflict",
    "DeadlineExceeded",
    "DestinationExists",
    "DeviatedField",
    "FabapiError",
    "InsecureTLSWarning",
    "InvalidArgument",
    "JobFailed",
    "MissingCredential",
    "NotFound",
    "PaginationError",
    "PermissionDenied",
    "PollTimeout",
    "RateLimited",
    "SchemaDeviationWarning",
    "ServerError",
    "TransportError",
    "UnexpectedResponse",
    "UnprocessableEntity",
    "UntrustedJSONError",
]
