"""A curated OpenAPI document, read into the operations a mock serves.

The document is the only source of a spec-driven mock's routes, parameters, request bodies and
answer shapes; nothing here is copied by hand, so a change to the spec changes the mock.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_TEMPLATE = re.compile(r"\{([^{}]+)\}")

Schema = Mapping[str, Any]


@functools.cache
def load(path: Path) -> Mapping[str, Any]:
    """The parsed document, read once per process (it is never modified)."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    document: Mapping[str, Any] = yaml.load(path.read_text(encoding="utf-8"), Loader=loader)  # noqa: S506
    return document


def ref_name(schema: Schema) -> str | None:
    ref = schema.get("$ref")
    return ref.rsplit("/", 1)[-1] if isinstance(ref, str) else None


def resolve(spec: Mapping[str, Any], schema: Schema) -> Schema:
    """Follow `$ref`s to the schema they name (component schemas, responses and bodies)."""
    while isinstance(schema.get("$ref"), str):
        node: Any = spec
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    return schema


@dataclass(frozen=True)
class Parameter:
    name: str
    location: str  # path | query
    required: bool
    schema: Schema

    @property
    def default(self) -> Any:
        return self.schema.get("default")


@dataclass(frozen=True)
class Body:
    media_type: str  # application/json | multipart/form-data
    model: str  # the component schema (and generated model) the body conforms to
    schema: Schema


@dataclass(frozen=True)
class Answer:
    """The success response: its media type (None: no content) and schema."""

    media_type: str | None
    schema: Schema


@dataclass(frozen=True)
class Operation:
    operation_id: str
    method: str  # upper case
    path: str  # as in the spec, `/api/v2.0/...`
    parameters: tuple[Parameter, ...]
    body: Body | None
    answer: Answer
    raw: Mapping[str, Any]

    @property
    def route(self) -> str:
        """The path as a Starlette route (its `{name}` templates match one segment each)."""
        return self.path

    @property
    def path_names(self) -> tuple[str, ...]:
        return tuple(_TEMPLATE.findall(self.path))

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)


def operations(spec: Mapping[str, Any]) -> Iterator[Operation]:
    for path, item in spec["paths"].items():
        shared = item.get("parameters", [])
        for method in HTTP_METHODS:
            raw = item.get(method)
            if not isinstance(raw, Mapping):
                continue
            parameters = tuple(
                Parameter(p["name"], p["in"], bool(p.get("required")), resolve(spec, p.get("schema", {})))
                for p in (resolve(spec, p) for p in [*shared, *raw.get("parameters", [])])
            )
            yield Operation(
                raw["operationId"], method.upper(), path, parameters, _body(spec, raw), _answer(spec, raw), raw
            )


def _body(spec: Mapping[str, Any], raw: Mapping[str, Any]) -> Body | None:
    body = raw.get("requestBody")
    if body is None:
        return None
    body = resolve(spec, body)
    (media_type, content), *others = body["content"].items()
    if others:
        raise ValueError(f"{raw['operationId']}: one request media type expected")
    name = ref_name(content["schema"])
    if name is None:
        raise ValueError(f"{raw['operationId']}: request body is not a component schema")
    return Body(media_type, name, resolve(spec, content["schema"]))


def _answer(spec: Mapping[str, Any], raw: Mapping[str, Any]) -> Answer:
    codes = [code for code in raw["responses"] if str(code).upper().startswith("2")]
    if len(codes) != 1:
        raise ValueError(f"{raw['operationId']}: one success response expected, found {codes}")
    response = resolve(spec, raw["responses"][codes[0]])
    content = response.get("content") or {}
    if not content:
        return Answer(None, {})
    media_type, body = next(iter(content.items()))
    return Answer(media_type, body.get("schema", {}))
