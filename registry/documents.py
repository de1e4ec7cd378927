"""Reading and writing spec documents: YAML in, deterministic YAML out."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from registry.errors import SpecError

try:  # libyaml's parser, where PyYAML has it: the same documents, read six times faster (large specs)
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - a PyYAML built without libyaml
    from yaml import SafeLoader as _SafeLoader  # type: ignore[assignment]


class _StrictLoader(_SafeLoader):
    """SafeLoader that refuses duplicate keys, which PyYAML would silently drop."""


def _construct_mapping(loader: _StrictLoader, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        if key in seen:
            mark = key_node.start_mark
            raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r} (line {mark.line + 1})", mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


def load_document(path: Path) -> dict[str, Any]:
    """Load a YAML or JSON document, naming the file, line and column of any fault."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise SpecError(path, "$", f"cannot read: {err.strerror}") from err
    return parse_document(text, path)


def parse_document(text: str, path: Path) -> dict[str, Any]:
    """A YAML or JSON text as a mapping; `path` names where it came from in any fault."""
    try:
        data = yaml.load(text, Loader=_StrictLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "$"
        raise SpecError(path, where, f"invalid YAML: {err.problem or err.context}") from err
    except yaml.YAMLError as err:
        raise SpecError(path, "$", f"invalid YAML: {err}") from err
    if not isinstance(data, dict):
        raise SpecError(path, "$", f"expected a mapping at the top, found {type(data).__name__}")
    return data


def dump_document(data: dict[str, Any], header: str) -> str:
    """Serialize deterministically: key order kept, no aliases, fixed width."""

    class _NoAliases(yaml.SafeDumper):
        def ignore_aliases(self, data: Any) -> bool:
            return True

    body = yaml.dump(
        data,
        Dumper=_NoAliases,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return f"{header}\n{body}"
