"""Resource groups: one class per spec tag, one method per operation.

openapi-python-client writes one module per operation with bare functions and
wire-derived argument names (`filtercreated_atlt`). This module builds the model
of `_resources/` in the generated package, which templates/resources/ render: sync
and async classes per tag, one module each, whose methods have readable argument names, call those functions through
`fabapi_core.Caller`, and return `Pager`s for list operations. It reads only the
spec and the generator's parsed model of it, so every vendor gets the same.

Extensions read from the curated spec:
- `x-fabapi-pagination` (document root or operation; `false` turns it off):
  how pages work, see `fabapi_core.PageStyle`.
- `x-fabapi-method` (operation): the method name, when the derived one is poor.
- `x-fabapi-resource` (tag): the resource group's attribute name, when the tag's is poor
  (3YOURMIND's "3D Files" would be `tag3d_files`).
- `x-fabapi-unsafe` (operation): recorded in `OPERATIONS` for live runs.
- `x-fabapi-known-values` (a parameter's schema): listed in the method's docstring.

A parameter's limits (range, `multipleOf`, pattern, length, item count, integer width) travel with the
call, so fabapi_core refuses a value the server would refuse before sending it.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.openapi import Endpoint
from openapi_python_client.parser.properties.list_property import ListProperty
from openapi_python_client.parser.properties.model_property import ModelProperty
from openapi_python_client.strings import PythonIdentifier

from codegen.error_classes import status_errors
from codegen.errors import GeneratorFailed
from codegen.known_values import known_values, resolved, sentence

if TYPE_CHECKING:
    from codegen.names import OperationPin

TEMPLATES = Path(__file__).resolve().parent / "templates"
HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")
# Verbs renamed to what Python SDK users expect (`devices.get(id)`).
_VERB_ALIASES = {"read": "get", "fetch": "get"}


@dataclass(frozen=True)
class Param:
    wire: str
    generated: str  # the generator's argument name
    name: str  # the readable argument name we expose
    annotation: str
    required: bool
    location: str
    accepts_str: bool = False  # identifiers, enums and dates may be given as strings
    limits: tuple[tuple[str, Any], ...] = ()  # the schema's constraints, checked before sending
    known_values: tuple[str, ...] = ()  # `x-fabapi-known-values` of an open-set string, for the docs
    description: str = ""  # the spec's description of the parameter, the method's `Args:` line


# Property kinds whose values users naturally write as strings; fabapi_core checks and converts them.
_STRING_FRIENDLY = {"UuidProperty", "EnumProperty", "LiteralEnumProperty", "DateTimeProperty", "DateProperty"}


@dataclass(frozen=True)
class Pagination:
    style: Mapping[str, Any]
    item_type: str
    control: Mapping[str, str]  # wire name of a page-control parameter -> generated name
    imports: tuple[str, ...] = ()  # what the item type needs, relative to `_resources/<group>.py`


@dataclass(frozen=True)
class Operation:
    operation_id: str
    module: str
    tag_module: str
    method_name: str
    http_method: str
    path: str
    doc: str
    params: tuple[Param, ...]
    body_annotation: str | None
    body_required: bool
    return_type: str
    statuses: tuple[int, ...]
    pagination: Pagination | None
    unsafe: bool
    # A `oneOf` body's alternatives: (model class, its required wire names), checked before sending.
    body_one_of: tuple[tuple[str, tuple[str, ...]], ...] = ()
    body_doc: str = ""  # the request body's `Args:` line
    returns_doc: str = ""  # the success answer's description, the method's `Returns:` line
    raises: tuple[tuple[str, str], ...] = ()  # (fabapi-core error class, when), the method's `Raises:` lines


@dataclass(frozen=True)
class Group:
    attribute: str
    class_name: str
    doc: str
    operations: tuple[Operation, ...]


def _code(value: Any) -> str:
    return str(value.as_unembedded_code())


def _text(value: Any) -> str:
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"[^0-9a-zA-Z]+", "_", name).strip("_").lower()
    return f"{name}_" if keyword.iskeyword(name) or not name else name


def readable_argument(wire: str) -> str:
    """`filter[created_at][lt]` -> `created_at_lt`; `page[size]` -> `page_size`."""
    parts = [part for part in re.split(r"[\[\]]+", wire) if part]
    if len(parts) > 1 and parts[0] == "filter":
        parts = parts[1:]
    return snake("_".join(parts))


def method_name(operation_id: str, tag: str) -> str:
    """`listDeviceQueue` in tag `Devices` -> `list_queue`; `readBuild` -> `get`."""
    words = snake(operation_id).split("_")
    tag_words = {w for word in snake(tag).split("_") for w in (word, word.rstrip("s"))}
    kept = [word for word in words if word not in tag_words] or words
    if kept[-1] in {"to", "from", "by"} and len(kept) > 1:
        kept = kept[:-1]
    kept[0] = _VERB_ALIASES.get(kept[0], kept[0])
    return snake("_".join(kept))


def operation_key(method: str, path: str) -> str:
    """`GET /devices`: how `names.yaml` pins an operation (what a vendor cannot rename without changing the wire)."""
    return f"{method.upper()} {path}"


def _raw_operations(spec: Mapping[str, Any]) -> dict[str, tuple[str, str, Mapping[str, Any]]]:
    found: dict[str, tuple[str, str, Mapping[str, Any]]] = {}
    for path, item in spec.get("paths", {}).items():
        for http_method in HTTP_METHODS:
            operation = item.get(http_method)
            if isinstance(operation, Mapping) and "operationId" in operation:
                found[operation["operationId"]] = (path, http_method, operation)
    return found


# JSON Schema keywords fabapi_core checks on an argument before a request is sent.
_LIMITS = (
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "pattern",
    "minLength",
    "maxLength",
    "minItems",
    "maxItems",
)


_INTEGER_FORMAT = re.compile(r"u?int(8|16|32|64)")


def _parameter(
    spec: Mapping[str, Any], path: str, raw: Mapping[str, Any], wire: str, location: str
) -> Mapping[str, Any]:
    """One parameter object, `$ref`s followed (an operation's parameter wins over its path's)."""
    declared = [*spec.get("paths", {}).get(path, {}).get("parameters", []), *raw.get("parameters", [])]
    found: Mapping[str, Any] = {}
    for parameter in map(lambda node: resolved(spec, node), declared):
        if isinstance(parameter, Mapping) and parameter.get("name") == wire and parameter.get("in") == location:
            found = parameter
    return found


def _parameter_schema(
    spec: Mapping[str, Any], path: str, raw: Mapping[str, Any], wire: str, location: str
) -> Mapping[str, Any]:
    """One parameter's schema, `$ref`s followed."""
    schema = resolved(spec, _parameter(spec, path, raw, wire, location).get("schema", {}))
    return schema if isinstance(schema, Mapping) else {}


