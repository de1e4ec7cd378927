"""Every mock answers hostile input, on every operation of its spec, with a 4xx in its vendor's error shape.

Sent in memory (`httpx.ASGITransport`, no socket): a JSON body nested 100000 deep, one holding a
5000-digit integer, one holding a `NaN` literal, and a valid-looking JSON body sent as `text/plain`;
and each path and query parameter in turn given 5000 digits, `NaN`, `inf` and a percent-escape that
is not UTF-8. A 5xx (or an exception out of the app) is always a failure; so is a 2xx for input no
valid request could hold. Every 4xx body is checked against the error schema the spec documents for
that status (else the vendor's error component) and the keys the mock documents.
"""

from __future__ import annotations

import base64
import importlib
import json
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from openapi_schema_validator import OAS30Validator, OAS31Validator
from referencing import Registry
from referencing.jsonschema import DRAFT4, DRAFT202012

from codegen.restyle import STYLES, restyle
from conformance.plugins import mock_for
from registry.vendors import load_vendors
from tests.loopback import loopback_only
from tests.spec_strategies import SpecStrategyError, curated_spec, json_schema, resolve, schema_validator, vendor

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
DIGITS = "1" * 5000
DEEP = b"[" * 100_000 + b"]" * 100_000
NOT_UTF8 = "%FF%FE"  # sent as is: a percent-escape of bytes no UTF-8 text holds
PROBE = "fabapiProbe"  # an extra property carrying the hostile literal beside a valid-looking body
UUID = "3fa85f64-5717-4562-b3fc-2c963f66afa6"


@dataclass(frozen=True)
class Mock:
    key: str  # in specs/vendors.toml
    app: Callable[[], Any]
    headers: Mapping[str, str]
    keys: frozenset[str]  # what every error body of the mock holds, as its docstring documents
    components: tuple[str, ...]  # error schemas an answer is checked against when its status is undocumented
    known: Mapping[str, str] = field(default_factory=dict)  # name -> a value the mock's account owns


