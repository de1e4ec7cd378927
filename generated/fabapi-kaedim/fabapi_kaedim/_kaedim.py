# Copied from overlays/kaedim/_kaedim.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""`Kaedim` and `AsyncKaedim`: images in, 3D models out, with the JWT handled for you.

Every operation of the spec is reachable through the generated resource groups
(`kaedim.requests.get(dev_id=..., request_id=...)`). The methods here fill in the devID (and
studioID), pick `process`'s wire format, check the 6-image / 5 MB limits before sending, wait on a
request with backoff, and download its models, fetching fresh links when the old ones expired.
The JWT is obtained, refreshed before its 12 hours run out and once on a 401 by `KaedimAuth`.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any, cast

import httpx
from fabapi_core import (
    APIError,
    AsyncCaller,
    AsyncClientLifecycle,
    Caller,
    ClientLifecycle,
    InvalidArgument,
    JobFailed,
    MissingCredential,
    ProgressArg,
    RawResponse,
    RetryPolicy,
    Secret,
    adownload,
    apoll,
    build_error,
    client_settings,
    download,
    folder_for_writing,
    path_inside,
    poll,
    refuse_existing,
    safe_name,
    seconds_or_none,
    sendable_text,
)

from . import _arguments as check
from ._jwt import KaedimAuth, TokenStore, shared_store, usable_token
from ._resources import AsyncResources, Resources
from ._vendor import PROFILE
from ._webhooks import DEFAULT_MAX_BODY_BYTES, DEFAULT_TOLERANCE, SecretLike, WebhookReceiver
from .client import Client
from .models.asset_request import AssetRequest
from .models.iteration import Iteration
from .models.level_of_quality import LevelOfQuality
from .models.process_files_request import ProcessFilesRequest
from .models.process_files_request_test import ProcessFilesRequestTest
from .models.process_response import ProcessResponse
from .models.process_urls_request import ProcessUrlsRequest
from .models.project import Project
from .models.register_hook_request import RegisterHookRequest
from .models.result_links import ResultLinks
from .types import UNSET, File, Unset


class RequestDismissed(JobFailed):
    """Kaedim dismissed the request's latest iteration; `reason` is its `dismissedReason`."""

    def __init__(self, request: AssetRequest, elapsed: float) -> None:
        super().__init__(last=request, elapsed=elapsed)
        iteration = _latest(request)
        reason = iteration.dismissed_reason if iteration is not None else None
        self.reason = reason if isinstance(reason, str) else None
        self.args = (f"Kaedim dismissed request {request.request_id}: {self.reason or 'no reason given'}",)


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
    return _status(request) == check.DISMISSED


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
    ) -> None:
        self.api_key = PROFILE.credential(api_key, "api_key", what="API key")
        dev = PROFILE.setting(dev_id, "dev_id")
        if not dev:
            raise MissingCredential("devID", env_var=PROFILE.env_var("dev_id"), argument="dev_id")
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


def _adopt(auth: KaedimAuth, base_url: str, raw: RawResponse[Any]) -> Any:
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
    return answer


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


