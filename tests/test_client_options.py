"""`http_client=`, `verify=` and `default_headers=` on every vendor's clients, sync and async.

Each option works over real HTTP (a loopback server, TLS included) or httpx's MockTransport;
options that would each decide how to connect are refused at the constructor naming both; a
caller-owned httpx client is never closed by the SDK; header values never appear in an error.
"""

from __future__ import annotations

import base64
import contextlib
import importlib
import socket
import ssl
import threading
import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import trustme
from fabapi_core import InsecureTLSWarning, InvalidArgument, RetryPolicy, TransportError

from conformance.serving import serve
from registry.vendors import Vendor
from tests.loopback import loopback_only
from tests.test_client_profiles import CASES, _client_class, _id, _make, _one_request, _Recorder, credentials  # noqa: F401

# Every credential the registry names, in the environment (test_client_profiles' fixture, by `case`).
with_credentials = pytest.mark.usefixtures("credentials")
# A header value a test can look for in messages and reprs: it must never be shown.
VALUE = "do-not-show-0a1b2c3d"


@pytest.fixture(params=CASES, ids=[_id(case) for case in CASES])
def case(request: pytest.FixtureRequest) -> tuple[Vendor, bool]:
    found: tuple[Vendor, bool] = request.param
    return found


def _owned(asynchronous: bool, **options: Any) -> httpx.Client | httpx.AsyncClient:
    return httpx.AsyncClient(**options) if asynchronous else httpx.Client(**options)


async def _close(client: Any, asynchronous: bool) -> None:
    if asynchronous:
        await client.aclose()
    else:
        client.close()


@with_credentials
async def test_default_headers_go_with_every_request(case: tuple[Vendor, bool]) -> None:
    vendor, asynchronous = case
    recorder = _Recorder()
    client = _make(
        vendor, asynchronous, transport=recorder.transport, default_headers={"X-Team": "print-farm", "X-Trace": "on"}
    )
    await _one_request(client, asynchronous)
    sent = recorder.requests[-1]
    assert (sent.headers["x-team"], sent.headers["x-trace"]) == ("print-farm", "on")
    assert sent.headers["user-agent"].startswith(vendor.package)  # the SDK's own headers stay


def _auth_headers(vendor: Vendor) -> list[str]:
    # Kaedim sends its API key in X-API-Key and its refresh token in refresh-token; every vendor uses Authorization.
    return ["Authorization", "authorization", *(["X-API-Key", "refresh-token"] if vendor.key == "kaedim" else [])]


@with_credentials
def test_default_headers_never_replace_the_credentials(case: tuple[Vendor, bool]) -> None:
    vendor, asynchronous = case
    for header in [*_auth_headers(vendor), "Content-Type", "Host"]:
        with pytest.raises(InvalidArgument) as refused:
            _make(vendor, asynchronous, default_headers={header: VALUE})
        assert refused.value.argument == "default_headers"
        assert repr(header) in str(refused.value) and VALUE not in str(refused.value)
    client = _make(vendor, asynchronous, default_headers={"X-Team": VALUE})
    assert VALUE not in repr(client)
    for header in _auth_headers(vendor):
        with pytest.raises(InvalidArgument, match="default_headers") as refused:
            client.with_options(default_headers={header: VALUE})
        assert VALUE not in str(refused.value)


@with_credentials
def test_options_that_each_decide_how_to_connect_are_refused(case: tuple[Vendor, bool]) -> None:
    vendor, asynchronous = case
    transport = _Recorder().transport
    owned = _owned(asynchronous)
    conflicts: list[tuple[dict[str, Any], tuple[str, str]]] = [
        ({"http_client": owned, "transport": transport}, ("http_client=", "transport=")),
        ({"http_client": owned, "verify": False}, ("http_client=", "verify=")),
        ({"transport": transport, "verify": ssl.create_default_context()}, ("transport=", "verify=")),
    ]
    for options, named in conflicts:
        with pytest.raises(InvalidArgument) as refused:
            _make(vendor, asynchronous, **options)
        assert all(name in str(refused.value) for name in named), str(refused.value)
    with pytest.raises(InvalidArgument, match="http_client"):
        _make(vendor, asynchronous, http_client="http://proxy.example.test")
    with pytest.raises(InvalidArgument, match="verify"):
        _make(vendor, asynchronous, verify=42)


