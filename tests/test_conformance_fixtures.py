"""Fixtures for conformance against the mocks: what they create exists, and schemathesis reads them."""

from __future__ import annotations

import tomllib
from collections.abc import Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import Any

import httpx
import pytest
from schemathesis.config import SchemathesisConfig
from schemathesis.config._dictionaries import ParameterDictionaryBinding

from conformance import config, fixtures
from conformance.fixtures import FixtureError, Fixtures
from conformance.mocks import kaedim as kaedim_mock
from conformance.plugins import plugins_for
from conformance.runner import _hooks, _operations
from conformance.serving import serve
from conformance.targets import MOCK, PRISM
from registry.documents import load_document
from registry.vendors import Vendor, load_vendors, select

VENDORS = load_vendors()
WITH_FIXTURES = [
    v for v in VENDORS.values() if v.key in {"eiger", "cloudslicer", "kittycad", "kaedim", "threeyourmind"}
]


def _spec(vendor: Vendor) -> dict[str, Any]:
    return load_document(vendor.spec_dir() / "openapi.yaml")


def _parameters(spec: Mapping[str, Any], *, required: bool = False) -> dict[str, set[str]]:
    """operationId -> its `location.name` parameter keys, or only the required ones (no body fields)."""
    found: dict[str, set[str]] = {}
    components = spec.get("components", {}).get("parameters", {})
    for item in spec["paths"].values():
        for operation in item.values():
            if not isinstance(operation, Mapping) or "operationId" not in operation:
                continue
            keys = set()
            for parameter in [*item.get("parameters", []), *operation.get("parameters", [])]:
                if "$ref" in parameter:
                    parameter = components[parameter["$ref"].rsplit("/", 1)[-1]]
                if parameter.get("required") or not required:
                    keys.add(f"{parameter['in']}.{parameter['name']}")
            found[str(operation["operationId"])] = keys
    return found


SAMPLE = Fixtures(
    shared={"path.basket_id": [4], "body.basketId": [4]},
    scoped={"get_offer": {"path.offer_id": [101, 102]}},
    own={"delete_basket": {"path.basket_id": [1, 2]}},
)


