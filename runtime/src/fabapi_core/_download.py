"""Streaming a GET to a file: chunk by chunk, checked, published atomically, never half there.

The body goes to a temporary file beside the target and takes the target's name only when it is
known complete: the bytes received match `Content-Length`, and a gzip or deflate body decoded to
its end (httpx's own decoders accept a compressed stream cut short, so the body is decoded here,
with zlib, which says whether the stream ended). An HTML page answered with 2xx (what a proxy, a
captive portal or a login page sends) is refused, not saved as the file. A connection cut mid-body
restarts the download up to `attempts` times. Whatever goes wrong, the temporary file is removed and the error is a
fabapi one: `TransportError` (no complete answer), `UnexpectedResponse` (an answer that is not a
usable file), `DeadlineExceeded` (the download's own `timeout` passed), `DestinationExists`.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator, Mapping
from pathlib import Path
from typing import BinaryIO, cast

import httpx

from . import _files
from ._deadline import deadline
from ._errors import DeadlineExceeded, TransportError, UnexpectedResponse, build_error, error_for
from ._progress import Progress, ProgressArg, progress_for
from ._secrets import SecretLike
from ._transport import STREAMING, DeadlinePassed
from ._values import seconds_or_none

_CUT = (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout, httpx.WriteError)
# Only what zlib decodes with an end-of-stream check; a server that sends anything else is refused.
ACCEPT_ENCODING = "gzip, deflate"
_HTML = frozenset({"text/html", "application/xhtml+xml"})


class _Incomplete(Exception):
    """The body ended before its framing (Content-Length) or its encoding said it would."""


class _Decoder:
    """Content-Encoding undone chunk by chunk, knowing at the end whether every stream was complete."""

    def __init__(self, encoding: str) -> None:
        named = (coding.strip().lower() for coding in encoding.split(","))
        self._codings: list[str] = [coding for coding in named if coding not in ("", "identity")]
        unknown = [coding for coding in self._codings if coding not in ("gzip", "x-gzip", "deflate")]
        if unknown:
            raise ValueError(f"unsupported Content-Encoding {', '.join(unknown)!r}")
        # Codings apply in the order listed, so they are undone from the last.
        self._steps: list[zlib._Decompress] = [self._new(coding) for coding in reversed(self._codings)]
        self._deflate_raw = [False] * len(self._steps)

    @staticmethod
    def _new(coding: str, *, raw: bool = False) -> zlib._Decompress:
        if coding in ("gzip", "x-gzip"):
            return zlib.decompressobj(16 + zlib.MAX_WBITS)
        return zlib.decompressobj(-zlib.MAX_WBITS if raw else zlib.MAX_WBITS)

    def feed(self, chunk: bytes) -> bytes:
        for index, step in enumerate(self._steps):
            try:
                chunk = step.decompress(chunk)
            except zlib.error:
                # "deflate" is zlib-wrapped by the standard, raw in some servers: try raw once, at the start.
                coding = list(reversed(self._codings))[index]
                if coding != "deflate" or self._deflate_raw[index]:
                    raise
                self._steps[index] = step = self._new(coding, raw=True)
                self._deflate_raw[index] = True
                chunk = step.decompress(chunk)
        return chunk

    def finish(self) -> bytes:
        tail = b""
        for step in self._steps:
            tail = step.decompress(tail) + step.flush()
            if not step.eof:
                raise _Incomplete("the compressed body ended before its end marker")
        return tail


def _expected_length(response: httpx.Response) -> int | None:
    length = response.headers.get("content-length", "")
    return int(length) if length.isascii() and length.isdigit() else None


def _decoder(response: httpx.Response, name: str) -> _Decoder:
    try:
        return _Decoder(response.headers.get("content-encoding", ""))
    except ValueError as error:
        raise _unusable(response, f"download of {name}: {error}") from None


def _unusable(response: httpx.Response, reason: str) -> UnexpectedResponse:
    """The error for a 2xx answer whose body is no usable file (a 2xx status always makes one)."""
    error = build_error(
        status_code=response.status_code,
        content=b"",
        headers=response.headers,
        reason=reason,
        method=response.request.method,
        url=response.request.url,
        request_headers=response.request.headers,
    )
    return cast(UnexpectedResponse, error)


def _finish(response: httpx.Response, decoder: _Decoder, out: BinaryIO, bar: Progress, name: str) -> None:
    """Check the body was whole, write the decoder's tail, and flush the file to disk."""
    expected = _expected_length(response)
    if expected is not None and response.num_bytes_downloaded != expected:
        raise _Incomplete(f"{response.num_bytes_downloaded} of {expected} bytes arrived")
    try:
        tail = decoder.finish()
    except zlib.error as error:
        raise _unusable(response, f"download of {name}: the body is not valid compressed data ({error})") from None
    except _Incomplete as error:
        # The server framed the body as complete, so sending the same again would not help.
        raise _unusable(response, f"download of {name}: {error}") from None
    out.write(tail)
    bar.advance(len(tail))
    out.flush()
    os.fsync(out.fileno())


def _write_read(response: httpx.Response, out: BinaryIO) -> None:
    """A body some transport already read whole (httpx's MockTransport does): decoded by httpx, and
    complete as far as that transport could tell."""
    out.write(response.content)
    out.flush()
    os.fsync(out.fileno())


def _refuse_html(response: httpx.Response, name: str) -> None:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in _HTML:
        reason = (
            f"download of {name}: the answer is an HTML page, not the file (a proxy's, a login's or an error page?)"
        )
        raise _unusable(response, reason)


