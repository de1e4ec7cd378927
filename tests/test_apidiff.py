"""The public-API diff: a removed method or a renamed parameter of a generated package is listed, by path,
and counts as allowed only when CHANGES.md's Unreleased section records it."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from codegen.__main__ import _api_one, main
from codegen.apidiff import api_breaks, committed_copy, differs_from_head, recorded_paths
from registry.vendors import REPO_ROOT, load_vendors

VENDOR = load_vendors()["kaedim"]
PACKAGE = VENDOR.package_dir()
MODULE = VENDOR.module
CLIENT = PACKAGE / MODULE / "_sync" / "kaedim.py"
FIXTURE = Path(__file__).parent / "fixtures" / "dropshot"
RESOURCE = PACKAGE / MODULE / "_resources" / "projects.py"


def _copy(tmp_path: Path) -> Path:
    folder = tmp_path / "new"
    shutil.copytree(PACKAGE, folder / PACKAGE.name, ignore=shutil.ignore_patterns("__pycache__"))
    return folder / PACKAGE.name


def _edit(package: Path, source: Path, old: str, new: str) -> None:
    path = package / source.relative_to(PACKAGE)
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _break(package: Path) -> None:
    """A method removed from the client, a parameter renamed on a resource method."""
    _edit(package, CLIENT, "    def list_projects(self)", "    def _list_projects(self)")
    _edit(package, RESOURCE, "def list(self, *, dev_id: str) -> FetchProjectsResponse:",
          "def list(self, *, developer_id: str) -> FetchProjectsResponse:")  # fmt: skip


def test_an_unchanged_package_has_no_break(tmp_path: Path) -> None:
    assert api_breaks(MODULE, PACKAGE, _copy(tmp_path), tmp_path / "CHANGES.md") == []


def test_a_removed_method_and_a_renamed_parameter_are_listed_by_path(tmp_path: Path) -> None:
    package = _copy(tmp_path)
    _break(package)
    lines = [b.line() for b in api_breaks(MODULE, PACKAGE, package, tmp_path / "CHANGES.md")]
    unrecorded = "  [not recorded in CHANGES.md]"
    assert f"{MODULE}._sync.kaedim.Kaedim.list_projects: Public object was removed{unrecorded}" in lines
    resource = f"{MODULE}._resources.projects.ProjectsResource.list"
    assert f"{resource}(dev_id): Parameter was removed{unrecorded}" in lines
    assert f"{resource}(developer_id): Parameter was added as required{unrecorded}" in lines
    assert all(str(tmp_path) not in line and "\x1b" not in line for line in lines)  # no paths, no colours


def test_a_break_is_recorded_by_its_path_in_the_unreleased_section_only(tmp_path: Path) -> None:
    package = _copy(tmp_path)
    _break(package)
    changes = tmp_path / "CHANGES.md"
    changes.write_text(
        "# Changes\n\n## Versioning\n\n`fabapi_kaedim._resources.projects.ProjectsResource.list`\n\n"
        "## Unreleased: x\n\n### fabapi-kaedim\n\n"
        f"- `{MODULE}._sync.kaedim.Kaedim.list_projects()` is gone: Kaedim removed it; use `projects.list`.\n\n"
        "## 0.1.0\n\n- `fabapi_kaedim._resources.projects.ProjectsResource.list`\n",
        encoding="utf-8",
    )
    assert f"{MODULE}._sync.kaedim.Kaedim.list_projects" in recorded_paths(changes)
    found = {b.path: b.recorded for b in api_breaks(MODULE, PACKAGE, package, changes)}
    assert found[f"{MODULE}._sync.kaedim.Kaedim.list_projects"] is True
    assert found[f"{MODULE}._resources.projects.ProjectsResource.list"] is False


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],  # noqa: S607
                   cwd=root, check=True, capture_output=True)  # fmt: skip


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A git checkout holding the registry and the committed Kaedim package."""
    root = tmp_path / "repo"
    relative = PACKAGE.relative_to(REPO_ROOT)
    shutil.copytree(REPO_ROOT / "specs", root / "specs")
    shutil.copytree(PACKAGE, root / relative, ignore=shutil.ignore_patterns("__pycache__"))
    (root / "CHANGES.md").write_text("# Changes\n\n## Unreleased\n", encoding="utf-8")
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "committed")
    return root


def test_generate_reports_what_the_written_package_breaks_against_head(checkout: Path, tmp_path: Path) -> None:
    package = VENDOR.package_dir(checkout)
    assert not differs_from_head(checkout, package)
    assert _api_one("kaedim", checkout) == (
        0,
        "fabapi-kaedim: public API as committed, nothing removed or changed incompatibly",
    )
    _break(package)
    assert differs_from_head(checkout, package)
    status, report = _api_one("kaedim", checkout)
    assert status == 1
    assert report.startswith("fabapi-kaedim: 5 breaking change(s) to the public API against git HEAD:\n")
    assert "  5 not recorded: list each path in CHANGES.md under 'Unreleased'" in report
    copy = committed_copy(checkout, package.relative_to(checkout), tmp_path / "head")
    assert copy is not None and (copy / MODULE / "_sync" / "kaedim.py").read_text(encoding="utf-8") == (
        CLIENT.read_text(encoding="utf-8")
    )


def test_without_a_committed_version_nothing_is_compared(tmp_path: Path) -> None:
    assert committed_copy(tmp_path, Path("generated/fabapi-kaedim"), tmp_path / "out") is None
    assert not differs_from_head(tmp_path, tmp_path)


def test_check_and_generate_list_a_regenerations_breaks_and_generate_accepts_them_once_recorded(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "repo"
    shutil.copytree(FIXTURE, root)
    shutil.copytree(REPO_ROOT / "runtime", root / "runtime", ignore=shutil.ignore_patterns("__pycache__"))
    assert main(["generate", "--root", str(root)]) == 0
    _git(root, "init", "-q")
    _git(root, "add", ".")
    _git(root, "commit", "-q", "-m", "generated")
    source = root / "specs" / "dropshot" / "source.yaml"
    source.write_text(
        source.read_text(encoding="utf-8").replace("name: output_format", "name: format"), encoding="utf-8"
    )
    capsys.readouterr()

    assert main(["check", "--root", str(root)]) == 1
    out = capsys.readouterr().out
    # The resource methods (sync, async, raw) and the generated api functions all lose the parameter.
    assert "fabapi-dropshot: 16 breaking change(s) to the public API against git HEAD:\n" in out
    resource = "fabapi_dropshot._resources.file.FileResource.create_conversion"
    assert f"  {resource}(output_format): Parameter was removed  [not recorded in CHANGES.md]\n" in out
    assert f"  {resource}(format): Parameter was added as required  [not recorded in CHANGES.md]\n" in out

    assert main(["generate", "--root", str(root)]) == 1  # written, but the breaks are not recorded
    out = capsys.readouterr().out
    broken = sorted({line.split("(")[0].strip() for line in out.splitlines() if "[not recorded" in line})
    assert broken and all(path.startswith("fabapi_dropshot.") for path in broken)
    recorded = "".join(f"- `{path}`: the vendor renamed `output_format` to `format`.\n" for path in broken)
    (root / "CHANGES.md").write_text(f"# Changes\n\n## Unreleased\n\n{recorded}", encoding="utf-8")
    assert main(["generate", "--root", str(root)]) == 0
    assert "[not recorded" not in capsys.readouterr().out
