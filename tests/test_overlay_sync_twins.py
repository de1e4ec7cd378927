"""Vendor overlays' sync twins: written once in `overlays/<key>/_async/`, generated into `_sync/`, drift-checked."""

from __future__ import annotations

import inspect
import shutil
from pathlib import Path

import pytest

from codegen import __main__ as cli
from codegen import generate, unasync
from codegen.errors import PipelineError
from codegen.twins import OVERLAY_ASYNC, OVERLAY_SYNC, overlay_header
from registry.vendors import REPO_ROOT, Vendor, load_vendors, select

TINY = Path(__file__).parent / "fixtures" / "tiny"
# Vendors whose client is written once; one without `_async/` keeps hand-written twins.
WRITTEN_ONCE = [vendor for vendor in load_vendors().values() if (vendor.overlay_dir() / OVERLAY_ASYNC).is_dir()]

# A client written once: its sync twin must drop every `Async` prefix, await and async for.
_TINY_CLIENT = '''"""Tiny's client, written once."""

from __future__ import annotations

from fabapi_core import AsyncCaller

from .._resources import AsyncResources
from ..client import Client


class AsyncTinyClient(AsyncResources):
    """Tiny Fab, every widget at once."""

    def __init__(self, base_url: str) -> None:
        super().__init__(AsyncCaller(Client(base_url=base_url)))

    async def every_widget(self) -> list[object]:
        """Every widget, across pages."""
        return [widget async for widget in self.widgets.list()]
'''


def _relative(vendor: Vendor) -> Path:
    return vendor.overlay_dir(Path("."))


@pytest.mark.parametrize("vendor", WRITTEN_ONCE, ids=lambda vendor: vendor.key)
def test_the_committed_overlay_twins_are_what_the_async_sources_generate(vendor: Vendor) -> None:
    assert not unasync.overlay_drift(_relative(vendor), REPO_ROOT)


@pytest.mark.parametrize("vendor", WRITTEN_ONCE, ids=lambda vendor: vendor.key)
def test_each_twin_names_its_source_and_reaches_the_package_unchanged(vendor: Vendor) -> None:
    header = overlay_header(_relative(vendor))
    package = vendor.package_dir() / vendor.module
    for path in sorted((vendor.overlay_dir() / OVERLAY_SYNC).rglob("*.py")):
        relative = path.relative_to(vendor.overlay_dir() / OVERLAY_SYNC)
        first = path.read_text(encoding="utf-8").splitlines(keepends=True)[0]
        assert first == header.format(source=(Path(OVERLAY_ASYNC) / relative).as_posix())
        assert (package / OVERLAY_SYNC / relative).read_bytes() == path.read_bytes()


@pytest.mark.parametrize("vendor", WRITTEN_ONCE, ids=lambda vendor: vendor.key)
def test_the_written_once_client_keeps_both_flavours(vendor: Vendor) -> None:
    import importlib

    module = importlib.import_module(vendor.module)
    sync, asynchronous = getattr(module, vendor.client), getattr(module, f"Async{vendor.client}")
    assert sync.__module__ == f"{vendor.module}.{OVERLAY_SYNC}.{sync.__module__.rsplit('.', 1)[1]}"
    written = {name: member for name, member in vars(asynchronous).items() if inspect.iscoroutinefunction(member)}
    assert written
    for name, method in written.items():
        twin = vars(sync)[name]
        assert not inspect.iscoroutinefunction(twin), name
        assert twin.__doc__ == method.__doc__, name
        assert inspect.signature(twin).parameters.keys() == inspect.signature(method).parameters.keys(), name


@pytest.fixture
def overlay_copy(tmp_path: Path) -> tuple[Path, Path]:
    """A copy of the first written-once overlay: (root, overlay relative to it)."""
    if not WRITTEN_ONCE:
        pytest.skip("no overlay is written once yet")
    overlay = _relative(WRITTEN_ONCE[0])
    shutil.copytree(REPO_ROOT / overlay, tmp_path / overlay, ignore=shutil.ignore_patterns("__pycache__"))
    return tmp_path, overlay


