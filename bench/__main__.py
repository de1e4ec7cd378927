"""`python -m bench`: every measurement, one table, one run on this machine."""

from __future__ import annotations

import platform
import sys

from .decode import decoding
from .memory import memory
from .overhead import per_call
from .regenerate import regenerate
from .table import render
from .throughput import throughput

METHOD = (
    "times: time.perf_counter, rivals interleaved; per call and decoding the minimum of the rounds, "
    "throughput the median; memory: peak RSS (VmHWM) of a fresh subprocess"
)


def main() -> int:
    print(f"fabapi bench on {platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    print(METHOD)
    rows = [*per_call(), *decoding(), *memory(), *regenerate(), *throughput()]
    print(render(rows))
    return 0  # measurements, not tests: a missed goal is reported, not failed


if __name__ == "__main__":
    sys.exit(main())
