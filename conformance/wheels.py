"""Build every package's sdist and wheel, install the wheels into a fresh venv, import them and call each mock.

This proves the wheels stand on their own: nothing from the checkout is on the
path of the fresh environment, only what the wheels declare.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import venv
from pathlib import Path

from conformance.plugins import mock_for
from registry.vendors import REPO_ROOT, Vendor, load_vendors

DIST = REPO_ROOT / "dist"

# Run inside the fresh venv: build the vendor's entry client from the environment
# (as a user would) and call a safe operation of it.
SMOKE = """
import importlib, inspect, json, os, sys
vendor = json.loads(sys.argv[1])
module = importlib.import_module(vendor["module"])
resources = importlib.import_module(vendor["module"] + "._resources")
client = getattr(module, vendor["client"])()

def arguments(info):
    # Required arguments the registry's env table can fill (Kaedim's dev_id); None when one cannot be.
    method = getattr(getattr(client, info.resource), info.method)
    filled = {}
    for parameter in inspect.signature(method).parameters.values():
        if parameter.default is not parameter.empty:
            continue
        value = next((os.environ[n] for n in vendor["env"].get(parameter.name, []) if os.environ.get(n)), None)
        if not value:
            return None
        filled[parameter.name] = value
    return filled

# A safe GET the environment can call: one needing no argument first, a paginated one when there
# is one (to page through it); else one whose arguments the env table fills.
candidates = [i for i in resources.OPERATIONS.values() if i.http_method == "GET" and not i.unsafe]
callable_ = [(i, arguments(i)) for i in candidates]
usable = [c for c in callable_ if c[1] is not None]
info, kwargs = sorted(usable, key=lambda c: (bool(c[1]), not c[0].paginated))[0]
result = getattr(getattr(client, info.resource), info.method)(**kwargs)
shown = f"{len(list(result))} items" if info.paginated else type(result).__name__
print(f"{vendor['module']}: {info.resource}.{info.method}() -> {shown} from the mock")
"""


def _run(*command: str, env: dict[str, str] | None = None) -> None:
    print("$", " ".join(command), flush=True)
    subprocess.run(command, check=True, env=env)


def build_wheels(vendors: list[Vendor]) -> list[Path]:
    """An sdist per package and a wheel built from that sdist (so the sdist is proven complete), both
    checked as PyPI would render them; returns the wheels."""
    DIST.mkdir(exist_ok=True)
    for old in [*DIST.glob("*.whl"), *DIST.glob("*.tar.gz")]:
        old.unlink()
    for project in [REPO_ROOT / "runtime", *(v.package_dir() for v in vendors)]:
        _run(sys.executable, "-m", "build", "--installer", "uv", "--outdir", str(DIST), str(project))
    _run(sys.executable, "-m", "twine", "check", "--strict", *map(str, sorted(DIST.iterdir())))
    return sorted(DIST.glob("*.whl"))


def smoke(vendors: list[Vendor], wheels: list[Path]) -> None:
    from conformance.serving import serve

    with tempfile.TemporaryDirectory(prefix="fabapi-wheels-") as tmp:
        env_dir = Path(tmp) / "venv"
        venv.EnvBuilder(with_pip=True).create(env_dir)
        python = str(env_dir / "bin" / "python")
        _run(python, "-m", "pip", "install", "--quiet", "--find-links", str(DIST), *map(str, wheels))
        for vendor in vendors:
            mock = mock_for(vendor.key)
            with serve(mock.create_app()) as origin:
                env = {**os.environ, **mock.environment(vendor, origin)}
                record = {"module": vendor.module, "client": vendor.client, "env": dict(vendor.env)}
                # From a neutral directory, so the checkout cannot shadow the installed wheels.
                subprocess.run([python, "-c", SMOKE, json.dumps(record)], check=True, env=env, cwd=tmp)


def main() -> int:
    vendors = list(load_vendors().values())
    wheels = build_wheels(vendors)
    print("built:", ", ".join(path.name for path in sorted(DIST.iterdir())))
    smoke(vendors, wheels)
    return 0


if __name__ == "__main__":
    sys.exit(main())
