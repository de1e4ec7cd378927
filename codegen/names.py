"""Public names that do not move when a vendor renames things: `specs/<v>/names.yaml`.

A vendor's own document names operations (`operationId`, tags) and schemas as its framework likes
(`get_user_info_v1_user_get`, `XYZDimensions`); the package's public names (api modules, resource
groups and methods, model classes) must not follow. `names.yaml` is curation, reviewed like the overlay:

- `operations:` keyed `"METHOD /path"` (what the vendor cannot rename without changing the wire):
  the `operationId` and `tags` the package is generated from (api module, function, inline model
  names, api package), the resource `group` and its `method`.
- `tags:` the tag objects (`name`, `description`, ...) the source declares: a resource group's docstring
  and the overlay's tag targets come from them, so a vendor document that declares a pinned tag no more
  (FastAPI serves no tag list; drf-spectacular tags by path word) gets the pinned declaration.
- `models:` every component schema of the source but those written inline (below): its name, or
  `{vendor name: public name}` where the vendor calls it differently. Two vendor schemas may be one model
  where they are one on the wire (drf-spectacular's `XRequest` beside `X`: `{XRequest: X}`), and a
  union's variant the vendor writes inline is pinned by the union and its tag value
  (`{Pet[kind=cat]: Cat}`: dropshot's tagged enums).
- `inline:` the components of the source written in place at each use, as the public document has them:
  a vendor may share as one component (drf-spectacular's `StatusEnum`) what the package generates from
  where it is written (`JobUpdateStatus`: model `JobUpdate`, property `status`).

`apply_names` runs on the source before the overlay, so the overlay, the generators and the
hand-written layer all speak public names: schemas are renamed and every `$ref` (and discriminator
mapping, and link `operationId`) rewritten; each operation gets its pinned `operationId` and tags; a
path whose parameters alone the vendor renamed (`/files/{id}`) is back under its pinned path and
parameter names (`/files/{file_id}`, the resource methods' argument names); each component pinned
`inline:` is written where it is used (`codegen.layout.inline_components`). The wire is untouched.
Whatever does not line up is a `NamesError` listing every problem.
"""

from __future__ import annotations

import copy
import json
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Final

from openapi_python_client.strings import PythonIdentifier

from codegen import layout
from codegen.errors import NameProblem, NamesError
from codegen.normalise import single_value
from codegen.resources import HTTP_METHODS, method_name, operation_key, snake
from codegen.restyle.common import ANNOTATIONS
from registry.documents import load_document
from registry.errors import SpecError

FILE: Final = "names.yaml"
SCHEMA_REF: Final = "#/components/schemas/"
# openapi-python-client files an operation without tags under this one.
DEFAULT_TAG: Final = "default"
_IDENTIFIER = re.compile(r"[a-z_][a-z0-9_]*")
HEADER: Final = (
    "# {title}: the package's public names, pinned so that a vendor renaming its operationIds,\n"
    "# tags or schemas moves none of them (codegen/names.py). Curation, reviewed like overlay.yaml.\n"
    "# operations: `METHOD /path` -> the operationId and tags it is generated from, its resource\n"
    "#   group and method. tags: the tag objects source.yaml declares, kept where a document lacks them.\n"
    "#   models: every schema of source.yaml, `{{vendor name: public name}}` where they differ.\n"
    "#   `nox -s fetch -- {key} --update` pins new operations and follows unambiguous renames."
)


@dataclass(frozen=True)
class OperationPin:
    """The public names of one operation."""

    operation_id: str
    tags: tuple[str, ...]
    group: str
    method: str


@dataclass(frozen=True)
class Names:
    """One vendor's pins: operations by `METHOD /path`, models as vendor name -> public name."""

    operations: dict[str, OperationPin]
    models: dict[str, str]
    path: Path = field(default=Path(FILE), compare=False)
    tags: dict[str, dict[str, Any]] = field(default_factory=dict)  # tag name -> its declaration
    inline: tuple[str, ...] = ()  # vendor components written in place at each use

    def public_models(self) -> set[str]:
        return set(self.models.values())


def operations(spec: Mapping[str, Any]) -> Iterable[tuple[str, str, str, dict[str, Any]]]:
    """(key, method, path, operation) of every operation, in document order."""
    for path, item in spec.get("paths", {}).items():
        if not isinstance(item, Mapping):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield operation_key(method, path), method, path, operation


def schemas(spec: Mapping[str, Any]) -> dict[str, Any]:
    found = spec.get("components", {}).get("schemas", {})
    return found if isinstance(found, dict) else {}


# --- reading and writing names.yaml ---------------------------------------------------------------


def _pin(raw: Any, path: Path, where: str) -> OperationPin:
    if not isinstance(raw, Mapping):
        raise SpecError(path, where, "expected a mapping with operationId, tags, group and method")
    unknown = sorted(set(raw) - {"operationId", "tags", "group", "method"})
    if unknown:
        raise SpecError(path, where, f"unknown keys {unknown}; a pin has operationId, tags, group and method")
    operation_id, tags = raw.get("operationId"), raw.get("tags")
    if not isinstance(operation_id, str) or not operation_id:
        raise SpecError(path, f"{where}.operationId", f"expected a non-empty string, found {operation_id!r}")
    if not isinstance(tags, list) or not tags or not all(isinstance(t, str) and t for t in tags):
        raise SpecError(path, f"{where}.tags", f"expected a non-empty list of tag names, found {tags!r}")
    for key in ("group", "method"):
        value = raw.get(key)
        if not isinstance(value, str) or not _IDENTIFIER.fullmatch(value):
            raise SpecError(path, f"{where}.{key}", f"expected a lower-case Python identifier, found {value!r}")
    return OperationPin(operation_id, tuple(tags), str(raw["group"]), str(raw["method"]))


def _models(raw: Any, path: Path) -> dict[str, str]:
    if not isinstance(raw, list):
        raise SpecError(path, "$.models", "expected a list of schema names or `{vendor name: public name}`")
    models: dict[str, str] = {}
    for index, entry in enumerate(raw):
        where = f"$.models[{index}]"
        if isinstance(entry, str) and entry:
            vendor, public = entry, entry
        elif isinstance(entry, Mapping) and len(entry) == 1:
            vendor, public = next(iter(entry.items()))
            if not isinstance(vendor, str) or not isinstance(public, str) or not vendor or not public:
                raise SpecError(path, where, f"expected `vendor name: public name`, found {dict(entry)!r}")
        else:
            raise SpecError(path, where, f"expected a schema name or `{{vendor name: public name}}`, found {entry!r}")
        if vendor in models:
            raise SpecError(path, where, f"{vendor!r} is listed twice")
        models[vendor] = public
    return models


