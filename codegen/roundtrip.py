"""The round trip: a vendor's document in another generator's conventions, fetched, generated and tested.

`python -m codegen.roundtrip [VENDOR...] [--style STYLE...] [--ci] [--keep]` (nox -s roundtrip). The
pairs are taken in batches, each in a scratch copy of the repository (never the checkout) holding every
vendor at most once (`batches`: the fifteen pairs in three copies, CI's five in one). For each vendor x
style of a batch:

1. the vendor's `source.yaml`, restyled (`codegen.restyle`), is served on loopback by a real HTTP server;
2. `python -m codegen fetch VENDOR --update --url URL` takes it in: it must write the source, and the
   wire diff (`codegen.wirediff`, as fetch reports it) from the checkout's source to the written one
   must be empty but for the style's added answers (FastAPI's 422s, `ADDED_RESPONSES`);
3. `python -m codegen generate` (once for the batch, its vendors at once) must succeed: the loss check
   fails generation on a dropped schema;
4. the package's public API (`codegen.apidiff`, the checkout's against the scratch's): no break at all;
   and its public face (every resource class, signature and docstring, `tests/resources_listing.py`)
   as committed, but for the docstrings that document the style's added answers;
5. the whole test suite must pass (`--tests PATH` narrows it while working on one part; `-k` leaves out
   only the cases of vendors not in the batch), each property with a quarter of its examples (hypothesis
   profile `recheck`, as the wire is proven unchanged by then); mypy --strict on the package; conformance
   against its mock, 5 examples per operation. The batch's vendors share one pytest run and one
   conformance run (its vendors at once), which fail only the vendors they name.

Stages 1 to 4 go stage by stage across the batch (`prepare`): fetches and faces side by side, one generate.

One line per vendor x style; exit 1 when any failed, naming the stage and its message.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Final

from codegen.errors import REPORTED, PipelineError
from codegen.restyle import ADDED_RESPONSES, MEDIA_TYPES, STYLES, restyle
from registry.documents import dump_document, load_document
from registry.vendors import REPO_ROOT, Vendor, load_vendors, select

# What a scratch copy leaves out: version control, virtual environments, caches, reports.
_NOT_COPIED: Final = (".git", ".nox", ".venv", ".cache", "reports", "__pycache__", "*.pyc", ".*_cache", ".hypothesis")
# The tests a batch must pass: all of them. A hand-kept list of "the tests that depend on a vendor"
# named 8 files while 40 read a spec or import a package, so a rename could break one it left out.
WHOLE_SUITE: Final = ("tests",)
STAGE_TIMEOUT: Final = 1800.0
# Examples per operation in the round trip's conformance run: a quarter of the mocks' 20, as its suite
# draws a quarter (`recheck`, tests/conftest.py); the wire is proven unchanged before either runs.
CONFORMANCE_EXAMPLES: Final = 5
# CI's share (`--ci`): every vendor once and every style at least once, each vendor in a style not
# its own server's; one batch, the whole suite once. All fifteen pairs (three batches) would take CI
# past its 30 minutes.
CI_PAIRS: Final = (
    ("kittycad", "fastapi"),
    ("threeyourmind", "dropshot"),
    ("cloudslicer", "drf"),
    ("eiger", "dropshot"),
    ("kaedim", "fastapi"),
)
REPORTS: Final = REPO_ROOT / "reports" / "roundtrip"
# How a stage that ran beside conformance is marked in a vendor's times.
_BESIDE: Final = "(beside conformance)"
_SUMMARY = re.compile(r"(\d+) (passed|failed|error|errors|skipped|deselected)")


class RoundTripFailed(PipelineError):
    """One stage of one round trip failed; `stage` names which, the message says what it printed."""

    def __init__(self, stage: str, message: str) -> None:
        self.stage = stage
        super().__init__(f"{stage}: {message}")


@dataclass
class Result:
    vendor: str
    style: str
    notes: list[str] = field(default_factory=list)
    failure: RoundTripFailed | None = None
    seconds: dict[str, float] = field(default_factory=dict)

    def line(self) -> str:
        stages = ", ".join(f"{stage} {seconds:.0f}" for stage, seconds in self.seconds.items())
        # A stage run beside another took none of the total's time of its own.
        total = sum(seconds for stage, seconds in self.seconds.items() if not stage.endswith(_BESIDE))
        took = f"({total:.0f} s: {stages})"
        head = f"roundtrip {self.vendor} x {self.style}:"
        if self.failure:
            first, _, rest = str(self.failure).partition("\n")
            return f"{head} FAILED at {first} {took}" + (f"\n{rest}" if rest else "")
        return f"{head} ok: {'; '.join(self.notes)} {took}"


def scratch_copy(into: Path, root: Path = REPO_ROOT) -> Path:
    """A copy of the repository's working files at `into`/repo, without the checkout's history or caches,
    committed to a repository of its own: tests that list the tracked files (the scaffold's) run there too."""
    target = into / "repo"
    shutil.copytree(root, target, ignore=shutil.ignore_patterns(*_NOT_COPIED), symlinks=True)
    # Whatever the maintainer's git settings: an identity, and no signing (a key prompt would hang it).
    settings = ["-c", "user.name=fabapi round trip", "-c", "user.email=rt@localhost", "-c", "commit.gpgsign=false"]
    for argv in (["init", "-q"], ["add", "-A"], [*settings, "commit", "-q", "--no-verify", "-m", "the checkout"]):
        subprocess.run(["git", *argv], cwd=target, check=True, capture_output=True)  # noqa: S607 - git from PATH
    return target


@contextmanager
def served(document: dict[str, Any], media_type: str) -> Iterator[str]:
    """`document` at `<origin>/openapi` on 127.0.0.1 (uvicorn), as JSON or YAML by `media_type`."""
    from starlette.responses import Response

    from conformance.serving import serve  # the mocks' server; imported here, only the driver needs it

    body = json.dumps(document) if media_type.endswith("json") else dump_document(document, "# served")
    paths: list[str] = []

    async def app(scope: Any, receive: Any, send: Any) -> None:
        paths.append(str(scope.get("path")))
        status = 200 if scope.get("path") == "/openapi" else 404
        await Response(body if status == 200 else "", status_code=status, media_type=media_type)(scope, receive, send)

    with serve(app) as origin:
        yield f"{origin}/openapi"


def _environment(scratch: Path, vendors: Sequence[Vendor]) -> dict[str, str]:
    """The scratch's code first on the path, and no vendor's credentials: a round trip needs none."""
    environ = {key: value for key, value in os.environ.items() if not _credential(key, vendors)}
    packages = [str(scratch), str(scratch / "runtime" / "src")]
    packages += [str(path) for path in sorted((scratch / "generated").glob("fabapi-*"))]
    environ["PYTHONPATH"] = os.pathsep.join(packages)
    # Bytecode beside the scratch copy, gone with it; written, as every stage imports the packages again.
    environ.pop("PYTHONDONTWRITEBYTECODE", None)
    environ["PYTHONPYCACHEPREFIX"] = str(scratch.parent / "pycache")
    # A second run of a suite the checkout runs in full, on a wire proven unchanged: a quarter of the
    # examples (tests/conftest.py), unless the caller chose a profile.
    environ.setdefault("HYPOTHESIS_PROFILE", "recheck")
    return environ


def _credential(variable: str, vendors: Sequence[Vendor]) -> bool:
    for vendor in vendors:
        for names in vendor.env.values():
            if variable in ([names] if isinstance(names, str) else names):
                return True
    return False


def _run(stage: str, argv: Sequence[str], cwd: Path, environ: dict[str, str], ok: Callable[[int], bool]) -> str:
    try:
        done = subprocess.run(
            list(argv), cwd=cwd, env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
            timeout=STAGE_TIMEOUT, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        raise RoundTripFailed(stage, f"no answer within {STAGE_TIMEOUT:.0f} s: {' '.join(argv)}") from None
    output = done.stdout
    if not ok(done.returncode):
        # pytest's own summary (-rfE) names each failed test; otherwise the end of the output.
        failed = [line for line in output.splitlines() if line.startswith(("FAILED ", "ERROR "))]
        shown = (
            "\n".join("    " + line for line in [*failed, output.rstrip().splitlines()[-1]])
            if failed
            else _tail(output)
        )
        raise RoundTripFailed(stage, f"exit {done.returncode} from {' '.join(argv[2:5])}...:\n{shown}")
    return output


def _tail(text: str, lines: int = 40) -> str:
    return "\n".join("    " + line for line in text.rstrip().splitlines()[-lines:])


def fetch_stage(vendor: Vendor, style: str, scratch: Path, environ: dict[str, str]) -> str:
    document = restyle(style, load_document(scratch / "specs" / vendor.key / "source.yaml"))
    with served(document, MEDIA_TYPES[style]) as url:
        argv = [sys.executable, "-m", "codegen", "fetch", vendor.key, "--update", "--url", url]
        output = _run("fetch", argv, scratch, environ, lambda code: code in (0, 1))
    if "wrote specs/" not in output:
        raise RoundTripFailed("fetch", f"the restyled document was not written:\n{_tail(output)}")
    return check_wire(vendor, style, scratch)


def check_wire(vendor: Vendor, style: str, scratch: Path, document: str = "source.yaml", stage: str = "fetch") -> str:
    """The wire diff (`codegen.wirediff`) of `document` from the checkout's to the scratch's: nothing but
    the style's added answers (FastAPI's 422)."""
    from codegen.wirediff import wire_diff

    before = load_document(REPO_ROOT / "specs" / vendor.key / document)
    after = load_document(scratch / "specs" / vendor.key / document)
    found = wire_diff(before, after)
    added = {f"response added: {status}" for status in ADDED_RESPONSES[style]}
    expected = [change for change in found.wire if change.kind == "operation changed" and change.detail in added]
    unexpected = [change for change in found.wire if change not in expected]
    if unexpected:
        shown = "\n".join(f"    {change.kind}: {change.line()}" for change in unexpected)
        raise RoundTripFailed(stage, f"{len(unexpected)} wire change(s) in {document} where there are none:\n{shown}")
    extra = f" besides {len(expected)} added {'/'.join(sorted(ADDED_RESPONSES[style]))} answers" if expected else ""
    return f"{stage}: no wire change{extra}, {len(found.naming)} naming/documentation"


def generate_stage(batch: Sequence[Vendor], scratch: Path, environ: dict[str, str]) -> str:
    """Generation of the batch's vendors in one `codegen generate` (its vendors at once, one process each;
    fabapi-core's sync twins, shared by all, written once) must lose nothing. A failure counts against the
    vendors its output names."""
    argv = [sys.executable, "-m", "codegen", "generate", *(vendor.key for vendor in batch)]
    try:
        _run("generate", argv, scratch, environ, lambda code: code == 0)
    except RoundTripFailed as failed:
        raise _Blamed(failed, _named(str(failed), batch)) from None
    return "generate: nothing lost"


def curated_stage(vendor: Vendor, style: str, scratch: Path) -> str:
    """The curated document (the overlay applied to the new source) must say on the wire what the
    checkout's says: an overlay action that still finds its target while the vendor's document carries the
    same content elsewhere too shows here, not later in conformance."""
    curated = check_wire(vendor, style, scratch, "openapi.yaml", "generate")
    return f"curated {curated.removeprefix('generate: ')}"


def api_stage(vendor: Vendor, scratch: Path) -> str:
    """The public API of the checkout's package against the scratch's (`codegen.apidiff`): no break at all,
    recorded or not, as nothing changed on the wire."""
    from codegen.apidiff import api_breaks

    package = Path("generated") / vendor.package
    breaks = api_breaks(vendor.module, REPO_ROOT / package, scratch / package, scratch / "CHANGES.md")
    if breaks:
        shown = "\n".join(f"    {b.explanation}" for b in breaks)
        raise RoundTripFailed("public API", f"{len(breaks)} breaking change(s) against the checkout:\n{shown}")
    return "public API: no break"


def face_changes(committed: Sequence[str], written: Sequence[str], statuses: frozenset[str]) -> list[str]:
    """The lines of a package's written public face (`tests/resources_listing.py`) that differ from the
    committed listing other than by documenting the style's added answers (`statuses`, FastAPI's 422: a
    method's `Raises:` gains `UnprocessableEntity: the server answered 422 (...)`)."""
    added = [re.compile(rf"\\n +\w+: the server answered {status}\b[^\\]*") for status in sorted(statuses)]

    def bare(line: str) -> str:
        for pattern in added:
            line = pattern.sub("", line)
        return line

    if len(committed) != len(written):
        return [f"{len(written)} lines where the committed listing has {len(committed)}"]
    return [new for old, new in zip(committed, written, strict=True) if bare(old) != bare(new)]


def face_stage(vendor: Vendor, style: str, scratch: Path, environ: dict[str, str]) -> str:
    """The package's public face, every class, signature and docstring of its resources, written anew and
    compared with the committed listing: the same but for the style's added answers, documented. The
    scratch's listing is then the written one, as a maintainer would commit it after such a fetch."""
    name = f"{vendor.key}.txt"
    committed = REPO_ROOT / "tests" / "fixtures" / "resources_api" / name
    if not committed.is_file():
        return "public face: no committed listing to compare with"
    written = scratch.parent / "listings"
    _run("public face", [sys.executable, "-m", "tests.resources_listing", str(written), "--vendor", vendor.key],
         scratch, environ, lambda code: code == 0)  # fmt: skip
    old = committed.read_text(encoding="utf-8").splitlines()
    new = (written / name).read_text(encoding="utf-8").splitlines()
    changed = face_changes(old, new, ADDED_RESPONSES[style])
    if changed:
        shown = "\n".join(f"    {line[:200]}" for line in changed[:5])
        raise RoundTripFailed("public face", f"{len(changed)} line(s) differ from the committed listing:\n{shown}")
    shutil.copyfile(written / name, scratch / "tests" / "fixtures" / "resources_api" / name)
    documented = sum(a != b for a, b in zip(old, new, strict=True))
    return "public face: as committed" + (f", {documented} docstrings document the added answers" * bool(documented))


def tests_stage(
    batch: Sequence[Vendor],
    scratch: Path,
    environ: dict[str, str],
    results: Mapping[str, Result],
    tests: Sequence[str] = WHOLE_SUITE,
) -> None:
    """The batch's tests in one pytest run (`tests`, the whole suite unless narrowed, less the cases of
    vendors outside the batch), then mypy --strict on each package beside conformance of all of them at
    once. A failure counts against the vendors it names (all of the batch's when it names none)."""
    REPORTS.mkdir(parents=True, exist_ok=True)  # the checkout's reports/: CI's closing line counts these tests
    name = "+".join(f"{vendor.key}-{results[vendor.key].style}" for vendor in batch)
    selection = _selection(batch)
    argv = [sys.executable, "-m", "pytest", "-q", "-rfE", "-p", "no:cacheprovider", "-n", "auto",
            f"--junitxml={REPORTS / f'{name}.xml'}", *tests,
            *(["-k", selection] if selection else [])]  # fmt: skip
    _shared("tests", batch, results, lambda: _tests_passed(argv, scratch, environ, batch))
    live = _live(batch, results)
    if not live:
        return
    # mypy (one process, one core) beside conformance, whose slowest vendor runs alone at the end and leaves
    # a core idle. Each vendor's mypy outcome is kept apart and then put first, as if it had run first:
    # a vendor mypy fails is failed at mypy, whatever conformance said of it.
    typed = {vendor.key: Result(vendor.key, results[vendor.key].style) for vendor in live}
    before = {vendor.key: len(results[vendor.key].notes) for vendor in live}
    conform = [sys.executable, "-m", "conformance", "--max-examples", str(CONFORMANCE_EXAMPLES),
               *(vendor.key for vendor in live)]  # fmt: skip
    with ThreadPoolExecutor(max_workers=1) as pool:
        checking = pool.submit(_mypy_each, live, scratch, environ, typed)
        _shared("conformance", live, results, lambda: _conformance(conform, scratch, environ, live))
        checking.result()
    for vendor in live:
        _put_first(results[vendor.key], typed[vendor.key], before[vendor.key])


def _mypy_each(batch: Sequence[Vendor], scratch: Path, environ: dict[str, str], typed: Mapping[str, Result]) -> None:
    for vendor in batch:
        mypy = [sys.executable, "-m", "mypy", "--strict", "--config-file=", "--python-version=3.11",
                f"--cache-dir={scratch.parent / 'mypy-cache'}", vendor.module]  # fmt: skip
        _staged(typed[vendor.key], "mypy", partial(_mypy, mypy, scratch / "generated" / vendor.package, environ))


def _put_first(result: Result, earlier: Result, at: int) -> None:
    """`earlier`'s stage (run beside the stages of `result` from its note `at` on) as if it had run first:
    its notes and time before theirs, and its failure, if any, the vendor's."""
    result.notes[at:at] = earlier.notes
    later = {stage: seconds for stage, seconds in result.seconds.items() if stage.startswith("conformance")}
    beside = {f"{stage} {_BESIDE}": seconds for stage, seconds in earlier.seconds.items()}
    result.seconds = {stage: s for stage, s in result.seconds.items() if stage not in later} | beside | later
    if earlier.failure is not None:
        result.failure = earlier.failure


def _tests_passed(argv: Sequence[str], scratch: Path, environ: dict[str, str], batch: Sequence[Vendor]) -> str:
    try:
        output = _run("tests", argv, scratch, environ, lambda code: code == 0)
    except RoundTripFailed as failed:
        raise _Blamed(failed, _named(str(failed), batch)) from None
    counts = dict((kind, int(number)) for number, kind in _SUMMARY.findall(output.splitlines()[-1]))
    return f"tests: {counts.get('passed', 0)} passed"


def _mypy(argv: Sequence[str], package: Path, environ: dict[str, str]) -> str:
    _run("mypy", argv, package, environ, lambda code: code == 0)
    return "mypy --strict: clean"


def _conformance(argv: Sequence[str], scratch: Path, environ: dict[str, str], batch: Sequence[Vendor]) -> str:
    try:
        _run("conformance", argv, scratch, environ, lambda code: code == 0)
    except RoundTripFailed as failed:
        # Its summary has a line per vendor: `  <key> on mock: <status> (...)`.
        lines = [line for line in str(failed).splitlines() if " on mock: " in line and ": passed" not in line]
        raise _Blamed(failed, _named("\n".join(lines), batch)) from None
    return "conformance: passed"


class _Blamed(Exception):
    """A shared stage's failure and the vendors it counts against."""

    def __init__(self, failure: RoundTripFailed, vendors: set[str]) -> None:
        super().__init__(str(failure))
        self.failure = failure
        self.vendors = vendors


def _named(text: str, batch: Sequence[Vendor]) -> set[str]:
    """The batch's vendors `text` names (by key or module); all of them when it names none."""
    named = {vendor.key for vendor in batch if re.search(rf"\b({vendor.key}|{vendor.module})\b", text)}
    return named or {vendor.key for vendor in batch}


def _staged(result: Result, stage: str, run: Callable[[], str]) -> None:
    """Run one vendor's stage, unless an earlier one failed; its note or failure goes to `result`."""
    if result.failure is not None:
        return
    started = time.monotonic()
    try:
        result.notes.append(run())
    except RoundTripFailed as failed:
        result.failure = failed
    except REPORTED as err:
        result.failure = RoundTripFailed(stage, str(err))
    finally:
        result.seconds[stage] = time.monotonic() - started


def _shared(stage: str, batch: Sequence[Vendor], results: Mapping[str, Result], run: Callable[[], str]) -> None:
    """Run a stage shared by the batch's vendors still going; its time is each one's, marked shared."""
    live = _live(batch, results)
    if not live:
        return
    started = time.monotonic()
    try:
        note, blamed, failure = run(), set[str](), None
    except _Blamed as err:
        note, blamed, failure = "", err.vendors, err.failure
    seconds = time.monotonic() - started
    for vendor in live:
        result = results[vendor.key]
        result.seconds[f"{stage} (shared)"] = seconds
        if vendor.key in blamed:
            result.failure = failure
        elif failure is not None:
            result.notes.append(f"{stage}: passed for it (failed for {', '.join(sorted(blamed))})")
        else:
            result.notes.append(note)


def _selection(batch: Sequence[Vendor]) -> str:
    """pytest's `-k`: the batch's vendors' cases and every case that names no other vendor ("" for all)."""
    others = [v for v in load_vendors().values() if v.key not in {vendor.key for vendor in batch}]
    if not others:
        return ""
    ours = " or ".join(f"{vendor.key} or {vendor.module}" for vendor in batch)
    words = " or ".join(sorted({v.key for v in others} | {v.module for v in others}))
    return f"{ours} or not ({words})"


def batches(pairs: Sequence[tuple[Vendor, str]]) -> list[list[tuple[Vendor, str]]]:
    """The pairs in scratch copies of their own, in order: each vendor at most once in a copy (it has one
    source.yaml), so the fifteen pairs take three copies and CI's five take one."""
    found: list[list[tuple[Vendor, str]]] = []
    for vendor, style in pairs:
        batch = next((b for b in found if all(other.key != vendor.key for other, _ in b)), None)
        if batch is None:
            found.append(batch := [])
        batch.append((vendor, style))
    return found


def prepare(
    batch: Sequence[tuple[Vendor, str]], scratch: Path, environ: dict[str, str], results: Mapping[str, Result]
) -> None:
    """Each vendor's fetch, generate, curated wire check, public API and face, stage by stage for the whole
    batch. Fetches and faces run side by side (each writes its own vendor's files only) and generate once
    for all, where one vendor after another left a core idle; a vendor that fails a stage goes no further."""

    def each(stage: str, run: Callable[[Vendor, str], str]) -> None:
        with ThreadPoolExecutor(max_workers=max(1, len(batch))) as pool:
            for done in [pool.submit(_staged, results[v.key], stage, partial(run, v, style)) for v, style in batch]:
                done.result()

    each("fetch", lambda vendor, style: fetch_stage(vendor, style, scratch, environ))
    vendors = [vendor for vendor, _ in batch]
    _shared("generate", vendors, results, lambda: generate_stage(_live(vendors, results), scratch, environ))
    for vendor, style in batch:
        _staged(results[vendor.key], "curated", partial(curated_stage, vendor, style, scratch))
        # In-process (griffe): side by side it would only contend for the interpreter.
        _staged(results[vendor.key], "api", partial(api_stage, vendor, scratch))
    each("face", lambda vendor, style: face_stage(vendor, style, scratch, environ))


def _live(batch: Sequence[Vendor], results: Mapping[str, Result]) -> list[Vendor]:
    return [vendor for vendor in batch if results[vendor.key].failure is None]


def round_trip(
    batch: Sequence[tuple[Vendor, str]], *, keep: bool = False, tests: Sequence[str] = WHOLE_SUITE
) -> list[Result]:
    """The round trips of `batch` in one scratch copy: each vendor's fetch, generate and public API, then
    the tests, mypy and conformance of those that got that far, run once for all of them."""
    results = {vendor.key: Result(vendor.key, style) for vendor, style in batch}
    scratch_parent = Path(tempfile.mkdtemp(prefix="fabapi-roundtrip-"))
    try:
        started = time.monotonic()
        scratch = scratch_copy(scratch_parent)
        environ = _environment(scratch, list(load_vendors().values()))
        copied = time.monotonic() - started
        for vendor, _ in batch:
            results[vendor.key].seconds["copy (shared)"] = copied
        prepare(batch, scratch, environ, results)
        tests_stage([vendor for vendor, _ in batch], scratch, environ, results, tests)
        return [results[vendor.key] for vendor, _ in batch]
    finally:
        if keep:
            print(f"scratch copy kept: {scratch_parent}", file=sys.stderr)
        else:
            shutil.rmtree(scratch_parent, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen.roundtrip", description=__doc__)
    parser.add_argument("vendors", nargs="*", help="vendor keys (default: all)")
    parser.add_argument("--style", action="append", choices=sorted(STYLES), help="a style (default: all); repeat")
    parser.add_argument("--ci", action="store_true", help="CI's share: the vendor x style pairs of CI_PAIRS")
    parser.add_argument("--keep", action="store_true", help="keep each scratch copy and print where")
    parser.add_argument("--verbose", action="store_true", help="print each failure's output in full")
    parser.add_argument(
        "--tests", action="append", metavar="PATH", help="a test file or folder (default: the whole suite); repeat"
    )
    args = parser.parse_args(argv)
    try:
        vendors = select(args.vendors, REPO_ROOT / "specs" / "vendors.toml")
    except REPORTED as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    if args.ci:
        pairs = [(vendor, style) for vendor in vendors for key, style in CI_PAIRS if key == vendor.key]
    else:
        pairs = [(vendor, style) for vendor in vendors for style in args.style or list(STYLES)]
    failed = 0
    for batch in batches(pairs):
        for result in round_trip(batch, keep=args.keep, tests=args.tests or WHOLE_SUITE):
            lines = result.line().splitlines()
            # The first line is the one per vendor x style; a failure's output follows, cut unless --verbose.
            print("\n".join(lines if args.verbose else lines[:12]), flush=True)
            failed += result.failure is not None
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