def _line(text: Any) -> str:
    """A description on one docstring line: whitespace and Markdown headings folded, quotes escaped."""
    return _doc(" ".join(str(text or "").split()))


def _described(spec: Mapping[str, Any], node: Any, fallback: str) -> str:
    node = resolved(spec, node)
    return (_line(node.get("description")) if isinstance(node, Mapping) else "") or fallback


def _success_doc(spec: Mapping[str, Any], raw: Mapping[str, Any]) -> str:
    """What the documented 2xx answers say they are, for `Returns:`."""
    said = [
        _described(spec, response, "")
        for status, response in sorted(raw.get("responses", {}).items(), key=lambda item: str(item[0]))
        if str(status).startswith("2")
    ]
    return " ".join(dict.fromkeys(text for text in said if text))


def _raises(
    spec: Mapping[str, Any], raw: Mapping[str, Any], statuses: tuple[int, ...], takes_arguments: bool
) -> tuple[tuple[str, str], ...]:
    """The `Raises:` lines: each documented error status (or range, `4XX`) under the fabapi-core class it
    raises, then what any call may raise. The status-to-class tables are fabapi-core's (`_errors.py`)."""
    by_status, by_hundred = status_errors()
    responses = {str(status): response for status, response in raw.get("responses", {}).items()}
    grouped: dict[str, list[str]] = {}
    for status in (status for status in statuses if status >= 400):
        key = str(status) if str(status) in responses else f"{status // 100}XX"
        said = _described(spec, responses.get(key, {}), "")
        entry = f"{key} ({said.rstrip('.')})" if said else key
        if key.endswith("XX"):  # a range raises its hundred's class, or the subclass fabapi-core has for a status
            cls = by_hundred.get(status // 100, "APIError")
            named = ", ".join(
                f"`{name}` ({code})" for code, name in sorted(by_status.items()) if code // 100 == status // 100
            )
            entry += f", as {named} where the status is one of those" if named else ""
        else:
            cls = by_status.get(status) or by_hundred.get(status // 100, "APIError")
        if entry not in grouped.setdefault(cls, []):
            grouped[cls].append(entry)
    lines = [(cls, f"the server answered {'; '.join(entries)}.") for cls, entries in grouped.items()]
    lines.append(("UnexpectedResponse", "an undocumented status, or (strict) an answer its schema refuses."))
    if takes_arguments:
        lines.append(("InvalidArgument", "an argument the spec refuses, before anything is sent."))
    lines.append(("TransportError", "the connection failed or the client's timeout ran out."))
    return tuple(lines)


def _parameter_limits(schema: Mapping[str, Any]) -> tuple[tuple[str, Any], ...]:
    """The constraints a parameter's schema declares."""
    limits = tuple((key, schema[key]) for key in _LIMITS if key in schema)
    # An integer's width (`int32`, `uint64`...) limits it too; other formats are the generator's business.
    if schema.get("type") == "integer" and _INTEGER_FORMAT.fullmatch(str(schema.get("format", ""))):
        limits += (("format", schema["format"]),)
    return limits


def _body_one_of(
    spec: Mapping[str, Any], raw: Mapping[str, Any], endpoint: Endpoint, data: GeneratorData
) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The alternatives of a body whose schema is a `oneOf` of objects: each model's class and required names."""
    content = resolved(spec, raw.get("requestBody", {})).get("content", {})
    schemas = [resolved(spec, media.get("schema", {})) for media in content.values() if isinstance(media, Mapping)]
    if not any(isinstance(schema, Mapping) and "oneOf" in schema for schema in schemas):
        return ()
    for body in endpoint.bodies:
        members = getattr(body.prop, "inner_properties", None)
        if members and all(isinstance(member, ModelProperty) for member in members):
            # A union's members are the references made while parsing; the built models know their fields.
            built = {str(model.class_info.name): model for model in data.models}
            # A member the generator did not build is the loss check's to report (codegen/loss.py), not ours.
            names = [str(member.class_info.name) for member in members if str(member.class_info.name) in built]
            return tuple((name, tuple(_text(p.name) for p in built[name].required_properties or ())) for name in names)
    return ()


def _success_type(endpoint: Endpoint) -> str:
    types: list[str] = []
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if low >= 200 and high < 300:
            if response.source.get("return_type") == "None":  # a response without content
                type_string = "None"
            else:
                type_string = _code(response.prop.get_type_string())
            if type_string not in types:
                types.append(type_string)
    if not types:
        return "None"
    return " | ".join(types)


def _statuses_code(statuses: tuple[int, ...]) -> str:
    """The statuses as a tuple expression, with runs such as a whole `4XX` written as `*range(...)`."""
    parts: list[str] = []
    index = 0
    while index < len(statuses):
        end = index
        while end + 1 < len(statuses) and statuses[end + 1] == statuses[end] + 1:
            end += 1
        if end - index >= 9:
            parts.append(f"*range({statuses[index]}, {statuses[end] + 1})")
        else:
            parts.extend(str(status) for status in statuses[index : end + 1])
        index = end + 1
    return f"({', '.join(parts)},)" if len(parts) == 1 else f"({', '.join(parts)})"


def _runs(statuses: tuple[int, ...]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for status in statuses:
        if runs and status == runs[-1][1] + 1:
            runs[-1] = (runs[-1][0], status)
        else:
            runs.append((status, status))
    return runs


def _statuses_name(statuses: tuple[int, ...]) -> str:
    """The module constant holding these statuses: `(200, *range(400, 600))` is `_STATUSES_200_4XX_5XX`."""
    parts: list[str] = []
    for low, high in _runs(statuses):
        for century in range(low // 100, high // 100 + 1):
            start, end = max(low, century * 100), min(high, century * 100 + 99)
            if (start, end) == (century * 100, century * 100 + 99):
                parts.append(f"{century}XX")
            elif start == end:
                parts.append(str(start))
            else:
                parts.append(f"{start}_TO_{end}")
    return "_STATUSES_" + "_".join(parts) if parts else "_STATUSES_NONE"


def _statuses(endpoint: Endpoint) -> tuple[int, ...]:
    statuses: list[int] = []
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        statuses.extend(range(low, high + 1) if high - low < 100 else [])
    return tuple(sorted(set(statuses)))


def _items_property(endpoint: Endpoint, items_field: str) -> Any | None:
    for response in endpoint.responses.patterns:
        low, high = response.status_code.range or (0, 0)
        if not (200 <= low and high < 300) or not isinstance(response.prop, ModelProperty):
            continue
        for prop in [*(response.prop.required_properties or []), *(response.prop.optional_properties or [])]:
            if prop.name == items_field and isinstance(prop, ListProperty):
                return prop.inner_property
    return None


def _pagination(
    endpoint: Endpoint, raw: Mapping[str, Any], default_style: Mapping[str, Any] | None
) -> Pagination | None:
    style = raw.get("x-fabapi-pagination", default_style)
    if not style:
        return None
    control_params = [style[key] for key in ("page_param", "token_param") if key in style]
    by_wire = {_text(p.name): p.python_name for p in endpoint.query_parameters}
    if not control_params or not all(param in by_wire for param in control_params):
        return None
    item = _items_property(endpoint, str(style.get("items", "items")))
    if item is None:
        return None
    return Pagination(
        dict(style),
        _code(item.get_type_string(no_optional=True)),
        {wire: str(by_wire[wire]) for wire in control_params},
        tuple(sorted(item.get_imports(prefix="..") | item.get_lazy_imports(prefix=".."))),
    )


def _doc(*parts: str) -> str:
    text = "\n\n".join(
        re.sub(r"^#+\s*", "", part.strip(), flags=re.MULTILINE) for part in parts if part and part.strip()
    )
    escaped = text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    # A text ending in an unescaped quote would run into the closing triple quote (`... "x""""`).
    body = escaped[:-1]
    if escaped.endswith('"') and (len(body) - len(body.rstrip("\\"))) % 2 == 0:
        return body + '\\"'
    return escaped


def _known_values_doc(params: Iterable[Param]) -> str:
    """One line per parameter whose schema lists known values, for the method's docstring."""
    return "\n".join(f"`{p.name}`: {sentence(p.known_values)}" for p in params if p.known_values)


def collect(spec: Mapping[str, Any], data: GeneratorData, pins: Mapping[str, OperationPin]) -> list[Group]:
    """Build the resource model from the curated spec and the generator's parse; each operation's group
    and method are its pin's (`codegen.names`: `names.yaml`, or derived where a vendor has none)."""
    raw_ops = _raw_operations(spec)
    tag_docs = {tag["name"]: tag.get("description", "") for tag in spec.get("tags", [])}
    tag_names = {snake(name): name for name in tag_docs}
    # The generator's own module name for each tag ("3D Files" -> `tag3d_files`).
    tag_names.update({str(PythonIdentifier(name, prefix="tag")): name for name in tag_docs})
    default_style = spec.get("x-fabapi-pagination")
    groups: list[Group] = []
    for tag_module, collection in sorted(data.endpoint_collections_by_tag.items()):
        operations: list[Operation] = []
        attributes: set[str] = set()
        taken: set[str] = set()
        for endpoint in collection.endpoints:
            operation_id = str(endpoint.name)
            if operation_id not in raw_ops:
                operation_id = next((op for op in raw_ops if snake(op) == snake(str(endpoint.name))), operation_id)
            path, http_method, raw = raw_ops.get(operation_id, (_text(endpoint.path), endpoint.method, {}))
            key = operation_key(http_method, path)
            pin = pins.get(key)
            if pin is None:
                raise GeneratorFailed(f"{key} (operationId {operation_id!r}) has no public names: pin it in names.yaml")
            if raw.get("x-fabapi-method") not in (None, pin.method):
                raise GeneratorFailed(
                    f"{key}: x-fabapi-method {raw['x-fabapi-method']!r} in the overlay, but names.yaml pins the"
                    f" method {pin.method!r}: change one"
                )
            name = pin.method
            if name in taken:
                raise GeneratorFailed(f"two operations of tag module {tag_module} have the method name {name!r}")
            taken.add(name)
            attributes.add(pin.group)
            pagination = _pagination(endpoint, raw, default_style)
            control = set(pagination.control.values()) if pagination else set()
            params: list[Param] = []
            seen_names: set[str] = set()
            for location, props in (
                ("path", endpoint.path_parameters),
                ("query", endpoint.query_parameters),
                ("header", endpoint.header_parameters),
            ):
                for prop in props:
                    if prop.python_name in control:
                        continue
                    wire = _text(prop.name)
                    readable = str(prop.python_name) if location == "path" else readable_argument(wire)
                    if readable in seen_names or readable in {"self", "body", "page", "client"}:
                        readable = str(prop.python_name)
                    seen_names.add(readable)
                    parameter = _parameter(spec, path, raw, wire, location)
                    schema = _parameter_schema(spec, path, raw, wire, location)
                    params.append(
                        Param(
                            wire=wire,
                            generated=str(prop.python_name),
                            name=readable,
                            annotation=_code(prop.get_type_string()),
                            required=bool(prop.required),
                            location=location,
                            accepts_str=type(prop).__name__ in _STRING_FRIENDLY,
                            limits=_parameter_limits(schema),
                            known_values=known_values(spec, schema),
                            description=_line(parameter.get("description"))
                            or f"The `{_line(wire)}` {location} parameter.",
                        )
                    )
            body_annotation = None
            body_required = False
            if endpoint.bodies:
                annotations = []
                for body in endpoint.bodies:
                    annotation = _code(body.prop.get_type_string(no_optional=True))
                    if annotation not in annotations:
                        annotations.append(annotation)
                body_annotation = " | ".join(annotations)
                body_required = all(body.prop.required for body in endpoint.bodies)
            operations.append(
                Operation(
                    operation_id=operation_id,
                    module=str(endpoint.name),
                    tag_module=str(tag_module),
                    method_name=name,
                    http_method=http_method.upper(),
                    path=path,
                    doc=_doc(_text(endpoint.summary), _text(endpoint.description), _known_values_doc(params)),
                    params=tuple(params),
                    body_annotation=body_annotation,
                    body_required=body_required,
                    return_type=_success_type(endpoint),
                    statuses=_statuses(endpoint),
                    pagination=pagination,
                    unsafe=bool(raw.get("x-fabapi-unsafe", False)),
                    body_one_of=_body_one_of(spec, raw, endpoint, data),
                    body_doc=_described(spec, raw.get("requestBody", {}), "The request body.")
                    if endpoint.bodies
                    else "",
                    returns_doc=_success_doc(spec, raw),
                    raises=_raises(spec, raw, _statuses(endpoint), bool(params or endpoint.bodies)),
                )
            )
        if len(attributes) != 1:
            raise GeneratorFailed(
                f"the operations of tag module {tag_module} are pinned to groups {sorted(attributes)}"
            )
        attribute = attributes.pop()
        tag = tag_names.get(str(tag_module), str(tag_module))
        class_name = "".join(part.capitalize() for part in attribute.split("_"))
        groups.append(Group(attribute, class_name, _doc(tag_docs.get(tag, "")), tuple(operations)))
    return groups


def _imports(data: GeneratorData, group: Group) -> list[str]:
    """What the group's annotations need, relative to `_resources/<group>.py`; ruff drops what is unused."""
    lines: set[str] = set()
    tag_modules = {op.tag_module for op in group.operations}
    for tag_module, collection in data.endpoint_collections_by_tag.items():
        if str(tag_module) in tag_modules:
            for endpoint in collection.endpoints:
                lines.update(line.replace("from ...", "from ..") for line in endpoint.relative_imports)
    for op in group.operations:
        lines.update(op.pagination.imports if op.pagination else ())
    return sorted(lines)


def _annotation(text: str) -> str:
    # A resource may define a method named `list`; keep annotations on the builtin.
    return re.sub(r"(?<![\w.])list\[", "builtins.list[", text)


def _accepting(param: Param, annotation: str) -> str:
    members = annotation.split(" | ")
    if param.accepts_str and "str" not in members:
        members.insert(1, "str")
    return " | ".join(members)


def _signature(op: Operation) -> str:
    positional = [f"{p.name}: {_accepting(p, p.annotation)}" for p in op.params if p.location == "path"]
    keyword_only: list[str] = []
    # A `oneOf` body may also be given as its JSON form, built into the alternative it fits.
    body = f"{op.body_annotation} | Mapping[str, Any]" if op.body_one_of else op.body_annotation
    if body is not None:
        if op.body_required:
            keyword_only.append(f"body: {body}")
    required = [p for p in op.params if p.location != "path" and p.required]
    keyword_only += [f"{p.name}: {_accepting(p, p.annotation)}" for p in required]
    if body is not None and not op.body_required:
        keyword_only.append(f"body: {body} | Unset = UNSET")
    for p in op.params:
        if p.location != "path" and not p.required:
            annotation = _accepting(p, p.annotation if "Unset" in p.annotation else f"{p.annotation} | Unset")
            keyword_only.append(f"{p.name}: {annotation} = UNSET")
    args = ["self", *positional]
    if keyword_only:
        args += ["*", *keyword_only]
    return _annotation(", ".join(args))


def _call_arguments(op: Operation) -> list[str]:
    renamed = {p.generated: p.name for p in op.params if p.generated != p.name}
    # `renamed` lets an argument error name the argument as the user wrote it.
    args = [f"renamed={renamed!r}"] if renamed else []
    limits: dict[str, dict[str, Any]] = {p.generated: dict(p.limits) for p in op.params if p.limits}
    if op.body_one_of:
        # Exactly one alternative of a `oneOf` body, told by its required fields (fabapi_core._alternatives).
        limits["body"] = {"oneOf": [[name, list(required)] for name, required in op.body_one_of]}
    if limits:
        args.append(f"constraints={limits!r}")
    args += [f"{p.generated}={p.name}" for p in op.params]
    if op.body_annotation is not None:
        args.append("body=body")
    return args


def _environment() -> jinja2.Environment:
    # The output is Python source, not HTML: escaping would corrupt it.
    environment = jinja2.Environment(
        autoescape=False,  # noqa: S701
        loader=jinja2.FileSystemLoader(TEMPLATES),
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        pyrepr=repr,
        annotation=_annotation,
        signature=_signature,
        call_arguments=_call_arguments,
        statuses_name=_statuses_name,
        statuses_code=_statuses_code,
    )
    return environment


def render(groups: Iterable[Group], data: GeneratorData, title: str) -> dict[str, str]:
    """The `_resources` package: file name -> text, one module per group and the mixins in `__init__.py`."""
    groups = list(groups)
    environment = _environment()
    group_template = environment.get_template("resources/group.py.jinja")
    files = {
        f"{group.attribute}.py": group_template.render(group=group, title=title, imports=_imports(data, group))
        for group in groups
    }
    files["__init__.py"] = environment.get_template("resources/__init__.py.jinja").render(groups=groups, title=title)
    return files