def _tags(raw: Any, path: Path) -> dict[str, dict[str, Any]]:
    if not isinstance(raw, list):
        raise SpecError(path, "$.tags", "expected a list of tag objects, each with a `name`")
    tags: dict[str, dict[str, Any]] = {}
    for index, entry in enumerate(raw):
        where = f"$.tags[{index}]"
        if not isinstance(entry, Mapping) or not isinstance(entry.get("name"), str) or not entry["name"]:
            raise SpecError(path, where, f"expected a tag object with a non-empty `name`, found {entry!r}")
        if entry["name"] in tags:
            raise SpecError(path, where, f"the tag {entry['name']!r} is declared twice")
        tags[entry["name"]] = dict(entry)
    return tags


def _inline(raw: Any, path: Path, models: Mapping[str, str]) -> tuple[str, ...]:
    if not isinstance(raw, list):
        raise SpecError(path, "$.inline", "expected a list of the vendor's component names")
    inline: list[str] = []
    for index, entry in enumerate(raw):
        where = f"$.inline[{index}]"
        if not isinstance(entry, str) or not entry:
            raise SpecError(path, where, f"expected a component name, found {entry!r}")
        if entry in inline:
            raise SpecError(path, where, f"{entry!r} is listed twice")
        if entry in models:
            raise SpecError(path, where, f"{entry!r} is under `models:` too: a component is a model or written inline")
        inline.append(entry)
    return tuple(inline)


def collisions(names: Names) -> list[NameProblem]:
    """Pins that would give two things one public name."""
    found: list[NameProblem] = []

    def twice(kind: str, by: Mapping[Any, list[str]]) -> None:
        for name, holders in by.items():
            if len(holders) > 1:
                found.append(NameProblem("collision", str(name), f"{kind} of {', '.join(holders)}"))

    by_operation_id: dict[str, list[str]] = {}
    by_method: dict[str, list[str]] = {}
    group_tag: dict[str, list[str]] = {}
    tag_group: dict[str, list[str]] = {}
    for key, pin in names.operations.items():
        by_operation_id.setdefault(pin.operation_id, []).append(key)
        by_method.setdefault(f"{pin.group}.{pin.method}", []).append(key)
        if pin.tags[0] not in group_tag.setdefault(pin.group, []):
            group_tag[pin.group].append(pin.tags[0])
        if pin.group not in tag_group.setdefault(pin.tags[0], []):
            tag_group[pin.tags[0]].append(pin.group)
    twice("the operationId", by_operation_id)
    twice("the method", by_method)
    # One group is generated from one tag (its first), and one tag makes one group.
    twice("the group generated from the tags", {f"group {g}": [repr(t) for t in ts] for g, ts in group_tag.items()})
    twice("the tag grouped as", {f"tag {t!r}": gs for t, gs in tag_group.items()})
    # Several vendor schemas may be one public model, where they are one on the wire (`problems` checks).
    return found


def load_names(path: Path) -> Names:
    """`names.yaml` as pins; `SpecError` where it is malformed, `NamesError` when two pins collide."""
    document = load_document(path)
    raw_operations = document.get("operations")
    if not isinstance(raw_operations, Mapping):
        raise SpecError(path, "$.operations", "expected a mapping of `METHOD /path` to pins")
    pins: dict[str, OperationPin] = {}
    for key, raw in raw_operations.items():
        method, _, route = str(key).partition(" ")
        if method.lower() not in HTTP_METHODS or not route.startswith("/") or method != method.upper():
            raise SpecError(path, f"$.operations[{key!r}]", "expected a key `METHOD /path`, such as `GET /users`")
        pins[str(key)] = _pin(raw, path, f"$.operations[{key!r}]")
    models = _models(document.get("models", []), path)
    inline = _inline(document.get("inline", []), path, models)
    names = Names(pins, models, path, _tags(document.get("tags", []), path), inline)
    found = collisions(names)
    if found:
        raise NamesError(path, found)
    return names


def _pin_lines(names: Names) -> dict[str, str]:
    """Each operation's pin as its line of `names.yaml`."""
    lines: dict[str, str] = {}
    for key, pin in names.operations.items():
        tags = ", ".join(json.dumps(tag, ensure_ascii=False) for tag in pin.tags)
        lines[key] = (
            f"  {json.dumps(key, ensure_ascii=False)}: {{operationId: {json.dumps(pin.operation_id)},"
            f" tags: [{tags}], group: {json.dumps(pin.group)}, method: {json.dumps(pin.method)}}}"
        )
    return lines


def dump_names(names: Names, title: str, key: str) -> str:
    """The file's text: a header saying what it is, then one operation per line (reads and diffs better
    than four), then the models. Every scalar is a JSON string, which YAML reads as written (`on`, `no`)."""
    out = [HEADER.format(title=title, key=key), "operations:", *_pin_lines(names).values()]
    if names.tags:
        out += ["tags:", *(f"- {json.dumps(tag, ensure_ascii=False)}" for tag in names.tags.values())]
    out.append("models:")
    for vendor, public in names.models.items():
        entry = json.dumps(vendor) if vendor == public else f"{json.dumps(vendor)}: {json.dumps(public)}"
        out.append(f"- {entry}")
    if names.inline:
        out += ["# Components of source.yaml written in place at each use, as the public document has them.", "inline:"]
        out += [f"- {json.dumps(name)}" for name in names.inline]
    return "\n".join(out) + "\n"


# --- applying pins to a source --------------------------------------------------------------------


def _rewrite(node: Any, models: Mapping[str, str], operation_ids: Mapping[str, str]) -> Any:
    """`node` with schema `$ref`s, discriminator mappings and link operationIds renamed."""
    if isinstance(node, list):
        return [_rewrite(item, models, operation_ids) for item in node]
    if not isinstance(node, dict):
        return node
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "$ref":
            out[key] = _renamed_ref(value, models)
        elif key == "mapping" and isinstance(value, Mapping) and "propertyName" in node:
            # A discriminator maps to a `$ref` or, as OpenAPI allows, to a bare schema name.
            out[key] = {
                k: _renamed_ref(v, models) if str(v).startswith("#") else models.get(v, v) for k, v in value.items()
            }
        elif key == "operationId" and isinstance(value, str) and "operationRef" not in node:
            # A link object names its target by operationId: the vendor's name becomes the pinned one.
            out[key] = operation_ids.get(value, value)
        else:
            out[key] = _rewrite(value, models, operation_ids)
    return out


