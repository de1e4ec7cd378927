"""The Kaedim client: images in, 3D models out, with the JWT handled for you. Written once, async; the
sync flavour is generated from it.

Every operation of the spec is reachable through the generated resource groups
(`kaedim.requests.get(dev_id=..., request_id=...)`). The methods here fill in the devID (and
studioID), pick `process`'s wire format, check the 6-image / 5 MB limits before sending, wait on a
request with backoff, and download its models, fetching fresh links when the old ones expired.
The JWT is obtained, refreshed before its 12 hours run out and once on a 401 by `KaedimAuth`.
"""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import cast

import httpx
from fabapi_core import (
    APIError,
    AsyncCaller,
    AsyncClientLifecycle,
    JobFailed,
    ProgressArg,
    RetryPolicy,
    Secret,
    adownload,
    apoll,
    seconds_or_none,
)

from .. import _arguments as check
from .._jwt import TokenStore
from .._kaedim import (
    Registered,
    RequestDismissed,
    _adopt,
    _auth,
    _destinations,
    _dismissed,
    _done,
    _expired,
    _link,
    _process_body,
    _request_id,
    _Settings,
    _unwrapped,
)
from .._resources import AsyncResources
from .._vendor import PROFILE
from .._webhooks import DEFAULT_MAX_BODY_BYTES, DEFAULT_TOLERANCE, SecretLike, WebhookReceiver
from ..client import Client
from ..models.asset_request import AssetRequest
from ..models.process_response import ProcessResponse
from ..models.project import Project
from ..models.register_hook_request import RegisterHookRequest
from ..types import UNSET


