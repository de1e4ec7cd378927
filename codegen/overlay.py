"""OpenAPI Overlay 1.0: apply a curation document's actions to a spec.

Semantics follow the Overlay 1.0.0 specification: actions run in order; a
`target` is an RFC 9535 JSONPath; `update` merges into every match (objects
recursively, arrays appended, scalars replaced); `remove: true` deletes every
match from its parent. A target that matches nothing is an error, because a
stale action means curation silently stopped applying.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jsonpath

from codegen.errors import OverlayActionError
from registry.errors import SpecError


@dataclass(frozen=True)
class Action:
    index: int
    target: str
    description: str
    update: Any
    remove: bool


def parse_overlay(doc: Mapping[str, Any], path: Path) -> list[Action]:
    """Check the overlay's shape and return its actions."""
    version = doc.get("overlay")
    if not isinstance(version, str) or not version.startswith("1."):
        raise SpecError(path, "$.overlay", f"expected an Overlay 1.x version string, found {version!r}")
    info = doc.get("info")
    if not isinstance(info, Mapping) or "title" not in info or "version" not in info:
        raise SpecError(path, "$.info", "an overlay needs info.title and info.version")
    raw_actions = doc.get("actions")
    if not isinstance(raw_actions, list) or not raw_actions:
        raise SpecError(path, "$.actions", "expected a non-empty list of actions")
    actions: list[Action] = []
    for index, raw in enumerate(raw_actions):
        where = f"$.actions[{index}]"
        if not isinstance(raw, Mapping):
            raise SpecError(path, where, "an action must be a mapping")
        target = raw.get("target")
        if not isinstance(target, str) or not target.startswith("$"):
            raise SpecError(path, f"{where}.target", f"expected a JSONPath starting with '$', found {target!r}")
        description = raw.get("description")
        if not isinstance(description, str) or not description.strip():
            raise SpecError(path, f"{where}.description", "every action must say why it exists")
        remove = raw.get("remove", False)
        if not isinstance(remove, bool):
            raise SpecError(path, f"{where}.remove", f"expected true or false, found {remove!r}")
        has_update = "update" in raw
        if remove == has_update:
            raise SpecError(path, where, "an action needs exactly one of `update` or `remove: true`")
        try:
            jsonpath.compile(target)
        except jsonpath.JSONPathError as err:
            raise SpecError(path, f"{where}.target", f"invalid JSONPath {target!r}: {err}") from err
        actions.append(Action(index, target, description.strip(), raw.get("update"), remove))
    return actions


def merge(into: Any, update: Any) -> Any:
    """Overlay merge: objects recursively, arrays appended, anything else replaced."""
    if isinstance(into, dict) and isinstance(update, Mapping):
        for key, value in update.items():
            into[key] = merge(into[key], value) if key in into else copy.deepcopy(value)
        return into
    if isinstance(into, list) and isinstance(update, list):
        into.extend(copy.deepcopy(update))
        return into
    return copy.deepcopy(update)


def _container(doc: Any, parts: tuple[Any, ...]) -> Any:
    node = doc
    for part in parts:
        node = node[part]
    return node


def apply_overlay(spec: Mapping[str, Any], overlay: Mapping[str, Any], overlay_path: Path) -> dict[str, Any]:
    """Return a new document: `spec` with every action of `overlay` applied."""
    result: dict[str, Any] = copy.deepcopy(dict(spec))
    for action in parse_overlay(overlay, overlay_path):
        if not _apply(result, action, overlay_path):
            raise OverlayActionError(
                overlay_path, action.index, action.target, action.description, "target matches nothing"
            )
    return result


def stale_actions(
    spec: Mapping[str, Any], overlay: Mapping[str, Any], overlay_path: Path
) -> tuple[dict[str, Any], list[Action]]:
    """`spec` with every action that still applies, and every action whose target matches nothing.

    For a maintainer carrying curation onto a new vendor document: all the stale actions at once,
    where `apply_overlay` stops at the first.
    """
    result: dict[str, Any] = copy.deepcopy(dict(spec))
    stale = [action for action in parse_overlay(overlay, overlay_path) if not _apply(result, action, overlay_path)]
    return result, stale


def _apply(result: dict[str, Any], action: Action, overlay_path: Path) -> bool:
    """Apply one action in place; False when its target matches nothing."""
    matches = list(jsonpath.finditer(action.target, result))
    if not matches:
        return False
    if action.remove:
        # Delete from the deepest/last position first so earlier indexes stay valid.
        for match in sorted(matches, key=lambda m: m.parts, reverse=True):
            if not match.parts:
                raise OverlayActionError(
                    overlay_path, action.index, action.target, action.description, "cannot remove the root"
                )
            parent = _container(result, match.parts[:-1])
            del parent[match.parts[-1]]
        return True
    for match in matches:
        if match.parts:
            parent = _container(result, match.parts[:-1])
            parent[match.parts[-1]] = merge(parent[match.parts[-1]], action.update)
        else:
            if not isinstance(action.update, Mapping):
                raise OverlayActionError(
                    overlay_path,
                    action.index,
                    action.target,
                    action.description,
                    "an update of the root must be a mapping",
                )
            merge(result, action.update)
    return True
