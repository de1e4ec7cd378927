"""The API reference site (`nox -s docs`), built once and opened in headless Chromium (`nox -s browser`)."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from apidocs.pages import pages
from registry.vendors import REPO_ROOT, load_vendors

VENDOR = load_vendors()["eiger"]


def test_one_page_per_package_from_the_registry() -> None:
    names = [page.name for page in pages()]
    assert names == ["fabapi-core.md", *sorted(f"{vendor.package}.md" for vendor in load_vendors().values())]
    eiger = next(page.text for page in pages() if page.name == f"{VENDOR.package}.md")
    for directive in ("::: fabapi_eiger.Eiger", "::: fabapi_eiger.AsyncEiger", "::: fabapi_eiger._resources.devices"):
        assert directive in eiger
    assert "- `DeviceViewExtended`" in eiger  # the models index


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The site, built once for the module's tests: mkdocs --strict, as `nox -s docs` builds it."""
    out = tmp_path_factory.mktemp("docs") / "site"
    subprocess.run([sys.executable, "-m", "apidocs", str(out)], cwd=REPO_ROOT, check=True, timeout=600)
    return out


def _dom(page: Path, profile: Path) -> str:
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    assert chromium, "Debian's chromium is needed: apt-get install chromium"
    flags = [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        f"--user-data-dir={profile}",
    ]  # fmt: skip
    done = subprocess.run([chromium, *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout


def _section(dom: str, anchor: str) -> str:
    """The rendered object whose heading has id `anchor`, up to the next object of the same kind."""
    start = dom.find(f'id="{anchor}"')
    assert start >= 0, f"the page has no {anchor}"
    end = dom.find('<div class="doc doc-object doc-function">', dom.find('<div class="doc doc-contents', start) + 1)
    return dom[start : end if end > 0 else len(dom)]


@pytest.mark.browser
def test_a_vendor_page_lists_the_entry_clients_methods_with_their_args(site: Path, tmp_path: Path) -> None:
    dom = _dom(site / f"{VENDOR.package}.html", tmp_path / "profile")
    for client in (VENDOR.client, f"Async{VENDOR.client}"):
        for method in ("send_to_printer", "download_scan_reports"):
            assert f'id="{VENDOR.module}.{client}.{method}"' in dom
    text = html.unescape(re.sub(r"<[^>]+>", " ", _section(dom, f"{VENDOR.module}.Eiger.send_to_printer")))
    words = " ".join(text.split())
    assert "Parameters:" in words and "build_id" in words and "device_id" in words
    assert "Raises:" in words and "Returns:" in words
    # A resource method, its Args from the spec's parameter descriptions.
    resource = " ".join(
        html.unescape(
            re.sub(r"<[^>]+>", " ", _section(dom, f"{VENDOR.module}._resources.devices.DevicesResource.list"))
        ).split()
    )
    assert "page_size" in resource and "The number of items to return on each page" in resource


@pytest.mark.browser
def test_the_index_links_every_package(site: Path, tmp_path: Path) -> None:
    dom = _dom(site / "index.html", tmp_path / "profile")
    for page in pages():
        assert f'href="{page.name.removesuffix(".md")}.html"' in dom