class AsyncKaedim(AsyncClientLifecycle, AsyncResources):
    """Kaedim Web API. Credentials from arguments or KAEDIM_API_KEY, KAEDIM_DEV_ID, KAEDIM_REFRESH_TOKEN.

    `submit` sends images (or their URLs), `wait` waits for the models with backoff, `download`
    streams them to files; the JWT is obtained and refreshed for you.

    `http_client=` (your own httpx client of this flavour makes the connections; never closed here),
    `verify=` (TLS: True, False, a CA bundle path or an `ssl.SSLContext`) and `default_headers=`
    (sent on every request, never the credentials' headers) work as on every fabapi client.
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
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
        http_client: httpx.AsyncClient | None = None,
        verify: bool | str | ssl.SSLContext | None = None,
        default_headers: Mapping[str, str] | None = None,
        token_store: TokenStore | None = None,
    ) -> None:
        self._settings = _Settings(
            api_key,
            dev_id,
            refresh_token,
            studio_id,
            jwt,
            base_url,
            allow_insecure_http,
            timeout,
            retries,
            transport,
            {"verify": verify, "http_client": http_client, "default_headers": default_headers},
        )
        self.base_url = self._settings.base_url
        self.dev_id = self._settings.dev_id
        self.studio_id = self._settings.studio_id
        self._auth = _auth(self._settings, token_store, jwt_prefix)
        self._client = self._settings.http.client(Client, self._auth)
        caller = AsyncCaller(
            self._client, secrets=self._auth.secrets, strict=strict, auth_headers=self._auth.header_names
        )
        super().__init__(caller)

    @property
    def token_store(self) -> TokenStore:
        """Where this client's JWT lives: shared by every client of the process with the same devID."""
        return self._auth.store

    # -- registration and requests -----------------------------------------------------------

    async def register_webhook(self, destination: str) -> Registered:
        """Register the endpoint Kaedim notifies; the JWT it hands out is used from now on.

        A JWT or refresh token that could not go into a header is refused before anything is adopted.

        Args:
            destination: The HTTPS URL of your webhook endpoint.

        Returns:
            The registration (with its JWT and refresh token), or Kaedim's answer that it already was.

        Raises:
            InvalidArgument: a destination that is not a URL.
            UnexpectedResponse: a JWT or refresh token that could not go into a header (the values masked).
            APIError: the server refused the request (`AuthenticationError`, `BadRequest`...).
        """
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
        """Submit images (files, sent as a multipart form) or image URLs (sent as JSON) for processing.

        Processing spends credits.

        Args:
            images: Image files (paths, bytes or open files), at most 6, each at most 5 MB.
            urls: Image URLs, instead of `images`.
            loq: The level of quality (`standard`, `high`...).
            test: A test request, which spends no credits.
            polycount: The wanted polygon count.
            height: The model's height.
            width: The model's width.
            depth: The model's depth.
            project_id: The project (style) to process in.

        Returns:
            Kaedim's answer, with the new request's id.

        Raises:
            InvalidArgument: neither or both of images and urls, more than 6 images, an image over 5 MB, or an
                unknown level of quality.
            APIError: the server refused the request (`AuthenticationError`, `BadRequest`...).
        """
        sizes = check.options(polycount=polycount, height=height, width=width, depth=depth)
        body = _process_body(images, urls, self.dev_id, loq, test, self.studio_id, project_id, sizes)
        return await self.requests.create(body=body)

    async def get_request(self, request_id: str) -> AssetRequest:
        """One request with its iterations (the `asset` wrapper, when Kaedim sends one, removed).

        Args:
            request_id: The request's id.

        Returns:
            The request with its iterations.

        Raises:
            InvalidArgument: an empty request id.
            NotFound: no such request.
            APIError: the server refused the request otherwise.
        """
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
        """The request once its latest iteration is done; `RequestDismissed` or `PollTimeout` otherwise.

        Args:
            request_id: The request's id.
            timeout: Seconds to wait, each request included.
            interval: Seconds between polls.
            on_progress: Called with each state of the request polled, never awaited.

        Returns:
            The request, its latest iteration done.

        Raises:
            InvalidArgument: an empty request id, or a timeout or interval that is not a positive number.
            RequestDismissed: Kaedim dismissed the request.
            PollTimeout: it was not done within `timeout`.
            APIError: the server refused a poll.
        """
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
        """Download the latest iteration's models (all formats by default) into the folder `dest`, streamed.

        Each file is named after `request_id` and its format (`<request_id>.glb`), never after anything
        the server sent, and only appears once complete. Links expire after an hour: when one is
        refused, the request is fetched again for fresh links.

        Args:
            request_id: The request's id.
            formats: The formats to fetch (`glb`, `obj`, `fbx`...); all when None.
            dest: The folder to write into.
            progress: True, or a tqdm-like bar, to show progress; None for none.
            overwrite: Replace existing files instead of refusing.
            timeout: Seconds for the whole download.

        Returns:
            The path written for each format.

        Raises:
            InvalidArgument: an empty request id or an unknown format.
            DestinationExists: a file exists and `overwrite` is False, before anything is fetched.
            UnexpectedResponse: an HTML page or a cut body instead of a model.
            APIError: the server refused a request.
        """
        wanted = check.formats(formats)
        request_id = _request_id(request_id)
        seconds_or_none(timeout)
        targets = _destinations(request_id, wanted, dest, overwrite)
        request = await self.get_request(request_id)
        written: dict[str, Path] = {}
        # The links are pre-signed: no Kaedim credentials go with them, but retries and typed errors do.
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
        """Every request of the devID, optionally within [start, end] (dates, sent as MM-DD-YYYY).

        Args:
            start: The first day (a date, or text as `2024-05-01`); None for no lower bound.
            end: The last day; None for no upper bound.

        Returns:
            The requests.

        Raises:
            InvalidArgument: a date that is not one, or an end before the start.
            APIError: the server refused the request.
        """
        dates = check.date_range(start, end)
        answer = await self.requests.list(
            dev_id=self.dev_id,
            start=dates.get("start", UNSET),
            end=dates.get("end", UNSET),
            studio_id=self.studio_id or UNSET,
        )
        return list(answer.assets)

    async def list_projects(self) -> list[Project]:
        """The account's projects (styles).

        Returns:
            The projects.

        Raises:
            APIError: the server refused the request (`AuthenticationError`...).
        """
        return list((await self.projects.list(dev_id=self.dev_id)).message)

    @staticmethod
    def webhook_receiver(
        secret: SecretLike, *, tolerance: float = DEFAULT_TOLERANCE, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    ) -> WebhookReceiver:
        """A receiver that verifies `kaedim-signature` with the account's Kaedim secret and deduplicates.

        See `WebhookReceiver` for how events count as handled.

        Args:
            secret: The account's Kaedim secret.
            tolerance: Seconds a delivery's timestamp may be off before it is refused as stale.
            max_body_bytes: The largest body accepted; larger ones are refused (413).

        Returns:
            The receiver, usable as an ASGI app (`.asgi(handler)`) or in your own framework (`.handling(...)`).

        Raises:
            InvalidArgument: an empty secret, or a tolerance or size that is not positive.
        """
        return WebhookReceiver(secret, tolerance=tolerance, max_body_bytes=max_body_bytes)
