# Copied from overlays/kaedim/_kaedim.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""What `Kaedim` and `AsyncKaedim` share: request bodies and results, credentials and the JWT's set-up.

The clients themselves are written once, in `_async/kaedim.py`; the sync one is generated from it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Mapping
from pathlib import Path
from typing import Any, TypeAlias, cast

import httpx
from fabapi_core import (
    APIError,
    Connection,
    InvalidArgument,
    JobFailed,
    MissingCredential,
    RawResponse,
    RetryPolicy,
    Secret,
    build_error,
    client_settings,
    folder_for_writing,
    path_inside,
    refuse_existing,
    safe_name,
    sendable_text,
)

from . import _arguments as check
from ._jwt import KaedimAuth, TokenStore, shared_store, usable_token
from ._vendor import PROFILE
from .models.already_registered_response import AlreadyRegisteredResponse
from .models.asset_request import AssetRequest
from .models.iteration import Iteration
from .models.level_of_quality import LevelOfQuality
from .models.process_files_request import ProcessFilesRequest
from .models.process_files_request_test import ProcessFilesRequestTest
from .models.process_urls_request import ProcessUrlsRequest
from .models.register_hook_response import RegisterHookResponse
from .models.result_links import ResultLinks
from .types import UNSET, File, Unset


class RequestDismissed(JobFailed):
    """Kaedim dismissed (or cancelled) the request's latest iteration; `reason` is its `dismissedReason`."""

    def __init__(self, request: AssetRequest, elapsed: float) -> None:
        super().__init__(last=request, elapsed=elapsed)
        iteration = _latest(request)
        reason = iteration.dismissed_reason if iteration is not None else None
        self.reason = reason if isinstance(reason, str) else None
        how = _status(request) or "dismissed"
        self.args = (f"Kaedim {how} request {request.request_id}: {self.reason or 'no reason given'}",)


# -- shared by both clients -----------------------------------------------------------------------


def _latest(request: AssetRequest) -> Iteration | None:
    iterations = request.iterations
    return iterations[-1] if not isinstance(iterations, Unset) and iterations else None


def _status(request: AssetRequest) -> str | None:
    iteration = _latest(request)
    status = iteration.status if iteration is not None else UNSET
    return status if isinstance(status, str) else None


def _done(request: AssetRequest) -> bool:
    return _status(request) in check.DONE


def _dismissed(request: AssetRequest) -> bool:
    return _status(request) in check.ENDED_UNMADE


def _unwrapped(answer: Any) -> AssetRequest:
    """fetchRequest's request, whether Kaedim wrapped it in `asset` or not."""
    asset = getattr(answer, "asset", UNSET)
    if isinstance(asset, AssetRequest):
        return asset
    return AssetRequest.from_dict(answer.to_dict())


def _links(request: AssetRequest) -> dict[str, str]:
    iteration = _latest(request)
    results = iteration.results if iteration is not None else None
    if not isinstance(results, ResultLinks):
        return {}
    found = {name: value for name, value in results.to_dict().items() if isinstance(value, str) and value}
    return found


def _process_body(
    images: Any, urls: Any, dev_id: str, loq: str, test: bool, studio_id: str | None, project_id: str | None,
    sizes: Mapping[str, Any],
) -> ProcessUrlsRequest | ProcessFilesRequest:  # fmt: skip
    if (images is None) == (urls is None):
        raise InvalidArgument("images", "pass images= (files) or urls= (image URLs), one of the two")
    level = LevelOfQuality(check.level(loq))
    test = check.flag(test, "test")
    project_id = check.optional_text(project_id, "project_id")
    extra: dict[str, Any] = {"project_id": project_id or UNSET, "studio_id": studio_id or UNSET}
    extra |= {name: sizes.get(name, UNSET) for name in ("polycount", "height", "width", "depth")}
    if urls is not None:
        return ProcessUrlsRequest(dev_id=dev_id, image_urls=check.urls(urls), lo_q=level, test=test, **extra)
    chosen = check.images(images)
    flag = ProcessFilesRequestTest.TRUE if test else ProcessFilesRequestTest.FALSE
    request = ProcessFilesRequest(dev_id=dev_id, lo_q=level, test=flag, **extra)
    for index, image in enumerate(chosen):
        # One file goes as `image`, several as `image-0` ... `image-5`, as Kaedim's own code sends them.
        key = "image" if len(chosen) == 1 else f"image_{index}"
        setattr(request, key, File(payload=io.BytesIO(image.data), file_name=image.name))
    return request


def _link(request: AssetRequest, request_id: str, fmt: str) -> str:
    links = _links(request)
    if not links:
        raise InvalidArgument("request_id", f"request {request_id!r} has no results yet (status {_status(request)})")
    if fmt not in links:
        raise InvalidArgument("formats", f"request {request_id!r} has no {fmt} result")
    return links[fmt]


