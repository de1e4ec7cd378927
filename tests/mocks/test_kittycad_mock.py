"""Behaviour of the KittyCAD mock over real loopback HTTP (plain httpx, no SDK)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from conformance.mocks.kittycad import CREDENTIALS, Store, create_app
from conformance.serving import serve
from conformance.stl_files import box

TOKEN = CREDENTIALS["ZOO_API_TOKEN"]
SPEC = Path(__file__).resolve().parents[2] / "specs" / "kittycad" / "openapi.yaml"


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def origin(store: Store) -> Iterator[str]:
    with serve(create_app(store=store)) as url:
        yield url


@pytest.fixture
def api(origin: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=origin, headers={"Authorization": f"Bearer {TOKEN}"}, timeout=30) as client:
        yield client


@pytest.fixture
def cube(tmp_path: Path) -> bytes:
    return box(tmp_path / "cube.stl", (2, 3, 4)).read_bytes()


def _assert_error(response: httpx.Response, status: int, *words: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error_code", "message", "request_id"}
    assert body["request_id"] == response.headers["x-request-id"]
    for word in words:
        assert word in body["message"]
    return dict(body)


# -- authentication -------------------------------------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/ping", "/user", "/unit/conversion/length/inch/meter?value=1"])
def test_every_path_needs_a_bearer_token(origin: str, path: str) -> None:
    _assert_error(httpx.get(origin + path), 401, "bearer token")
    _assert_error(httpx.get(origin + path, headers={"Authorization": "Bearer not-a-token"}), 401)
    _assert_error(httpx.get(origin + path, headers={"Authorization": f"Basic {TOKEN}"}), 401)


def test_created_token_authenticates_until_deleted(api: httpx.Client, origin: str) -> None:
    created = api.post("/user/api-tokens")
    assert created.status_code == 201
    token = created.json()["token"]
    assert created.json()["is_valid"] is True
    own = {"Authorization": f"Bearer {token}"}
    assert httpx.get(origin + "/ping", headers=own).json() == {"message": "pong"}
    assert api.get(f"/user/api-tokens/{token}").json()["id"] == created.json()["id"]

    assert api.delete(f"/user/api-tokens/{token}").status_code == 204
    _assert_error(httpx.get(origin + "/ping", headers=own), 401)
    _assert_error(api.get(f"/user/api-tokens/{token}"), 404, token)
    _assert_error(api.delete(f"/user/api-tokens/{token}"), 404)


# -- pages ------------------------------------------------------------------------------------------


def test_token_pages_follow_next_page_in_order(api: httpx.Client) -> None:
    made = [api.post("/user/api-tokens").json()["token"] for _ in range(7)]
    seen: list[str] = []
    sizes: list[int] = []
    params: dict[str, Any] = {"sort_by": "created-at-ascending", "limit": 3}
    while True:
        page = api.get("/user/api-tokens", params=params).json()
        seen += [item["token"] for item in page["items"]]
        sizes.append(len(page["items"]))
        if page["next_page"] is None:
            break
        params["page_token"] = page["next_page"]
    assert seen == made
    assert sizes == [3, 3, 1]

    newest_first = api.get("/user/api-tokens", params={"sort_by": "created-at-descending"}).json()
    assert [item["token"] for item in newest_first["items"]] == made[::-1]


def test_unknown_page_token_and_sort_mode_are_refused(api: httpx.Client) -> None:
    _assert_error(api.get("/user/api-tokens", params={"sort_by": "created-at-ascending", "page_token": "junk"}), 400)
    _assert_error(api.get("/user/api-calls", params={"sort_by": "by-size"}), 400, "sort_by")
    _assert_error(api.get("/user/api-calls"), 400, "sort_by")


def test_every_authenticated_request_is_recorded_as_an_api_call(api: httpx.Client) -> None:
    api.get("/ping")
    api.get("/unit/conversion/length/inch/meter", params={"value": 2})
    api.get("/user/api-tokens/absent")
    calls = api.get("/user/api-calls", params={"sort_by": "created-at-ascending"}).json()["items"]
    assert [(c["method"], c["endpoint"], c["status_code"]) for c in calls] == [
        ("GET", "/ping", 200),
        ("GET", "/unit/conversion/length/inch/meter", 200),
        ("GET", "/user/api-tokens/absent", 404),
    ]
    assert calls[1]["request_query_params"] == "value=2"
    assert calls[0]["token"] == TOKEN
    one = api.get(f"/user/api-calls/{calls[1]['id']}").json()
    assert one == calls[1]
    _assert_error(api.get("/user/api-calls/00000000-0000-4000-8000-000000000000"), 404)


# -- units --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("family", "src", "out", "value", "expected"),
    [
        ("length", "inch", "millimeter", 1, 25.4),
        ("length", "mile", "kilometer", 1, 1.609344),
        ("length", "foot", "inch", 3, 36.0),
        ("mass", "pound", "gram", 1, 453.59237),
        ("mass", "kilogram", "ounce", 1, 35.27396194958041),
        ("temperature", "celsius", "fahrenheit", 100, 212.0),
        ("temperature", "fahrenheit", "celsius", -40, -40.0),
        ("temperature", "kelvin", "celsius", 0, -273.15),
        ("temperature", "rankine", "kelvin", 9, 5.0),
        ("volume", "gallon", "liter", 1, 3.785411784),
        ("volume", "cubic_foot", "cubic_inch", 1, 1728.0),
        ("volume", "liter", "cubic_centimeter", 1, 1000.0),
        ("metric/cubed", "unit", "milli", 1, 1e9),
        ("angle", "turn", "degree", 1, 360.0),
    ],
)
def test_unit_arithmetic(api: httpx.Client, family: str, src: str, out: str, value: float, expected: float) -> None:
    answer = api.get(f"/unit/conversion/{family}/{src}/{out}", params={"value": value})
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["output"] == pytest.approx(expected, rel=1e-15)
    assert (body["input"], body["src_format"], body["output_format"], body["status"]) == (value, src, out, "Completed")


def test_unit_errors(api: httpx.Client) -> None:
    _assert_error(api.get("/unit/conversion/length/inch/gram", params={"value": 1}), 400, "gram", "millimeter")
    _assert_error(api.get("/unit/conversion/length/inch/meter"), 400, "value")
    _assert_error(api.get("/unit/conversion/length/inch/meter", params={"value": "nan"}), 400, "finite")
    _assert_error(api.get("/unit/conversion/shoe-size/eu/us", params={"value": 1}), 404)
    # A result too large for a float fails the conversion, with the reason.
    huge = api.get("/unit/conversion/metric/cubed/exa/atto", params={"value": 1e300}).json()
    assert (huge["status"], huge["output"]) == ("Failed", None)
    assert "out of range" in huge["error"]


# -- files and async operations ---------------------------------------------------------------


def test_small_analyses_complete_at_once(api: httpx.Client, cube: bytes) -> None:
    def post(path: str, **params: Any) -> dict[str, Any]:
        answer = api.post(path, params={"src_format": "stl", **params}, content=cube)
        assert answer.status_code == 201, answer.text
        body: dict[str, Any] = answer.json()
        assert body["status"] == "Completed" and body["completed_at"] is not None
        return body

    assert post("/file/volume")["volume"] == pytest.approx(24)
    assert post("/file/surface-area")["surface_area"] == pytest.approx(2 * (6 + 8 + 12))
    assert post("/file/center-of-mass", material_density=2)["center_of_mass"] == pytest.approx([1, 1.5, 2])
    assert post("/file/mass", material_density=2.5)["mass"] == pytest.approx(60)
    assert post("/file/density", material_mass=48)["density"] == pytest.approx(2)


def test_conversion_output_is_base64_of_the_converted_file(api: httpx.Client, cube: bytes) -> None:
    answer = api.post("/file/conversion/stl/obj", content=cube, headers={"Content-Type": "application/octet-stream"})
    assert answer.status_code == 201
    text = base64.b64decode(answer.json()["output"]).decode()
    assert text.count("\nv ") == 36 and text.count("\nf ") == 12
    via_3d = api.post("/file/3d/conversion/stl/ply", content=cube).json()
    assert base64.b64decode(via_3d["output"]).startswith(b"ply\n")


@pytest.mark.parametrize(
    ("path", "words"),
    [
        ("/file/conversion/stl/stl", ["stl to stl"]),
        ("/file/conversion/svg/stl", ["svg to stl"]),
        ("/file/conversion/stl/svg", ["stl to svg"]),
        ("/file/conversion/stl/png", ["png"]),
        ("/file/3d/conversion/svg/stl", ["svg"]),
        ("/file/2d/vector/conversion/dxf/xyz", ["xyz"]),
    ],
)
def test_unsupported_conversions_are_refused(api: httpx.Client, cube: bytes, path: str, words: list[str]) -> None:
    _assert_error(api.post(path, content=cube), 400, *words)


def test_large_bodies_go_through_queued_in_progress_completed(api: httpx.Client, store: Store, cube: bytes) -> None:
    store.async_threshold = len(cube) - 1
    started = api.post("/file/volume", params={"src_format": "stl"}, content=cube).json()
    assert (started["status"], started["volume"], started["started_at"]) == ("Queued", None, None)
    ident = started["id"]
    readers = ["/async/operations/{}", "/file/conversions/{}", "/user/file/conversions/{}"]
    seen = [api.get(reader.format(ident)).json() for reader in readers]
    assert [s["status"] for s in seen] == ["In Progress", "Completed", "Completed"]
    assert all(s["type"] == "FileVolume" for s in seen)
    assert seen[1]["volume"] == pytest.approx(24) and seen[1]["completed_at"] is not None
    _assert_error(api.get("/async/operations/not-an-operation"), 404)


def test_operations_fail_with_the_reason(api: httpx.Client, cube: bytes) -> None:
    step = api.post("/file/volume", params={"src_format": "step"}, content=b"ISO-10303-21;").json()
    assert (step["status"], step["volume"]) == ("Failed", None)
    assert "stl" in step["error"]
    broken = api.post("/file/surface-area", params={"src_format": "stl"}, content=b"solid nope").json()
    assert broken["status"] == "Failed" and broken["error"]
    negative = api.post("/file/mass", params={"src_format": "stl", "material_density": -1}, content=cube).json()
    assert negative["status"] == "Failed" and "positive" in negative["error"]
    kept = api.get(f"/async/operations/{step['id']}").json()
    assert (kept["type"], kept["error"]) == ("FileVolume", step["error"])


def test_malformed_file_requests(api: httpx.Client, cube: bytes) -> None:
    _assert_error(api.post("/file/volume", params={"src_format": "stl"}), 400, "missing request body")
    _assert_error(api.post("/file/volume", params={"src_format": "3mf"}, content=cube), 400, "src_format")
    _assert_error(api.post("/file/mass", params={"src_format": "stl"}, content=cube), 400, "material_density")


# -- user, payments, sessions, meta -------------------------------------------------------------


def test_user_update_and_delete(api: httpx.Client) -> None:
    updated = api.put("/user", json={"first_name": "Ada", "last_name": "Lovelace", "company": "Engines"}).json()
    assert (updated["name"], updated["company"]) == ("Ada Lovelace", "Engines")
    assert api.get("/user").json() == updated
    extended = api.get("/user/extended").json()
    assert extended["stripe_id"] and extended["first_name"] == "Ada"
    _assert_error(api.put("/user", json={"phone": None}), 400, "phone")
    _assert_error(api.put("/user", json={"phone": 5}), 400, "phone")
    _assert_error(api.put("/user", content=b"{"), 400, "JSON")

    api.post("/user/api-tokens")
    assert api.delete("/user").status_code == 204
    fresh = api.get("/user").json()
    assert fresh["first_name"] == "Mock"
    assert api.get("/user/api-tokens", params={"sort_by": "created-at-ascending"}).json()["items"] == []


def test_payment_information_lifecycle(api: httpx.Client) -> None:
    assert api.get("/user/payment").json()["id"] == "cus_mock0001"
    changed = api.put("/user/payment", json={"name": "Ada", "address": {"city": "London"}}).json()
    assert (changed["name"], changed["address"]["city"]) == ("Ada", "London")
    assert api.delete("/user/payment").status_code == 204
    _assert_error(api.get("/user/payment"), 404)
    _assert_error(api.put("/user/payment", json={"name": "Ada"}), 404)
    created = api.post("/user/payment", json={"name": "Grace", "phone": "+1-555-0199"})
    assert created.status_code == 201 and created.json()["name"] == "Grace"
    assert api.get("/user/payment/balance").json()["monthly_credits_remaining"] == 100
    assert [i["number"] for i in api.get("/user/payment/invoices").json()] == ["MOCK-0001", "MOCK-0002"]
    assert api.get("/user/payment/methods").json()[0]["card"]["last4"] == "4242"


def test_session_constants_and_the_served_document(api: httpx.Client, store: Store) -> None:
    session_token = next(iter(store.sessions))
    assert api.get(f"/user/session/{session_token}").json()["session_token"] == session_token
    _assert_error(api.get("/user/session/00000000-0000-4000-8000-000000000000"), 404)
    assert api.get("/constant/physics/speed_of_light").json()["value"] == 299_792_458
    _assert_error(api.get("/constant/physics/hbar"), 400, "constant")
    served = api.get("/").json()
    assert served == yaml.safe_load(SPEC.read_text(encoding="utf-8"))


def test_wrong_method_lists_the_allowed_ones(api: httpx.Client) -> None:
    answer = api.delete("/ping")
    _assert_error(answer, 405)
    assert answer.headers["allow"] == "GET"
    assert set(api.patch("/user/payment").headers["allow"].split(", ")) == {"GET", "POST", "PUT", "DELETE"}
