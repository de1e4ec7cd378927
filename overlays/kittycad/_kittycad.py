"""What `KittyCAD` and `AsyncKittyCAD` share: argument checks, result decoding, the client's set-up.

The clients themselves are written once, in `_async/kittycad.py`; the sync one is generated from it.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, BinaryIO, Final, TypeAlias, TypeVar

import httpx
from fabapi_core import (
    ClientSettings,
    Connection,
    HeaderAuth,
    InvalidArgument,
    JobFailed,
    Progress,
    ProgressArg,
    RetryPolicy,
    Secret,
    UnexpectedResponse,
    client_settings,
    file_for_writing,
    finite_number,
    local_path,
    progress_for,
    refuse_existing,
    sendable_text,
    write_file,
)

from ._vendor import PROFILE
from .client import Client
from .models.api_call_status import ApiCallStatus
from .models.async_file_2d_vector_conversion import AsyncFile2DVectorConversion
from .models.async_file_3d_conversion import AsyncFile3DConversion
from .models.async_file_center_of_mass import AsyncFileCenterOfMass
from .models.async_file_conversion import AsyncFileConversion
from .models.async_file_density import AsyncFileDensity
from .models.async_file_mass import AsyncFileMass
from .models.async_file_surface_area import AsyncFileSurfaceArea
from .models.async_file_volume import AsyncFileVolume
from .models.file_2d_vector_conversion import File2DVectorConversion
from .models.file_2d_vector_output_format import File2DVectorOutputFormat
from .models.file_2d_vector_source_format import File2DVectorSourceFormat
from .models.file_3d_conversion import File3DConversion
from .models.file_3d_output_format import File3DOutputFormat
from .models.file_3d_source_format import File3DSourceFormat
from .models.file_center_of_mass import FileCenterOfMass
from .models.file_conversion import FileConversion
from .models.file_density import FileDensity
from .models.file_mass import FileMass
from .models.file_output_format import FileOutputFormat
from .models.file_source_format import FileSourceFormat
from .models.file_surface_area import FileSurfaceArea
from .models.file_volume import FileVolume
from .types import File, Unset

_DONE: Final = frozenset({ApiCallStatus.COMPLETED, ApiCallStatus.FAILED})
# The success statuses KittyCAD documents: operations answer 201, reads (and polls) 200.
_CREATED: Final = 201
_OK: Final = 200
T = TypeVar("T")


class OperationFailed(JobFailed):
    """KittyCAD reported the operation `Failed`; the message carries the server's error text."""

    def __init__(self, operation: Any, elapsed: float) -> None:
        super().__init__(last=operation, elapsed=elapsed)
        error = getattr(operation, "error", None)
        self.error = error if isinstance(error, str) else None
        ident = getattr(operation, "id", "?")
        self.args = (f"KittyCAD operation {ident} failed: {self.error or 'no error text'}",)


# -- arguments, checked before anything is sent --------------------------------------------------


def _format(value: object, choices: type[T], argument: str) -> T:
    text = sendable_text(value, argument)
    try:
        return choices(text.lower().lstrip("."))  # type: ignore[call-arg]
    except ValueError:
        known = ", ".join(member.value for member in choices)  # type: ignore[attr-defined]
        raise InvalidArgument(argument, f"{argument} {value!r} is not one of {known}") from None


def _source_format(path: Path, src_format: str | None) -> FileSourceFormat:
    if src_format is None:
        if not path.suffix:
            raise InvalidArgument("src_format", f"{path.name} has no extension; pass src_format=")
        return _format(path.suffix, FileSourceFormat, "src_format")
    return _format(src_format, FileSourceFormat, "src_format")


def check_conversion(source: FileSourceFormat, output: FileOutputFormat) -> None:
    """2D vector files convert to 2D outputs, 3D files to 3D outputs, and nothing to itself."""
    two_d = source.value in set(File2DVectorSourceFormat) and output.value in set(File2DVectorOutputFormat)
    three_d = source.value in set(File3DSourceFormat) and output.value in set(File3DOutputFormat)
    if source.value == output.value or not (two_d or three_d):
        raise InvalidArgument("to", f"KittyCAD does not convert {source.value} to {output.value}")


def _existing_file(path: str | Path) -> Path:
    source = local_path(path, "path")
    if not source.is_file():
        raise InvalidArgument("path", f"no such file: {source}")
    return source


