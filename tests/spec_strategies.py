"""Shared machinery for the client-against-spec property tests: every installed vendor, schema and operation.

- `installed_vendors()`, `curated_spec()`: the vendors of specs/vendors.toml whose package imports, and
  their curated `openapi.yaml`. A new vendor is covered as soon as it is registered and installed.
- `json_schema()`: an OpenAPI schema object as plain JSON Schema: `$ref`s inlined, the 3.0 dialect
  translated in one place (`nullable`, boolean `exclusiveMinimum`/`exclusiveMaximum`), OpenAPI-only
  keywords dropped. `values()` draws from it with schemathesis' JSON Schema generator.
- `operations()`: every operation of a spec joined to its generated resource method (the generated
  `OPERATIONS` table) and to the pipeline's own reading of it (`codegen.resources.collect`: which
  argument carries which parameter, which body type carries which content type).
- `arguments()`: keyword arguments for a resource method, drawn from the parameter and body schemas
  and converted to the types the method is annotated with.
- `normalized()`: the only liberties the tests take when comparing values (listed there).
- `MockServer`: the transport handler that serves answers and records requests; `openapi()` and
  `openapi_request()`: openapi-core's validator for the curated spec (with the two adaptations its
  docstring names) and a captured `httpx.Request` in the form it reads.

Generated values stay inside what a URL, a header and Python's datetime can carry; each restriction is
named where it is made (`_PATH_SEGMENT`, `_HEADER_TEXT`, `_YEAR_ZERO`).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
import importlib
import importlib.util
import io
import itertools
import json
import re
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote
from uuid import UUID

import attrs
import httpx
import jsonschema
import schemathesis
from fabapi_core import Pager, located
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from jsonschema_path import SchemaPath
from openapi_core import Config as OpenAPIConfig
from openapi_core import OpenAPI
from openapi_core.casting.schemas import oas30_write_schema_casters_factory, oas31_schema_casters_factory
from openapi_core.contrib.werkzeug import WerkzeugOpenAPIRequest
from openapi_core.deserializing.media_types import MediaTypeDeserializersFactory, media_type_deserializers
from openapi_core.deserializing.media_types.datatypes import MediaTypeDeserializersDict
from openapi_core.deserializing.media_types.deserializers import MediaTypeDeserializer
from openapi_core.schema.encodings import get_content_type
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.strings import ClassName
from schemathesis import GenerationMode
from schemathesis.transport.serialization import Binary
from werkzeug.test import EnvironBuilder

from codegen.generate import operation_names
from codegen.resources import collect
from conformance.plugins import WORKFLOWS, PluginError, plugins_for
from registry.documents import load_document
from registry.vendors import Vendor, load_vendors

HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")

# Values drawn from a whole spec are filtered much (schemathesis' generators drop what a schema
# forbids). The suite's profile (tests/conftest.py) suppresses the checks a slow draw trips; a test's
# own list replaces the profile's, so this one extends it.
SPEC_HEALTH_CHECKS = [*settings().suppress_health_check, HealthCheck.filter_too_much]


class SpecStrategyError(Exception):
    """Something in a spec or a generated package these tests cannot turn into values; the message names it."""


# -- vendors and specs ----------------------------------------------------------------------------


def installed_vendors() -> list[Vendor]:
    """Every registered vendor whose package is installed."""
    return [vendor for vendor in load_vendors().values() if importlib.util.find_spec(vendor.module) is not None]


@functools.cache
def vendor(key: str) -> Vendor:
    return load_vendors()[key]


@functools.cache
def curated_spec(key: str) -> dict[str, Any]:
    return load_document(vendor(key).spec_dir() / "openapi.yaml")


def is_openapi_30(spec: Mapping[str, Any]) -> bool:
    return str(spec.get("openapi", "")).startswith("3.0")


def server_url(key: str) -> str:
    """The spec's first server URL, its variables at their defaults (3YOURMIND's `{instance}`)."""
    servers = curated_spec(key).get("servers") or [{"url": vendor(key).base_url}]
    url = str(servers[0]["url"])
    for name, variable in servers[0].get("variables", {}).items():
        url = url.replace("{" + name + "}", str(variable["default"]))
    return url.rstrip("/")


# -- references -----------------------------------------------------------------------------------


def pointer(spec: Mapping[str, Any], ref: str) -> Any:
    """What a local `$ref` (`#/components/schemas/Name`) points at."""
    if not ref.startswith("#/"):
        raise SpecStrategyError(f"$ref {ref!r}: only references inside the document are supported")
    node: Any = spec
    for part in ref[2:].split("/"):
        key = unquote(part).replace("~1", "/").replace("~0", "~")
        if not isinstance(node, Mapping) or key not in node:
            raise SpecStrategyError(f"$ref {ref!r} points at nothing (no {key!r})")
        node = node[key]
    return node


def resolve(spec: Mapping[str, Any], node: Any) -> Any:
    """`node`, or what its chain of `$ref`s ends at (parameters, responses, bodies, schemas)."""
    seen: list[str] = []
    while isinstance(node, Mapping) and "$ref" in node:
        ref = str(node["$ref"])
        if ref in seen:
            raise SpecStrategyError(f"$ref cycle: {' -> '.join([*seen, ref])}")
        seen.append(ref)
        node = pointer(spec, ref)
    return node


# -- OpenAPI schema objects as JSON Schema -----------------------------------------------------------

# Keywords whose value is one schema, a list of schemas, or a map of names to schemas.
_SUBSCHEMA = frozenset(
    {"items", "additionalProperties", "not", "contains", "propertyNames", "if", "then", "else", "additionalItems"}
)
_SUBSCHEMA_LISTS = frozenset({"allOf", "anyOf", "oneOf", "prefixItems"})
_SUBSCHEMA_MAPS = frozenset({"properties", "patternProperties", "dependentSchemas"})
# OpenAPI keywords that constrain nothing a JSON Schema validator checks (`nullable` is translated).
_OPENAPI_ONLY = frozenset(
    {"discriminator", "xml", "externalDocs", "example", "deprecated", "readOnly", "writeOnly", "nullable"}
)


def json_schema(spec: Mapping[str, Any], schema: Any) -> Any:
    """`schema` (an OpenAPI schema object of `spec`) as self-contained JSON Schema.

    The one place the 3.0 dialect is translated: `nullable: true` becomes `anyOf [schema, null]` (read
    as the generator and openapi-core read it: null is allowed whatever else the schema says), and
    boolean `exclusiveMinimum`/`exclusiveMaximum` become the numeric bounds of later drafts.
    """
    return _translate(spec, schema, is_openapi_30(spec), ())


def _translate(spec: Mapping[str, Any], node: Any, openapi_30: bool, refs: tuple[str, ...]) -> Any:
    if isinstance(node, bool):
        return node
    if not isinstance(node, Mapping):
        raise SpecStrategyError(f"not a schema: {node!r:.80} (via {' -> '.join(refs) or 'an inline schema'})")
    if "$ref" in node:
        ref = str(node["$ref"])
        if ref in refs:
            raise SpecStrategyError(f"recursive schema {' -> '.join([*refs, ref])}: no finite JSON Schema inlines it")
        target = _translate(spec, pointer(spec, ref), openapi_30, (*refs, ref))
        # 3.0 ignores the siblings of a $ref; 3.1 applies them beside it.
        siblings = {key: value for key, value in node.items() if key != "$ref"}
        if openapi_30 or not siblings:
            return target
        return {"allOf": [target, _translate(spec, siblings, openapi_30, refs)]}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-") or key in _OPENAPI_ONLY:
            continue
        if key in _SUBSCHEMA and isinstance(value, list):  # draft-4 tuple `items`
            out[key] = [_translate(spec, item, openapi_30, refs) for item in value]
        elif key in _SUBSCHEMA:
            out[key] = _translate(spec, value, openapi_30, refs)
        elif key in _SUBSCHEMA_LISTS:
            out[key] = [_translate(spec, item, openapi_30, refs) for item in value]
        elif key in _SUBSCHEMA_MAPS:
            out[key] = {name: _translate(spec, item, openapi_30, refs) for name, item in value.items()}
        else:
            out[key] = _literal(value)
    if openapi_30:
        for bound, exclusive in (("minimum", "exclusiveMinimum"), ("maximum", "exclusiveMaximum")):
            if isinstance(out.get(exclusive), bool):
                if out.pop(exclusive) and bound in out:
                    out[exclusive] = out.pop(bound)
        if node.get("nullable") is True:
            return {"anyOf": [out, {"type": "null"}]}
    return out


def _literal(value: Any) -> Any:
    """A keyword's value as JSON: YAML reads unquoted dates in `enum`/`default` as date objects."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [_literal(item) for item in value]
    if isinstance(value, dict):
        return {key: _literal(item) for key, item in value.items()}
    return value


