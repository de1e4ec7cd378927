"""Streaming a GET to a file: chunk by chunk, checked, published atomically, never half there.

The body goes to a temporary file beside the target and takes the target's name only when it is
known complete: the bytes received match `Content-Length`, and a gzip or deflate body decoded to
its end (httpx's own decoders accept a compressed stream cut short, so the body is decoded here,
with zlib, which says whether the stream ended). An HTML page answered with 2xx (what a proxy, a
captive portal or a login page sends) is refused, not saved as the file. A connection cut mid-body
restarts the download up to `attempts` times. Whatever goes wrong, the temporary file is removed and the error is a
fabapi one: `TransportError` (no complete answer), `UnexpectedResponse` (an answer that is not a
usable file), `DeadlineExceeded` (the download's own `timeout` passed), `DestinationExists`.

This module holds the checks both flavours share; `download` and `adownload` are in `_sync/` and
`_async/` download.py.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Mapping
from pathlib import Path
from typing import BinaryIO, cast

import httpx

from . import _files
from ._errors import DeadlineExceeded, TransportError, UnexpectedResponse, build_error
from ._progress import Progress
from ._transport import DeadlinePassed
from ._values import seconds_or_none

CUT = (httpx.RemoteProtocolError, httpx.ReadError, httpx.ReadTimeout, httpx.WriteError)
# Only what zlib decodes with an end-of-stream check; a server that sends anything else is refused.
ACCEPT_ENCODING = "gzip, deflate"
_HTML = frozenset({"text/html", "application/xhtml+xml"})


class Incomplete(Exception):
    """The body ended before its framing (Content-Length) or its encoding said it would."""


class Decoder:
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
                raise Incomplete("the compressed body ended before its end marker")
        return tail


def expected_length(response: httpx.Response) -> int | None:
    length = response.headers.get("content-length", "")
    return int(length) if length.isascii() and length.isdigit() else None


def decoder_for(response: httpx.Response, name: str) -> Decoder:
    try:
        return Decoder(response.headers.get("content-encoding", ""))
    except ValueError as error:
        raise unusable(response, f"download of {name}: {error}") from None


def unusable(response: httpx.Response, reason: str) -> UnexpectedResponse:
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


def finish_file(response: httpx.Response, decoder: Decoder, out: BinaryIO, bar: Progress, name: str) -> None:
    """Check the body was whole, write the decoder's tail, and flush the file to disk."""
    expected = expected_length(response)
    if expected is not None and response.num_bytes_downloaded != expected:
        raise Incomplete(f"{response.num_bytes_downloaded} of {expected} bytes arrived")
    try:
        tail = decoder.finish()
    except zlib.error as error:
        raise unusable(response, f"download of {name}: the body is not valid compressed data ({error})") from None
    except Incomplete as error:
        # The server framed the body as complete, so sending the same again would not help.
        raise unusable(response, f"download of {name}: {error}") from None
    out.write(tail)
    bar.advance(len(tail))
    out.flush()
    os.fsync(out.fileno())


def write_read(response: httpx.Response, out: BinaryIO) -> None:
    """A body some transport already read whole (httpx's MockTransport does): decoded by httpx, and
    complete as far as that transport could tell."""
    out.write(response.content)
    out.flush()
    os.fsync(out.fileno())


def refuse_html(response: httpx.Response, name: str) -> None:
    kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if kind in _HTML:
        reason = (
            f"download of {name}: the answer is an HTML page, not the file (a proxy's, a login's or an error page?)"
        )
        raise unusable(response, reason)


def prepare(dest: str | Path, overwrite: bool, timeout: float | None) -> Path:
    seconds_or_none(timeout)
    target = _files.file_for_writing(dest, argument="dest")
    _files.refuse_existing(target, overwrite)
    return target


def request_headers(headers: Mapping[str, str] | None) -> dict[str, str]:
    return {"Accept-Encoding": ACCEPT_ENCODING, **(headers or {})}


def give_up_if(last: bool, error: Exception, name: str, timeout: float | None) -> None:
    if isinstance(error, DeadlinePassed):
        # Without a timeout of its own, the deadline was a caller's (a helper's `deadline` block).
        limit = (
            "in time: the deadline it ran under passed" if timeout is None else f"within its timeout of {timeout:g} s"
        )
        raise DeadlineExceeded(f"download of {name} did not finish {limit}") from error
    if last:
        raise TransportError(f"download of {name} failed on every attempt: {type(error).__name__}: {error}") from error
