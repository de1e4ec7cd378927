"""Every vendor's clients, sync and async, are set up the same way from the registry (specs/vendors.toml).

The generated `_vendor.PROFILE` matches the registry entry; base URL and credentials come from the
arguments, else the variables the registry names, else the registry's default; `timeout=None` means
no timeout and a bad timeout is an `InvalidArgument` naming it; the User-Agent names package and version.
"""

from __future__ import annotations

import base64
import importlib
import inspect
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from fabapi_core import ConfigurationError, InvalidArgument, VendorProfile

from registry.vendors import Vendor, load_vendors

VENDORS = list(load_vendors().values())
# A JWT that expires in 2100, so Kaedim's client sends it without asking for a fresh one.
JWT = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJkZXYtMSIsImV4cCI6NDEwMjQ0NDgwMH0.ZnJlc2gtc2lnbmF0dXJl"
CASES = [(vendor, asynchronous) for vendor in VENDORS for asynchronous in (False, True)]


def _id(case: tuple[Vendor, bool]) -> str:
    vendor, asynchronous = case
    return f"{vendor.key}-{'async' if asynchronous else 'sync'}"


@pytest.fixture(params=CASES, ids=[_id(case) for case in CASES])
def case(request: pytest.FixtureRequest) -> tuple[Vendor, bool]:
    found: tuple[Vendor, bool] = request.param
    return found


@pytest.fixture
def credentials(case: tuple[Vendor, bool], monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    """Every credential the registry names for the vendor, set in the environment; no base URL there."""
    vendor, _ = case
    values = {name: JWT if name == "jwt" else f"test-{name}-0001" for name in vendor.env if name != "base_url"}
    for variables in {**vendor.env, **vendor.optional_env}.values():
        for variable in variables:
            monkeypatch.delenv(variable, raising=False)
    for name, value in values.items():
        monkeypatch.setenv(vendor.env_var(name), value)
    yield values


def _client_class(vendor: Vendor, asynchronous: bool) -> Any:
    module = importlib.import_module(vendor.module)
    return getattr(module, f"Async{vendor.client}" if asynchronous else vendor.client)


def _make(vendor: Vendor, asynchronous: bool, *, base_url_given: bool = True, **options: Any) -> Any:
    """The client; a base URL is given where the registry has no default (unless `base_url_given=False`)."""
    if vendor.key == "kaedim":
        # Its own token store, so no JWT is shared with another test's client.
        options.setdefault("token_store", importlib.import_module(vendor.module).TokenStore())
    if base_url_given and not vendor.base_url_default:
        options.setdefault("base_url", "https://acme.example.test")
    return _client_class(vendor, asynchronous)(**options)


def _sent_credentials(request: httpx.Request) -> str:
    """Every header value of the request, HTTP Basic credentials decoded."""
    values = []
    for value in request.headers.values():
        scheme, _, rest = value.partition(" ")
        values.append(base64.b64decode(rest).decode() if scheme == "Basic" else value)
    return "\n".join(values)


def _first_credential(vendor: Vendor, credentials: dict[str, str]) -> str:
    """The value of the first credential the registry names (the access key, token or API key)."""
    return credentials[next(name for name in vendor.env if name != "base_url")]


class _Recorder:
    """A transport that answers 200 (with `answer`, else `{}`) and keeps every request."""

    def __init__(self, answer: object = None) -> None:
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self._answer)
        self.answer = {} if answer is None else answer

    def _answer(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.answer)


def _assert_timeout(request: httpx.Request, expected: httpx.Timeout) -> None:
    """The request went out with `expected` (less the few microseconds the call had spent already)."""
    sent = request.extensions["timeout"]
    for phase, seconds in expected.as_dict().items():
        assert sent[phase] == (None if seconds is None else pytest.approx(seconds, abs=0.5)), phase


async def _one_request(client: Any, asynchronous: bool) -> None:
    """One GET through the client's own HTTP stack: its auth, retries, headers and timeout."""
    if asynchronous:
        await client._client.get_async_httpx_client().get("/profile-check")
        await client.aclose()
    else:
        client._client.get_httpx_client().get("/profile-check")
        client.close()