# -- values ---------------------------------------------------------------------------------------

# A path parameter fills one URL segment: never empty, `.` or `..`, and no `/` (servers, and
# openapi-core's path finder, route a percent-encoded slash as a separator), unless the spec
# lists the value itself.
_PATH_SEGMENT = re.compile(r"(?!\.{0,2}\Z)[^/]+\Z", re.DOTALL)
# A header carries visible ASCII and inner spaces only (RFC 9110 field values; httpx sends no other).
_HEADER_TEXT = re.compile(r"[!-~]([ -~]*[!-~])?\Z")
# RFC 3339 allows year 0000; Python's datetime, which the generated models parse into, starts at 0001.
_YEAR_ZERO = re.compile(r"0000-\d{2}-\d{2}T")


# Small JSON values of any shape: what a schema may refuse, beside what it allows (the equivalence tests).
ANY_JSON: st.SearchStrategy[Any] = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)


def values(spec: Mapping[str, Any], schema: Any) -> st.SearchStrategy[Any]:
    """Schema-valid JSON values of `schema`, an OpenAPI schema object of `spec`.

    Drawn by schemathesis' generator from the translated JSON Schema (it is the body of a one-operation
    OpenAPI 3.1 document, whose schemas are JSON Schema 2020-12). `format: binary` values come as
    Latin-1 text, as JSON can carry no bytes; date-times in year 0000 are left out (`_YEAR_ZERO`).
    """
    return _values(json.dumps(json_schema(spec, schema), sort_keys=True))


