"""Downloads are whole or absent: what a broken or hostile server sends never lands as a complete file.

The servers are raw sockets on loopback sending scripted bytes, so each answer is exactly the
broken one under test, framing included.
"""

from __future__ import annotations

import gzip
import time
import zlib
from pathlib import Path

import httpx
import pytest
from fabapi_core import (
    DeadlineExceeded,
    DestinationExists,
    TransportError,
    UnexpectedResponse,
    adownload,
    build_httpx_args,
    deadline,
    download,
)

from tests.rawhttp import head, scripted

BODY = bytes(range(256)) * 4  # 1,024 bytes


def _client() -> httpx.Client:
    return httpx.Client(**build_httpx_args(retries=0, timeout=5))


def _left(folder: Path) -> list[str]:
    return sorted(path.name for path in folder.iterdir())


def test_a_complete_body_lands_under_its_name(tmp_path: Path) -> None:
    with scripted([head(content_length=str(len(BODY))), BODY]) as (url, _), _client() as http:
        assert download(http, url, tmp_path / "part.bin").read_bytes() == BODY
    assert _left(tmp_path) == ["part.bin"]


def test_a_body_shorter_than_its_length_is_never_saved(tmp_path: Path) -> None:
    cut = [head(content_length="1000"), BODY[:400]]
    with scripted(cut) as (url, received), _client() as http:
        with pytest.raises(TransportError, match="every attempt"):
            download(http, url, tmp_path / "part.bin", attempts=2)
    assert len(received) == 3  # tried again, twice
    assert _left(tmp_path) == []


def test_a_chunked_body_cut_before_its_last_chunk_is_never_saved(tmp_path: Path) -> None:
    cut = [head(transfer_encoding="chunked"), b"190\r\n" + BODY[:400] + b"\r\n"]
    with scripted(cut) as (url, _), _client() as http:
        with pytest.raises(TransportError):
            download(http, url, tmp_path / "part.bin", attempts=0)
    assert _left(tmp_path) == []


def test_a_framed_but_truncated_gzip_stream_is_an_unexpected_response(tmp_path: Path) -> None:
    packed = gzip.compress(BODY * 8)[:-20]  # the trailer and some data gone, the length honest
    answer = [head(content_encoding="gzip", content_length=str(len(packed))), packed]
    with scripted(answer) as (url, _), _client() as http:
        with pytest.raises(UnexpectedResponse, match="ended before its end marker"):
            download(http, url, tmp_path / "part.bin")
    assert _left(tmp_path) == []


def test_a_body_that_is_not_gzip_is_an_unexpected_response_not_a_decoding_error(tmp_path: Path) -> None:
    answer = [head(content_encoding="gzip", content_length=str(len(BODY))), BODY]
    with scripted(answer) as (url, _), _client() as http:
        with pytest.raises(UnexpectedResponse, match="not valid compressed data"):
            download(http, url, tmp_path / "part.bin")
    assert _left(tmp_path) == []


def test_an_encoding_zlib_cannot_check_is_refused(tmp_path: Path) -> None:
    answer = [head(content_encoding="br", content_length=str(len(BODY))), BODY]
    with scripted(answer) as (url, received), _client() as http:
        with pytest.raises(UnexpectedResponse, match="unsupported Content-Encoding 'br'"):
            download(http, url, tmp_path / "part.bin")
    assert b"accept-encoding: gzip, deflate" in received[0].lower()
    assert _left(tmp_path) == []


def test_gzip_and_deflate_bodies_are_decoded_whole(tmp_path: Path) -> None:
    for encoding, packed in (("gzip", gzip.compress(BODY)), ("deflate", zlib.compress(BODY))):
        answer = [head(content_encoding=encoding, content_length=str(len(packed))), packed]
        with scripted(answer) as (url, _), _client() as http:
            assert download(http, url, tmp_path / f"{encoding}.bin").read_bytes() == BODY