def test_overlay_drift_names_an_edited_a_missing_and_an_extra_twin(overlay_copy: tuple[Path, Path]) -> None:
    root, overlay = overlay_copy
    twins = sorted((root / overlay / OVERLAY_SYNC).glob("*.py"))
    edited, removed = twins[-1], twins[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited by hand\n", encoding="utf-8")
    removed.unlink()
    (root / overlay / OVERLAY_SYNC / "stray.py").write_text("x = 1\n", encoding="utf-8")
    found = unasync.overlay_drift(overlay, root)
    assert found.changed == (edited.relative_to(root).as_posix(),)
    assert found.missing == (removed.relative_to(root).as_posix(),)
    assert found.extra == ((overlay / OVERLAY_SYNC / "stray.py").as_posix(),)


def test_sync_twins_without_async_sources_are_drift(tmp_path: Path) -> None:
    overlay = Path("overlays") / "someone"
    (tmp_path / overlay / OVERLAY_SYNC).mkdir(parents=True)
    (tmp_path / overlay / OVERLAY_SYNC / "client.py").write_text("x = 1\n", encoding="utf-8")
    assert unasync.overlay_drift(overlay, tmp_path).extra == ((overlay / OVERLAY_SYNC / "client.py").as_posix(),)
    assert unasync.write_overlay_twins(overlay, tmp_path) == []


def test_async_names_lose_their_prefix_unless_a_library_says_otherwise(tmp_path: Path) -> None:
    source = tmp_path / "client.py"
    source.write_text("AsyncWidgets, AsyncIterator, AsyncByteStream, AsyncCaller, Asynchronous, Async_x\n")
    names = unasync.prefixed_names([source])
    assert names["AsyncWidgets"] == "Widgets"
    assert names["AsyncCaller"] == "Caller"
    assert names["AsyncByteStream"] == "SyncByteStream"
    assert "AsyncIterator" not in names  # unasync's own map has it
    assert "Asynchronous" not in names and "Async_x" not in names


# --- the whole command, on the tiny fixture --------------------------------------------------


@pytest.fixture
def tiny_root(tmp_path: Path) -> Path:
    """The tiny fixture, its client written once, fabapi-core's async sources beside it; generated."""
    root = tmp_path / "repo"
    shutil.copytree(TINY, root)
    shutil.copytree(REPO_ROOT / unasync.RUNTIME_ASYNC, root / unasync.RUNTIME_ASYNC)
    written = root / "overlays" / "tiny" / OVERLAY_ASYNC
    written.mkdir()
    (written / "__init__.py").write_text('"""Written once."""\n', encoding="utf-8")
    (written / "widgets.py").write_text(_TINY_CLIENT, encoding="utf-8")
    assert cli.main(["generate", "tiny", "--root", str(root)]) == 0
    return root


def test_generate_writes_the_twin_and_layers_both_flavours_into_the_package(tiny_root: Path) -> None:
    twin = tiny_root / "overlays" / "tiny" / OVERLAY_SYNC / "widgets.py"
    text = twin.read_text(encoding="utf-8")
    assert text.startswith(overlay_header(Path("overlays/tiny")).format(source="_async/widgets.py"))
    assert "class TinyClient(Resources):" in text
    assert "super().__init__(Caller(Client(base_url=base_url)))" in text
    assert "return [widget for widget in self.widgets.list()]" in text
    assert "async" not in text.lower().replace("codegen/unasync.py", "").replace("_async/", "")
    package = tiny_root / "generated" / "fabapi-tiny" / "fabapi_tiny"
    assert (package / OVERLAY_SYNC / "widgets.py").read_bytes() == twin.read_bytes()
    copied = (package / OVERLAY_ASYNC / "widgets.py").read_text(encoding="utf-8")
    vendor = select(["tiny"], tiny_root / "specs" / "vendors.toml")[0]
    assert copied == generate.copied_header(vendor, Path(OVERLAY_ASYNC, "widgets.py")) + _TINY_CLIENT


@pytest.mark.parametrize("where", ["overlays/tiny", "generated/fabapi-tiny/fabapi_tiny"])
def test_check_fails_naming_a_hand_edited_twin(tiny_root: Path, where: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "tiny", "--root", str(tiny_root)]) == 0
    twin = tiny_root / where / OVERLAY_SYNC / "widgets.py"
    twin.write_text(twin.read_text(encoding="utf-8").replace("every_widget", "all_widgets"), encoding="utf-8")
    capsys.readouterr()
    assert cli.main(["check", "tiny", "--root", str(tiny_root)]) == 1
    assert f"changed: {where}/{OVERLAY_SYNC}/widgets.py" in capsys.readouterr().out


def test_an_overlay_without_async_sources_is_layered_as_before(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(TINY, root)
    vendor = select(["tiny"], root / "specs" / "vendors.toml")[0]
    outputs = generate.build(vendor, tmp_path / "stage", root)
    package = tmp_path / "stage" / outputs.package / vendor.module
    assert not (package / OVERLAY_SYNC).exists()
    assert (package / "_public.py").read_text(encoding="utf-8").startswith("# Copied from overlays/tiny/_public.py")


def test_a_sync_folder_without_async_sources_is_refused(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    shutil.copytree(TINY, root)
    (root / "overlays" / "tiny" / OVERLAY_SYNC).mkdir()
    (root / "overlays" / "tiny" / OVERLAY_SYNC / "widgets.py").write_text("x = 1\n", encoding="utf-8")
    with pytest.raises(PipelineError, match="sync twins without _async/"):
        generate.build(select(["tiny"], root / "specs" / "vendors.toml")[0], tmp_path / "stage", root)
