"""Every argument of the KittyCAD helpers refuses hostile values by name, before anything is sent."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from fabapi_kittycad import AsyncKittyCAD, KittyCAD
from fabapi_kittycad.models.api_call_status import ApiCallStatus
from fabapi_kittycad.models.file_volume import FileVolume

from tests.hostile import Factory, Helper, cases, check

NONE = frozenset({"None"})
BASE_URL = "https://api.kittycad.test"
FACTORIES: dict[str, Factory] = {
    "sync": lambda transport: KittyCAD("token", base_url=BASE_URL, transport=transport, retries=0),
    "async": lambda transport: AsyncKittyCAD("token", base_url=BASE_URL, transport=transport, retries=0),
}


def _operation(status: ApiCallStatus = ApiCallStatus.QUEUED) -> FileVolume:
    """An operation as KittyCAD answers one (by default one that has not finished); decoded tolerantly, so
    the fields a test does not need may be left out."""
    return FileVolume.from_dict({"id": "6f3c0a1e-0000-4000-8000-000000000001", "status": status.value})


def _analyses() -> list[Helper]:
    """volume, surface_area, center_of_mass, mass, density: one file, a format, a timeout, maybe a number."""
    found: list[Helper] = []
    for name, extra in (
        ("volume", {}),
        ("surface_area", {}),
        ("center_of_mass", {"material_density": 1.2}),
        ("mass", {"material_density": 1.2}),
        ("density", {"material_mass": 3.5}),
    ):
        found += _analysis(name, extra)
    return found


def _analysis(name: str, extra: dict[str, Any]) -> list[Helper]:
    def call(argument: str) -> Any:
        def run(c: Any, v: Any, f: Path) -> Any:
            arguments: dict[str, Any] = {"path": f / "part.step", **extra, argument: v}
            return getattr(c, name)(**arguments)

        return run

    helpers = [
        Helper(name, "path", call("path"), path_value=True),
        Helper(name, "src_format", call("src_format"), accepts=NONE),
        Helper(name, "timeout", call("timeout")),
    ]
    return helpers + [Helper(name, number, call(number)) for number in extra]


def _convert(c: Any, f: Path, **arguments: Any) -> Any:
    return c.convert_file(**{"path": f / "part.step", "to": "stl", **arguments})


HELPERS = [
    Helper("convert_file", "path", lambda c, v, f: _convert(c, f, path=v), path_value=True),
    Helper("convert_file", "to", lambda c, v, f: _convert(c, f, to=v)),
    Helper("convert_file", "src_format", lambda c, v, f: _convert(c, f, src_format=v), accepts=NONE),
    Helper("convert_file", "output", lambda c, v, f: _convert(c, f, output=v), path_value=True, accepts=NONE),
    Helper("convert_file", "timeout", lambda c, v, f: _convert(c, f, timeout=v)),
    *_analyses(),
    Helper("convert_units", "kind", lambda c, v, f: c.convert_units(v, 1, "inch", "millimeter")),
    Helper("convert_units", "value", lambda c, v, f: c.convert_units("length", v, "inch", "millimeter")),
    Helper("convert_units", "from_unit", lambda c, v, f: c.convert_units("length", 1, v, "millimeter")),
    Helper("convert_units", "to_unit", lambda c, v, f: c.convert_units("length", 1, "inch", v)),
    Helper("wait", "operation", lambda c, v, f: c.wait(v)),
    Helper("wait", "timeout", lambda c, v, f: c.wait(_operation(), timeout=v)),
    Helper("wait", "interval", lambda c, v, f: c.wait(_operation(), interval=v)),
]


@pytest.fixture
def files(tmp_path: Path) -> Path:
    (tmp_path / "part.step").write_bytes(b"ISO-10303-21;\nEND-ISO-10303-21;\n")
    return tmp_path


@pytest.mark.parametrize("flavor", FACTORIES)
@pytest.mark.parametrize(("helper", "value"), cases(HELPERS))
def test_helpers(flavor: str, helper: Helper, value: object, files: Path) -> None:
    check(FACTORIES[flavor], helper, value, files)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), -1], ids=repr)
def test_a_finished_operation_still_has_its_timing_checked(value: float) -> None:
    helper = Helper("wait", "interval", lambda c, v, f: c.wait(_operation(ApiCallStatus.COMPLETED), interval=v))
    check(FACTORIES["sync"], helper, value, Path())
