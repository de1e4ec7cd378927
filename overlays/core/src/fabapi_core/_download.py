"""Streaming a GET to a file: chunk by chunk, never whole in memory, restarted if the connection is cut.

The body goes to `<dest>.part` and is renamed into place only when complete, so a failed download
never leaves a truncated file under the real name. A cut mid-body (the retrying transport has
already handed the answer over) restarts the download from the start, up to `attempts` times.
`dest` is checked before the request: a folder, `.` or an empty path would fail only once the
answer is in.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

import httpx

from ._errors import TransportError, error_for
from ._progress import ProgressArg, progress_for
from ._secrets import SecretLike
from ._transport import STREAMING
from ._values import file_destination

_CUT = (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout)


def _part(dest: Path) -> Path:
    return dest.with_name(dest.name + ".part")


def _total(response: httpx.Response) -> int | None:
    length = response.headers.get("content-length")
    return int(length) if length and length.isdigit() else None


def download(
    http: httpx.Client,
    url: str,
    dest: str | Path,
    *,
    headers: Mapping[str, str] | None = None,
    attempts: int = 3,
    progress: ProgressArg = None,
    secrets: Iterable[SecretLike] = (),
) -> Path:
    """GET `url` with `http` into `dest`; the `APIError` of the answer when it is not a 2xx."""
    target = file_destination(dest, "dest")
    target.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(attempts + 1):
        try:
            with http.stream("GET", url, headers=headers, extensions=STREAMING) as response:
                if not 200 <= response.status_code < 300:
                    response.read()
                    raise error_for(response, secrets=secrets)
                bar = progress_for(progress, description=f"download {target.name}", total=_total(response))
                try:
                    with _part(target).open("wb") as out:
                        for chunk in response.iter_bytes():
                            out.write(chunk)
                            bar.advance(len(chunk))
                finally:
                    bar.close()
            _part(target).replace(target)
            return target
        except _CUT as error:
            _part(target).unlink(missing_ok=True)
            if attempt == attempts:
                raise TransportError(f"download of {target.name} cut {attempts + 1} times: {error!r}") from error
    raise AssertionError("unreachable")


async def adownload(
    http: httpx.AsyncClient,
    url: str,
    dest: str | Path,
    *,
    headers: Mapping[str, str] | None = None,
    attempts: int = 3,
    progress: ProgressArg = None,
    secrets: Iterable[SecretLike] = (),
) -> Path:
    """The async twin of `download`."""
    target = file_destination(dest, "dest")
    target.parent.mkdir(parents=True, exist_ok=True)
    for attempt in range(attempts + 1):
        try:
            async with http.stream("GET", url, headers=headers, extensions=STREAMING) as response:
                if not 200 <= response.status_code < 300:
                    await response.aread()
                    raise error_for(response, secrets=secrets)
                bar = progress_for(progress, description=f"download {target.name}", total=_total(response))
                try:
                    with _part(target).open("wb") as out:
                        async for chunk in response.aiter_bytes():
                            out.write(chunk)
                            bar.advance(len(chunk))
                finally:
                    bar.close()
            _part(target).replace(target)
            return target
        except _CUT as error:
            _part(target).unlink(missing_ok=True)
            if attempt == attempts:
                raise TransportError(f"download of {target.name} cut {attempts + 1} times: {error!r}") from error
    raise AssertionError("unreachable")