@functools.cache
def _values(schema_json: str) -> st.SearchStrategy[Any]:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "values of one schema", "version": "1"},
        "paths": {
            "/values": {
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {"application/json": {"schema": json.loads(schema_json)}},
                    },
                    "responses": {"200": {"description": "drawn"}},
                }
            }
        },
    }
    operation = schemathesis.openapi.from_dict(document)["/values"]["POST"]
    cases: st.SearchStrategy[Any] = operation.as_strategy(generation_mode=GenerationMode.POSITIVE)
    return cases.map(lambda case: _plain(case.body)).filter(lambda value: not _has_year_zero(value))


def _plain(value: Any) -> Any:
    """A drawn body as JSON: schemathesis' `Binary` wrappers become Latin-1 text."""
    if isinstance(value, Binary):
        return value.data.decode("latin-1")
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def _has_year_zero(value: Any) -> bool:
    if isinstance(value, str):
        return bool(_YEAR_ZERO.match(value))
    if isinstance(value, dict):
        return any(_has_year_zero(item) for item in value.values())
    if isinstance(value, list):
        return any(_has_year_zero(item) for item in value)
    return False


def parameter_values(spec: Mapping[str, Any], parameter: Mapping[str, Any]) -> st.SearchStrategy[Any]:
    """Values of one parameter, inside what its place in the request can carry."""
    schema = parameter.get("schema")
    if schema is None:  # `content` instead of `schema`: one media type, its schema
        media: Mapping[str, Any] = next(iter(dict(parameter.get("content", {})).values()), {})
        schema = media.get("schema", {})
    drawn = values(spec, schema)
    if parameter["in"] == "path":
        # Values the spec lists itself are sent as listed: 3YOURMIND's download suffix is an enum of
        # whole path tails ("download/", and "" for the file itself), slashes included.
        listed = set(json_schema(spec, schema).get("enum", ()))
        return drawn.filter(
            lambda value: not isinstance(value, str) or value in listed or bool(_PATH_SEGMENT.match(value))
        )
    if parameter["in"] == "header":
        return drawn.filter(lambda value: not isinstance(value, str) or bool(_HEADER_TEXT.match(value)))
    return drawn


def schema_validator(spec: Mapping[str, Any], schema: Any) -> jsonschema.protocols.Validator:
    """A JSON Schema validator (formats checked) for an OpenAPI schema object."""
    translated = json_schema(spec, schema)
    cls = jsonschema.validators.validator_for(translated, default=jsonschema.Draft202012Validator)
    validator: jsonschema.protocols.Validator = cls(translated, format_checker=cls.FORMAT_CHECKER)
    return validator


def draw_validates_alike(
    data: st.DataObject, before_doc: Mapping[str, Any], after_doc: Mapping[str, Any], before: Any, after: Any
) -> None:
    """One instance drawn from either schema (or any JSON) is valid under both or under neither: the
    wire-equivalence check of the normaliser, the layout and the restylers."""
    drawn = data.draw(st.one_of(values(before_doc, before), values(after_doc, after), ANY_JSON), label="instance")
    old, new = schema_validator(before_doc, before), schema_validator(after_doc, after)
    assert old.is_valid(drawn) == new.is_valid(drawn), json.dumps(drawn)[:500]


# -- generated models -------------------------------------------------------------------------------


@functools.cache
def generator_config(key: str) -> Config:
    """The generator's configuration as the pipeline gives it (class names depend on `field_prefix`)."""
    entry = vendor(key)
    config_file = ConfigFile(project_name_override=entry.package, package_name_override=entry.module)
    return Config.from_sources(config_file, MetaType.NONE, entry.spec_dir() / "openapi.yaml", "utf-8", False, None)


def model_class(key: str, schema_name: str) -> type | None:
    """The class openapi-python-client generated for a component schema, if it generated one."""
    models = importlib.import_module(f"{vendor(key).module}.models")
    found = getattr(models, ClassName(schema_name, generator_config(key).field_prefix), None)
    return found if isinstance(found, type) else None


def component_classes(key: str) -> list[tuple[str, type]]:
    """(schema name, generated class) for every component schema that has an attrs model or an Enum."""
    found = []
    for name in curated_spec(key).get("components", {}).get("schemas", {}):
        cls = model_class(key, name)
        if cls is not None and (attrs.has(cls) or issubclass(cls, enum.Enum)):
            found.append((name, cls))
    return found


def with_binary_as_bytes(spec: Mapping[str, Any], schema: Any, value: Any) -> Any:
    """`value` with its `format: binary` strings as UTF-8 bytes: the generated models hold files as bytes."""
    return _walk(spec, schema, value, _binary_as_bytes)


def as_given(spec: Mapping[str, Any], schema: Any, value: Any) -> Any:
    """A drawn body as a caller gives it: files as bytes, and an integer drawn as `1.0` (JSON Schema
    counts it an integer) as `1`."""
    return _walk(spec, schema, value, lambda node, item: _whole_integer(node, _binary_as_bytes(node, item)))


