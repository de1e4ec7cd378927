"""fabapi-core's sync twins: generated from `_async/`, committed in `_sync/`, drift-checked."""

from __future__ import annotations

import inspect
import shutil
from pathlib import Path

import fabapi_core
import pytest

from codegen import unasync
from codegen.errors import GeneratorFailed

REPO = Path(__file__).resolve().parents[2]


def _tree(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*.py"))}


def test_the_committed_sync_twins_are_what_the_async_sources_generate(tmp_path: Path) -> None:
    written = unasync.sync_twins(REPO / unasync.RUNTIME_ASYNC, tmp_path / "_sync", unasync.RUNTIME_HEADER)
    assert written
    built, committed = _tree(tmp_path / "_sync"), _tree(REPO / unasync.RUNTIME_SYNC)
    assert built.keys() == committed.keys()
    differing = [name for name in built if built[name] != committed[name]]
    assert differing == [], f"regenerate with `nox -s generate`: {differing}"


def test_each_twin_names_its_async_source_in_its_first_line() -> None:
    for path in sorted((REPO / unasync.RUNTIME_SYNC).glob("*.py")):
        first = path.read_text(encoding="utf-8").splitlines()[0]
        assert first == unasync.RUNTIME_HEADER.format(source=f"_async/{path.name}").rstrip("\n")


@pytest.fixture
def runtime_copy(tmp_path: Path) -> Path:
    for folder in (unasync.RUNTIME_ASYNC, unasync.RUNTIME_SYNC):
        shutil.copytree(REPO / folder, tmp_path / folder, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path


def test_drift_is_none_on_the_committed_twins(runtime_copy: Path) -> None:
    assert not unasync.runtime_drift(runtime_copy)


def test_drift_names_an_edited_a_missing_and_an_extra_twin(runtime_copy: Path) -> None:
    sync = runtime_copy / unasync.RUNTIME_SYNC
    (sync / "caller.py").write_text((sync / "caller.py").read_text() + "# edited by hand\n")
    (sync / "polling.py").unlink()
    (sync / "stray.py").write_text("x = 1\n")
    found = unasync.runtime_drift(runtime_copy)
    prefix = unasync.RUNTIME_SYNC.as_posix()
    assert found.changed == (f"{prefix}/caller.py",)
    assert found.missing == (f"{prefix}/polling.py",)
    assert found.extra == (f"{prefix}/stray.py",)
    assert f"changed: {prefix}/caller.py" in found.report()


def test_a_folder_of_async_modules_gets_its_sync_flavour(tmp_path: Path) -> None:
    source = tmp_path / "_async"
    source.mkdir()
    (source / "waiting.py").write_text(
        '"""Waits."""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import AsyncIterator, Awaitable, Callable\n\n"
        "from fabapi_core._flavours import asleep\n\n\n"
        "async def apoll(fetch: Callable[[], Awaitable[dict[str, list[int]]]]) -> AsyncIterator[int]:\n"
        "    async for value in fetch():\n"
        "        await asleep(1)\n"
        "        yield value\n"
    )
    unasync.sync_twins(source, tmp_path / "_sync", "# from {source}\n")
    assert (tmp_path / "_sync" / "waiting.py").read_text() == (
        "# from _async/waiting.py\n"
        '"""Waits."""\n\n'
        "from __future__ import annotations\n\n"
        "from collections.abc import Callable, Iterator\n\n"
        "from fabapi_core._flavours import sleep\n\n\n"
        "def poll(fetch: Callable[[], dict[str, list[int]]]) -> Iterator[int]:\n"
        "    for value in fetch():\n"
        "        sleep(1)\n"
        "        yield value\n"
    )


def test_a_folder_without_async_modules_is_refused_by_name(tmp_path: Path) -> None:
    with pytest.raises(GeneratorFailed, match="no async modules") as raised:
        unasync.sync_twins(tmp_path, tmp_path / "_sync", "# from {source}\n")
    assert str(tmp_path) in str(raised.value)


@pytest.mark.parametrize(
    ("sync", "asynchronous"),
    [
        (fabapi_core.Caller.call, fabapi_core.AsyncCaller.call),
        (fabapi_core.Caller.call_raw, fabapi_core.AsyncCaller.call_raw),
        (fabapi_core.Pager.first_page, fabapi_core.AsyncPager.first_page),
        (fabapi_core.ClientLifecycle.close, fabapi_core.AsyncClientLifecycle.aclose),
        (fabapi_core.poll, fabapi_core.apoll),
        (fabapi_core.download, fabapi_core.adownload),
    ],
)
def test_the_public_twins_keep_their_flavour(sync: object, asynchronous: object) -> None:
    assert not inspect.iscoroutinefunction(sync)
    assert inspect.iscoroutinefunction(asynchronous)
    assert inspect.signature(sync).parameters.keys() == inspect.signature(asynchronous).parameters.keys()  # type: ignore[arg-type]
