"""`x-fabapi-known-values`: the documented values of an open-set string, rendered into the generated docs.

A curated spec keeps a string open (new values must not break clients) and lists the values the vendor
documents under this extension, on the field's own schema or on a named schema it refers to. The model
template appends them to the attribute's line in the class docstring; `codegen.resources` does the same
for a parameter in its method's docstring.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from openapi_python_client.strings import safe_for_docstring

KEY = "x-fabapi-known-values"
_COMPOSITIONS = ("allOf", "anyOf", "oneOf")


def resolved(spec: Mapping[str, Any], node: Any, seen: set[str] | None = None) -> Any:
    """`node` with local `$ref`s followed (parameters and schemas may be references); `seen` refs are not
    followed again, so a cycle ends."""
    seen = set() if seen is None else seen
    while isinstance(node, Mapping) and isinstance(node.get("$ref"), str) and node["$ref"] not in seen:
        seen.add(node["$ref"])
        target: Any = spec
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target.get(part.replace("~1", "/").replace("~0", "~"), {}) if isinstance(target, Mapping) else {}
        node = target
    return node


def plain_text(value: Any) -> str:
    """Text of the document as openapi-python-client holds it (wrapped in `UntrustedString`) or as read."""
    return str(value.get_untrusted_value()) if hasattr(value, "get_untrusted_value") else str(value)


def known_values(spec: Mapping[str, Any], schema: Any, seen: set[str] | None = None) -> tuple[str, ...]:
    """The values `schema` lists, following `$ref`s and composition members (the first that lists any)."""
    seen = set() if seen is None else seen
    node = resolved(spec, schema, seen)
    if not isinstance(node, Mapping):
        return ()
    if isinstance(node.get(KEY), list):
        return tuple(str(value) for value in node[KEY])
    for key in _COMPOSITIONS:
        for member in node.get(key) or ():
            found = known_values(spec, member, seen)
            if found:
                return found
    return ()


def sentence(values: tuple[str, ...]) -> str:
    """The docs' wording: which values are known, and that others may come ("" for none)."""
    if not values:
        return ""
    return f"Known values: {', '.join(f'`{value}`' for value in values)} (others may appear)."


class ModelDocs:
    """The `with_known_values` template filter: `doc | with_known_values(model, property)` appends the
    sentence to a model attribute's line when the attribute's schema lists known values."""

    def __init__(self, spec: Mapping[str, Any]) -> None:
        self._spec = spec

    def __call__(self, doc: str, model: Any, prop: Any) -> str:
        properties = getattr(getattr(model, "data", None), "properties", None) or {}
        # The parser keeps names as UntrustedString, which neither hashes nor compares as its text.
        schema = next((value for key, value in properties.items() if plain_text(key) == plain_text(prop.name)), None)
        if schema is None:
            return doc
        dumped = schema.model_dump(by_alias=True, exclude_none=True) if hasattr(schema, "model_dump") else schema
        text = sentence(known_values(self._spec, _plain(dumped)))
        if not text:
            return doc
        separator = " " if doc.rstrip().endswith((".", ":")) else ". "
        return f"{doc.rstrip()}{separator}{safe_for_docstring(text)}"


def _plain(value: Any) -> Any:
    """The parser's schema as plain data: its `$ref`s and texts are wrapped (Ref, UntrustedString)."""
    if isinstance(value, Mapping):
        return {plain_text(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return plain_text(value) if hasattr(value, "get_untrusted_value") else value
