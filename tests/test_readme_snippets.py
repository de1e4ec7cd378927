"""Every Python example of README.md runs as written against its vendor's mock, so none can rot.

The examples of a "## Using fabapi-<vendor>" section run in order in one namespace (a later block
continues an earlier one), in a folder holding the files they name, with the environment that
`python -m conformance.mocks VENDOR` prints, against that mock on loopback. A failure names the
README line that raised. What cannot run as written (a shell command) is fenced as something other
than `python` in the README.
"""

from __future__ import annotations

import struct
import traceback
import zlib
from pathlib import Path
from typing import Any

import pytest

from codegen.markdown import Fence, fences, section_fences
from conformance.plugins import mock_for
from conformance.serving import serve
from conformance.stl_files import box
from registry.vendors import REPO_ROOT, Vendor, load_vendors
from tests.loopback import loopback_only

README = REPO_ROOT / "README.md"
TEXT = README.read_text(encoding="utf-8")
LINES = TEXT.splitlines()
VENDORS = list(load_vendors().values())


def _examples(vendor: Vendor) -> list[Fence]:
    return [fence for fence in section_fences(TEXT, f"Using {vendor.package}") if fence.language == "python"]


def _png(path: Path, width: int = 4, height: int = 4) -> Path:
    """A real (grey) PNG image: no image library is a dependency, and the format is three chunks."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    rows = b"".join(b"\x00" + b"\x80" * width for _ in range(height))  # filter byte, then grey pixels
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)  # 8-bit greyscale
    chunks = chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows)) + chunk(b"IEND", b"")
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunks)
    return path


def _files(folder: Path) -> None:
    """The files the examples name: a printable bracket as STL, the same as a STEP text, two photos."""
    box(folder / "bracket.stl", (40.0, 20.0, 10.0))
    # STEP (ISO 10303-21) is text; the mock converts any STEP it is sent without reading its geometry.
    (folder / "bracket.step").write_text(
        "ISO-10303-21;\nHEADER;\nFILE_DESCRIPTION(('bracket'),'2;1');\n"
        "FILE_NAME('bracket.step','2024-05-06T00:00:00',(''),(''),'','','');\n"
        "FILE_SCHEMA(('AUTOMOTIVE_DESIGN'));\nENDSEC;\nDATA;\nENDSEC;\nEND-ISO-10303-21;\n",
        encoding="ascii",
    )
    _png(folder / "front.png")
    _png(folder / "side.png")


def _run(example: Fence, namespace: dict[str, Any]) -> None:
    # Padded with blank lines so the code's line numbers are the README's, in tracebacks too.
    code = compile("\n" * (example.line - 1) + example.code, str(README), "exec")
    try:
        exec(code, namespace)  # noqa: S102 - the README's own examples, the point of this test
    except Exception as exc:
        frames = [frame for frame in traceback.extract_tb(exc.__traceback__) if frame.filename == str(README)]
        line = frames[-1].lineno if frames and frames[-1].lineno else example.line
        failure = f"README.md line {line}: {LINES[line - 1].strip()}\n  raised {type(exc).__name__}: {exc}"
    else:
        return
    pytest.fail(failure, pytrace=False)  # outside the handler: the example's line, not a chain of tracebacks


def test_every_python_example_is_in_a_vendor_section() -> None:
    """An example elsewhere would run against no mock: it must be in a vendor's section, or not `python`."""
    in_sections = {fence.line for vendor in VENDORS for fence in _examples(vendor)}
    python = {fence.line for fence in fences(TEXT) if fence.language == "python"}
    assert python, "README.md has no python example"
    assert python <= in_sections, f"python blocks outside a vendor's section at README.md lines {python - in_sections}"


@pytest.mark.parametrize("vendor", [vendor for vendor in VENDORS if _examples(vendor)], ids=lambda vendor: vendor.key)
def test_the_vendor_s_examples_run_against_its_mock(
    vendor: Vendor, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _files(tmp_path)
    monkeypatch.chdir(tmp_path)
    # Only what the mock command prints: none of the vendor's other settings from this machine.
    for names in [*vendor.env.values(), *vendor.optional_env.values()]:
        for name in names:
            monkeypatch.delenv(name, raising=False)
    mock = mock_for(vendor.key)
    with serve(mock.create_app()) as origin, loopback_only() as watch:
        for name, value in {**mock.environment(vendor, origin), **mock.example_env}.items():
            monkeypatch.setenv(name, value)
        namespace: dict[str, Any] = {"__name__": f"readme_{vendor.key}"}
        for example in _examples(vendor):
            _run(example, namespace)
    assert watch.outside == [], f"the examples reached beyond loopback: {watch.outside}"


def test_a_failing_example_names_its_readme_line(tmp_path: Path) -> None:
    line = LINES.index("## Using fabapi-eiger") + 1
    broken = Fence("python", "x = 1\nraise LookupError('no such build')\n", line + 1)
    failure = rf"README.md line {line + 2}: .*\n  raised LookupError: no such build"
    with pytest.raises(pytest.fail.Exception, match=failure):
        _run(broken, {})
