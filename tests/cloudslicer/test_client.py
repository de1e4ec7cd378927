"""The Cloud Slicer client's contract without a server: profiles, file checks, auth, streaming.

A test transport records what would be sent; "nothing was sent" is checked, not assumed.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from fabapi_cloudslicer import CloudSlicer, DoesNotFit, pricing_profile, printer_profile
from fabapi_cloudslicer._resources import OPERATIONS
from fabapi_core import InvalidArgument, MissingCredential, RetryPolicy

from conformance.stl_files import box

TOKEN = "cs-token-0123456789"
Handler = Callable[[httpx.Request], httpx.Response]


def _client(handler: Handler) -> tuple[CloudSlicer, list[httpx.Request]]:
    seen: list[httpx.Request] = []

    def record(request: httpx.Request) -> httpx.Response:
        request.read()
        seen.append(request)
        return handler(request)

    transport = httpx.MockTransport(record)
    return CloudSlicer(TOKEN, base_url="https://slicer.test", transport=transport, retries=RetryPolicy.none()), seen


def _never(request: httpx.Request) -> httpx.Response:
    raise AssertionError(f"nothing should have been sent, got {request.method} {request.url}")


def test_every_operation_of_the_spec_is_reachable() -> None:
    import yaml

    from registry.vendors import REPO_ROOT

    spec = yaml.safe_load((REPO_ROOT / "specs" / "cloudslicer" / "openapi.yaml").read_text(encoding="utf-8"))
    ids = {op["operationId"] for item in spec["paths"].values() for op in item.values() if isinstance(op, dict)}
    assert set(OPERATIONS) == ids
    client, _ = _client(_never)
    for info in OPERATIONS.values():
        assert callable(getattr(getattr(client, info.resource), info.method))
    assert {op for op, info in OPERATIONS.items() if info.unsafe} == {"quoteFile", "quoteFileDeprecated"}


def test_profiles_carry_the_vendor_defaults() -> None:
    printer = printer_profile().to_dict()
    assert (printer["bed_size_x"], printer["bed_size_y"], printer["bed_size_z"]) == (210, 210, 250)
    assert (printer["fill_density"], printer["layer_height"], printer["filament_type"]) == (20, 0.2, "PLA")
    assert pricing_profile().to_dict() == {"currency": "USD", "cost_per_hour": 2.5, "cost_per_gram": 0.02,
                                           "base_price": 5.0}  # fmt: skip
    assert printer_profile(fill_density=100, filament_type="PETG").to_dict()["filament_type"] == "PETG"


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: printer_profile(fill_density=101), "fill_density"),
        (lambda: printer_profile(fill_density=-1), "fill_density"),
        (lambda: printer_profile(layer_height=0), "layer_height"),
        (lambda: printer_profile(print_speed="fast"), "print_speed"),
        (lambda: printer_profile(nozzle=0.4), "nozzle"),
        (lambda: pricing_profile(base_price=-5), "base_price"),
    ],
)
def test_profile_values_out_of_range_are_named(build: Callable[[], object], field: str) -> None:
    with pytest.raises(InvalidArgument) as caught:
        build()
    assert caught.value.argument == field


def test_hand_built_profile_is_checked_before_sending(tmp_path: Path) -> None:
    from fabapi_cloudslicer.models.printer_config import PrinterConfig

    client, seen = _client(_never)
    with pytest.raises(InvalidArgument, match="fill_density"):
        client.quote_file(box(tmp_path / "cube.stl", (10, 10, 10)), printer=PrinterConfig(fill_density=150))
    assert seen == []


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("part.step", b"ISO-10303-21;", "unsupported file type .step"),
        ("empty.stl", b"", "is empty"),
        ("broken.stl", b"\x00" * 80 + (5).to_bytes(4, "little") + b"\x01" * 30, "not a valid STL"),
        ("noise.stl", b"solid but no triangles here", "not a valid STL"),
    ],
)
def test_bad_files_are_refused_before_any_upload(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    client, seen = _client(_never)
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InvalidArgument, match=message):
        client.upload_file(path)
    assert seen == []


def test_upload_sends_the_file_bytes_with_the_bearer_token(tmp_path: Path) -> None:
    stl = box(tmp_path / "cube.stl", (10, 10, 10))

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json={"user_id": "u", "file_id": "f1", "file_path": "p", "status": "success",
                                         "timestamp": "t", "file_name": "cube.stl", "file_size": 0.001})  # fmt: skip

    client, seen = _client(answer)
    uploaded = client.upload_file(stl)
    assert uploaded.file_id == "f1"
    request = seen[0]
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    assert request.headers["content-type"].startswith("multipart/form-data")
    assert stl.read_bytes() in request.content
    assert b'name="file"; filename="cube.stl"' in request.content


def test_part_that_does_not_fit_is_not_quoted(tmp_path: Path) -> None:
    stl = box(tmp_path / "tall.stl", (10, 10, 400))
    upload = {"user_id": "u", "file_id": "f1", "file_path": "p", "status": "success", "timestamp": "t",
              "file_name": "tall.stl", "file_size": 0.001}  # fmt: skip
    printability = {"user_id": "u", "file_path": "p", "fits_printer": False,
                    "model_dimensions": {"x": 10, "y": 10, "z": 400},
                    "printer_dimensions": {"x": 210, "y": 210, "z": 250}}  # fmt: skip

    def answer(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, json=upload if request.url.path == "/v1/file" else printability)

    client, seen = _client(answer)
    with pytest.raises(DoesNotFit, match="does not fit"):
        client.quote_file(stl)
    assert [r.url.path for r in seen] == ["/v1/file", "/v1/printability/f1"]
    assert json.loads(seen[1].content) == {"x": 210, "y": 210, "z": 250}


def test_token_from_environment_and_never_shown(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CLOUDSLICER_API_TOKEN", raising=False)
    with pytest.raises(MissingCredential, match="CLOUDSLICER_API_TOKEN"):
        CloudSlicer()
    monkeypatch.setenv("CLOUDSLICER_API_TOKEN", TOKEN)
    client = CloudSlicer()
    assert TOKEN not in repr(client)


def test_client_settings_are_checked_before_any_request() -> None:
    from fabapi_cloudslicer import CloudSlicer
    from fabapi_core import InvalidArgument

    with pytest.raises(InvalidArgument, match="plain http") as caught:
        CloudSlicer("tok", base_url="http://slicer.example.com")
    assert caught.value.argument == "base_url"
    CloudSlicer("tok", base_url="http://slicer.example.com", allow_insecure_http=True).close()
    with pytest.raises(InvalidArgument, match="timeout"):
        CloudSlicer("tok", timeout=-1)
    with pytest.raises(InvalidArgument, match="retries"):
        CloudSlicer("tok", retries=-1)
