"""`nox -s drift -- DIR`: overlay actions learned from the schema deviations clients recorded.

A client run with `FABAPI_RECORD=DIR` appends one JSON line per deviating field of an answer to
`DIR/<package>.jsonl` (names and JSON types, never a value: see fabapi-core's `_deviations`). This
reads every such file, finds each field's schema in `specs/<vendor>/openapi.yaml` where it is defined
(through `$ref`, `allOf`, `oneOf`/`anyOf`, array items and `additionalProperties`), and prints the
OpenAPI Overlay 1.0 actions that make the spec accept what servers sent, ready to paste under
`actions:` of `specs/<vendor>/overlay.yaml`, each with its evidence in its `description`:

- `null`: the property becomes nullable (3.0 `nullable: true`, beside a `$ref` as `allOf: [$ref]`;
  3.1 `'null'` added to its type, or `anyOf: [$ref, {type: 'null'}]`);
- `missing`: the name leaves the `required` list of the schema that requires it;
- `enum`: the enum is opened, its values kept as `x-fabapi-known-values`. The records never hold the
  value that came, by design, so no value can be added: opening is what the evidence supports;
- `type`, `format`, `extra`, and a field that several schemas an answer may match define: a
  commented suggestion only, since widening a type or choosing a variant is a maintainer's call.

Exit status: 0 every record was used; 1 some were not (each named on stderr as file:line and what is
wrong); 2 an error (no such folder, a spec that cannot be read, an overlay `--write` cannot extend).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import textwrap
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonpath
import yaml
from jsonpath.segments import JSONPathChildSegment
from jsonpath.selectors import IndexSelector, NameSelector, WildcardSelector

from codegen import layout
from codegen.errors import REPORTED, DeviationRecordError, PipelineError
from codegen.names import in_public_names
from codegen.overlay import apply_overlay
from codegen.validation import validate_openapi
from registry.documents import load_document, parse_document
from registry.vendors import REPO_ROOT, Vendor, load_vendors

KINDS = ("null", "missing", "type", "enum", "format", "extra")
# A record is a few hundred bytes; a longer line is no record, and is not parsed.
_LINE_LIMIT = 64 * 1024
_TEXT_LIMIT = 1000
_OPERATION = re.compile(r"([A-Z]+) (/[^\s]*)")
_SHORTHAND = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\u2028\u2029]")
_COMPOSITIONS = ("allOf", "anyOf", "oneOf")
# A location in a document: the keys and indexes from its root.
Location = tuple[str | int, ...]


@dataclass(frozen=True)
class Record:
    """One line of a `FABAPI_RECORD` file: one field of one answer that deviated from its schema."""

    source: Path
    line: int
    package: str
    method: str
    path: str
    json_path: str
    kind: str
    expected: str
    received: str
    count: int

    @property
    def operation(self) -> str:
        return f"{self.method} {self.path}"


@dataclass(frozen=True)
class _Node:
    schema: Any
    at: Location


@dataclass
class Finding:
    """Records of one vendor and kind that lead to the same place(s) in the spec, merged."""

    vendor: Vendor
    kind: str
    name: str
    targets: tuple[Location, ...]
    records: list[Record] = field(default_factory=list)

    @property
    def ambiguous(self) -> bool:
        # Several definitions of one field (oneOf/anyOf variants): which the server meant is not recorded.
        return self.kind != "missing" and len(self.targets) > 1


@dataclass
class Learned:
    findings: list[Finding]
    problems: list[DeviationRecordError]
    files: int
    records: int
    specs: dict[str, _Spec] = field(default_factory=dict)  # by vendor key, as read once


# --- Reading records -----------------------------------------------------------------------------


def read_records(folder: Path) -> tuple[list[Record], list[DeviationRecordError], int]:
    """Every record of every `*.jsonl` in `folder`, the lines that are none, and how many files were read."""
    if not folder.is_dir():
        raise PipelineError(
            f"{folder}: no such folder of recorded deviations (a client records into the folder named by FABAPI_RECORD)"
        )
    records: list[Record] = []
    problems: list[DeviationRecordError] = []
    files = sorted(folder.glob("*.jsonl"))
    for file in files:
        try:
            with file.open("rb") as stream:
                number = 0
                # Lines read at most a limit at a time: a file of one endless line costs no memory.
                while raw := stream.readline(_LINE_LIMIT + 1):
                    number += 1
                    if len(raw) > _LINE_LIMIT:
                        while raw and not raw.endswith(b"\n"):
                            raw = stream.readline(_LINE_LIMIT + 1)
                        problems.append(
                            DeviationRecordError(file, number, f"longer than any record ({_LINE_LIMIT} bytes)")
                        )
                        continue
                    if not raw.strip():
                        continue
                    try:
                        records.append(parse_record(raw, file, number))
                    except DeviationRecordError as problem:
                        problems.append(problem)
        except OSError as err:
            problems.append(DeviationRecordError(file, 0, f"cannot read: {err.strerror}"))
    return records, problems, len(files)


def parse_record(raw: bytes, file: Path, number: int) -> Record:
    """One line as a `Record`; `DeviationRecordError` naming the line and what is wrong with it."""

    def fail(message: str) -> DeviationRecordError:
        return DeviationRecordError(file, number, message)

    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as err:  # UnicodeDecodeError and JSONDecodeError are ValueErrors
        raise fail(f"not JSON: {_shown(str(err))}") from None
    if not isinstance(data, dict):
        raise fail(f"expected a JSON object, found {type(data).__name__}")
    absent = [key for key in ("package", "operation", "json_path", "kind", "count") if key not in data]
    if absent:
        raise fail(f"not a deviation record: missing {', '.join(absent)}")
    texts: dict[str, str] = {}
    for key in ("package", "operation", "json_path", "kind", "expected", "received"):
        value = data.get(key, "")
        if not isinstance(value, str) or len(value) > _TEXT_LIMIT:
            raise fail(f"{key} must be a text of at most {_TEXT_LIMIT} characters, not {_shown(value)}")
        texts[key] = value
    count = data["count"]
    if isinstance(count, bool) or not isinstance(count, int) or count < 1:
        raise fail(f"count must be a whole number of at least 1, not {_shown(count)}")
    if texts["kind"] not in KINDS:
        raise fail(f"kind {_shown(texts['kind'])} is none of {', '.join(KINDS)}")
    operation = _OPERATION.fullmatch(texts["operation"])
    if operation is None:
        raise fail(f"operation {_shown(texts['operation'])} is not 'METHOD /path'")
    return Record(
        source=file,
        line=number,
        package=texts["package"],
        method=operation[1],
        path=operation[2],
        json_path=texts["json_path"],
        kind=texts["kind"],
        expected=texts["expected"],
        received=texts["received"],
        count=count,
    )


def _shown(value: Any) -> str:
    """A value from a record as safe text for a message: quoted, escaped, and short."""
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def _steps(json_path: str) -> list[str | None]:
    """A record's JSON path (`$.items[*].requester`) as names, None for each `[*]`; ValueError otherwise."""
    if not json_path.startswith("$"):
        raise ValueError(f"json_path {_shown(json_path)} does not start at $")
    try:
        compiled = jsonpath.compile(json_path)
    except jsonpath.JSONPathError as err:
        raise ValueError(f"json_path {_shown(json_path)} is no JSONPath: {_shown(str(err))}") from None
    steps: list[str | None] = []
    for segment in getattr(compiled, "segments", None) or ():
        selectors = segment.selectors if isinstance(segment, JSONPathChildSegment) else ()
        if len(selectors) != 1:
            raise ValueError(f"json_path {_shown(json_path)} is not a path of names and [*]")
        (selector,) = selectors
        if isinstance(selector, NameSelector):
            steps.append(selector.name)
        elif isinstance(selector, WildcardSelector | IndexSelector):
            steps.append(None)
        else:
            raise ValueError(f"json_path {_shown(json_path)} is not a path of names and [*]")
    if not steps or steps[-1] is None:
        raise ValueError(f"json_path {_shown(json_path)} does not end in a field's name")
    return steps