@with_credentials
async def test_a_caller_owned_http_client_sends_and_stays_open(case: tuple[Vendor, bool]) -> None:
    vendor, asynchronous = case
    recorder = _Recorder()
    hooked: list[str] = []

    def hook(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    async def async_hook(request: httpx.Request) -> None:
        hook(request)

    # The owned client's headers and auth are not the SDK's: they must not replace its own.
    owned = _owned(
        asynchronous,
        transport=recorder.transport,
        headers={"User-Agent": "owned/1"},
        auth=("someone", "else"),
        event_hooks={"request": [async_hook if asynchronous else hook]},
    )
    client = _make(vendor, asynchronous, http_client=owned, default_headers={"X-Team": "a"})
    await _one_request(client, asynchronous)  # closes the SDK's client
    # Sent through the owned client's hooks and transport, to the SDK's base URL (not the owned client's).
    assert [path.endswith("/profile-check") for path in hooked] == [True]
    sent = recorder.requests[-1]
    assert sent.headers["user-agent"].startswith(vendor.package) and sent.headers["x-team"] == "a"
    assert "someone" not in _basic(sent)
    assert not owned.is_closed
    await _close(owned, asynchronous)


def _basic(request: httpx.Request) -> str:
    scheme, _, rest = request.headers.get("authorization", "").partition(" ")
    return base64.b64decode(rest).decode() if scheme == "Basic" else ""


async def test_with_options_default_headers_lie_under_extra_headers() -> None:
    from fabapi_eiger import AsyncEiger

    recorder = _Recorder(answer={"items": [], "has_more_items": False})
    base = AsyncEiger("key", "secret", base_url="https://eiger.example.test", transport=recorder.transport,
                      default_headers={"X-Team": "base", "X-Keep": "kept"})  # fmt: skip
    tuned = base.with_options(default_headers={"x-team": "tuned", "X-Mode": "m"}, extra_headers={"X-Mode": "extra"})
    await tuned.devices.list().first_page()
    await base.devices.list().first_page()
    tuned_sent, base_sent = recorder.requests
    assert [tuned_sent.headers[name] for name in ("x-team", "x-keep", "x-mode")] == ["tuned", "kept", "extra"]
    assert (base_sent.headers["x-team"], "x-mode" in base_sent.headers) == ("base", False)
    await base.aclose()


@with_credentials
def test_verify_false_warns_beyond_loopback_only(case: tuple[Vendor, bool]) -> None:
    vendor, asynchronous = case
    cls = _client_class(vendor, asynchronous)
    # Kaedim's own token store, so no JWT is shared with another test's client.
    store = {"token_store": importlib.import_module(vendor.module).TokenStore()} if vendor.key == "kaedim" else {}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        cls(verify=False, base_url="https://api.example.test", **store)
        cls(verify=False, base_url="https://127.0.0.1:8443", **store)
    (warned,) = caught
    assert warned.category is InsecureTLSWarning and "api.example.test" in str(warned.message)
    assert warned.filename == __file__  # points at the code that made the client


@with_credentials
def test_verify_names_a_ca_bundle_that_is_not_there(case: tuple[Vendor, bool], tmp_path: Path) -> None:
    vendor, asynchronous = case
    with pytest.raises(InvalidArgument, match="no CA bundle") as missing:
        _make(vendor, asynchronous, verify=str(tmp_path / "absent.pem"))
    assert missing.value.argument == "verify"
    (tmp_path / "empty.pem").write_text("not a certificate\n")
    with pytest.raises(InvalidArgument, match="no usable CA certificate"):
        _make(vendor, asynchronous, verify=str(tmp_path / "empty.pem"))


# --- over real HTTP on loopback --------------------------------------------------------------------


class _Flaky:
    """An ASGI app: 503 to the first request, then 200 with an empty page; counts the requests."""

    def __init__(self) -> None:
        self.count = 0

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        self.count += 1
        status = 503 if self.count == 1 else 200
        body = b'{"items": [], "has_more_items": false}'
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})


