# Copied from overlays/cloudslicer/_cloudslicer.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""`CloudSlicer` and `AsyncCloudSlicer`: upload to G-code in one call, streamed both ways.

Every operation of the spec is reachable through the generated resource groups
(`slicer.quotes.get(...)`); the methods here are the flows the vendor's page
describes: upload → printability → quote → G-code, browser uploads, cleanup.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from fabapi_core import (
    AsyncCaller,
    AsyncClientLifecycle,
    Caller,
    ClientLifecycle,
    ClientSettings,
    HeaderAuth,
    InvalidArgument,
    NotFound,
    ProgressArg,
    RetryPolicy,
    Secret,
    UnexpectedResponse,
    adownload,
    client_settings,
    deadline,
    download,
    expand_path,
    file_destination,
    file_for_writing,
    path_segment,
    path_text,
    refuse_existing,
)

from ._profiles import bed, check_model_file, check_pricing, check_printer, printer_profile
from ._resources import AsyncResources, Resources
from ._vendor import PROFILE
from .client import Client
from .models.delete_file_response import DeleteFileResponse
from .models.file_upload_form import FileUploadForm
from .models.file_upload_response import FileUploadResponse
from .models.printability_response import PrintabilityResponse
from .models.printer_config import PrinterConfig
from .models.quote_config import QuoteConfig
from .models.quote_request import QuoteRequest
from .models.quote_response import QuoteResponse
from .types import File

# The paths the hand-written helpers call; ids go in through `expand_path`, one encoded segment each.
_GCODE = "/v1/quote/gcode/{quote_id}"
_FILE = "/v1/file/{file_id}"


def _whole_call(timeout: float | None) -> float | None:
    """A `timeout=` for a helper's whole work: seconds above 0, or None for no limit beyond each request's."""
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, int | float) or not timeout > 0):
        raise InvalidArgument("timeout", f"timeout must be a number of seconds above 0, or None; got {timeout!r}")
    return timeout


def _writable(dest: str | Path | None, overwrite: bool) -> None:
    """Refuse a G-code destination that exists before quota is spent on the quote."""
    if dest is not None:
        refuse_existing(file_for_writing(dest, argument="gcode_to"), overwrite)


class DoesNotFit(InvalidArgument):
    """The part is larger than the printer's build volume."""

    def __init__(self, printability: PrintabilityResponse) -> None:
        self.printability = printability
        model, printer = printability.model_dimensions, printability.printer_dimensions
        super().__init__(
            "printer",
            f"the part ({model.x}×{model.y}×{model.z} mm) does not fit the printer "
            f"({printer.x}×{printer.y}×{printer.z} mm)",
        )


@dataclass(frozen=True)
class QuotedFile:
    """What `quote_file` produced: the upload, the printability check, the quote, the G-code file."""

    file: FileUploadResponse
    printability: PrintabilityResponse
    quote: QuoteResponse
    gcode_path: Path | None


@dataclass(frozen=True)
class UploadLink:
    """A single-use URL a browser can POST a file to (multipart field `file`), no token needed."""

    upload_id: str
    file_id: str
    url: str


def _set_up(
    token: str | Secret | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    retries: RetryPolicy | int | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    allow_insecure_http: bool,
) -> tuple[ClientSettings, Client, tuple[Secret, ...]]:
    """Cloud Slicer's own part of a client: its token, sent as `Authorization: Bearer ...`."""
    secret = PROFILE.credential(token, "token")
    settings = client_settings(
        PROFILE,
        base_url=base_url,
        timeout=timeout,
        retries=retries,
        transport=transport,
        allow_insecure_http=allow_insecure_http,
    )
    return settings, settings.client(Client, HeaderAuth(secret, prefix="Bearer")), (secret,)


def _quote_request(
    printer: PrinterConfig | None, pricing: QuoteConfig | None, gcode_to: str | Path | None
) -> tuple[PrinterConfig, QuoteRequest, Path | None]:
    """Everything `quote_file` sends or writes besides the file, checked before the upload."""
    printer = check_printer(printer) if printer is not None else printer_profile()
    request = QuoteRequest(printer_config=printer)
    if pricing is not None:
        request.quote_config = check_pricing(pricing)
    return printer, request, None if gcode_to is None else file_destination(gcode_to, "gcode_to")


def _cleanup_ids(file_id: str, quote_ids: Iterable[str]) -> tuple[str, list[str]]:
    # All checked first: a bad id late in the list must not leave the others half deleted.
    if isinstance(quote_ids, str) or not isinstance(quote_ids, Iterable):
        raise InvalidArgument("quote_ids", f"quote_ids must be a list of quote ids, not {type(quote_ids).__name__}")
    checked = [path_text(quote_id, f"quote_ids[{index}]") for index, quote_id in enumerate(quote_ids)]
    return path_text(file_id, "file_id"), checked


