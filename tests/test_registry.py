"""specs/vendors.toml's per-vendor facts that shared code reads instead of naming vendors:
seeds, the upstream token scheme, and which env entry fills which conformance credential."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen import seedcheck
from conformance.auth import MissingCredentials, auth_tables, live_base_url, live_credentials
from registry.errors import RegistryError
from registry.vendors import Vendor, load_vendors, select

TINY = (Path(__file__).parent / "fixtures" / "tiny" / "specs" / "vendors.toml").read_text(encoding="utf-8")
# The fixture's env line, replaced where a case needs another table (a replace that matched nothing
# would leave two `env` keys and test TOML's error instead of the registry's).
TINY_ENV = 'env = { token = "TINY_TOKEN", base_url = "TINY_BASE_URL" }\n'
assert TINY_ENV in TINY


def _tiny(tmp_path: Path, extra: str) -> Vendor:
    registry = tmp_path / "vendors.toml"
    registry.write_text(TINY + extra, encoding="utf-8")
    (vendor,) = select(["tiny"], registry)
    return vendor


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ('seed = "000.txt"\n', r"\[tiny\] seed_kind must be one of openapi-text, rendered-page, reference-page"),
        ('seed = "000.txt"\nseed_kind = "pdf"\n', r"\[tiny\] seed_kind must be one of .*not 'pdf'"),
        ('seed_kind = "openapi-text"\n', r"\[tiny\] seed_kind is set but seed is not"),
        (
            'token_scheme = "Bearer"\nenv = { api_key = "TINY_KEY", base_url = "TINY_BASE_URL" }\n',
            r"\[tiny\] token_scheme is set but its env",
        ),
        ('credentials = { token = "token" }\n', r"\[tiny\] credentials.token is not a credential"),
        ('credentials = { bearer = "jwt" }\n', r"\[tiny\] credentials.bearer names 'jwt', not in its env table"),
        ('credentials = "token"\n', r"\[tiny\] credentials must be a table"),
    ],
)
def test_a_registry_field_that_cannot_work_names_the_vendor_and_the_field(
    tmp_path: Path, extra: str, message: str
) -> None:
    # `env` is redefined in one case: drop the fixture's own line so the TOML stays valid.
    base = TINY.replace(TINY_ENV, "") if "env =" in extra else TINY
    registry = tmp_path / "vendors.toml"
    registry.write_text(base + extra, encoding="utf-8")
    with pytest.raises(RegistryError, match=message):
        load_vendors(registry)


def test_the_registry_fields_are_typed(tmp_path: Path) -> None:
    vendor = _tiny(
        tmp_path,
        'seed = "000.txt"\nseed_kind = "openapi-text"\ntoken_scheme = "Token"\ncredentials = { bearer = "token" }\n',
    )
    assert (vendor.seed, vendor.seed_kind, vendor.token_scheme) == ("000.txt", "openapi-text", "Token")
    assert vendor.credentials == {"bearer": "token"}


BASIC = {"components": {"securitySchemes": {"basic": {"type": "http", "scheme": "basic"}}}}


def test_conformance_auth_takes_the_variables_the_registry_names(tmp_path: Path) -> None:
    env = 'env = { user = "TINY_USER", secret = "TINY_SECRET", base_url = "TINY_BASE_URL" }\n'
    registry = tmp_path / "vendors.toml"
    registry.write_text(
        TINY.replace(TINY_ENV, env) + 'credentials = { username = "user", password = "secret" }\n',
        encoding="utf-8",
    )
    (vendor,) = select(["tiny"], registry)
    assert auth_tables(vendor, BASIC) == {"basic": {"username": "${TINY_USER}", "password": "${TINY_SECRET}"}}


def test_a_credential_the_spec_needs_and_the_registry_lacks_names_the_vendor_and_field(tmp_path: Path) -> None:
    vendor = _tiny(tmp_path, 'credentials = { username = "token" }\n')
    with pytest.raises(RegistryError, match=r"\[tiny\] credentials.password is missing: security scheme 'basic'"):
        auth_tables(vendor, BASIC)


def test_every_vendor_names_a_variable_for_each_credential_its_spec_needs() -> None:
    from registry.documents import load_document

    for vendor in load_vendors().values():
        tables = auth_tables(vendor, load_document(vendor.spec_dir() / "openapi.yaml"))
        named = {value.rpartition("${")[2].rstrip("}") for table in tables.values() for value in table.values()}
        credentials = {vendor.env_var(setting) for setting in vendor.env if setting != "base_url"}
        assert named and named <= credentials, vendor.key


def test_a_setting_may_have_several_variables_read_in_order(tmp_path: Path) -> None:
    env = 'env = { token = ["TINY_NEW_TOKEN", "TINY_TOKEN"], base_url = "TINY_BASE_URL" }\n'
    registry = tmp_path / "vendors.toml"
    registry.write_text(TINY.replace(TINY_ENV, env) + 'credentials = { bearer = "token" }\n', encoding="utf-8")
    (vendor,) = select(["tiny"], registry)
    assert vendor.env == {"token": ("TINY_NEW_TOKEN", "TINY_TOKEN"), "base_url": ("TINY_BASE_URL",)}
    assert vendor.env_var("token") == "TINY_NEW_TOKEN"
    assert vendor.read_env("token", {"TINY_TOKEN": "old", "TINY_NEW_TOKEN": ""}) == "old"
    assert vendor.read_env("token", {"TINY_TOKEN": "old", "TINY_NEW_TOKEN": "new"}) == "new"
    assert vendor.read_env("token", {}) is None
    # Conformance's config names the current variable only; its live run reads either.
    bearer = {"components": {"securitySchemes": {"b": {"type": "http", "scheme": "bearer"}}}}
    assert auth_tables(vendor, bearer) == {"b": {"bearer": "${TINY_NEW_TOKEN}"}}
    assert live_credentials(vendor, {"TINY_TOKEN": "old"}) == {"TINY_NEW_TOKEN": "old"}
    assert live_credentials(vendor, {"TINY_TOKEN": "old", "TINY_NEW_TOKEN": "new"}) == {"TINY_NEW_TOKEN": "new"}
    with pytest.raises(MissingCredentials, match="set TINY_NEW_TOKEN or TINY_TOKEN"):
        live_credentials(vendor, {})
    assert live_base_url(vendor, {"TINY_BASE_URL": "https://env.test"}) == "https://env.test"
    assert live_base_url(vendor, {}) == vendor.base_url


@pytest.mark.parametrize(
    ("value", "shown"),
    [("[]", r"\[\]"), ('["A", "A"]', r"\['A', 'A'\]"), ('["A", 3]', r"\['A', 3\]"), ('""', "''"), ("7", "7")],
)
def test_a_setting_s_variables_are_one_name_or_a_list_of_distinct_names(tmp_path: Path, value: str, shown: str) -> None:
    registry = tmp_path / "vendors.toml"
    registry.write_text(TINY.replace(TINY_ENV, f'env = {{ token = {value}, base_url = "TINY_BASE_URL" }}\n'))
    with pytest.raises(
        RegistryError, match=rf"\[tiny\] env.token must be an environment variable or a list .*not {shown}"
    ):
        load_vendors(registry)


@pytest.mark.parametrize("document", [None, '""', '"two\\nlines"', '"a | b"'])
def test_every_vendor_says_which_document_it_reflects_on_one_line(tmp_path: Path, document: str | None) -> None:
    base = "\n".join(line for line in TINY.splitlines() if not line.startswith("document ="))
    registry = tmp_path / "vendors.toml"
    registry.write_text(base + (f"\ndocument = {document}\n" if document else "\n"), encoding="utf-8")
    with pytest.raises(RegistryError, match=r"\[tiny\]"):
        load_vendors(registry)


def test_the_vendors_documents_cite_their_seed_by_file_name() -> None:
    for vendor in load_vendors().values():
        cited = re.findall(r"`(\d{3}_[0-9a-f]{16}\.txt)`", vendor.document)
        assert len(cited) == 1, vendor.key
        assert vendor.seed in (None, cited[0]), vendor.key


# -- the maintainers' seed check -------------------------------------------------------------------


def test_the_seed_check_checks_every_vendor_whose_seed_it_supports() -> None:
    vendors = load_vendors()
    assert seedcheck.checked_vendors(vendors) == ["eiger", "threeyourmind"]
    assert {vendors[key].seed_kind for key in ("kittycad", "kaedim")} == {"reference-page"}


def test_the_seeds_folder_is_a_setting(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    assert seedcheck.seeds_folder(Path("x"), {"FABAPI_SEEDS": "y"}, root) == (Path("x"), "--seeds")
    assert seedcheck.seeds_folder(None, {"FABAPI_SEEDS": "y"}, root) == (Path("y"), "$FABAPI_SEEDS")
    assert seedcheck.seeds_folder(None, {}, root) == (tmp_path / "shared" / "seeds", "the default")


def test_an_absent_seeds_folder_is_said_plainly(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    absent = tmp_path / "nowhere"
    assert seedcheck.main(["--seeds", str(absent)], environ={}) == 2
    assert capsys.readouterr().out == (
        f"seed documents not found: {absent} (--seeds) is not a folder;"
        " pass --seeds DIR or set FABAPI_SEEDS to the folder holding the vendors' documents\n"
    )


def test_a_vendor_without_a_checkable_seed_is_named_not_guessed(tmp_path: Path) -> None:
    out: list[str] = []
    assert seedcheck.run(tmp_path, "kaedim", out) == 2
    assert seedcheck.run(tmp_path, "cloudslicer", out) == 2
    assert seedcheck.run(tmp_path, "3yourmind", out) == 2
    assert seedcheck.run(tmp_path, "eiger", out) == 2
    assert out == [
        "kaedim: no seed check: its seed is a reference-page (checked kinds: openapi-text, rendered-page)",
        "cloudslicer: no seed check: the registry names no seed for it (checked kinds: openapi-text, rendered-page)",
        f"3yourmind: unknown vendor (known: {', '.join(load_vendors())})",
        f"eiger: seed document 002_3be791702e2ae933.txt not found in {tmp_path}",
    ]
