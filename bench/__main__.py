"""`python -m bench`: every measurement, one table, one run on this machine (`--only decode` for some rows)."""

from __future__ import annotations

import argparse
import platform
import sys
from collections.abc import Callable

from .decode import decoding
from .memory import memory
from .overhead import per_call
from .regenerate import regenerate
from .table import Row, render
from .throughput import throughput

METHOD = (
    "times: rivals interleaved; per call the minimum of the rounds (time.perf_counter), decoding the median"
    " of the rounds' CPU time (time.process_time), throughput the median; memory: peak RSS (VmHWM) of a"
    " fresh subprocess"
)
MEASUREMENTS: dict[str, Callable[[], list[Row]]] = {
    "overhead": per_call,
    "decode": decoding,
    "memory": memory,
    "regenerate": regenerate,
    "throughput": throughput,
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument(
        "--only",
        action="append",
        choices=sorted(MEASUREMENTS),
        help="measure only these rows (repeatable); all of them by default",
    )
    chosen = parser.parse_args(argv).only or list(MEASUREMENTS)
    print(f"fabapi bench on {platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    print(METHOD)
    rows = [row for name, measure in MEASUREMENTS.items() if name in chosen for row in measure()]
    print(render(rows))
    return 0  # measurements, not tests: a missed goal is reported, not failed


if __name__ == "__main__":
    sys.exit(main())
