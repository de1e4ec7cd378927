# Copied from overlays/cloudslicer/_async/cloudslicer.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""The Cloud Slicer client: upload to G-code in one call, streamed both ways. Written once, async; the
sync flavour is generated from it.

Every operation of the spec is reachable through the generated resource groups
(`slicer.quotes.get(...)`); the methods here are the flows the vendor's page
describes: upload → printability → quote → G-code, browser uploads, cleanup.
"""

from __future__ import annotations

import ssl
from collections.abc import Iterable, Mapping
from pathlib import Path

import httpx
from fabapi_core import (
    AsyncCaller,
    AsyncClientLifecycle,
    NotFound,
    ProgressArg,
    RetryPolicy,
    Secret,
    adownload,
    deadline,
    expand_path,
    path_text,
)

from .._cloudslicer import (
    _FILE,
    _GCODE,
    DoesNotFit,
    QuotedFile,
    UploadLink,
    _cleanup_ids,
    _link,
    _quote_request,
    _set_up,
    _upload_form,
    _whole_call,
    _writable,
)
from .._profiles import bed
from .._resources import AsyncResources
from .._vendor import PROFILE
from ..models.delete_file_response import DeleteFileResponse
from ..models.file_upload_response import FileUploadResponse
from ..models.printer_config import PrinterConfig
from ..models.quote_config import QuoteConfig


class AsyncCloudSlicer(AsyncClientLifecycle, AsyncResources):
    """Cloud Slicer API. The token comes from the argument or CLOUDSLICER_API_TOKEN.

    `http_client=` (your own httpx client of this flavour makes the connections; never closed here),
    `verify=` (TLS: True, False, a CA bundle path or an `ssl.SSLContext`) and `default_headers=`
    (sent on every request, never the credentials' headers) work as on every fabapi client.
    """

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
        http_client: httpx.AsyncClient | None = None,
        verify: bool | str | ssl.SSLContext | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._settings, self._client, self._secrets = _set_up(
            token,
            base_url,
            timeout,
            retries,
            transport,
            allow_insecure_http,
            {"verify": verify, "http_client": http_client, "default_headers": default_headers},
        )
        self.base_url = self._settings.base_url
        super().__init__(AsyncCaller(self._client, secrets=self._secrets, strict=strict))

    async def upload_file(self, path: str | Path) -> FileUploadResponse:
        """Upload a .stl, .obj or .3mf file, streamed; checked for type, size and framing first.

        Args:
            path: The model file.

        Returns:
            The uploaded file's id and details.

        Raises:
            InvalidArgument: a missing or empty file, another type, over 200 MB, or an STL that is not one.
            APIError: the server refused the upload (`AuthenticationError`, `UnprocessableEntity`...).
        """
        with _upload_form(path, self.max_file_mb) as form:
            return await self.files.upload(body=form)

    async def upload_link(self) -> UploadLink:
        """A single-use link (valid one hour) for uploading from a browser without the token.

        Returns:
            The link's URL and when it expires.

        Raises:
            APIError: the server refused the request (`AuthenticationError`, `ServerError`...).
        """
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
        """Upload, check the part fits the printer, quote it, and optionally stream the G-code to a file.

        Without `timeout` each request is bounded by the client's timeout.

        Args:
            path: The model file (.stl, .obj or .3mf).
            printer: The printer profile (`printer_profile(...)`); the vendor's defaults when None.
            pricing: The pricing profile (`pricing_profile(...)`); the vendor's defaults when None.
            gcode_to: A file to stream the quote's G-code into, or None for none.
            overwrite: Replace an existing `gcode_to` instead of refusing.
            timeout: Seconds for the whole call, G-code included.

        Returns:
            The uploaded file, its printability and the quote.

        Raises:
            InvalidArgument: a bad file or profile value, naming the field.
            DoesNotFit: the part is larger than the printer's bed (an `InvalidArgument`).
            DestinationExists: `gcode_to` exists and `overwrite` is False, before anything is uploaded.
            DeadlineExceeded: `timeout` ran out.
            APIError: the server refused a request (`UnprocessableEntity` with FastAPI's `detail`...).
        """
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
        """Stream a quote's G-code to the file `dest`; it appears only once complete.

        Args:
            quote_id: The quote whose G-code to fetch.
            dest: The file to write.
            progress: True, or a tqdm-like bar, to show progress; None for none.
            overwrite: Replace an existing `dest` instead of refusing.
            timeout: Seconds for the whole download; None: each read bounded by the client's timeout.

        Returns:
            The path written.

        Raises:
            DestinationExists: `dest` exists and `overwrite` is False.
            NotFound: no such quote.
            UnexpectedResponse: an HTML page or a cut body instead of G-code.
            APIError: the server refused the request otherwise.
        """
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
        """Stream an uploaded file back to the file `dest` (see `download_gcode`).

        Args:
            file_id: The uploaded file's id.
            dest: The file to write.
            progress: True, or a tqdm-like bar, to show progress; None for none.
            overwrite: Replace an existing `dest` instead of refusing.
            timeout: Seconds for the whole download; None: each read bounded by the client's timeout.

        Returns:
            The path written.

        Raises:
            DestinationExists: `dest` exists and `overwrite` is False.
            NotFound: no such file.
            UnexpectedResponse: an HTML page or a cut body instead of the file.
            APIError: the server refused the request otherwise.
        """
        path = expand_path(_FILE, {"file_id": path_text(file_id, "file_id")})
        http = self._client.get_async_httpx_client()
        return await adownload(
            http, path, dest, progress=progress, secrets=self._secrets, overwrite=overwrite, timeout=timeout
        )

    async def cleanup(self, file_id: str, quote_ids: Iterable[str] = ()) -> DeleteFileResponse | None:
        """Delete quotes (already gone is fine), then the file, which takes its remaining quotes along.

        Args:
            file_id: The uploaded file to delete.
            quote_ids: Quotes to delete first.

        Returns:
            The server's answer to the file's deletion; None when the deletion was retried and found the
            file gone: the first attempt deleted it, but its answer was lost.

        Raises:
            NotFound: no such file.
            APIError: the server refused a deletion otherwise.
        """
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
