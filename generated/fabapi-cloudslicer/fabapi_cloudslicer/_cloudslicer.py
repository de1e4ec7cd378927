# Copied from overlays/cloudslicer/_cloudslicer.py by the fabapi pipeline: edit it there, then run `nox -s generate`.
"""What `CloudSlicer` and `AsyncCloudSlicer` share: argument checks, results, the client's set-up.

The clients themselves are written once, in `_async/cloudslicer.py`; the sync one is generated from it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import httpx
from fabapi_core import (
    ClientSettings,
    Connection,
    HeaderAuth,
    InvalidArgument,
    RetryPolicy,
    Secret,
    UnexpectedResponse,
    client_settings,
    file_destination,
    file_for_writing,
    path_segment,
    path_text,
    refuse_existing,
)

from ._profiles import check_model_file, check_pricing, check_printer, printer_profile
from ._vendor import PROFILE
from .client import Client
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
    connection: Connection,
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
        **connection,
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
