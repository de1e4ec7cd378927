"""Where downloaded and converted files go: inside the folder the caller named, never elsewhere.

A server's answer may carry names (a request id, a URL's last segment) that would make a path
leave the folder (`../../x`, `/etc/x`) or land on a file that is already there. So:

- a file name is built from the caller's ids, or from a server's name made safe (`safe_name`):
  one plain segment, no separators, no dot segments, no control characters;
- the final path is checked to sit directly in the folder (`path_inside`);
- bytes go to a temporary file next to it and are published with one atomic step
  (`publish`): a hard link, which fails if the name is taken, unless the caller asked to
  `overwrite`, then a rename over it. A failed write never leaves a file under the real name,
  and the temporary file is removed on every failure.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import tempfile
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from ._errors import DestinationExists, InvalidArgument
from ._values import file_destination, local_path

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_MAX_NAME = 120
# Names Windows reserves whatever their extension; harmless elsewhere, refused everywhere.
_RESERVED = frozenset({"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)), *(f"lpt{i}" for i in range(10))})


def safe_name(name: object, *, fallback: str) -> str:
    """`name` reduced to one harmless file name, or `fallback` when nothing usable is left.

    Letters, digits, `.`, `_` and `-` are kept (accents folded to ASCII); every other run of
    characters becomes `_`; leading dots go (no hidden files, no `..`); the length is capped.

    Args:
        name: What a name is made from (a server's text, an id...).
        fallback: The name when nothing usable is left.

    Returns:
        One plain file name.

    Raises:
        InvalidArgument: never: any `name` gives a usable name, `fallback` at worst.
    """
    text = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode("ascii")
    # Cut first, then strip: no cut may leave a leading dot (a hidden file) or a trailing one.
    text = _UNSAFE.sub("_", text)[:_MAX_NAME].strip("._")
    stem = text.split(".", 1)[0].lower()
    if not text or set(text) <= {".", "_"} or stem in _RESERVED:
        return fallback
    return text


def suffix_of(name: str, *, allowed: str = r"\.[A-Za-z0-9]{1,10}") -> str:
    """The last extension of a name (`.stl`), if it is a short plain one; else ''.

    Args:
        name: The file name.
        allowed: The pattern an extension must match whole.

    Returns:
        The extension with its dot, or ''.

    Raises:
        re.error: an `allowed` that is no regular expression.
    """
    match = re.search(rf"({allowed})$", name)
    return match[1].lower() if match else ""


def folder_for_writing(dest: str | os.PathLike[str], *, argument: str = "dest") -> Path:
    """The folder a helper writes into, created if missing; `InvalidArgument` when it cannot be one.

    Args:
        dest: The folder.
        argument: The argument's name, for the error.

    Returns:
        The folder's path.

    Raises:
        InvalidArgument: an empty path, or a path that is a file or cannot be created.
    """
    path = local_path(dest, argument)
    if path.exists() and not path.is_dir():
        raise InvalidArgument(argument, f"argument {argument!r} is {str(path)!r}, which is not a folder")
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InvalidArgument(argument, f"cannot create the folder {str(path)!r}: {error.strerror}") from None
    return path


def path_inside(base: Path, name: str) -> Path:
    """`base / name`, refused unless `name` is one plain segment that stays directly in `base`.

    Args:
        base: The folder.
        name: The file name.

    Returns:
        The path inside `base`.

    Raises:
        InvalidArgument: a name with a separator, `.`/`..`, or one that leaves `base`.
    """
    candidate = base / name
    if name in ("", ".", "..") or Path(name).name != name or "\\" in name or "\x00" in name:
        raise InvalidArgument("dest", f"{name!r} is not a plain file name inside {str(base)!r}")
    if candidate.resolve(strict=False).parent != base.resolve(strict=False):
        raise InvalidArgument("dest", f"{name!r} would be written outside {str(base)!r}")
    return candidate


def file_for_writing(dest: str | os.PathLike[str], *, argument: str = "output") -> Path:
    """A file path the caller named (`file_destination`); its folder is created.

    Args:
        dest: The file.
        argument: The argument's name, for the error.

    Returns:
        The file's path.

    Raises:
        InvalidArgument: what `file_destination` refuses.
        OSError: the folder cannot be created.
    """
    path = file_destination(dest, argument)
    folder_for_writing(path.parent, argument=argument)
    return path


def refuse_existing(target: Path, overwrite: bool) -> None:
    """Fail early, before anything is fetched, when `target` exists and may not be replaced.

    Args:
        target: The file to be written.
        overwrite: Whether replacing it is allowed.

    Raises:
        DestinationExists: `target` exists and `overwrite` is False.
    """
    if not overwrite and (target.exists() or target.is_symlink()):
        raise DestinationExists(target)


@contextlib.contextmanager
def staged(target: Path) -> Iterator[tuple[BinaryIO, Path]]:
    """A temporary file beside `target`, open for writing; removed if it is still there afterwards."""
    handle, name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name[:60]}.", suffix=".part")
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            yield out, temporary
    finally:
        temporary.unlink(missing_ok=True)


def publish(temporary: Path, target: Path, *, overwrite: bool) -> Path:
    """Give `temporary` the name `target` in one step; `DestinationExists` if taken and not `overwrite`."""
    if overwrite:
        os.replace(temporary, target)
        return target
    try:
        # A hard link fails when the name exists, with no window between checking and writing.
        os.link(temporary, target)
    except FileExistsError:
        raise DestinationExists(target) from None
    except OSError as error:
        if error.errno not in (errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EXDEV, errno.EMLINK):
            raise
        # A file system without hard links: check, then rename (a small window, documented).
        refuse_existing(target, overwrite=False)
        os.replace(temporary, target)
    return target


def write_file(data: bytes, target: Path, *, overwrite: bool) -> Path:
    """Write `data` to `target` atomically: all of it under the final name, or nothing there.

    Args:
        data: The bytes.
        target: The file.
        overwrite: Replace an existing `target` instead of refusing.

    Returns:
        The path written.

    Raises:
        DestinationExists: `target` exists and `overwrite` is False.
        OSError: the file system refused the write.
    """
    refuse_existing(target, overwrite)
    with staged(target) as (out, temporary):
        out.write(data)
        out.flush()
        os.fsync(out.fileno())
        out.close()
        return publish(temporary, target, overwrite=overwrite)
