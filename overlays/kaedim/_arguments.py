"""What `Kaedim.submit`, `fetch_all` and `wait` accept, checked before anything is sent."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Final, cast
from urllib.parse import urlsplit

from fabapi_core import InvalidArgument, finite_number, local_path, sendable_text, whole_number

MAX_IMAGES: Final = 6
MAX_IMAGE_BYTES: Final = 5 * 1024 * 1024
LEVELS: Final = ("standard", "high", "ultra")
FORMATS: Final = ("obj", "fbx", "glb", "gltf", "mtl", "usd")
# First-party code treats these iteration states as finished; `dismissed` (and `cancelled`, which
# older add-ons meet) end a request unmade.
DONE: Final = frozenset({"completed", "approved", "uploaded"})
ENDED_UNMADE: Final = frozenset({"dismissed", "cancelled"})

ImageInput = str | Path | bytes | IO[bytes]


@dataclass(frozen=True)
class Image:
    """One image ready for a multipart part: its file name and bytes (at most 5 MB)."""

    name: str
    data: bytes


def _read(image: ImageInput, index: int, argument: str) -> Image:
    if isinstance(image, bytes):
        data, name = image, f"image-{index}.png"
    elif isinstance(image, str | Path):
        path = local_path(image, argument)
        if not path.is_file():
            raise InvalidArgument(argument, f"no such image file: {path}")
        if path.stat().st_size > MAX_IMAGE_BYTES:
            raise InvalidArgument(argument, f"{path.name} is {path.stat().st_size} bytes; Kaedim takes at most 5 MB")
        data, name = path.read_bytes(), path.name
    elif hasattr(image, "read"):
        data = image.read(MAX_IMAGE_BYTES + 1)
        name = Path(str(getattr(image, "name", f"image-{index}.png"))).name
    else:
        raise InvalidArgument(argument, f"an image is a path, bytes or a binary file, not {type(image).__name__}")
    if not data:
        raise InvalidArgument(argument, f"{name} is empty")
    if len(data) > MAX_IMAGE_BYTES:
        raise InvalidArgument(argument, f"{name} is over 5 MB; Kaedim takes at most 5 MB per image")
    return Image(name, data)


def _items(values: object, argument: str, single: tuple[type, ...]) -> tuple[list[Any], bool]:
    """The values given as a list, and whether one was given alone (then it is named `argument`, not `argument[0]`)."""
    if isinstance(values, single) or hasattr(values, "read"):
        return [values], True
    if not isinstance(values, Iterable):
        raise InvalidArgument(argument, f"{argument} must be one item or a list of them, not {type(values).__name__}")
    items = list(values)
    if not items:
        raise InvalidArgument(argument, f"give at least one of {argument}")
    if len(items) > MAX_IMAGES:
        raise InvalidArgument(argument, f"Kaedim takes at most {MAX_IMAGES} images per request, got {len(items)}")
    return items, False


def images(values: Iterable[ImageInput] | ImageInput) -> list[Image]:
    items, alone = _items(values, "images", (str, Path, bytes))
    return [_read(item, index, "images" if alone else f"images[{index}]") for index, item in enumerate(items)]


def urls(values: Iterable[str] | str) -> list[str]:
    items, alone = _items(values, "urls", (str,))
    for index, url in enumerate(items):
        argument = "urls" if alone else f"urls[{index}]"
        parts = urlsplit(sendable_text(url, argument))
        if parts.scheme not in ("http", "https") or not parts.netloc:
            raise InvalidArgument(argument, f"{url!r} is not an http(s) URL")
    return cast(list[str], items)


def level(value: str) -> str:
    if value not in LEVELS:
        raise InvalidArgument("loq", f"level of quality must be one of {', '.join(LEVELS)}, not {value!r}")
    return value


def options(*, polycount: int | None, height: float | None, width: float | None, depth: float | None) -> dict[str, Any]:
    chosen: dict[str, Any] = {}
    if polycount is not None:
        chosen["polycount"] = whole_number(polycount, "polycount", minimum=1)
    for name, value in (("height", height), ("width", width), ("depth", depth)):
        if value is not None:
            chosen[name] = finite_number(value, name, above=0)
    return chosen


def webhook_url(value: object) -> str:
    destination = sendable_text(value, "destination", allow_empty=False)
    parts = urlsplit(destination)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise InvalidArgument("destination", f"destination must be an http(s) URL, not {destination!r:.80}")
    return destination


def flag(value: object, argument: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidArgument(argument, f"argument {argument!r} must be True or False, not {type(value).__name__}")
    return value


def optional_text(value: object, argument: str) -> str | None:
    return None if value is None else sendable_text(value, argument, allow_empty=False)


def seconds(timeout: object, interval: object) -> tuple[float, float]:
    """A wait's timing, checked before its first request (and before anything computes with it)."""
    return finite_number(timeout, "timeout", minimum=0), finite_number(interval, "interval", minimum=0)


def api_date(value: dt.date | str, argument: str) -> str:
    """A date as Kaedim's fetchAll wants it: MM-DD-YYYY (from a date, or an ISO or MM-DD-YYYY string)."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if isinstance(value, dt.date):
        return value.strftime("%m-%d-%Y")
    if isinstance(value, str):
        for layout in ("%Y-%m-%d", "%m-%d-%Y"):
            try:
                return dt.datetime.strptime(value, layout).strftime("%m-%d-%Y")
            except ValueError:
                continue
    shown = f"{value!r:.40}" if isinstance(value, str) and value.isascii() else type(value).__name__
    raise InvalidArgument(argument, f"{argument} must be a date (or YYYY-MM-DD / MM-DD-YYYY text), not {shown}")


def date_range(start: dt.date | str | None, end: dt.date | str | None) -> dict[str, str]:
    chosen = {name: api_date(value, name) for name, value in (("start", start), ("end", end)) if value is not None}
    if "start" in chosen and "end" in chosen:
        first, last = (dt.datetime.strptime(chosen[k], "%m-%d-%Y") for k in ("start", "end"))
        if first > last:
            raise InvalidArgument("end", f"end {chosen['end']} is before start {chosen['start']}")
    return chosen


def formats(values: Iterable[str] | str | None) -> tuple[str, ...]:
    if values is not None and not isinstance(values, str | Iterable):
        raise InvalidArgument("formats", f"formats must be a format or a list of them, not {type(values).__name__}")
    chosen = FORMATS if values is None else (values,) if isinstance(values, str) else tuple(values)
    unknown = [value for value in chosen if value not in FORMATS]
    if unknown or not chosen:
        raise InvalidArgument("formats", f"formats must be among {', '.join(FORMATS)}, not {unknown or chosen!r}")
    return chosen