class Kaedim(ClientLifecycle, Resources):
    """Kaedim Web API. Credentials from arguments or KAEDIM_API_KEY, KAEDIM_DEV_ID, KAEDIM_REFRESH_TOKEN.

    >>> kaedim = Kaedim()                                               # doctest: +SKIP
    >>> sent = kaedim.submit(images=["chair.png"], loq="high")          # doctest: +SKIP
    >>> kaedim.wait(sent.request_id)                                    # doctest: +SKIP
    >>> kaedim.download(sent.request_id, ["glb", "obj"], "models/")     # doctest: +SKIP
    """

    def __init__(
        self,
        api_key: str | Secret | None = None,
        dev_id: str | None = None,
        refresh_token: str | Secret | None = None,
        *,
        studio_id: str | None = None,
        jwt: str | Secret | None = None,
        jwt_prefix: str | None = "Bearer",
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = PROFILE.timeout,
        retries: RetryPolicy | int | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.BaseTransport | None = None,
        strict: bool = False,
        token_store: TokenStore | None = None,
    ) -> None:
        self._settings = _Settings(
            api_key, dev_id, refresh_token, studio_id, jwt, base_url, allow_insecure_http, timeout, retries, transport
        )
        self.base_url = self._settings.base_url
        self.dev_id = self._settings.dev_id
        self.studio_id = self._settings.studio_id
        self._auth = _auth(self._settings, token_store, jwt_prefix)
        self._client = self._settings.http.client(Client, self._auth)
        super().__init__(Caller(self._client, secrets=self._auth.secrets, strict=strict))

    @property
    def token_store(self) -> TokenStore:
        """Where this client's JWT lives: shared by every client of the process with the same devID."""
        return self._auth.store

    # -- registration and requests -----------------------------------------------------------

    def register_webhook(self, destination: str) -> Any:
        """Register the endpoint Kaedim notifies; the JWT it hands out is used from now on.

        A JWT or refresh token that could not go into a header is refused (`UnexpectedResponse`, the
        values masked) before anything is adopted."""
        body = RegisterHookRequest(dev_id=self.dev_id, destination=check.webhook_url(destination))
        return _adopt(self._auth, self.base_url, self.with_raw_response.webhooks.register(body=body))

    def submit(
        self,
        *,
        images: Iterable[check.ImageInput] | check.ImageInput | None = None,
        urls: Iterable[str] | str | None = None,
        loq: str = "standard",
        test: bool = False,
        polycount: int | None = None,
        height: float | None = None,
        width: float | None = None,
        depth: float | None = None,
        project_id: str | None = None,
    ) -> ProcessResponse:
        """Submit images (files, sent as a multipart form) or image URLs (sent as JSON) for processing."""
        sizes = check.options(polycount=polycount, height=height, width=width, depth=depth)
        body = _process_body(images, urls, self.dev_id, loq, test, self.studio_id, project_id, sizes)
        return self.requests.create(body=body)

    def get_request(self, request_id: str) -> AssetRequest:
        """One request with its iterations (the `asset` wrapper, when Kaedim sends one, removed)."""
        request_id = _request_id(request_id)
        return _unwrapped(
            self.requests.get(dev_id=self.dev_id, request_id=request_id, studio_id=self.studio_id or UNSET)
        )

    def wait(
        self,
        request_id: str,
        *,
        timeout: float = 3600.0,
        interval: float = 10.0,
        on_progress: Callable[[AssetRequest], None] | None = None,
    ) -> AssetRequest:
        """The request once its latest iteration is done; `RequestDismissed` or `PollTimeout` otherwise."""
        timeout, interval = check.seconds(timeout, interval)
        try:
            return poll(
                lambda: self.get_request(request_id),
                until=_done,
                failed=_dismissed,
                timeout=timeout,
                interval=interval,
                max_interval=max(interval, 60.0),
                on_progress=on_progress,
            )
        except RequestDismissed:
            raise
        except JobFailed as failure:
            raise RequestDismissed(cast(AssetRequest, failure.last), failure.elapsed) from None

    def download(
        self,
        request_id: str,
        formats: Iterable[str] | str | None = None,
        dest: str | Path = ".",
        *,
        progress: ProgressArg = None,
        overwrite: bool = False,
        timeout: float | None = None,
    ) -> dict[str, Path]:
        """Download the latest iteration's models (all formats by default) into the folder `dest`, streamed.

        Each file is named after `request_id` and its format (`<request_id>.glb`), never after anything
        the server sent, and only appears once complete. An existing file raises `DestinationExists`
        before anything is fetched, unless `overwrite=True`. Links expire after an hour: when one is
        refused, the request is fetched again for fresh links. `timeout` bounds the whole download.
        """
        wanted = check.formats(formats)
        request_id = _request_id(request_id)
        seconds_or_none(timeout)
        targets = _destinations(request_id, wanted, dest, overwrite)
        request = self.get_request(request_id)
        written: dict[str, Path] = {}
        # The links are pre-signed: no Kaedim credentials go with them, but retries and typed errors do.
        args = self._settings.http.plain_httpx_args()
        with httpx.Client(**args, follow_redirects=True) as plain:
            for fmt, target in targets.items():
                try:
                    written[fmt] = download(
                        plain,
                        _link(request, request_id, fmt),
                        target,
                        progress=progress,
                        overwrite=overwrite,
                        timeout=timeout,
                    )
                except APIError as error:
                    if not _expired(error):
                        raise
                    request = self.get_request(request_id)
                    written[fmt] = download(
                        plain,
                        _link(request, request_id, fmt),
                        target,
                        progress=progress,
                        overwrite=overwrite,
                        timeout=timeout,
                    )
        return written

    def fetch_all(self, *, start: dt.date | str | None = None, end: dt.date | str | None = None) -> list[AssetRequest]:
        """Every request of the devID, optionally within [start, end] (dates, sent as MM-DD-YYYY)."""
        dates = check.date_range(start, end)
        answer = self.requests.list(
            dev_id=self.dev_id,
            start=dates.get("start", UNSET),
            end=dates.get("end", UNSET),
            studio_id=self.studio_id or UNSET,
        )
        return list(answer.assets)

    def list_projects(self) -> list[Project]:
        """The account's projects (styles)."""
        return list(self.projects.list(dev_id=self.dev_id).message)

    @staticmethod
    def webhook_receiver(
        secret: SecretLike, *, tolerance: float = DEFAULT_TOLERANCE, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    ) -> WebhookReceiver:
        """A receiver that verifies `kaedim-signature` with the account's Kaedim secret and deduplicates.

        Bodies over `max_body_bytes` are refused; see `WebhookReceiver` for how events count as handled.
        """
        return WebhookReceiver(secret, tolerance=tolerance, max_body_bytes=max_body_bytes)


