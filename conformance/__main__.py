"""`python -m conformance [--target mock|prism|live] [VENDOR...]`."""

from __future__ import annotations

import argparse
import datetime
import sys

from conformance import junit, report, runs
from conformance.auth import MissingCredentials
from conformance.prism import PrismUnavailable
from conformance.runner import REPORTS, Outcome, run
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
    outcomes: list[Outcome] = []
    for vendor in select(args.vendors):
        try:
            outcomes.append(
                run(vendor, target, allow=frozenset(args.allow), max_examples=args.max_examples, seed=args.seed)
            )
        except MissingCredentials as err:
            outcomes.append(Outcome(vendor.key, target.name, "skipped", str(err), None))
        except PrismUnavailable as err:
            outcomes.append(Outcome(vendor.key, target.name, "failed", str(err), None))
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
    saved = runs.save(REPORTS, this_run)
    page = report.write(REPORTS, runs.load_all(REPORTS))
    print(f"results: {saved.relative_to(REPO_ROOT)}")
    print(f"report: {page.relative_to(REPO_ROOT)}, every target's latest run (JUnit XML beside it)")
    return 1 if any(o.status == "failed" for o in outcomes) else 0


if __name__ == "__main__":
    sys.exit(main())
