"""fabapi-kittycad end to end: the client over loopback HTTP against the stateful mock."""

from __future__ import annotations

import base64
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from fabapi_core import NotFound, PollTimeout
from fabapi_kittycad import AsyncKittyCAD, KittyCAD, OperationFailed
from fabapi_kittycad._kittycad import _decoded
from fabapi_kittycad.models import ApiCallStatus, AsyncFileVolume, CreatedAtSortMode
from fabapi_kittycad.types import File

from conformance.mocks.kittycad import CREDENTIALS, Store, create_app
from conformance.mocks.kittycad.store import ASYNC_THRESHOLD
from conformance.serving import serve
from conformance.stl_files import box, repeated_boxes

TOKEN = CREDENTIALS["ZOO_API_TOKEN"]


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def origin(store: Store) -> Iterator[str]:
    with serve(create_app(store=store)) as url:
        yield url


@pytest.fixture
def kc(origin: str) -> Iterator[KittyCAD]:
    with KittyCAD(TOKEN, base_url=origin, allow_insecure_http=True) as client:
        yield client


@pytest.fixture
def cube(tmp_path: Path) -> Path:
    return box(tmp_path / "cube.stl", (2, 3, 4))


_NAMES = ("ZOO_API_TOKEN", "KITTYCAD_API_TOKEN", "ZOO_HOST", "KITTYCAD_BASE_URL")


@pytest.mark.parametrize(
    ("token_var", "host_var"), [("ZOO_API_TOKEN", "ZOO_HOST"), ("KITTYCAD_API_TOKEN", "KITTYCAD_BASE_URL")]
)
def test_token_and_host_from_either_name(
    origin: str, monkeypatch: pytest.MonkeyPatch, token_var: str, host_var: str
) -> None:
    """Zoo's current names and KittyCAD's old ones each work alone."""
    for name in _NAMES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv(token_var, TOKEN)
    monkeypatch.setenv(host_var, origin)
    with KittyCAD(allow_insecure_http=True) as client:
        assert client.base_url == origin
        assert client.meta.ping().message == "pong"
        assert TOKEN not in repr(client)