def _binary_as_bytes(node: Mapping[str, Any], value: Any) -> Any:
    return value.encode() if node.get("format") == "binary" and isinstance(value, str) else value


def _whole_integer(node: Mapping[str, Any], value: Any) -> Any:
    integer = node.get("type") == "integer" or "integer" in (node.get("type") or ())
    return int(value) if integer and isinstance(value, float) and value.is_integer() else value


def _walk(spec: Mapping[str, Any], schema: Any, value: Any, leaf: Callable[[Mapping[str, Any], Any], Any]) -> Any:
    """`leaf(schema, value)` applied at every schema the value passes through (properties, items, combinators)."""
    node = resolve(spec, schema)
    if not isinstance(node, Mapping):
        return value
    value = leaf(node, value)
    for part in [*node.get("allOf", []), *node.get("anyOf", []), *node.get("oneOf", [])]:
        value = _walk(spec, part, value, leaf)
    if isinstance(value, dict) and "properties" in node:
        properties = dict(node["properties"])
        return {name: _walk(spec, properties.get(name, {}), item, leaf) for name, item in value.items()}
    if isinstance(value, list) and "items" in node:
        return [_walk(spec, node["items"], item, leaf) for item in value]
    return value


# -- comparing values -------------------------------------------------------------------------------

_DATE_TIME_TEXT = re.compile(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})\Z")


@dataclass(frozen=True)
class Instant:
    """A date-time text, compared as the instant it names (aware datetimes compare across offsets)."""

    moment: dt.datetime


@dataclass(frozen=True)
class Boolean:
    """A JSON boolean, kept apart from the numbers Python would compare it equal to."""

    value: bool


def normalized(value: Any) -> Any:
    """`value` in the form the round-trip and parse checks compare. The liberties taken, and only these:

    - a date-time text (RFC 3339) is the instant it names, to the microsecond: the generated models
      hold Python datetimes and write them back in Python's ISO form (`+00:00` for `Z`, six
      fraction digits), and a datetime holds nothing finer than a microsecond;
    - a JSON number is its value (`1` and `1.0` are one JSON number); booleans stay booleans;
    - a file (a generated `File`, or the `(name, payload, type)` tuple `to_dict` gives for one) is its bytes.
    """
    if isinstance(value, bool):
        return Boolean(value)
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str) and _DATE_TIME_TEXT.match(value):
        text = re.sub(r"(\.\d{6})\d+", r"\1", value)
        return Instant(dt.datetime.fromisoformat(text.replace("Z", "+00:00")))
    if type(value).__name__ == "File" and hasattr(value, "payload"):
        return _payload_bytes(value.payload)
    if isinstance(value, tuple) and len(value) == 3 and isinstance(value[1], io.IOBase | bytes):
        return _payload_bytes(value[1])
    if isinstance(value, dict):
        return {key: normalized(item) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [normalized(item) for item in value]
    return value


def _payload_bytes(payload: Any) -> bytes:
    if isinstance(payload, bytes):
        return payload
    if isinstance(payload, io.BytesIO):
        return payload.getvalue()
    payload.seek(0)
    data: bytes = payload.read()
    payload.seek(0)
    return data


def jsonable(value: Any) -> Any:
    """A value the client parsed, back in JSON form (models through their own `to_dict`)."""
    if attrs.has(type(value)) and hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, list | tuple):
        return [jsonable(item) for item in value]
    if isinstance(value, dict):
        return {key: jsonable(item) for key, item in value.items()}
    return value


def declared_classes(key: str, schema: Any, instance: Any) -> tuple[type, ...] | None:
    """The generated classes a value parsed from `instance` must be an instance of, when the schema says.

    A `$ref` to a component with a generated model names that model; a `oneOf`/`anyOf` names the
    branch its discriminator picks, else the branches `instance` validates against; None when the
    schema names no generated class (inline objects, primitives).
    """
    spec = curated_spec(key)
    if instance is None:
        return None
    node = schema
    if isinstance(node, Mapping) and "$ref" in node:
        ref = str(node["$ref"])
        name = ref.rsplit("/", 1)[-1] if ref.startswith("#/components/schemas/") else None
        cls = model_class(key, name) if name else None
        if cls is not None and (attrs.has(cls) or issubclass(cls, enum.Enum)):
            return (cls,)
        return declared_classes(key, pointer(spec, ref), instance)
    if not isinstance(node, Mapping):
        return None
    all_of = node.get("allOf", [])
    if len(all_of) == 1 and not node.get("properties"):
        return declared_classes(key, all_of[0], instance)
    branches = node.get("oneOf") or node.get("anyOf")
    if not branches:
        return None
    discriminator = node.get("discriminator")
    if isinstance(discriminator, Mapping) and isinstance(instance, dict):
        tag = instance.get(str(discriminator.get("propertyName")))
        target = dict(discriminator.get("mapping", {})).get(tag, f"#/components/schemas/{tag}")
        return declared_classes(key, {"$ref": target}, instance)
    found: list[type] = []
    for branch in branches:
        if schema_validator(spec, branch).is_valid(instance):
            found.extend(declared_classes(key, branch, instance) or ())
    return tuple(found) or None


