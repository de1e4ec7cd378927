"""What `Eiger` and `AsyncEiger` share: argument checks, report file names, the client's set-up.

The clients themselves are written once, in `_async/eiger.py`; the sync one is generated from it.
"""

from __future__ import annotations

import datetime
import inspect
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

import httpx
from fabapi_core import (
    BasicAuth,
    ClientSettings,
    Connection,
    InvalidArgument,
    NotFound,
    RetryPolicy,
    Secret,
    client_settings,
    finite_number,
    path_inside,
    refuse_existing,
    safe_name,
    sendable_text,
    suffix_of,
)

from . import _results as results
from ._vendor import PROFILE
from .client import Client

Progress = Callable[[Any], None]


def _set_up(
    access_key: str | Secret | None,
    secret_key: str | Secret | None,
    base_url: str | None,
    timeout: float | httpx.Timeout | None,
    retries: RetryPolicy | int | None,
    transport: httpx.BaseTransport | httpx.AsyncBaseTransport | None,
    allow_insecure_http: bool,
    connection: Connection,
) -> tuple[ClientSettings, Client, tuple[Secret, Secret]]:
    """Eiger's own part of a client: HTTP Basic with the access key and the secret key."""
    key = PROFILE.credential(access_key, "access_key")
    secret = PROFILE.credential(secret_key, "secret_key")
    settings = client_settings(
        PROFILE,
        base_url=base_url,
        timeout=timeout,
        retries=retries,
        transport=transport,
        allow_insecure_http=allow_insecure_http,
        **connection,
    )
    return settings, settings.client(Client, BasicAuth(key, secret)), (key, secret)


def _report_targets(reports: Iterable[Any], folder: Path, overwrite: bool) -> list[tuple[str, Path]]:
    """(URL, file) per report: `scan-report-<part>.<ext>`, `-2`, `-3`... for a part's further reports.

    The name comes from the part id, and the extension only from a short plain suffix of the URL's
    path, so nothing the server sends can steer the file out of `folder` or onto another's name.
    Every target is checked before anything is fetched.
    """
    targets: list[tuple[str, Path]] = []
    taken: set[str] = set()
    for report in reports:
        url = results.value(report.scan_report_url)
        if not url:
            continue
        stem = f"scan-report-{safe_name(report.printed_part_id, fallback='part')}"
        suffix = suffix_of(urlsplit(str(url)).path)
        name, number = f"{stem}{suffix}", 1
        while name in taken:
            number += 1
            name = f"{stem}-{number}{suffix}"
        taken.add(name)
        target = path_inside(folder, name)
        refuse_existing(target, overwrite)
        targets.append((str(url), target))
    return targets


def _gone(error: NotFound) -> bool:
    """A 404 to a DELETE whose earlier attempt may have been carried out: the thing is gone, by us."""
    return error.earlier_attempt_may_have_acted


def _uuid(argument: str, value: UUID | str) -> UUID:
    try:
        return value if isinstance(value, UUID) else UUID(value)
    except (ValueError, TypeError, AttributeError):
        shown = f"{value!r:.60}" if isinstance(value, str) else type(value).__name__
        raise InvalidArgument(argument, f"argument {argument!r} must be a UUID, got {shown}") from None


def _check_period(start: datetime.datetime, end: datetime.datetime) -> None:
    for name, moment in (("start", start), ("end", end)):
        if not isinstance(moment, datetime.datetime):
            raise InvalidArgument(name, f"argument {name!r} must be a datetime, not {type(moment).__name__}")
    if results.aware(end) <= results.aware(start):
        raise InvalidArgument("end", f"end ({end.isoformat()}) must be after start ({start.isoformat()})")


def _text(value: str, argument: str) -> str:
    # Eiger's text filters take at least one character.
    return sendable_text(value, argument, allow_empty=False)


def _titles(titles: Iterable[str]) -> list[str]:
    if isinstance(titles, str) or not isinstance(titles, Iterable):
        raise InvalidArgument("titles", f"titles must be a list of build titles, not {type(titles).__name__}")
    return [_text(title, f"titles[{index}]") for index, title in enumerate(titles)]


def _seconds(timeout: float, interval: float) -> None:
    """A wait's timing, checked before the request it follows (a print that has started cannot be undone)."""
    finite_number(timeout, "timeout", minimum=0)
    finite_number(interval, "interval", minimum=0)


def _filters(method: Any, filters: dict[str, Any]) -> dict[str, Any]:
    """`filters` when `method` takes every one of them: a misspelt filter is named, not a TypeError."""
    accepted = inspect.signature(method).parameters
    unknown = sorted(name for name in filters if name not in accepted or name == "page_size")
    if unknown:
        known = ", ".join(name for name in accepted if name != "page_size")
        raise InvalidArgument(unknown[0], f"print jobs have no filter {unknown[0]!r}; known: {known}")
    return filters