def test_the_current_names_win_when_both_are_set(origin: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ZOO_API_TOKEN", TOKEN)
    monkeypatch.setenv("KITTYCAD_API_TOKEN", "stale-kittycad-token-0001")
    monkeypatch.setenv("ZOO_HOST", origin)
    monkeypatch.setenv("KITTYCAD_BASE_URL", "https://old.kittycad.example.test")
    with KittyCAD(allow_insecure_http=True) as client:
        assert client.base_url == origin
        # The mock refuses any token but its own, so an answer means ZOO_API_TOKEN was sent.
        assert client.meta.ping().message == "pong"
        assert TOKEN not in repr(client)


def test_convert_file_returns_bytes_or_writes_a_path(kc: KittyCAD, cube: Path, tmp_path: Path) -> None:
    data = kc.convert_file(cube, to="obj")
    assert isinstance(data, bytes)
    assert data.count(b"\nv ") == 36 and data.count(b"\nf ") == 12
    written = kc.convert_file(cube, to="ply", output=tmp_path / "out" / "cube.ply")
    assert written == tmp_path / "out" / "cube.ply"
    assert isinstance(written, Path) and written.read_bytes().startswith(b"ply\n")


def test_analysis_helpers(kc: KittyCAD, cube: Path) -> None:
    assert kc.volume(cube) == pytest.approx(24)
    assert kc.surface_area(cube) == pytest.approx(52)
    assert kc.center_of_mass(cube, material_density=2) == pytest.approx([1, 1.5, 2])
    assert kc.mass(cube, material_density=2.5) == pytest.approx(60)
    assert kc.density(cube, material_mass=48) == pytest.approx(2)


def test_a_file_over_25_mb_goes_asynchronous_and_is_awaited(kc: KittyCAD, store: Store, tmp_path: Path) -> None:
    big = repeated_boxes(tmp_path / "big.stl", ASYNC_THRESHOLD + 1024)
    assert store.async_threshold == ASYNC_THRESHOLD and big.stat().st_size > ASYNC_THRESHOLD
    sent: list[tuple[int, int | None]] = []

    volume = kc.volume(big, progress=lambda done, total: sent.append((done, total)))

    copies = (big.stat().st_size - 84) // (50 * 12)
    assert volume == pytest.approx(copies)
    # Streamed in chunks, never one whole-file read; and it really went through the queue.
    assert len(sent) > 10 and sent[-1] == (big.stat().st_size, big.stat().st_size)
    (operation,) = store.operations.values()
    assert operation.record["status"] == "Completed" and operation.steps == []


def test_wait_reports_progress_and_times_out(kc: KittyCAD, store: Store, cube: Path) -> None:
    store.async_threshold = 10
    seen: list[Any] = []
    started = kc.file.create_volume(body=_body(cube), src_format="stl")
    assert started.status == ApiCallStatus.QUEUED
    finished = kc.wait(started, interval=0.01, on_progress=seen.append)
    assert [s.status for s in seen] == [ApiCallStatus.IN_PROGRESS, ApiCallStatus.COMPLETED]
    assert isinstance(finished, AsyncFileVolume) and finished.volume == pytest.approx(24)

    stuck = kc.file.create_volume(body=_body(cube), src_format="stl")
    store.operations[str(stuck.id)].steps = ["In Progress"] * 10_000
    with pytest.raises(PollTimeout):
        kc.wait(stuck, timeout=0.3, interval=0.01)


def _body(path: Path) -> File:
    return File(payload=io.BytesIO(path.read_bytes()), file_name=path.name)


def test_failed_operation_raises_with_the_servers_text(kc: KittyCAD, store: Store, tmp_path: Path) -> None:
    step = tmp_path / "bracket.step"
    step.write_bytes(b"ISO-10303-21;\nEND-ISO-10303-21;\n")
    with pytest.raises(OperationFailed, match="stl files only") as caught:
        kc.volume(step)
    assert caught.value.error is not None and "step" in caught.value.error

    store.async_threshold = 10  # and when the failure arrives while waiting
    with pytest.raises(OperationFailed, match="the stl file has no usable triangles"):
        kc.surface_area(step, src_format="stl")


def test_unit_conversion_with_plain_numbers(kc: KittyCAD) -> None:
    assert kc.convert_units("length", 1, "inch", "millimeter") == 25.4
    assert kc.convert_units("temperature", 100, "celsius", "fahrenheit") == 212.0
    assert kc.convert_units("mass", 1, "pound", "gram") == pytest.approx(453.59237)
    assert kc.convert_units("volume", 1, "gallon", "liter") == pytest.approx(3.785411784)
    assert kc.convert_units("metric-cubed", 1, "unit", "milli") == 1e9


def test_token_lists_iterate_across_next_page(kc: KittyCAD) -> None:
    made = [str(kc.api_tokens.create().token) for _ in range(7)]
    listed = [str(t.token) for t in kc.api_tokens.list(sort_by=CreatedAtSortMode.CREATED_AT_ASCENDING, limit=3)]
    assert listed == made
    pages = list(kc.api_tokens.list(sort_by="created-at-ascending", limit=3).pages())
    assert [len(page.items) if isinstance(page.items, list) else None for page in pages] == [3, 3, 1]

    kc.api_tokens.delete(made[0])
    with pytest.raises(NotFound) as caught:
        kc.api_tokens.get(made[0])
    assert caught.value.request_id and "not found" in str(caught.value)


def test_api_calls_are_listed_with_their_endpoints(kc: KittyCAD) -> None:
    kc.meta.ping()
    kc.users.get_self()
    endpoints = [c.endpoint for c in kc.api_calls.list(sort_by="created-at-ascending")]
    assert endpoints[:2] == ["/ping", "/user"]


def test_raw_response_keeps_status_headers_and_bytes(kc: KittyCAD) -> None:
    raw = kc.with_raw_response.meta.ping()
    assert raw.status_code == 200 and raw.headers["x-request-id"]
    assert raw.parsed is not None and raw.parsed.message == "pong" and b"pong" in raw.content


async def test_async_twin(origin: str, cube: Path, tmp_path: Path, store: Store) -> None:
    async with AsyncKittyCAD(TOKEN, base_url=origin, allow_insecure_http=True) as akc:
        assert await akc.volume(cube) == pytest.approx(24)
        assert await akc.convert_units("length", 3, "foot", "inch") == 36.0
        store.async_threshold = 10
        out = await akc.convert_file(cube, to="obj", output=tmp_path / "cube.obj")
        assert isinstance(out, Path) and out.read_bytes().count(b"\nf ") == 12
        made = [(await akc.api_tokens.create()).token for _ in range(4)]
        listed = [t.token async for t in akc.api_tokens.list(sort_by="created-at-ascending", limit=3)]
        assert listed == made
        step = tmp_path / "part.step"
        step.write_bytes(b"ISO-10303-21;")
        with pytest.raises(OperationFailed, match="stl files only"):
            await akc.mass(step, material_density=1.2)


@dataclass
class _Done:
    output: str


def test_output_decoding_accepts_the_url_safe_alphabet() -> None:
    payload = bytes(range(256))
    assert _decoded(_Done(base64.urlsafe_b64encode(payload).decode().rstrip("=")), 201) == payload
    assert _decoded(_Done(base64.b64encode(payload).decode()), 201) == payload
