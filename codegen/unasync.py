"""Sync modules generated from async ones, so code that comes in both flavours is written once.

`sync_twins(source_dir, target_dir, header)` turns every `*.py` below `source_dir` into its sync
flavour below `target_dir`, with the `unasync` library: `async` and `await` dropped, each async name
replaced by its sync partner (`SYNC_NAMES`, on top of unasync's own `__aenter__` -> `__enter__`,
`AsyncIterator` -> `Iterator`, ...), and `Awaitable[X]` unwrapped to `X`. ruff then sorts the imports,
drops the ones left unused and formats, so the output passes lint as it is written. Each file starts
with `header`, in which `{source}` names the async file it came from.

The runtime's twins live in `runtime/src/fabapi_core/_async/`; `write_runtime_twins` and
`runtime_drift` are what `python -m codegen generate|check` run.

A vendor overlay may hold its client workflows the same way: written once in `overlays/<key>/_async/`,
their sync flavour generated into `overlays/<key>/_sync/` (`write_overlay_twins`, `overlay_drift`),
both then layered into the package like every hand-written module. There a name `Async<Name>` the
sources use becomes `<Name>` (`AsyncEiger` -> `Eiger`, `AsyncResources` -> `Resources`), the
repository's own convention, unless `SYNC_NAMES` or unasync say otherwise: no overlay keeps a list.
An overlay without `_async/` has hand-written twins, and nothing here touches it.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import tokenize_rt  # type: ignore[import-untyped]
import unasync  # type: ignore[import-untyped]

from codegen.drift import Drift, compare_files
from codegen.errors import GeneratorFailed
from codegen.twins import OVERLAY_ASYNC, OVERLAY_SYNC, overlay_header

# The repository this module sits in: its pyproject.toml holds the ruff settings the output must meet.
REPO_ROOT = Path(__file__).resolve().parents[1]
RUNTIME_PACKAGE = Path("runtime/src/fabapi_core")
RUNTIME_ASYNC = RUNTIME_PACKAGE / "_async"
RUNTIME_SYNC = RUNTIME_PACKAGE / "_sync"
RUNTIME_HEADER = "# Generated from fabapi_core/{source} by codegen/unasync.py (`nox -s generate`): do not edit.\n"

# Async name -> sync name, where unasync's default (drop an `Async` prefix for `Sync`) is not the name.
SYNC_NAMES: Mapping[str, str] = {
    # fabapi-core's public twins.
    "AsyncCaller": "Caller",
    "AsyncPager": "Pager",
    "AsyncClientLifecycle": "ClientLifecycle",
    "apoll": "poll",
    "adownload": "download",
    "build_async_httpx_args": "build_httpx_args",
    "async_reading_with_progress": "streaming_with_progress",
    # httpx.
    "AsyncClient": "Client",
    "AsyncBaseTransport": "BaseTransport",
    "AsyncHTTPTransport": "HTTPTransport",
    "AsyncByteStream": "SyncByteStream",
    "get_async_httpx_client": "get_httpx_client",
    "aclose": "close",
    "aread": "read",
    "aiter_bytes": "iter_bytes",
    "aiter_raw": "iter_raw",
    # _flavours.py: the names whose flavours really differ.
    "asleep": "sleep",
}
# An overlay's own async names (`AsyncEiger`, `AsyncResources`): unasync would make them `SyncEiger`; this
# repository names the sync flavour without the prefix.
_PREFIXED = re.compile(r"Async[A-Z]\w*")
# A wrapper type that the sync flavour has no use for: `Awaitable[X]` becomes `X`.
_UNWRAPPED = "Awaitable"


def _sources(source_dir: Path) -> Iterator[Path]:
    yield from sorted(path for path in source_dir.rglob("*.py") if "__pycache__" not in path.parts)


def _unwrap_awaitables(source: str) -> str:
    """`Awaitable[X]` -> `X`, token by token, so nested brackets and strings are never miscounted."""
    tokens = tokenize_rt.src_to_tokens(source)
    dropped: set[int] = set()
    for index, token in enumerate(tokens):
        if token.name != "NAME" or token.src != _UNWRAPPED:
            continue
        opening = index + 1
        if opening >= len(tokens) or tokens[opening].src != "[":
            continue
        depth = 0
        for closing in range(opening, len(tokens)):
            if tokens[closing].name != "OP":
                continue
            depth += tokens[closing].src.count("[") - tokens[closing].src.count("]")
            if depth == 0:
                dropped.update((index, opening, closing))
                break
    kept = [token for index, token in enumerate(tokens) if index not in dropped]
    return str(tokenize_rt.tokens_to_src(kept))


def _ruff(*args: str, cwd: Path) -> None:
    # The pinned ruff of this environment, under the repository's settings (line length, rules).
    from ruff.__main__ import find_ruff_bin  # type: ignore[import-untyped]

    command = [str(find_ruff_bin()), *args, "--no-cache", "--config", str(REPO_ROOT / "pyproject.toml"), "."]
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise GeneratorFailed(f"ruff {' '.join(args)} failed on the sync twins:\n{result.stdout}{result.stderr}")


def sync_twins(source_dir: Path, target_dir: Path, header: str, names: Mapping[str, str] = SYNC_NAMES) -> list[Path]:
    """Write the sync flavour of every module below `source_dir` to `target_dir` (replacing what is there).

    `header` starts each file; `{source}` in it is the async file's path from `source_dir`'s parent
    (e.g. `_async/caller.py`). Returns the files written.
    """
    sources = list(_sources(source_dir))
    if not sources:
        raise GeneratorFailed(f"no async modules to generate sync twins from in {source_dir}")
    with tempfile.TemporaryDirectory(prefix="fabapi-unasync-") as tmp:
        staging = Path(tmp) / "sync"
        rule = unasync.Rule(fromdir=f"{source_dir.resolve()}/", todir=f"{staging}/", additional_replacements=names)
        unasync.unasync_files([str(path.resolve()) for path in sources], [rule])
        for path in sources:
            written = staging / path.relative_to(source_dir)
            written.write_text(_unwrap_awaitables(written.read_text(encoding="utf-8")), encoding="utf-8")
        _ruff("check", "--fix-only", "--quiet", cwd=staging)
        _ruff("format", "--quiet", cwd=staging)
        for path in sources:
            written = staging / path.relative_to(source_dir)
            stamp = header.format(source=path.relative_to(source_dir.parent).as_posix())
            written.write_text(stamp + written.read_text(encoding="utf-8"), encoding="utf-8")
        if target_dir.exists():
            shutil.rmtree(target_dir)
        shutil.copytree(staging, target_dir)
    return [target_dir / path.relative_to(source_dir) for path in sources]


def write_runtime_twins(root: Path = REPO_ROOT) -> list[Path]:
    """fabapi-core's `_sync/`, generated from its `_async/`."""
    return sync_twins(root / RUNTIME_ASYNC, root / RUNTIME_SYNC, RUNTIME_HEADER)