@pytest.mark.parametrize("vendor", VENDORS, ids=lambda vendor: vendor.key)
def test_the_generated_profile_is_the_registry_entry(vendor: Vendor) -> None:
    generated = importlib.import_module(f"{vendor.module}._vendor")
    profile = generated.PROFILE
    assert isinstance(profile, VendorProfile)
    assert (profile.title, profile.package, profile.version) == (vendor.title, vendor.package, vendor.version)
    assert profile.auth == vendor.auth
    assert profile.timeout == vendor.timeout
    assert {name: profile.env_vars(name) for name in profile.env} == {**vendor.env, **vendor.optional_env}
    assert profile.base_url == (vendor.base_url if vendor.base_url_default else None)
    assert generated.DEFAULT_BASE_URL == profile.base_url
    for name, variable in profile.env.items():
        assert getattr(generated, f"ENV_{name.upper()}") == variable


def test_every_vendor_shares_one_default_timeout_unless_it_works_inside_the_request() -> None:
    # KittyCAD converts and Cloud Slicer slices inside the request; vendors.toml says so.
    longer = {vendor.key for vendor in VENDORS if vendor.timeout != 60}
    assert longer == {"kittycad", "cloudslicer"}


async def test_defaults_come_from_the_registry(case: tuple[Vendor, bool], credentials: dict[str, str]) -> None:
    vendor, asynchronous = case
    if not vendor.base_url_default:
        with pytest.raises(ConfigurationError, match=vendor.env_var("base_url")):
            _make(vendor, asynchronous, base_url_given=False)
        return
    recorder = _Recorder()
    client = _make(vendor, asynchronous, transport=recorder.transport)
    assert client.base_url == vendor.base_url
    await _one_request(client, asynchronous)
    sent = recorder.requests[-1]
    assert str(sent.url) == vendor.base_url.rstrip("/") + "/profile-check"
    # The credentials were read from the variables the registry names.
    assert _first_credential(vendor, credentials) in _sent_credentials(sent)
    _assert_timeout(sent, httpx.Timeout(vendor.timeout))


