"""`python -m codegen generate|check|fetch [VENDOR...]` and `diff OLD NEW`: the pipeline's command line.

generate and check also cover fabapi-core's sync twins (codegen/unasync.py), whatever vendors are named,
and the sync twins of each named vendor's overlay that has an `_async/` folder.

Exit status: 0 success (fetch, diff: nothing changed); 1 check: generated files drifted, fetch and
diff: something changed; 2 an error (fetch: a document that could not be fetched or written).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from codegen import drift, generate, unasync
from codegen.errors import REPORTED, PipelineError
from codegen.fetch import NoUpstreamDocument, check_vendor, read_document
from codegen.specdiff import diff, render
from codegen.twins import OVERLAY_ASYNC, OVERLAY_SYNC
from registry.vendors import REPO_ROOT, select


def _generate(names: list[str], root: Path) -> int:
    written = unasync.write_runtime_twins(root)
    print(f"fabapi-core: wrote {len(written)} sync twins in {unasync.RUNTIME_SYNC}/")
    for vendor in select(names, root / "specs" / "vendors.toml"):
        # The overlay's sync twins first: the package is layered from the overlay as it then stands.
        overlay = vendor.overlay_dir(Path("."))
        twins = unasync.write_overlay_twins(overlay, root)
        if twins:
            print(f"{vendor.key}: wrote {len(twins)} sync twins in {overlay / OVERLAY_SYNC}/")
        with tempfile.TemporaryDirectory(prefix="fabapi-gen-") as tmp:
            outputs = generate.build(vendor, Path(tmp), root)
            generate.install(outputs, Path(tmp), root)
        print(f"{vendor.key}: wrote {outputs.curated}, {outputs.package}/, {outputs.mock_models}")
    return 0


def _check(names: list[str], root: Path) -> int:
    status = 0
    found = unasync.runtime_drift(root)
    if found:
        print(f"fabapi-core: the sync twins differ from what {unasync.RUNTIME_ASYNC}/ generates:\n{found.report()}")
        print("  run `nox -s generate` and commit the result")
        status = 1
    else:
        print("fabapi-core: the sync twins are up to date")
    for vendor in select(names, root / "specs" / "vendors.toml"):
        overlay = vendor.overlay_dir(Path("."))
        found = unasync.overlay_drift(overlay, root)
        if found:
            print(f"{vendor.key}: the overlay's sync twins differ from what {overlay / OVERLAY_ASYNC}/ generates:")
            print(f"{found.report()}\n  run `nox -s generate` and commit the result")
            status = 1
        with tempfile.TemporaryDirectory(prefix="fabapi-check-") as tmp:
            outputs = generate.build(vendor, Path(tmp), root)
            found = drift.compare(outputs, Path(tmp), root)
        if found:
            print(f"{vendor.key}: generated files differ from what the pipeline writes:\n{found.report()}")
            print("  run `nox -s generate` and commit the result")
            status = 1
        else:
            print(f"{vendor.key}: generated files are up to date")
    return status


def _fetch(names: list[str], root: Path, update: bool, instance: str | None) -> int:
    """Each vendor in turn; one that cannot be fetched does not stop the others. Exit: the worst seen."""
    status = 0
    for vendor in select(names, root / "specs" / "vendors.toml"):
        try:
            code, report = check_vendor(vendor, root, update=update, instance=instance)
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


def _diff(paths: list[str]) -> int:
    if len(paths) != 2:
        raise PipelineError(f"diff takes two documents, OLD and NEW; got {len(paths)}")
    changes = diff(read_document(Path(paths[0])), read_document(Path(paths[1])))
    print(render(changes), end="")
    return 1 if changes else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("command", choices=("generate", "check", "fetch", "diff"))
    parser.add_argument("vendors", nargs="*", help="vendor keys from specs/vendors.toml (default: all); diff: OLD NEW")
    parser.add_argument("--update", action="store_true", help="fetch: write the new source and re-apply the overlay")
    parser.add_argument(
        "--instance", metavar="NAME", help="fetch: the customer instance of a per-instance upstream URL"
    )
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args.vendors, args.root)
        if args.command == "fetch":
            return _fetch(args.vendors, args.root, args.update, args.instance)
        if args.command == "diff":
            return _diff(args.vendors)
        return _check(args.vendors, args.root)
    except REPORTED as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
