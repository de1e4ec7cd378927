"""Vendors' conformance runs side by side: each one's output in one piece, outcomes in order, errors last.

The per-vendor run is a stand-in here (a real one takes a minute); it is defined at module level
because the fan-out starts fresh processes, which import it by name.
"""

from __future__ import annotations

import io
import os
import time

import pytest

from conformance.fanout import LOWER_PRIORITY, run_all
from conformance.runner import Outcome
from conformance.targets import MOCK, Target
from registry.vendors import Vendor, select

LINES = 40


def chatty(vendor: Vendor, target: Target, **_: object) -> Outcome:
    """Prints line after line, slowly enough that two of these at once overlap in time."""
    for index in range(LINES):
        print(f"{vendor.key} line {index} from {os.getpid()}", flush=True)
        time.sleep(0.005)
    status = "failed" if vendor.key == "kaedim" else "passed"
    return Outcome(vendor.key, target.name, status, f"pid {os.getpid()}", None)


def niceness(vendor: Vendor, target: Target, **_: object) -> Outcome:
    """Says how nice its process runs."""
    return Outcome(vendor.key, target.name, "passed", str(os.nice(0)), None)


def broken(vendor: Vendor, target: Target, **kwargs: object) -> Outcome:
    if vendor.key == "eiger":
        raise RuntimeError("a bug in eiger's run")
    return chatty(vendor, target, **kwargs)


def test_each_vendors_lines_stay_together_and_outcomes_keep_the_given_order() -> None:
    vendors = select(["threeyourmind", "eiger", "kaedim"])
    out = io.StringIO()
    outcomes = run_all(vendors, MOCK, jobs=3, out=out, one=chatty)
    assert [(o.vendor, o.status) for o in outcomes] == [
        ("threeyourmind", "passed"),
        ("eiger", "passed"),
        ("kaedim", "failed"),
    ]
    pids = {o.detail for o in outcomes}
    assert len(pids) == 3 and f"pid {os.getpid()}" not in pids  # each in a process of its own
    lines = [line for line in out.getvalue().splitlines() if " line " in line]
    assert len(lines) == 3 * LINES
    blocks = [lines[start : start + LINES] for start in range(0, len(lines), LINES)]
    for block in blocks:
        key = block[0].split()[0]
        assert block == [line for line in lines if line.startswith(f"{key} ")], "a vendor's lines were split"
    headers = [line for line in out.getvalue().splitlines() if line.startswith("== ")]
    assert sorted(headers) == [
        "== eiger on mock: passed ==",
        "== kaedim on mock: failed ==",
        "== threeyourmind on mock: passed ==",
    ]


def test_an_error_in_one_vendor_is_raised_after_the_others_have_printed() -> None:
    out = io.StringIO()
    with pytest.raises(RuntimeError, match="a bug in eiger's run"):
        run_all(select(["eiger", "kaedim"]), MOCK, jobs=2, out=out, one=broken)
    text = out.getvalue()
    assert "== eiger on mock: stopped by an error ==" in text
    assert "== kaedim on mock: failed ==" in text and f"kaedim line {LINES - 1}" in text


def test_one_job_runs_here_one_vendor_after_the_other(capsys: pytest.CaptureFixture[str]) -> None:
    outcomes = run_all(select(["eiger", "kaedim"]), MOCK, jobs=1, one=chatty)
    assert [o.detail for o in outcomes] == [f"pid {os.getpid()}"] * 2
    assert capsys.readouterr().out.startswith("eiger line 0")


def test_the_vendor_with_the_largest_spec_keeps_its_priority_and_the_others_yield() -> None:
    vendors = select(["eiger", "threeyourmind", "kaedim"])
    sizes = {vendor.key: (vendor.spec_dir() / "openapi.yaml").stat().st_size for vendor in vendors}
    assert max(sizes, key=sizes.__getitem__) == "threeyourmind"
    here = os.nice(0)
    outcomes = run_all(vendors, MOCK, jobs=3, out=io.StringIO(), one=niceness)
    assert {o.vendor: int(o.detail) - here for o in outcomes} == {
        "eiger": LOWER_PRIORITY,
        "threeyourmind": 0,
        "kaedim": LOWER_PRIORITY,
    }
    # Fewer slots than vendors: a process may run a second vendor, so none yields.
    fewer = run_all(vendors, MOCK, jobs=2, out=io.StringIO(), one=niceness)
    assert {int(o.detail) - here for o in fewer} == {0}