def _link(base_url: str, upload_id: str) -> str:
    """The browser upload URL; the server's upload id must be one path segment like any other value."""
    try:
        segment = path_segment(upload_id, "upload_id")
    except InvalidArgument:
        raise UnexpectedResponse(
            f"Cloud Slicer answered an upload_id that is no path segment: {upload_id!r:.80}",
            status_code=200,
            reason="an upload_id that cannot go into the upload URL",
        ) from None
    return f"{base_url.rstrip('/')}/v1/file/public/{segment}"


@contextmanager
def _upload_form(path: str | Path, max_mb: float) -> Iterator[FileUploadForm]:
    """The multipart form with the open file: httpx streams it in chunks, never reading it whole."""
    source = check_model_file(path, max_mb)
    with source.open("rb") as stream:
        yield FileUploadForm(file=File(payload=stream, file_name=source.name, mime_type="application/octet-stream"))


class CloudSlicer(ClientLifecycle, Resources):
    """Cloud Slicer API. The token comes from the argument or CLOUDSLICER_API_TOKEN."""

    max_file_mb = 200.0

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = PROFILE.timeout,
        retries: RetryPolicy | int | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.BaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        self._settings, self._client, self._secrets = _set_up(
            token, base_url, timeout, retries, transport, allow_insecure_http
        )
        self.base_url = self._settings.base_url
        super().__init__(Caller(self._client, secrets=self._secrets, strict=strict))

    def upload_file(self, path: str | Path) -> FileUploadResponse:
        """Upload a .stl, .obj or .3mf file, streamed; checked for type, size and framing first."""
        with _upload_form(path, self.max_file_mb) as form:
            return self.files.upload(body=form)

    def upload_link(self) -> UploadLink:
        """A single-use link (valid one hour) for uploading from a browser without the token."""
        created = self.files.create_upload_id()
        url = _link(self.base_url, created.upload_id)
        return UploadLink(upload_id=created.upload_id, file_id=created.file_id, url=url)

    def quote_file(
        self,
        path: str | Path,
        *,
        printer: PrinterConfig | None = None,
        pricing: QuoteConfig | None = None,
        gcode_to: str | Path | None = None,
        overwrite: bool = False,
        timeout: float | None = None,
    ) -> QuotedFile:
        """Upload, check the part fits the printer, quote it, and optionally stream the G-code to a file.

        Raises `DoesNotFit` (an `InvalidArgument`) when the part is larger than the printer's bed, and
        `DestinationExists` before anything is uploaded when `gcode_to` exists (unless `overwrite=True`).
        `timeout` bounds the whole call, G-code included (`DeadlineExceeded`); without it each request
        is bounded by the client's timeout and the G-code download by each of its reads.
        """
        profile, request, gcode_path = _quote_request(printer, pricing, gcode_to)
        _writable(gcode_path, overwrite)
        with deadline(_whole_call(timeout)):
            uploaded = self.upload_file(path)
            printability = self.part_info.check_printability(uploaded.file_id, body=bed(profile))
            if not printability.fits_printer:
                raise DoesNotFit(printability)
            quote = self.quotes.create(uploaded.file_id, body=request)
            gcode = None if gcode_path is None else self.download_gcode(quote.quote_id, gcode_path, overwrite=overwrite)
        return QuotedFile(file=uploaded, printability=printability, quote=quote, gcode_path=gcode)

    def download_gcode(
        self,
        quote_id: str,
        dest: str | Path,
        *,
        progress: ProgressArg = None,
        overwrite: bool = False,
        timeout: float | None = None,
    ) -> Path:
        """Stream a quote's G-code to the file `dest`; it appears only once complete.

        An existing `dest` raises `DestinationExists` unless `overwrite=True`; `timeout` bounds the
        whole download.
        """
        path = expand_path(_GCODE, {"quote_id": path_text(quote_id, "quote_id")})
        http = self._client.get_httpx_client()
        return download(
            http, path, dest, progress=progress, secrets=self._secrets, overwrite=overwrite, timeout=timeout
        )

    def download_file(
        self,
        file_id: str,
        dest: str | Path,
        *,
        progress: ProgressArg = None,
        overwrite: bool = False,
        timeout: float | None = None,
    ) -> Path:
        """Stream an uploaded file back to the file `dest` (see `download_gcode`)."""
        path = expand_path(_FILE, {"file_id": path_text(file_id, "file_id")})
        http = self._client.get_httpx_client()
        return download(
            http, path, dest, progress=progress, secrets=self._secrets, overwrite=overwrite, timeout=timeout
        )

    def cleanup(self, file_id: str, quote_ids: Iterable[str] = ()) -> DeleteFileResponse | None:
        """Delete quotes (already gone is fine), then the file, which takes its remaining quotes along.

        None when the file's deletion was retried and found it gone: the first attempt deleted it,
        but its answer was lost.
        """
        file_id, checked = _cleanup_ids(file_id, quote_ids)
        for quote_id in checked:
            try:
                self.quotes.delete(quote_id)
            except NotFound:
                pass
        try:
            return self.files.delete(file_id)
        except NotFound as error:
            if error.earlier_attempt_may_have_acted:
                return None
            raise


