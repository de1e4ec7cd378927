"""Progress for uploads, downloads and waits: a callback of yours, or a tqdm bar (the `progress` extra).

Every helper that moves a file or waits on a job takes `progress=`:

- `None` / `False`: nothing;
- `True`: a tqdm bar on stderr (`pip install 'fabapi-core[progress]'`);
- a callable `(done, total)`: called with bytes (or steps) so far and the total when known.
"""

from __future__ import annotations

import io
from collections.abc import AsyncIterator, Callable, Iterator
from typing import IO, Any, BinaryIO, Protocol, cast

from ._errors import ConfigurationError

ProgressCallback = Callable[[int, int | None], None]
CHUNK_SIZE = 64 * 1024
ProgressArg = bool | ProgressCallback | None


class Progress(Protocol):
    """What a transfer reports its progress to: a bar, a callback, or nothing."""

    def advance(self, amount: int) -> None:
        """Count `amount` more bytes (or units) done.

        Args:
            amount: How many more.

        Raises:
            Exception: whatever a caller's progress callback raises; it ends the transfer.
        """
        ...

    def close(self) -> None:
        """The transfer ended, done or not.

        Raises:
            Exception: whatever a caller's progress bar raises on closing.
        """
        ...


class _Silent:
    def advance(self, amount: int) -> None:
        return None

    def close(self) -> None:
        return None


class _Callback:
    def __init__(self, callback: ProgressCallback, total: int | None) -> None:
        self._callback = callback
        self._total = total
        self._done = 0

    def advance(self, amount: int) -> None:
        self._done += amount
        self._callback(self._done, self._total)

    def close(self) -> None:
        return None


class _Bar:
    def __init__(self, description: str, total: int | None, unit: str) -> None:
        try:
            from tqdm import tqdm  # type: ignore[import-untyped,unused-ignore]
        except ImportError:  # the extra is not installed
            raise ConfigurationError(
                "progress=True draws a tqdm bar: install it with pip install 'fabapi-core[progress]'"
            ) from None
        scale = unit == "B"
        self._bar: Any = tqdm(total=total, desc=description, unit=unit, unit_scale=scale, unit_divisor=1024)

    def advance(self, amount: int) -> None:
        self._bar.update(amount)

    def close(self) -> None:
        self._bar.close()


def progress_for(progress: ProgressArg, *, description: str, total: int | None, unit: str = "B") -> Progress:
    """The `Progress` that `progress=` asks for.

    Args:
        progress: True for a tqdm bar, a callable for a callback, False or None for nothing.
        description: The bar's label.
        total: The size, when known.
        unit: The unit counted.

    Returns:
        The progress to report to.

    Raises:
        ConfigurationError: a value that is none of these, or True without tqdm installed
            (`fabapi-core[progress]`).
    """
    if progress is None or progress is False:
        return _Silent()
    if progress is True:
        return _Bar(description, total, unit)
    if callable(progress):
        return _Callback(progress, total)
    raise ConfigurationError(f"progress must be True, False, None or a callable (done, total), not {progress!r}")


