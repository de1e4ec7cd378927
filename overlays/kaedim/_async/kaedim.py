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
from collections.abc import Callable, Iterable
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
        """Where this client's JWT lives: shared by every client of the process with the same devID."""
        return self._auth.store

    # -- registration and requests -----------------------------------------------------------

    async def register_webhook(self, destination: str) -> Registered:
        """Register the endpoint Kaedim notifies; the JWT it hands out is used from now on.

        A JWT or refresh token that could not go into a header is refused (`UnexpectedResponse`, the
        values masked) before anything is adopted."""
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
        """Submit images (files, sent as a multipart form) or image URLs (sent as JSON) for processing."""
        sizes = check.options(polycount=polycount, height=height, width=width, depth=depth)
        body = _process_body(images, urls, self.dev_id, loq, test, self.studio_id, project_id, sizes)
        return await self.requests.create(body=body)

    async def get_request(self, request_id: str) -> AssetRequest:
        """One request with its iterations (the `asset` wrapper, when Kaedim sends one, removed)."""
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

        `on_progress` is a plain function, called with each state of the request polled, never awaited.
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
        the server sent, and only appears once complete. An existing file raises `DestinationExists`
        before anything is fetched, unless `overwrite=True`. Links expire after an hour: when one is
        refused, the request is fetched again for fresh links. `timeout` bounds the whole download.
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
        """Every request of the devID, optionally within [start, end] (dates, sent as MM-DD-YYYY)."""
        dates = check.date_range(start, end)
        answer = await self.requests.list(
            dev_id=self.dev_id,
            start=dates.get("start", UNSET),
            end=dates.get("end", UNSET),
            studio_id=self.studio_id or UNSET,
        )
        return list(answer.assets)

    async def list_projects(self) -> list[Project]:
        """The account's projects (styles)."""
        return list((await self.projects.list(dev_id=self.dev_id)).message)

    @staticmethod
    def webhook_receiver(
        secret: SecretLike, *, tolerance: float = DEFAULT_TOLERANCE, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES
    ) -> WebhookReceiver:
        """A receiver that verifies `kaedim-signature` with the account's Kaedim secret and deduplicates.

        Bodies over `max_body_bytes` are refused; see `WebhookReceiver` for how events count as handled.
        """
        return WebhookReceiver(secret, tolerance=tolerance, max_body_bytes=max_body_bytes)