def _python_files(folder: Path, root: Path) -> dict[str, Path]:
    if not folder.is_dir():
        return {}
    return {path.relative_to(root).as_posix(): path for path in _sources(folder)}


def runtime_drift(root: Path = REPO_ROOT) -> Drift:
    """What differs between fabapi-core's committed `_sync/` and the sync twins of its `_async/`."""
    with tempfile.TemporaryDirectory(prefix="fabapi-unasync-check-") as tmp:
        staging = Path(tmp)
        sync_twins(root / RUNTIME_ASYNC, staging / RUNTIME_SYNC, RUNTIME_HEADER)
        return compare_files(_python_files(staging / RUNTIME_SYNC, staging), _python_files(root / RUNTIME_SYNC, root))


def prefixed_names(sources: Iterable[Path], names: Mapping[str, str] = SYNC_NAMES) -> dict[str, str]:
    """`names`, plus `Async<Name>` -> `<Name>` for every such name the sources use that unasync would
    otherwise turn into `Sync<Name>`."""
    known = {**unasync.Rule("/", "/").token_replacements, **names}
    found: dict[str, str] = dict(names)
    for path in sources:
        for token in tokenize_rt.src_to_tokens(path.read_text(encoding="utf-8")):
            if token.name == "NAME" and _PREFIXED.fullmatch(token.src) and token.src not in known:
                found[token.src] = token.src.removeprefix("Async")
    return found


def write_overlay_twins(overlay: Path, root: Path = REPO_ROOT) -> list[Path]:
    """The sync twins of an overlay's `_async/` (`overlay` relative to `root`); none without that folder."""
    source = root / overlay / OVERLAY_ASYNC
    if not source.is_dir():
        return []
    return sync_twins(source, root / overlay / OVERLAY_SYNC, overlay_header(overlay), prefixed_names(_sources(source)))


def overlay_drift(overlay: Path, root: Path = REPO_ROOT) -> Drift:
    """What differs between an overlay's committed `_sync/` and the sync twins of its `_async/`; an overlay
    without `_async/` must have no `_sync/` either."""
    source = root / overlay / OVERLAY_ASYNC
    with tempfile.TemporaryDirectory(prefix="fabapi-unasync-check-") as tmp:
        staging = Path(tmp)
        if source.is_dir():
            names = prefixed_names(_sources(source))
            sync_twins(source, staging / overlay / OVERLAY_SYNC, overlay_header(overlay), names)
        built = _python_files(staging / overlay / OVERLAY_SYNC, staging)
        return compare_files(built, _python_files(root / overlay / OVERLAY_SYNC, root))