def _renamed_ref(value: Any, models: Mapping[str, str]) -> Any:
    if isinstance(value, str) and value.startswith(SCHEMA_REF):
        name = value[len(SCHEMA_REF) :]
        return SCHEMA_REF + models.get(name, name)
    return value


_PATH_PARAMETER = re.compile(r"\{([^}]*)\}")


def _template(path: str) -> str:
    return _PATH_PARAMETER.sub("{}", path)


def path_renames(source: Mapping[str, Any], names: Names) -> dict[str, str]:
    """Vendor path -> pinned path, where the vendor renamed only path parameters (`/files/{id}` for the pinned
    `/files/{file_id}`): the one pinned path of that template the source lacks, pinning every operation there."""
    paths = source.get("paths", {})
    pinned: dict[str, set[str]] = {}
    for key in names.operations:
        path = key.partition(" ")[2]
        pinned.setdefault(_template(path), set()).add(path)
    moved: dict[str, str] = {}
    for path, item in paths.items():
        if isinstance(item, Mapping) and path not in pinned.get(_template(path), set()):
            methods = [method for method in HTTP_METHODS if method in item]
            # A template may hold several pinned paths (one per method set): the one pinning all of these.
            targets = [
                target
                for target in sorted(pinned.get(_template(path), set()) - set(paths))
                if methods and all(operation_key(method, target) in names.operations for method in methods)
            ]
            if len(targets) == 1:
                moved[path] = targets[0]
    # Two vendor paths on one pinned path: neither is moved, the pins report both.
    twice = {target for target in moved.values() if list(moved.values()).count(target) > 1}
    moved = {path: target for path, target in moved.items() if target not in twice}
    return moved


def _parameter_target(document: Mapping[str, Any], ref: str) -> Any:
    target: Any = document
    for part in ref.removeprefix("#/").split("/"):
        target = target.get(part, {}) if isinstance(target, Mapping) else {}
    return target


def unmove_paths(source: Mapping[str, Any], names: Names) -> dict[str, Any]:
    """`source` with each path whose parameters the vendor renamed back under its pinned path and names. A
    `$ref`'d parameter is renamed in its component when every path using it wants the same name, else
    replaced by a renamed copy where it is used."""
    moved = path_renames(source, names)
    document: dict[str, Any] = copy.deepcopy(dict(source))
    if not moved:
        return document
    holders: list[tuple[dict[str, Any], dict[str, str]]] = []  # (an object with `parameters`, renames there)
    for path, item in document["paths"].items():
        if not isinstance(item, dict):
            continue
        target = moved.get(path, path)
        renamed = dict(zip(_PATH_PARAMETER.findall(path), _PATH_PARAMETER.findall(target), strict=True))
        for holder in [item, *(item[m] for m in HTTP_METHODS if isinstance(item.get(m), dict))]:
            if isinstance(holder.get("parameters"), list):
                holders.append((holder, {old: new for old, new in renamed.items() if old != new}))
    wanted: dict[str, set[str | None]] = {}  # a component parameter's $ref -> the names its uses want
    for holder, renamed in holders:
        for parameter in holder["parameters"]:
            if isinstance(parameter, Mapping) and isinstance(parameter.get("$ref"), str):
                component = _parameter_target(document, parameter["$ref"])
                if isinstance(component, Mapping) and component.get("in") == "path":
                    wanted.setdefault(parameter["$ref"], set()).add(renamed.get(str(component.get("name"))))
    for ref, names_wanted in wanted.items():
        if len(names_wanted) == 1 and None not in names_wanted:
            _parameter_target(document, ref)["name"] = names_wanted.pop()
    for holder, renamed in holders:
        for index, parameter in enumerate(holder["parameters"]):
            resolved_parameter = (
                _parameter_target(document, parameter["$ref"])
                if isinstance(parameter, Mapping) and isinstance(parameter.get("$ref"), str)
                else parameter
            )
            if (
                isinstance(resolved_parameter, Mapping)
                and resolved_parameter.get("in") == "path"
                and resolved_parameter.get("name") in renamed
            ):
                holder["parameters"][index] = {
                    **copy.deepcopy(dict(resolved_parameter)),
                    "name": renamed[resolved_parameter["name"]],
                }
    document["paths"] = {moved.get(path, path): item for path, item in document["paths"].items()}
    return document


# A union's variant the vendor writes inline (dropshot/schemars), pinned by the union and its tag value:
# `Union[tag=value]`. No component name has brackets (OpenAPI allows `[A-Za-z0-9._-]`).
_VARIANT = re.compile(r"(?P<union>[A-Za-z0-9._-]+)\[(?P<tag>[^=\]]+)=(?P<value>.*)\]")
_UNIONS: Final = ("oneOf", "anyOf")


def _inline_variants(union: Any, tag: str, value: str) -> list[tuple[str, int]]:
    """(keyword, index) of each inline member of `union` whose `tag` property allows `value` only."""
    found: list[tuple[str, int]] = []
    for keyword in _UNIONS:
        members = union.get(keyword) if isinstance(union, Mapping) else None
        for index, member in enumerate(members if isinstance(members, list) else []):
            properties = member.get("properties") if isinstance(member, Mapping) and "$ref" not in member else None
            if isinstance(properties, Mapping) and single_value(properties.get(tag)) == value:
                found.append((keyword, index))
    return found


def lift_variants(source: Mapping[str, Any], models: Mapping[str, str]) -> dict[str, Any]:
    """`source` with each pinned inline variant (`Union[tag=value]` in `models`) a component of that name,
    before its union, `$ref`'d where it stood: then it is renamed like any schema. A variant not found
    (or found twice) stays where it is, and `problems` reports the pin."""
    found = schemas(source)
    lifts: dict[str, list[tuple[str, str, int]]] = {}  # union -> (pin, keyword, index)
    for key in models:
        variant = _VARIANT.fullmatch(key)
        if variant and key not in found and variant["union"] in found:
            places = _inline_variants(found[variant["union"]], variant["tag"], variant["value"])
            if len(places) == 1:
                lifts.setdefault(variant["union"], []).append((key, *places[0]))
    if not lifts:
        return dict(source)
    document = copy.deepcopy(dict(source))
    lifted: dict[str, Any] = {}
    for name, schema in document["components"]["schemas"].items():
        for key, keyword, index in lifts.get(name, []):
            lifted[key] = schema[keyword][index]
            schema[keyword][index] = {"$ref": f"{SCHEMA_REF}{key}"}
        lifted[name] = schema
    document["components"]["schemas"] = lifted
    return document


