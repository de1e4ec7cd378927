"""KittyCAD helpers refuse bad input before any request is sent."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from fabapi_core import InvalidArgument, MissingCredential, UnexpectedResponse
from fabapi_kittycad import KittyCAD


def _no_request(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"no request may be sent, got {request.method} {request.url}")


@pytest.fixture
def kc() -> Iterator[KittyCAD]:
    with KittyCAD("tok", transport=httpx.MockTransport(_no_request)) as client:
        yield client


@pytest.fixture
def step(tmp_path: Path) -> Path:
    path = tmp_path / "bracket.step"
    path.write_bytes(b"ISO-10303-21;\nEND-ISO-10303-21;\n")
    return path


@pytest.mark.parametrize(
    ("source", "to", "named"),
    [
        ("bracket.step", "step", "to"),  # nothing converts to itself
        ("drawing.svg", "stl", "to"),  # a 2D vector file has no 3D output
        ("bracket.step", "png", "to"),  # png is a 2D output only
        ("bracket.step", "docx", "to"),  # not an output format at all
        ("bracket.xyz", "stl", "src_format"),  # not a source format
    ],
)
def test_unsupported_pairs_are_refused(kc: KittyCAD, tmp_path: Path, source: str, to: str, named: str) -> None:
    path = tmp_path / source
    path.write_bytes(b"data")
    with pytest.raises(InvalidArgument) as caught:
        kc.convert_file(path, to=to)
    assert caught.value.argument == named


def test_missing_file(kc: KittyCAD, tmp_path: Path) -> None:
    with pytest.raises(InvalidArgument, match="no such file") as caught:
        kc.convert_file(tmp_path / "absent.step", to="stl")
    assert caught.value.argument == "path"


def test_file_without_extension_needs_a_format(kc: KittyCAD, tmp_path: Path) -> None:
    path = tmp_path / "part"
    path.write_bytes(b"data")
    with pytest.raises(InvalidArgument, match="src_format"):
        kc.convert_file(path, to="stl")


@pytest.mark.parametrize("density", [0, -1.5, float("nan"), True])
def test_non_positive_density(kc: KittyCAD, step: Path, density: float) -> None:
    with pytest.raises(InvalidArgument, match="material_density"):
        kc.mass(step, material_density=density)


def test_non_positive_mass(kc: KittyCAD, step: Path) -> None:
    with pytest.raises(InvalidArgument, match="material_mass"):
        kc.density(step, material_mass=0)


def test_unknown_unit_and_family(kc: KittyCAD) -> None:
    with pytest.raises(InvalidArgument, match="'smoot' is not a length unit") as caught:
        kc.convert_units("length", 1, "smoot", "millimeter")
    assert caught.value.argument == "from_unit"
    with pytest.raises(InvalidArgument, match="unknown unit family 'smell'"):
        kc.convert_units("smell", 1, "a", "b")
    with pytest.raises(InvalidArgument, match="finite number"):
        kc.convert_units("length", float("inf"), "inch", "millimeter")


def test_every_unit_family_of_the_spec_is_known() -> None:
    from fabapi_kittycad import _units
    from fabapi_kittycad._resources import OPERATIONS

    unit_operations = [info for info in OPERATIONS.values() if info.resource == "unit"]
    assert len(_units.families()) == len(unit_operations) == 29


def test_token_is_required_and_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ZOO_API_TOKEN", raising=False)
    monkeypatch.delenv("KITTYCAD_API_TOKEN", raising=False)
    # Both names are offered, Zoo's current one first.
    with pytest.raises(
        MissingCredential, match=r"set the ZOO_API_TOKEN environment variable \(or KITTYCAD_API_TOKEN\)"
    ):
        KittyCAD()
    client = KittyCAD("super-secret-token-value", transport=httpx.MockTransport(_no_request))
    assert "super-secret-token-value" not in repr(client)
    client.close()


def _answering(*bodies: tuple[int, dict[str, object]]) -> KittyCAD:
    replies = iter(bodies)

    def answer(request: httpx.Request) -> httpx.Response:
        status, body = next(replies)
        return httpx.Response(status, json=body)

    return KittyCAD("tok", transport=httpx.MockTransport(answer))


def test_a_conversion_output_that_is_not_base64_is_an_unexpected_response(step: Path) -> None:
    # Five characters of data can be no base64 at all, padded or not, standard or URL-safe.
    done: dict[str, object] = {"id": "6f3c0a1e-0000-4000-8000-000000000001", "status": "Completed", "output": "a!b-c"}
    with (
        _answering((201, done)) as kc,
        pytest.raises(UnexpectedResponse, match="not base64") as caught,
    ):
        kc.convert_file(step, to="stl")
    assert caught.value.status_code == 201


def test_a_polled_result_without_its_value_is_an_unexpected_response(step: Path) -> None:
    ident = "6f3c0a1e-0000-4000-8000-000000000002"
    with (
        _answering(
            (201, {"id": ident, "status": "Queued"}),
            (200, {"type": "FileVolume", "id": ident, "status": "Completed"}),
        ) as kc,
        pytest.raises(UnexpectedResponse, match="without volume") as caught,
    ):
        kc.volume(step, timeout=5)
    assert caught.value.status_code == 200
