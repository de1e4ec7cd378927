"""The Eiger client on a real-shaped account, end to end against the mock (strict: no deviation passes).

The mock's `Store(real_account=True)` has the size and mix of a recorded live account: 10 devices
(FX10 and Sinter-1 among them, three offline without material keys), 195 print jobs whose
`requester` is null, approvals off (`approved: null`). Before the overlay made `requester`
nullable, listing its print jobs raised on the first page in strict mode and reported a deviation
per job otherwise.
"""

from __future__ import annotations

import datetime
import warnings
from collections import Counter
from collections.abc import Iterator

import pytest
from fabapi_core import SchemaDeviationWarning, located
from fabapi_eiger import AsyncEiger, Eiger

from conformance.mocks.eiger import Store, create_app
from conformance.mocks.eiger.store import SEED_NOW
from conformance.serving import serve
from tests.eiger.conftest import ACCESS_KEY, SECRET_KEY, Mock


@pytest.fixture
def real() -> Iterator[Mock]:
    store = Store(real_account=True)
    with serve(create_app(store=store)) as origin:
        yield Mock(url=f"{origin}/api/v3", store=store)


@pytest.fixture
def eiger(real: Mock) -> Iterator[Eiger]:
    with Eiger(ACCESS_KEY, SECRET_KEY, base_url=real.url, strict=True) as client, warnings.catch_warnings():
        warnings.simplefilter("error", SchemaDeviationWarning)
        yield client


def test_every_print_job_lists_across_pages_with_requester_null(eiger: Eiger, real: Mock) -> None:
    pages = list(eiger.print_jobs.list(page_size=50).pages())
    assert [len(page.items) for page in pages] == [50, 50, 50, 45]
    jobs = [job for page in pages for job in page.items]
    assert {job.id for job in jobs} == set(real.store.print_jobs)
    assert all(job.requester is None for job in jobs)
    assert any(job.device is None for job in jobs) and any(job.build.approved is None for job in jobs)
    assert all(located(page) == [] for page in pages)
    assert eiger.print_jobs.get(jobs[0].id).requester is None


def test_per_state_counts_match_the_account(eiger: Eiger, real: Mock) -> None:
    expected = Counter(job.state for job in real.store.print_jobs.values())
    assert eiger.print_jobs_per_state() == dict(expected)
    assert sum(expected.values()) == 195 and set(expected) >= {"Completed", "Failed", "Canceled", "Backlogged"}


def test_utilization_reads_every_job_of_a_device(eiger: Eiger, real: Mock) -> None:
    device = eiger.find_device("FX10-01")
    assert device is not None and device.device_type == "FX10"
    start, end = SEED_NOW - datetime.timedelta(days=365), SEED_NOW
    usage = eiger.device_utilization(device.id, start, end)
    mine = [job for job in real.store.print_jobs.values() if job.device_id == device.id and job.started_at]
    busy = sum(((job.ended_at or end) - job.started_at).total_seconds() for job in mine if job.started_at)
    assert usage.jobs == len(mine) > 10
    assert usage.ratio == pytest.approx(busy / (end - start).total_seconds())


def test_devices_offline_and_new_types_decode(eiger: Eiger) -> None:
    devices = {device.name: device for device in eiger.devices.list()}
    assert len(devices) == 10
    assert devices["Sinter-01"].device_type == "Sinter-1" and devices["FX10-02"].active_job
    offline = [device for device in devices.values() if device.state == "Offline"]
    assert len(offline) == 3
    for device in offline:
        assert "loaded_primary_material" not in device.to_dict() and "active_job" not in device.to_dict()
        assert eiger.queue_info(device.id).primary_remaining_cm3 == 0.0
    assert eiger.available_printers(devices["FX10-02"].active_job.build.id)  # FX10-01 is ready, Onyx loaded


async def test_the_async_client_lists_the_same_jobs(real: Mock) -> None:
    async with AsyncEiger(ACCESS_KEY, SECRET_KEY, base_url=real.url, strict=True) as eiger:
        jobs = [job async for job in eiger.print_jobs.list(page_size=100)]
        per_state = await eiger.print_jobs_per_state()
    assert len(jobs) == 195 and all(job.requester is None for job in jobs)
    assert sum(per_state.values()) == 195
