"""The sessions people run. Thin: each calls into codegen/ or conformance/.

nox -s generate       regenerate specs/*/openapi.yaml, generated/, mock models, every _sync/ twin
nox -s check          fail, listing files, when generated/ or _sync/ is not what the pipeline writes
nox -s tests          the test suite (pipeline, runtime, mocks, clients end to end)
nox -s conformance    schemathesis against the mocks (-- --target prism|live)
nox -s mock           one vendor's mock on loopback, by hand, with the clients installed (-- VENDOR [--port N])
nox -s build          wheels, installed into a fresh venv and smoke-tested
nox -s lint           ruff and mypy --strict on hand-written code
nox -s docs           the API reference, built from the docstrings into reports/docs/ (mkdocs --strict)
nox -s seeds          maintainers: compare specs with the vendors' documents (-- --seeds DIR)
nox -s fetch          maintainers: fetch vendors' own documents, wire-diff them with source.yaml (-- VENDOR [--update])
nox -s diff           wire diff of two OpenAPI documents, naming apart (-- OLD NEW [--verbose])
nox -s roundtrip      maintainers: vendor documents restyled, fetched, generated, tested (-- [VENDOR] [--style S])
nox -s compat         runtime and client tests on Python 3.11-3.13 with httpx 0.28 and 0.29
nox -s drift          overlay actions learned from recorded schema deviations (-- DIR [--vendor V] [--write])
nox -s bench          speed and memory goals, measured in one run, printed as one table
nox -s new-vendor     scaffold a vendor, then generate it and its resource listing (-- NAME [--spec PATH])
"""

from __future__ import annotations

import os
from pathlib import Path

import nox

nox.needs_version = ">=2025.2.9"
nox.options.default_venv_backend = "uv"
nox.options.reuse_venv = "yes"
# The README's test command: the drift check and the suite. Conformance against the mocks is the main
# job's (`nox -s generate conformance`), so a user who runs both commands runs it once, not twice.
nox.options.sessions = ["check", "tests"]

ROOT = Path(__file__).parent
PYTHON = "3.11"
# The uv nox creates the session venvs with; it also reads uv.lock (pinned in README's set-up: uv 0.13.8).
UV = nox.virtualenv.UV

# Bytecode, cached under .nox/ and never beside the sources. A machine may set PYTHONDONTWRITEBYTECODE
# (CI's does) and uv compiles nothing when it installs, so every process (each pytest worker, mock and
# round-trip stage) would compile every module it imports again: one test file, measured, 68 s -> 24 s.
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
os.environ.setdefault("PYTHONPYCACHEPREFIX", str(ROOT / ".nox" / "pycache"))


def _install_locked(session: nox.Session, *groups: str) -> None:
    """The dependency groups exactly as uv.lock pins them, hashes checked; a lock out of date with
    pyproject.toml fails here (`--locked`) instead of installing something else."""
    # In the venv, not `session.create_tmp()`: that points TMPDIR into the checkout, where the generators'
    # ruff hooks would read the repository's config (which excludes generated/) and format nothing.
    requirements = Path(session.virtualenv.location) / f"locked-{'-'.join(groups)}.txt"
    only = [f"--only-group={group}" for group in groups]
    session.run_install(UV, "export", "--locked", "--quiet", "--no-emit-project", *only, "--output-file",
                        str(requirements), external=True)  # fmt: skip
    session.install("-r", str(requirements))


def _vendor_packages() -> list[str]:
    return sorted(str(path) for path in (ROOT / "generated").glob("fabapi-*") if (path / "pyproject.toml").exists())


def _install_packages(session: nox.Session) -> None:
    """fabapi-core and every generated package, editable so a regeneration is seen at once."""
    editable = ["-e", "runtime"]
    for package in _vendor_packages():
        editable += ["-e", package]
    session.install(*editable)


@nox.session(python=PYTHON)
def generate(session: nox.Session) -> None:
    _install_locked(session, "generate")
    session.run("python", "-m", "codegen", "generate", *session.posargs)


