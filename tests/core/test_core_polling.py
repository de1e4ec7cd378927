"""Polling with a fake clock: no test waits for real."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from fabapi_core import InvalidArgument, JobFailed, PollTimeout, apoll, poll


class FakeTime:
    def __init__(self) -> None:
        self.now = 100.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)


def states(*values: str) -> Iterator[str]:
    yield from values


def test_returns_when_done_and_reports_progress() -> None:
    fake = FakeTime()
    source = states("queued", "printing", "printing", "done")
    seen: list[str] = []
    result = poll(
        lambda: next(source),
        until=lambda s: s == "done",
        interval=1,
        backoff=2,
        on_progress=seen.append,
        sleep=fake.sleep,
        clock=fake.clock,
    )
    assert result == "done"
    assert seen == ["queued", "printing", "printing", "done"]
    assert fake.sleeps == [1, 2, 4]


def test_backoff_is_capped_at_max_interval() -> None:
    fake = FakeTime()
    calls = iter(range(100))
    poll(
        lambda: next(calls),
        until=lambda n: n == 8,
        interval=1,
        backoff=3,
        max_interval=10,
        timeout=10_000,
        sleep=fake.sleep,
        clock=fake.clock,
    )
    assert fake.sleeps == [1, 3, 9, 10, 10, 10, 10, 10]


def test_timeout_raises_with_last_value() -> None:
    fake = FakeTime()
    counter = iter(range(1000))
    with pytest.raises(PollTimeout) as caught:
        poll(
            lambda: {"state": "running", "n": next(counter)},
            until=lambda job: False,
            timeout=10,
            interval=1,
            backoff=2,
            sleep=fake.sleep,
            clock=fake.clock,
        )
    error = caught.value
    assert error.last == {"state": "running", "n": 4}  # fetched at 0, 1, 3, 7 and at the 10 s deadline
    assert error.elapsed == pytest.approx(10)
    assert fake.sleeps == [1, 2, 4, 3]  # the last wait stops at the deadline
    assert "running" in str(error)


def test_failed_raises_job_failed() -> None:
    fake = FakeTime()
    source = states("queued", "error", "done")
    with pytest.raises(JobFailed) as caught:
        poll(
            lambda: next(source),
            until=lambda s: s == "done",
            failed=lambda s: s == "error",
            sleep=fake.sleep,
            clock=fake.clock,
        )
    assert caught.value.last == "error"


def test_bad_arguments() -> None:
    with pytest.raises(InvalidArgument) as caught:
        poll(lambda: 1, until=bool, backoff=0.5)
    assert caught.value.argument == "backoff"
    with pytest.raises(InvalidArgument):
        poll(lambda: 1, until=bool, interval=5, max_interval=1)


@pytest.mark.asyncio
async def test_apoll_reaches_done() -> None:
    fake = FakeTime()
    source = states("a", "b", "done")
    seen: list[str] = []

    async def fetch() -> str:
        return next(source)

    result = await apoll(
        fetch, until=lambda s: s == "done", on_progress=seen.append, sleep=fake.asleep, clock=fake.clock
    )
    assert result == "done"
    assert seen == ["a", "b", "done"]
    assert fake.sleeps == [1.0, 1.5]


@pytest.mark.asyncio
async def test_apoll_times_out() -> None:
    fake = FakeTime()

    async def fetch() -> str:
        return "running"

    with pytest.raises(PollTimeout) as caught:
        await apoll(fetch, until=lambda s: False, timeout=5, sleep=fake.asleep, clock=fake.clock)
    assert caught.value.last == "running"


@pytest.mark.asyncio
async def test_apoll_cancellation_propagates() -> None:
    fetched = 0

    async def fetch() -> str:
        nonlocal fetched
        fetched += 1
        return "running"

    task = asyncio.create_task(apoll(fetch, until=lambda s: False, interval=30, max_interval=30))
    while fetched == 0:
        await asyncio.sleep(0)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert fetched == 1


HOSTILE_NUMBERS = [float("nan"), float("inf"), float("-inf"), 10**400, -1, True, None, "5"]


@pytest.mark.parametrize("argument", ["timeout", "interval", "max_interval", "backoff"])
@pytest.mark.parametrize("value", HOSTILE_NUMBERS, ids=repr)
def test_every_timing_argument_is_a_finite_number_in_range(argument: str, value: object) -> None:
    fake = FakeTime()
    fetched: list[int] = []
    with pytest.raises(InvalidArgument) as caught:
        poll(
            lambda: fetched.append(1),
            until=lambda _: False,
            sleep=fake.sleep,
            clock=fake.clock,
            **{argument: value},  # type: ignore[arg-type]
        )
    assert caught.value.argument == argument
    assert not fetched, "the job was fetched before the arguments were checked"


@pytest.mark.asyncio
@pytest.mark.parametrize("value", [float("nan"), float("inf"), 10**400])
async def test_apoll_checks_its_timing_the_same_way(value: object) -> None:
    async def fetch() -> int:
        raise AssertionError("fetched before the arguments were checked")

    for argument in ("timeout", "interval"):
        with pytest.raises(InvalidArgument) as caught:
            await apoll(fetch, until=bool, **{argument: value})  # type: ignore[arg-type]
        assert caught.value.argument == argument