async def test_the_environment_overrides_the_default_base_url(
    case: tuple[Vendor, bool], credentials: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    vendor, asynchronous = case
    monkeypatch.setenv(vendor.env_var("base_url"), "https://from-env.example.test")
    recorder = _Recorder()
    client = _make(vendor, asynchronous, base_url_given=False, transport=recorder.transport)
    assert client.base_url == "https://from-env.example.test"
    await _one_request(client, asynchronous)
    sent = recorder.requests[-1]
    assert sent.url.host == "from-env.example.test"
    assert _first_credential(vendor, credentials) in _sent_credentials(sent)


# Every (vendor, setting, variable) where a setting has several variables (KittyCAD: ZOO_API_TOKEN,
# then KITTYCAD_API_TOKEN): each must work alone, and the first must win when all are set.
RENAMED = [
    (vendor, setting, variable)
    for vendor in VENDORS
    for setting, variables in vendor.env.items()
    if len(variables) > 1
    for variable in variables
]


def test_kittycad_reads_zoo_names_first() -> None:
    (kittycad,) = (vendor for vendor in VENDORS if vendor.key == "kittycad")
    assert kittycad.base_url == "https://api.zoo.dev"
    assert kittycad.env["token"] == ("ZOO_API_TOKEN", "KITTYCAD_API_TOKEN")
    assert kittycad.env["base_url"] == ("ZOO_HOST", "KITTYCAD_BASE_URL")


@pytest.mark.parametrize(("vendor", "setting", "variable"), RENAMED, ids=[f"{v.key}-{s}-{n}" for v, s, n in RENAMED])
@pytest.mark.parametrize("asynchronous", [False, True], ids=["sync", "async"])
async def test_each_variable_of_a_setting_works_alone_and_the_first_wins(
    vendor: Vendor, setting: str, variable: str, asynchronous: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    for variables in vendor.env.values():
        for name in variables:
            monkeypatch.delenv(name, raising=False)
    others = {
        name: JWT if name == "jwt" else f"test-{name}-0001" for name in vendor.env if name not in ("base_url", setting)
    }
    for name, value in others.items():
        monkeypatch.setenv(vendor.env_var(name), value)
    is_url = setting == "base_url"
    alone = "https://alone.example.test" if is_url else f"alone-{setting}-0001"
    if not is_url:
        monkeypatch.setenv(vendor.env_var("base_url"), "https://api.example.test")
    monkeypatch.setenv(variable, alone)

    def sent() -> tuple[Any, _Recorder]:
        recorder = _Recorder()
        client = _make(vendor, asynchronous, base_url_given=False, transport=recorder.transport)
        return client, recorder

    client, recorder = sent()
    await _one_request(client, asynchronous)
    request = recorder.requests[-1]
    assert (request.url.host == "alone.example.test") if is_url else (alone in _sent_credentials(request))

    # Every variable set, each to its own value: the first one's is used.
    for index, name in enumerate(vendor.env[setting]):
        monkeypatch.setenv(name, f"https://n{index}.example.test" if is_url else f"value-{index}-of-{setting}")
    client, recorder = sent()
    await _one_request(client, asynchronous)
    request = recorder.requests[-1]
    if is_url:
        assert request.url.host == "n0.example.test"
    else:
        assert "value-0-of-" in _sent_credentials(request)
        assert "value-1-of-" not in _sent_credentials(request)


async def test_timeout_none_means_no_timeout(case: tuple[Vendor, bool], credentials: dict[str, str]) -> None:
    vendor, asynchronous = case
    recorder = _Recorder()
    client = _make(vendor, asynchronous, transport=recorder.transport, timeout=None)
    await _one_request(client, asynchronous)
    assert recorder.requests[-1].extensions["timeout"] == httpx.Timeout(None).as_dict()


async def test_a_number_or_an_httpx_timeout_is_the_request_timeout(
    case: tuple[Vendor, bool], credentials: dict[str, str]
) -> None:
    vendor, asynchronous = case
    for given, expected in ((7, httpx.Timeout(7)), (httpx.Timeout(5, read=9), httpx.Timeout(5, read=9))):
        recorder = _Recorder()
        await _one_request(_make(vendor, asynchronous, transport=recorder.transport, timeout=given), asynchronous)
        _assert_timeout(recorder.requests[-1], expected)


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), True, "30", httpx.Timeout(5, read=-1)])
def test_a_bad_timeout_is_an_invalid_argument_naming_it(
    case: tuple[Vendor, bool], credentials: dict[str, str], bad: object
) -> None:
    vendor, asynchronous = case
    with pytest.raises(InvalidArgument, match="timeout") as caught:
        _make(vendor, asynchronous, timeout=bad)
    assert caught.value.argument == "timeout"


async def test_the_user_agent_names_package_and_version(case: tuple[Vendor, bool], credentials: dict[str, str]) -> None:
    vendor, asynchronous = case
    recorder = _Recorder()
    await _one_request(_make(vendor, asynchronous, transport=recorder.transport), asynchronous)
    agent = recorder.requests[-1].headers["user-agent"]
    assert agent.startswith(f"{vendor.package}/{vendor.version} fabapi-core/")


def test_the_constructors_share_one_shape(case: tuple[Vendor, bool]) -> None:
    """The settings every vendor shares are keyword-only, with the same names and defaults."""
    vendor, asynchronous = case
    parameters = inspect.signature(_client_class(vendor, asynchronous)).parameters
    shared = {"base_url": None, "timeout": vendor.timeout, "retries": None, "allow_insecure_http": False}
    for name, default in {**shared, "transport": None}.items():
        assert parameters[name].kind is inspect.Parameter.KEYWORD_ONLY, name
        assert parameters[name].default == default, name
