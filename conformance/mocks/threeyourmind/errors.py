"""3YOURMIND's error shape: `{"code", "message", "moreInfo": [...]}`, raised from anywhere in a handler."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from starlette.requests import Request

from .. import kit
from ..kit.answers import Json

# The only code the vendor documents; the others are what a client can tell apart by status.
VALIDATION_ERROR = "VALIDATION_ERROR"
NOT_AUTHENTICATED = "NOT_AUTHENTICATED"
NOT_FOUND = "NOT_FOUND"
METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED"
UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE"
CONFLICT = "CONFLICT"


class ApiError(Exception):
    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        more_info: Sequence[Mapping[str, Any]] = (),
        headers: Mapping[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.more_info = [dict(item) for item in more_info]
        self.headers = dict(headers or {})

    def response(self) -> Json:
        return error_response(self.status, self.code, self.message, self.more_info, self.headers)


def error_response(
    status: int,
    code: str,
    message: str,
    more_info: Sequence[Mapping[str, Any]] = (),
    headers: Mapping[str, str] | None = None,
) -> Json:
    body = {"code": code, "message": message, "moreInfo": [dict(item) for item in more_info]}
    return Json(body, status_code=status, headers=dict(headers or {}))


def invalid(field: str, message: str) -> ApiError:
    """A 400 naming one field, as the vendor's `Field validation error` does."""
    return ApiError(400, VALIDATION_ERROR, "Field validation error", [{"field": field, "message": message}])


def not_found(what: str, ident: object) -> ApiError:
    return ApiError(404, NOT_FOUND, f"{what} {ident} does not exist")


def conflict(message: str) -> ApiError:
    """The request is well formed, but the resource's state does not allow it (yet)."""
    return ApiError(409, CONFLICT, message)


def malformed(request: Request, problem: kit.Problem) -> Json:
    """The kit's refusals as Django REST framework answers them: 415 for the media type, else 400."""
    if problem.kind == "media_type":
        return error_response(415, UNSUPPORTED_MEDIA_TYPE, f"Unsupported media type: {problem.message}.")
    if problem.kind in ("missing", "escape"):
        where = {"field": problem.where[-1], "message": problem.message}
        return error_response(400, VALIDATION_ERROR, "Field validation error", [where])
    return error_response(400, VALIDATION_ERROR, f"JSON parse error - {problem.message}")


def invalid_request(request: Request, problem: kit.Invalid) -> Json:
    """What the spec does not allow, as the vendor answers it: 415 for the media type, else 400."""
    if problem.media_type:
        return error_response(415, UNSUPPORTED_MEDIA_TYPE, problem.message)
    return error_response(400, VALIDATION_ERROR, problem.message, problem.fields)
