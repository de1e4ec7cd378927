"""The public face of a generated `_resources` package as text: every class, method, signature and docstring.

`tests/fixtures/resources_api/<key>.txt` holds the listing the pipeline must keep writing; regenerate it with
`python -m tests.resources_listing` after a deliberate change to the generated API (`--vendor KEY` for one).
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import re
import sys
from pathlib import Path

from registry.vendors import REPO_ROOT, select

LISTINGS = Path(__file__).resolve().parent / "fixtures" / "resources_api"
# Default values such as UNSET print with their address, which changes from run to run.
_ADDRESS = re.compile(r" at 0x[0-9a-f]+>")


def _signature(function: object) -> str:
    return _ADDRESS.sub(">", str(inspect.signature(function)))  # type: ignore[arg-type]


def listing(module_name: str) -> list[str]:
    """One line per class, method and docstring of the resource classes, plus the OPERATIONS table."""
    module = importlib.import_module(module_name)
    lines: list[str] = []
    for name in sorted(dir(module)):
        value = getattr(module, name)
        if not inspect.isclass(value) or not value.__module__.startswith(module_name):
            continue
        lines.append(f"class {name}: {value.__doc__!r}")
        for attribute, member in sorted(vars(value).items()):
            if attribute.startswith("_") and attribute != "__init__":
                continue
            if isinstance(member, property):
                assert member.fget is not None
                lines.append(f"  {attribute} (property){_signature(member.fget)}: {member.fget.__doc__!r}")
            elif inspect.isfunction(member):
                kind = "async " if inspect.iscoroutinefunction(member) else ""
                lines.append(f"  {kind}{attribute}{_signature(member)}: {member.__doc__!r}")
    lines += [f"OPERATIONS[{key!r}] = {info!r}" for key, info in sorted(module.OPERATIONS.items())]
    return lines


def main(argv: list[str]) -> int:
    """Write the listings into DIR (default: the committed fixtures); `--vendor KEY` (repeatable): only those.

    `nox -s new-vendor` writes a new vendor's first listing this way, right after generating it.
    """
    parser = argparse.ArgumentParser(prog="python -m tests.resources_listing")
    parser.add_argument("target", nargs="?", type=Path, default=LISTINGS)
    parser.add_argument("--vendor", action="append", default=[], help="a registry key (default: every vendor)")
    args = parser.parse_args(argv)
    target: Path = args.target
    target.mkdir(parents=True, exist_ok=True)
    for vendor in select(args.vendor):
        if vendor.package_dir().exists():
            text = "\n".join(listing(f"{vendor.module}._resources")) + "\n"
            (target / f"{vendor.key}.txt").write_text(text, encoding="utf-8")
    print(f"wrote {target.relative_to(REPO_ROOT) if target.is_relative_to(REPO_ROOT) else target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
