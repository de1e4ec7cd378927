"""`python -m apidocs [OUT]`: write the page sources, then build the site strictly (a broken reference fails)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from apidocs.pages import write
from registry.vendors import REPO_ROOT


def main(argv: list[str]) -> int:
    site = Path(argv[0]).resolve() if argv else REPO_ROOT / "reports" / "docs"
    config = write(REPO_ROOT / "reports" / "docs-src", site)
    started = time.monotonic()
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--clean", "-f", str(config)], check=False
    )
    if done.returncode == 0:
        print(f"docs: {site / 'index.html'} ({time.monotonic() - started:.1f} s)")
    return done.returncode


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
