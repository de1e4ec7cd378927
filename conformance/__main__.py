"""`python -m conformance [--target mock|prism|live] [--jobs N] [VENDOR...]`."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from conformance import junit, report, runs
from conformance.fanout import run_all
from conformance.runner import REPORTS
from conformance.targets import BY_NAME, TARGETS
from registry.vendors import REPO_ROOT, select


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m conformance", description=__doc__)
    parser.add_argument("vendors", nargs="*", help="vendor keys (default: all)")
    parser.add_argument("--target", choices=TARGETS, default="mock")
    parser.add_argument(
        "--allow",
        action="append",
        default=[],
        metavar="OPERATION_ID",
        help="live only: also run this non-read-only operation (never an x-fabapi-unsafe one)",
    )
    parser.add_argument("--max-examples", type=int, default=None)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--jobs",
        type=int,
        default=None,
        help="vendors run at once, each in its own process (default: all of them; 1: one after another)",
    )
    args = parser.parse_args(argv)
    target = BY_NAME[args.target]
    if target.disabled_checks:
        print(f"checks disabled on target {target.name}:")
        for check, reason in sorted(target.disabled_checks.items()):
            print(f"  {check}: {reason}")
    if target.mode_reason:
        print(f"only {target.mode} requests on target {target.name}: {target.mode_reason}")
    if target.skip_multipart:
        print(f"operations with multipart bodies left out on target {target.name}: {target.skip_multipart}")
    started = datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds")
    vendors = select(args.vendors)
    outcomes = run_all(
        vendors,
        target,
        # All at once by default: the longest vendor (3YOURMIND) then never waits for a free slot,
        # and the system shares the cores among the rest.
        jobs=args.jobs or len(vendors),
        allow=frozenset(args.allow),
        max_examples=args.max_examples,
        seed=args.seed,
    )
    print("\nconformance summary:")
    for outcome in outcomes:
        print(f"  {outcome.vendor} on {outcome.target}: {outcome.status} ({outcome.detail})")
    this_run = runs.TargetRun.start(target, started)
    for outcome in outcomes:
        this_run.vendors.append(
            runs.VendorRun(outcome.vendor, outcome.status, outcome.detail, outcome.summary, list(outcome.workflows))
        )
        # A run that did not happen, or broke before schemathesis wrote its file, still counts.
        name, path = f"{outcome.vendor} on {outcome.target}", REPORTS / f"{outcome.vendor}-{outcome.target}.xml"
        if outcome.status == "skipped":
            junit.write_skipped(path, "conformance", name, outcome.detail)
        elif outcome.summary is None:
            junit.write_failed(path, "conformance", name, outcome.detail)
    saved, page = report.publish(REPORTS, this_run)
    print(f"results: {_shown(saved)}")
    print(f"report: {_shown(page)}, every target's latest run (JUnit XML beside it)")
    return 1 if any(o.status == "failed" for o in outcomes) else 0


def _shown(path: Path) -> Path:
    """A path in the checkout relative to it, any other as it is."""
    return path.relative_to(REPO_ROOT) if path.is_relative_to(REPO_ROOT) else path


if __name__ == "__main__":
    sys.exit(main())