def _destinations(request_id: str, wanted: tuple[str, ...], dest: str | Path, overwrite: bool) -> dict[str, Path]:
    """Where each format goes: named after the caller's request id (never the server's), inside `dest`.

    Checked before anything is fetched, so an existing file stops the download at once.
    """
    if not isinstance(request_id, str) or not request_id:
        raise InvalidArgument("request_id", f"argument 'request_id' must be a non-empty string, got {request_id!r:.60}")
    folder = folder_for_writing(dest)
    stem = safe_name(request_id, fallback="model")
    targets = {fmt: path_inside(folder, f"{stem}.{fmt}") for fmt in wanted}
    for target in targets.values():
        refuse_existing(target, overwrite)
    return targets


def _request_id(request_id: object) -> str:
    return sendable_text(request_id, "request_id", allow_empty=False)


def _expired(error: APIError) -> bool:
    # Expired pre-signed links answer 403 (S3 says "Request has expired"); some stores say 400 or 404.
    return error.status_code in (400, 403, 404, 410)


class _Settings:
    """Kaedim's own credentials and account ids, and the client settings every vendor shares; checked once."""

    def __init__(
        self,
        api_key: str | Secret | None,
        dev_id: str | None,
        refresh_token: str | Secret | None,
        studio_id: str | None,
        jwt: str | Secret | None,
        base_url: str | None,
        allow_insecure_http: bool,
        timeout: float | httpx.Timeout | None,
        retries: RetryPolicy | int | None,
        transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
        connection: Connection,
    ) -> None:
        self.api_key = PROFILE.credential(api_key, "api_key", what="API key")
        dev = PROFILE.setting(dev_id, "dev_id")
        if not dev:
            raise MissingCredential("devID", env_var=PROFILE.env_vars("dev_id"), argument="dev_id")
        self.dev_id = dev
        self.refresh_token = PROFILE.optional_credential(refresh_token, "refresh_token", what="refresh token")
        self.jwt = PROFILE.optional_credential(jwt, "jwt", what="JWT")
        self.studio_id = PROFILE.setting(studio_id, "studio_id") or None
        self.http = client_settings(
            PROFILE,
            base_url=base_url,
            timeout=timeout,
            retries=retries,
            transport=transport,
            allow_insecure_http=allow_insecure_http,
            **connection,
        )
        self.base_url = self.http.base_url


# An auth scheme is one HTTP token (RFC 9110); anything else would break the Authorization header.
_SCHEME = re.compile(r"[A-Za-z0-9!#$%&'*+.^_`|~-]+")


def _check_prefix(jwt_prefix: str | None) -> None:
    if jwt_prefix is not None and not (isinstance(jwt_prefix, str) and _SCHEME.fullmatch(jwt_prefix)):
        # Not quoted: a mistyped prefix may hold part of a token.
        raise InvalidArgument(
            "jwt_prefix", "jwt_prefix must be one word (an auth scheme) of letters, digits or !#$%&'*+.^_`|~-, or None"
        )


Registered: TypeAlias = RegisterHookResponse | AlreadyRegisteredResponse


def _adopt(auth: KaedimAuth, base_url: str, raw: RawResponse[Registered]) -> Registered:
    """registerHook's answer, once the JWT (and refresh token) it issued are checked and adopted."""
    answer = raw.parsed
    jwt = getattr(answer, "jwt", None)
    refresh = getattr(answer, "refresh_token", UNSET)
    refresh = refresh if isinstance(refresh, str) and refresh else None
    for field, value in (("jwt", jwt), ("refreshToken", refresh)):
        if (value is not None or field == "jwt") and not usable_token(value):
            raise build_error(
                status_code=raw.status_code,
                content=raw.content,
                headers=raw.headers,
                reason=f"registerHook answered a `{field}` that cannot go into a header",
                method="POST",
                url=base_url.rstrip("/") + "/registerHook",
                secrets=auth.secrets,
            )
    auth.adopt(cast(str, jwt))
    if refresh is not None:
        auth.use_refresh_token(Secret(refresh))
    # A parsed answer is there: without one there would be no usable `jwt` above.
    return cast(Registered, answer)


def _auth(settings: _Settings, store: TokenStore | None, jwt_prefix: str | None) -> KaedimAuth:
    _check_prefix(jwt_prefix)
    shared = store if store is not None else shared_store(settings.base_url, settings.dev_id)
    auth = KaedimAuth(
        api_key=settings.api_key,
        dev_id=settings.dev_id,
        refresh_token=settings.refresh_token,
        refresh_url=settings.base_url.rstrip("/") + "/refreshJWT",
        store=shared,
        jwt_prefix=jwt_prefix,
    )
    if settings.jwt is not None and shared.current(0.0) is None:
        auth.adopt(settings.jwt.reveal())
    return auth