def _prepare(dest: str | Path, overwrite: bool, timeout: float | None) -> Path:
    seconds_or_none(timeout)
    target = _files.file_for_writing(dest, argument="dest")
    _files.refuse_existing(target, overwrite)
    return target


def _headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    return {"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})}


def download(
    http: httpx.Client,
    url: str | httpx.URL,
    dest: str | Path,
    *,
    headers: Mapping[str, str] | None = None,
    attempts: int = 3,
    progress: ProgressArg = None,
    secrets: Iterable[SecretLike] = (),
    overwrite: bool = False,
    timeout: float | None = None,
    accept_html: bool = False,
) -> Path:
    """GET `url` with `http` into the file `dest`; the `APIError` of the answer when it is not a 2xx.

    An existing `dest` raises `DestinationExists` (before anything is fetched) unless `overwrite`.
    `timeout` bounds the whole download, retries included (None: each read is bounded by the
    client's timeout, the transfer as a whole is not). A 2xx answer that is an HTML page raises
    `UnexpectedResponse`, unless `accept_html`: the file wanted is an HTML page.
    """
    target = _prepare(dest, overwrite, timeout)
    with deadline(timeout):
        for attempt in range(attempts + 1):
            try:
                with _files.staged(target) as (out, temporary):
                    with http.stream("GET", url, headers=_headers(headers), extensions=STREAMING) as response:
                        _fetch(response, out, target.name, progress, secrets, accept_html)
                    out.close()
                    return _files.publish(temporary, target, overwrite=overwrite)
            except (*_CUT, _Incomplete) as error:
                _give_up_if(attempt == attempts, error, target.name, timeout)
    raise AssertionError("unreachable")


def _fetch(
    response: httpx.Response,
    out: BinaryIO,
    name: str,
    progress: ProgressArg,
    secrets: Iterable[SecretLike],
    accept_html: bool,
) -> None:
    if not 200 <= response.status_code < 300:
        response.read()
        raise error_for(response, secrets=secrets)
    if not accept_html:
        _refuse_html(response, name)
    if response.is_stream_consumed:
        _write_read(response, out)
        return
    decoder = _decoder(response, name)
    bar = progress_for(progress, description=f"download {name}", total=_expected_length(response))
    try:
        for chunk in _decoded(response.iter_raw(), decoder, response, name):
            out.write(chunk)
            bar.advance(len(chunk))
        _finish(response, decoder, out, bar, name)
    finally:
        bar.close()


def _decoded(raw: Iterator[bytes], decoder: _Decoder, response: httpx.Response, name: str) -> Iterator[bytes]:
    for chunk in raw:
        try:
            yield decoder.feed(chunk)
        except zlib.error as error:
            raise _unusable(response, f"download of {name}: the body is not valid compressed data ({error})") from None


def _give_up_if(last: bool, error: Exception, name: str, timeout: float | None) -> None:
    if isinstance(error, DeadlinePassed):
        # Without a timeout of its own, the deadline was a caller's (a helper's `deadline` block).
        limit = (
            "in time: the deadline it ran under passed" if timeout is None else f"within its timeout of {timeout:g} s"
        )
        raise DeadlineExceeded(f"download of {name} did not finish {limit}") from error
    if last:
        raise TransportError(f"download of {name} failed on every attempt: {type(error).__name__}: {error}") from error


async def adownload(
    http: httpx.AsyncClient,
    url: str | httpx.URL,
    dest: str | Path,
    *,
    headers: Mapping[str, str] | None = None,
    attempts: int = 3,
    progress: ProgressArg = None,
    secrets: Iterable[SecretLike] = (),
    overwrite: bool = False,
    timeout: float | None = None,
    accept_html: bool = False,
) -> Path:
    """The async twin of `download`."""
    target = _prepare(dest, overwrite, timeout)
    with deadline(timeout):
        for attempt in range(attempts + 1):
            try:
                with _files.staged(target) as (out, temporary):
                    async with http.stream("GET", url, headers=_headers(headers), extensions=STREAMING) as response:
                        await _afetch(response, out, target.name, progress, secrets, accept_html)
                    out.close()
                    return _files.publish(temporary, target, overwrite=overwrite)
            except (*_CUT, _Incomplete) as error:
                _give_up_if(attempt == attempts, error, target.name, timeout)
    raise AssertionError("unreachable")


async def _afetch(
    response: httpx.Response,
    out: BinaryIO,
    name: str,
    progress: ProgressArg,
    secrets: Iterable[SecretLike],
    accept_html: bool,
) -> None:
    if not 200 <= response.status_code < 300:
        await response.aread()
        raise error_for(response, secrets=secrets)
    if not accept_html:
        _refuse_html(response, name)
    if response.is_stream_consumed:
        _write_read(response, out)
        return
    decoder = _decoder(response, name)
    bar = progress_for(progress, description=f"download {name}", total=_expected_length(response))
    try:
        async for chunk in _adecoded(response.aiter_raw(), decoder, response, name):
            out.write(chunk)
            bar.advance(len(chunk))
        _finish(response, decoder, out, bar, name)
    finally:
        bar.close()


async def _adecoded(
    raw: AsyncIterator[bytes], decoder: _Decoder, response: httpx.Response, name: str
) -> AsyncIterator[bytes]:
    async for chunk in raw:
        try:
            yield decoder.feed(chunk)
        except zlib.error as error:
            raise _unusable(response, f"download of {name}: the body is not valid compressed data ({error})") from None