# -- operations -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Operation:
    """One operation of a curated spec, and where and how the generated client exposes it."""

    vendor: str
    operation_id: str
    http_method: str
    path: str
    raw: Mapping[str, Any]  # the operation object, path-level parameters merged in
    resource: str  # attribute of the entry client
    method: str  # method of that resource
    paginated: bool
    argument_names: Mapping[tuple[str, str], str]  # (location, wire name) -> the method's argument
    page_controls: frozenset[str]  # query parameters the pager fills in itself
    body_types: Mapping[str, str]  # request content type -> the generated type that sends it

    def __str__(self) -> str:
        return f"{self.vendor}:{self.operation_id}"


def _text(value: Any) -> str:
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


@functools.cache
def _generator_view(key: str) -> tuple[dict[str, Any], dict[str, dict[str, str]]]:
    """The pipeline's reading of the spec: collected operations by operationId, body types by endpoint name."""
    spec = curated_spec(key)
    data = GeneratorData.from_dict(spec, config=generator_config(key))
    if not isinstance(data, GeneratorData):
        raise SpecStrategyError(f"{key}: openapi-python-client cannot read the curated spec: {data}")
    pins = operation_names(load_vendors()[key], spec)
    collected = {op.operation_id: op for group in collect(spec, data, pins) for op in group.operations}
    bodies: dict[str, dict[str, str]] = {}
    for collection in data.endpoint_collections_by_tag.values():
        for endpoint in collection.endpoints:
            bodies[str(endpoint.name)] = {
                _text(body.content_type): body.prop.get_type_string(no_optional=True).as_unembedded_code()
                for body in endpoint.bodies
            }
    return collected, bodies


def _merged_parameters(spec: Mapping[str, Any], item: Mapping[str, Any], raw: Mapping[str, Any]) -> list[Any]:
    """Path-level parameters, overridden by the operation's own of the same name and place."""
    merged: dict[tuple[str, str], Any] = {}
    for parameter in [*item.get("parameters", []), *raw.get("parameters", [])]:
        resolved = resolve(spec, parameter)
        merged[(str(resolved["in"]), str(resolved["name"]))] = resolved
    return list(merged.values())


@functools.cache
def operations(key: str) -> tuple[Operation, ...]:
    spec = curated_spec(key)
    table = importlib.import_module(f"{vendor(key).module}._resources").OPERATIONS
    collected, bodies = _generator_view(key)
    found = []
    for path, item in spec.get("paths", {}).items():
        for http_method in HTTP_METHODS:
            raw = item.get(http_method)
            if not isinstance(raw, Mapping) or "operationId" not in raw:
                continue
            operation_id = str(raw["operationId"])
            info, generated = table.get(operation_id), collected.get(operation_id)
            if info is None or generated is None:
                raise SpecStrategyError(f"{key}:{operation_id} has no generated resource method")
            found.append(
                Operation(
                    vendor=key,
                    operation_id=operation_id,
                    http_method=http_method,
                    path=str(path),
                    raw={**raw, "parameters": _merged_parameters(spec, item, raw)},
                    resource=info.resource,
                    method=info.method,
                    paginated=info.paginated,
                    argument_names={(p.location, p.wire): p.name for p in generated.params},
                    page_controls=frozenset(generated.pagination.control if generated.pagination else ()),
                    body_types=bodies.get(generated.module, {}),
                )
            )
    return tuple(found)


@dataclass(frozen=True)
class Answer:
    """A documented response: its status key (`200`, `4XX`), the codes that stand for it, its JSON body schema."""

    status: str
    codes: tuple[int, ...]
    media_type: str
    schema: Any


# The codes drawn for a status range: the ones fabapi maps to their own error classes, and others.
_RANGE_CODES = {
    "2": (200, 201, 202),
    "4": (400, 401, 403, 404, 405, 409, 410, 418, 422, 429),
    "5": (500, 501, 502, 503, 504),
}


def json_answers(key: str, operation: Operation) -> list[Answer]:
    """Every documented status of the operation whose body is JSON with a schema."""
    spec = curated_spec(key)
    documented = {str(status) for status in operation.raw.get("responses", {})}
    found = []
    for status, response in operation.raw.get("responses", {}).items():
        status = str(status)
        if status == "default":
            codes = tuple(code for code in (400, 404, 500) if str(code) not in documented)
        elif status[1:].upper() == "XX":
            codes = tuple(code for code in _RANGE_CODES[status[0]] if str(code) not in documented)
        else:
            codes = (int(status),)
        content = dict(resolve(spec, response).get("content", {}))
        for media_type, media in content.items():
            if _is_json(media_type) and "schema" in media and codes:
                found.append(Answer(status, codes, media_type, media["schema"]))
                break
    return found


def _is_json(media_type: str) -> bool:
    kind = media_type.split(";")[0].strip().lower()
    return kind == "application/json" or kind.endswith("+json")