# --- Finding where a field is defined ------------------------------------------------------------


class _Spec:
    """A curated spec, walked with the location of every schema it reaches."""

    def __init__(self, document: Mapping[str, Any]) -> None:
        self.document = document
        self.modern = str(document.get("openapi", "")).startswith("3.1")

    def at(self, location: Location) -> Any:
        node: Any = self.document
        for part in location:
            node = node[part]
        return node

    def follow(self, node: _Node) -> _Node:
        """`node` with its local `$ref`s followed, located where the target is written; a cycle ends."""
        seen: set[str] = set()
        while isinstance(node.schema, Mapping) and isinstance(node.schema.get("$ref"), str):
            ref: str = node.schema["$ref"]
            if ref in seen or not ref.startswith("#/"):
                break
            seen.add(ref)
            target: Any = self.document
            location: list[str | int] = []
            for raw in ref[2:].split("/"):
                part = raw.replace("~1", "/").replace("~0", "~")
                step: str | int
                if isinstance(target, Mapping) and part in target:
                    target, step = target[part], part
                elif isinstance(target, list) and part.isdigit() and int(part) < len(target):
                    target, step = target[int(part)], int(part)
                else:
                    return _Node(None, node.at)  # dangling: leads nowhere
                location.append(step)
            node = _Node(target, tuple(location))
        return node

    def expand(self, nodes: Iterable[_Node]) -> list[_Node]:
        """Each schema, refs followed, with every member of its compositions: all an instance may match."""
        found: dict[Location, _Node] = {}
        pending = list(nodes)
        while pending:
            node = self.follow(pending.pop(0))
            if not isinstance(node.schema, Mapping) or node.at in found or len(found) > 10_000:
                continue
            found[node.at] = node
            for key in _COMPOSITIONS:
                members = node.schema.get(key)
                if isinstance(members, list):
                    pending += [_Node(member, (*node.at, key, index)) for index, member in enumerate(members)]
        return list(found.values())

    def answers(self, method: str, path: str) -> list[_Node]:
        """The schemas of the operation's 2xx answers; ValueError when the spec has no such operation."""
        item = self.follow(_Node((self.document.get("paths") or {}).get(path), ("paths", path)))
        operation = item.schema.get(method.lower()) if isinstance(item.schema, Mapping) else None
        if not isinstance(operation, Mapping):
            raise ValueError(f"the spec has no operation {method} {_shown(path)}")
        found: list[_Node] = []
        responses = operation.get("responses")
        for status, response in (responses or {}).items() if isinstance(responses, Mapping) else ():
            if not str(status).startswith("2"):
                continue
            answer = self.follow(_Node(response, (*item.at, method.lower(), "responses", status)))
            content = answer.schema.get("content") if isinstance(answer.schema, Mapping) else None
            for media, body in (content or {}).items() if isinstance(content, Mapping) else ():
                if isinstance(body, Mapping) and "schema" in body:
                    found.append(_Node(body["schema"], (*answer.at, "content", media, "schema")))
        if not found:
            raise ValueError(f"{method} {path} has no 2xx answer with a schema in the spec")
        return found

    def step(self, nodes: list[_Node], name: str | None) -> list[_Node]:
        """The schemas of `name` (an array's items for None) in any of `nodes`; `additionalProperties`
        only where no schema lists the name."""
        expanded = self.expand(nodes)
        if name is None:
            return [
                _Node(n.schema["items"], (*n.at, "items"))
                for n in expanded
                if isinstance(n.schema.get("items"), Mapping)
            ]
        found = self.properties(expanded, name)
        if found:
            return found
        return [
            _Node(n.schema["additionalProperties"], (*n.at, "additionalProperties"))
            for n in expanded
            if isinstance(n.schema.get("additionalProperties"), Mapping)
        ]

    def accepts_null(self, schema: Any, depth: int = 0) -> bool:
        """Whether a property's schema, as the generators read it, already allows null."""
        # What stands beside a $ref (3.0's ignored `nullable`) is not read; a cycle of refs ends.
        schema = self.follow(_Node(schema, ())).schema
        if not isinstance(schema, Mapping) or "$ref" in schema or depth > 20:
            return False
        kind = schema.get("type")
        if schema.get("nullable") is True or kind == "null" or (isinstance(kind, list) and "null" in kind):
            return True
        members = [m for key in ("anyOf", "oneOf") for m in schema.get(key) or ()]
        return any(self.accepts_null(member, depth + 1) for member in members)

    @staticmethod
    def properties(expanded: list[_Node], name: str) -> list[_Node]:
        found: list[_Node] = []
        for node in expanded:
            properties = node.schema.get("properties")
            if isinstance(properties, Mapping) and name in properties:
                found.append(_Node(properties[name], (*node.at, "properties", name)))
        return found