class ProgressReader(io.RawIOBase):
    """A binary file wrapper that reports what is read from it; httpx streams uploads through it."""

    def __init__(self, raw: IO[bytes], progress: Progress) -> None:
        super().__init__()
        self._raw = raw
        self._progress = progress
        self.name = getattr(raw, "name", "upload")

    def readable(self) -> bool:
        """Always True: the wrapped file is read.

        Returns:
            True.

        Raises:
            ValueError: never: readable does not look at the file.
        """
        return True

    def seekable(self) -> bool:
        """Whether the wrapped file can seek (an upload is rewound for a retry).

        Returns:
            The wrapped file's answer.

        Raises:
            ValueError: the wrapped file is closed.
        """
        return self._raw.seekable()

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        """Move in the wrapped file.

        Args:
            offset: Where to, relative to `whence`.
            whence: `io.SEEK_SET`, `io.SEEK_CUR` or `io.SEEK_END`.

        Returns:
            The new position.

        Raises:
            OSError: the wrapped file cannot seek.
        """
        return self._raw.seek(offset, whence)

    def tell(self) -> int:
        """The wrapped file's position.

        Returns:
            The position in bytes.

        Raises:
            OSError: the wrapped file cannot tell.
        """
        return self._raw.tell()

    def fileno(self) -> int:
        """The wrapped file's descriptor.

        Returns:
            The descriptor.

        Raises:
            OSError: the wrapped file has none (an in-memory file).
        """
        return self._raw.fileno()

    def read(self, size: int = -1) -> bytes:
        """Read from the wrapped file and report how much to the progress.

        Args:
            size: At most this many bytes; -1 for the rest.

        Returns:
            The bytes read (empty at the end).

        Raises:
            OSError: the wrapped file's read failed.
        """
        chunk = self._raw.read(size)
        self._progress.advance(len(chunk))
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        # httpx iterates a file body; the base class would do it line by line, byte by byte.
        while chunk := self.read(CHUNK_SIZE):
            yield chunk

    def readinto(self, buffer: Any) -> int:
        """Read into `buffer`, reporting how much to the progress.

        Args:
            buffer: A writable buffer.

        Returns:
            How many bytes were read.

        Raises:
            OSError: the wrapped file's read failed.
        """
        chunk = self.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def reading_with_progress(raw: IO[bytes], progress: Progress) -> BinaryIO:
    """`raw`, reporting each read to `progress`; pass it to httpx as a file to stream an upload.

    Args:
        raw: The open binary file.
        progress: Where reads are reported.

    Returns:
        The wrapped file.

    Raises:
        OSError: never on wrapping; reads raise what the file raises.
    """
    return cast(BinaryIO, ProgressReader(raw, progress))


class FileStream:
    """A file sent as a request body in chunks, from its start on every send, so a retry resends it whole.

    No `read`: httpx would call it in a loop and a retry would find the file at its end. `fileno`
    lets httpx state the Content-Length. A resend takes back the progress the cut send had reported.
    """

    def __init__(self, raw: IO[bytes], progress: Progress) -> None:
        self._raw = raw
        self._progress = progress
        self._start = raw.tell() if raw.seekable() else 0
        self._sent = 0
        self.name = getattr(raw, "name", "upload")

    def fileno(self) -> int:
        return self._raw.fileno()

    def _rewind(self) -> None:
        if self._sent:
            self._progress.advance(-self._sent)
            self._sent = 0
        if self._raw.seekable():
            self._raw.seek(self._start)

    def _take(self) -> bytes:
        chunk = self._raw.read(CHUNK_SIZE)
        self._sent += len(chunk)
        self._progress.advance(len(chunk))
        return chunk

    def __iter__(self) -> Iterator[bytes]:
        self._rewind()
        while chunk := self._take():
            yield chunk


class AsyncFileStream(FileStream):
    """The same for an async httpx client, which cannot send a sync file object.

    Only `__aiter__` (no `__iter__`): httpx picks its async streaming path for it (chunked transfer encoding).
    """

    __iter__ = None  # type: ignore[assignment]

    async def __aiter__(self) -> AsyncIterator[bytes]:
        self._rewind()
        while chunk := self._take():
            yield chunk


def streaming_with_progress(raw: IO[bytes], progress: Progress) -> BinaryIO:
    """`raw` as a sync client's raw request body (typed as the file it wraps), resent whole on a retry.

    Args:
        raw: The open binary file.
        progress: Where reads are reported.

    Returns:
        The body to send.

    Raises:
        OSError: never on wrapping; reads raise what the file raises.
    """
    return cast(BinaryIO, FileStream(raw, progress))


def async_reading_with_progress(raw: IO[bytes], progress: Progress) -> BinaryIO:
    """`raw` as an async stream for an async client's request body (typed as the file it wraps).

    Args:
        raw: The open binary file.
        progress: Where reads are reported.

    Returns:
        The body to send.

    Raises:
        OSError: never on wrapping; reads raise what the file raises.
    """
    return cast(BinaryIO, AsyncFileStream(raw, progress))
