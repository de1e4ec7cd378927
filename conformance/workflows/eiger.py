"""Eiger's workflows: the README's example programs, one call each."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import httpx
from fabapi_eiger import Eiger

from . import Workflow, first

DEVICE = "00000000-0000-4000-8000-000000000001"
BUILD = "00000000-0000-4000-8000-000000000002"
WEEK = datetime.datetime(2024, 5, 6, tzinfo=datetime.UTC)
POLL = "Prism's random printer state need not reach a finished one before the 3 s deadline (PollTimeout)."
RANDOM_URL = "Prism's scan report URL is a random string, not a URL (TransportError)."


def client(origin: str, credentials: Mapping[str, str], transport: httpx.BaseTransport) -> Eiger:
    return Eiger(
        credentials["EIGER_ACCESS_KEY"],
        credentials["EIGER_SECRET_KEY"],
        base_url=origin,
        transport=transport,
        strict=True,
    )


def _pages(eiger: Eiger, tmp: Path) -> Any:
    return [device.id for device in first(eiger.devices.list())]


WORKFLOWS = [
    Workflow("list devices across pages", _pages),
    Workflow("find a build by title", lambda e, tmp: e.find_build("Build01")),
    Workflow("available printers for a build", lambda e, tmp: e.available_printers(BUILD)),
    Workflow("queue info", lambda e, tmp: e.queue_info(DEVICE)),
    Workflow("add to queue", lambda e, tmp: e.add_to_queue(DEVICE, BUILD)),
    Workflow("send to printer", lambda e, tmp: e.send_to_printer(BUILD, DEVICE, timeout=3), POLL),
    Workflow("device utilization", lambda e, tmp: e.device_utilization(DEVICE, WEEK, WEEK + datetime.timedelta(7))),
    Workflow("print jobs per state", lambda e, tmp: e.print_jobs_per_state()),
    Workflow("download scan reports", lambda e, tmp: e.download_scan_reports(BUILD, tmp / "reports"), RANDOM_URL),
]
