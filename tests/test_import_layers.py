"""The layers import downwards only: registry <- codegen <- conformance, never back.

Each check runs in a fresh interpreter, so modules other tests imported cannot hide a cycle.
"""

from __future__ import annotations

import subprocess
import sys

import pytest

from registry.vendors import REPO_ROOT

# Imports every module of a package, then prints the names of the forbidden packages it pulled in.
PROBE = """
import importlib, pkgutil, sys
package = importlib.import_module(sys.argv[1])
for module in pkgutil.iter_modules(package.__path__):
    importlib.import_module(f"{sys.argv[1]}.{module.name}")
loaded = {name.partition(".")[0] for name in sys.modules}
print(" ".join(sorted(loaded & set(sys.argv[2:]))))
"""


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [("codegen", ["conformance"]), ("registry", ["codegen", "conformance"])],
)
def test_a_package_never_imports_the_layers_above_it(package: str, forbidden: list[str]) -> None:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, package, *forbidden],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == [], f"importing {package} loaded {done.stdout.strip()}"
    # The probe did import the package's modules (an empty answer from an import that failed proves nothing).
    assert done.stderr == ""