@nox.session(python=PYTHON)
def check(session: nox.Session) -> None:
    _install_locked(session, "generate")
    session.run("python", "-m", "codegen", "check", *session.posargs)
    # uv.lock must say what pyproject.toml's groups ask for: fails, naming the change, when it does not.
    session.run(UV, "lock", "--check", external=True)


@nox.session(python=PYTHON)
def tests(session: nox.Session) -> None:
    _install_locked(session, "test")
    _install_packages(session)
    Path("reports").mkdir(exist_ok=True)
    # One worker per core (pytest-xdist); the JUnit file is written once, by the controller.
    session.run("pytest", "-n", "auto", "--junitxml=reports/tests.xml", *session.posargs)


# The run-time ranges at their ends: the oldest Python with the lowest httpx, the newest with the latest.
# msgspec at the lowest release fabapi-core admits, and the latest.
COMPAT = [("3.11", "0.28.1", "0.19.0"), ("3.12", "0.29.0", "0.22.0"), ("3.13", "0.29.0", "0.22.0")]


@nox.session
@nox.parametrize(("python", "httpx", "msgspec"), COMPAT, ids=["oldest", "3.12", "newest"])
def compat(session: nox.Session, httpx: str, msgspec: str) -> None:
    """The runtime and client tests on another Python, httpx and msgspec (-s "compat(oldest)" / "compat(newest)")."""
    _install_locked(session, "test")
    _install_packages(session)
    session.install(f"httpx=={httpx}", f"msgspec=={msgspec}")
    session.run("python", "-c", "import httpx, msgspec, sys; print('httpx', httpx.__version__, 'msgspec',"
                " msgspec.__version__, 'on', sys.version)")  # fmt: skip
    session.run("pytest", "-n", "auto", "-q", "tests/core", "tests/test_client_responses.py",
                "tests/test_tolerant_decoding.py", "tests/test_package_metadata.py", "tests/test_entry_points.py",
                *session.posargs)  # fmt: skip


@nox.session(python=PYTHON)
def conformance(session: nox.Session) -> None:
    _conformance(session)


@nox.session(python=PYTHON)
def prism(session: nox.Session) -> None:
    """`conformance -- --target prism` in a venv of its own: CI runs it beside the mocks' conformance run,
    and two sessions installing into one venv at once would collide."""
    _conformance(session, "--target", "prism")


def _conformance(session: nox.Session, *target: str) -> None:
    _install_locked(session, "conformance")
    _install_packages(session)
    session.run("python", "-m", "conformance", *target, *session.posargs)


@nox.session(python=PYTHON)
def docs(session: nox.Session) -> None:
    """The API reference from the docstrings into reports/docs/ (or -- DIR); a broken reference fails."""
    # griffe reads the sources from runtime/ and generated/ without importing them: nothing to install.
    _install_locked(session, "docs")
    session.run("python", "-m", "apidocs", *session.posargs)


@nox.session(python=PYTHON)
def mock(session: nox.Session) -> None:
    """One vendor's mock on loopback until Ctrl-C (-- VENDOR [--port N]); prints the environment to export."""
    _install_locked(session, "mocks", "runtime")
    _install_packages(session)
    # The clients are in this venv too: another shell can try them against the mock with its Python.
    bin_dir = os.path.relpath(session.bin)
    session.log(f"the clients: {bin_dir}/python in another shell (or `. {bin_dir}/activate`)")
    session.run("python", "-m", "conformance.mocks", *session.posargs)


@nox.session(python=PYTHON)
def browser(session: nox.Session) -> None:
    """Tests that render pages in headless Chromium (Debian's `chromium`, not bundled)."""
    # The docs site's test builds the site itself, so it needs the docs tools too.
    _install_locked(session, "test", "docs")
    _install_packages(session)
    Path("reports").mkdir(exist_ok=True)
    # Only the files that hold browser tests: collecting the whole suite to select three took a minute.
    files = sorted(str(path) for path in Path("tests").rglob("test_*.py") if "mark.browser" in path.read_text())
    session.run("pytest", "-m", "browser", "--junitxml=reports/browser.xml", *files, *session.posargs)