# -- calling the client ----------------------------------------------------------------------------


def entry_client(key: str, transport: httpx.BaseTransport) -> Any:
    """The vendor's entry client on `transport`, made the way its conformance workflows make it, never retrying.

    The factory (`conformance/workflows/<vendor>.py: client`) and the account credentials
    (`conformance/mocks/<vendor>: CREDENTIALS`) are the vendor's conformance plug-ins.
    """
    try:
        plugins = plugins_for(vendor(key).key)
    except PluginError as err:
        raise SpecStrategyError(f"{key}: {err}") from err
    if plugins.client is None:
        raise SpecStrategyError(f"{key}: no conformance client factory: write {WORKFLOWS.file(key)}")
    client: Any = plugins.client(server_url(key), plugins.credentials, transport)
    return client.with_options(retries=0)


def bound_method(client: Any, operation: Operation) -> Callable[..., Any]:
    method: Callable[..., Any] = getattr(getattr(client, operation.resource), operation.method)
    return method


_OMITTED: Any = object()


def arguments(operation: Operation, method: Callable[..., Any]) -> st.SearchStrategy[dict[str, Any]]:
    """Keyword arguments for `method` (the operation's resource method): valid values for every
    parameter (optional ones sometimes left out) and for the body, in the method's own types."""
    spec = curated_spec(operation.vendor)
    hints = _hints(method)
    draws: dict[str, st.SearchStrategy[Any]] = {}
    for parameter in operation.raw.get("parameters", []):
        location, wire = str(parameter["in"]), str(parameter["name"])
        if location == "query" and wire in operation.page_controls:
            continue
        name = operation.argument_names.get((location, wire))
        if name is None or name not in hints:
            raise SpecStrategyError(
                f"{operation}: the resource method has no argument for {location} parameter {wire!r}"
            )
        where = f"{operation} argument {name!r}"
        drawn = parameter_values(spec, parameter).map(
            functools.partial(python_value, annotation=hints[name], where=where)
        )
        draws[name] = drawn if parameter.get("required") else st.one_of(st.just(_OMITTED), drawn)
    body = resolve(spec, operation.raw.get("requestBody"))
    if isinstance(body, Mapping):
        if "body" not in hints:
            raise SpecStrategyError(f"{operation}: the spec documents a request body, the resource method takes none")
        drawn = st.one_of(
            *[_body_values(operation, kind, media, hints["body"]) for kind, media in body["content"].items()]
        )
        draws["body"] = drawn if body.get("required") else st.one_of(st.just(_OMITTED), drawn)
    return st.fixed_dictionaries(draws).map(lambda kwargs: {k: v for k, v in kwargs.items() if v is not _OMITTED})


def _hints(method: Callable[..., Any]) -> dict[str, Any]:
    try:
        return typing.get_type_hints(method)
    except NameError as err:
        raise SpecStrategyError(f"{method.__qualname__}: an annotation does not resolve ({err})") from err


def _body_values(operation: Operation, content_type: str, media: Any, annotation: Any) -> st.SearchStrategy[Any]:
    type_name = operation.body_types.get(content_type)
    if type_name is None:
        raise SpecStrategyError(f"{operation}: the generated method cannot send the documented {content_type} body")
    # A `oneOf` body's type is the union of its alternatives' models.
    wanted = type_name.split(" | ")
    chosen = [m for m in _members(annotation) if _type_name(m) in wanted]
    if len(chosen) != len(wanted):
        raise SpecStrategyError(f"{operation}: the body annotation {annotation} lacks {type_name} ({content_type})")
    spec = curated_spec(operation.vendor)
    schema = dict(media).get("schema", {})
    where = f"{operation} {content_type} body"
    if len(chosen) > 1:
        drawn_any = values(spec, schema).map(functools.partial(as_given, spec, schema))
        return drawn_any.map(functools.partial(_one_alternative, members=chosen, where=where))
    member = chosen[0]
    if _type_name(member) == "File":
        # Never empty: an empty raw body reads as no body, to openapi-core and to servers alike.
        raw = st.binary(min_size=1, max_size=256)
        return raw.map(functools.partial(python_value, annotation=member, where=where))
    drawn = values(spec, schema).map(functools.partial(as_given, spec, schema))
    return drawn.map(functools.partial(python_value, annotation=member, where=where))


def _one_alternative(value: Any, members: list[Any], where: str) -> Any:
    """A value of a `oneOf` body as the alternative's model it fits without a deviation."""
    for member in members:
        try:
            converted = python_value(value, member, where)
        except SpecStrategyError:
            continue
        if not located(converted):
            return converted
    raise SpecStrategyError(f"{where}: {value!r:.200} fits none of {[_type_name(m) for m in members]}")


def _members(annotation: Any) -> tuple[Any, ...]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        return typing.get_args(annotation)
    return (annotation,)


def _type_name(annotation: Any) -> str:
    origin = typing.get_origin(annotation)
    if origin is None:
        return str(getattr(annotation, "__name__", annotation))
    inner = ", ".join(_type_name(arg) for arg in typing.get_args(annotation))
    return f"{getattr(origin, '__name__', origin)}[{inner}]"


