"""`python -m codegen generate|check|fetch [VENDOR...]` and `diff OLD NEW`: the pipeline's command line.

generate and check also cover fabapi-core's sync twins (codegen/unasync.py), whatever vendors are named,
and the sync twins of each named vendor's overlay that has an `_async/` folder. Both build the vendors in
parallel, one process each, and skip a vendor whose inputs and outputs are as its last generation left
them (codegen/incremental.py; check --full rebuilds every one, as a fresh clone does).

Exit status: 0 success (fetch, diff: nothing changed on the wire); 1 check: generated files drifted,
fetch and diff: something changed on the wire (naming and documentation never count); 2 an error
(fetch: a document that could not be fetched or written).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from codegen import apidiff, drift, generate, incremental, unasync
from codegen.errors import REPORTED, PipelineError
from codegen.fetch import NoUpstreamDocument, check_vendor, read_document
from codegen.twins import OVERLAY_ASYNC, OVERLAY_SYNC
from codegen.wirediff import wire_diff
from registry.vendors import REPO_ROOT, Vendor, select


def _largest_first(vendors: list[Vendor], root: Path) -> list[Vendor]:
    """The longest builds start first, so the last one to start is a short one."""
    return sorted(vendors, key=lambda v: -(v.spec_dir(root) / "source.yaml").stat().st_size)


def _run_all(job: Callable[[str, Path], tuple[int, str]], vendors: list[Vendor], root: Path) -> int:
    """`job(vendor key, root)` for each vendor, one process each (as many at once as there are cores);
    prints each vendor's report in registry order. Exit status: the worst."""
    if not vendors:
        return 0
    reports: dict[str, tuple[int, str]] = {}
    workers = min(len(vendors), os.cpu_count() or 1)
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {v.key: pool.submit(job, v.key, root) for v in _largest_first(vendors, root)}
        for vendor in vendors:
            reports[vendor.key] = futures[vendor.key].result()
            code, text = reports[vendor.key]
            print(text, file=sys.stderr if code == 2 else sys.stdout)
    return max(code for code, _ in reports.values())


def _vendor(key: str, root: Path) -> Vendor:
    return select([key], root / "specs" / "vendors.toml")[0]


def _generate_one(key: str, root: Path) -> tuple[int, str]:
    """Build and install one vendor (in a worker process); typed errors come back as text."""
    vendor = _vendor(key, root)
    inputs = incremental.inputs_hash(vendor, root)
    try:
        with tempfile.TemporaryDirectory(prefix="fabapi-gen-") as tmp:
            outputs = generate.build(vendor, Path(tmp), root)
            generate.install(outputs, Path(tmp), root)
    except REPORTED as err:
        return 2, f"error: {err}"
    incremental.remember(vendor, root, inputs)
    return 0, f"{vendor.key}: wrote {outputs.curated}, {outputs.package}/, {outputs.mock_models}"


def _generate(names: list[str], root: Path) -> int:
    written = unasync.write_runtime_twins(root)
    print(f"fabapi-core: wrote {len(written)} sync twins in {unasync.RUNTIME_SYNC}/")
    stale: list[Vendor] = []
    for vendor in select(names, root / "specs" / "vendors.toml"):
        # The overlay's sync twins first: the package is layered from the overlay as it then stands.
        overlay = vendor.overlay_dir(Path("."))
        twins = unasync.write_overlay_twins(overlay, root)
        if twins:
            print(f"{vendor.key}: wrote {len(twins)} sync twins in {overlay / OVERLAY_SYNC}/")
        if incremental.unchanged(vendor, root, incremental.inputs_hash(vendor, root)):
            print(f"{vendor.key}: inputs and outputs as last generated, skipped")
        else:
            stale.append(vendor)
    status = _run_all(_generate_one, stale, root)
    # What the packages as now written break against the committed ones (skipped vendors included: a
    # break recorded in CHANGES.md after the first run is seen as recorded on the next).
    changed = [
        v
        for v in select(names, root / "specs" / "vendors.toml")
        if apidiff.differs_from_head(root, v.package_dir(root))
    ]
    return max(status, _run_all(_api_one, changed, root))


def _api_one(key: str, root: Path) -> tuple[int, str]:
    """The installed package's public API against git HEAD's (in a worker process): 1 when a break is
    not recorded in CHANGES.md."""
    vendor = _vendor(key, root)
    api = apidiff.against_head(vendor, vendor.package_dir(root), root)
    if api is None:
        return 0, f"{vendor.key}: no committed package to compare the public API with"
    text, unrecorded = api
    return (1 if unrecorded else 0), text


