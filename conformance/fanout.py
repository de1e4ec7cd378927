"""Several vendors' conformance runs at once, each in a process of its own, each one's output in one piece.

A run is mostly waiting: schemathesis (a child process) sends a request, the vendor's mock (a
uvicorn thread in the runner's process) answers it. Vendors side by side keep both cores busy. Each
vendor runs in a process of its own, not a thread, so five mocks do not share one interpreter lock,
and its output (already masked by the runner) is collected and printed whole when it ends, so the
lines of two vendors never interleave. A process is started fresh (spawn), never forked from a
parent that may hold threads.

The run ends when its slowest vendor does, and the system shares the cores fairly among all of them: so
the vendor whose spec is largest (the most operations, the longest run: 3YOURMIND's 73 s alone, against
30 to 45 s for the others) keeps its priority and the others run at a lower one (`LOWER_PRIORITY`).
Measured on 2 cores, the five against their mocks: 110 s before, 89 to 90 s after (two runs).
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing
import os
import sys
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass
from typing import IO

from conformance import prism
from conformance.auth import MissingCredentials
from conformance.prism import PrismUnavailable
from conformance.runner import Outcome, run
from conformance.targets import BY_NAME, Target
from registry.vendors import Vendor, select

# How much less of the cores (a nice increment) the vendors other than the longest one get.
LOWER_PRIORITY = 5


@dataclass(frozen=True)
class Finished:
    outcome: Outcome
    output: str


# One vendor's run on one target: `outcome` below (tests pass a module-level stand-in, which a
# spawned process imports by name).
OneVendor = Callable[..., Outcome]


def outcome(vendor: Vendor, target: Target, *, allow: frozenset[str], max_examples: int | None, seed: int) -> Outcome:
    """One vendor's run, the refusals that concern only that vendor turned into its outcome."""
    try:
        return run(vendor, target, allow=allow, max_examples=max_examples, seed=seed)
    except MissingCredentials as err:
        return Outcome(vendor.key, target.name, "skipped", str(err), None)
    except PrismUnavailable as err:
        return Outcome(vendor.key, target.name, "failed", str(err), None)


def _captured(
    one: OneVendor, key: str, target: str, allow: frozenset[str], max_examples: int | None, seed: int, *, yields: bool
) -> Finished:
    # Names, not records, cross the process boundary: the child reads the registry itself.
    if yields and hasattr(os, "nice"):  # its schemathesis and mock (a child, a thread) inherit it
        os.nice(LOWER_PRIORITY)
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer), contextlib.redirect_stderr(buffer):
        result = one(select([key])[0], BY_NAME[target], allow=allow, max_examples=max_examples, seed=seed)
    return Finished(result, buffer.getvalue())


def run_all(
    vendors: Sequence[Vendor],
    target: Target,
    *,
    jobs: int,
    allow: frozenset[str] = frozenset(),
    max_examples: int | None = None,
    seed: int = 1,
    out: IO[str] | None = None,
    one: OneVendor = outcome,
) -> list[Outcome]:
    """Every vendor's outcome, in the order given; up to `jobs` vendors run at a time.

    One at a time (or one vendor) runs here, its output live. An error no outcome stands for
    (a bug) is raised once every other vendor has finished and printed its output.
    """
    out = out if out is not None else sys.stdout
    if jobs <= 1 or len(vendors) <= 1:
        return [one(v, target, allow=allow, max_examples=max_examples, seed=seed) for v in vendors]
    if target.name == "prism":
        # npm installs Prism once, here: five processes installing into one node_modules would collide.
        try:
            prism.install()
        except PrismUnavailable as err:
            return [Outcome(v.key, target.name, "failed", str(err), None) for v in vendors]
    workers = min(jobs, len(vendors))
    # With every vendor at once (the default), the longest keeps its priority; with fewer slots, none does,
    # since a process that lowered its priority may go on to run another vendor.
    longest = max(vendors, key=_spec_size).key if workers == len(vendors) else None
    print(f"conformance: {len(vendors)} vendors, {workers} at a time; each one's output when it ends", file=out)
    out.flush()
    results: dict[str, Outcome] = {}
    errors: list[BaseException] = []
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("spawn")) as pool:
        futures: dict[Future[Finished], str] = {
            pool.submit(
                _captured, one, v.key, target.name, allow, max_examples, seed, yields=longest not in (None, v.key)
            ): v.key
            for v in vendors
        }
        for future in as_completed(futures):
            key = futures[future]
            try:
                finished = future.result()
            except Exception as err:  # raised below, once the others have finished
                print(f"\n== {key} on {target.name}: stopped by an error ==", file=out)
                errors.append(err)
                continue
            print(f"\n== {key} on {target.name}: {finished.outcome.status} ==", file=out)
            out.write(finished.output)
            out.flush()
            results[key] = finished.outcome
    if errors:
        raise errors[0]
    return [results[v.key] for v in vendors]


def _spec_size(vendor: Vendor) -> int:
    """The size of the vendor's curated spec: it grows with the operations, which a run's length follows."""
    spec = vendor.spec_dir() / "openapi.yaml"
    return spec.stat().st_size if spec.is_file() else 0