def _targets(spec: _Spec, record: Record) -> tuple[str, tuple[Location, ...]]:
    """The field's name and where the spec defines what the record's kind concerns; ValueError when
    the spec has no such place."""
    steps = _steps(record.json_path)
    nodes = spec.answers(record.method, record.path)
    walked = "$"
    for name in steps[:-1]:
        nodes = spec.step(nodes, name)
        walked += "[*]" if name is None else f".{name}"
        if not nodes:
            raise ValueError(
                f"{record.operation}: the spec's 2xx answer has no {walked} (from {_shown(record.json_path)})"
            )
    name = steps[-1]
    assert name is not None  # _steps ends in a name
    parents = spec.expand(nodes)
    if record.kind == "missing":
        found = [
            (*n.at, "required")
            for n in parents
            if isinstance(n.schema.get("required"), list) and name in n.schema["required"]
        ]
        why = f"no schema at {walked} requires {name!r} (already curated?)"
    elif record.kind == "extra":
        found = [n.at for n in parents if n.schema.get("additionalProperties") is False]
        why = f"no closed schema (additionalProperties: false) at {walked}"
    else:
        owners = spec.properties(parents, name)
        found = [n.at for n in owners]
        why = f"the schema at {walked} has no property {name!r}"
        if record.kind == "null" and owners and all(spec.accepts_null(n.schema) for n in owners):
            raise ValueError(f"{record.operation} {_shown(record.json_path)}: already accepts null (curated since?)")
        if record.kind == "enum":
            found = [n.at for n in spec.expand(owners) if isinstance(n.schema.get("enum"), list)]
            why = f"{walked}.{name} has no enum in the spec (already opened?)"
    if not found:
        raise ValueError(f"{record.operation} {_shown(record.json_path)}: {why}")
    return name, tuple(dict.fromkeys(found))


