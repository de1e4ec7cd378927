"""A large OpenAPI document for the generation bench, built deterministically from KittyCAD's source.

Renamed copies of every path (`/bench2/...`) and schema (`NameBench2`) are added, `$ref`s and
operationIds following, until the document has exactly `OPERATIONS` operations and `SCHEMAS` schemas,
whatever the source's size or style (a framework may add components of its own). The last copy is
partial: the first operations that fit, and the schemas they reach first; a `$ref` to a schema left out
of a copy points at the original. The original stays, so the vendor's overlay still applies.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Collection, Mapping
from typing import Any, Final

from codegen.normalise import escape

OPERATIONS: Final = 330
SCHEMAS: Final = 560
_METHODS: Final = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})
_PREFIX: Final = "#/components/schemas/"


def count_operations(paths: Mapping[str, Any]) -> int:
    return sum(1 for item in paths.values() for key in item if key in _METHODS)


def _renamed(value: Any, copy_index: int, names: Collection[str]) -> Any:
    """`value` with every `$ref` to one of `names` pointing at copy `copy_index`."""
    text = json.dumps(value)
    for name in names:  # a whole JSON string each: no name is replaced inside a longer one
        pointer = f"{_PREFIX}{escape(name)}"
        text = text.replace(json.dumps(pointer), json.dumps(f"{pointer}Bench{copy_index}"))
    return json.loads(text)


def _copied_paths(paths: Mapping[str, Any], copy_index: int, names: Collection[str]) -> dict[str, Any]:
    """`paths` under `/bench{copy_index}`, their `$ref`s to `names` and their operationIds following."""
    moved = {f"/bench{copy_index}{path}": item for path, item in paths.items()}
    copied: dict[str, Any] = _renamed(moved, copy_index, names)
    for item in copied.values():
        for key, operation in item.items():
            if key in _METHODS and isinstance(operation, dict) and "operationId" in operation:
                operation["operationId"] = f"{operation['operationId']}_bench{copy_index}"
    return copied


def _reached(value: Any, schemas: Mapping[str, Any]) -> list[str]:
    """The schema names `value` reaches through `$ref`s, transitively, in the order first met."""
    by_pointer = {f"{_PREFIX}{escape(name)}": name for name in schemas}
    found: list[str] = []
    pending = [value]
    while pending:
        node = pending.pop(0)
        if isinstance(node, dict):
            ref = node.get("$ref")
            name = by_pointer.get(ref) if isinstance(ref, str) else None
            if name is not None and name not in found:
                found.append(name)
                pending.append(schemas[name])
            pending += list(node.values())
        elif isinstance(node, list):
            pending += node
    return found


def _first_operations(paths: Mapping[str, Any], room: int) -> dict[str, Any]:
    """The first `room` operations of `paths`, in order: whole path items, the last one cut to what fits."""
    taken: dict[str, Any] = {}
    for path, item in paths.items():
        if room <= 0:
            break
        methods = [key for key in item if key in _METHODS]
        dropped = set(methods[room:])
        taken[path] = {key: value for key, value in item.items() if key not in dropped}
        room -= len(methods) - len(dropped)
    return taken


def scaled(source: Mapping[str, Any], operations: int = OPERATIONS, schemas: int = SCHEMAS) -> dict[str, Any]:
    """`source` grown by renamed copies to `operations` operations and `schemas` schemas (where it has fewer)."""
    document = copy.deepcopy(dict(source))
    paths: dict[str, Any] = document["paths"]
    originals: dict[str, Any] = document["components"]["schemas"]
    table: dict[str, Any] = dict(originals)
    index = 1
    while count_operations(paths) < operations or len(table) < schemas:
        index += 1
        added = _first_operations(source["paths"], operations - count_operations(paths))
        # The schemas the added operations reach, then the rest in order, as many as there is room for.
        kept = _reached(added, originals)
        kept += [name for name in originals if name not in kept]
        kept = kept[: max(schemas - len(table), 0)]
        if not added and not kept:
            break  # nothing left to add: the source cannot grow
        paths.update(_copied_paths(added, index, kept))
        table.update({f"{name}Bench{index}": _renamed(originals[name], index, kept) for name in kept})
    document["components"]["schemas"] = table
    return document
