"""`python -m conformance [--target mock|prism|live] [--jobs N] [VENDOR...]`."""

from __future__ import annotations

import argparse
import sys

from conformance import report
from conformance.fanout import run_all
from conformance.report import Skipped
from conformance.results import RunSummary
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
    summaries = [RunSummary.from_json(o.summary.read_text(encoding="utf-8")) for o in outcomes if o.summary]
    not_run = [Skipped(o.vendor, o.target, o.detail) for o in outcomes if o.summary is None]
    page = report.write(REPORTS, summaries, not_run)
    print(f"report: {page.relative_to(REPO_ROOT)} (JUnit XML beside it)")
    return 1 if any(o.status == "failed" for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