def learn(folder: Path, root: Path = REPO_ROOT, vendors: list[str] | None = None) -> Learned:
    """The findings of every record in `folder` (of the named vendors only, when given)."""
    records, problems, files = read_records(folder)
    by_module = {vendor.module: vendor for vendor in load_vendors(root / "specs" / "vendors.toml").values()}
    unknown = sorted(set(vendors or ()) - {vendor.key for vendor in by_module.values()})
    if unknown:
        raise PipelineError(
            f"unknown vendor {', '.join(unknown)}; known: {', '.join(v.key for v in by_module.values())}"
        )
    specs: dict[str, _Spec] = {}
    findings: dict[tuple[str, str, str, tuple[Location, ...]], Finding] = {}
    used = 0
    for record in records:
        vendor = by_module.get(record.package)
        if vendor is None:
            known = ", ".join(sorted(by_module))
            problems.append(
                DeviationRecordError(
                    record.source, record.line, f"package {_shown(record.package)} is no vendor's (known: {known})"
                )
            )
            continue
        if vendors and vendor.key not in vendors:
            continue
        used += 1
        if vendor.key not in specs:
            specs[vendor.key] = _Spec(load_document(vendor.spec_dir(root) / "openapi.yaml"))
        try:
            name, targets = _targets(specs[vendor.key], record)
        except ValueError as err:
            problems.append(DeviationRecordError(record.source, record.line, str(err)))
            continue
        key = (vendor.key, record.kind, name, targets)
        findings.setdefault(key, Finding(vendor, record.kind, name, targets)).records.append(record)
    learned = Learned(list(findings.values()), problems, files, used, specs)
    learned.problems.sort(key=lambda problem: (str(problem.path), problem.line))
    return learned