def _inline_pinned(source: Mapping[str, Any], inline: Iterable[str]) -> dict[str, Any]:
    """`source` with each component pinned `inline:` that it has written where it is used (a pin of one it
    lacks is `problems`' to report)."""
    present = [name for name in inline if name in schemas(source)]
    return layout.inline_components(source, present).document if present else dict(source)


def _restored(source: Mapping[str, Any], names: Names) -> dict[str, Any]:
    """`source` laid out as the pins have it, before renaming: components pinned inline written in place,
    pinned inline variants lifted, paths whose parameters the vendor renamed back under their pinned ones."""
    return unmove_paths(lift_variants(_inline_pinned(source, names.inline), names.models), names)


def rename(source: Mapping[str, Any], names: Names) -> dict[str, Any]:
    """`source` in public names as far as the pins reach (nothing is checked: `apply_names` checks)."""
    document: dict[str, Any] = _restored(source, names)
    operation_ids: dict[str, str] = {}
    tag_names: dict[str, set[str]] = {}
    for key, _, _, operation in operations(document):
        pin = names.operations.get(key)
        if pin is None:
            continue
        if isinstance(operation.get("operationId"), str):
            operation_ids[operation["operationId"]] = pin.operation_id
        vendor_tags = [t for t in operation.get("tags", []) if isinstance(t, str)]
        if len(vendor_tags) == len(pin.tags):
            for vendor_tag, pinned_tag in zip(vendor_tags, pin.tags, strict=True):
                tag_names.setdefault(vendor_tag, set()).add(pinned_tag)
    # Link objects may point at operations by the vendor's operationIds: rewritten with the rest.
    renamed_models = {v: p for v, p in names.models.items() if v != p}
    document = _rewrite(document, renamed_models, {v: p for v, p in operation_ids.items() if v != p})
    public_tag = {vendor: next(iter(public)) for vendor, public in tag_names.items() if len(public) == 1}
    for key, _, _, operation in operations(document):
        pin = names.operations.get(key)
        if pin is not None:
            operation["operationId"] = pin.operation_id
            operation["tags"] = list(pin.tags)
        elif isinstance(operation.get("tags"), list):
            # A new operation joins the public group of its vendor tag, where the pins tell which it is.
            operation["tags"] = [public_tag.get(str(name), name) for name in operation["tags"]]
    found = schemas(document)
    if renamed_models and found:
        document["components"]["schemas"] = _merged(found, names.models)
    declared = _declared_tags(document, names, public_tag, set(tag_names) - set(public_tag))
    if "tags" in document:
        document["tags"] = declared
    elif declared:
        # Where a document declares its tags, before its paths.
        items = list(document.items())
        at = next((index for index, (key, _) in enumerate(items) if key == "paths"), len(items))
        document = dict([*items[:at], ("tags", declared), *items[at:]])
    return document


def _merged(found: Mapping[str, Any], models: Mapping[str, str]) -> dict[str, Any]:
    """The schemas under their public names. Several vendor schemas may be one public model (drf-spectacular
    splits `X` into `XRequest` for requests; `problems` checks they are one on the wire): one stays, the
    one the vendor calls by the public name, or else the first, in the place of the first."""
    merged: dict[str, Any] = {}
    for name, value in found.items():
        public = models.get(name, name)
        if public not in merged or name == public:
            merged[public] = value
    return merged


def _declared_tags(
    document: Mapping[str, Any], names: Names, public_tag: Mapping[str, str], renamed_away: set[str]
) -> list[Any]:
    """The document's tag objects in public names. A tag object follows its operations when they all moved to
    one public tag; several vendor tags may make one public tag (drf-spectacular tags by path word): one
    object, the first, the others' keys added. A vendor tag whose operations went to several public tags
    names nothing any more and goes (`renamed_away`). A pinned tag the document does not declare gets its
    pinned declaration. Pinned tags come first, in the pins' order, so the list does not follow the vendor's."""
    kept: dict[str, dict[str, Any]] = {}
    others: list[Any] = []
    for raw in document.get("tags", []) if isinstance(document.get("tags"), list) else []:
        if not isinstance(raw, dict):
            others.append(raw)
            continue
        name = str(raw.get("name"))
        declaration = {**raw, "name": public_tag[name]} if name in public_tag else dict(raw)
        first = kept.get(str(declaration["name"]))
        if first is not None:
            for key, value in declaration.items():
                first.setdefault(key, value)
        elif name in renamed_away and name not in names.tags and not _used(document, name):
            continue
        else:
            kept[str(declaration["name"])] = declaration
    pinned = [
        kept.pop(name) if name in kept else copy.deepcopy(declaration) for name, declaration in names.tags.items()
    ]
    return [*pinned, *kept.values(), *others]


def _used(document: Mapping[str, Any], tag: str) -> bool:
    return any(tag in operation.get("tags", []) for _, _, _, operation in operations(document))


def _fields(schema: Any) -> tuple[str, ...]:
    """What a schema holds, for a suggestion: its property names, or its enum values."""
    if not isinstance(schema, Mapping):
        return ()
    if isinstance(schema.get("properties"), Mapping):
        return tuple(sorted(str(name) for name in schema["properties"]))
    if isinstance(schema.get("enum"), list):
        return tuple(sorted(repr(value) for value in schema["enum"]))
    return ()


