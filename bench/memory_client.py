"""The client side of the memory measurement, run in a fresh process by `bench.memory`.

`python -m bench.memory_client ORIGIN FILE upload|download` moves the file through a fabapi client
and prints one JSON line: the resident set before the transfer, its peak during it, the bytes moved.
A small transfer of the same kind runs first, so every module is imported and the connection open
before the baseline is taken: what remains is what the size of the file costs.
"""

from __future__ import annotations

import gc
import json
import os
import resource
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from fabapi_cloudslicer import CloudSlicer
from fabapi_kittycad import KittyCAD

MIB = 1 << 20
CLEAR_REFS = Path("/proc/self/clear_refs")
STATM = Path("/proc/self/statm")
STATUS = Path("/proc/self/status")
TOKEN = "bench"  # noqa: S105 - the loopback server takes any token


def resident_mib() -> float:
    """The resident set now (Linux /proc); elsewhere the peak so far, which is an upper bound."""
    if STATM.exists():
        pages = int(STATM.read_text().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / MIB
    return peak_mib()


def peak_mib() -> float:
    """The high-water mark of this process's resident set.

    On Linux VmHWM of /proc/self/status, not ru_maxrss: ru_maxrss also holds the parent's resident
    set at the fork that started this process, so a large parent would hide the transfer.
    """
    if STATUS.exists():
        for line in STATUS.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024  # kB
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / MIB if sys.platform == "darwin" else peak / 1024


def reset_peak() -> bool:
    """Reset the high-water mark to the present resident set (Linux ≥ 4.0); False where that is refused."""
    try:
        CLEAR_REFS.write_text("5")
    except OSError:
        return False
    return True


@dataclass(frozen=True)
class Baseline:
    resident_mib: float  # the resident set just before the transfer
    peak_reset: bool  # whether the high-water mark was reset then (else it still holds earlier peaks)


def baseline() -> Baseline:
    gc.collect()
    resident = resident_mib()
    return Baseline(resident, reset_peak())


def upload(origin: str, source: Path, warm_up: Path) -> tuple[Baseline, int]:
    """KittyCAD's conversion: the file streamed as the request body (its size is what was read)."""
    with KittyCAD(TOKEN, base_url=origin) as kittycad:
        kittycad.convert_file(warm_up, to="obj")
        before = baseline()
        kittycad.convert_file(source, to="obj")
    return before, source.stat().st_size


def download(origin: str, source: Path, warm_up: Path) -> tuple[Baseline, int]:
    """Cloud Slicer's file download, which is `fabapi_core.download` on the client's own httpx client."""
    with CloudSlicer(TOKEN, base_url=origin) as slicer:
        slicer.download_file("small", warm_up.with_name("small.bin"))
        before = baseline()
        written = slicer.download_file("large", source.with_name("downloaded.bin"))
    return before, written.stat().st_size


def main(argv: list[str]) -> int:
    if len(argv) != 3 or argv[2] not in ("upload", "download"):
        print("usage: python -m bench.memory_client ORIGIN FILE upload|download", file=sys.stderr)
        return 2
    origin, source, mode = argv[0], Path(argv[1]), argv[2]
    warm_up = source.with_name("warm-up.stl")
    warm_up.write_bytes(b"\0" * 1024)
    before, moved = upload(origin, source, warm_up) if mode == "upload" else download(origin, source, warm_up)
    figures = {**asdict(before), "peak_mib": peak_mib(), "moved_bytes": moved}
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
