"""Every argument of the Eiger workflows refuses hostile values by name, before anything is sent.

send_to_printer moves a real machine: its timeout and interval are checked before the print starts.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from fabapi_eiger import AsyncEiger, Eiger

from tests.hostile import Factory, Helper, cases, check

BUILD = "5b0a0f3e-1c7d-4d55-9c1e-6f2b8d7a9e01"
DEVICE = "0e7c3d9a-8b2f-4f61-a4d0-3c5e9b1f7a22"
START = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
END = dt.datetime(2026, 2, 1, tzinfo=dt.UTC)
FOLDERS = frozenset({"dot", "dotdot"})
FACTORIES: dict[str, Factory] = {
    "sync": lambda transport: Eiger("key", "secret", transport=transport, retries=0),
    "async": lambda transport: AsyncEiger("key", "secret", transport=transport, retries=0),
}

HELPERS = [
    Helper("find_build", "title", lambda c, v, f: c.find_build(v), path_value=True, accepts=FOLDERS),
    Helper("find_device", "name", lambda c, v, f: c.find_device(v), path_value=True, accepts=FOLDERS),
    Helper("available_printers", "build_id", lambda c, v, f: c.available_printers(v), path_value=True),
    Helper("printed_parts_by_notes", "notes", lambda c, v, f: c.printed_parts_by_notes(v)),
    Helper("approve_builds", "titles", lambda c, v, f: c.approve_builds(v)),
    Helper("approve_builds", "titles[1]", lambda c, v, f: c.approve_builds(["Bracket", v])),
    Helper("send_to_printer", "build_id", lambda c, v, f: c.send_to_printer(v, DEVICE), path_value=True),
    Helper("send_to_printer", "device_id", lambda c, v, f: c.send_to_printer(BUILD, v), path_value=True),
    Helper("send_to_printer", "timeout", lambda c, v, f: c.send_to_printer(BUILD, DEVICE, timeout=v)),
    Helper("send_to_printer", "interval", lambda c, v, f: c.send_to_printer(BUILD, DEVICE, interval=v)),
    Helper("queue_info", "device_id", lambda c, v, f: c.queue_info(v), path_value=True),
    Helper("add_to_queue", "device_id", lambda c, v, f: c.add_to_queue(v, BUILD), path_value=True),
    Helper("add_to_queue", "build_id", lambda c, v, f: c.add_to_queue(DEVICE, v), path_value=True),
    Helper(
        "remove_build_from_queue", "device_id", lambda c, v, f: c.remove_build_from_queue(v, BUILD), path_value=True
    ),
    Helper(
        "remove_build_from_queue", "build_id", lambda c, v, f: c.remove_build_from_queue(DEVICE, v), path_value=True
    ),
    Helper("clear_queue", "device_id", lambda c, v, f: c.clear_queue(v), path_value=True),
    Helper("device_utilization", "device_id", lambda c, v, f: c.device_utilization(v, START, END), path_value=True),
    Helper("device_utilization", "start", lambda c, v, f: c.device_utilization(DEVICE, v, END)),
    Helper("device_utilization", "end", lambda c, v, f: c.device_utilization(DEVICE, START, v)),
    Helper("print_jobs_per_state", "device_eq", lambda c, v, f: c.print_jobs_per_state(device_eq=v), path_value=True),
    Helper("download_scan_reports", "print_job_id", lambda c, v, f: c.download_scan_reports(v, f), path_value=True),
    Helper(
        "download_scan_reports",
        "dest",
        lambda c, v, f: c.download_scan_reports(BUILD, v),
        path_value=True,
        accepts=FOLDERS,
    ),
]


@pytest.mark.parametrize("flavor", FACTORIES)
@pytest.mark.parametrize(("helper", "value"), cases(HELPERS))
def test_workflows(flavor: str, helper: Helper, value: object, tmp_path: Path) -> None:
    check(FACTORIES[flavor], helper, value, tmp_path)


@pytest.mark.parametrize("flavor", FACTORIES)
def test_an_unknown_filter_is_named(flavor: str, tmp_path: Path) -> None:
    helper = Helper("print_jobs_per_state", "colour_eq", lambda c, v, f: c.print_jobs_per_state(colour_eq=v))
    check(FACTORIES[flavor], helper, "red", tmp_path)


@pytest.mark.parametrize("flavor", FACTORIES)
def test_titles_given_as_one_text_are_refused_not_read_letter_by_letter(flavor: str, tmp_path: Path) -> None:
    check(
        FACTORIES[flavor], Helper("approve_builds", "titles", lambda c, v, f: c.approve_builds(v)), "Bracket", tmp_path
    )