class _NoFit(Exception):
    pass


def python_value(value: Any, annotation: Any, where: str) -> Any:
    """A schema-valid JSON value as the argument type the generated method declares.

    A value no member of the annotation can take is a finding: the generated signature cannot
    express something the spec allows.
    """
    reasons = []
    for member in _members(annotation):
        try:
            return _convert(value, member, where)
        except _NoFit as err:
            reasons.append(str(err))
    raise SpecStrategyError(
        f"{where}: the schema-valid value {value!r:.160} fits no member of the generated annotation "
        f"{annotation} ({'; '.join(reasons)})"
    )


def _convert(value: Any, member: Any, where: str) -> Any:
    origin = typing.get_origin(member) or member
    name = getattr(origin, "__name__", "")
    if member is Any or member is object:
        return value
    if member is type(None) or member is None:
        if value is None:
            return None
    elif name == "Unset":
        pass
    elif origin is list:
        if isinstance(value, list):
            (item,) = typing.get_args(member) or (Any,)
            return [python_value(element, item, where) for element in value]
    elif origin is dict:
        if isinstance(value, dict):
            return value
    elif origin is bool:
        if isinstance(value, bool):
            return value
    elif origin is int:
        if isinstance(value, int) and not isinstance(value, bool):
            return value
        if isinstance(value, float) and value.is_integer():  # JSON Schema counts 1.0 as an integer
            return int(value)
    elif origin is float:
        if isinstance(value, int | float) and not isinstance(value, bool):
            return float(value)
    elif origin is str:
        if isinstance(value, str):
            return value
    elif origin is typing.Literal:
        if value in typing.get_args(member):
            return value
    elif name == "File":
        if isinstance(value, bytes | str):
            payload = value if isinstance(value, bytes) else value.encode()
            return origin(payload=io.BytesIO(payload), file_name="upload.bin", mime_type="application/octet-stream")
    elif isinstance(origin, type):
        return _convert_class(value, origin)
    raise _NoFit(f"not a {_type_name(member)}")


def _convert_class(value: Any, cls: type) -> Any:
    try:
        if cls is UUID and isinstance(value, str):
            return UUID(value)
        if cls is dt.datetime and isinstance(value, str):
            return dt.datetime.fromisoformat(value)
        if cls is dt.date and isinstance(value, str):
            return dt.date.fromisoformat(value)
        if issubclass(cls, enum.Enum):
            return cls(value)
        if attrs.has(cls) and hasattr(cls, "from_dict") and isinstance(value, dict):
            return cls.from_dict(value)
    except (KeyError, TypeError, ValueError, AttributeError) as err:
        raise _NoFit(f"{cls.__name__} refuses it: {type(err).__name__}: {err}") from err
    raise _NoFit(f"not a {cls.__name__}")


# -- what the client sent --------------------------------------------------------------------------


def _binary_as_text(value: bytes, **parameters: str) -> str:
    return value.decode("latin-1")


class _MultipartTextCast(MediaTypeDeserializer):
    """openapi-core's multipart decoding, with each `text/plain` part cast to its property's type.

    OpenAPI sends a multipart primitive as its text; openapi-core builds its schema caster for
    multipart bodies but leaves those parts as text, so `polycount: integer` would refuse "20000".
    The cast is openapi-core's own, the one it applies to query parameters.
    """

    def decode_property_content_type(
        self,
        prop_name: str,
        prop_schema: SchemaPath,
        location: Mapping[str, Any],
        prop_encoding: SchemaPath | None = None,
    ) -> Any:
        value = super().decode_property_content_type(prop_name, prop_schema, location, prop_encoding)
        text_part = get_content_type(prop_schema, prop_encoding) == "text/plain"
        if isinstance(value, str) and text_part and self.schema_caster is not None:
            return self.schema_caster.evolve(prop_schema).cast(value)
        return value


class _Deserializers(MediaTypeDeserializersFactory):
    def create(self, *args: Any, **kwargs: Any) -> MediaTypeDeserializer:
        made = super().create(*args, **kwargs)
        return _MultipartTextCast(
            made.spec,
            made.style_deserializers_factory,
            made.media_types_deserializer,
            made.mimetype,
            schema=made.schema,
            schema_validator=made.schema_validator,
            schema_caster=made.schema_caster,
            encoding=made.encoding,
            **made.parameters,
        )


@functools.cache
def openapi(key: str) -> OpenAPI:
    """openapi-core's model of the curated spec (itself validated on loading), with two adaptations.

    Binary content (a raw body, a multipart file part, anything not text, JSON or a form) reaches
    the schema check as Latin-1 text, byte for byte: openapi-core's 3.1 validator types Python
    bytes as no JSON type at all, so `type: string, format: binary` would refuse every 3.1 upload.
    And multipart text parts are cast to their property's type (`_MultipartTextCast`).
    """
    spec = curated_spec(key)
    deserializers: MediaTypeDeserializersDict = defaultdict(lambda: _binary_as_text, media_type_deserializers)
    deserializers["application/octet-stream"] = _binary_as_text
    casters = oas30_write_schema_casters_factory if is_openapi_30(spec) else oas31_schema_casters_factory
    factory = _Deserializers.from_schema_casters_factory(casters, media_type_deserializers=deserializers)
    return OpenAPI.from_dict(spec, config=OpenAPIConfig(media_type_deserializers_factory=factory))