def _eiger() -> Mock:
    from conformance.mocks import eiger

    pair = f"{eiger.CREDENTIALS['EIGER_ACCESS_KEY']}:{eiger.CREDENTIALS['EIGER_SECRET_KEY']}"
    headers = {"Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}
    return Mock("eiger", eiger.create_app, headers, frozenset({"message"}), ("Error",))


def _cloudslicer() -> Mock:
    from conformance.mocks import cloudslicer

    headers = {"Authorization": f"Bearer {cloudslicer.CREDENTIALS['CLOUDSLICER_API_TOKEN']}"}
    errors = ("HTTPValidationError", "HTTPError")
    return Mock("cloudslicer", cloudslicer.create_app, headers, frozenset({"detail"}), errors)


def _kittycad() -> Mock:
    from conformance.mocks import kittycad

    headers = {"Authorization": f"Bearer {kittycad.CREDENTIALS['ZOO_API_TOKEN']}"}
    return Mock("kittycad", kittycad.create_app, headers, frozenset({"message", "request_id"}), ("Error",))


def _kaedim() -> Mock:
    from conformance.mocks import kaedim

    headers = {"X-API-Key": kaedim.API_KEY, "Authorization": f"Bearer {kaedim.CREDENTIALS['KAEDIM_JWT']}"}

    def app() -> Any:
        return kaedim.create_app(store=kaedim.Store(processing_seconds=None))

    known = {"devID": kaedim.DEV_ID, "refresh-token": kaedim.REFRESH_TOKEN}
    return Mock("kaedim", app, headers, frozenset({"status", "message"}), ("Error",), known)


def _threeyourmind() -> Mock:
    # The package name starts with a digit in the vendor key; the mock module is imported by name.
    mock: Any = importlib.import_module("conformance.mocks.threeyourmind")
    headers = {"Authorization": f"Token {mock.CREDENTIALS['THREEYOURMIND_API_TOKEN']}"}
    return Mock("threeyourmind", mock.create_app, headers, frozenset({"code", "message", "moreInfo"}), ("Error",))


_SCHEMA_REF = "#/components/schemas/"


def _component(schema: Any) -> str | None:
    """The component a schema is: its `$ref`, or that of a one-member `allOf` wrapping it (the form a
    `$ref` takes beside annotations in 3.0, as dropshot writes it)."""
    if isinstance(schema, Mapping) and isinstance(schema.get("allOf"), list) and len(schema["allOf"]) == 1:
        schema = schema["allOf"][0]
    ref = str(schema.get("$ref", "")) if isinstance(schema, Mapping) else ""
    return ref.removeprefix(_SCHEMA_REF) if ref.startswith(_SCHEMA_REF) else None


def _error_answers(spec: Mapping[str, Any]) -> dict[str, set[str]]:
    """Each named schema the spec's 4xx and default answers carry as JSON, with the statuses it answers."""
    statuses: dict[str, set[str]] = {}
    for item in spec["paths"].values():
        for method in HTTP_METHODS:
            for status, answer in (item.get(method) or {}).get("responses", {}).items():
                if not (str(status).startswith("4") or status == "default"):
                    continue
                for media, content in resolve(spec, answer).get("content", {}).items():
                    name = _component(content.get("schema")) if _is_json(media) else None
                    if name is not None:
                        statuses.setdefault(name, set()).add(str(status).upper())
    return statuses


def _fields(spec: Mapping[str, Any], schema: Any, depth: int = 0) -> tuple[frozenset[str], frozenset[str]]:
    """(the fields every instance of `schema` holds, the fields it names), through `$ref`s, `allOf`
    (each member's) and `anyOf`/`oneOf` (held by every variant, named by any)."""
    schema = resolve(spec, schema)
    if not isinstance(schema, Mapping) or depth > 20:  # a cycle through compositions ends
        return frozenset(), frozenset()
    required, named = set(schema.get("required", ())), set(schema.get("properties", {}))
    for member in schema.get("allOf", ()):
        held, listed = _fields(spec, member, depth + 1)
        required |= held
        named |= listed
    variants = [_fields(spec, member, depth + 1) for key in ("anyOf", "oneOf") for member in schema.get(key, ())]
    if variants:
        required |= frozenset.intersection(*(held for held, _ in variants))
        named |= frozenset.union(*(listed for _, listed in variants))
    return frozenset(required), frozenset(named)


def error_shape(spec: Mapping[str, Any]) -> tuple[frozenset[str], tuple[str, ...]]:
    """(the fields every error holds, the error schemas that carry them), read off the spec's error answers.

    The fields are those of the vendor's general error schema: the one a catch-all answer (`4XX`,
    `default`) carries, else the one answering the most statuses. A schema documented for one status
    only is that status's body: FastAPI documents its 422 `HTTPValidationError` on every operation,
    whatever the API's own errors are. Its required fields; where none are (FastAPI's `detail`), the
    ones it names. The error schemas are all those naming these fields."""
    answers = _error_answers(spec)
    fields = {name: _fields(spec, {"$ref": _SCHEMA_REF + name}) for name in sorted(answers)}
    general = [name for name, statuses in answers.items() if statuses & {"4XX", "DEFAULT"}]
    if not general and answers:
        most = max(len(statuses) for statuses in answers.values())
        general = [name for name, statuses in answers.items() if len(statuses) == most]
    required = [fields[name][0] for name in general]
    named = [fields[name][1] for name in general]
    keys = (frozenset.intersection(*required) or frozenset.intersection(*named)) if general else frozenset()
    return keys, tuple(name for name, (held, listed) in fields.items() if keys and keys <= held | listed)


def _from_registry(key: str, spec: Mapping[str, Any] | None = None) -> Mock:
    """A vendor without a builder above (a new one): its mock and credentials from its plug-in, the auth
    header from its registry entry, its error shape from the error answers its spec (the curated one
    unless given) documents."""
    entry, plugin = vendor(key), mock_for(key)

    def credential(role: str) -> str:
        name = entry.credentials.get(role)  # type: ignore[call-overload]
        if name is None:
            raise AssertionError(f"[{key}] credentials.{role} is missing in specs/vendors.toml")
        return plugin.credentials[entry.env_var(name)]

    if entry.auth == "http-bearer":
        headers = {"Authorization": f"Bearer {credential('bearer')}"}
    elif entry.auth == "http-basic":
        pair = f"{credential('username')}:{credential('password')}"
        headers = {"Authorization": "Basic " + base64.b64encode(pair.encode()).decode()}
    else:
        raise AssertionError(f"{key}: auth {entry.auth!r} needs a builder of its own in {__name__}")
    keys, components = error_shape(curated_spec(key) if spec is None else spec)
    if not keys:
        raise AssertionError(f"{key}: its spec documents no JSON error schema with a field every error has")
    return Mock(key, plugin.create_app, headers, keys, components)


# Each vendor's own builder; every other vendor of the registry is built from its entry and its spec.
OWN_MOCKS: dict[str, Callable[[], Mock]] = {
    "eiger": _eiger,
    "cloudslicer": _cloudslicer,
    "kittycad": _kittycad,
    "kaedim": _kaedim,
    "threeyourmind": _threeyourmind,
}
MOCKS: dict[str, Callable[[], Mock]] = {key: OWN_MOCKS.get(key, partial(_from_registry, key)) for key in load_vendors()}


# -- what the spec says --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    method: str
    path: str
    raw: Mapping[str, Any]
    parameters: tuple[Mapping[str, Any], ...]
    body_types: frozenset[str]

    @property
    def name(self) -> str:
        return f"{self.method} {self.path}"


def _operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    for path, item in spec["paths"].items():
        shared = [resolve(spec, p) for p in item.get("parameters", [])]
        for method in HTTP_METHODS:
            raw = item.get(method)
            if not isinstance(raw, Mapping):
                continue
            own = [resolve(spec, p) for p in raw.get("parameters", [])]
            names = {(p["in"], p["name"]) for p in own}
            parameters = (*[p for p in shared if (p["in"], p["name"]) not in names], *own)
            body = resolve(spec, raw.get("requestBody", {}))
            yield Operation(method.upper(), path, raw, parameters, frozenset(body.get("content", {})))


def _is_json(media_type: str) -> bool:
    return media_type == "application/json" or media_type.endswith("+json")


def _body_schema(spec: Mapping[str, Any], operation: Operation) -> Any:
    content = resolve(spec, operation.raw["requestBody"])["content"]
    media = next((content[t] for t in content if _is_json(t)), None) or next(iter(content.values()))
    return media.get("schema", {})


def _schema(spec: Mapping[str, Any], node: Any) -> Any:
    try:
        return json_schema(spec, node)
    except SpecStrategyError:  # a recursive schema: nothing plain can be read off it
        return {}


def _types(schema: Mapping[str, Any]) -> set[str]:
    kinds = schema.get("type")
    found = set(kinds if isinstance(kinds, list) else [kinds] if kinds else [])
    for option in [*schema.get("anyOf", []), *schema.get("oneOf", []), *schema.get("allOf", [])]:
        found |= _types(option)
    return found


def minimal(schema: Mapping[str, Any], known: Mapping[str, str], name: str = "") -> Any:
    """A plain value of `schema` (a JSON Schema): required properties only, the simplest of each type."""
    if name in known:
        return known[name]
    if "const" in schema:
        return schema["const"]
    listed = [value for value in schema.get("enum", []) if value is not None]
    if listed:
        return listed[0]
    if schema.get("examples"):
        return schema["examples"][0]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    if "allOf" in schema:
        parts = [minimal(part, known, name) for part in schema["allOf"]]
        merged = [part for part in parts if isinstance(part, dict)]
        return {k: v for part in merged for k, v in part.items()} if merged else parts[0]
    for options in (schema.get("anyOf"), schema.get("oneOf")):
        if options:
            chosen = next((o for o in options if o.get("type") != "null"), options[0])
            return minimal(chosen, known, name)
    kinds = schema.get("type", "object" if "properties" in schema else "string")
    kind = next((k for k in kinds if k != "null"), "null") if isinstance(kinds, list) else kinds
    if kind == "object":
        properties = schema.get("properties", {})
        return {key: minimal(properties.get(key, {}), known, key) for key in schema.get("required", [])}
    if kind == "array":
        return [minimal(schema.get("items", {}), known, name)] * int(schema.get("minItems", 0))
    if kind in ("integer", "number"):
        low = schema.get("minimum", schema.get("exclusiveMinimum", 0))
        return max(1, int(low) + 1)
    if kind == "boolean":
        return False
    if kind == "null":
        return None
    return _text(schema)


def _text(schema: Mapping[str, Any]) -> str:
    formats = {
        "uuid": UUID,
        "date": "2024-01-02",
        "date-time": "2024-01-02T03:04:05Z",
        "email": "someone@example.com",
        "uri": "http://127.0.0.1:9/hook",
        "url": "http://127.0.0.1:9/hook",
    }
    return formats.get(str(schema.get("format")), "x" * max(1, int(schema.get("minLength", 1))))


def _plain_parameter(spec: Mapping[str, Any], parameter: Mapping[str, Any], known: Mapping[str, str]) -> str:
    value = minimal(_schema(spec, parameter.get("schema", {})), known, parameter["name"])
    if isinstance(value, list):
        value = value[0] if value else "1"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


# -- requests -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Probe:
    what: str
    method: str
    url: str
    headers: Mapping[str, str]
    content: bytes | None
    strict: bool  # no valid request holds this: only a 4xx will do (else: anything but a 5xx)


def _with_probe(body: Any, literal: str) -> bytes:
    """`body` as JSON with one more property whose value is `literal`, a token `json.dumps` cannot write."""
    obj = body if isinstance(body, dict) else {}
    text = json.dumps({**obj, PROBE: None})
    return text.replace(f'"{PROBE}": null', f'"{PROBE}": {literal}').encode()


def _url(operation: Operation, path: Mapping[str, str], query: Mapping[str, str]) -> str:
    url = operation.path
    for name, value in path.items():
        url = url.replace("{" + name + "}", value)
    if query:
        url += "?" + "&".join(f"{quote(name, safe='')}={value}" for name, value in query.items())
    return url


def _accepts(spec: Mapping[str, Any], parameter: Mapping[str, Any], text: str) -> bool:
    """Whether some valid request gives `parameter` this text (only a string schema can take it)."""
    schema = _schema(spec, parameter.get("schema", {}))
    item = schema.get("items", {}) if "array" in _types(schema) else schema
    if "string" not in _types(item) and _types(item):
        return False
    return schema_validator(spec, {**item, "type": "string"}).is_valid(text)


def probes(spec: Mapping[str, Any], mock: Mock, operation: Operation, base: str) -> Iterator[Probe]:
    """The hostile requests for one operation, its other parameters (and body) plain and valid-looking."""
    values = {(p["in"], p["name"]): _plain_parameter(spec, p, mock.known) for p in operation.parameters}
    required = {(p["in"], p["name"]) for p in operation.parameters if p.get("required")}

    def given(where: str, *, every: bool) -> dict[str, str]:
        return {n: v for (w, n), v in values.items() if w == where and (every or (w, n) in required)}

    path = {name: quote(value, safe="") for name, value in given("path", every=True).items()}
    query = {name: quote(value, safe="") for name, value in given("query", every=False).items()}
    headers = {**given("header", every=False), **mock.headers}
    method, url = operation.method, base + _url(operation, path, query)
    body = minimal(_schema(spec, _body_schema(spec, operation)), mock.known) if operation.body_types else None
    as_json = {**headers, "Content-Type": "application/json"}
    if any(_is_json(t) or t == "multipart/form-data" for t in operation.body_types):
        yield Probe("body nested 100000 deep", method, url, as_json, DEEP, True)
        yield Probe("body with a 5000-digit integer", method, url, as_json, _with_probe(body, DIGITS), True)
        yield Probe("body with a NaN literal", method, url, as_json, _with_probe(body, "NaN"), True)
        as_text = {**headers, "Content-Type": "text/plain"}
        yield Probe("JSON body as text/plain", method, url, as_text, json.dumps(body).encode(), True)
    # Parameters go with the plain body, so that only the parameter is hostile.
    sent = (as_json, json.dumps(body).encode()) if any(map(_is_json, operation.body_types)) else (headers, None)
    for parameter in operation.parameters:
        where, name = parameter["in"], parameter["name"]
        if where not in ("path", "query"):
            continue
        for label, value in (("5000 digits", DIGITS), ("NaN", "NaN"), ("inf", "inf"), ("not UTF-8", NOT_UTF8)):
            strict = label == "not UTF-8" or not _accepts(spec, parameter, value)
            target = (
                _url(operation, {**path, name: value}, query)
                if where == "path"
                else _url(operation, path, {**query, name: value})
            )
            yield Probe(f"{where} {name} = {label}", method, base + target, sent[0], sent[1], strict)


# -- answers ---------------------------------------------------------------------------------------


def _validator(spec: Mapping[str, Any], schema: Mapping[str, Any]) -> Any:
    modern = str(spec.get("openapi", "")).startswith("3.1")
    validator_class = OAS31Validator if modern else OAS30Validator
    specification = DRAFT202012 if modern else DRAFT4
    registry: Registry[Any] = Registry().with_resource("urn:spec", specification.create_resource(dict(spec)))
    target = {"$ref": "urn:spec" + schema["$ref"]} if "$ref" in schema else schema
    return validator_class(target, registry=registry)


def _error_schema(spec: Mapping[str, Any], mock: Mock, operation: Operation, status: int) -> Mapping[str, Any]:
    responses = operation.raw["responses"]
    documented = responses.get(str(status)) or responses.get(f"{status // 100}XX") or responses.get("default")
    if documented is not None:
        media = resolve(spec, documented).get("content", {}).get("application/json")
        if media is not None and "schema" in media:
            schema: Mapping[str, Any] = media["schema"]
            return schema
    return {"anyOf": [{"$ref": "urn:spec#/components/schemas/" + name} for name in mock.components]}


def judge(
    spec: Mapping[str, Any], mock: Mock, operation: Operation, probe: Probe, answer: httpx.Response
) -> str | None:
    """What is wrong with the answer to `probe`, or None."""
    status = answer.status_code
    if status >= 500:
        return f"answered {status}: {answer.text[:200]}"
    if status in (401, 403):
        return f"answered {status}: the test's credentials were refused ({answer.text[:120]})"
    if not 400 <= status < 500:
        return f"answered {status}, not a 4xx" if probe.strict else None
    try:
        body = answer.json()
    except ValueError:
        return f"answered {status} with a body that is not JSON: {answer.text[:120]!r}"
    if not isinstance(body, dict) or not mock.keys <= set(body):
        return f"answered {status} with {body!r:.200}, not the mock's error shape {sorted(mock.keys)}"
    errors = [e.message for e in _validator(spec, _error_schema(spec, mock, operation, status)).iter_errors(body)]
    if errors:
        return f"answered {status} with {body!r:.200}, not the spec's error schema: {errors[0][:200]}"
    return None


async def _probe_every_operation(mock: Mock, spec: Mapping[str, Any]) -> tuple[list[str], Counter[int]]:
    """(what was wrong with each answer, how often each status was answered)."""
    base = vendor(mock.key).base_path
    failures: list[str] = []
    answered: Counter[int] = Counter()
    transport = httpx.ASGITransport(mock.app())
    async with httpx.AsyncClient(transport=transport, base_url="http://mock.test") as client:
        for operation in _operations(spec):
            for probe in probes(spec, mock, operation, base):
                where = f"{operation.name} [{probe.what}]"
                try:
                    answer = await client.request(probe.method, probe.url, headers=probe.headers, content=probe.content)
                except Exception as exc:  # the app raised: a 500 on a real server
                    failures.append(f"{where}: raised {type(exc).__name__}: {exc!s:.200}")
                    continue
                answered[answer.status_code] += 1
                problem = judge(spec, mock, operation, probe, answer)
                if problem is not None:
                    failures.append(f"{where}: {problem}")
    return failures, answered


@pytest.mark.parametrize("key", sorted(MOCKS))
async def test_hostile_input_gets_the_vendors_4xx_on_every_operation(key: str) -> None:
    mock = MOCKS[key]()
    with loopback_only() as watch:
        failures, answered = await _probe_every_operation(mock, curated_spec(mock.key))
    assert not failures, f"{len(failures)} failures:\n" + "\n".join(failures[:60])
    # In memory: the mock itself opened no socket either, whatever it was sent.
    assert watch.contacts == []
    # The probes reached the operations: not every answer is the 404 of a path the mock does not serve.
    assert set(answered) - {404}, answered


@pytest.mark.parametrize("key", ["eiger", "cloudslicer", "kittycad"])
def test_a_mock_built_from_the_registry_is_the_one_written_by_hand(key: str) -> None:
    # What a new vendor gets (auth header, error keys and schemas read from its entry and its spec)
    # is what the builders above say by hand, for the vendors whose auth the registry alone describes.
    built, own = _from_registry(key), OWN_MOCKS[key]()
    assert (built.headers, built.keys, set(built.components)) == (own.headers, own.keys, set(own.components))


@pytest.mark.parametrize("style", sorted(STYLES))
@pytest.mark.parametrize("key", sorted(OWN_MOCKS))
def test_the_error_shape_read_off_a_spec_is_the_same_whichever_generator_wrote_it(key: str, style: str) -> None:
    # The vendor's document in another server framework's conventions: FastAPI adds its 422
    # `HTTPValidationError` to every operation, dropshot wraps a described `$ref` in `allOf`, names move
    # (so the error schemas are compared by the fields they hold and name, not by name).
    spec = curated_spec(key)
    restyled = restyle(style, spec)
    keys, components = error_shape(restyled)
    own = OWN_MOCKS[key]()
    assert keys == own.keys
    assert _shapes(restyled, components) == _shapes(spec, own.components)


def _shapes(spec: Mapping[str, Any], components: Iterable[str]) -> set[tuple[frozenset[str], frozenset[str]]]:
    return {_fields(spec, {"$ref": _SCHEMA_REF + name}) for name in components}
