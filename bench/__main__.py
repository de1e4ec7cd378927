"""`python -m bench`: every measurement, one table, one run on this machine."""

from __future__ import annotations

import platform
import sys

from .memory import memory
from .overhead import decoding, per_call
from .regenerate import regenerate
from .table import render
from .throughput import throughput


def main() -> int:
    print(f"fabapi bench on {platform.python_implementation()} {platform.python_version()}, {platform.machine()}")
    rows = [*per_call(), *decoding(), *memory(), *regenerate(), *throughput()]
    print(render(rows))
    return 0  # measurements, not tests: a missed goal is reported, not failed


if __name__ == "__main__":
    sys.exit(main())
