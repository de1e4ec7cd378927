"""The suite's own settings (tests/conftest.py): how many workers `-n auto` starts, and how they share."""

from __future__ import annotations

import os
import subprocess
import sys
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import settings

from registry.vendors import REPO_ROOT
from tests import conftest
from tests.budget import examples


def test_auto_starts_two_workers_more_than_there_are_cores(
    pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTEST_XDIST_AUTO_NUM_WORKERS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)
    monkeypatch.setattr(conftest, "_physical_memory", lambda: 64 * conftest.WORKER_MEMORY)
    assert conftest.pytest_xdist_auto_num_workers(pytestconfig) == 5


@pytest.mark.parametrize(
    ("cores", "gigabytes", "expected"),
    [(16, 64, 18), (16, 6, 6), (2, 1, 1), (4, 0.5, 1)],
)
def test_auto_starts_no_more_workers_than_the_memory_holds(
    pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch, cores: int, gigabytes: float, expected: int
) -> None:
    monkeypatch.delenv("PYTEST_XDIST_AUTO_NUM_WORKERS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: set(range(cores)), raising=False)
    pages = {"SC_PAGE_SIZE": 4096, "SC_PHYS_PAGES": int(gigabytes * conftest.WORKER_MEMORY) // 4096}
    monkeypatch.setattr(os, "sysconf", pages.__getitem__, raising=False)
    assert conftest.pytest_xdist_auto_num_workers(pytestconfig) == expected


def test_without_a_memory_reading_the_cores_decide(
    pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PYTEST_XDIST_AUTO_NUM_WORKERS", raising=False)
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1, 2}, raising=False)

    def unknown(name: str) -> int:
        raise ValueError(f"unrecognized configuration name {name}")

    monkeypatch.setattr(os, "sysconf", unknown, raising=False)
    assert conftest.pytest_xdist_auto_num_workers(pytestconfig) == 5


def test_the_environment_variable_is_left_to_xdist(
    pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PYTEST_XDIST_AUTO_NUM_WORKERS", "1")
    assert conftest.pytest_xdist_auto_num_workers(pytestconfig) is None


@pytest.mark.parametrize(
    ("numprocesses", "dist", "expected"),
    [
        ("auto", "no", "worksteal"),
        (3, "no", "worksteal"),
        ("auto", "load", "load"),
        (0, "no", "no"),
        (None, "no", "no"),
    ],
)
def test_workers_steal_work_unless_the_caller_chose_a_mode(numprocesses: Any, dist: str, expected: str) -> None:
    config: Any = SimpleNamespace(option=SimpleNamespace(numprocesses=numprocesses, dist=dist))
    conftest.pytest_cmdline_main(config)
    assert config.option.dist == expected


def test_a_run_with_workers_steals_work() -> None:
    """The hook above runs before xdist picks its default (`load`); its workers' own options say nothing of
    the mode, so a small run of its own shows which scheduler its controller chose."""
    ran = subprocess.run(
        [sys.executable, "-m", "pytest", "-n", "1", "-v", "-p", "no:cacheprovider",
         "tests/test_suite_settings.py::test_the_environment_variable_is_left_to_xdist"],
        cwd=REPO_ROOT, capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stdout + ran.stderr
    assert "scheduling tests via WorkStealingScheduling" in ran.stdout, ran.stdout


def test_a_recheck_draws_a_quarter_of_each_tests_own_examples_and_never_none() -> None:
    recheck = settings.get_profile("recheck")
    assert [examples(own, recheck) for own in (1, 4, 8, 15, 150)] == [1, 1, 2, 4, 38]
    assert [examples(own, settings.get_profile(name)) for name in ("dev", "ci") for own in (1, 8)] == [1, 8, 1, 8]


def test_a_recheck_is_a_ci_run_but_for_its_examples() -> None:
    ci, recheck = settings.get_profile("ci"), settings.get_profile("recheck")
    assert recheck.max_examples == ci.max_examples // 4
    for name in ("derandomize", "database", "deadline", "suppress_health_check", "print_blob"):
        assert getattr(recheck, name) == getattr(ci, name), name
