"""`python -m codegen generate|check [VENDOR...]`: the pipeline's command line."""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from codegen import drift, generate
from codegen.errors import PipelineError
from codegen.vendors import REPO_ROOT, select


def _generate(names: list[str], root: Path) -> int:
    for vendor in select(names, root / "specs" / "vendors.toml"):
        with tempfile.TemporaryDirectory(prefix="fabapi-gen-") as tmp:
            outputs = generate.build(vendor, Path(tmp), root)
            generate.install(outputs, Path(tmp), root)
        print(f"{vendor.key}: wrote {outputs.curated}, {outputs.package}/, {outputs.mock_models}")
    return 0


def _check(names: list[str], root: Path) -> int:
    status = 0
    for vendor in select(names, root / "specs" / "vendors.toml"):
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("command", choices=("generate", "check"))
    parser.add_argument("vendors", nargs="*", help="vendor keys from specs/vendors.toml (default: all)")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        if args.command == "generate":
            return _generate(args.vendors, args.root)
        return _check(args.vendors, args.root)
    except PipelineError as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