def _check_one(key: str, root: Path) -> tuple[int, str]:
    """Build one vendor (in a worker process) and compare it with the repository; when it drifted, what the
    built package breaks in the public API against the committed one."""
    vendor = _vendor(key, root)
    try:
        with tempfile.TemporaryDirectory(prefix="fabapi-check-") as tmp:
            outputs = generate.build(vendor, Path(tmp), root)
            found = drift.compare(outputs, Path(tmp), root)
            api = apidiff.against_head(vendor, Path(tmp) / outputs.package, root) if found else None
    except REPORTED as err:
        return 2, f"error: {err}"
    if found:
        report = f"{vendor.key}: generated files differ from what the pipeline writes:\n{found.report()}"
        if api is not None:
            report += f"\n{api[0]}"
        return 1, f"{report}\n  run `nox -s generate` and commit the result"
    return 0, f"{vendor.key}: generated files are up to date"


def _check(names: list[str], root: Path, full: bool) -> int:
    status = 0
    found = unasync.runtime_drift(root)
    if found:
        print(f"fabapi-core: the sync twins differ from what {unasync.RUNTIME_ASYNC}/ generates:\n{found.report()}")
        print("  run `nox -s generate` and commit the result")
        status = 1
    else:
        print("fabapi-core: the sync twins are up to date")
    vendors = select(names, root / "specs" / "vendors.toml")
    for vendor in vendors:
        overlay = vendor.overlay_dir(Path("."))
        found = unasync.overlay_drift(overlay, root)
        if found:
            print(f"{vendor.key}: the overlay's sync twins differ from what {overlay / OVERLAY_ASYNC}/ generates:")
            print(f"{found.report()}\n  run `nox -s generate` and commit the result")
            status = 1
    # A vendor whose inputs are those of its last generation and whose outputs still hash as that run
    # wrote them would build to the same bytes (generation is reproducible): nothing to compare. A
    # hand-edited generated file changes the outputs' hash, so it is always rebuilt and found.
    stale = []
    for vendor in vendors:
        if not full and incremental.unchanged(vendor, root, incremental.inputs_hash(vendor, root)):
            print(f"{vendor.key}: inputs and outputs as last generated (.cache/generate/), up to date")
        else:
            stale.append(vendor)
    return max(status, _run_all(_check_one, stale, root))


def _fetch(names: list[str], root: Path, update: bool, instance: str | None, url: str | None, verbose: bool) -> int:
    """Each vendor in turn; one that cannot be fetched does not stop the others. Exit: the worst seen."""
    if url and len(names) != 1:
        raise PipelineError(f"--url is one vendor's document: name exactly one vendor, not {len(names) or 'all'}")
    status = 0
    for vendor in select(names, root / "specs" / "vendors.toml"):
        try:
            code, report = check_vendor(vendor, root, update=update, instance=instance, url=url, verbose=verbose)
        except NoUpstreamDocument as note:
            print(note)
            continue
        except REPORTED as err:
            print(f"error: {err}", file=sys.stderr)
            status = 2
            continue
        print(report)
        status = max(status, code)
    return status


def _diff(paths: list[str], verbose: bool) -> int:
    if len(paths) != 2:
        raise PipelineError(f"diff takes two documents, OLD and NEW; got {len(paths)}")
    found = wire_diff(read_document(Path(paths[0])), read_document(Path(paths[1])))
    print(found.render(verbose=verbose), end="")
    return 1 if found.wire else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("command", choices=("generate", "check", "fetch", "diff"))
    parser.add_argument("vendors", nargs="*", help="vendor keys from specs/vendors.toml (default: all); diff: OLD NEW")
    parser.add_argument("--update", action="store_true", help="fetch: write the new source and re-apply the overlay")
    parser.add_argument(
        "--instance", metavar="NAME", help="fetch: the customer instance of a per-instance upstream URL"
    )
    parser.add_argument(
        "--url", metavar="URL", help="fetch: one vendor's document from URL, not the registry's (http: loopback only)"
    )
    parser.add_argument("--verbose", action="store_true", help="fetch, diff: list each naming and documentation change")
    parser.add_argument(
        "--full", action="store_true", help="check: rebuild every vendor, even one its record vouches for"
    )
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_intermixed_args(argv)  # flags before or after the vendors or documents
    try:
        if args.command == "generate":
            return _generate(args.vendors, args.root)
        if args.command == "fetch":
            return _fetch(args.vendors, args.root, args.update, args.instance, args.url, args.verbose)
        if args.command == "diff":
            return _diff(args.vendors, args.verbose)
        return _check(args.vendors, args.root, args.full)
    except REPORTED as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
