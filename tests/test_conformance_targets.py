"""The conformance harness's safety rules: what each target may call, and how credentials travel."""

from __future__ import annotations

from pathlib import Path

import pytest

from conformance import __main__ as conformance_main
from conformance import runner, runs
from conformance.__main__ import main
from conformance.config import build, write
from conformance.fixtures import FixtureSettings
from conformance.runner import _filters
from conformance.targets import LIVE, MOCK, PRISM
from registry.documents import load_document
from registry.vendors import select

EIGER = select(["eiger"])[0]
SPEC = load_document(EIGER.spec_dir() / "openapi.yaml")


def _excluded(args: list[str]) -> set[str]:
    return {args[i + 1] for i, arg in enumerate(args) if arg == "--exclude-operation-id"}


def test_live_never_calls_unsafe_operations_even_when_allowed() -> None:
    excluded = _excluded(_filters(SPEC, LIVE, frozenset({"printToPrinter", "appendToDeviceQueue"})))
    assert "printToPrinter" in excluded
    assert "appendToDeviceQueue" not in excluded  # allowed by name, and not unsafe


def test_live_runs_only_read_only_operations_by_default() -> None:
    excluded = _excluded(_filters(SPEC, LIVE, frozenset()))
    writes = {
        op["operationId"]
        for item in SPEC["paths"].values()
        for method, op in item.items()
        if method in {"post", "put", "delete", "patch"}
    }
    reads = {op["operationId"] for item in SPEC["paths"].values() for m, op in item.items() if m == "get"}
    assert excluded == writes
    assert not excluded & reads


def test_prism_leaves_out_multipart_operations_but_mocks_may_call_unsafe_ones() -> None:
    assert _excluded(_filters(SPEC, PRISM, frozenset())) == {"uploadStl"}
    assert _excluded(_filters(SPEC, MOCK, frozenset())) == set()
    assert "--exclude-checks" in _filters(SPEC, PRISM, frozenset())


def test_schemathesis_config_names_variables_not_secrets(tmp_path: Path) -> None:
    path = tmp_path / "schemathesis.toml"
    no_fixtures = FixtureSettings({}, {}, [])
    write(path, build(EIGER, SPEC, MOCK, fixtures=no_fixtures, disabled={}, hooks=False))
    config = path.read_text(encoding="utf-8")
    assert "[auth.openapi.basic]" in config
    assert 'username = "${EIGER_ACCESS_KEY}"' in config
    assert 'password = "${EIGER_SECRET_KEY}"' in config


def test_live_without_credentials_skips_the_vendor_and_says_why(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("EIGER_ACCESS_KEY", raising=False)
    monkeypatch.delenv("EIGER_SECRET_KEY", raising=False)
    # Its results go to a folder of its own: in the checkout's reports/, the page would show a live run
    # the user never made.
    monkeypatch.setattr(conformance_main, "REPORTS", tmp_path)
    monkeypatch.setattr(runner, "REPORTS", tmp_path)
    assert main(["--target", "live", "eiger"]) == 0
    out = capsys.readouterr().out
    assert "eiger on live: skipped" in out
    assert "EIGER_ACCESS_KEY" in out and "EIGER_SECRET_KEY" in out
    (live,) = runs.load_all(tmp_path)
    assert (live.target, [(v.vendor, v.status) for v in live.vendors]) == ("live", [("eiger", "skipped")])
    assert "EIGER_ACCESS_KEY" in (tmp_path / "eiger-live.xml").read_text(encoding="utf-8")


def test_kittycad_live_never_touches_payments_user_deletion_or_token_deletion() -> None:
    kittycad = select(["kittycad"])[0]
    spec = load_document(kittycad.spec_dir() / "openapi.yaml")
    unsafe = {
        "create_payment_information_for_user",
        "update_payment_information_for_user",
        "delete_payment_information_for_user",
        "delete_user_self",
        "delete_api_token_for_user",
    }
    marked = {op["operationId"] for item in spec["paths"].values() for op in item.values() if op.get("x-fabapi-unsafe")}
    assert marked == unsafe
    excluded = _excluded(_filters(spec, LIVE, frozenset(unsafe | {"create_api_token_for_user"})))
    assert unsafe <= excluded
    assert "create_api_token_for_user" not in excluded  # allowed by name, and not unsafe
    assert "get_user_self" not in excluded and "ping" not in excluded
