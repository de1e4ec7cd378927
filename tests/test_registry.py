"""specs/vendors.toml's per-vendor facts that shared code reads instead of naming vendors:
seeds, the upstream token scheme, and which env entry fills which conformance credential."""

from __future__ import annotations

from pathlib import Path

import pytest

from codegen import seedcheck
from conformance.auth import auth_tables
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
        assert named and named <= set(vendor.env.values()) - {vendor.env.get("base_url")}, vendor.key


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