def problems(source: Mapping[str, Any], names: Names, previous: Mapping[str, Any] | None = None) -> list[NameProblem]:
    """Everything in `source` the pins do not cover, and every pin `source` no longer has. `previous` (the
    last curated document, in public names) lets a vanished model suggest the new schemas with its fields."""
    found: list[NameProblem] = []
    restored = _restored(source, names)
    present = {key: operation for key, _, _, operation in operations(restored)}
    for key in names.operations:
        if key not in present:
            found.append(
                NameProblem("stale pin", key, "the source has no such operation; re-pin it where it moved, or drop it")
            )
    unpinned = [key for key in present if key not in names.operations]
    # What the resource layer would call it, as a line to paste (the overlay may name it better).
    suggested = _pin_lines(Names({k: p for k, p in derive(rename(source, names)).items() if k in unpinned}, {}))
    for key in unpinned:
        found.append(
            NameProblem(
                "unpinned operation",
                key,
                f"a new operation (operationId {present[key].get('operationId')!r}): pin it under `operations:`,"
                f" for example `{suggested[key].strip()}` (`nox -s fetch -- VENDOR --update` writes such pins)",
            )
        )
    found += [
        NameProblem("stale pin", name, "pinned `inline:`, but the source has no such component: drop the pin")
        for name in names.inline
        if name not in schemas(source)
    ]
    source = restored
    vendor_schemas = schemas(source)
    unlisted = [name for name in vendor_schemas if name not in names.models]
    old = schemas(previous or {})
    held_by: dict[str, list[str]] = {}
    for name in vendor_schemas:
        if name in names.models:
            held_by.setdefault(names.models[name], []).append(name)
    for vendor, public in names.models.items():
        # A second name the vendor no longer uses (`XRequest` of `X`) loses nothing: the model is still there.
        if vendor in vendor_schemas or public in held_by:
            continue
        # New: not the vendor name of a model the last curated document already had.
        held = _fields(old.get(public))
        alike = [
            name
            for name in vendor_schemas
            if held and _fields(vendor_schemas[name]) == held and names.models.get(name, name) not in old
        ]
        hint = f"; new schemas with the same fields: {', '.join(alike)}" if alike else ""
        named = f"{vendor!r}" + (f" (public name {public!r})" if vendor != public else "")
        variant = _VARIANT.fullmatch(vendor)
        if variant:
            named = f"{variant['union']!r} with an inline variant whose {variant['tag']} is {variant['value']!r}"
        found.append(
            NameProblem(
                "unfollowed rename",
                public,
                f"the source has no schema {named}: map the vendor's new name to it, `{{NewName: {public}}}`{hint}",
            )
        )
    for name in unlisted:
        found.append(
            NameProblem(
                "unpinned model", name, f"a new schema: list it under `models:` (or map it, `{{{name}: Public}}`)"
            )
        )
    return found + _split_problems(source, held_by)


def _split_problems(source: Mapping[str, Any], held_by: Mapping[str, list[str]]) -> list[NameProblem]:
    """A public model several vendor schemas are mapped to must be one thing on the wire."""
    return [
        NameProblem(
            "collision",
            public,
            f"the source's schemas {', '.join(held)} are mapped to this one model but differ on the wire:"
            " give each a public name of its own",
        )
        for public, held in held_by.items()
        if len({_shape_key(source, name) for name in held}) > 1
    ]