class AsyncKaedim(AsyncClientLifecycle, AsyncResources):
    """The async twin of `Kaedim`: same arguments, same helpers, awaited."""

    def __init__(
        self,
        api_key: str | Secret | None = None,
        dev_id: str | None = None,
        refresh_token: str | Secret | None = None,
        *,
        studio_id: str | None = None,
        jwt: str | Secret | None = None,
        jwt_prefix: str | None = "Bearer",
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = PROFILE.timeout,
        retries: RetryPolicy | int | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
        token_store: TokenStore | None = None,
    ) -> None:
        self._settings = _Settings(
            api_key, dev_id, refresh_token, studio_id, jwt, base_url, allow_insecure_http, timeout, retries, transport
        )
        self.base_url = self._settings.base_url
        self.dev_id = self._settings.dev_id
        self.studio_id = self._settings.studio_id
        self._auth = _auth(self._settings, token_store, jwt_prefix)
        self._client = self._settings.http.client(Client, self._auth)
        super().__init__(AsyncCaller(self._client, secrets=self._auth.secrets, strict=strict))

    @property
    def token_store(self) -> TokenStore:
        """See `Kaedim.token_store`."""
        return self._auth.store

    async def register_webhook(self, destination: str) -> Any:
        """See `Kaedim.register_webhook`."""
        body = RegisterHookRequest(dev_id=self.dev_id, destination=check.webhook_url(destination))
        return _adopt(self._auth, self.base_url, await self.with_raw_response.webhooks.register(body=body))

    async def submit(
        self,
        *,
        images: Iterable[check.ImageInput] | check.ImageInput | None = None,
        urls: Iterable[str] | str | None = None,
        loq: str = "standard",
        test: bool = False,
        polycount: int | None = None,
        height: float | None = None,
        width: float | None = None,
        depth: float | None = None,
        project_id: str | None = None,
    ) -> ProcessResponse:
        """See `Kaedim.submit`."""
        sizes = check.options(polycount=polycount, height=height, width=width, depth=depth)
        body = _process_body(images, urls, self.dev_id, loq, test, self.studio_id, project_id, sizes)
        return await self.requests.create(body=body)

    async def get_request(self, request_id: str) -> AssetRequest:
        """See `Kaedim.get_request`."""
        request_id = _request_id(request_id)
        answer = await self.requests.get(dev_id=self.dev_id, request_id=request_id, studio_id=self.studio_id or UNSET)
        return _unwrapped(answer)

    async def wait(
        self,
        request_id: str,
        *,
        timeout: float = 3600.0,
        interval: float = 10.0,
        on_progress: Callable[[AssetRequest], None] | None = None,
    ) -> AssetRequest:
        """See `Kaedim.wait`."""
        timeout, interval = check.seconds(timeout, interval)

        async def fetch() -> AssetRequest:
            return await self.get_request(request_id)

        try:
            return await apoll(
                fetch,
                until=_done,
                failed=_dismissed,
                timeout=timeout,
                interval=interval,
                max_interval=max(interval, 60.0),
                on_progress=on_progress,
            )
        except RequestDismissed:
            raise
        except JobFailed as failure:
            raise RequestDismissed(cast(AssetRequest, failure.last), failure.elapsed) from None

    async def download(
        self,
        request_id: str,
        formats: Iterable[str] | str | None = None,
        dest: str | Path = ".",
        *,
        progress: ProgressArg = None,
        overwrite: bool = False,
        timeout: float | None = None,
    ) -> dict[str, Path]:
        """See `Kaedim.download`."""
        wanted = check.formats(formats)
        request_id = _request_id(request_id)
        seconds_or_none(timeout)
        targets = _destinations(request_id, wanted, dest, overwrite)
        request = await self.get_request(request_id)
        written: dict[str, Path] = {}
        args = self._settings.http.plain_httpx_args()
        async with httpx.AsyncClient(**args, follow_redirects=True) as plain:
            for fmt, target in targets.items():
                try:
                    written[fmt] = await adownload(
                        plain,
                        _link(request, request_id, fmt),
                        target,
                        progress=progress,
                        overwrite=overwrite,
                        timeout=timeout,
                    )
                except APIError as error:
                    if not _expired(error):
                        raise
                    request = await self.get_request(request_id)
                    written[fmt] = await adownload(
                        plain,
                        _link(request, request_id, fmt),
                        target,
                        progress=progress,
                        overwrite=overwrite,
                        timeout=timeout,
                    )
        return written

    async def fetch_all(
        self, *, start: dt.date | str | None = None, end: dt.date | str | None = None
    ) -> list[AssetRequest]:
        """See `Kaedim.fetch_all`."""
        dates = check.date_range(start, end)
        answer = await self.requests.list(
            dev_id=self.dev_id,
            start=dates.get("start", UNSET),
            end=dates.get("end", UNSET),
            studio_id=self.studio_id or UNSET,
        )
        return list(answer.assets)

    async def list_projects(self) -> list[Project]:
        """See `Kaedim.list_projects`."""
        return list((await self.projects.list(dev_id=self.dev_id)).message)

    @staticmethod
    def webhook_receiver(
        secret: SecretLike, *, tolerance: float = DEFAULT_TOLERANCE, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    ) -> WebhookReceiver:
        """See `Kaedim.webhook_receiver`."""
        return WebhookReceiver(secret, tolerance=tolerance, max_body_bytes=max_body_bytes)
