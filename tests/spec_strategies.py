"""Shared machinery for the client-against-spec property tests: every vendor, every schema, every operation.

Values come from schemathesis' generators (hypothesis underneath): a schema is drawn from by
making it the JSON body of a synthetic operation of a document that carries the vendor's own
components, and an operation's arguments are its schemathesis `Case`. Operations are enumerated
from the curated specs (`specs/<vendor>/openapi.yaml`) and matched to the generated resource
methods through `OPERATIONS`, so a new vendor is covered without touching these tests.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx
import jwt as pyjwt
import schemathesis
from hypothesis import strategies as st
from openapi_core.datatypes import RequestParameters
from schemathesis.core import NotSet
from schemathesis.transport.serialization import Binary
from werkzeug.datastructures import Headers, ImmutableMultiDict

from codegen.specio import load_document
from codegen.vendors import Vendor, load_vendors

METHODS = ("get", "put", "post", "delete", "patch")
# OpenAPI keywords that are not JSON Schema validation keywords.
_ANNOTATIONS = {"discriminator", "xml", "externalDocs", "example", "examples", "deprecated", "readOnly", "writeOnly"}


def vendors() -> list[Vendor]:
    """Every registered vendor whose package is installed."""
    found = []
    for vendor in load_vendors().values():
        try:
            importlib.import_module(vendor.module)
        except ImportError:
            continue
        found.append(vendor)
    return found


@cache
def spec_of(key: str) -> dict[str, Any]:
    return load_document(load_vendors()[key].spec_dir() / "openapi.yaml")


def is_31(spec: Mapping[str, Any]) -> bool:
    return str(spec.get("openapi", "")).startswith("3.1")


@cache
def _schema_document(key: str, schema_json: str) -> Any:
    """A schemathesis schema whose one operation takes `schema` as its JSON body."""
    spec = spec_of(key)
    document = {
        "openapi": spec["openapi"],
        "info": {"title": f"{key} schemas", "version": "1"},
        "paths": {
            "/draw": {
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": json.loads(schema_json)}},
                    },
                    "responses": {"200": {"description": "drawn"}},
                }
            }
        },
        "components": spec.get("components", {}),
    }
    return schemathesis.openapi.from_dict(document)["/draw"]["POST"]


def strategy(schema: Any, key: str) -> st.SearchStrategy[Any]:
    """Schema-valid JSON values of `schema` (which may `$ref` the vendor's components)."""
    operation = _schema_document(key, json.dumps(schema, sort_keys=True))
    drawn: st.SearchStrategy[Any] = operation.as_strategy().map(lambda case: plain(case.body))
    return drawn


def plain(value: Any) -> Any:
    """schemathesis' generated value with its `Binary` wrappers (file parts) replaced by their bytes."""
    if isinstance(value, Binary):
        return value.data
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def same_instant(a: Any, b: Any) -> bool:
    """`a == b`, where two date-time texts count as equal when they name the same instant.

    The one normalization the round trips allow: `to_dict` writes date-times in Python's ISO form
    (`+00:00`, microseconds as needed), whatever form the server used.
    """
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(same_instant(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(same_instant(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, tuple) and len(a) == 3 and isinstance(a[1], io.IOBase):
        # A file part comes back as the (name, payload, type) tuple httpx sends: its payload counts.
        return same_instant(a[1].read(), b)
    if isinstance(a, str) and isinstance(b, str) and a != b:
        try:
            return dt.datetime.fromisoformat(a) == dt.datetime.fromisoformat(b)
        except ValueError:
            return False
    numbers = isinstance(a, int | float) and isinstance(b, int | float) and not isinstance(a, bool)
    return bool(a == b) and (type(a) is type(b) or (numbers and not isinstance(b, bool)))


# -- operations ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    vendor: str
    operation_id: str
    method: str
    path: str
    raw: Mapping[str, Any]

    def __str__(self) -> str:
        return f"{self.vendor}:{self.operation_id}"


def operations(key: str) -> list[Operation]:
    spec = spec_of(key)
    found = []
    for path, item in spec.get("paths", {}).items():
        shared = list(item.get("parameters", []))
        for method in METHODS:
            raw = item.get(method)
            if isinstance(raw, Mapping) and "operationId" in raw:
                merged = {**raw, "parameters": shared + list(raw.get("parameters", []))}
                found.append(Operation(key, str(raw["operationId"]), method, path, merged))
    return found


def snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    while isinstance(node, Mapping) and "$ref" in node:
        target: Any = spec
        for part in str(node["$ref"]).lstrip("#/").split("/"):
            target = target[part]
        node = target
    return node


def body_schema(spec: Mapping[str, Any], operation: Operation) -> tuple[str, Any] | None:
    body = resolve(spec, operation.raw.get("requestBody"))
    if not isinstance(body, Mapping):
        return None
    kind, media = next(iter(body.get("content", {}).items()))
    return kind, media.get("schema", {})


def json_responses(spec: Mapping[str, Any], operation: Operation) -> Iterator[tuple[int, Any]]:
    """(status, schema) for each documented status with a JSON body; ranges give their first code."""
    for status, response in operation.raw.get("responses", {}).items():
        code = int(str(status).replace("XX", "00").replace("xx", "00")) if str(status)[0].isdigit() else 200
        content = resolve(spec, response).get("content", {})
        media = next((m for kind, m in content.items() if "json" in kind), None)
        if media is not None and "schema" in media:
            yield code, media["schema"]


# -- clients -------------------------------------------------------------------------------------

_FAR_JWT = pyjwt.encode({"sub": "dev", "jti": "t", "exp": 4_102_444_800}, "k" * 32, algorithm="HS256")


def client(key: str, transport: httpx.BaseTransport) -> Any:
    """The vendor's entry client on `transport`, at its spec's server, with no retries."""
    vendor = load_vendors()[key]
    module = importlib.import_module(vendor.module)
    cls = getattr(module, vendor.client)
    base = spec_of(key)["servers"][0]["url"]
    common: dict[str, Any] = {"base_url": base, "transport": transport, "retries": 0}
    if key == "eiger":
        return cls("access", "secret", **common)
    if key == "kaedim":
        return cls("api-key", "dev", "refresh", jwt=_FAR_JWT, token_store=module.TokenStore(), **common)
    return cls("token", **common)


def bound_method(key: str, client_: Any, operation: Operation) -> Callable[..., Any]:
    info = importlib.import_module(f"{load_vendors()[key].module}._resources").OPERATIONS[operation.operation_id]
    return getattr(getattr(client_, info.resource), info.method)  # type: ignore[no-any-return]


def _body_value(case: Any, module: Any, operation: Operation, spec: Mapping[str, Any]) -> Any:
    """The body argument for the case's media type: a model via from_dict, a `File` for raw bytes."""
    package = module.__name__.split(".")[0]
    body = resolve(spec, operation.raw.get("requestBody"))
    content = dict(body.get("content", {})) if isinstance(body, Mapping) else {}
    media: Mapping[str, Any] = content.get(case.media_type) or next(iter(content.values()), {})
    schema = media.get("schema", {})
    data = plain(case.body)
    if "$ref" not in schema:
        if resolve(spec, schema).get("format") == "binary" or isinstance(data, bytes):
            # A file body is opaque: an empty one is "no body" to a validator, so it carries a few bytes.
            payload = data if isinstance(data, bytes) and data else b"solid part"
            return importlib.import_module(f"{package}.types").File(payload=io.BytesIO(payload), file_name="part.stl")
        return data
    model = getattr(importlib.import_module(f"{package}.models"), str(schema["$ref"]).rsplit("/", 1)[-1])
    return model.from_dict(_bytes_for_binary(data, resolve(spec, schema), spec))


def _bytes_for_binary(data: Any, schema: Any, spec: Mapping[str, Any]) -> Any:
    """Multipart models read file parts as bytes: turn generated binary strings into bytes."""
    if not isinstance(data, dict) or not isinstance(schema, Mapping):
        return data
    out = dict(data)
    for name, sub in dict(schema.get("properties", {})).items():
        sub = resolve(spec, sub)
        if name in out and isinstance(sub, Mapping) and sub.get("format") == "binary" and isinstance(out[name], str):
            out[name] = out[name].encode()
    return out


@cache
def _real_operation(key: str, method: str, path: str) -> Any:
    return schemathesis.openapi.from_dict(spec_of(key))[path][method.upper()]


def arguments(key: str, method: Callable[..., Any], operation: Operation) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments for `method` from schemathesis' valid `Case`s of the operation."""
    spec = spec_of(key)
    signature = inspect.signature(method)
    module = inspect.getmodule(method)
    found = body_schema(spec, operation)

    def to_kwargs(case: Any) -> dict[str, Any]:
        values: dict[str, Any] = {}
        for source in (case.path_parameters, case.query, case.headers):
            values.update({snake(str(name)): value for name, value in dict(source or {}).items()})
        kwargs: dict[str, Any] = {}
        for name in signature.parameters:
            if name == "body" and found is not None:
                if not isinstance(case.body, NotSet):
                    kwargs[name] = _body_value(case, module, operation, spec)
            elif name in values:
                kwargs[name] = values[name]
        return kwargs

    cases: st.SearchStrategy[Any] = _real_operation(key, operation.method, operation.path).as_strategy()
    return cases.map(to_kwargs)


# -- openapi-core's view of an httpx request -------------------------------------------------------


class OpenAPIRequest:
    """An `httpx.Request` as openapi-core's request protocol reads it."""

    def __init__(self, request: httpx.Request) -> None:
        self._request = request
        self._url = urlsplit(str(request.url))
        self.parameters = RequestParameters(
            query=ImmutableMultiDict(parse_qs(self._url.query, keep_blank_values=True)),
            header=Headers(dict(request.headers)),
            cookie=ImmutableMultiDict(),
        )

    @property
    def host_url(self) -> str:
        return f"{self._url.scheme}://{self._url.netloc}"

    @property
    def path(self) -> str:
        return self._url.path

    @property
    def method(self) -> str:
        return self._request.method.lower()

    @property
    def body(self) -> bytes | None:
        content = self._request.read()
        return content or None

    @property
    def content_type(self) -> str:
        return str(self._request.headers.get("content-type", ""))
