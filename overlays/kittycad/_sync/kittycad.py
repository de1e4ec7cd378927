# Generated from overlays/kittycad/_async/kittycad.py by codegen/unasync.py (`nox -s generate`): do not edit.
"""The KittyCAD client: file conversion and analysis in one call, unit conversion as numbers. Written
once, async; the sync flavour is generated from it.

Every operation of the spec is reachable through the generated resource groups
(`kc.api_tokens.list(...)`, iterable across `next_page`). The methods here send files
streamed from disk, wait on the asynchronous operation KittyCAD starts for large files (over
25 MB), and hand back plain values: bytes or a written path, floats.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any, overload

import httpx
from fabapi_core import (
    Caller,
    ClientLifecycle,
    JobFailed,
    ProgressArg,
    RetryPolicy,
    Secret,
    poll,
    streaming_with_progress,
)

from .. import _units
from .._kittycad import (
    _CREATED,
    _OK,
    Operation,
    OperationFailed,
    _decoded,
    _existing_file,
    _failed,
    _finished,
    _format,
    _operation,
    _output,
    _positive,
    _seconds,
    _set_up,
    _source_format,
    _status,
    _streamed,
    _value,
    _write,
    check_conversion,
)
from .._resources import Resources
from .._vendor import PROFILE
from ..models.file_3d_source_format import File3DSourceFormat
from ..models.file_output_format import FileOutputFormat


class KittyCAD(ClientLifecycle, Resources):
    """KittyCAD (now Zoo) API. The token comes from the argument, else ZOO_API_TOKEN, else
    KITTYCAD_API_TOKEN; the base URL from the argument, else ZOO_HOST, else KITTYCAD_BASE_URL, else
    https://api.zoo.dev.

    Files are streamed from disk; a large file's asynchronous operation is waited for with backoff,
    and results come back as plain values: bytes or a written path, floats.

    `http_client=` (your own httpx client of this flavour makes the connections; never closed here),
    `verify=` (TLS: True, False, a CA bundle path or an `ssl.SSLContext`) and `default_headers=`
    (sent on every request, never the credentials' headers) work as on every fabapi client.
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
        http_client: httpx.Client | None = None,
        verify: bool | str | ssl.SSLContext | None = None,
        default_headers: Mapping[str, str] | None = None,
    ) -> None:
        self._settings, self._client, secrets = _set_up(
            token,
            base_url,
            timeout,
            retries,
            transport,
            allow_insecure_http,
            {"verify": verify, "http_client": http_client, "default_headers": default_headers},
        )
        self.base_url = self._settings.base_url
        super().__init__(Caller(self._client, secrets=secrets, strict=strict))

    # -- waiting ---------------------------------------------------------------------------------

    def wait(
        self,
        operation: Operation,
        *,
        timeout: float = 600.0,
        interval: float = 1.0,
        on_progress: Callable[[Operation], None] | None = None,
    ) -> Operation:
        """The finished operation: polls `/async/operations/{id}` with backoff until it completes.

        Args:
            operation: The operation a call started (one of the file-operation answers).
            timeout: Seconds to wait, each request included.
            interval: Seconds before the first poll; later ones back off.
            on_progress: Called with each state of the operation polled, never awaited.

        Returns:
            The completed operation.

        Raises:
            InvalidArgument: something that is not an operation, or a timeout that is not a positive number.
            OperationFailed: the operation ended `Failed` (with KittyCAD's error text).
            PollTimeout: it did not complete within `timeout`.
            APIError: the server refused a poll.
        """
        _seconds(timeout, interval)
        if _finished(_operation(operation)):
            if _failed(operation):
                raise OperationFailed(operation, 0.0)
            return operation
        ident = str(_value(operation, "id", _CREATED))

        def fetch() -> Operation:
            return self.api_calls.get_async_operation(ident)

        try:
            return poll(
                fetch, until=_finished, failed=_failed, timeout=timeout, interval=interval, on_progress=on_progress
            )
        except OperationFailed:
            raise
        except JobFailed as failure:
            raise OperationFailed(failure.last, failure.elapsed) from None

    # -- files -----------------------------------------------------------------------------------

    @overload
    def convert_file(
        self,
        path: str | Path,
        *,
        to: str,
        src_format: str | None = None,
        output: None = None,
        overwrite: bool = False,
        timeout: float = 600.0,
        on_progress: Callable[[Operation], None] | None = None,
        progress: ProgressArg = None,
    ) -> bytes: ...

    @overload
    def convert_file(
        self,
        path: str | Path,
        *,
        to: str,
        src_format: str | None = None,
        output: str | Path,
        overwrite: bool = False,
        timeout: float = 600.0,
        on_progress: Callable[[Operation], None] | None = None,
        progress: ProgressArg = None,
    ) -> Path: ...

    def convert_file(
        self,
        path: str | Path,
        *,
        to: str,
        src_format: str | None = None,
        output: str | Path | None = None,
        overwrite: bool = False,
        timeout: float = 600.0,
        on_progress: Callable[[Operation], None] | None = None,
        progress: ProgressArg = None,
    ) -> bytes | Path:
        """Convert a CAD file: the converted bytes, or the path written when `output` is given.

        The file is streamed, never read whole; a large file's asynchronous operation is awaited.
        `output` appears only once fully written.

        Args:
            path: The CAD file.
            to: The output format (`stl`, `obj`, `step`...).
            src_format: The input format; taken from the file's suffix when None.
            output: A file to write the result to; None to get the bytes.
            overwrite: Replace an existing `output` instead of refusing.
            timeout: Seconds for the whole conversion, waiting included.
            on_progress: Called with each state of an asynchronous operation polled.
            progress: True, or a tqdm-like bar, to show the upload's progress.

        Returns:
            The converted bytes, or the path written when `output` is given.

        Raises:
            InvalidArgument: a missing file or a format pair KittyCAD does not convert.
            DestinationExists: `output` exists and `overwrite` is False, before anything is sent.
            OperationFailed: the conversion ended `Failed`.
            PollTimeout: it did not finish within `timeout`.
            APIError: the server refused a request.
        """
        source = _existing_file(path)
        target = _output(output, overwrite)
        src = _source_format(source, src_format)
        out = _format(to, FileOutputFormat, "to")
        check_conversion(src, out)
        _seconds(timeout)
        with _streamed(source, progress, streaming_with_progress) as body:
            started = self.file.create_conversion(src, out, body=body)
        finished = self.wait(started, timeout=timeout, on_progress=on_progress)
        return _write(_decoded(finished, _status(started)), target, overwrite)

    def _analysis(
        self, path: str | Path, src_format: str | None, progress: ProgressArg, timeout: float, send: Any
    ) -> tuple[Any, int]:
        source = _existing_file(path)
        src = _format(source.suffix if src_format is None else src_format, File3DSourceFormat, "src_format")
        _seconds(timeout)
        with _streamed(source, progress, streaming_with_progress) as body:
            started = send(body, src)
        return self.wait(started, timeout=timeout), _status(started)

    def volume(
        self, path: str | Path, *, src_format: str | None = None, timeout: float = 600.0, progress: ProgressArg = None
    ) -> float:
        """The volume of the object in a CAD file.

        Args:
            path: The CAD file.
            src_format: Its format; taken from the file's suffix when None.
            timeout: Seconds for the whole call, waiting included.
            progress: True, or a tqdm-like bar, to show the upload's progress.

        Returns:
            The volume, in the file's units cubed.

        Raises:
            InvalidArgument: a missing file or a format KittyCAD does not read.
            OperationFailed: the analysis ended `Failed`.
            PollTimeout: it did not finish within `timeout`.
            APIError: the server refused a request.
        """
        result, status = self._analysis(
            path, src_format, progress, timeout, lambda body, src: self.file.create_volume(body=body, src_format=src)
        )
        return float(_value(result, "volume", status))

    def surface_area(
        self, path: str | Path, *, src_format: str | None = None, timeout: float = 600.0, progress: ProgressArg = None
    ) -> float:
        """The surface area of the object in a CAD file.

        Args:
            path: The CAD file.
            src_format: Its format; taken from the file's suffix when None.
            timeout: Seconds for the whole call, waiting included.
            progress: True, or a tqdm-like bar, to show the upload's progress.

        Returns:
            The surface area, in the file's units squared.

        Raises:
            InvalidArgument: a missing file or a format KittyCAD does not read.
            OperationFailed: the analysis ended `Failed`.
            PollTimeout: it did not finish within `timeout`.
            APIError: the server refused a request.
        """
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
        """The center of mass of the object in a CAD file, as [x, y, z], given its material's density.

        Args:
            path: The CAD file.
            material_density: The material's density, positive.
            src_format: Its format; taken from the file's suffix when None.
            timeout: Seconds for the whole call, waiting included.
            progress: True, or a tqdm-like bar, to show the upload's progress.

        Returns:
            The center of mass as [x, y, z].

        Raises:
            InvalidArgument: a missing file, a format KittyCAD does not read, or a density that is not positive.
            OperationFailed: the analysis ended `Failed`.
            PollTimeout: it did not finish within `timeout`.
            APIError: the server refused a request.
        """
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
        """The mass of the object in a CAD file, given its material's density.

        Args:
            path: The CAD file.
            material_density: The material's density, positive.
            src_format: Its format; taken from the file's suffix when None.
            timeout: Seconds for the whole call, waiting included.
            progress: True, or a tqdm-like bar, to show the upload's progress.

        Returns:
            The mass.

        Raises:
            InvalidArgument: a missing file, a format KittyCAD does not read, or a density that is not positive.
            OperationFailed: the analysis ended `Failed`.
            PollTimeout: it did not finish within `timeout`.
            APIError: the server refused a request.
        """
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
        """The density of the object in a CAD file, given its mass.

        Args:
            path: The CAD file.
            material_mass: The object's mass, positive.
            src_format: Its format; taken from the file's suffix when None.
            timeout: Seconds for the whole call, waiting included.
            progress: True, or a tqdm-like bar, to show the upload's progress.

        Returns:
            The density.

        Raises:
            InvalidArgument: a missing file, a format KittyCAD does not read, or a mass that is not positive.
            OperationFailed: the analysis ended `Failed`.
            PollTimeout: it did not finish within `timeout`.
            APIError: the server refused a request.
        """
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
        """`value` in `from_unit` as a number of `to_unit`: `convert_units("length", 1, "inch", "millimeter")`.

        Args:
            kind: The unit family (`length`, `mass`, `angle`... any of the 29).
            value: The number to convert.
            from_unit: The unit `value` is in.
            to_unit: The unit to convert to.

        Returns:
            `value` expressed in `to_unit`.

        Raises:
            InvalidArgument: an unknown family or unit, or a value that is not a finite number.
            APIError: the server refused the request.
        """
        family = _units.family(kind)
        src, out = family.units(from_unit, "from_unit"), family.units(to_unit, "to_unit")
        number = _units.number(value)
        result = getattr(self.unit, family.method)(src, out, value=number)
        return float(_value(result, "output", _OK))
