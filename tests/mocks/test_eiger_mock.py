"""Behaviour of the Eiger mock over real loopback HTTP (plain httpx, no SDK)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from conformance.mocks.eiger import Store, create_app
from conformance.mocks.eiger.store import seeded_id
from conformance.serving import serve

AUTH = ("mock-access-key", "mock-secret-key")
PRINTER01 = str(seeded_id("device", "Printer01"))
PRINTER02 = str(seeded_id("device", "Printer02"))
PRINTER04 = str(seeded_id("device", "Printer04"))
BUILD01 = str(seeded_id("build", "Build01"))
BRACKETS = str(seeded_id("build", "Bracket Batch"))
GEAR_HOUSING = str(seeded_id("build", "Gear Housing"))
IMPELLER = str(seeded_id("build", "Metal Impeller"))
UNKNOWN = "00000000-0000-4000-8000-000000000000"


@pytest.fixture
def store() -> Store:
    return Store()


@pytest.fixture
def api(store: Store, tmp_path: Path) -> Iterator[httpx.Client]:
    spec = tmp_path / "openapi.yaml"
    spec.write_text("openapi: 3.0.1\n", encoding="utf-8")
    with (
        serve(create_app(store=store, spec_path=spec)) as origin,
        httpx.Client(base_url=origin + "/api/v3", auth=AUTH, timeout=10) as client,
    ):
        yield client


def assert_error(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"message"} and isinstance(body["message"], str) and body["message"]
    assert int(response.headers["x-reference-id"]) > 0
    return dict(body)


def test_auth_is_required(api: httpx.Client) -> None:
    assert_error(api.get("/devices", auth=None), 401)
    response = api.get("/devices", auth=("mock-access-key", "wrong"))
    assert_error(response, 401)
    assert response.headers["www-authenticate"].lower().startswith("basic")
    assert api.get("/devices").status_code == 200


def test_spec_document_is_served_without_auth(api: httpx.Client) -> None:
    origin = str(api.base_url).removesuffix("/api/v3/").removesuffix("/api/v3")
    response = httpx.get(origin + "/openapi.yaml")
    assert response.status_code == 200
    assert response.text.startswith("openapi:")


def test_pagination_walks_every_print_job(api: httpx.Client, store: Store) -> None:
    seen: list[str] = []
    page = 1
    while True:
        body = api.get("/print_jobs", params={"page[size]": 2, "page[number]": page}).json()
        assert len(body["items"]) <= 2
        seen += [item["id"] for item in body["items"]]
        if not body["has_more_items"]:
            break
        page += 1
    assert page > 1
    assert sorted(seen) == sorted(str(job_id) for job_id in store.print_jobs)
    # Default order is newest first.
    created = [item["created_at"] for item in api.get("/print_jobs").json()["items"]]
    assert created == sorted(created, reverse=True)


@pytest.mark.parametrize("size", ["0", "1001", "ten"])
def test_page_size_out_of_range_is_rejected(api: httpx.Client, size: str) -> None:
    assert_error(api.get("/builds", params={"page[size]": size}), 400)


def test_filters(api: httpx.Client) -> None:
    devices = api.get("/devices", params={"filter[name][eq]": "Printer02"}).json()["items"]
    assert [d["id"] for d in devices] == [PRINTER02]
    assert devices[0]["state"] == "Printing" and devices[0]["active_job"]["state"] == "Printing"

    completed = api.get("/print_jobs", params={"filter[state][eq]": "Completed"}).json()["items"]
    assert completed and {job["state"] for job in completed} == {"Completed"}

    since = "2024-05-01T00:00:00Z"
    recent = api.get("/print_jobs", params={"filter[started_at][ge]": since}).json()["items"]
    assert recent and all(job["started_at"] >= since for job in recent)

    on_printer = api.get("/print_jobs", params={"filter[device][eq]": PRINTER01}).json()["items"]
    assert on_printer and {job["device"]["id"] for job in on_printer} == {PRINTER01}

    big = api.get("/builds", params={"filter[part_count][ge]": 3}).json()["items"]
    assert big and all(build["part_count"] >= 3 for build in big)

    noted = api.get("/printed_parts", params={"filter[notes][eq]": "Customer B"}).json()["items"]
    assert noted and {part["notes"] for part in noted} == {"Customer B"}

    assert_error(api.get("/print_jobs", params={"filter[state][eq]": "Exploded"}), 400)
    assert_error(api.get("/print_jobs", params={"filter[created_at][ge]": "yesterday"}), 400)


def test_sorting(api: httpx.Client) -> None:
    names = [d["name"] for d in api.get("/devices", params={"sort[order]": "desc"}).json()["items"]]
    assert names == sorted(names, reverse=True)
    titles = [b["title"] for b in api.get("/builds", params={"sort[by]": "title"}).json()["items"]]
    assert titles == sorted(titles, key=str.casefold)
    assert_error(api.get("/builds", params={"sort[by]": "colour"}), 400)


def test_print_to_printer_then_busy(api: httpx.Client, store: Store) -> None:
    assert api.get(f"/devices/{PRINTER01}").json()["state"] == "Ready"
    response = api.post(f"/devices/{PRINTER01}", json={"build": BUILD01})
    assert response.status_code == 201, response.text
    job = response.json()
    assert job["state"] == "Printing"

    device = api.get(f"/devices/{PRINTER01}").json()
    assert device["state"] == "Printing"
    assert device["active_job"]["id"] == job["id"]
    assert device["active_job"]["build"]["id"] == BUILD01

    read = api.get(f"/print_jobs/{job['id']}").json()
    assert read["device"]["id"] == PRINTER01 and read["build"]["id"] == BUILD01

    assert_error(api.post(f"/devices/{PRINTER01}", json={"build": BUILD01}), 409)

    # The test hook ends the print: the printer is ready again and the parts exist.
    store.finish_active_job(seeded_id("device", "Printer01"))
    device = api.get(f"/devices/{PRINTER01}").json()
    assert device["state"] == "Ready" and "active_job" not in device
    assert api.get(f"/print_jobs/{job['id']}").json()["state"] == "Completed"
    assert len(api.get(f"/print_jobs/{job['id']}/scan_report").json()) == 2
    assert api.post(f"/devices/{PRINTER01}", json={"build": BUILD01}).status_code == 201


def test_print_to_printer_rejections(api: httpx.Client) -> None:
    # Metal build on an industrial printer.
    assert_error(api.post(f"/devices/{PRINTER01}", json={"build": IMPELLER}), 400)
    # Approvals are on and the gear housing is not approved.
    assert_error(api.post(f"/devices/{PRINTER01}", json={"build": GEAR_HOUSING}), 400)
    assert_error(api.post(f"/devices/{PRINTER01}", json={"build": UNKNOWN}), 404)
    assert_error(api.post(f"/devices/{UNKNOWN}", json={"build": BUILD01}), 404)
    assert_error(api.post(f"/devices/{PRINTER02}", json={"build": BUILD01}), 409)


def test_queue_add_read_remove(api: httpx.Client) -> None:
    before = api.get(f"/devices/{PRINTER04}/queue").json()
    assert before["queue"] == [] and before["device"]["queue_length"] == 0

    response = api.post(f"/devices/{PRINTER04}/queue", json={"build": BRACKETS})
    assert response.status_code == 201, response.text
    queued = response.json()
    assert queued["state"] == "Queued"

    read = api.get(f"/devices/{PRINTER04}/queue/{queued['id']}").json()
    assert read["build"]["id"] == BRACKETS
    after = api.get(f"/devices/{PRINTER04}/queue").json()
    assert [q["id"] for q in after["queue"]] == [queued["id"]]
    assert after["device"]["queue_length"] == 1
    assert after["device"]["queue_estimated_time_seconds"] == 3 * 3600

    assert api.delete(f"/devices/{PRINTER04}/queue/{queued['id']}").status_code == 204
    assert_error(api.get(f"/devices/{PRINTER04}/queue/{queued['id']}"), 404)
    assert_error(api.delete(f"/devices/{PRINTER04}/queue/{queued['id']}"), 404)
    assert api.get(f"/devices/{PRINTER04}/queue").json()["queue"] == []

    assert_error(api.post(f"/devices/{PRINTER04}/queue", json={"build": UNKNOWN}), 404)


def test_upload_and_slice_progression(api: httpx.Client) -> None:
    owner = api.get("/users", params={"filter[email][eq]": "owner@example.com"}).json()["items"][0]
    stl = b"solid t\nendsolid t\n"
    response = api.post(
        "/parts/upload_stl",
        files={"stlFile": ("t.stl", stl, "model/stl")},
        data={"title": "Test Part", "userId": owner["id"]},
    )
    assert response.status_code == 201, response.text
    created = response.json()

    version = api.get(f"/part_versions/{created['part_version_id']}").json()
    assert version["title"] == "Test Part" and version["sliced"] is False
    part = api.get(f"/parts/{version['part_id']}").json()
    assert part["latest_partversion"] == created["part_version_id"]

    statuses = [api.get(f"/parts/slice_status/{created['slice_job_id']}").json()["status"] for _ in range(5)]
    assert statuses == ["REQUESTED", "QUEUED", "IN_PROGRESS", "COMPLETED", "COMPLETED"]
    assert api.get(f"/part_versions/{created['part_version_id']}").json()["sliced"] is True

    url = api.get(f"/part_versions/{created['part_version_id']}/download").json()["url"]
    assert httpx.get(url).content == stl

    assert_error(api.post("/parts/upload_stl", data={"title": "no file"}, files={"x": ("x", b"x")}), 400)


def test_malformed_requests_use_vendor_shape(api: httpx.Client) -> None:
    headers = {"content-type": "application/json"}
    assert_error(api.post(f"/devices/{PRINTER01}", content=b"{not json", headers=headers), 400)
    assert_error(api.post(f"/devices/{PRINTER01}", json={"build": 42}), 400)
    assert_error(api.post(f"/devices/{PRINTER01}", json={}), 400)
    assert_error(api.post(f"/devices/{PRINTER01}", json={"build": BUILD01, "extra": 1}), 400)
    assert_error(api.post(f"/devices/{PRINTER01}", json={"build": "1234"}), 400)
    assert_error(api.put("/builds/approved", json={"builds": "all"}), 400)
    assert_error(api.post(f"/backlog/{BUILD01}", json={"dueDate": "tomorrow"}), 400)
    assert_error(api.post(f"/backlog/{BUILD01}", json={"dueDate": "2024-07-01T00:00:00"}), 400)
    assert_error(api.post(f"/backlog/{BUILD01}", json={"dueDate": None}), 400)
    assert_error(api.post(f"/backlog/{BUILD01}", json=["2024-07-01"]), 400)


def test_unexpected_failures_keep_the_vendor_shape(
    api: httpx.Client, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    def explode(build_id: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(store, "get_build", explode)
    assert_error(api.get(f"/builds/{BUILD01}"), 500)


def test_bad_uuid_in_path(api: httpx.Client) -> None:
    assert_error(api.get("/builds/not-a-uuid"), 400)
    assert_error(api.get("/print_jobs/42"), 400)
    # Operations that document no 400 answer a malformed id like an unknown one.
    assert_error(api.get("/devices/not-a-uuid"), 404)
    assert_error(api.get(f"/builds/{UNKNOWN}"), 404)


def test_unsupported_method_lists_allowed_ones(api: httpx.Client) -> None:
    response = api.patch("/builds/approved")
    assert_error(response, 405)
    assert set(response.headers["allow"].split(", ")) == {"GET", "HEAD", "PUT", "DELETE"}
    head = api.head("/builds")
    assert head.status_code == 200 and head.content == b""
    assert_error(api.get("/no/such/thing"), 404)


def test_approve_builds_replaces_the_set(api: httpx.Client) -> None:
    def approved() -> set[str]:
        return {b["id"] for b in api.get("/builds/approved").json()["items"]}

    assert approved() == {BUILD01, BRACKETS, IMPELLER}
    assert api.put("/builds/approved", json={"builds": [GEAR_HOUSING]}).status_code == 204
    assert approved() == {GEAR_HOUSING}
    assert api.put("/builds/approved", json={"builds": [BUILD01, BRACKETS]}).status_code == 204
    assert approved() == {BUILD01, BRACKETS}
    flags = {b["id"]: b["approved"] for b in api.get("/builds").json()["items"]}
    assert flags[BUILD01] is True and flags[GEAR_HOUSING] is False

    assert_error(api.put("/builds/approved", json={"builds": [BUILD01, UNKNOWN]}), 404)
    assert approved() == {BUILD01, BRACKETS}

    assert api.delete("/builds/approved").status_code == 204
    response = api.get("/builds/approved")
    assert response.status_code == 204 and response.content == b""
    # Approvals off: every build may print, and `approved` is null, as real accounts send it.
    assert all(b["approved"] is None for b in api.get("/builds").json()["items"])


def test_backlog_and_job_requests(api: httpx.Client) -> None:
    response = api.post(f"/backlog/{BUILD01}", json={"dueDate": "2024-07-01"})
    assert response.status_code == 201
    backlogged = response.json()
    assert backlogged["state"] == "Backlogged"
    assert api.get(f"/print_jobs/{backlogged['id']}").json()["device"] is None

    requested = api.post(f"/job-requests/{GEAR_HOUSING}", json={}).json()
    assert api.get(f"/print_jobs/{requested['id']}").status_code == 200
    assert api.delete(f"/job-requests/{GEAR_HOUSING}").status_code == 204
    assert_error(api.get(f"/print_jobs/{requested['id']}"), 404)
    assert_error(api.post(f"/backlog/{UNKNOWN}", json={}), 404)
    # The curated spec requires a body, even an empty object.
    assert_error(api.post(f"/backlog/{BUILD01}"), 400)


def test_scan_reports(api: httpx.Client, store: Store) -> None:
    job_id = next(
        job.id
        for job in store.print_jobs.values()
        if job.state == "Completed" and store.builds[job.build_id].blacksmith_enabled
    )
    reports = api.get(f"/print_jobs/{job_id}/scan_report").json()
    ready = [r for r in reports if r["scan_report_url"]]
    pending = [r for r in reports if r["scan_report_url"] is None]
    assert ready and pending
    assert httpx.get(ready[0]["scan_report_url"]).content.startswith(b"%PDF")

    part_id = pending[0]["printed_part_id"]
    first = api.get(f"/printed_parts/{part_id}/scan_report")
    assert first.status_code == 200 and first.json()["scan_report_url"] is None
    # Asking for a missing report generates it.
    second = api.get(f"/printed_parts/{part_id}/scan_report")
    assert second.json()["scan_report_url"] and second.headers["location"] == second.json()["scan_report_url"]


def test_dashboard_csv(api: httpx.Client) -> None:
    response = api.get("/dashboard/custom_analytics_csv", params={"filter[timespan][eq]": "year"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    lines = response.text.strip().splitlines()
    assert lines[0].startswith("device_id,device_name")
    assert len(lines) == 1 + 5
    assert_error(api.get("/dashboard/custom_analytics_csv", params={"filter[timespan][eq]": "decade"}), 400)


def test_seed_is_deterministic() -> None:
    first, second = Store(), Store()
    assert list(first.builds) == list(second.builds)
    assert list(first.print_jobs) == list(second.print_jobs)
    assert [b.title for b in first.builds.values()] == [b.title for b in second.builds.values()]


def test_answers_have_the_shapes_real_accounts_send(api: httpx.Client) -> None:
    # conformance/corpus/eiger/: requester null in every job, offline devices without material keys.
    jobs = api.get("/print_jobs", params={"page[size]": 1000}).json()["items"]
    assert jobs and all("requester" in job and job["requester"] is None for job in jobs)
    assert any(job["device"] is None for job in jobs)
    assert api.get(f"/print_jobs/{jobs[0]['id']}").json()["requester"] is None
    devices = {device["name"]: device for device in api.get("/devices").json()["items"]}
    offline = devices["Printer03"]
    assert offline["state"] == "Offline"
    materials = {f"loaded_{hot_end}_material" for hot_end in ("primary", "secondary")}
    materials |= {f"ccs_{hot_end}_remaining" for hot_end in ("primary", "secondary")}
    assert not materials & set(offline) and "active_job" not in offline
    assert materials <= set(devices["Printer01"])  # an online one names them (null when nothing is loaded)
    assert api.get(f"/devices/{offline['id']}").json() == offline  # read by id: the same shape


def test_a_real_shaped_account_has_the_recorded_size_and_mix() -> None:
    store = Store(real_account=True)
    assert len(store.devices) == 10 and len(store.print_jobs) == 195
    types = {device.device_type for device in store.devices.values()}
    assert {"FX10", "Sinter-1"} <= types
    assert sum(device.state == "Offline" for device in store.devices.values()) == 3
    assert not store.approvals_enabled
