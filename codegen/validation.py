"""OpenAPI validation that names the file and JSONPath of every fault."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from jsonschema.exceptions import ValidationError
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from referencing.exceptions import Unresolvable

from registry.errors import SpecError

# How certain an operation's method and path are (`x-fabapi-confidence`): shown in the vendor's
# reference (`documented`), called by its own client code (`vendor-code`), shown on its how-to pages
# (`how-to`), or inferred from the pattern of the others (`inferred`).
CONFIDENCES = ("documented", "vendor-code", "how-to", "inferred")
# The marks that say an operation comes from vendor material other than its reference.
OUTSIDE_REFERENCE = ("vendor-code", "how-to")
_HTTP_METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def _json_path(parts: Iterable[object]) -> str:
    path = "$"
    for part in parts:
        path += f"[{part}]" if isinstance(part, int) else f"[{str(part)!r}]"
    return path


def _resolve_pointer(spec: Mapping[str, Any], ref: str) -> bool:
    node: Any = spec
    for raw in ref[2:].split("/") if ref != "#" else []:
        part = raw.replace("~1", "/").replace("~0", "~")
        if isinstance(node, Mapping) and part in node:
            node = node[part]
        elif isinstance(node, list) and part.isdigit() and int(part) < len(node):
            node = node[int(part)]
        else:
            return False
    return True


def _dangling_refs(node: Any, spec: Mapping[str, Any], where: tuple[object, ...] = ()) -> Iterable[str]:
    if isinstance(node, Mapping):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#") and not _resolve_pointer(spec, ref):
            yield f"{_json_path((*where, '$ref'))}: {ref!r} points at nothing"
        for key, value in node.items():
            yield from _dangling_refs(value, spec, (*where, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _dangling_refs(value, spec, (*where, index))


def validate_openapi(spec: Mapping[str, Any], path: Path) -> None:
    """Raise SpecError for the first fault, listing how many more there are."""
    dangling = list(_dangling_refs(spec, spec))
    if dangling:
        more = f" (and {len(dangling) - 1} more)" if len(dangling) > 1 else ""
        where, message = dangling[0].split(": ", 1)
        raise SpecError(path, where, f"{message}{more}")
    version = str(spec.get("openapi", ""))
    if version.startswith("3.0"):
        validator_cls: type[OpenAPIV30SpecValidator] | type[OpenAPIV31SpecValidator] = OpenAPIV30SpecValidator
    elif version.startswith("3.1"):
        validator_cls = OpenAPIV31SpecValidator
    else:
        raise SpecError(path, "$.openapi", f"expected an OpenAPI 3.0 or 3.1 document, found {version!r}")
    try:
        errors: list[ValidationError] = list(validator_cls(spec).iter_errors())
    except Unresolvable as err:
        # The library's message embeds the whole document; keep the reference only.
        ref = str(err).split(" does not exist", 1)[0]
        raise SpecError(path, "$", f"unresolvable $ref {ref}") from err
    except (KeyError, LookupError) as err:  # the validator's own lookups of a dangling $ref
        raise SpecError(path, "$", f"unresolvable reference {err}") from err
    if errors:
        first = errors[0]
        more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
        message = first.message.splitlines()[0]
        raise SpecError(path, _json_path(first.absolute_path), f"{message}{more}")


def check_confidence(spec: Mapping[str, Any], path: Path) -> None:
    """Raise SpecError naming the first operation whose `x-fabapi-confidence` is not one of CONFIDENCES."""
    for route, item in spec.get("paths", {}).items():
        for method in _HTTP_METHODS:
            operation = item.get(method) if isinstance(item, Mapping) else None
            if isinstance(operation, Mapping) and "x-fabapi-confidence" in operation:
                mark = operation["x-fabapi-confidence"]
                if mark not in CONFIDENCES:
                    where = _json_path(("paths", route, method, "x-fabapi-confidence"))
                    raise SpecError(path, where, f"{mark!r} is not one of {', '.join(CONFIDENCES)}")