def _positive(argument: str, value: float) -> float:
    return float(finite_number(value, argument, above=0))


def _seconds(timeout: float, interval: float | None = None) -> None:
    """A helper's waiting, checked before its first request (poll would check it only after the upload)."""
    finite_number(timeout, "timeout", minimum=0)
    if interval is not None:
        finite_number(interval, "interval", minimum=0)


# What KittyCAD answers about a file operation: the answer that started it (finished at once when the
# file is small) or, polled, the asynchronous operation. `wait` takes and returns these.
Operation: TypeAlias = (
    File2DVectorConversion
    | File3DConversion
    | FileCenterOfMass
    | FileConversion
    | FileDensity
    | FileMass
    | FileSurfaceArea
    | FileVolume
    | AsyncFile2DVectorConversion
    | AsyncFile3DConversion
    | AsyncFileCenterOfMass
    | AsyncFileConversion
    | AsyncFileDensity
    | AsyncFileMass
    | AsyncFileSurfaceArea
    | AsyncFileVolume
)


def _operation(operation: object) -> Operation:
    # What `wait` takes is an operation KittyCAD answered: a model with a status (and an id to poll).
    if not isinstance(operation, Operation):
        raise InvalidArgument(
            "operation", f"operation must be an operation KittyCAD answered, not {type(operation).__name__}"
        )
    return operation


@contextmanager
def _streamed(path: Path, progress: ProgressArg, wrap: Callable[[IO[bytes], Progress], BinaryIO]) -> Iterator[File]:
    """The file as a request body that httpx streams from disk, reporting to `progress`; `wrap` makes the
    stream of the client's flavour (`streaming_with_progress`, `async_reading_with_progress`)."""
    size = path.stat().st_size
    bar = progress_for(progress, description=f"upload {path.name}", total=size)
    try:
        with path.open("rb") as raw:
            yield File(payload=wrap(raw, bar), file_name=path.name)
    finally:
        bar.close()


def _unusable(what: str, result: Any, status: int) -> UnexpectedResponse:
    # A success answer the helper cannot go on from: `status` is the one KittyCAD documents for
    # the answer that carried it (201 from the operation that finished at once, 200 when polled).
    return UnexpectedResponse(
        f"KittyCAD answered {what}: {result!r:.200}", status_code=status, reason=f"{what} (the helper needs it)"
    )


def _decoded(finished: Any, status: int) -> bytes:
    output = getattr(finished, "output", None)
    if not isinstance(output, str):
        raise _unusable("a finished conversion without output", finished, status)
    try:
        return base64.b64decode(output, validate=True)
    except (binascii.Error, ValueError):
        pass
    try:
        # Some answers use the URL-safe alphabet or drop the padding; strict still, so that
        # characters of neither alphabet are an error rather than silently dropped.
        return base64.b64decode(output + "=" * (-len(output) % 4), altchars=b"-_", validate=True)
    except (binascii.Error, ValueError):
        raise _unusable("a conversion output that is not base64", finished, status) from None


def _output(output: str | Path | None, overwrite: bool) -> Path | None:
    """Where a conversion goes, checked before the file is sent: an existing one is kept unless `overwrite`."""
    if output is None:
        return None
    target = file_for_writing(output, argument="output")
    refuse_existing(target, overwrite)
    return target


def _write(data: bytes, target: Path | None, overwrite: bool) -> bytes | Path:
    # All or nothing under the final name: a full disk or a crash never leaves half a model there.
    return data if target is None else write_file(data, target, overwrite=overwrite)


def _value(result: Any, field: str, status: int) -> Any:
    value = getattr(result, field, None)
    if value is None or isinstance(value, Unset):
        raise _unusable(f"a result without {field}", result, status)
    return value


def _status(started: Any) -> int:
    """The documented status of the answer a waited-for result came in."""
    return _CREATED if _finished(started) else _OK


def _finished(value: Any) -> bool:
    return getattr(value, "status", None) in _DONE


def _failed(value: Any) -> bool:
    return getattr(value, "status", None) == ApiCallStatus.FAILED


def _set_up(
    token: str | Secret | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    retries: RetryPolicy | int | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    allow_insecure_http: bool,
    connection: Connection,
) -> tuple[ClientSettings, Client, tuple[Secret, ...]]:
    """KittyCAD's own part of a client: its token, sent as `Authorization: Bearer ...`."""
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