def openapi_request(request: httpx.Request) -> WerkzeugOpenAPIRequest:
    """A request the client sent, as openapi-core's werkzeug integration reads one (path percent-decoded)."""
    url = request.url
    built = EnvironBuilder(
        path=url.raw_path.decode("ascii").split("?", 1)[0],
        base_url=f"{url.scheme}://{url.netloc.decode('ascii')}",
        query_string=url.query.decode("ascii"),
        method=request.method,
        headers=list(request.headers.multi_items()),
        data=request.read(),
    )
    return WerkzeugOpenAPIRequest(built.get_request())


def path_pattern(key: str, operation: Operation) -> re.Pattern[str]:
    """The operation's full URL path, its `{parameters}` one segment each (or one of the values the
    spec lists for it, which may hold a slash or be empty: 3YOURMIND's download suffix)."""
    return _path_pattern(key, operation.http_method, operation.path)


# Kept per process, as the spec it reads is: `MockServer` matches every request against every operation.
@functools.cache
def _path_pattern(key: str, http_method: str, path: str) -> re.Pattern[str]:
    spec = curated_spec(key)
    item = spec["paths"][path]
    declared = [*item.get("parameters", ()), *item[http_method].get("parameters", ())]
    listed: dict[str, list[str]] = {}
    for parameter in (resolve(spec, p) for p in declared):
        if parameter.get("in") == "path":
            listed[parameter["name"]] = [str(v) for v in json_schema(spec, parameter.get("schema", {})).get("enum", ())]

    def segment(part: str) -> str:
        values = listed.get(part.strip("{}"), [])
        if any(value == "" or "/" in value for value in values):
            return "(?:" + "|".join(re.escape(value) for value in values) + ")"
        return "[^/]+"

    base = re.escape(httpx.URL(server_url(key)).path.rstrip("/"))
    parts = re.split(r"(\{[^{}]+\})", path)
    body = "".join(segment(part) if part.startswith("{") else re.escape(part) for part in parts)
    return re.compile(f"{base}{body}")


def first_page(result: Any) -> Any:
    """What a call answered: the first page, for a paginated operation (its pager sends nothing until asked)."""
    return result.first_page() if isinstance(result, Pager) else result


class MockServer:
    """An `httpx.MockTransport` handler standing in for the vendor's API.

    It records every request, answers an operation given an answer (`answer()`) with that answer, and
    any other operation with a schema-valid success drawn on the spot: a client that makes calls of its
    own on the way (Kaedim refreshes its JWT on a 401) gets what the API could send. A request that
    matches no documented operation raises, so the call that sent it fails.
    """

    def __init__(self, key: str, data: st.DataObject) -> None:
        self.key = key
        self.data = data
        self.requests: list[tuple[Operation, httpx.Request]] = []
        self._answers: dict[str, tuple[int, bytes, str]] = {}

    def answer(self, operation: Operation, status: int, content: bytes, media_type: str) -> None:
        self._answers[operation.operation_id] = (status, content, media_type)

    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        operation = self.operation_of(request)
        self.requests.append((operation, request))
        status, content, media_type = self._answers.get(operation.operation_id) or self._success(operation)
        headers = {"content-type": media_type} if media_type else {}
        return httpx.Response(status, content=content, headers=headers)

    def operation_of(self, request: httpx.Request) -> Operation:
        """The documented operation a request is for; literal path segments win over `{parameters}`."""
        candidates = [
            op
            for op in operations(self.key)
            if op.http_method.upper() == request.method and path_pattern(self.key, op).fullmatch(request.url.path)
        ]
        if not candidates:
            raise SpecStrategyError(f"{self.key}: {request.method} {request.url.path} is no documented operation")
        return min(candidates, key=lambda op: op.path.count("{"))

    def _success(self, operation: Operation) -> tuple[int, bytes, str]:
        label = f"answer to {operation.operation_id}"
        for answer in json_answers(self.key, operation):
            if 200 <= answer.codes[0] < 300:
                body = self.data.draw(values(curated_spec(self.key), answer.schema), label=label)
                return answer.codes[0], json.dumps(body).encode(), answer.media_type
        spec = curated_spec(self.key)
        for status, response in operation.raw.get("responses", {}).items():
            if str(status).startswith("2"):
                code = int(str(status).upper().replace("XX", "00"))
                media_type = next(iter(dict(resolve(spec, response).get("content", {}))), "")
                content = self.data.draw(st.binary(max_size=64), label=label) if media_type else b""
                return code, content, media_type
        raise SpecStrategyError(f"{operation} documents no success response")


def iter_items(value: Any, count: int) -> list[Any]:
    """The first `count` items of an iterable, asking for no more (a random page may always say there is more)."""
    return list(itertools.islice(value, count))