# --- Actions -------------------------------------------------------------------------------------


def target_of(location: Location) -> str:
    """A location as the JSONPath the overlays write: dotted names, `['...']` for any other name."""
    text = "$"
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        elif _SHORTHAND.fullmatch(part):
            text += f".{part}"
        else:
            text += f"[{_quoted(part)}]"
    return text


def _quoted(name: str) -> str:
    if "'" in name or "\\" in name or _CONTROL.search(name):
        return json.dumps(name)  # RFC 9535 reads JSON's escapes in a double-quoted name
    return f"'{name}'"


def evidence(records: list[Record]) -> str:
    """`seen N times in M answers of OPERATIONS (at JSON PATHS; expected ..., received ...)`."""
    times = sum(record.count for record in records)
    operations = ", ".join(sorted({record.operation for record in records}))
    paths = ", ".join(sorted({record.json_path for record in records}))
    expected = "; ".join(sorted({record.expected for record in records if record.expected}))
    received = ", ".join(sorted({record.received for record in records if record.received}))
    said = f"; expected {expected}, received {received}" if expected and received else ""
    answers = "answer" if len(records) == 1 else "answers"
    seen = f"seen {times} {'time' if times == 1 else 'times'}"
    return f"{seen} in {len(records)} {answers} of {operations} (at {paths}{said})"


def _nullable(spec: _Spec, location: Location, why: str) -> list[dict[str, Any]]:
    prop = spec.at(location)
    name = location[-1]
    if isinstance(prop, Mapping) and "$ref" in prop:
        rest = {key: value for key, value in prop.items() if key != "$ref"}
        if spec.modern:
            redefined = {**rest, "anyOf": [{"$ref": prop["$ref"]}, {"type": "null"}]}
            form = f"anyOf [$ref {prop['$ref'].rsplit('/', 1)[-1]}, {{type: 'null'}}]"
        else:
            redefined = {**rest, "nullable": True, "allOf": [{"$ref": prop["$ref"]}]}
            form = f"nullable: true with allOf [$ref {prop['$ref'].rsplit('/', 1)[-1]}]"
        return [
            {
                "target": target_of(location),
                "description": f"{why} A $ref takes no nullable beside it: removed here, redefined below.",
                "remove": True,
            },
            {
                "target": target_of(location[:-1]),
                "description": f"Redefine {name} as {form}, so null is accepted.",
                "update": {name: redefined},
            },
        ]
    if not spec.modern:
        return [{"target": target_of(location), "description": why, "update": {"nullable": True}}]
    kind = prop.get("type") if isinstance(prop, Mapping) else None
    if isinstance(kind, str):
        update: dict[str, Any] = {"type": [kind, "null"]}
    elif isinstance(kind, list):
        update = {"type": ["null"]}  # an overlay update appends to a list
    elif isinstance(prop, Mapping) and isinstance(prop.get("anyOf"), list):
        update = {"anyOf": [{"type": "null"}]}
    elif isinstance(prop, Mapping) and isinstance(prop.get("oneOf"), list):
        update = {"oneOf": [{"type": "null"}]}
    else:
        return [
            {"target": target_of(location), "description": f"{why} Removed here, redefined below.", "remove": True},
            {
                "target": target_of(location[:-1]),
                "description": f"Redefine {name} as anyOf [itself, {{type: 'null'}}].",
                "update": {name: {"anyOf": [prop, {"type": "null"}]}},
            },
        ]
    return [{"target": target_of(location), "description": why, "update": update}]