class AsyncCloudSlicer(AsyncClientLifecycle, AsyncResources):
    """The async twin of `CloudSlicer`."""

    max_file_mb = 200.0

    def __init__(
        self,
        token: str | Secret | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = PROFILE.timeout,
        retries: RetryPolicy | int | None = None,
        allow_insecure_http: bool = False,
        transport: httpx.AsyncBaseTransport | None = None,
        strict: bool = False,
    ) -> None:
        self._settings, self._client, self._secrets = _set_up(
            token, base_url, timeout, retries, transport, allow_insecure_http
        )
        self.base_url = self._settings.base_url
        super().__init__(AsyncCaller(self._client, secrets=self._secrets, strict=strict))

    async def upload_file(self, path: str | Path) -> FileUploadResponse:
        """Async version of `CloudSlicer.upload_file`."""
        with _upload_form(path, self.max_file_mb) as form:
            return await self.files.upload(body=form)

    async def upload_link(self) -> UploadLink:
        """Async version of `CloudSlicer.upload_link`."""
        created = await self.files.create_upload_id()
        url = _link(self.base_url, created.upload_id)
        return UploadLink(upload_id=created.upload_id, file_id=created.file_id, url=url)

    async def quote_file(
        self,
        path: str | Path,
        *,
        printer: PrinterConfig | None = None,
        pricing: QuoteConfig | None = None,
        gcode_to: str | Path | None = None,
        overwrite: bool = False,
        timeout: float | None = None,
    ) -> QuotedFile:
        """Async version of `CloudSlicer.quote_file`."""
        profile, request, gcode_path = _quote_request(printer, pricing, gcode_to)
        _writable(gcode_path, overwrite)
        with deadline(_whole_call(timeout)):
            uploaded = await self.upload_file(path)
            printability = await self.part_info.check_printability(uploaded.file_id, body=bed(profile))
            if not printability.fits_printer:
                raise DoesNotFit(printability)
            quote = await self.quotes.create(uploaded.file_id, body=request)
            if gcode_path is None:
                gcode = None
            else:
                gcode = await self.download_gcode(quote.quote_id, gcode_path, overwrite=overwrite)
        return QuotedFile(file=uploaded, printability=printability, quote=quote, gcode_path=gcode)

    async def download_gcode(
        self,
        quote_id: str,
        dest: str | Path,
        *,
        progress: ProgressArg = None,
        overwrite: bool = False,
        timeout: float | None = None,
    ) -> Path:
        """Async version of `CloudSlicer.download_gcode`."""
        path = expand_path(_GCODE, {"quote_id": path_text(quote_id, "quote_id")})
        http = self._client.get_async_httpx_client()
        return await adownload(
            http, path, dest, progress=progress, secrets=self._secrets, overwrite=overwrite, timeout=timeout
        )

    async def download_file(
        self,
        file_id: str,
        dest: str | Path,
        *,
        progress: ProgressArg = None,
        overwrite: bool = False,
        timeout: float | None = None,
    ) -> Path:
        """Async version of `CloudSlicer.download_file`."""
        path = expand_path(_FILE, {"file_id": path_text(file_id, "file_id")})
        http = self._client.get_async_httpx_client()
        return await adownload(
            http, path, dest, progress=progress, secrets=self._secrets, overwrite=overwrite, timeout=timeout
        )

    async def cleanup(self, file_id: str, quote_ids: Iterable[str] = ()) -> DeleteFileResponse | None:
        """Async version of `CloudSlicer.cleanup`."""
        file_id, checked = _cleanup_ids(file_id, quote_ids)
        for quote_id in checked:
            try:
                await self.quotes.delete(quote_id)
            except NotFound:
                pass
        try:
            return await self.files.delete(file_id)
        except NotFound as error:
            if error.earlier_attempt_may_have_acted:
                return None
            raise
