"""Every argument of the Cloud Slicer helpers refuses hostile values by name, before anything is sent."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fabapi_cloudslicer import AsyncCloudSlicer, CloudSlicer, pricing_profile, printer_profile
from fabapi_cloudslicer.models.printer_config import PrinterConfig
from fabapi_cloudslicer.models.quote_config import QuoteConfig

from conformance.stl_files import box
from tests.hostile import Factory, Helper, cases, check

NONE = frozenset({"None"})


def _fields(cls: type) -> list[str]:
    return [field.name for field in cls.__attrs_attrs__ if field.name != "additional_properties"]  # type: ignore[attr-defined]


def _field(build: Callable[..., object], name: str) -> Helper:
    # A printer's support_material is a bool: True is a value it takes.
    accepts = frozenset({"True"}) if name == "support_material" else frozenset()
    return Helper(getattr(build, "__name__", "profile"), name, lambda c, v, f: build(**{name: v}), accepts=accepts)


PROFILES = [
    *[_field(printer_profile, name) for name in _fields(PrinterConfig)],
    *[_field(pricing_profile, name) for name in _fields(QuoteConfig)],
]

HELPERS = [
    Helper("upload_file", "path", lambda c, v, f: c.upload_file(v), path_value=True),
    Helper("quote_file", "path", lambda c, v, f: c.quote_file(v), path_value=True),
    Helper("quote_file", "printer", lambda c, v, f: c.quote_file(f / "part.stl", printer=v), accepts=NONE),
    Helper("quote_file", "pricing", lambda c, v, f: c.quote_file(f / "part.stl", pricing=v), accepts=NONE),
    Helper(
        "quote_file",
        "gcode_to",
        lambda c, v, f: c.quote_file(f / "part.stl", gcode_to=v),
        path_value=True,
        accepts=NONE,
    ),
    Helper("download_gcode", "quote_id", lambda c, v, f: c.download_gcode(v, f / "out.gcode"), path_value=True),
    Helper("download_gcode", "dest", lambda c, v, f: c.download_gcode("q1", v), path_value=True),
    Helper("download_file", "file_id", lambda c, v, f: c.download_file(v, f / "out.stl"), path_value=True),
    Helper("download_file", "dest", lambda c, v, f: c.download_file("f1", v), path_value=True),
    Helper("cleanup", "file_id", lambda c, v, f: c.cleanup(v, ["q1"]), path_value=True),
    Helper("cleanup", "quote_ids", lambda c, v, f: c.cleanup("f1", v)),
    Helper("cleanup", "quote_ids[1]", lambda c, v, f: c.cleanup("f1", ["q1", v]), path_value=True),
]

FACTORIES: dict[str, Factory] = {
    "sync": lambda transport: CloudSlicer("token", base_url="https://slicer.test", transport=transport, retries=0),
    "async": lambda transport: AsyncCloudSlicer(
        "token", base_url="https://slicer.test", transport=transport, retries=0
    ),
}


@pytest.fixture
def files(tmp_path: Path) -> Path:
    box(tmp_path / "part.stl", (10, 10, 10))
    return tmp_path


@pytest.mark.parametrize(("helper", "value"), cases(PROFILES))
def test_profile_fields(helper: Helper, value: object, files: Path) -> None:
    check(FACTORIES["sync"], helper, value, files)


@pytest.mark.parametrize("flavor", FACTORIES)
@pytest.mark.parametrize(("helper", "value"), cases(HELPERS))
def test_client_helpers(flavor: str, helper: Helper, value: object, files: Path) -> None:
    check(FACTORIES[flavor], helper, value, files)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 10**400, "\ud800"], ids=repr)
def test_a_hand_built_profile_is_checked_field_by_field_before_the_upload(value: object, files: Path) -> None:
    hand_built = PrinterConfig(layer_height=0.2, color="white")
    if isinstance(value, str):
        hand_built.color = value
    else:
        hand_built.layer_height = value  # type: ignore[assignment]
    field = "color" if isinstance(value, str) else "layer_height"
    helper = Helper("quote_file", field, lambda c, v, f: c.quote_file(f / "part.stl", printer=v))
    check(FACTORIES["sync"], helper, hand_built, files)


def test_the_upload_link_refuses_an_upload_id_from_the_server_that_is_no_path_segment() -> None:
    from fabapi_core import UnexpectedResponse

    answer = {"upload_id": "..", "file_id": "f1"}
    transport = httpx.MockTransport(lambda request: httpx.Response(200, json=answer))
    with CloudSlicer("token", base_url="https://slicer.test", transport=transport) as slicer:
        with pytest.raises(UnexpectedResponse, match="upload_id"):
            slicer.upload_link()
