"""Cloud Slicer end to end: the client over loopback HTTP against the stateful mock, on real STLs."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from fabapi_cloudslicer import AsyncCloudSlicer, CloudSlicer, DoesNotFit, printer_profile
from fabapi_core import APIError, DeadlineExceeded, InvalidArgument, NotFound, UnprocessableEntity

from conformance.faults import ASGIApp, FaultProfile, Receive, Scope, Send, with_faults
from conformance.mocks.cloudslicer import CREDENTIALS, Store, create_app
from conformance.serving import serve
from conformance.stl_files import box
from tests.clock import Clock

TOKEN = CREDENTIALS["CLOUDSLICER_API_TOKEN"]


@dataclass
class Mock:
    url: str
    store: Store
    clock: Clock


@pytest.fixture
def mock() -> Iterator[Mock]:
    clock = Clock()
    store = Store(clock=clock)
    with serve(create_app(store=store)) as origin:
        yield Mock(url=origin, store=store, clock=clock)


@pytest.fixture
def slicer(mock: Mock) -> Iterator[CloudSlicer]:
    with CloudSlicer(TOKEN, base_url=mock.url) as client:
        yield client


def test_upload_printability_quote_gcode_delete(slicer: CloudSlicer, tmp_path: Path) -> None:
    stl = box(tmp_path / "bracket.stl", (20, 30, 10))
    result = slicer.quote_file(stl, gcode_to=tmp_path / "out" / "bracket.gcode")

    dims = result.printability.model_dimensions
    assert (dims.x, dims.y, dims.z) == pytest.approx((20, 30, 10))
    assert result.printability.fits_printer
    assert result.quote.total_price > 0 and result.quote.filament_weight > 0
    assert result.gcode_path is not None
    gcode = result.gcode_path.read_text()
    assert gcode.startswith(";") and "G1" in gcode

    record = slicer.quotes.get(result.quote.quote_id)
    assert record.quote_id == result.quote.quote_id
    assert slicer.download_file(result.file.file_id, tmp_path / "back.stl").read_bytes() == stl.read_bytes()

    slicer.cleanup(result.file.file_id)
    with pytest.raises(NotFound):
        slicer.quotes.get(result.quote.quote_id)  # deleting the file took its quotes along
    with pytest.raises(NotFound):
        slicer.files.download(result.file.file_id)


def test_ascii_stl_measures_the_same(slicer: CloudSlicer, tmp_path: Path) -> None:
    uploaded = slicer.upload_file(box(tmp_path / "ascii.stl", (12, 7, 3), ascii_=True))
    dims = slicer.part_info.check_printability(uploaded.file_id).model_dimensions
    assert (dims.x, dims.y, dims.z) == pytest.approx((12, 7, 3))


def test_quote_follows_the_profile(slicer: CloudSlicer, tmp_path: Path) -> None:
    stl = box(tmp_path / "cube.stl", (30, 30, 30))
    sparse = slicer.quote_file(stl, printer=printer_profile(fill_density=10)).quote
    dense = slicer.quote_file(stl, printer=printer_profile(fill_density=90)).quote
    fast = slicer.quote_file(stl, printer=printer_profile(fill_density=10, print_speed=300)).quote
    assert dense.filament_weight > sparse.filament_weight
    assert dense.total_price > sparse.total_price
    assert fast.estimated_time_seconds < sparse.estimated_time_seconds


def test_part_larger_than_the_bed_is_refused(slicer: CloudSlicer, tmp_path: Path) -> None:
    with pytest.raises(DoesNotFit):
        slicer.quote_file(box(tmp_path / "tall.stl", (10, 10, 300)))
    assert slicer.quote_file(box(tmp_path / "tall2.stl", (10, 10, 300)), printer=printer_profile(bed_size_z=320))


def test_browser_upload_link_is_single_use(slicer: CloudSlicer, tmp_path: Path) -> None:
    stl = box(tmp_path / "part.stl", (5, 5, 5))
    link = slicer.upload_link()
    # A browser posts the file without the token.
    with stl.open("rb") as stream:
        first = httpx.post(link.url, files={"file": ("part.stl", stream, "application/octet-stream")})
    assert first.status_code == 200
    assert first.json()["file_id"] == link.file_id
    with stl.open("rb") as stream:
        again = httpx.post(link.url, files={"file": ("part.stl", stream, "application/octet-stream")})
    assert again.status_code == 422
    assert again.json()["detail"][0]["loc"] == ["path", "upload_id"]
    assert slicer.part_info.check_printability(link.file_id).fits_printer


def test_failed_upload_does_not_use_up_the_link(slicer: CloudSlicer, tmp_path: Path) -> None:
    link = slicer.upload_link()
    refused = httpx.post(link.url, files={"file": ("notes.txt", b"not a model", "text/plain")})
    assert refused.status_code == 422
    assert "Unsupported file type" in refused.json()["detail"][0]["msg"]
    stl = box(tmp_path / "ok.stl", (5, 5, 5))
    with stl.open("rb") as stream:
        accepted = httpx.post(link.url, files={"file": ("ok.stl", stream, "application/octet-stream")})
    assert accepted.status_code == 200


def test_mock_refuses_corrupt_and_empty_stl_in_the_vendor_shape(mock: Mock) -> None:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    corrupt = b"\x00" * 80 + (3).to_bytes(4, "little") + b"\x01" * 20
    for content in (corrupt, b""):
        answer = httpx.post(f"{mock.url}/v1/file", headers=headers, files={"file": ("bad.stl", content)})
        assert answer.status_code == 422
        assert answer.json()["detail"][0]["loc"] == ["body", "file"]


def test_expired_upload_link_is_refused(slicer: CloudSlicer, mock: Mock, tmp_path: Path) -> None:
    from fabapi_cloudslicer.models.file_upload_form import FileUploadForm
    from fabapi_cloudslicer.types import File

    link = slicer.upload_link()
    mock.clock.now += 3601
    stl = box(tmp_path / "late.stl", (5, 5, 5))
    with stl.open("rb") as stream, pytest.raises(APIError) as caught:
        form = FileUploadForm(file=File(payload=stream, file_name="late.stl", mime_type="application/octet-stream"))
        slicer.files.upload_public(link.upload_id, body=form)
    assert caught.value.status_code == 422
    assert "expired" in str(caught.value.body)


def test_server_rejects_out_of_range_profile_with_422(slicer: CloudSlicer, tmp_path: Path) -> None:
    from fabapi_cloudslicer.models.printer_config import PrinterConfig
    from fabapi_cloudslicer.models.quote_request import QuoteRequest

    uploaded = slicer.upload_file(box(tmp_path / "cube.stl", (10, 10, 10)))
    # Bypassing the client's own check, as a hand-built request would.
    with pytest.raises(UnprocessableEntity) as caught:
        slicer.quotes.create(uploaded.file_id, body=QuoteRequest(printer_config=PrinterConfig(fill_density=101)))
    assert "fill_density" in str(caught.value.body)


async def test_async_twin_quotes_and_cleans_up(mock: Mock, tmp_path: Path) -> None:
    async with AsyncCloudSlicer(TOKEN, base_url=mock.url) as slicer:
        result = await slicer.quote_file(box(tmp_path / "a.stl", (8, 8, 8)), gcode_to=tmp_path / "a.gcode")
        assert result.gcode_path is not None and result.gcode_path.stat().st_size > 0
        uploads = await slicer.account.list_uploads()
        assert [u.file_id for u in uploads] == [result.file.file_id]
        await slicer.cleanup(result.file.file_id, [result.quote.quote_id])
        with pytest.raises(NotFound):
            await slicer.quotes.get(result.quote.quote_id)


def _uploaded(mock: Mock, tmp_path: Path) -> tuple[dict[str, str], str]:
    headers = {"Authorization": f"Bearer {TOKEN}"}
    stl = box(tmp_path / "cube.stl", (10, 10, 10)).read_bytes()
    answer = httpx.post(f"{mock.url}/v1/file", headers=headers, files={"file": ("cube.stl", stl)})
    return headers, str(answer.json()["file_id"])


def test_mock_refuses_null_for_a_declared_field_but_not_in_extras(mock: Mock, tmp_path: Path) -> None:
    headers, file_id = _uploaded(mock, tmp_path)
    url = f"{mock.url}/v1/quote/{file_id}"
    for body, loc in [
        ({"quote_config": None}, ["body", "quote_config"]),
        ({"printer_config": {"layer_height": None}}, ["body", "printer_config", "layer_height"]),
    ]:
        refused = httpx.post(url, headers=headers, json=body)
        assert refused.status_code == 422, refused.text
        assert [item["loc"] for item in refused.json()["detail"]] == [loc]
    # A property the schema does not declare may be anything, null included.
    assert httpx.post(url, headers=headers, json={"note": None, "quote_config": {}}).status_code == 200


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"printer_config": {"layer_height": 5e-324}}, "layer_height"),  # no finite time
        ({"printer_config": {"layer_height": 1e-9}}, "printer_config"),  # longer than a year
        ({"quote_config": {"cost_per_gram": 1e308, "base_price": 1.5e308}}, "quote_config"),  # no finite price
    ],
)
def test_mock_refuses_a_profile_that_cannot_be_sliced(
    mock: Mock, tmp_path: Path, body: dict[str, object], field: str
) -> None:
    headers, file_id = _uploaded(mock, tmp_path)
    refused = httpx.post(f"{mock.url}/v1/quote/{file_id}", headers=headers, json=body)
    assert refused.status_code == 422, refused.text
    assert field in refused.json()["detail"][0]["loc"]


# -- a timeout for the whole quote, G-code included ----------------------------------------------------------

MARGIN = 2.5  # seconds a loaded machine may add; the trickled G-code below would take about a minute


def _trickled_gcode(app: ASGIApp) -> ASGIApp:
    """The mock, except that G-code arrives 8 bytes at a time over a minute."""
    trickled = with_faults(app, FaultProfile.parse("trickle=1:60"))

    async def routed(scope: Scope, receive: Receive, send: Send) -> None:
        slow = scope["type"] == "http" and str(scope["path"]).startswith("/v1/quote/gcode/")
        await (trickled if slow else app)(scope, receive, send)

    return routed


def test_quote_file_ends_at_its_timeout_however_slowly_the_gcode_arrives(tmp_path: Path) -> None:
    stl = box(tmp_path / "tall.stl", (10, 20, 40))  # 200 layers: 8 KB of G-code
    out = tmp_path / "out"
    with serve(_trickled_gcode(create_app(store=Store()))) as origin, CloudSlicer(TOKEN, base_url=origin) as slicer:
        started = time.monotonic()
        with pytest.raises(DeadlineExceeded, match=r"tall\.gcode"):
            slicer.quote_file(stl, gcode_to=out / "tall.gcode", timeout=1)
        assert time.monotonic() - started < 1 + MARGIN
    assert list(out.iterdir()) == []


async def test_the_async_quote_file_ends_at_its_timeout_too(tmp_path: Path) -> None:
    stl = box(tmp_path / "tall.stl", (10, 20, 40))
    out = tmp_path / "out"
    with serve(_trickled_gcode(create_app(store=Store()))) as origin:
        async with AsyncCloudSlicer(TOKEN, base_url=origin) as slicer:
            started = time.monotonic()
            with pytest.raises(DeadlineExceeded, match=r"tall\.gcode"):
                await slicer.quote_file(stl, gcode_to=out / "tall.gcode", timeout=1)
            assert time.monotonic() - started < 1 + MARGIN
    assert list(out.iterdir()) == []


@pytest.mark.parametrize("timeout", [0, -1, float("nan")])
def test_a_quote_timeout_must_be_a_positive_number_of_seconds(
    slicer: CloudSlicer, tmp_path: Path, timeout: float
) -> None:
    with pytest.raises(InvalidArgument, match="timeout"):
        slicer.quote_file(box(tmp_path / "part.stl", (1, 1, 1)), timeout=timeout)
