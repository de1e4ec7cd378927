"""Every Eiger workflow end to end: the client over loopback HTTP against the stateful mock.

Expectations are computed from the mock's store, not hard-coded, so a test
fails when the client and the server disagree.
"""

from __future__ import annotations

import datetime
from collections import Counter
from pathlib import Path
from uuid import UUID, uuid4

import pytest
from fabapi_core import Conflict, InvalidArgument, NotFound
from fabapi_eiger import AsyncEiger, Eiger

from .conftest import Mock


def _ready_device(mock: Mock) -> UUID:
    return next(d.id for d in mock.store.devices.values() if d.state == "Ready" and d.active_job_id is None)


def _printable_build(mock: Mock, device_id: UUID) -> UUID:
    device = mock.store.devices[device_id]
    return next(b.id for b in mock.store.builds.values() if b.device_series == device.device_series)


def test_find_build_by_title(eiger: Eiger, mock: Mock) -> None:
    build = next(iter(mock.store.builds.values()))
    found = eiger.find_build(build.title)
    assert found is not None
    assert found.id == build.id
    assert eiger.find_build("no build has this title") is None


def test_find_device_by_name(eiger: Eiger, mock: Mock) -> None:
    device = list(mock.store.devices.values())[-1]
    found = eiger.find_device(device.name)
    assert found is not None
    assert (found.id, found.name) == (device.id, device.name)
    assert eiger.find_device("Nobody's printer") is None