@nox.session(python=PYTHON)
def lint(session: nox.Session) -> None:
    _install_locked(session, "lint")
    _install_packages(session)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy", "codegen", "registry", "runtime/src", "conformance", "apidocs", "tests", "noxfile.py")
    # Each generated package from its own directory, without the monorepo's config (which
    # excludes generated/): generated code and the hand-written layer checked together. One cache in
    # the session's venv, never in generated/: fabapi-core, httpx and attrs are read once, not five times.
    cache = Path(session.virtualenv.location) / "mypy-strict-cache"
    for package in _vendor_packages():
        module = Path(package).name.replace("-", "_")
        with session.chdir(package):
            session.run("mypy", "--strict", "--config-file=", "--python-version=3.11", f"--cache-dir={cache}", module)


@nox.session(python=PYTHON)
def build(session: nox.Session) -> None:
    _install_locked(session, "build", "mocks")
    session.run("python", "-m", "conformance.wheels", *session.posargs)


@nox.session(python=PYTHON)
def seeds(session: nox.Session) -> None:
    """Maintainers' check: each spec against its vendor document (-- --seeds DIR, or $FABAPI_SEEDS)."""
    _install_locked(session, "generate")
    session.run("python", "-m", "codegen.seedcheck", *session.posargs)


@nox.session(python=PYTHON)
def fetch(session: nox.Session) -> None:
    """Maintainers: each vendor's upstream document against its source.yaml (-- VENDOR... [--update])."""
    _install_locked(session, "generate")
    session.run("python", "-m", "codegen", "fetch", *session.posargs)


@nox.session(python=PYTHON)
def roundtrip(session: nox.Session) -> None:
    """Each vendor's source in other generators' conventions through fetch, generate and its tests
    (-- [VENDOR...] [--style dropshot|fastapi|drf] [--keep]), each in a scratch copy of the repository."""
    # mypy for the package check; the lint group holds the test, generate and runtime groups too.
    _install_locked(session, "lint")
    _install_packages(session)
    session.run("python", "-m", "codegen.roundtrip", *session.posargs)


@nox.session(python=PYTHON)
def diff(session: nox.Session) -> None:
    """A wire diff of two OpenAPI documents (-- OLD NEW [--verbose]); exit 1 when the wire differs."""
    _install_locked(session, "generate")
    session.run("python", "-m", "codegen", "diff", *session.posargs)


@nox.session(python=PYTHON)
def drift(session: nox.Session) -> None:
    """Overlay actions learned from deviations recorded with FABAPI_RECORD=DIR (-- DIR [--vendor V] [--write])."""
    _install_locked(session, "generate")
    session.run("python", "-m", "codegen.learn", *session.posargs)


@nox.session(python=PYTHON)
def bench(session: nox.Session) -> None:
    """Speed and memory goals, measured in one run on this machine; a missed goal is reported, not failed."""
    _install_locked(session, "bench")
    _install_packages(session)
    session.run("python", "-m", "bench", *session.posargs)


@nox.session(name="new-vendor", python=PYTHON)
def new_vendor(session: nox.Session) -> None:
    """Scaffold a vendor (-- NAME [--spec PATH]), generate its package and write its first resource listing."""
    names = [arg for index, arg in enumerate(session.posargs) if not arg.startswith("-")
             and (index == 0 or session.posargs[index - 1] != "--spec")]  # fmt: skip
    if len(names) != 1:
        session.error("usage: nox -s new-vendor -- NAME [--spec PATH]")
    _install_locked(session, "test")
    session.run("python", "-m", "codegen.scaffold", *session.posargs)
    session.run("python", "-m", "codegen", "generate", names[0])
    # The listing imports the new package: installed editable with the others, as `nox -s tests` does.
    _install_packages(session)
    session.run("python", "-m", "tests.resources_listing", "--vendor", names[0])
    session.log(f"next: fill in what the scaffolded files ask, then `nox -s generate` and `nox` ({names[0]} included)")
