"""The loss check: what the generators were asked to generate against what they wrote.

openapi-python-client drops a schema, an endpoint, a response or a body it cannot read with a warning
and goes on; datamodel-code-generator maps what it cannot read to `Any`. Both are silent losses. Here
every component schema, every operation and each of its declared responses and request bodies is
looked for in what the generator produced (its parsed view and the modules it wrote), and each one
missing or degraded becomes a `Loss` naming it and why. The pipeline fails on any loss that the overlay
does not exclude explicitly: `x-fabapi-excluded: <why>` on the schema, operation, response or request
body (set by an overlay action, whose own description says who decided it).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client.config import Config
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import (
    AnyProperty,
    EnumProperty,
    LiteralEnumProperty,
    ModelProperty,
    Schemas,
    build_schemas,
)
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.protocol import PropertyProtocol
from openapi_python_client.parser.properties.union import UnionProperty
from openapi_python_client.parser.responses import NONE_SOURCE
from openapi_python_client.schema import OpenAPI
from openapi_python_client.strings import PythonIdentifier

from codegen.known_values import plain_text, resolved
from codegen.normalise import escape

EXCLUDED = "x-fabapi-excluded"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_SCHEMAS = "#/components/schemas/"


@dataclass(frozen=True, order=True)
class Loss:
    """One thing a generator dropped or degraded: where (a JSON pointer into the document), what, why."""

    pointer: str
    what: str
    reason: str

    def __str__(self) -> str:
        return f"{self.what}: {self.reason}"


@dataclass(frozen=True)
class Exclusion:
    pointer: str
    reason: str

    def as_json(self) -> dict[str, str]:
        return {"at": self.pointer, "reason": self.reason}


def _operations(document: Mapping[str, Any]) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    for path, item in document.get("paths", {}).items():
        for method in HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping):
                yield path, method, operation


def _has_schema(media: Any) -> bool:
    """Whether a media type object declares a schema that constrains something (`{}` is anything)."""
    return isinstance(media, Mapping) and isinstance(media.get("schema"), Mapping) and bool(media["schema"])


# -- openapi-python-client -----------------------------------------------------------------------------


def package_losses(
    document: Mapping[str, Any],
    config: Config,
    data: GeneratorData,
    problems: Sequence[GeneratorError],
    package_dir: Path,
) -> list[Loss]:
    """Every component, operation, response and body of `document` that the package in `package_dir`
    (written by openapi-python-client from `data`) lacks or reads as anything, with the generator's reason."""
    messages = [f"{plain_text(p.header)} {plain_text(p.detail or '')}" for p in problems]
    losses = [*_schema_losses(document, config, data, messages, package_dir)]
    losses += _endpoint_losses(document, config, data, messages, package_dir)
    # A warning no part above was lost by is a loss all the same: nothing the generator says goes unread.
    named = " ".join(found.reason for found in losses)
    for message in messages:
        if _line(message) not in named:
            losses.append(Loss("#", "openapi-python-client warning", _line(message)))
    return sorted(set(losses))


# The generator prints some of its own objects' reprs into its messages; they say nothing to a reader.
_REPR = re.compile(r"<openapi_python_client\.[\w.]+ object at 0x[0-9a-f]+>")


def _line(message: str) -> str:
    return _REPR.sub("(see the pointer)", " ".join(part.strip() for part in message.splitlines() if part.strip()))[:300]


def _reason(messages: Iterable[str], *needles: str, default: str) -> str:
    """The generator's words about a part (each warning naming it, or one of the inline schemas it names
    `<part>_type_<n>`), else `default`."""
    found: list[str] = []
    for message in messages:
        if any(re.search(re.escape(needle) + r"(?:_type_\d+)*(?![\w-])", message) for needle in needles):
            found.append(_line(message))
    return "; ".join(dict.fromkeys(found)) or default


def _schema_losses(
    document: Mapping[str, Any], config: Config, data: GeneratorData, messages: list[str], package_dir: Path
) -> Iterator[Loss]:
    components = document.get("components", {}).get("schemas", {})
    if not components:
        return
    parsed = OpenAPI.model_validate(document)
    assert parsed.components is not None and parsed.components.schemas is not None  # checked just above
    schemas = build_schemas(components=parsed.components.schemas, schemas=Schemas(), config=config)
    by_reference = {plain_text(ref): prop for ref, prop in schemas.classes_by_reference.items()}
    written = {str(prop.class_info.name) for prop in (*data.models, *data.enums)}
    for name, schema in components.items():
        pointer = f"{_SCHEMAS}{escape(name)}"
        what = f"schema {name}"
        prop = by_reference.get(f"/components/schemas/{name}")
        if prop is None:
            reason = _reason(messages, f"/components/schemas/{name}", default="no class or type was generated")
            yield Loss(pointer, what, f"dropped ({reason})")
            continue
        for missing in _missing_classes(prop, written, package_dir / "models"):
            reason = _reason(messages, missing, f"/components/schemas/{name}", default="its module was not written")
            yield Loss(pointer, what, f"class {missing} not generated ({reason})")
        if isinstance(prop, AnyProperty) and schema:
            yield Loss(pointer, what, "degraded to Any")


def _missing_classes(prop: PropertyProtocol, written: set[str], models: Path) -> Iterator[str]:
    """Classes `prop` stands for (itself, its union variants, its list items) that were not written."""
    if isinstance(prop, ModelProperty | EnumProperty | LiteralEnumProperty):
        name = str(prop.class_info.name)
        if name not in written or not (models / f"{prop.class_info.module_name}.py").is_file():
            yield name
    elif isinstance(prop, UnionProperty):
        for inner in prop.inner_properties:
            yield from _missing_classes(inner, written, models)
    elif isinstance(prop, ListProperty):
        yield from _missing_classes(prop.inner_property, written, models)