def apply_names(source: Mapping[str, Any], names: Names, previous: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """`source` in public names; `NamesError` listing every stale, missing or unfollowed pin."""
    found = problems(source, names, previous)
    if found:
        raise NamesError(names.path, found)
    return rename(source, names)


def in_public_names(source: Mapping[str, Any], spec_dir: Path) -> dict[str, Any]:
    """`source` with the pins of `spec_dir/names.yaml` applied (as it is where there is none). The last
    curated document there (`openapi.yaml`) holds each public model's fields, for a vanished one's hint."""
    path = spec_dir / FILE
    if not path.exists():
        return dict(source)
    previous_path = spec_dir / "openapi.yaml"
    previous = load_document(previous_path) if previous_path.exists() else None
    return apply_names(source, load_names(path), previous)


# --- deriving names for operations without pins ---------------------------------------------------


def derive(spec: Mapping[str, Any]) -> dict[str, OperationPin]:
    """The names the resource layer gives each operation of a curated spec when nothing pins them:
    the group from the tag (`x-fabapi-resource` on it), the method from `x-fabapi-method` or the
    operationId without the tag's words; a name already taken in the group falls back to the
    operationId in snake case."""
    declared = [tag for tag in spec.get("tags", []) if isinstance(tag, Mapping) and "name" in tag]
    tag_names = {snake(t["name"]): t["name"] for t in declared}
    # The generator's module name of each tag ("3D Files" -> `tag3d_files`), as in codegen.resources.collect.
    tag_names.update({str(PythonIdentifier(t["name"], prefix="tag")): t["name"] for t in declared})
    attributes = {t["name"]: t["x-fabapi-resource"] for t in declared if "x-fabapi-resource" in t}
    taken: dict[str, set[str]] = {}
    pins: dict[str, OperationPin] = {}
    for key, _, _, operation in operations(spec):
        tags = tuple(t for t in operation.get("tags", []) if isinstance(t, str)) or (DEFAULT_TAG,)
        module = str(PythonIdentifier(tags[0], prefix="tag"))
        tag = tag_names.get(module, module)
        operation_id = str(operation.get("operationId", ""))
        name = operation.get("x-fabapi-method") or method_name(operation_id, tag)
        used = taken.setdefault(module, set())
        if name in used:
            name = snake(operation_id)
        used.add(name)
        pins[key] = OperationPin(operation_id, tags, attributes.get(tag, snake(tag)), str(name))
    return pins


def first_pins(source: Mapping[str, Any], curated: Mapping[str, Any]) -> Names:
    """A vendor's first `names.yaml`: every operation of `source` under its own operationId and tags, with
    the group and method the resource layer derives from `curated` (the source through its overlay; the
    source itself for an operation the overlay removes), every tag object it declares, every schema under
    its own name."""
    derived, raw = derive(curated), derive(source)
    pins = {
        key: OperationPin(
            str(operation.get("operationId", "")),
            tuple(t for t in operation.get("tags", []) if isinstance(t, str)) or (DEFAULT_TAG,),
            (derived.get(key) or raw[key]).group,
            (derived.get(key) or raw[key]).method,
        )
        for key, _, _, operation in operations(source)
    }
    return Names(pins, {name: name for name in schemas(source)}, tags=declared_tags(source))


def declared_tags(spec: Mapping[str, Any]) -> dict[str, dict[str, Any]]:
    """The tag objects `spec` declares, by name (the first of a name)."""
    found: dict[str, dict[str, Any]] = {}
    for tag in spec.get("tags", []) if isinstance(spec.get("tags"), list) else []:
        if isinstance(tag, Mapping) and isinstance(tag.get("name"), str) and tag["name"]:
            found.setdefault(tag["name"], copy.deepcopy(dict(tag)))
    return found


# --- following a new vendor document (`fetch --update`) -------------------------------------------

_SHAPE_KEYS: Final = (
    "type", "format", "properties", "required", "enum", "const", "items", "additionalProperties",
    "allOf", "oneOf", "anyOf", "nullable", "prefixItems",
)  # fmt: skip
_SHAPE_DEPTH: Final = 4


def wire_shape(spec: Mapping[str, Any], node: Any, depth: int = 0) -> Any:
    """What a schema accepts and sends, names left out: properties, types, required, enums, with `$ref`s
    followed (to a depth, so cycles end) and documentation dropped."""
    if isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
        if depth >= _SHAPE_DEPTH or not node["$ref"].startswith(SCHEMA_REF):
            return "$ref"
        return wire_shape(spec, schemas(spec).get(node["$ref"][len(SCHEMA_REF) :]), depth + 1)
    if isinstance(node, list):
        return [wire_shape(spec, item, depth) for item in node]
    if not isinstance(node, Mapping):
        return node
    shape: dict[str, Any] = {}
    for key in _SHAPE_KEYS:
        if key not in node:
            continue
        value = node[key]
        if key == "properties" and isinstance(value, Mapping):
            shape[key] = {name: wire_shape(spec, sub, depth) for name, sub in sorted(value.items())}
        elif key in ("required", "enum") and isinstance(value, list):
            shape[key] = sorted(json.dumps(item, sort_keys=True) for item in value)
        else:
            shape[key] = wire_shape(spec, value, depth)
    return shape


def _shape_key(spec: Mapping[str, Any], name: str) -> str:
    return json.dumps(wire_shape(spec, schemas(spec).get(name)), sort_keys=True)


@dataclass(frozen=True)
class Followed:
    """`names.yaml` carried onto a new vendor document, and what was done or left for a human."""

    names: Names
    renames: list[str]  # map entries written
    ambiguous: list[str]  # vanished models not followed, with why
    pinned: list[str]  # new operations pinned with derived names
    stale: list[str]  # pins of operations that are gone
    added: list[str]  # new schemas listed under their vendor names
    moved: list[str] = field(default_factory=list)  # paths whose parameters the vendor renamed
    tags: list[str] = field(default_factory=list)  # tag declarations pinned or brought up to date
    aliases: list[str] = field(default_factory=list)  # second names of a model, mapped or dropped
    inline: list[str] = field(default_factory=list)  # components pinned to be written in place, or unpinned

    @property
    def changed(self) -> bool:
        return bool(self.renames or self.pinned or self.added or self.tags or self.aliases or self.inline)

    def report(self, shown: Path) -> list[str]:
        lines: list[str] = []
        lines += [f"{shown}: followed a rename: {line}" for line in self.renames]
        lines += [f"{shown}: pinned a new operation: {line}" for line in self.pinned]
        lines += [f"{shown}: listed a new schema: {line}" for line in self.added]
        lines += [f"{shown}: pinned a tag declaration: {line}" for line in self.tags]
        lines += [f"{shown}: {line}" for line in self.aliases]
        lines += [f"{shown}: {line}" for line in self.inline]
        lines += [f"{shown}: kept a pinned path, its parameters renamed: {line}" for line in self.moved]
        if self.ambiguous or self.stale:
            lines.append(f"{len(self.ambiguous) + len(self.stale)} public name(s) need a human in {shown}:")
            lines += [f"  {line}" for line in self.ambiguous + self.stale]
        return lines


def _placed(old: Any, new: Any, where: tuple[str, ...], found: dict[str, dict[str, str]]) -> None:
    """Walk `old` and `new` side by side: where one holds `$ref` to schema X and the other, in the same
    place, to schema Y, record X -> {Y: where}, the evidence that the vendor renamed X to Y."""
    if isinstance(old, Mapping) and isinstance(new, Mapping):
        old_ref, new_ref = old.get("$ref"), new.get("$ref")
        if isinstance(old_ref, str) and isinstance(new_ref, str):
            if old_ref.startswith(SCHEMA_REF) and new_ref.startswith(SCHEMA_REF) and old_ref != new_ref:
                place = " ".join(where[:3])
                found.setdefault(old_ref[len(SCHEMA_REF) :], {}).setdefault(new_ref[len(SCHEMA_REF) :], place)
            return
        for key in (key for key in old if key in new):  # in document order: the first place is reported
            _placed(old[key], new[key], (*where, str(key)), found)
    elif isinstance(old, list) and isinstance(new, list) and len(old) == len(new):
        for index, (old_item, new_item) in enumerate(zip(old, new, strict=True)):
            _placed(old_item, new_item, (*where, str(index)), found)


def _evidence(old: Mapping[str, Any], new: Mapping[str, Any], pairs: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """Renames the documents show by place: anywhere both have under one name (operations by path and
    method, components and webhooks by name), and in each pair of schemas already matched."""
    found: dict[str, dict[str, str]] = {}
    _placed(old, new, (), found)
    old_schemas, new_schemas = schemas(old), schemas(new)
    for old_name, new_name in pairs.items():
        _placed(old_schemas.get(old_name), new_schemas.get(new_name), ("schema", new_name), found)
    return found


def _match(
    old: Mapping[str, Any], new: Mapping[str, Any], vanished: list[str], fresh: list[str]
) -> tuple[dict[str, tuple[str, str]], dict[str, list[str]]]:
    """Vanished schema -> (the new schema it became, why), and the ambiguous ones' candidates. A candidate has
    the vanished schema's wire shape; it is taken when it is the only one both ways, or when several are and
    exactly one stands where the vanished one stood (the same place of an operation or of a schema)."""
    fresh_shapes = {name: _shape_key(new, name) for name in fresh}
    candidates = {
        vendor: [name for name in fresh if fresh_shapes[name] == shape]
        for vendor, shape in ((v, _shape_key(old, v)) for v in vanished if v in schemas(old))
    }
    matched: dict[str, tuple[str, str]] = {}
    while True:
        taken = {name for name, _ in matched.values()}
        open_ = {v: [n for n in c if n not in taken] for v, c in candidates.items() if v not in matched}
        claimed: dict[str, list[str]] = {}
        for vendor, names_ in open_.items():
            for name in names_:
                claimed.setdefault(name, []).append(vendor)
        evidence = _evidence(old, new, {v: n for v, (n, _) in matched.items()})
        found: dict[str, tuple[str, str]] = {}
        for vendor, names_ in open_.items():
            if len(names_) == 1 and claimed[names_[0]] == [vendor]:
                found[vendor] = (names_[0], "same wire shape")
                continue
            placed = [name for name in names_ if name in evidence.get(vendor, {})]
            if len(placed) == 1 and not any(placed[0] in evidence.get(v, {}) for v in open_ if v != vendor):
                found[vendor] = (placed[0], f"same wire shape, and in its place in {evidence[vendor][placed[0]]}")
        if not found:
            break
        matched.update(found)
    left = {v: c for v, c in candidates.items() if v not in matched}
    return matched, left


def follow(
    names: Names,
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    curate: Callable[[dict[str, Any]], dict[str, Any]],
    previous: Mapping[str, Any] | None = None,
) -> Followed:
    """Carry `names` from the `old` source onto the `new` one: a public schema that vanished follows the new
    schema of the same wire shape, where only one fits (`_match`; otherwise reported, not guessed); a new
    enum component standing where `previous` (the last curated document) writes enums in place is pinned
    `inline:` (`_inline_pins`); other new schemas are listed under their own names; new operations are
    pinned with the names `curate` (the new source with the pins so far, through the overlay) derives; pins
    of vanished operations are reported, and kept."""
    # Paths whose parameters the vendor renamed are compared, and pinned, under their pinned paths.
    moved = [f"{path} -> {target}" for path, target in path_renames(new, names).items()]
    # Both documents as the pins lay them out: a component pinned inline is compared where it is written, a
    # pinned variant as a component (so it follows its union's rename, `_inlined`).
    inline = [f"dropped an inline pin: {name} (the source has no such component any more)"
              for name in names.inline if name not in schemas(new)]  # fmt: skip
    old = _restored(old, names)
    names = replace(names, inline=tuple(name for name in names.inline if name in schemas(new)))
    new = _restored(new, names)
    new_schemas = schemas(new)
    models, aliases = _dropped_aliases(names.models, new_schemas)
    vanished = [vendor for vendor in models if vendor not in new_schemas]
    fresh = [name for name in new_schemas if name not in models]
    matched, left = _match(old, new, vanished, fresh)
    unfound = [vendor for vendor in vanished if vendor not in matched and not left.get(vendor)]
    variants = _inlined(old, new, unfound, {vendor: name for vendor, (name, _) in matched.items()})
    renames: list[str] = []
    ambiguous: list[str] = []
    for vendor in vanished:
        public = models[vendor]
        if vendor in matched:
            new_name, why = matched[vendor]
            models = {(new_name if k == vendor else k): v for k, v in models.items()}
            fresh.remove(new_name)
            renames.append(f"{new_name} -> {public} (was {vendor}; {why})")
        elif vendor in variants:
            key, why = variants[vendor]
            models = {(key if k == vendor else k): v for k, v in models.items()}
            renames.append(f"{key} -> {public} (was {vendor}; {why})")
        elif left.get(vendor):
            ambiguous.append(
                f"{public}: the source has no {vendor!r}; {len(left[vendor])} new schemas have its wire shape "
                f"({', '.join(left[vendor])}) or share one: map the right one, `{{NewName: {public}}}`"
            )
        else:
            ambiguous.append(f"{public}: the source has no {vendor!r} and no new schema has its wire shape: map it")
    for name, (owner, where) in _second_names(old, new, models, matched, fresh).items():
        models[name] = models[owner]
        fresh.remove(name)
        aliases.append(f"mapped a second name of a model: {name} -> {models[owner]} ({owner}'s wire shape, and in"
                       f" its place in {where})")  # fmt: skip
    written_inline, lines, refused = _inline_pins(new, fresh, replace(names, models=models), previous)
    inline += lines
    ambiguous += refused
    added = []
    for name in (name for name in fresh if name not in written_inline):
        models[name] = name
        added.append(name)
    carried = replace(names, models=models, inline=(*names.inline, *written_inline))
    if written_inline:
        new = _restored(new, carried)
    present = {key for key, _, _, _ in operations(new)}
    stale = [
        f"{key}: pinned, but the source has no such operation any more"
        for key in names.operations
        if key not in present
    ]
    unpinned = [key for key in (k for k, _, _, _ in operations(new)) if key not in names.operations]
    pinned: list[str] = []
    if unpinned:
        renamed = rename(new, carried)
        # An operation the overlay removes has no curated names: derived from the source itself.
        derived = {**derive(renamed), **derive(curate(renamed))}
        taken = {(p.group, p.method) for p in names.operations.values()}
        pins = dict(names.operations)
        for key in unpinned:
            pin = derived[key]
            if (pin.group, pin.method) in taken:
                pin = replace(pin, method=snake(pin.operation_id))
            taken.add((pin.group, pin.method))
            pins[key] = pin
            pinned.append(f"{key} -> {pin.group}.{pin.method} (operationId {pin.operation_id}, tags {list(pin.tags)})")
        carried = replace(carried, operations=pins)
    carried, tags = _follow_tags(carried, new)
    return Followed(carried, renames, ambiguous, pinned, stale, added, moved, tags, aliases, inline)


def _inline_pins(
    new: Mapping[str, Any], fresh: list[str], names: Names, previous: Mapping[str, Any] | None
) -> tuple[list[str], list[str], list[str]]:
    """(components to pin `inline:`, a report line each, lines for a human), from what `previous` (the last
    curated document) has where each enum component of `new` stands, both in public names. A new one
    (`fresh`) that stands only where `previous` writes an enum in place, at one place or several
    (drf-spectacular shares one `TypeEnum` among properties), is pinned. One that `previous` has as a
    component (a pinned model, one of its name, or another component where it also stands) stays one: its
    class is public, and the places that wrote the enum in place are a human's to curate."""
    if previous is None:
        return [], [], []
    enums = [name for name, schema in schemas(new).items() if isinstance(schema, Mapping) and "enum" in schema]
    public = list(dict.fromkeys(names.models.get(name, name) for name in enums))
    places: dict[str, dict[str, list[str]]] = {}
    _stood(previous, rename(new, names), (), set(public), places)
    held = set(schemas(previous)) | {
        ref[len(SCHEMA_REF) :].replace("~1", "/").replace("~0", "~")
        for ref in layout.refs(previous)
        if ref.startswith(SCHEMA_REF)
    }
    pinned: list[str] = []
    lines: list[str] = []
    refused: list[str] = []
    for name in [*fresh, *(name for name in public if name not in fresh)]:
        inline, component = places.get(name, {}).get("inline", []), places.get(name, {}).get("component", [])
        if not inline:
            continue
        if name in fresh and name not in held and not component:
            pinned.append(name)
            lines.append(f"pinned a component inline: {name} (where the last curated document writes an enum in"
                         f" place: {', '.join(inline)})")  # fmt: skip
            continue
        also = f"where it also stands, at {component[0]}" if component else "of that name"
        refused.append(
            f"{name}: stands where the last curated document writes an enum in place ({', '.join(inline)}), and"
            f" that document has a component {also}: it stays a component, and the class generated in those"
            " places becomes its class: curate, or record the break"
        )
    return pinned, lines, refused


def _stood(
    previous: Any, new: Any, where: tuple[str, ...], wanted: set[str], found: dict[str, dict[str, list[str]]]
) -> None:
    """Walk `previous` and `new` side by side: where `new` stands for a component of `wanted` (`$ref`, wrapped
    or nullable), record what `previous` has in that place, an enum written in place or a component."""
    if isinstance(previous, Mapping) and isinstance(new, Mapping):
        name = _stands_for(new)
        if name is not None:
            kind = "component" if _stands_for(previous) is not None else "inline" if "enum" in previous else None
            if name in wanted and kind is not None:
                place = "#/" + "/".join(part.replace("~", "~0").replace("/", "~1") for part in where)
                found.setdefault(name, {}).setdefault(kind, []).append(place)
            return
        for key in (key for key in new if key in previous):
            _stood(previous[key], new[key], (*where, str(key)), wanted, found)
    elif isinstance(previous, list) and isinstance(new, list) and len(previous) == len(new):
        for index, (old_item, new_item) in enumerate(zip(previous, new, strict=True)):
            _stood(old_item, new_item, (*where, str(index)), wanted, found)


def _stands_for(node: Mapping[str, Any]) -> str | None:
    """The schema component `node` is, beside notes: its `$ref`, that of a one-member `allOf`, or that of a
    union with null."""
    ref = node.get("$ref")
    for keyword in ("allOf", "anyOf", "oneOf"):
        members = node.get(keyword)
        if ref is None and isinstance(members, list):
            held = [m for m in members if m != {"type": "null"}] if keyword != "allOf" else members
            ref = held[0].get("$ref") if len(held) == 1 and isinstance(held[0], Mapping) else None
            if not set(node) - {keyword, "nullable"} <= ANNOTATIONS | {k for k in node if str(k).startswith("x-")}:
                ref = None  # a schema of its own that holds a component (`allOf` beside properties)
            break
    if isinstance(ref, str) and ref.startswith(SCHEMA_REF):
        return ref[len(SCHEMA_REF) :].replace("~1", "/").replace("~0", "~")
    return None


def _inlined(
    old: Mapping[str, Any], new: Mapping[str, Any], vanished: list[str], renamed: Mapping[str, str]
) -> dict[str, tuple[str, str]]:
    """Vanished schema -> (its pin `Union[tag=value]`, why), for each that was a tagged variant of a union
    that the new document writes inline (dropshot/schemars): the union's member with its tag value. The
    union is looked for under its new name where it was renamed (`renamed`: old name -> new)."""
    old_schemas, new_schemas = schemas(old), schemas(new)
    found: dict[str, tuple[str, str]] = {}
    for vendor in vanished:
        for old_union, union in old_schemas.items():
            members = [m for k in _UNIONS if isinstance(union, Mapping) for m in union.get(k, []) or []]
            union_name = renamed.get(old_union, old_union)
            if {"$ref": f"{SCHEMA_REF}{vendor}"} not in members or union_name not in new_schemas:
                continue
            for tag, value in _tag_values(old, old_schemas[vendor], union):
                if len(_inline_variants(new_schemas[union_name], tag, value)) == 1:
                    why = f"the variant of {union_name} whose {tag} is {value!r}, written inline"
                    found[vendor] = (f"{union_name}[{tag}={value}]", why)
                    break
            if vendor in found:
                break
    return found


def _tag_values(spec: Mapping[str, Any], variant: Any, union: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(property, value) of each single-value property of `variant` (its own or its `allOf` members'), the
    union's discriminator first."""
    properties: dict[str, Any] = {}
    for part in [variant, *(variant.get("allOf", []) if isinstance(variant, Mapping) else [])]:
        if isinstance(part, Mapping) and isinstance(part.get("$ref"), str) and part["$ref"].startswith(SCHEMA_REF):
            part = schemas(spec).get(part["$ref"][len(SCHEMA_REF) :])
        if isinstance(part, Mapping) and isinstance(part.get("properties"), Mapping):
            properties.update(part["properties"])
    tagged = [(name, value) for name, prop in properties.items() if (value := single_value(prop)) is not None]
    discriminator = union.get("discriminator")
    first = discriminator.get("propertyName") if isinstance(discriminator, Mapping) else None
    return sorted(tagged, key=lambda pair: pair[0] != first)


def _dropped_aliases(models: Mapping[str, str], present: Mapping[str, Any]) -> tuple[dict[str, str], list[str]]:
    """`models` without the second names of a model (`XRequest` of `X`) the new document no longer has, where
    another of its vendor names is still there: nothing to follow."""
    held = {public for vendor, public in models.items() if vendor in present}
    kept = {vendor: public for vendor, public in models.items() if vendor in present or public not in held}
    gone = [f"dropped a second name of a model: {v} (of {p}; the source has it no more)" for v, p in models.items()
            if v not in kept]  # fmt: skip
    return kept, gone


def _second_names(
    old: Mapping[str, Any],
    new: Mapping[str, Any],
    models: Mapping[str, str],
    matched: Mapping[str, tuple[str, str]],
    fresh: list[str],
) -> dict[str, tuple[str, str]]:
    """New schemas that are a second name of a pinned one (drf-spectacular's `XRequest` and `PatchedX`, sent
    where the answers keep `X`): new schema -> (the pinned schema's new vendor name, where), for each that has
    the pinned schema's wire shape and stands where it stood, of exactly one pinned schema still there."""
    current = {vendor: vendor for vendor in models if vendor in schemas(new)}
    current.update({vendor: name for vendor, (name, _) in matched.items()})
    evidence = _evidence(old, new, {vendor: name for vendor, (name, _) in matched.items()})
    found: dict[str, tuple[str, str]] = {}
    for name in fresh:
        shape = _shape_key(new, name)
        owners = [
            (now, evidence[was][name])
            for was, now in current.items()
            if name in evidence.get(was, {}) and _shape_key(new, now) == shape
        ]
        if len(owners) == 1:
            found[name] = owners[0]
    return found


def _follow_tags(names: Names, new: Mapping[str, Any]) -> tuple[Names, list[str]]:
    """The tag declarations of `new` in public names as the pins: its own where it declares a pinned tag (the
    vendor's documentation), the pinned one where it does not, and any new tag it declares."""
    declared = declared_tags(rename(new, names))
    lines = [
        f"{name} ({'new' if name not in names.tags else 'its declaration changed'})"
        for name, declaration in declared.items()
        if names.tags.get(name) != declaration
    ]
    return replace(names, tags=declared), lines