@pytest.fixture(scope="module")
def ca(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, tuple[str, str]]]:
    """A throwaway CA's bundle file and a certificate it issued for 127.0.0.1 (chain and key files)."""
    folder = tmp_path_factory.mktemp("tls")
    authority = trustme.CA()
    issued = authority.issue_cert("127.0.0.1")
    bundle, chain, key = folder / "ca.pem", folder / "server.pem", folder / "server.key"
    authority.cert_pem.write_to_path(str(bundle))
    issued.private_key_and_cert_chain_pem.write_to_path(str(chain))
    issued.private_key_pem.write_to_path(str(key))
    yield bundle, (str(chain), str(key))


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_verify_a_ca_file_over_tls_on_loopback(asynchronous: bool, ca: tuple[Path, tuple[str, str]]) -> None:
    bundle, tls = ca
    eiger = importlib.import_module("fabapi_eiger")
    cls = eiger.AsyncEiger if asynchronous else eiger.Eiger
    app = _Flaky()
    with loopback_only() as watch, serve(app, tls=tls) as url:
        trusted = cls("key", "secret", base_url=url, verify=str(bundle), retries=RetryPolicy(backoff_factor=0))
        page = trusted.devices.list().first_page()
        assert (await page if asynchronous else page).items == []
        assert app.count == 2  # retried after the 503, over TLS
        # The system's CAs do not know this one: the certificate is refused, no answer read.
        untrusted = cls("key", "secret", base_url=url, retries=0)
        with pytest.raises(TransportError, match="CERTIFICATE_VERIFY_FAILED"):
            refused = untrusted.devices.list().first_page()
            await refused if asynchronous else refused
        await _close(trusted, asynchronous)
        await _close(untrusted, asynchronous)
    assert watch.outside == []


@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_an_owned_client_over_loopback_keeps_the_sdks_retries(asynchronous: bool) -> None:
    eiger = importlib.import_module("fabapi_eiger")
    cls = eiger.AsyncEiger if asynchronous else eiger.Eiger
    app = _Flaky()
    with loopback_only() as watch, serve(app) as url:
        owned = _owned(asynchronous, limits=httpx.Limits(max_connections=1))
        client = cls("key", "secret", base_url=url, http_client=owned, retries=RetryPolicy(backoff_factor=0))
        page = client.devices.list().first_page()
        assert (await page if asynchronous else page).items == []
        assert app.count == 2
        await _close(client, asynchronous)
        assert not owned.is_closed
        await _close(owned, asynchronous)
    assert watch.outside == []


class _TunnelProxy:
    """An HTTP proxy on loopback that only tunnels (CONNECT), recording each target it was asked for."""

    def __init__(self) -> None:
        self.targets: list[str] = []
        self._server = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._server.getsockname()[1]}"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                client, _ = self._server.accept()
            except OSError:
                return
            threading.Thread(target=self._tunnel, args=(client,), daemon=True).start()

    def _tunnel(self, client: socket.socket) -> None:
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = client.recv(4096)
            if not chunk:
                client.close()
                return
            head += chunk
        target = head.split(b" ", 2)[1].decode()
        self.targets.append(target)
        host, _, port = target.rpartition(":")
        upstream = socket.create_connection((host, int(port)))
        client.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
        for source, sink in ((client, upstream), (upstream, client)):
            threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while chunk := source.recv(65536):
                sink.sendall(chunk)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._server.close()


def test_verify_reaches_a_proxy_from_the_environment(
    ca: tuple[Path, tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    bundle, tls = ca
    from fabapi_eiger import Eiger

    proxy = _TunnelProxy()
    for name in ("HTTP_PROXY", "http_proxy", "ALL_PROXY", "all_proxy", "NO_PROXY", "no_proxy", "https_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", proxy.url)
    with loopback_only() as watch, serve(_Flaky(), tls=tls) as url:
        port = url.rsplit(":", 1)[1]
        with Eiger("key", "secret", base_url=url, verify=str(bundle), retries=RetryPolicy(backoff_factor=0)) as eiger:
            assert eiger.devices.list().first_page().items == []
        assert proxy.targets and set(proxy.targets) == {f"127.0.0.1:{port}"}  # through the proxy, TLS inside
        with Eiger("key", "secret", base_url=url, retries=0) as untrusted:
            with pytest.raises(TransportError, match="CERTIFICATE_VERIFY_FAILED"):
                untrusted.devices.list().first_page()
    proxy.close()
    assert watch.outside == []
