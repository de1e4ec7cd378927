"""`KittyCAD` and `AsyncKittyCAD`: file conversion and analysis in one call, unit conversion as numbers.

Every operation of the spec is reachable through the generated resource groups
(`kc.api_tokens.list_for_user(...)`, iterable across `next_page`). The methods here send files
streamed from disk, wait on the asynchronous operation KittyCAD starts for large files (over
25 MB), and hand back plain values: bytes or a written path, floats.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Final, TypeVar

import httpx
from fabapi_core import (
    AsyncCaller,
    AsyncClientLifecycle,
    Caller,
    ClientLifecycle,
    ClientSettings,
    HeaderAuth,
    InvalidArgument,
    JobFailed,
    ProgressArg,
    RetryPolicy,
    Secret,
    UnexpectedResponse,
    apoll,
    async_reading_with_progress,
    client_settings,
    file_for_writing,
    finite_number,
    local_path,
    poll,
    progress_for,
    refuse_existing,
    sendable_text,
    streaming_with_progress,
    write_file,
)

from . import _units
from ._resources import AsyncResources, Resources
from ._vendor import PROFILE
from .client import Client
from .models.api_call_status import ApiCallStatus
from .models.file_2d_vector_output_format import File2DVectorOutputFormat
from .models.file_2d_vector_source_format import File2DVectorSourceFormat
from .models.file_3d_output_format import File3DOutputFormat
from .models.file_3d_source_format import File3DSourceFormat
from .models.file_output_format import FileOutputFormat
from .models.file_source_format import FileSourceFormat
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


def _operation(operation: Any) -> Any:
    # What `wait` takes is an operation KittyCAD answered: a model with a status (and an id to poll).
    if not hasattr(operation, "status"):
        raise InvalidArgument(
            "operation", f"operation must be an operation KittyCAD answered, not {type(operation).__name__}"
        )
    return operation


@contextmanager
def _streamed(path: Path, progress: ProgressArg, *, asynchronous: bool = False) -> Iterator[File]:
    """The file as a request body that httpx streams from disk, reporting to `progress`."""
    size = path.stat().st_size
    bar = progress_for(progress, description=f"upload {path.name}", total=size)
    wrap = async_reading_with_progress if asynchronous else streaming_with_progress
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
    )
    return settings, settings.client(Client, HeaderAuth(secret, prefix="Bearer")), (secret,)


class KittyCAD(ClientLifecycle, Resources):
    """KittyCAD API. The token comes from the argument or KITTYCAD_API_TOKEN.

    >>> kc = KittyCAD()                                         # doctest: +SKIP
    >>> kc.convert_file("bracket.step", to="stl", output="bracket.stl")  # doctest: +SKIP
    >>> kc.convert_units("length", 1, "inch", "millimeter")    # doctest: +SKIP
    25.4
    """

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
        self._settings, self._client, secrets = _set_up(
            token, base_url, timeout, retries, transport, allow_insecure_http
        )
        self.base_url = self._settings.base_url
        super().__init__(Caller(self._client, secrets=secrets, strict=strict))

    # -- waiting ---------------------------------------------------------------------------------

    def wait(
        self,
        operation: Any,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Any:
        """The finished operation: polls `/async/operations/{id}` with backoff until it completes.

        Raises `OperationFailed` (with KittyCAD's error text) or `PollTimeout`.
        """
        _seconds(timeout, interval)
        if _finished(_operation(operation)):
            if _failed(operation):
                raise OperationFailed(operation, 0.0)
            return operation
        ident = str(_value(operation, "id", _CREATED))
        try:
            return poll(
                lambda: self.api_calls.get_async_operation(ident),
                until=_finished,
                failed=_failed,
                timeout=timeout,
                interval=interval,
                on_progress=on_progress,
            )
        except OperationFailed:
            raise
        except JobFailed as failure:
            raise OperationFailed(failure.last, failure.elapsed) from None

    # -- files -----------------------------------------------------------------------------------

    def convert_file(
        self,
        path: str | Path,
        *,
        to: str,
        src_format: str | None = None,
        output: str | Path | None = None,
        overwrite: bool = False,
        timeout: float = 600.0,
        on_progress: Callable[[Any], None] | None = None,
        progress: ProgressArg = None,
    ) -> bytes | Path:
        """Convert a CAD file: the converted bytes, or the path written when `output` is given.

        The file is streamed, never read whole; a large file's asynchronous operation is awaited.
        `output` appears only once fully written; if it exists, `DestinationExists` is raised before
        anything is sent, unless `overwrite=True`.
        """
        source = _existing_file(path)
        target = _output(output, overwrite)
        src = _source_format(source, src_format)
        out = _format(to, FileOutputFormat, "to")
        check_conversion(src, out)
        _seconds(timeout)
        with _streamed(source, progress) as body:
            started = self.file.create_conversion(src, out, body=body)
        finished = self.wait(started, timeout=timeout, on_progress=on_progress)
        return _write(_decoded(finished, _status(started)), target, overwrite)

    def _analysis(
        self, path: str | Path, src_format: str | None, progress: ProgressArg, timeout: float, send: Any
    ) -> tuple[Any, int]:
        source = _existing_file(path)
        src = _format(source.suffix if src_format is None else src_format, File3DSourceFormat, "src_format")
        _seconds(timeout)
        with _streamed(source, progress) as body:
            started = send(body, src)
        return self.wait(started, timeout=timeout), _status(started)

    def volume(
        self, path: str | Path, *, src_format: str | None = None, timeout: float = 600.0, progress: ProgressArg = None
    ) -> float:
        """The volume of the object in a CAD file."""
        result, status = self._analysis(
            path, src_format, progress, timeout, lambda body, src: self.file.create_volume(body=body, src_format=src)
        )
        return float(_value(result, "volume", status))

    def surface_area(
        self, path: str | Path, *, src_format: str | None = None, timeout: float = 600.0, progress: ProgressArg = None
    ) -> float:
        """The surface area of the object in a CAD file."""
        result, status = self._analysis(
            path,
            src_format,
            progress,
            timeout,
            lambda body, src: self.file.create_surface_area(body=body, src_format=src),
        )
        return float(_value(result, "surface_area", status))

    def center_of_mass(
        self,
        path: str | Path,
        *,
        material_density: float,
        src_format: str | None = None,
        timeout: float = 600.0,
        progress: ProgressArg = None,
    ) -> list[float]:
        """The center of mass of the object in a CAD file, as [x, y, z], given its material's density."""
        density = _positive("material_density", material_density)
        result, status = self._analysis(
            path,
            src_format,
            progress,
            timeout,
            lambda body, src: self.file.create_center_of_mass(body=body, material_density=density, src_format=src),
        )
        return [float(v) for v in _value(result, "center_of_mass", status)]

    def mass(
        self,
        path: str | Path,
        *,
        material_density: float,
        src_format: str | None = None,
        timeout: float = 600.0,
        progress: ProgressArg = None,
    ) -> float:
        """The mass of the object in a CAD file, given its material's density."""
        density = _positive("material_density", material_density)
        result, status = self._analysis(
            path,
            src_format,
            progress,
            timeout,
            lambda body, src: self.file.create_mass(body=body, material_density=density, src_format=src),
        )
        return float(_value(result, "mass", status))

    def density(
        self,
        path: str | Path,
        *,
        material_mass: float,
        src_format: str | None = None,
        timeout: float = 600.0,
        progress: ProgressArg = None,
    ) -> float:
        """The density of the object in a CAD file, given its mass."""
        mass = _positive("material_mass", material_mass)
        result, status = self._analysis(
            path,
            src_format,
            progress,
            timeout,
            lambda body, src: self.file.create_density(body=body, material_mass=mass, src_format=src),
        )
        return float(_value(result, "density", status))

    # -- units -----------------------------------------------------------------------------------

    def convert_units(self, kind: str, value: float, from_unit: str, to_unit: str) -> float:
        """`value` in `from_unit` as a number of `to_unit`: `convert_units("length", 1, "inch", "millimeter")`."""
        family = _units.family(kind)
        src, out = family.units(from_unit, "from_unit"), family.units(to_unit, "to_unit")
        number = _units.number(value)
        result = getattr(self.unit, family.method)(src, out, value=number)
        return float(_value(result, "output", _OK))


class AsyncKittyCAD(AsyncClientLifecycle, AsyncResources):
    """The async twin of `KittyCAD`: same arguments, same helpers, awaited."""

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
        self._settings, self._client, secrets = _set_up(
            token, base_url, timeout, retries, transport, allow_insecure_http
        )
        self.base_url = self._settings.base_url
        super().__init__(AsyncCaller(self._client, secrets=secrets, strict=strict))

    async def wait(
        self,
        operation: Any,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        on_progress: Callable[[Any], None] | None = None,
    ) -> Any:
        """See `KittyCAD.wait`."""
        _seconds(timeout, interval)
        if _finished(_operation(operation)):
            if _failed(operation):
                raise OperationFailed(operation, 0.0)
            return operation
        ident = str(_value(operation, "id", _CREATED))

        async def fetch() -> Any:
            return await self.api_calls.get_async_operation(ident)

        try:
            return await apoll(
                fetch, until=_finished, failed=_failed, timeout=timeout, interval=interval, on_progress=on_progress
            )
        except JobFailed as failure:
            raise OperationFailed(failure.last, failure.elapsed) from None

    async def convert_file(
        self,
        path: str | Path,
        *,
        to: str,
        src_format: str | None = None,
        output: str | Path | None = None,
        overwrite: bool = False,
        timeout: float = 600.0,
        on_progress: Callable[[Any], None] | None = None,
        progress: ProgressArg = None,
    ) -> bytes | Path:
        """See `KittyCAD.convert_file`."""
        source = _existing_file(path)
        target = _output(output, overwrite)
        src = _source_format(source, src_format)
        out = _format(to, FileOutputFormat, "to")
        check_conversion(src, out)
        _seconds(timeout)
        with _streamed(source, progress, asynchronous=True) as body:
            started = await self.file.create_conversion(src, out, body=body)
        finished = await self.wait(started, timeout=timeout, on_progress=on_progress)
        return _write(_decoded(finished, _status(started)), target, overwrite)

    async def _analysis(
        self, path: str | Path, src_format: str | None, progress: ProgressArg, timeout: float, send: Any
    ) -> tuple[Any, int]:
        source = _existing_file(path)
        src = _format(source.suffix if src_format is None else src_format, File3DSourceFormat, "src_format")
        _seconds(timeout)
        with _streamed(source, progress, asynchronous=True) as body:
            started = await send(body, src)
        return await self.wait(started, timeout=timeout), _status(started)

    async def volume(
        self, path: str | Path, *, src_format: str | None = None, timeout: float = 600.0, progress: ProgressArg = None
    ) -> float:
        """Async version of `KittyCAD.volume`."""
        result, status = await self._analysis(
            path, src_format, progress, timeout, lambda body, src: self.file.create_volume(body=body, src_format=src)
        )
        return float(_value(result, "volume", status))

    async def surface_area(
        self, path: str | Path, *, src_format: str | None = None, timeout: float = 600.0, progress: ProgressArg = None
    ) -> float:
        """Async version of `KittyCAD.surface_area`."""
        result, status = await self._analysis(
            path,
            src_format,
            progress,
            timeout,
            lambda body, src: self.file.create_surface_area(body=body, src_format=src),
        )
        return float(_value(result, "surface_area", status))

    async def center_of_mass(
        self,
        path: str | Path,
        *,
        material_density: float,
        src_format: str | None = None,
        timeout: float = 600.0,
        progress: ProgressArg = None,
    ) -> list[float]:
        """Async version of `KittyCAD.center_of_mass`."""
        density = _positive("material_density", material_density)
        result, status = await self._analysis(
            path,
            src_format,
            progress,
            timeout,
            lambda body, src: self.file.create_center_of_mass(body=body, material_density=density, src_format=src),
        )
        return [float(v) for v in _value(result, "center_of_mass", status)]

    async def mass(
        self,
        path: str | Path,
        *,
        material_density: float,
        src_format: str | None = None,
        timeout: float = 600.0,
        progress: ProgressArg = None,
    ) -> float:
        """Async version of `KittyCAD.mass`."""
        density = _positive("material_density", material_density)
        result, status = await self._analysis(
            path,
            src_format,
            progress,
            timeout,
            lambda body, src: self.file.create_mass(body=body, material_density=density, src_format=src),
        )
        return float(_value(result, "mass", status))

    async def density(
        self,
        path: str | Path,
        *,
        material_mass: float,
        src_format: str | None = None,
        timeout: float = 600.0,
        progress: ProgressArg = None,
    ) -> float:
        """Async version of `KittyCAD.density`."""
        mass = _positive("material_mass", material_mass)
        result, status = await self._analysis(
            path,
            src_format,
            progress,
            timeout,
            lambda body, src: self.file.create_density(body=body, material_mass=mass, src_format=src),
        )
        return float(_value(result, "density", status))

    async def convert_units(self, kind: str, value: float, from_unit: str, to_unit: str) -> float:
        """See `KittyCAD.convert_units`."""
        family = _units.family(kind)
        src, out = family.units(from_unit, "from_unit"), family.units(to_unit, "to_unit")
        number = _units.number(value)
        result = await getattr(self.unit, family.method)(src, out, value=number)
        return float(_value(result, "output", _OK))