def _opened(spec: _Spec, location: Location, names: dict[str, list[Record]]) -> list[dict[str, Any]]:
    schema = spec.at(location)
    values = [value for value in schema["enum"] if value is not None]
    records = [record for group in names.values() for record in group]
    why = f"Servers send a value outside this enum for {', '.join(sorted(names))}, {evidence(records)}."
    actions: list[dict[str, Any]] = [
        {
            "target": target_of((*location, "enum")),
            "description": f"{why} The records keep no values, by design, so the new value is not known here:"
            " the enum is opened (a closed enum fails on the next new value too).",
            "remove": True,
        }
    ]
    update: dict[str, Any] = {}
    if "type" not in schema and values and all(isinstance(value, str) for value in values):
        update["type"] = "string"
    if "x-fabapi-known-values" not in schema:
        update["x-fabapi-known-values"] = values
    if update:
        actions.append(
            {
                "target": target_of(location),
                "description": "Open the enum: its documented values stay as known values.",
                "update": update,
            }
        )
    return actions


def _unrequired(spec: _Spec, location: Location, names: dict[str, list[Record]]) -> list[dict[str, Any]]:
    required = spec.at(location)
    if set(required) <= set(names):
        # An empty `required` is invalid in OpenAPI 3.0: the list goes instead.
        records = [record for group in names.values() for record in group]
        listed = ", ".join(sorted(names))
        why = f"Servers leave out {listed}, {evidence(records)}: none of them is required."
        return [{"target": target_of(location), "description": why, "remove": True}]
    return [
        {
            "target": f"{target_of(location)}[?@ == {_quoted(name)}]",
            "description": f"Servers leave out {name}, {evidence(records)}: it is no longer required.",
            "remove": True,
        }
        for name, records in sorted(names.items())
    ]


_SUGGESTIONS = {
    "type": "widening a type is a judgement call: if the server is right, widen the type at the target;"
    " if not, tell the vendor.",
    "format": "if the server is right, drop or change `format` at the target; if not, tell the vendor.",
    "extra": "a property this closed schema (additionalProperties: false) does not list; if the server"
    " is right, list it under `properties` at the target.",
    "ambiguous": "several schemas the answer may match (oneOf/anyOf variants) define this field, and the"
    " records cannot tell which one the server meant.",
}


def _comment(text: str) -> str:
    """`text` as YAML comment lines: a record's text never escapes its `#`."""
    safe = _CONTROL.sub(lambda found: f"\\x{ord(found[0]):02x}", text)
    return "\n".join(f"  # {line}" for line in textwrap.wrap(safe, 100, break_long_words=False, break_on_hyphens=False))


@dataclass
class Plan:
    """What one vendor's records teach: actions to apply, suggestions to weigh."""

    vendor: Vendor
    actions: list[dict[str, Any]]
    suggestions: list[str]
    records: int


def plan(learned: Learned) -> list[Plan]:
    """The actions and suggestions of every vendor that has findings, each action checked against its spec."""
    plans: list[Plan] = []
    for key in sorted({finding.vendor.key for finding in learned.findings}):
        findings = [finding for finding in learned.findings if finding.vendor.key == key]
        vendor = findings[0].vendor
        spec = learned.specs[key]
        actions: list[dict[str, Any]] = []
        suggestions: list[str] = []
        # Fields that share a `required` list, or an enum, get one change of it.
        unrequired: dict[Location, dict[str, list[Record]]] = {}
        opened: dict[Location, dict[str, list[Record]]] = {}
        for finding in findings:
            name, records = finding.name, finding.records
            if finding.kind == "missing":
                for location in finding.targets:
                    unrequired.setdefault(location, {}).setdefault(name, []).extend(records)
            elif finding.ambiguous or finding.kind in ("type", "format", "extra"):
                reason = _SUGGESTIONS["ambiguous" if finding.ambiguous else finding.kind]
                targets = ", ".join(target_of(location) for location in finding.targets)
                suggestions.append(
                    _comment(f"Not applied ({finding.kind} of {name}): {reason}")
                    + "\n"
                    + _comment(f"Target: {targets}; {evidence(records)}.")
                )
            elif finding.kind == "null":
                actions += _nullable(spec, finding.targets[0], f"Servers send null for {name}, {evidence(records)}.")
            else:
                opened.setdefault(finding.targets[0], {}).setdefault(name, []).extend(records)
        for location, names in opened.items():
            actions += _opened(spec, location, names)
        for location, names in unrequired.items():
            actions += _unrequired(spec, location, names)
        _check_targets(spec, actions)
        plans.append(Plan(vendor, actions, suggestions, sum(len(f.records) for f in findings)))
    return plans


