"""`progress=`: callbacks see bytes as they move, bars need the extra, uploads stream through a reader."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import httpx
import pytest
from fabapi_core import (
    ConfigurationError,
    ProgressReader,
    async_reading_with_progress,
    progress_for,
    reading_with_progress,
    streaming_with_progress,
)


def test_callback_sees_running_totals() -> None:
    seen: list[tuple[int, int | None]] = []
    progress = progress_for(lambda done, total: seen.append((done, total)), description="x", total=10)
    for amount in (3, 3, 4):
        progress.advance(amount)
    assert seen == [(3, 10), (6, 10), (10, 10)]


def test_nothing_asked_is_silent() -> None:
    for arg in (None, False):
        progress_for(arg, description="x", total=None).advance(5)  # must not raise or print


def test_a_bad_argument_is_named() -> None:
    with pytest.raises(ConfigurationError, match="progress must be"):
        progress_for("yes", description="x", total=None)  # type: ignore[arg-type]


def test_bar_without_the_extra_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "tqdm", None)  # makes `import tqdm` fail
    with pytest.raises(ConfigurationError, match=r"fabapi-core\[progress\]"):
        progress_for(True, description="upload", total=100)


def test_bar_draws_on_stderr(capsys: pytest.CaptureFixture[str]) -> None:
    bar = progress_for(True, description="download part.stl", total=2048)
    bar.advance(2048)
    bar.close()
    err = capsys.readouterr().err
    assert "download part.stl" in err and "100%" in err


def test_upload_streams_through_the_reader(tmp_path: Path) -> None:
    payload = bytes(range(256)) * 4096  # 1 MiB
    source = tmp_path / "part.bin"
    source.write_bytes(payload)
    received: list[bytes] = []

    def server(request: httpx.Request) -> httpx.Response:
        received.append(request.read())
        return httpx.Response(201)

    seen: list[int] = []
    with source.open("rb") as raw, httpx.Client(transport=httpx.MockTransport(server)) as client:
        reader = reading_with_progress(
            raw, progress_for(lambda done, total: seen.append(done), description="u", total=None)
        )
        client.post("https://x.test/files", files={"file": ("part.bin", reader, "application/octet-stream")})
    assert payload in received[0]
    assert seen[-1] == len(payload)
    assert len(seen) > 1  # read in chunks, not at once
    assert seen == sorted(seen)


def test_reader_is_a_binary_file() -> None:
    reader = ProgressReader(io.BytesIO(b"abcdef"), progress_for(None, description="x", total=None))
    assert reader.read(2) == b"ab"
    assert reader.tell() == 2
    reader.seek(0)
    assert reader.read() == b"abcdef"


def test_a_streamed_body_is_resent_whole_and_its_progress_taken_back(tmp_path: Path) -> None:
    data = bytes(range(256)) * 1024  # several chunks
    path = tmp_path / "part.bin"
    path.write_bytes(data)
    seen: list[tuple[int, int | None]] = []
    with path.open("rb") as raw:
        body = streaming_with_progress(
            raw, progress_for(lambda d, t: seen.append((d, t)), description="up", total=len(data))
        )
        request = httpx.Request("POST", "http://127.0.0.1/upload", content=body)
        assert request.headers["Content-Length"] == str(len(data))  # from the file, not chunked
        stream = request.stream
        assert isinstance(stream, httpx.SyncByteStream)
        first = next(iter(stream))  # a send cut after one chunk
        assert 0 < len(first) < len(data)
        assert b"".join(stream) == data  # the retry sends all of it
    assert seen[-1] == (len(data), len(data))


async def test_an_async_streamed_body_is_resent_whole(tmp_path: Path) -> None:
    path = tmp_path / "part.bin"
    path.write_bytes(b"x" * 200_000)
    with path.open("rb") as raw:
        body = async_reading_with_progress(raw, progress_for(None, description="up", total=None))
        request = httpx.Request("POST", "http://127.0.0.1/upload", content=body)
        stream = request.stream
        assert isinstance(stream, httpx.AsyncByteStream)
        for _ in range(2):
            assert b"".join([chunk async for chunk in stream]) == b"x" * 200_000