def test_an_existing_file_is_kept_and_nothing_is_fetched(tmp_path: Path) -> None:
    (tmp_path / "part.bin").write_bytes(b"mine")
    with scripted([head(content_length="4"), b"new!"]) as (url, received), _client() as http:
        with pytest.raises(DestinationExists):
            download(http, url, tmp_path / "part.bin")
        assert received == []
        download(http, url, tmp_path / "part.bin", overwrite=True)
    assert (tmp_path / "part.bin").read_bytes() == b"new!"


PAGE = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"


def test_an_html_page_answered_200_is_an_unexpected_response_not_the_file(tmp_path: Path) -> None:
    # What a proxy, a captive portal or a login page sends with 200: never the G-code or the model asked for.
    answer = [head(content_type="text/html; charset=utf-8", content_length=str(len(PAGE))), PAGE]
    with scripted(answer) as (url, _), _client() as http:
        with pytest.raises(UnexpectedResponse, match="an HTML page, not the file") as caught:
            download(http, url, tmp_path / "part.gcode")
    assert caught.value.status_code == 200
    assert _left(tmp_path) == []


def test_an_html_file_is_saved_when_the_caller_wants_one(tmp_path: Path) -> None:
    answer = [head(content_type="text/html", content_length=str(len(PAGE))), PAGE]
    with scripted(answer) as (url, _), _client() as http:
        assert download(http, url, tmp_path / "page.html", accept_html=True).read_bytes() == PAGE


def test_a_trickling_body_ends_at_the_downloads_timeout(tmp_path: Path) -> None:
    trickle: list[bytes | float] = [head(content_length="100")]
    trickle += [part for _ in range(100) for part in (b"x", 0.1)]
    started = time.monotonic()
    with scripted(trickle) as (url, _), _client() as http:
        with pytest.raises(DeadlineExceeded, match="within its timeout of 1 s"):
            download(http, url, tmp_path / "part.bin", timeout=1)
    assert time.monotonic() - started < 4  # the promise is 1 s; the margin is for a loaded machine
    assert _left(tmp_path) == []


def test_a_download_inside_a_deadline_block_ends_there_with_deadline_exceeded(tmp_path: Path) -> None:
    # A helper bounds its whole work with a deadline block; the download inside has no timeout of its own.
    trickle: list[bytes | float] = [head(content_length="100")]
    trickle += [part for _ in range(100) for part in (b"x", 0.1)]
    started = time.monotonic()
    with scripted(trickle) as (url, _), _client() as http, deadline(1):
        with pytest.raises(DeadlineExceeded, match=r"download of part\.bin did not finish in time"):
            download(http, url, tmp_path / "part.bin")
    assert time.monotonic() - started < 4
    assert _left(tmp_path) == []


async def test_the_async_download_checks_the_same(tmp_path: Path) -> None:
    cut = [head(content_length="1000"), BODY[:400]]
    async with httpx.AsyncClient(**build_httpx_args(retries=0, timeout=5)) as http:
        with scripted(cut) as (url, _):
            with pytest.raises(TransportError):
                await adownload(http, url, tmp_path / "a.bin", attempts=0)
        packed = gzip.compress(BODY)[:-8]
        with scripted([head(content_encoding="gzip", content_length=str(len(packed))), packed]) as (url, _):
            with pytest.raises(UnexpectedResponse):
                await adownload(http, url, tmp_path / "b.bin")
        with scripted([head(content_type="text/html", content_length=str(len(PAGE))), PAGE]) as (url, _):
            with pytest.raises(UnexpectedResponse, match="an HTML page"):
                await adownload(http, url, tmp_path / "d.bin")
        with scripted([head(content_length=str(len(BODY))), BODY]) as (url, _):
            assert (await adownload(http, url, tmp_path / "c.bin")).read_bytes() == BODY
    assert _left(tmp_path) == ["c.bin"]