def _written(vendor: Vendor, made: fixtures.FixtureSettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """The schemathesis.toml a mock run of `vendor` writes with these fixtures.

    The variables it names are set to the mock's credentials, as the runner sets them for
    schemathesis (which resolves them when it reads the file).
    """
    for name, value in plugins_for(vendor.key).credentials.items():
        monkeypatch.setenv(name, value)
    path = tmp_path / "schemathesis.toml"
    config.write(path, config.build(vendor, _spec(vendor), MOCK, fixtures=made, disabled={}, hooks=False))
    return path.read_text(encoding="utf-8")


def test_settings_bind_shared_scoped_and_own_ids_the_way_schemathesis_reads_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = fixtures.settings(SAMPLE, ["get_offer", "delete_basket", "list_baskets"])
    text = _written(VENDORS["threeyourmind"], made, tmp_path, monkeypatch)
    parsed = tomllib.loads(text)
    dictionaries = {name: table["values"] for name, table in parsed["dictionaries"].items()}
    shared = parsed["parameters"]["path.basket_id"]
    assert dictionaries[shared["dictionary"]] == [4]
    assert shared["probability"] == fixtures.PROBABILITY < 1  # the rest of the cases stay random
    by_operation = {op["include-operation-id"]: op["parameters"] for op in parsed["operations"]}
    assert dictionaries[by_operation["get_offer"]["path.offer_id"]["dictionary"]] == [101, 102]
    assert by_operation["get_offer"]["path.offer_id"]["probability"] == fixtures.PROBABILITY
    # What an operation deletes is its own in every case: no random id can reach a shared one.
    assert by_operation["delete_basket"]["path.basket_id"]["probability"] == 1.0
    assert dictionaries[by_operation["delete_basket"]["path.basket_id"]["dictionary"]] == [1, 2]
    # schemathesis itself accepts the tables and binds the parameters to the dictionaries.
    project = SchemathesisConfig.from_str(text).projects.get_default()
    assert isinstance(project.parameters["path.basket_id"], ParameterDictionaryBinding)
    assert set(project.dictionaries) == set(dictionaries)


def test_fixtures_for_an_operation_the_spec_lacks_are_refused_by_name() -> None:
    with pytest.raises(FixtureError, match="get_offer"):
        fixtures.settings(SAMPLE, ["delete_basket"])


@pytest.mark.parametrize("key", ["basket_id", "form.basket_id", "path."])
def test_a_key_without_a_location_is_refused(key: str) -> None:
    with pytest.raises(ValueError, match="location"):
        Fixtures(shared={key: [1]})


def test_an_operation_is_either_scoped_or_owning() -> None:
    with pytest.raises(ValueError, match="delete_basket"):
        Fixtures(scoped={"delete_basket": {"path.basket_id": [3]}}, own={"delete_basket": {"path.basket_id": [1]}})


def test_the_log_says_how_many_ids_never_which() -> None:
    secret = "9b2e4d6f-8a1c-4e3b-b5d7-1f2a3c4e5d6f"
    lines = fixtures.describe(Fixtures(scoped={"get_session_for_user": {"path.token": [secret]}}))
    assert lines == ["get_session_for_user uses path.token (1)"]


def test_account_parameters_and_fixture_bindings_share_one_parameters_table(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kaedim = VENDORS["kaedim"]
    made = fixtures.settings(Fixtures(shared={"query.requestID": ["r"]}), [])
    text = _written(kaedim, made, tmp_path, monkeypatch)
    assert text.count("[parameters]") == 1
    parsed = tomllib.loads(text)["parameters"]
    assert parsed["query.devID"] == "${KAEDIM_DEV_ID}"  # a variable, never the value
    assert parsed["query.requestID"]["dictionary"] == "known-0"
    # schemathesis reads the variable from the environment.
    read = SchemathesisConfig.from_str(text).projects.get_default().parameters
    assert read["query.devID"] == kaedim_mock.DEV_ID


@pytest.fixture(scope="module")
def populated() -> Iterator[dict[str, tuple[Vendor, str, Fixtures]]]:
    """Each vendor's fixtures, made in a fresh mock that stays up for the checks below."""
    made: dict[str, tuple[Vendor, str, Fixtures]] = {}
    with ExitStack() as stack:
        for vendor in WITH_FIXTURES:
            plugins = plugins_for(vendor.key)
            origin = stack.enter_context(serve(plugins.create_app()))
            url = origin + vendor.base_path
            made[vendor.key] = (vendor, url, plugins.fixtures(url, plugins.credentials))
        yield made


@pytest.mark.parametrize("key", [v.key for v in WITH_FIXTURES])
def test_every_fixture_names_a_parameter_its_operation_has(
    populated: dict[str, tuple[Vendor, str, Fixtures]], key: str
) -> None:
    vendor, _, made = populated[key]
    spec = _spec(vendor)
    parameters = _parameters(spec)
    fixtures.settings(made, (str(op["operationId"]) for _, _, op in _operations(spec)))
    everywhere = set().union(*parameters.values())
    for name in made.shared:
        assert name.startswith("body.") or name in everywhere, f"{key}: no operation has {name}"
    for operation_id, known in [*made.scoped.items(), *made.own.items()]:
        for name in known:
            assert name.startswith("body.") or name in parameters[operation_id], f"{operation_id} has no {name}"


# What the client below sends on every request, so a read needs no fixture for it.
SUPPLIED = {"kaedim": {"query.devID"}}


def _client(vendor: Vendor, url: str) -> httpx.Client:
    credentials = plugins_for(vendor.key).credentials
    if vendor.key == "eiger":
        return httpx.Client(base_url=url, auth=(credentials["EIGER_ACCESS_KEY"], credentials["EIGER_SECRET_KEY"]))
    if vendor.key == "threeyourmind":
        token = credentials["THREEYOURMIND_API_TOKEN"]
        return httpx.Client(base_url=url, headers={"Authorization": f"Token {token}"})
    if vendor.key == "kaedim":
        # The fixtures authenticated with the published JWT, which is still the latest.
        headers = {"X-API-Key": credentials["KAEDIM_API_KEY"], "Authorization": credentials["KAEDIM_JWT"]}
        return httpx.Client(base_url=url, headers=headers, params={"devID": credentials["KAEDIM_DEV_ID"]})
    token = next(iter(credentials.values()))
    return httpx.Client(base_url=url, headers={"Authorization": f"Bearer {token}"})


@pytest.mark.parametrize("key", [v.key for v in WITH_FIXTURES])
def test_every_read_whose_ids_are_all_known_finds_its_resource(
    populated: dict[str, tuple[Vendor, str, Fixtures]], key: str
) -> None:
    vendor, url, made = populated[key]
    spec = _spec(vendor)
    read = 0
    with _client(vendor, url) as api:
        for method, path, operation in _operations(spec):
            operation_id = str(operation["operationId"])
            if method != "GET" or operation_id in made.own:
                continue
            known = {**made.shared, **made.scoped.get(operation_id, {})}
            needed = _parameters(spec, required=True)[operation_id] - SUPPLIED.get(key, set())
            named = _parameters(spec)[operation_id]
            # A read the fixtures reach: each id it needs is known, and it names at least one.
            if not needed <= set(known) or not named & set(known):
                continue
            filled = path
            for name in named & set(known):
                filled = filled.replace("{" + name.removeprefix("path.") + "}", str(known[name][0]))
            query = {n.removeprefix("query."): str(known[n][0]) for n in named & set(known) if n.startswith("query.")}
            answer = api.get(filled.removeprefix(vendor.base_path) if vendor.base_path else filled, params=query)
            assert answer.status_code < 300, f"{operation_id} {filled}: {answer.status_code} {answer.text[:200]}"
            read += 1
    assert read >= 1  # each vendor's fixtures reach at least one read


def test_kaedim_hooks_load_on_the_mock_only() -> None:
    kaedim, eiger = select(["kaedim", "eiger"])
    assert _hooks(kaedim, MOCK)["SCHEMATHESIS_HOOKS"] == "conformance.hooks.kaedim"
    assert _hooks(kaedim, PRISM) == {}
    assert _hooks(eiger, MOCK) == {}


def test_kaedim_hook_follows_the_jwt_as_the_api_rotates_it(monkeypatch: pytest.MonkeyPatch) -> None:
    import schemathesis.auths

    from conformance.hooks.kaedim import RotatingJwt

    # Importing the hooks registered a global provider; this process has no use for it.
    schemathesis.auths.unregister()
    for name, value in kaedim_mock.CREDENTIALS.items():
        monkeypatch.setenv(name, value)

    class Schema:
        def __init__(self, base: str) -> None:
            self.base = base

        def get_base_url(self) -> str:
            return self.base

    class Case:
        headers: dict[str, str] | None = None

    with serve(kaedim_mock.create_app()) as origin:
        base = origin + "/api/v1"
        ctx = type("Ctx", (), {"operation": type("Op", (), {"schema": Schema(base)})()})()
        provider = RotatingJwt()
        first = provider.get(Case(), ctx)
        query = {"devID": kaedim_mock.DEV_ID}
        # Registering a webhook issues a new JWT and ends the one the provider holds ...
        register = {"devID": kaedim_mock.DEV_ID, "destination": "https://example.com/hook"}
        headers = {"X-API-Key": kaedim_mock.API_KEY}
        assert httpx.post(f"{base}/registerHook", json=register, headers=headers).status_code < 300
        case = Case()
        provider.set(case, first, ctx)
        assert httpx.get(f"{base}/fetchProjects", params=query, headers=case.headers).status_code == 401
        # ... and asking again (what schemathesis does after a 401) authenticates once more.
        provider.set(case, provider.get(Case(), ctx), ctx)
        assert httpx.get(f"{base}/fetchProjects", params=query, headers=case.headers).status_code == 200