def _check_targets(spec: _Spec, actions: list[dict[str, Any]]) -> None:
    """Every printed action applies to the spec as it stands: a guard against printing a stale fix."""
    if not actions:
        return
    where = Path("(learned actions)")
    overlay = {"overlay": "1.0.0", "info": {"title": "learned", "version": "0"}, "actions": actions}
    validate_openapi(apply_overlay(spec.document, overlay, where), where)


def render(plans: list[Plan]) -> str:
    """Per vendor: a comment naming its overlay, then its actions (YAML, indented as the overlays are)
    and its suggestions (comments)."""
    blocks: list[str] = []
    for item in plans:
        overlay = Path("specs") / item.vendor.key / "overlay.yaml"
        learned = f"# {overlay}: {_counted(len(item.actions), 'action')} from {_counted(item.records, 'record')}"
        if item.actions:
            header = f"{learned}; paste under `actions:`, then run `nox -s generate`."
        else:
            header = f"{learned}; only suggestions for a maintainer."
        lines = [header]
        if item.actions:
            lines.append(actions_yaml(item.actions))
        lines += item.suggestions
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks) + ("\n" if blocks else "")


def _counted(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def actions_yaml(actions: list[dict[str, Any]]) -> str:
    dumped = yaml.safe_dump(actions, sort_keys=False, width=100, allow_unicode=True, default_flow_style=False)
    return textwrap.indent(dumped.rstrip("\n"), "  ")


def write(item: Plan, root: Path = REPO_ROOT) -> Path:
    """Append the plan's actions to its vendor's overlay, after checking the result still curates the source."""
    overlay_path = item.vendor.spec_dir(root) / "overlay.yaml"
    text = overlay_path.read_text(encoding="utf-8")
    document = parse_document(text, overlay_path)
    if list(document)[-1:] != ["actions"]:
        raise PipelineError(f"{overlay_path}: `actions` is not its last key, so actions cannot be appended")
    added = f"\n  # --- Learned from recorded deviations (nox -s drift) ---\n\n{actions_yaml(item.actions)}\n"
    new_text = text.rstrip("\n") + "\n" + added
    source_path = item.vendor.spec_dir(root) / "source.yaml"
    overlay = parse_document(new_text, overlay_path)
    laid = layout.laid_out(load_document(source_path), overlay, overlay_path).document
    curated = apply_overlay(in_public_names(laid, item.vendor.spec_dir(root)), overlay, overlay_path)
    validate_openapi(curated, overlay_path)
    overlay_path.write_text(new_text, encoding="utf-8")
    return overlay_path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="nox -s drift --", description="Overlay actions learned from recorded schema deviations (FABAPI_RECORD)."
    )
    parser.add_argument("folder", type=Path, help="the folder FABAPI_RECORD named: its *.jsonl files are read")
    parser.add_argument("--vendor", action="append", metavar="KEY", help="only this vendor's records (repeatable)")
    parser.add_argument("--write", action="store_true", help="append the actions to each vendor's overlay.yaml")
    parser.add_argument("--root", type=Path, default=REPO_ROOT, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    try:
        learned = learn(args.folder, args.root, args.vendor)
        plans = plan(learned)
        for problem in learned.problems:
            print(f"skipped: {problem}", file=sys.stderr)
        if not learned.files:
            print(f"{args.folder}: no recorded deviations (*.jsonl) in it; nothing to learn")
            return 0
        print(render(plans), end="")
        if not plans:
            print(f"# {args.folder}: no record led to a change of the spec")
        if args.write:
            for item in plans:
                if item.actions:
                    written = write(item, args.root)
                    print(
                        f"# wrote {_counted(len(item.actions), 'action')} to {written.relative_to(args.root)};"
                        " now run `nox -s generate`"
                    )
    except REPORTED as err:
        print(f"error: {err}", file=sys.stderr)
        return 2
    return 1 if learned.problems else 0


if __name__ == "__main__":
    sys.exit(main())
