"""A large OpenAPI document for the generation bench, built deterministically from KittyCAD's source.

Renamed copies of every path (`/bench2/...`) and schema (`NameBench2`) are added, `$ref`s and
operationIds following, until the document has `OPERATIONS` operations and `SCHEMAS` schemas; the last
copy is partial (whole paths, the schemas they reach first). The original stays, so the vendor's overlay
still applies.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Mapping
from typing import Any, Final

OPERATIONS: Final = 330
SCHEMAS: Final = 560
_METHODS: Final = frozenset({"get", "put", "post", "delete", "patch", "head", "options", "trace"})
_PREFIX: Final = "#/components/schemas/"


def count_operations(paths: Mapping[str, Any]) -> int:
    return sum(1 for item in paths.values() for key in item if key in _METHODS)


def _renamed(value: Any, copy_index: int, names: frozenset[str]) -> Any:
    """`value` with every schema `$ref` and operationId pointing at copy `copy_index`."""
    text = json.dumps(value)
    for name in sorted(names, key=len, reverse=True):
        text = text.replace(f'"{_PREFIX}{name}"', f'"{_PREFIX}{name}Bench{copy_index}"')
    renamed = json.loads(text)
    if isinstance(renamed, dict):
        for item in renamed.values():
            for key, operation in item.items() if isinstance(item, dict) else ():
                if key in _METHODS and isinstance(operation, dict) and "operationId" in operation:
                    operation["operationId"] = f"{operation['operationId']}_bench{copy_index}"
    return renamed


def _reached(value: Any, schemas: Mapping[str, Any]) -> list[str]:
    """The schema names `value` reaches through `$ref`s, transitively, in the order first met."""
    found: list[str] = []
    pending = [value]
    while pending:
        node = pending.pop(0)
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(_PREFIX):
                name = ref.removeprefix(_PREFIX)
                if name not in found and name in schemas:
                    found.append(name)
                    pending.append(schemas[name])
            pending += list(node.values())
        elif isinstance(node, list):
            pending += node
    return found


def scaled(source: Mapping[str, Any], operations: int = OPERATIONS, schemas: int = SCHEMAS) -> dict[str, Any]:
    """`source` grown by renamed copies to `operations` operations and at least `schemas` schemas."""
    document = copy.deepcopy(dict(source))
    paths: dict[str, Any] = document["paths"]
    originals: dict[str, Any] = document["components"]["schemas"]
    names = frozenset(originals)
    table: dict[str, Any] = dict(originals)
    index = 1
    while count_operations(paths) < operations or len(table) < schemas:
        index += 1
        copied_paths = _renamed({f"/bench{index}{p}": item for p, item in source["paths"].items()}, index, names)
        copied_schemas = {f"{n}Bench{index}": s for n, s in _renamed(dict(originals), index, names).items()}
        added_paths: dict[str, Any] = {}
        for path, item in copied_paths.items():
            if count_operations(paths) + count_operations(added_paths) >= operations:
                break
            added_paths[path] = item
        # The schemas the added paths reach, then the rest of the copy in order, up to the target.
        wanted = _reached(added_paths, copied_schemas)
        room = max(schemas - len(table), 0)
        wanted += [n for n in copied_schemas if n not in wanted][: max(room - len(wanted), 0)]
        paths.update(added_paths)
        table.update({name: copied_schemas[name] for name in wanted})
        if not added_paths and not wanted:
            break  # nothing left to add: the source cannot grow
    document["components"]["schemas"] = table
    return document
