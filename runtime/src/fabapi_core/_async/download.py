"""Streaming a GET to a file, chunk by chunk; the checks and the atomic publishing are `_download`'s."""

from __future__ import annotations

import zlib
from collections.abc import AsyncIterator, Iterable, Mapping
from pathlib import Path
from typing import BinaryIO

import httpx

from .. import _files
from .._deadline import deadline
from .._download import (
    CUT,
    Decoder,
    Incomplete,
    decoder_for,
    expected_length,
    finish_file,
    give_up_if,
    prepare,
    refuse_html,
    request_headers,
    unusable,
    write_read,
)
from .._errors import error_for
from .._progress import ProgressArg, progress_for
from .._secrets import SecretLike
from .._transport import STREAMING


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
    """GET `url` with `http` into the file `dest`; the `APIError` of the answer when it is not a 2xx.

    An existing `dest` raises `DestinationExists` (before anything is fetched) unless `overwrite`.
    `timeout` bounds the whole download, retries included (None: each read is bounded by the
    client's timeout, the transfer as a whole is not). A 2xx answer that is an HTML page raises
    `UnexpectedResponse`, unless `accept_html`: the file wanted is an HTML page.

    Args:
        http: The httpx client to fetch with (a pre-signed link's needs no credentials).
        url: What to fetch.
        dest: The file to write; it appears only once complete.
        headers: Extra request headers.
        attempts: How many more times a body cut short is fetched again.
        progress: True, or a tqdm-like bar, to show progress; None for none.
        secrets: Values masked in any error message.
        overwrite: Replace an existing `dest` instead of refusing.
        timeout: Seconds for the whole download, retries included.
        accept_html: Take an HTML page as the file wanted.

    Returns:
        The path written.

    Raises:
        DestinationExists: `dest` exists and `overwrite` is False, before anything is fetched.
        UnexpectedResponse: an HTML page (unless `accept_html`), or a body still cut after `attempts`.
        APIError: the answer's status is not a 2xx (`NotFound`, `ServerError`...).
        DeadlineExceeded: `timeout` ran out.
    """
    target = prepare(dest, overwrite, timeout)
    with deadline(timeout):
        for attempt in range(attempts + 1):
            try:
                with _files.staged(target) as (out, temporary):
                    async with http.stream(
                        "GET", url, headers=request_headers(headers), extensions=STREAMING
                    ) as response:
                        await _fetch(response, out, target.name, progress, secrets, accept_html)
                    out.close()
                    return _files.publish(temporary, target, overwrite=overwrite)
            except (*CUT, Incomplete) as error:
                give_up_if(attempt == attempts, error, target.name, timeout)
    raise AssertionError("unreachable")


async def _fetch(
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
        refuse_html(response, name)
    if response.is_stream_consumed:
        write_read(response, out)
        return
    decoder = decoder_for(response, name)
    bar = progress_for(progress, description=f"download {name}", total=expected_length(response))
    try:
        async for chunk in _decoded(response.aiter_raw(), decoder, response, name):
            out.write(chunk)
            bar.advance(len(chunk))
        finish_file(response, decoder, out, bar, name)
    finally:
        bar.close()


async def _decoded(
    raw: AsyncIterator[bytes], decoder: Decoder, response: httpx.Response, name: str
) -> AsyncIterator[bytes]:
    async for chunk in raw:
        try:
            yield decoder.feed(chunk)
        except zlib.error as error:
            raise unusable(response, f"download of {name}: the body is not valid compressed data ({error})") from None