def test_list_iterates_across_pages(eiger: Eiger, mock: Mock) -> None:
    every = list(eiger.devices.list(page_size=2))
    assert sorted(d.id for d in every) == sorted(mock.store.devices)
    pages = list(eiger.devices.list(page_size=2).pages())
    assert len(pages) == -(-len(mock.store.devices) // 2)
    assert all(len(page.items) <= 2 for page in pages)


def test_send_to_printer_starts_and_confirms_the_job(eiger: Eiger, mock: Mock) -> None:
    device_id = _ready_device(mock)
    build_id = _printable_build(mock, device_id)
    started = eiger.send_to_printer(build_id, device_id, interval=0.01, timeout=5)
    assert started.device_id == device_id
    assert mock.store.devices[device_id].active_job_id == started.print_job_id
    assert mock.store.print_jobs[started.print_job_id].build_id == build_id
    # The printer is busy now: the API answers 409 and the client raises Conflict.
    with pytest.raises(Conflict) as caught:
        eiger.send_to_printer(build_id, device_id, interval=0.01, timeout=5)
    assert caught.value.status_code == 409


def test_available_printers_for_a_build(eiger: Eiger, mock: Mock) -> None:
    for build in mock.store.builds.values():
        expected = {
            d.id
            for d in mock.store.devices.values()
            if d.state == "Ready"
            and d.device_series == build.device_series
            and not (build.primary_material and d.loaded_primary_material
                     and build.primary_material != d.loaded_primary_material)
        }  # fmt: skip
        assert {d.id for d in eiger.available_printers(build.id)} == expected


def test_approve_builds_by_title_replaces_the_list(eiger: Eiger, mock: Mock) -> None:
    chosen = list(mock.store.builds.values())[:2]
    ids = eiger.approve_builds([b.title for b in chosen])
    assert ids == [b.id for b in chosen]
    assert mock.store.approved_build_ids == {b.id for b in chosen}
    assert {b.id for b in eiger.builds.list_approved()} == {b.id for b in chosen}


def test_approve_builds_rejects_an_unknown_title_before_changing_anything(eiger: Eiger, mock: Mock) -> None:
    before = set(mock.store.approved_build_ids)
    title = next(iter(mock.store.builds.values())).title
    with pytest.raises(InvalidArgument, match="no build is titled 'missing'"):
        eiger.approve_builds([title, "missing"])
    assert mock.store.approved_build_ids == before


def test_queue_information_with_remaining_material(eiger: Eiger, mock: Mock) -> None:
    device_id = _ready_device(mock)
    build_ids = [b.id for b in mock.store.builds.values()][:2]
    for build_id in build_ids:
        eiger.add_to_queue(device_id, build_id)
    info = eiger.queue_info(device_id)
    device = mock.store.devices[device_id]
    queued = [mock.store.builds[job.build_id] for job in mock.store.queue_of(device_id)]
    assert info.length == len(queued) >= 2
    assert info.primary_remaining_cm3 == pytest.approx(
        (device.ccs_primary_remaining or 0) - sum(b.ccs_primary_required or 0 for b in queued)
    )
    assert info.secondary_remaining_cm3 == pytest.approx(
        (device.ccs_secondary_remaining or 0) - sum(b.ccs_secondary_required or 0 for b in queued)
    )


def test_remove_one_build_and_clear_the_queue(eiger: Eiger, mock: Mock) -> None:
    device_id = _ready_device(mock)
    first, second = [b.id for b in mock.store.builds.values()][:2]
    for build_id in (first, second, first):
        eiger.add_to_queue(device_id, build_id)
    assert eiger.remove_build_from_queue(device_id, second) is True
    assert [job.build_id for job in mock.store.queue_of(device_id)][-2:] == [first, first]
    assert eiger.remove_build_from_queue(device_id, second) is False
    removed = eiger.clear_queue(device_id)
    assert removed >= 2
    assert mock.store.queue_of(device_id) == []


def test_device_utilization_over_a_period(eiger: Eiger, mock: Mock) -> None:
    spans = [
        (j.device_id, j.started_at, j.ended_at)
        for j in mock.store.print_jobs.values()
        if j.device_id and j.started_at and j.ended_at
    ]
    device_id = Counter(device for device, _, _ in spans).most_common(1)[0][0]
    mine = [(started, ended) for device, started, ended in spans if device == device_id]
    start = min(started for started, _ in mine)
    end = max(ended for _, ended in mine)
    result = eiger.device_utilization(device_id, start, end)
    expected = sum((ended - started).total_seconds() for started, ended in mine)
    assert result.printing_seconds == pytest.approx(expected)
    assert 0 < result.ratio <= 1
    with pytest.raises(InvalidArgument, match="end"):
        eiger.device_utilization(device_id, end, start)


def test_print_jobs_per_state(eiger: Eiger, mock: Mock) -> None:
    expected = Counter(job.state for job in mock.store.print_jobs.values())
    assert eiger.print_jobs_per_state() == dict(expected)


def test_printed_parts_by_notes(eiger: Eiger, mock: Mock) -> None:
    notes = next(p.notes for p in mock.store.printed_parts.values() if p.notes)
    expected = {p.id for p in mock.store.printed_parts.values() if p.notes == notes}
    assert {p.id for p in eiger.printed_parts_by_notes(notes)} == expected


def test_download_all_scan_reports_of_a_print_job(eiger: Eiger, mock: Mock, tmp_path: Path) -> None:
    job_id = next(
        job for job in mock.store.print_jobs
        if any(p.scan_report for p in mock.store.printed_parts_of(job))
    )  # fmt: skip
    written = eiger.download_scan_reports(job_id, tmp_path / "reports")
    parts = [p for p in mock.store.printed_parts_of(job_id) if p.scan_report]
    assert len(written) == len(parts)
    contents = {path.read_bytes() for path in written}
    assert contents == {p.scan_report for p in parts}


def test_unknown_device_raises_not_found_with_the_vendor_body(eiger: Eiger) -> None:
    missing = uuid4()
    with pytest.raises(NotFound) as caught:
        eiger.devices.get(missing)
    assert caught.value.status_code == 404
    assert str(missing) in str(caught.value)


async def test_async_twin_runs_the_same_workflows(async_eiger: AsyncEiger, mock: Mock) -> None:
    device = next(iter(mock.store.devices.values()))
    found = await async_eiger.find_device(device.name)
    assert found is not None and found.id == device.id
    ids = [d.id async for d in async_eiger.devices.list(page_size=2)]
    assert sorted(ids) == sorted(mock.store.devices)

    device_id = _ready_device(mock)
    build_id = _printable_build(mock, device_id)
    await async_eiger.add_to_queue(device_id, build_id)
    info = await async_eiger.queue_info(device_id)
    assert info.length == len(mock.store.queue_of(device_id))
    assert await async_eiger.clear_queue(device_id) == info.length
    started = await async_eiger.send_to_printer(build_id, device_id, interval=0.01, timeout=5)
    assert mock.store.devices[device_id].active_job_id == started.print_job_id
    assert await async_eiger.print_jobs_per_state() == dict(Counter(j.state for j in mock.store.print_jobs.values()))
    start = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
    utilization = await async_eiger.device_utilization(device_id, start, start + datetime.timedelta(days=1))
    assert utilization.printing_seconds == 0
