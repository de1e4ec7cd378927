"""What a compromised or broken server can no longer do to a user of the clients.

Each server here is an `httpx.MockTransport` that answers like the vendor, except for the one thing
it does to hurt: names that would put files outside the folder the caller named, ids that would
steer a hand-built URL to another endpoint, answers that would replace existing files, deletions
whose first answer is lost.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable, MutableMapping
from pathlib import Path
from typing import Any
from uuid import UUID, uuid4

import httpx
import jwt
import pytest
from fabapi_cloudslicer import CloudSlicer
from fabapi_core import DestinationExists, InvalidArgument, NotFound, RetryPolicy
from fabapi_eiger import Eiger
from fabapi_kaedim import Kaedim, TokenStore
from fabapi_kittycad import KittyCAD

from conformance.faults import drop_answers
from conformance.mocks.eiger import CREDENTIALS as EIGER_CREDENTIALS
from conformance.mocks.eiger import Store as EigerStore
from conformance.mocks.eiger import create_app as create_eiger
from conformance.serving import serve

Handler = Callable[[httpx.Request], httpx.Response]
NO_WAIT = RetryPolicy(backoff_factor=0)
EIGER_KEYS = (EIGER_CREDENTIALS["EIGER_ACCESS_KEY"], EIGER_CREDENTIALS["EIGER_SECRET_KEY"])


class Server:
    """Records every request, answers with `handler`."""

    def __init__(self, handler: Handler) -> None:
        self.handler = handler
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return self.handler(request)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def paths(self) -> list[str]:
        return [request.url.raw_path.decode() for request in self.requests]


def _files_under(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}


# -- Kaedim: files are named after the caller's request id, never the server's ------------------------------------

FRESH_JWT = jwt.encode({"exp": int(time.time()) + 3600}, "test-only")


def _kaedim_server(request_id: str, links: dict[str, str]) -> Server:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/fetchRequest"):
            iteration = {"status": "completed", "results": links}
            return httpx.Response(200, json={"asset": {"requestID": request_id, "iterations": [iteration]}})
        return httpx.Response(200, content=f"model from {request.url.path}".encode())

    return Server(answer)


def _kaedim(server: Server) -> Kaedim:
    return Kaedim(
        "key", "dev", jwt=FRESH_JWT, base_url="https://api.test/api/v1", transport=server.transport,
        token_store=TokenStore(),
    )  # fmt: skip


@pytest.mark.parametrize("hostile_id", ["../../escaped", "/etc/absolute", "..", "sub/dir/name", "C:\\win\\x"])
def test_kaedim_names_files_after_the_callers_id_whatever_the_server_says(tmp_path: Path, hostile_id: str) -> None:
    server = _kaedim_server(hostile_id, {"glb": "https://files.test/a.glb", "obj": "https://files.test/a.obj"})
    dest = tmp_path / "root" / "models"
    with _kaedim(server) as kaedim:
        written = kaedim.download("req-42", ["glb", "obj"], dest)
    assert written == {"glb": dest / "req-42.glb", "obj": dest / "req-42.obj"}
    assert _files_under(tmp_path) == {"root/models/req-42.glb", "root/models/req-42.obj"}


def test_kaedim_never_replaces_an_existing_model_unless_asked(tmp_path: Path) -> None:
    server = _kaedim_server("req-42", {"glb": "https://files.test/a.glb"})
    (tmp_path / "req-42.glb").write_bytes(b"mine")
    with _kaedim(server) as kaedim:
        with pytest.raises(DestinationExists) as caught:
            kaedim.download("req-42", "glb", tmp_path)
        assert server.requests == []  # refused before anything was fetched
        assert caught.value.path == tmp_path / "req-42.glb"
        assert (tmp_path / "req-42.glb").read_bytes() == b"mine"
        kaedim.download("req-42", "glb", tmp_path, overwrite=True)
    assert (tmp_path / "req-42.glb").read_bytes() == b"model from /a.glb"


def test_a_callers_id_with_separators_still_names_one_file_in_the_folder(tmp_path: Path) -> None:
    server = _kaedim_server("x", {"glb": "https://files.test/a.glb"})
    with _kaedim(server) as kaedim:
        written = kaedim.download("../a/b", "glb", tmp_path / "out")
    assert written["glb"].parent == tmp_path / "out"
    assert _files_under(tmp_path) == {f"out/{written['glb'].name}"}


# -- Eiger: scan reports, one file each, with names the server cannot steer -------------------------------------


def _eiger_reports(reports: list[dict[str, Any]]) -> Server:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/scan_report"):
            return httpx.Response(200, json=reports)
        return httpx.Response(200, content=f"report at {request.url.path}".encode())

    return Server(answer)


def test_two_reports_of_one_part_get_two_files_and_no_server_name_escapes(tmp_path: Path) -> None:
    part, other = uuid4(), uuid4()
    reports = [
        {"printed_part_id": str(part), "scan_report_url": "https://s3.test/first.pdf?sig=1"},
        {"printed_part_id": str(part), "scan_report_url": "https://s3.test/second.pdf?sig=2"},
        {"printed_part_id": str(other), "scan_report_url": "https://s3.test/x/..%2F..%2Fevil.sh%00.exe"},
    ]
    server = _eiger_reports(reports)
    dest = tmp_path / "reports"
    with Eiger(*EIGER_KEYS, base_url="https://eiger.test/api/v3", transport=server.transport) as eiger:
        written = eiger.download_scan_reports(uuid4(), dest)
    assert [path.name for path in written] == [
        f"scan-report-{part}.pdf",
        f"scan-report-{part}-2.pdf",
        f"scan-report-{other}.exe",
    ]
    assert _files_under(tmp_path) == {f"reports/{path.name}" for path in written}
    assert {path.read_bytes() for path in written[:2]} == {b"report at /first.pdf", b"report at /second.pdf"}


def test_eiger_refuses_to_replace_a_report_before_downloading_any(tmp_path: Path) -> None:
    part = uuid4()
    server = _eiger_reports([{"printed_part_id": str(part), "scan_report_url": "https://s3.test/r.pdf"}])
    (tmp_path / f"scan-report-{part}.pdf").write_bytes(b"kept")
    with Eiger(*EIGER_KEYS, base_url="https://eiger.test/api/v3", transport=server.transport) as eiger:
        with pytest.raises(DestinationExists):
            eiger.download_scan_reports(uuid4(), tmp_path)
        assert [request.url.host for request in server.requests] == ["eiger.test"]  # only the listing
        assert (tmp_path / f"scan-report-{part}.pdf").read_bytes() == b"kept"


# -- Cloud Slicer: ids go into URLs as one encoded segment, never as a path --------------------------------------


def _slicer(server: Server) -> CloudSlicer:
    return CloudSlicer("token", base_url="https://slicer.test", transport=server.transport, retries=NO_WAIT)


@pytest.mark.parametrize(
    ("quote_id", "sent"),
    [
        ("../../user", "/v1/quote/gcode/..%2F..%2Fuser"),
        ("q?delete=all", "/v1/quote/gcode/q%3Fdelete%3Dall"),
        ("a/b#c", "/v1/quote/gcode/a%2Fb%23c"),
    ],
)
def test_an_id_never_reaches_another_endpoint(tmp_path: Path, quote_id: str, sent: str) -> None:
    server = Server(lambda request: httpx.Response(200, content=b"G1 X0"))
    with _slicer(server) as slicer:
        slicer.download_gcode(quote_id, tmp_path / "part.gcode")
    assert server.paths() == [sent]
    assert server.requests[0].url.query == b""


@pytest.mark.parametrize("bad", ["", ".", ".."])
def test_dot_segment_ids_are_refused_before_sending(tmp_path: Path, bad: str) -> None:
    server = Server(lambda request: httpx.Response(200, content=b"x"))
    with _slicer(server) as slicer:
        with pytest.raises(InvalidArgument, match="quote_id"):
            slicer.download_gcode(bad, tmp_path / "part.gcode")
        with pytest.raises(InvalidArgument, match="file_id"):
            slicer.download_file(bad, tmp_path / "part.stl")
    assert server.requests == []


def test_an_upload_link_from_the_server_stays_under_the_public_upload_path() -> None:
    created = {"user_id": "u", "upload_id": "../../user", "file_id": "f", "timestamp": "2025-01-01T00:00:00Z"}
    server = Server(lambda request: httpx.Response(200, json=created))
    with _slicer(server) as slicer:
        link = slicer.upload_link()
    assert link.url == "https://slicer.test/v1/file/public/..%2F..%2Fuser"
    assert httpx.URL(link.url).path == "/v1/file/public/../../user"  # decoded: still one segment


def test_quote_file_refuses_an_existing_gcode_file_before_spending_quota(tmp_path: Path) -> None:
    server = Server(lambda request: httpx.Response(500))
    existing = tmp_path / "part.gcode"
    existing.write_text("mine")
    stl = tmp_path / "part.stl"
    stl.write_bytes(b"solid x\nendsolid x\n")
    with _slicer(server) as slicer, pytest.raises(DestinationExists):
        slicer.quote_file(stl, gcode_to=existing)
    assert server.requests == []
    assert existing.read_text() == "mine"


# -- KittyCAD: a conversion written all at once, and never over a file unless asked ------------------------------


def _conversion(body: bytes) -> dict[str, Any]:
    return {
        "id": str(uuid4()), "status": "Completed", "created_at": "2024-01-01T00:00:00Z",
        "updated_at": "2024-01-01T00:00:00Z", "src_format": "stl", "output_format": "obj",
        "output": base64.b64encode(body).decode(), "user_id": "u", "type": "FileConversion",
    }  # fmt: skip


def test_convert_file_keeps_an_existing_output_unless_asked(tmp_path: Path) -> None:
    server = Server(lambda request: httpx.Response(201, json=_conversion(b"v 0 0 0\n")))
    source = tmp_path / "part.stl"
    source.write_bytes(b"solid x\nendsolid x\n")
    output = tmp_path / "part.obj"
    output.write_text("mine")
    with KittyCAD("token", base_url="https://kc.test", transport=server.transport) as kc:
        with pytest.raises(DestinationExists):
            kc.convert_file(source, to="obj", output=output)
        assert server.requests == []
        assert output.read_text() == "mine"
        assert kc.convert_file(source, to="obj", output=output, overwrite=True) == output
    assert output.read_bytes() == b"v 0 0 0\n"


def test_convert_file_leaves_nothing_under_the_name_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    server = Server(lambda request: httpx.Response(201, json=_conversion(b"v 0 0 0\n" * 1000)))
    source = tmp_path / "part.stl"
    source.write_bytes(b"solid x\nendsolid x\n")
    out = tmp_path / "out"

    def disk_full(fd: int) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    with KittyCAD("token", base_url="https://kc.test", transport=server.transport) as kc:
        with pytest.raises(OSError, match="No space left"):
            kc.convert_file(source, to="obj", output=out / "part.obj")
    assert list(out.iterdir()) == []  # neither the final name nor a temporary file


# -- Deletions whose first answer was lost ------------------------------------------------------------------------


def _first(method: str) -> Callable[[MutableMapping[str, Any]], bool]:
    seen: list[str] = []

    def pick(scope: MutableMapping[str, Any]) -> bool:
        if scope["method"] != method or seen:
            return False
        seen.append(scope["path"])
        return True

    return pick


def _queued(store: EigerStore) -> tuple[UUID, UUID]:
    """A ready device and a build of its series."""
    device = next(d for d in store.devices.values() if d.state == "Ready" and d.active_job_id is None)
    build = next(b for b in store.builds.values() if b.device_series == device.device_series)
    return device.id, build.id


def test_a_retried_delete_that_finds_the_job_gone_reports_it_removed() -> None:
    store = EigerStore()
    with serve(drop_answers(create_eiger(store=store), _first("DELETE"))) as origin:
        with Eiger(*EIGER_KEYS, base_url=f"{origin}/api/v3", retries=NO_WAIT) as eiger:
            device, build = _queued(store)
            eiger.add_to_queue(device, build)
            before = [job.build.id for job in eiger.devices.list_queue(device).queue].count(build)
            assert eiger.remove_build_from_queue(device, build) is True  # the first DELETE acted, then dropped
            after = [job.build.id for job in eiger.devices.list_queue(device).queue].count(build)
    assert after == before - 1


def test_the_not_found_of_a_retried_delete_says_an_earlier_attempt_may_have_acted() -> None:
    store = EigerStore()
    with serve(drop_answers(create_eiger(store=store), _first("DELETE"))) as origin:
        with Eiger(*EIGER_KEYS, base_url=f"{origin}/api/v3", retries=NO_WAIT) as eiger:
            device, build = _queued(store)
            job = eiger.add_to_queue(device, build)
            with pytest.raises(NotFound) as caught:
                eiger.devices.remove_from_queue(device, job.id)
    assert caught.value.attempts == 2 and caught.value.earlier_attempt_may_have_acted


def test_a_delete_that_never_reached_the_server_is_a_plain_not_found() -> None:
    calls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            raise httpx.ConnectError("connection refused")
        return httpx.Response(404, json={"message": "no such queued job"})

    with Eiger(*EIGER_KEYS, base_url="https://eiger.test/api/v3", transport=Server(answer).transport) as eiger:
        with pytest.raises(NotFound) as caught:
            eiger.devices.remove_from_queue(uuid4(), uuid4())
    assert calls == ["DELETE", "DELETE"]
    assert caught.value.attempts == 2 and not caught.value.earlier_attempt_may_have_acted


def test_cleanup_whose_file_deletion_was_retried_into_a_404_is_done() -> None:
    calls: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        calls.append(request.method)
        if len(calls) == 1:
            raise httpx.RemoteProtocolError("server closed the connection after deleting")
        return httpx.Response(404, json={"detail": "File not found"})

    server = Server(answer)
    with _slicer(server) as slicer:
        assert slicer.cleanup("file-1") is None
    assert calls == ["DELETE", "DELETE"]


def test_a_first_time_404_is_still_not_found() -> None:
    server = Server(lambda request: httpx.Response(404, json={"detail": "File not found"}))
    with _slicer(server) as slicer, pytest.raises(NotFound) as caught:
        slicer.cleanup("file-1")
    assert caught.value.attempts == 1 and not caught.value.earlier_attempt_may_have_acted