def _endpoint_losses(
    document: Mapping[str, Any], config: Config, data: GeneratorData, messages: list[str], package_dir: Path
) -> Iterator[Loss]:
    endpoints = {
        (plain_text(endpoint.path), endpoint.method.lower()): (tag, endpoint)
        for tag, collection in data.endpoint_collections_by_tag.items()
        for endpoint in collection.endpoints
    }
    for path, method, operation in _operations(document):
        pointer = f"#/paths/{escape(path)}/{method}"
        what = f"operation {method.upper()} {path}"
        needle = f"{method.upper()} {path}"
        found = endpoints.get((path, method))
        if found is None:
            yield Loss(pointer, what, f"dropped ({_reason(messages, needle, default='no function generated')})")
            continue
        tag, endpoint = found
        module = package_dir / "api" / str(tag) / f"{PythonIdentifier(endpoint.name, config.field_prefix)}.py"
        if not module.is_file():
            yield Loss(pointer, what, f"its module api/{tag}/{module.name} was not written")
        parsed = {response.status_code.pattern: response for response in endpoint.responses}
        for status, raw in operation.get("responses", {}).items():
            response = resolved(document, raw)
            declared = [media for media in response.get("content", {}).values() if _has_schema(media)]
            got = parsed.get(str(status))
            where = f"{pointer}/responses/{escape(str(status))}"
            if got is None:
                reason = _reason(messages, needle, default="no parser generated")
                yield Loss(where, f"response {status} of {needle}", f"dropped ({reason})")
            elif declared and got.source == NONE_SOURCE:
                yield Loss(where, f"response {status} of {needle}", "its body is not read")
        body = resolved(document, operation.get("requestBody"))
        if isinstance(body, Mapping):
            generated = {plain_text(body_.content_type) for body_ in endpoint.bodies}
            for media_type in body.get("content", {}):
                if media_type not in generated:
                    reason = _reason(messages, needle, default="no body argument generated")
                    yield Loss(f"{pointer}/requestBody", f"body {media_type} of {needle}", f"dropped ({reason})")


# -- datamodel-code-generator ----------------------------------------------------------------------


def mock_losses(document: Mapping[str, Any], models: Path) -> list[Loss]:
    """Every component schema of `document` that the mock models in `models` lack, or hold as `Any`."""
    tree = ast.parse(models.read_text(encoding="utf-8"))
    defined: dict[str, ast.stmt] = {}
    for statement in tree.body:
        if isinstance(statement, ast.ClassDef):
            defined[statement.name] = statement
        elif isinstance(statement, ast.Assign):
            defined.update({target.id: statement for target in statement.targets if isinstance(target, ast.Name)})
        elif isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            defined[statement.target.id] = statement
    losses: list[Loss] = []
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        pointer = f"{_SCHEMAS}{escape(name)}"
        found = defined.get(_mock_class_name(name))
        if found is None:
            losses.append(Loss(pointer, f"mock model {name}", "no class generated"))
        elif schema and _is_any(found):
            losses.append(Loss(pointer, f"mock model {name}", "degraded to Any"))
    return sorted(losses)


def _mock_class_name(name: str) -> str:
    """datamodel-code-generator's class name for a component: the name, made a Python identifier."""
    if name.isidentifier():
        return name
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^0-9A-Za-z_]+", name) if part)


def _is_any(statement: ast.stmt) -> bool:
    if isinstance(statement, ast.ClassDef):
        return any(ast.unparse(base) in ("RootModel[Any]", "Any") for base in statement.bases)
    value = statement.value if isinstance(statement, ast.Assign | ast.AnnAssign) else None
    return value is not None and ast.unparse(value) == "Any"


# -- exclusions ----------------------------------------------------------------------------------------


def exclusions(document: Mapping[str, Any]) -> list[Exclusion]:
    """Every `x-fabapi-excluded` of the document (schemas, operations, responses, request bodies)."""
    found: list[Exclusion] = []
    for name, schema in document.get("components", {}).get("schemas", {}).items():
        if isinstance(schema, Mapping) and EXCLUDED in schema:
            found.append(Exclusion(f"{_SCHEMAS}{escape(name)}", str(schema[EXCLUDED])))
    for path, method, operation in _operations(document):
        pointer = f"#/paths/{escape(path)}/{method}"
        if EXCLUDED in operation:
            found.append(Exclusion(pointer, str(operation[EXCLUDED])))
        for status, response in operation.get("responses", {}).items():
            if isinstance(response, Mapping) and EXCLUDED in response:
                found.append(Exclusion(f"{pointer}/responses/{escape(str(status))}", str(response[EXCLUDED])))
        body = operation.get("requestBody")
        if isinstance(body, Mapping) and EXCLUDED in body:
            found.append(Exclusion(f"{pointer}/requestBody", str(body[EXCLUDED])))
    return found


def unexcluded(losses: Iterable[Loss], excluded: Iterable[Exclusion]) -> tuple[list[Loss], list[Exclusion]]:
    """The losses no exclusion covers (an exclusion covers its pointer and everything below it), and the
    exclusions that cover no loss (stale: the generator now reads what they excuse)."""
    excluded = list(excluded)
    left: list[Loss] = []
    used: set[str] = set()
    for loss in losses:
        covering = [e for e in excluded if loss.pointer == e.pointer or loss.pointer.startswith(e.pointer + "/")]
        used.update(e.pointer for e in covering)
        if not covering:
            left.append(loss)
    return left, [e for e in excluded if e.pointer not in used]
