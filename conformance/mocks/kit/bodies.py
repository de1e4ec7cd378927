"""Request bodies: JSON and multipart, validated with the spec's generated models (and `schemas.problems`)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any

from pydantic import BaseModel, ValidationError
from starlette.datastructures import UploadFile
from starlette.requests import Request

from .json_body import DEFAULT, JsonRules, read_json
from .params import Unreadable, read_text
from .problems import Invalid
from .schemas import integral, model, model_errors, problems
from .spec import Body, ref_name, resolve


@dataclass(frozen=True)
class Parsed:
    model: BaseModel
    # The fields the client sent (a PATCH changes only these), as sent.
    data: Mapping[str, Any]
    # Multipart file parts: field -> (file name, bytes).
    files: Mapping[str, tuple[str | None, bytes]] = field(default_factory=dict)

    @property
    def sent(self) -> frozenset[str]:
        return frozenset(self.data)


def _invalid(problems_found: list[dict[str, str]]) -> Invalid:
    return Invalid("Field validation error", problems_found)


def _media_type(request: Request) -> str | None:
    header = request.headers.get("content-type")
    return header.split(";", 1)[0].strip().lower() if header else None


async def read(
    request: Request, body: Body, spec: Mapping[str, Any], models: ModuleType, rules: JsonRules = DEFAULT
) -> Parsed:
    """The body as `body` declares it, checked against its schema and model, or `Invalid`."""
    if body.media_type == "multipart/form-data":
        return await _multipart(request, body, spec, models)
    return await _json(request, body, spec, models, rules)


async def _json(request: Request, body: Body, spec: Mapping[str, Any], models: ModuleType, rules: JsonRules) -> Parsed:
    data = await read_json(request, rules)
    if not isinstance(data, dict):
        raise _invalid([{"field": "body", "message": "Expected a JSON object."}])
    found = list(problems(spec, body.schema, data))
    data = integral(spec, body.schema, data)
    try:
        parsed = model(models, body.model).model_validate_json(json.dumps(data), strict=True)
    except ValidationError as exc:
        found += model_errors(exc)
    if not found:
        found += _one_of_problems(spec, body.schema, data, models)
    if found:
        raise _invalid(found)
    return Parsed(parsed, data)


def _one_of_problems(
    spec: Mapping[str, Any], schema: Mapping[str, Any], data: Any, models: ModuleType
) -> list[dict[str, str]]:
    """A `oneOf` body must fit exactly one alternative; a model union takes the first that fits."""
    branches = resolve(spec, schema).get("oneOf") or ()
    names = [name for name in map(ref_name, branches) if name is not None]
    if len(names) < 2 or len(names) != len(branches):
        return []
    fitting = []
    for name in names:
        try:
            model(models, name).model_validate_json(json.dumps(data), strict=True)
        except ValidationError:
            continue
        if not list(problems(spec, {"$ref": f"#/components/schemas/{name}"}, data)):
            fitting.append(name)
    if len(fitting) > 1:
        return [{"field": "body", "message": f"Fits more than one of {', '.join(names)}: send the fields of one."}]
    return []


async def _multipart(request: Request, body: Body, spec: Mapping[str, Any], models: ModuleType) -> Parsed:
    if _media_type(request) != "multipart/form-data":
        raise Invalid("Send this body as multipart/form-data.", media_type=True)
    try:
        form = await request.form()
    except Exception as exc:  # python-multipart raises several unrelated types
        raise Invalid(f"Multipart form parse error - {exc}") from None
    properties: Mapping[str, Any] = body.schema.get("properties", {})
    data: dict[str, Any] = {}
    files: dict[str, tuple[str | None, bytes]] = {}
    wrong: list[dict[str, str]] = []
    for name in form:
        values = form.getlist(name)
        if name not in properties:
            continue  # undeclared parts are ignored, as undeclared JSON properties are
        schema = resolve(spec, properties[name])
        if len(values) > 1:
            wrong.append({"field": name, "message": "Give this field once."})
            continue
        value = values[0]
        if schema.get("format") == "binary":
            content = await value.read() if isinstance(value, UploadFile) else value.encode()
            name_sent = value.filename if isinstance(value, UploadFile) else None
            files[name] = (name_sent, content)
            data[name] = content
        elif isinstance(value, UploadFile):
            wrong.append({"field": name, "message": "Expected a text field, not a file."})
        else:
            # Form fields are text: read as the schema's type the way query parameters are.
            try:
                data[name] = read_text(value, schema)
            except Unreadable as err:
                wrong.append({"field": name, "message": str(err)})
    try:
        parsed = model(models, body.model).model_validate(data)
    except ValidationError as exc:
        reported = {problem["field"] for problem in wrong}
        wrong += [problem for problem in model_errors(exc) if problem["field"] not in reported]
    if wrong:
        raise _invalid(wrong)
    return Parsed(parsed, data, files)
